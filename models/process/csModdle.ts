// Our BPMN extension (DESIGN.md): the links of a step live inside the BPMN as
//   <bpmn:extensionElements>
//     <cs:stepLinks chainStep="intake_registration" agency="Ministry of Social Development">
//       <cs:dataRef elementId="person.identifier" usage="reads"/>
//       <cs:interactionRef interactionId="mis-verifies-id"/>
//       <cs:operationRef contractId="registry-api" operationId="syncSearch" method="POST" path="/registry/sync/search"/>
//     </cs:stepLinks>
//   </bpmn:extensionElements>
// so that deleting a step deletes its links and a .bpmn export carries them to other modelers.

export const CS_NAMESPACE_URI = 'urn:convergence-studio:bpmn:1';
export const CS_PREFIX = 'cs';

/** How a step uses a data element. */
export const DATA_USAGES = ['reads', 'creates', 'updates', 'verifies'] as const;
export type DataUsage = (typeof DATA_USAGES)[number];

/** The bpmn-moddle extension descriptor for the `cs` namespace. */
export const csModdleDescriptor = {
  name: 'ConvergenceStudio',
  prefix: CS_PREFIX,
  uri: CS_NAMESPACE_URI,
  xml: { tagAlias: 'lowerCase' },
  associations: [],
  types: [
    {
      name: 'StepLinks',
      superClass: ['Element'],
      properties: [
        { name: 'chainStep', isAttr: true, type: 'String' },
        { name: 'agency', isAttr: true, type: 'String' },
        { name: 'dataRefs', type: 'DataRef', isMany: true },
        { name: 'interactionRefs', type: 'InteractionRef', isMany: true },
        { name: 'operationRefs', type: 'OperationRef', isMany: true },
      ],
    },
    {
      name: 'DataRef',
      properties: [
        { name: 'elementId', isAttr: true, type: 'String' },
        { name: 'usage', isAttr: true, type: 'String' },
      ],
    },
    {
      name: 'InteractionRef',
      properties: [{ name: 'interactionId', isAttr: true, type: 'String' }],
    },
    {
      name: 'OperationRef',
      properties: [
        { name: 'contractId', isAttr: true, type: 'String' },
        { name: 'operationId', isAttr: true, type: 'String' },
        { name: 'method', isAttr: true, type: 'String' },
        { name: 'path', isAttr: true, type: 'String' },
      ],
    },
  ],
} as const;
