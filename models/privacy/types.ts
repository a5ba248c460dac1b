// The data-protection annex as data: a record of processing (one row per flow of personal data)
// and a DPIA screening checklist answered from the model. Renderers turn these into Markdown,
// HTML and CSV; the specification export embeds the HTML section.

import type { Authentication, Sector, Sensitivity } from '../project/types';
import type { StepInfo } from '../process/steps';

export interface PrivacyOptions {
  /** Limit the annex to the interactions the scenario's steps use. Unknown id: no rows. */
  scenarioId?: string;
  /**
   * The parsed steps of the processes (readProcessSteps / collectProcessSteps). Parsing BPMN is
   * asynchronous, so callers that can await pass them; without them the checklist answers the
   * questions that depend on process steps (automated decisions) with 'unknown'.
   */
  steps?: readonly StepInfo[];
}

export interface AnnexOptions extends PrivacyOptions {
  /** Printed under the title when given; absent keeps the output byte-for-byte reproducible. */
  generatedAt?: string;
}

export interface ProcessingParty {
  id: string;
  /** The component's name; its id when the component does not exist. */
  name: string;
  ownerAgency?: string;
  sector: Sector;
  sectorName: string;
  /** False when `from`/`to` names a component the project does not contain. */
  known: boolean;
}

export interface ProcessingDataElement {
  id: string;
  name: string;
  sensitivity: Sensitivity;
  category?: string;
  /** Sent with the request, returned in the response, or both. */
  direction: 'request' | 'response' | 'both';
}

export interface ProcessingCategory {
  /** A catalogue data-category id, or the element's free-text category; '' when none. */
  id: string;
  name: string;
}

export interface ProcessingRecordRow {
  interactionId: string;
  interactionName: string;
  from: ProcessingParty;
  to: ProcessingParty;
  /** Distinct categories of the personal elements carried, in order of first appearance. */
  dataCategories: ProcessingCategory[];
  /** The personal and sensitive elements carried (non-personal ones are left out). */
  dataElements: ProcessingDataElement[];
  /** The highest sensitivity carried. */
  sensitivity: 'personal' | 'sensitive';
  purpose?: string;
  /** The catalogue legal basis; `known` false when the id is not in the catalogue. */
  legalBasis?: { id: string; name: string; gdprRef?: string; known: boolean };
  legalReference?: string;
  security: {
    authentication?: Authentication;
    authenticationName?: string;
    encryptionInTransit?: boolean;
    signing?: boolean;
    dpiaReference?: string;
  };
  retention?: string;
  /** True: the data leaves the country; false: it stays; undefined: not recorded. */
  crossBorder?: boolean;
  volume?: string;
  frequency?: string;
}

export type DpiaAnswer = 'yes' | 'no' | 'unknown';

export type DpiaCriterionId =
  | 'sensitive_data'
  | 'large_scale'
  | 'biometrics'
  | 'scoring_profiling'
  | 'automated_decisions'
  | 'systematic_monitoring'
  | 'matching_datasets'
  | 'vulnerable_people'
  | 'new_technology'
  | 'access_to_service'
  | 'cross_border'
  | 'private_recipients';

export interface DpiaEvidence {
  kind: 'interaction' | 'dataElement' | 'component' | 'step' | 'project';
  id: string;
  /** For steps: the process id; the step's `id` is its BPMN element id. */
  processId?: string;
  /** What the reader sees: a name and, where it helps, why it counts. */
  label: string;
}

export interface DpiaScreeningItem {
  id: DpiaCriterionId;
  question: string;
  /** Why the question matters for a DPIA, in one sentence. */
  guidance: string;
  answer: DpiaAnswer;
  /** One sentence saying how the answer follows from the model. */
  explanation: string;
  evidence: DpiaEvidence[];
}

export interface DpiaSummary {
  yes: number;
  no: number;
  unknown: number;
  /** Two or more criteria met: the usual threshold at which a full DPIA is expected. */
  dpiaLikelyRequired: boolean;
  /** DPIA references recorded on the flows in scope, distinct, in order of appearance. */
  dpiaReferences: string[];
}
