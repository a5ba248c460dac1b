// The words exports print: section titles, column headers and field labels. Exports are
// documents in the working group's language; English is the default and a caller (the app, with
// i18next) may pass its own translation of every entry.

export interface ExportText {
  specification: string;
  wholeProject: string;
  contents: string;
  about: string;
  generatedAt: string;
  country: string;
  programme: string;
  authors: string;
  licence: string;
  created: string;
  updated: string;
  scenario: string;
  scenarios: string;
  steps: string;
  sequenceDiagram: string;
  interoperabilityTable: string;
  landscape: string;
  components: string;
  interactions: string;
  processes: string;
  dataElements: string;
  codeLists: string;
  apiOperations: string;
  dataProtection: string;
  fields: {
    objective: string;
    trigger: string;
    actors: string;
    prerequisites: string;
    inputs: string;
    outputs: string;
    controlPoints: string;
    process: string;
  };
  step: {
    interactions: string;
    bpmnElement: string;
    notes: string;
    preconditions: string;
    postconditions: string;
    errorHandling: string;
  };
  component: { name: string; type: string; ownerAgency: string; product: string; sector: string; standards: string; description: string };
  interaction: { name: string; from: string; to: string; pattern: string; operationKind: string; protocol: string; apiOperation: string; purpose: string; volume: string };
  process: { phase: string; bpmnFile: string; diagramInFile: string };
  dataElement: {
    id: string;
    name: string;
    definition: string;
    type: string;
    format: string;
    codeList: string;
    example: string;
    sensitivity: string;
    category: string;
    standards: string;
    owner: string;
    carriedBy: string;
  };
  codeValue: { code: string; label: string; definition: string };
  operation: {
    contract: string;
    parameters: string;
    request: string;
    responses: string;
    callbacks: string;
    usedBy: string;
    property: string;
    type: string;
    required: string;
    description: string;
    dataElement: string;
    parameterIn: string;
    noBody: string;
  };
  protection: {
    flow: string;
    recipientSector: string;
    sensitivity: string;
    personalData: string;
    legalBasis: string;
    legalReference: string;
    purpose: string;
    retention: string;
    crossBorder: string;
    authentication: string;
    encryptionInTransit: string;
    signing: string;
    dpiaReference: string;
  };
  yes: string;
  no: string;
  none: string;
  sector: Record<'public' | 'private' | 'non_profit', string>;
  sensitivity: Record<'none' | 'personal' | 'sensitive', string>;
  timing: Record<'sync' | 'async' | 'event' | 'batch' | 'manual', string>;
  direction: Record<'request' | 'response', string>;
  /** The interoperability table's columns, in order. */
  interopHeaders: string[];
}

export const DEFAULT_EXPORT_TEXT: ExportText = {
  specification: 'Interoperability specification',
  wholeProject: 'All scenarios',
  contents: 'Contents',
  about: 'About this document',
  generatedAt: 'Generated',
  country: 'Country',
  programme: 'Programme',
  authors: 'Authors',
  licence: 'Licence',
  created: 'Created',
  updated: 'Last updated',
  scenario: 'Scenario',
  scenarios: 'Scenarios',
  steps: 'Steps',
  sequenceDiagram: 'Sequence diagram',
  interoperabilityTable: 'Interoperability table',
  landscape: 'Landscape',
  components: 'Components',
  interactions: 'Interactions',
  processes: 'Processes',
  dataElements: 'Data elements',
  codeLists: 'Code lists',
  apiOperations: 'API operations',
  dataProtection: 'Data protection',
  fields: {
    objective: 'Objective',
    trigger: 'Trigger',
    actors: 'Actors and entities',
    prerequisites: 'Prerequisites',
    inputs: 'Inputs',
    outputs: 'Outputs',
    controlPoints: 'Control points',
    process: 'Process',
  },
  step: {
    interactions: 'Interactions',
    bpmnElement: 'BPMN step',
    notes: 'Notes',
    preconditions: 'Preconditions',
    postconditions: 'Postconditions',
    errorHandling: 'Error handling',
  },
  component: {
    name: 'Name',
    type: 'Type',
    ownerAgency: 'Owner agency',
    product: 'Product',
    sector: 'Sector',
    standards: 'Standards',
    description: 'Description',
  },
  interaction: {
    name: 'Name',
    from: 'From',
    to: 'To',
    pattern: 'Pattern',
    operationKind: 'Operation',
    protocol: 'Protocol',
    apiOperation: 'API operation',
    purpose: 'Purpose',
    volume: 'Volume and frequency',
  },
  process: { phase: 'Delivery-chain phase', bpmnFile: 'BPMN file', diagramInFile: 'The diagram of this process is in the BPMN file {file}; open it with any BPMN 2.0 modeller.' },
  dataElement: {
    id: 'Id',
    name: 'Name',
    definition: 'Definition',
    type: 'Type',
    format: 'Format',
    codeList: 'Code list',
    example: 'Example',
    sensitivity: 'Sensitivity',
    category: 'Category',
    standards: 'Standards',
    owner: 'Owner',
    carriedBy: 'Carried by',
  },
  codeValue: { code: 'Code', label: 'Label', definition: 'Definition' },
  operation: {
    contract: 'Contract',
    parameters: 'Parameters',
    request: 'Request',
    responses: 'Responses',
    callbacks: 'Callbacks',
    usedBy: 'Used by',
    property: 'Property',
    type: 'Type',
    required: 'Required',
    description: 'Description',
    dataElement: 'Data element',
    parameterIn: 'In',
    noBody: 'No body',
  },
  protection: {
    flow: 'Flow',
    recipientSector: 'Recipient sector',
    sensitivity: 'Sensitivity',
    personalData: 'Personal data',
    legalBasis: 'Legal basis',
    legalReference: 'Legal reference',
    purpose: 'Purpose',
    retention: 'Retention',
    crossBorder: 'Leaves the country',
    authentication: 'Authentication',
    encryptionInTransit: 'Encrypted in transit',
    signing: 'Signed messages',
    dpiaReference: 'DPIA reference',
  },
  yes: 'Yes',
  no: 'No',
  none: 'None',
  sector: { public: 'Public', private: 'Private', non_profit: 'Non-profit' },
  sensitivity: { none: 'Not personal', personal: 'Personal', sensitive: 'Sensitive personal' },
  timing: { sync: 'Synchronous', async: 'Asynchronous', event: 'Event', batch: 'Batch', manual: 'Manual' },
  direction: { request: 'Sent', response: 'Returned' },
  interopHeaders: [
    'Step',
    'Initiator',
    'Counterpart',
    'Description',
    'Operation kind',
    'Timing',
    'Technique',
    'Data exchanged',
    'API operation',
    'Legal basis',
    'Security',
  ],
};
