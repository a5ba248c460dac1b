import type { Resource, ResourceLanguage } from 'i18next';
import { componentTypes } from '../../models/catalog/componentTypes';
import { dataCategories } from '../../models/catalog/dataCategories';
import { deliveryChainPhases, deliveryChainSteps } from '../../models/catalog/deliveryChain';
import { interactionPatterns } from '../../models/catalog/interactionPatterns';
import {
  authenticationMethods,
  legalBases,
  operationKinds,
  protocols,
  sensitivityLevels,
} from '../../models/catalog/vocabularies';

type Messages = Record<string, unknown>;

/**
 * Every `renderer/**\/locales/en/<namespace>.json`: the shell's, the shared ones and each
 * feature's. The file's base name is its namespace, so a feature owns its strings.
 */
const englishFiles = import.meta.glob<Messages>('../**/locales/en/*.json', { eager: true, import: 'default' });

interface Named {
  readonly id: string;
  readonly name: string;
}

function byId(entries: readonly Named[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of entries) out[entry.id] = entry.name;
  return out;
}

/**
 * The catalogue's names as the `catalog` namespace (`t('catalog:componentType.sp_mis')`), so
 * catalogue labels go through the same layer as every other string and can be translated later.
 */
export function catalogMessages(): Messages {
  return {
    componentType: byId(componentTypes),
    interactionPattern: byId(interactionPatterns),
    phase: byId(deliveryChainPhases),
    chainStep: byId(deliveryChainSteps),
    legalBasis: byId(legalBases),
    sensitivity: byId(sensitivityLevels),
    operationKind: byId(operationKinds),
    protocol: byId(protocols),
    authentication: byId(authenticationMethods),
    dataCategory: byId(dataCategories),
  };
}

function namespaceOf(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.replace(/\.json$/, '');
}

export function englishMessages(): ResourceLanguage {
  const language: ResourceLanguage = {};
  for (const [path, messages] of Object.entries(englishFiles)) {
    const namespace = namespaceOf(path);
    if (namespace in language) throw new Error(`Two locale files define the namespace "${namespace}" (${path})`);
    language[namespace] = messages;
  }
  language.catalog = catalogMessages();
  return language;
}

export function resources(): Resource {
  return { en: englishMessages() };
}
