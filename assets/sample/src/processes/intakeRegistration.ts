// Process 1: a caregiver applies at the district office; the MIS verifies the caregiver against
// the ID system and finds the child's birth record in the CRVS, then registers the child.

import type { GridProcess } from '../../../../models/process/gridBpmn';
import { REGISTRY_API } from '../contracts';
import { AGENCY } from '../meta';
import { op, step, uses } from './links';

const CHAIN = 'intake_registration';

export const INTAKE_REGISTRATION: GridProcess = {
  id: 'Process_intake_registration',
  name: 'Child Grant intake and registration',
  pool: 'Child Grant: intake and registration',
  documentation:
    'On-demand registration at the district social welfare office. Identity is verified with a yes/no check against ' +
    'the National ID System; the birth record comes from the Civil Registration System through an asynchronous search.',
  lanes: [
    { id: 'Lane_caregiver', name: 'Caregiver' },
    { id: 'Lane_office', name: 'District social welfare office' },
    { id: 'Lane_mis', name: 'Child Grant MIS' },
    { id: 'Lane_crvs', name: 'Civil Registration System' },
  ],
  nodes: [
    {
      id: 'StartEvent_application',
      type: 'startEvent',
      name: 'Caregiver applies',
      lane: 'Lane_caregiver',
      column: 0,
      links: step(CHAIN, 'Caregiver'),
    },
    {
      id: 'Task_record_application',
      type: 'userTask',
      name: 'Record application and consent',
      lane: 'Lane_office',
      column: 1,
      documentation: 'The officer explains the purposes of processing and the caregiver\'s rights before recording consent to SMS contact.',
      links: step(CHAIN, AGENCY.mosd, {
        data: [
          ...uses('creates', 'person.identifier', 'person.given_name', 'person.surname', 'person.birth_date'),
          ...uses('creates', 'crvs.birth_registration_number', 'contact.phone_number', 'consent.record', 'record.registration_date'),
        ],
      }),
    },
    {
      id: 'Task_verify_identity',
      type: 'serviceTask',
      name: 'Verify caregiver identity',
      lane: 'Lane_mis',
      column: 2,
      links: step(CHAIN, AGENCY.mosd, {
        data: [...uses('verifies', 'person.identifier', 'person.given_name', 'person.surname', 'person.birth_date'), ...uses('reads', 'identity.verification_result')],
        interactions: ['mis-verifies-caregiver-id'],
      }),
    },
    {
      id: 'Gateway_identity_confirmed',
      type: 'exclusiveGateway',
      name: 'Identity confirmed?',
      lane: 'Lane_mis',
      column: 3,
      links: step(CHAIN, AGENCY.mosd, { data: uses('reads', 'identity.verification_result') }),
    },
    {
      id: 'Task_resolve_identity',
      type: 'userTask',
      name: 'Check documents',
      lane: 'Lane_office',
      column: 3,
      links: step(CHAIN, AGENCY.mosd, { data: uses('updates', 'person.given_name', 'person.surname', 'person.birth_date') }),
    },
    {
      id: 'Task_request_birth_record',
      type: 'sendTask',
      name: 'Request birth record',
      lane: 'Lane_mis',
      column: 4,
      links: step(CHAIN, AGENCY.mosd, {
        data: uses('reads', 'crvs.birth_registration_number', 'person.identifier', 'message.transaction_id'),
        interactions: ['mis-searches-birth-record'],
        operations: [op(REGISTRY_API, 'search', 'POST', '/registry/search')],
      }),
    },
    {
      id: 'Task_search_birth_register',
      type: 'serviceTask',
      name: 'Search birth register',
      lane: 'Lane_crvs',
      column: 5,
      links: step(CHAIN, AGENCY.cro, {
        data: uses('reads', 'crvs.birth_registration_number', 'person.parent_identifier', 'person.birth_date'),
        interactions: ['mis-searches-birth-record'],
      }),
    },
    {
      id: 'Event_birth_record_received',
      type: 'intermediateCatchEvent',
      name: 'Search results received',
      lane: 'Lane_mis',
      column: 6,
      event: { kind: 'message', messageName: 'on-search: birth record results' },
      links: step(CHAIN, AGENCY.mosd, {
        data: uses('reads', 'message.correlation_id', 'person.birth_date', 'person.sex', 'person.parent_identifier'),
        interactions: ['mis-searches-birth-record'],
        operations: [op(REGISTRY_API, 'onSearch', 'POST', '/registry/on-search')],
      }),
    },
    {
      id: 'Gateway_birth_record_found',
      type: 'exclusiveGateway',
      name: 'Birth record found?',
      lane: 'Lane_mis',
      column: 7,
      links: step(CHAIN, AGENCY.mosd),
    },
    {
      id: 'Task_refer_to_civil_registration',
      type: 'userTask',
      name: 'Refer to birth registration',
      lane: 'Lane_office',
      column: 8,
      links: step(CHAIN, AGENCY.mosd, { data: uses('reads', 'contact.phone_number') }),
    },
    {
      id: 'EndEvent_referred',
      type: 'endEvent',
      name: 'Application on hold',
      lane: 'Lane_office',
      column: 9,
      links: step(CHAIN, AGENCY.mosd),
    },
    {
      id: 'Task_register_child',
      type: 'serviceTask',
      name: 'Register child and caregiver',
      lane: 'Lane_mis',
      column: 8,
      links: step(CHAIN, AGENCY.mosd, {
        data: uses('creates', 'person.identifier', 'person.sex', 'person.birth_date', 'person.birth_place', 'person.parent_identifier', 'record.registration_date'),
      }),
    },
    {
      id: 'Task_subscribe_vital_events',
      type: 'serviceTask',
      name: 'Subscribe to vital events',
      lane: 'Lane_mis',
      column: 9,
      links: step(CHAIN, AGENCY.mosd, {
        data: [...uses('reads', 'person.identifier', 'vital_event.type'), ...uses('creates', 'subscription.code')],
        interactions: ['mis-subscribes-to-vital-events'],
        operations: [op(REGISTRY_API, 'subscribe', 'POST', '/registry/subscribe')],
      }),
    },
    {
      id: 'Task_send_receipt',
      type: 'sendTask',
      name: 'Send receipt by SMS',
      lane: 'Lane_mis',
      column: 10,
      links: step(CHAIN, AGENCY.mosd, { data: uses('reads', 'contact.phone_number', 'person.given_name'), interactions: ['mis-sends-sms'] }),
    },
    {
      id: 'EndEvent_registered',
      type: 'endEvent',
      name: 'Child registered',
      lane: 'Lane_caregiver',
      column: 11,
      links: step(CHAIN, 'Caregiver'),
    },
  ],
  flows: [
    { id: 'Flow_apply', from: 'StartEvent_application', to: 'Task_record_application' },
    { id: 'Flow_recorded', from: 'Task_record_application', to: 'Task_verify_identity' },
    { id: 'Flow_verified', from: 'Task_verify_identity', to: 'Gateway_identity_confirmed' },
    { id: 'Flow_identity_yes', from: 'Gateway_identity_confirmed', to: 'Task_request_birth_record', name: 'yes', condition: 'identity.verification_result = true' },
    { id: 'Flow_identity_no', from: 'Gateway_identity_confirmed', to: 'Task_resolve_identity', name: 'no', isDefault: true },
    { id: 'Flow_retry_verification', from: 'Task_resolve_identity', to: 'Task_verify_identity' },
    { id: 'Flow_search_sent', from: 'Task_request_birth_record', to: 'Task_search_birth_register' },
    { id: 'Flow_results_posted', from: 'Task_search_birth_register', to: 'Event_birth_record_received' },
    { id: 'Flow_results_received', from: 'Event_birth_record_received', to: 'Gateway_birth_record_found' },
    { id: 'Flow_birth_found', from: 'Gateway_birth_record_found', to: 'Task_register_child', name: 'found', condition: 'search_response.status = "succ"' },
    { id: 'Flow_birth_not_found', from: 'Gateway_birth_record_found', to: 'Task_refer_to_civil_registration', name: 'not found', isDefault: true },
    { id: 'Flow_referred', from: 'Task_refer_to_civil_registration', to: 'EndEvent_referred' },
    { id: 'Flow_registered', from: 'Task_register_child', to: 'Task_subscribe_vital_events' },
    { id: 'Flow_subscribed', from: 'Task_subscribe_vital_events', to: 'Task_send_receipt' },
    { id: 'Flow_receipt_sent', from: 'Task_send_receipt', to: 'EndEvent_registered' },
  ],
};
