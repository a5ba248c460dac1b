// The built-in catalogue: component types, the delivery chain, interaction patterns, the small
// vocabularies of the document, legal bases, and the catalogue data dictionary with code lists.
// Ids are stable because project files refer to them.

export {
  CUSTOM_COMPONENT_TYPE,
  componentGroups,
  componentTypes,
  componentSector,
  defaultSector,
  getComponentType,
  type ComponentGroup,
  type ComponentGroupId,
  type ComponentTypeInfo,
} from './componentTypes';
export {
  deliveryChainPhases,
  deliveryChainSteps,
  getDeliveryChainPhase,
  getDeliveryChainStep,
  type DeliveryChainPhase,
  type DeliveryChainStep,
} from './deliveryChain';
export {
  getInteractionPattern,
  interactionPatterns,
  type InteractionPattern,
  type InteractionTiming,
} from './interactionPatterns';
export {
  authenticationMethods,
  getLegalBasis,
  legalBases,
  operationKinds,
  protocols,
  sensitivityLevels,
  sensitivityRank,
  type LegalBasis,
  type SensitivityLevel,
  type VocabularyEntry,
} from './vocabularies';
export { catalogDataElements } from './dataElements';
export { catalogCodeLists } from './codeLists';
export { dataCategories, getDataCategory, type DataCategoryInfo } from './dataCategories';
