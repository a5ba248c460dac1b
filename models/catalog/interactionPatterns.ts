// How two systems exchange data (DCI, G2P Connect, GovStack practice). Interaction `pattern`
// values refer to these ids; `timing` is the coarse class shown in tables and used by checks.

export type InteractionTiming = 'sync' | 'async' | 'event' | 'batch' | 'manual';

export interface InteractionPattern {
  id: string;
  name: string;
  description: string;
  timing: InteractionTiming;
}

export const interactionPatterns: readonly InteractionPattern[] = [
  {
    id: 'sync_request_response',
    name: 'Synchronous request/response',
    description:
      'The caller waits for the answer in the same HTTP exchange; suits single look-ups and verifications (e.g. DCI /registry/sync/search).',
    timing: 'sync',
  },
  {
    id: 'async_request_callback',
    name: 'Asynchronous request with callback',
    description:
      'The caller gets an immediate ACK, NACK or ERR with a correlation id and later receives the result on its own on-<action> endpoint (e.g. DCI /registry/search then /registry/on-search).',
    timing: 'async',
  },
  {
    id: 'subscribe_notify',
    name: 'Subscribe / notify',
    description:
      'The consumer subscribes to event types with a filter and time window; the provider pushes a notification when an event happens (e.g. a death notification from CRVS).',
    timing: 'event',
  },
  {
    id: 'publish_subscribe_broker',
    name: 'Publish/subscribe via a broker',
    description:
      'The publisher posts events to a topic of a mediator; subscribers receive them by push or pull with acknowledgement.',
    timing: 'event',
  },
  {
    id: 'webhook',
    name: 'Webhook callback',
    description: 'The provider calls a consumer URL registered in advance whenever an event occurs.',
    timing: 'event',
  },
  {
    id: 'transaction_status_poll',
    name: 'Transaction status polling',
    description:
      'The consumer asks for the status of an earlier request by transaction id, reference ids, correlation id or subscription codes.',
    timing: 'sync',
  },
  {
    id: 'verification_yes_no',
    name: 'Verification (yes/no) query',
    description:
      'A minimal-disclosure check that returns only a yes/no or a status instead of the full record (e.g. DCI IBR /registry/sync/enrolled).',
    timing: 'sync',
  },
  {
    id: 'bulk_batch_api',
    name: 'Bulk API call',
    description:
      'One message carries many records, each with its own reference id, plus counts and control totals; results come back per record.',
    timing: 'batch',
  },
  {
    id: 'batch_file_exchange',
    name: 'Batch file exchange',
    description:
      'Scheduled transfer of CSV, XML or JSON files over SFTP, multipart upload or physical media, processed offline.',
    timing: 'batch',
  },
  {
    id: 'data_replication',
    name: 'Data replication / shared database',
    description:
      'Data is copied or synchronised between databases or read from a shared store, without a service contract per request.',
    timing: 'batch',
  },
  {
    id: 'federated_search',
    name: 'Federated search across registries',
    description: 'The consumer sends the same query to several registries and merges the results.',
    timing: 'sync',
  },
  {
    id: 'oidc_authentication',
    name: 'Authentication / eKYC via OpenID Connect',
    description:
      'The person logs in at the ID provider through a redirect; the SP system receives an ID token and the claims the person agreed to share.',
    timing: 'sync',
  },
  {
    id: 'manual_offline',
    name: 'Manual / offline exchange',
    description:
      'Transfer by people (paper forms, email, removable media); still to be documented and secured.',
    timing: 'manual',
  },
];

const patternsById = new Map(interactionPatterns.map((pattern) => [pattern.id, pattern]));

export function getInteractionPattern(id: string): InteractionPattern | undefined {
  return patternsById.get(id);
}
