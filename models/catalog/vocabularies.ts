// Small fixed vocabularies of the document: their ids are the literal union types of
// models/project/types.ts, so the catalogue and the types cannot drift apart.

import type { Authentication, OperationKind, Protocol, Sensitivity } from '../project/types';

export interface VocabularyEntry<Id extends string = string> {
  id: Id;
  name: string;
  description?: string;
}

export const operationKinds: readonly VocabularyEntry<OperationKind>[] = [
  { id: 'read', name: 'Read / search', description: 'Query or fetch records without changing them.' },
  { id: 'create', name: 'Create', description: 'Insert new records at the provider.' },
  { id: 'update', name: 'Update', description: 'Change existing records at the provider.' },
  { id: 'delete', name: 'Delete / close', description: 'Remove records or close a case.' },
  { id: 'notify', name: 'Notify / event', description: 'Tell another system that something happened.' },
  {
    id: 'verify',
    name: 'Verify (yes/no)',
    description: 'Confirm a fact and return only the answer, not the record (data minimisation).',
  },
];

export const protocols: readonly VocabularyEntry<Protocol>[] = [
  { id: 'rest', name: 'REST (HTTP/JSON)' },
  { id: 'soap', name: 'SOAP web service' },
  { id: 'graphql', name: 'GraphQL' },
  { id: 'message_queue', name: 'Message queue', description: 'A broker or queue such as AMQP, Kafka or a mediator pub/sub.' },
  { id: 'sftp_file', name: 'SFTP / file transfer', description: 'Files exchanged over SFTP, shared folders or media.' },
  { id: 'other', name: 'Other' },
];

export const authenticationMethods: readonly VocabularyEntry<Authentication>[] = [
  { id: 'none', name: 'None' },
  { id: 'api_key', name: 'API key' },
  { id: 'basic', name: 'HTTP basic authentication' },
  { id: 'oauth2', name: 'OAuth 2.0 client credentials', description: 'Bearer token from a token endpoint such as DCI /oauth2/client/token.' },
  { id: 'oidc', name: 'OpenID Connect', description: 'User authentication at an identity provider.' },
  { id: 'mtls', name: 'Mutual TLS', description: 'Both sides present certificates, as in X-Road style mediators.' },
  { id: 'jwt_signed', name: 'Signed JWT / signed message', description: 'Requests carry a signature verified against the sender\'s published keys.' },
  { id: 'other', name: 'Other' },
];

export interface SensitivityLevel {
  id: Sensitivity;
  name: string;
  rank: 0 | 1 | 2;
}

export const sensitivityLevels: readonly SensitivityLevel[] = [
  { id: 'none', name: 'Not personal', rank: 0 },
  { id: 'personal', name: 'Personal', rank: 1 },
  { id: 'sensitive', name: 'Sensitive personal', rank: 2 },
];

const ranks: Record<Sensitivity, 0 | 1 | 2> = { none: 0, personal: 1, sensitive: 2 };

export function sensitivityRank(sensitivity: Sensitivity): 0 | 1 | 2 {
  return ranks[sensitivity];
}

export interface LegalBasis {
  id: string;
  name: string;
  description: string;
  gdprRef: string;
  availableToPublicAuthorities: boolean;
}

/** The lawful bases of GDPR art. 6(1), the template of most national data-protection laws. */
export const legalBases: readonly LegalBasis[] = [
  {
    id: 'consent',
    name: 'Consent',
    description:
      'The person gave specific, informed and freely given consent, which can be withdrawn. A weak basis for mandatory social protection processing, because access to benefits creates a power imbalance.',
    gdprRef: 'Art. 6(1)(a)',
    availableToPublicAuthorities: true,
  },
  {
    id: 'contract',
    name: 'Contract',
    description: 'Needed to perform a contract with the person, or steps they asked for before one.',
    gdprRef: 'Art. 6(1)(b)',
    availableToPublicAuthorities: true,
  },
  {
    id: 'legal_obligation',
    name: 'Legal obligation',
    description: 'Needed to comply with a legal obligation of the controller; the law must state the purpose.',
    gdprRef: 'Art. 6(1)(c)',
    availableToPublicAuthorities: true,
  },
  {
    id: 'vital_interests',
    name: 'Vital interests',
    description: 'Needed to protect the life or physical integrity of the person or someone else, e.g. in a disaster.',
    gdprRef: 'Art. 6(1)(d)',
    availableToPublicAuthorities: true,
  },
  {
    id: 'public_task',
    name: 'Public task',
    description:
      'Needed for a task in the public interest or in the exercise of official authority; the usual basis for social protection agencies, and it must be laid down in law.',
    gdprRef: 'Art. 6(1)(e)',
    availableToPublicAuthorities: true,
  },
  {
    id: 'legitimate_interests',
    name: 'Legitimate interests',
    description:
      'Needed for the legitimate interests of the controller or a third party unless the person\'s rights override them (especially for children). Not available to public authorities performing their tasks.',
    gdprRef: 'Art. 6(1)(f)',
    availableToPublicAuthorities: false,
  },
];

const legalBasesById = new Map(legalBases.map((basis) => [basis.id, basis]));

export function getLegalBasis(id: string): LegalBasis | undefined {
  return legalBasesById.get(id);
}
