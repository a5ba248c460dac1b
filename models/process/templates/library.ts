// The built-in process templates, one per part of the delivery chain (World Bank Sourcebook,
// shared/domain §2) plus two DCI use cases (§1.3): PRS.SR.01 and PRS.CRVS.03. The steps are
// written in our own words; data links use catalogue data element ids (models/catalog).

import type { GridProcess } from '../gridBpmn';
import { branch, chain, node } from './dsl';

export interface ProcessTemplate {
  id: string;
  /** Default name of a process made from the template. */
  name: string;
  /** Delivery-chain phase id. */
  phase: string;
  spec: GridProcess;
}

const outreach: GridProcess = {
  id: 'Process_outreach',
  name: 'Outreach',
  lanes: [
    { id: 'Lane_officer', name: 'Programme officer' },
    { id: 'Lane_mis', name: 'Programme MIS' },
    { id: 'Lane_community', name: 'Community worker' },
  ],
  nodes: [
    node('Start_campaign', 'startEvent', 'Outreach campaign planned', 'Lane_officer', 0, 'outreach', { event: { kind: 'timer', timeDuration: 'P30D' } }),
    node('Task_target', 'userTask', 'Choose target areas and groups', 'Lane_officer', 1, 'outreach', { data: { reads: ['address.region_code', 'group.poverty_score'] } }),
    node('Task_list', 'serviceTask', 'List under-covered households', 'Lane_mis', 2, 'outreach', { data: { reads: ['address.region_code', 'group.group_identifier', 'contact.phone_number'] } }),
    node('Task_sms', 'sendTask', 'Send programme information by SMS', 'Lane_mis', 3, 'outreach', { data: { reads: ['contact.phone_number', 'programme.programme_name'] } }),
    node('Task_sessions', 'manualTask', 'Hold community information sessions', 'Lane_community', 4, 'outreach'),
    node('Task_contacts', 'userTask', 'Record interested people', 'Lane_community', 5, 'outreach', { data: { creates: ['person.given_name', 'person.surname', 'contact.phone_number', 'address.locality'] } }),
    node('End_informed', 'endEvent', 'Population informed', 'Lane_community', 6, 'outreach'),
  ],
  flows: chain('Start_campaign', 'Task_target', 'Task_list', 'Task_sms', 'Task_sessions', 'Task_contacts', 'End_informed'),
};

const intake: GridProcess = {
  id: 'Process_intake_registration',
  name: 'Intake and registration',
  lanes: [
    { id: 'Lane_applicant', name: 'Applicant' },
    { id: 'Lane_officer', name: 'Registration officer' },
    { id: 'Lane_id', name: 'ID system' },
    { id: 'Lane_sr', name: 'Social registry' },
  ],
  nodes: [
    node('Start_apply', 'startEvent', 'Applicant comes forward', 'Lane_applicant', 0, 'intake_registration'),
    node('Task_submit', 'userTask', 'Give identity and household details', 'Lane_applicant', 1, 'intake_registration', { data: { creates: ['person.identifier', 'person.given_name', 'person.surname', 'person.birth_date'] } }),
    node('Task_record', 'userTask', 'Record household and members', 'Lane_officer', 2, 'intake_registration', { data: { creates: ['person.sex', 'address.address_line', 'group.group_size', 'member.relationship_type', 'consent.record'] } }),
    node('Task_verify', 'serviceTask', 'Authenticate identity', 'Lane_id', 3, 'intake_registration', { data: { verifies: ['person.identifier'], updates: ['identity.kyc_status'] } }),
    node('Gateway_verified', 'exclusiveGateway', 'Identity confirmed?', 'Lane_officer', 4, 'intake_registration'),
    node('Task_register', 'serviceTask', 'Register the household', 'Lane_sr', 5, 'intake_registration', { data: { creates: ['group.group_identifier', 'record.registration_date'] } }),
    node('End_registered', 'endEvent', 'Household registered', 'Lane_sr', 6, 'intake_registration'),
    node('Task_manual', 'userTask', 'Refer for manual verification', 'Lane_officer', 5, 'intake_registration', { row: 1, data: { reads: ['person.identifier'] } }),
    node('End_referred', 'endEvent', 'Referred for manual check', 'Lane_officer', 6, 'intake_registration', { row: 1 }),
  ],
  flows: [
    ...chain('Start_apply', 'Task_submit', 'Task_record', 'Task_verify', 'Gateway_verified'),
    branch('Gateway_verified', 'Task_register', 'confirmed', 'identity.confirmed = true'),
    branch('Gateway_verified', 'Task_manual', 'not confirmed'),
    ...chain('Task_register', 'End_registered'),
    ...chain('Task_manual', 'End_referred'),
  ],
};

const assessment: GridProcess = {
  id: 'Process_assessment',
  name: 'Assessment of needs and conditions',
  lanes: [
    { id: 'Lane_sr', name: 'Social registry' },
    { id: 'Lane_tax', name: 'Tax authority' },
    { id: 'Lane_disability', name: 'Disability registry' },
    { id: 'Lane_officer', name: 'Social worker' },
  ],
  nodes: [
    node('Start_registered', 'startEvent', 'Household registered', 'Lane_sr', 0, 'assessment_needs_conditions'),
    node('Task_income', 'serviceTask', 'Look up declared income', 'Lane_tax', 1, 'assessment_needs_conditions', { data: { reads: ['person.identifier'], creates: ['member.income_level'] } }),
    node('Task_disability', 'serviceTask', 'Confirm disability status (yes or no)', 'Lane_disability', 2, 'assessment_needs_conditions', { data: { reads: ['person.identifier'], verifies: ['member.is_disabled'] } }),
    node('Task_score', 'businessRuleTask', 'Compute proxy means test score', 'Lane_sr', 3, 'assessment_needs_conditions', { data: { reads: ['member.income_level', 'group.group_size', 'member.is_disabled'], creates: ['group.poverty_score', 'group.poverty_score_type'] } }),
    node('Task_review', 'userTask', 'Review the household profile', 'Lane_officer', 4, 'assessment_needs_conditions', { data: { reads: ['group.poverty_score'], verifies: ['group.group_size'] } }),
    node('End_profiled', 'endEvent', 'Household profiled', 'Lane_officer', 5, 'assessment_needs_conditions'),
  ],
  flows: chain('Start_registered', 'Task_income', 'Task_disability', 'Task_score', 'Task_review', 'End_profiled'),
};

const eligibility: GridProcess = {
  id: 'Process_eligibility_enrolment',
  name: 'Eligibility and enrolment decision',
  lanes: [
    { id: 'Lane_mis', name: 'Programme MIS' },
    { id: 'Lane_sr', name: 'Social registry' },
    { id: 'Lane_ibr', name: 'Integrated beneficiary registry' },
    { id: 'Lane_officer', name: 'Programme officer' },
  ],
  nodes: [
    node('Start_round', 'startEvent', 'Enrolment round opened', 'Lane_mis', 0, 'eligibility_enrolment_decision'),
    node('Task_query', 'serviceTask', 'Ask for registrants meeting the criteria', 'Lane_mis', 1, 'eligibility_enrolment_decision', { data: { reads: ['address.region_code', 'group.poverty_score'] } }),
    node('Task_match', 'serviceTask', 'Return matching households', 'Lane_sr', 2, 'eligibility_enrolment_decision', { data: { reads: ['group.group_identifier', 'group.poverty_score', 'member.member_identifier'] } }),
    node('Task_duplicates', 'serviceTask', 'Check benefits already received', 'Lane_ibr', 3, 'eligibility_enrolment_decision', { data: { reads: ['person.identifier', 'programme.programme_identifier'], verifies: ['beneficiary.enrollment_status'] } }),
    node('Task_decide', 'businessRuleTask', 'Apply criteria and quota', 'Lane_mis', 4, 'eligibility_enrolment_decision', { data: { reads: ['group.poverty_score', 'beneficiary.enrollment_status'] } }),
    node('Gateway_eligible', 'exclusiveGateway', 'Eligible?', 'Lane_mis', 5, 'eligibility_enrolment_decision'),
    node('Task_enrol', 'serviceTask', 'Enrol and set the benefit', 'Lane_mis', 6, 'eligibility_enrolment_decision', { data: { creates: ['beneficiary.enrollment_status', 'beneficiary.enrollment_date', 'benefit.benefit_type', 'benefit.benefit_value'] } }),
    node('End_enrolled', 'endEvent', 'Beneficiary enrolled', 'Lane_mis', 7, 'eligibility_enrolment_decision'),
    node('Task_reject', 'sendTask', 'Send decision with appeal rights', 'Lane_officer', 6, 'notification_onboarding', { data: { reads: ['contact.phone_number', 'person.given_name'] } }),
    node('End_rejected', 'endEvent', 'Applicant informed', 'Lane_officer', 7, 'notification_onboarding'),
  ],
  flows: [
    ...chain('Start_round', 'Task_query', 'Task_match', 'Task_duplicates', 'Task_decide', 'Gateway_eligible'),
    branch('Gateway_eligible', 'Task_enrol', 'eligible', 'decision.eligible = true'),
    branch('Gateway_eligible', 'Task_reject', 'not eligible'),
    ...chain('Task_enrol', 'End_enrolled'),
    ...chain('Task_reject', 'End_rejected'),
  ],
};

const payment: GridProcess = {
  id: 'Process_benefit_payment',
  name: 'Benefit payment',
  lanes: [
    { id: 'Lane_finance', name: 'Finance officer' },
    { id: 'Lane_mis', name: 'Programme MIS' },
    { id: 'Lane_gateway', name: 'Payment gateway' },
    { id: 'Lane_psp', name: 'Bank or payment service provider' },
  ],
  nodes: [
    node('Start_cycle', 'startEvent', 'Payment cycle due', 'Lane_mis', 0, 'provide_payments', { event: { kind: 'timer', timeCycle: 'R/P1M' } }),
    node('Task_payroll', 'serviceTask', 'Prepare payroll', 'Lane_mis', 1, 'provide_payments', { data: { reads: ['beneficiary.enrollment_status', 'benefit.benefit_value', 'person.identifier'], creates: ['payment.amount'] } }),
    node('Task_approve', 'userTask', 'Approve payroll and release funds', 'Lane_finance', 2, 'provide_payments', { data: { reads: ['payment.amount', 'payment.currency_code'] } }),
    node('Task_instruct', 'sendTask', 'Send payment instructions', 'Lane_mis', 3, 'provide_payments', { data: { reads: ['person.identifier', 'payment.amount', 'payment.currency_code', 'payment.purpose'] } }),
    node('Task_resolve', 'serviceTask', 'Resolve financial addresses', 'Lane_gateway', 4, 'provide_payments', { data: { reads: ['person.identifier'], verifies: ['payment.financial_address'] } }),
    node('Task_credit', 'serviceTask', 'Credit accounts', 'Lane_psp', 5, 'provide_payments', { data: { reads: ['payment.account_number', 'payment.amount'], creates: ['payment.status'] } }),
    node('Task_results', 'serviceTask', 'Report payment results', 'Lane_gateway', 6, 'provide_payments', { data: { reads: ['payment.status'] } }),
    node('Task_reconcile', 'serviceTask', 'Reconcile payments', 'Lane_mis', 7, 'provide_payments', { data: { reads: ['payment.status', 'payment.amount'], updates: ['benefit.benefit_date'] } }),
    node('End_reconciled', 'endEvent', 'Cycle reconciled', 'Lane_mis', 8, 'provide_payments'),
  ],
  flows: chain('Start_cycle', 'Task_payroll', 'Task_approve', 'Task_instruct', 'Task_resolve', 'Task_credit', 'Task_results', 'Task_reconcile', 'End_reconciled'),
};

const grievance: GridProcess = {
  id: 'Process_grievance_redress',
  name: 'Grievance redress',
  lanes: [
    { id: 'Lane_complainant', name: 'Complainant' },
    { id: 'Lane_officer', name: 'Grievance officer' },
    { id: 'Lane_mis', name: 'Programme MIS' },
  ],
  nodes: [
    node('Start_raised', 'startEvent', 'Grievance raised', 'Lane_complainant', 0, 'grievance_redress'),
    node('Task_submit', 'userTask', 'Submit grievance', 'Lane_complainant', 1, 'grievance_redress', { data: { creates: ['contact.phone_number'], reads: ['person.identifier'] } }),
    node('Task_record', 'userTask', 'Record and acknowledge', 'Lane_officer', 2, 'grievance_redress', { data: { reads: ['person.identifier', 'contact.phone_number'] } }),
    node('Task_sort', 'userTask', 'Sort and assign', 'Lane_officer', 3, 'grievance_redress'),
    node('Task_investigate', 'userTask', 'Verify and investigate', 'Lane_officer', 4, 'grievance_redress', { data: { reads: ['beneficiary.enrollment_status', 'payment.status'] } }),
    node('Gateway_upheld', 'exclusiveGateway', 'Grievance upheld?', 'Lane_officer', 5, 'grievance_redress'),
    node('Task_correct', 'serviceTask', 'Correct the record', 'Lane_mis', 6, 'grievance_redress', { data: { updates: ['beneficiary.enrollment_status', 'record.last_updated'] } }),
    node('End_resolved', 'endEvent', 'Case resolved', 'Lane_mis', 7, 'grievance_redress'),
    node('Task_explain', 'sendTask', 'Explain the decision and appeal route', 'Lane_officer', 6, 'grievance_redress', { row: 1, data: { reads: ['contact.phone_number'] } }),
    node('End_informed', 'endEvent', 'Complainant informed', 'Lane_officer', 7, 'grievance_redress', { row: 1 }),
  ],
  flows: [
    ...chain('Start_raised', 'Task_submit', 'Task_record', 'Task_sort', 'Task_investigate', 'Gateway_upheld'),
    branch('Gateway_upheld', 'Task_correct', 'upheld', 'grievance.upheld = true'),
    branch('Gateway_upheld', 'Task_explain', 'not upheld'),
    ...chain('Task_correct', 'End_resolved'),
    ...chain('Task_explain', 'End_informed'),
  ],
};

const exit: GridProcess = {
  id: 'Process_exit_case_closure',
  name: 'Exit and case closure',
  lanes: [
    { id: 'Lane_worker', name: 'Case worker' },
    { id: 'Lane_mis', name: 'Programme MIS' },
    { id: 'Lane_ibr', name: 'Integrated beneficiary registry' },
  ],
  nodes: [
    node('Start_trigger', 'startEvent', 'Exit condition reported', 'Lane_mis', 0, 'exit_case_closure', { event: { kind: 'message', messageName: 'Exit condition' } }),
    node('Task_review', 'userTask', 'Review the case', 'Lane_worker', 1, 'exit_case_closure', { data: { reads: ['beneficiary.enrollment_status', 'benefit.benefit_date', 'person.identifier'] } }),
    node('Gateway_confirmed', 'exclusiveGateway', 'Exit confirmed?', 'Lane_worker', 2, 'exit_case_closure'),
    node('Task_close', 'serviceTask', 'Close the case and stop benefits', 'Lane_mis', 3, 'exit_case_closure', { data: { updates: ['beneficiary.enrollment_status', 'beneficiary.status_change_date'] } }),
    node('Task_notify', 'sendTask', 'Notify the beneficiary', 'Lane_mis', 4, 'exit_case_closure', { data: { reads: ['contact.phone_number'] } }),
    node('Task_ibr', 'serviceTask', 'Report the exit', 'Lane_ibr', 5, 'exit_case_closure', { data: { updates: ['beneficiary.enrollment_status', 'beneficiary.status_change_date'], reads: ['programme.programme_identifier'] } }),
    node('End_closed', 'endEvent', 'Case closed', 'Lane_ibr', 6, 'exit_case_closure'),
    node('End_open', 'endEvent', 'Case stays open', 'Lane_worker', 3, 'exit_case_closure', { row: 1 }),
  ],
  flows: [
    ...chain('Start_trigger', 'Task_review', 'Gateway_confirmed'),
    branch('Gateway_confirmed', 'Task_close', 'confirmed', 'exit.confirmed = true'),
    branch('Gateway_confirmed', 'End_open', 'not confirmed'),
    ...chain('Task_close', 'Task_notify', 'Task_ibr', 'End_closed'),
  ],
};

const srEligibilityQuery: GridProcess = {
  id: 'Process_sr_eligibility_query',
  name: 'SR eligibility query (PRS.SR.01)',
  documentation: 'The programme MIS asks the social registry which registrants meet its criteria, for one applicant or a list.',
  lanes: [
    { id: 'Lane_mis', name: 'SP-MIS' },
    { id: 'Lane_sr', name: 'Social registry' },
  ],
  nodes: [
    node('Start_check', 'startEvent', 'Enrolment check needed', 'Lane_mis', 0, 'eligibility_enrolment_decision'),
    node('Task_search', 'sendTask', 'Send search request', 'Lane_mis', 1, 'eligibility_enrolment_decision', { data: { reads: ['person.identifier', 'group.poverty_score', 'address.region_code'] } }),
    node('Task_match', 'serviceTask', 'Match registry records', 'Lane_sr', 2, 'eligibility_enrolment_decision', { data: { reads: ['group.group_identifier', 'group.poverty_score', 'group.group_size'] } }),
    node('Task_reply', 'sendTask', 'Return search results', 'Lane_sr', 3, 'eligibility_enrolment_decision', { data: { reads: ['group.group_identifier', 'member.member_identifier'] } }),
    node('Task_receive', 'receiveTask', 'Receive search results', 'Lane_mis', 4, 'eligibility_enrolment_decision', { data: { reads: ['group.group_identifier'] } }),
    node('Task_apply', 'businessRuleTask', 'Apply programme criteria', 'Lane_mis', 5, 'eligibility_enrolment_decision', { data: { verifies: ['group.poverty_score'] } }),
    node('Gateway_eligible', 'exclusiveGateway', 'Eligible?', 'Lane_mis', 6, 'eligibility_enrolment_decision'),
    node('End_continue', 'endEvent', 'Continue enrolment', 'Lane_mis', 7, 'eligibility_enrolment_decision'),
    node('End_not', 'endEvent', 'Not eligible recorded', 'Lane_mis', 7, 'eligibility_enrolment_decision', { row: 1 }),
  ],
  flows: [
    ...chain('Start_check', 'Task_search', 'Task_match', 'Task_reply', 'Task_receive', 'Task_apply', 'Gateway_eligible'),
    branch('Gateway_eligible', 'End_continue', 'eligible', 'result.eligible = true'),
    branch('Gateway_eligible', 'End_not', 'not eligible'),
  ],
};

const crvsDeathSuspension: GridProcess = {
  id: 'Process_crvs_death_suspension',
  name: 'Suspension after a death notification (PRS.CRVS.03)',
  documentation: 'The SP-MIS subscribes to death events of the civil registry and stops the allowance of a deceased beneficiary.',
  lanes: [
    { id: 'Lane_crvs', name: 'Civil registration (CRVS)' },
    { id: 'Lane_mis', name: 'SP-MIS' },
    { id: 'Lane_ibr', name: 'Integrated beneficiary registry' },
  ],
  nodes: [
    node('Start_death', 'startEvent', 'Death registered', 'Lane_crvs', 0, 'beneficiary_data_management'),
    node('Task_publish', 'sendTask', 'Notify subscribers of the death', 'Lane_crvs', 1, 'beneficiary_data_management', { data: { reads: ['person.identifier', 'person.death_date', 'vital_event.type'] } }),
    node('Task_receive', 'receiveTask', 'Receive death notification', 'Lane_mis', 2, 'beneficiary_data_management', { data: { reads: ['person.identifier', 'person.death_date'] } }),
    node('Task_match', 'serviceTask', 'Find the beneficiary', 'Lane_mis', 3, 'beneficiary_data_management', { data: { verifies: ['person.identifier'] } }),
    node('Gateway_found', 'exclusiveGateway', 'Beneficiary found?', 'Lane_mis', 4, 'exit_case_closure'),
    node('Task_suspend', 'serviceTask', 'Suspend the allowance', 'Lane_mis', 5, 'exit_case_closure', { data: { updates: ['beneficiary.enrollment_status', 'beneficiary.status_change_date'], creates: ['person.death_date'] } }),
    node('Task_ibr', 'serviceTask', 'Update enrolment status', 'Lane_ibr', 6, 'exit_case_closure', { data: { updates: ['beneficiary.enrollment_status'], reads: ['programme.programme_identifier', 'benefit.benefit_date'] } }),
    node('End_suspended', 'endEvent', 'Allowance suspended', 'Lane_ibr', 7, 'exit_case_closure'),
    node('End_none', 'endEvent', 'No beneficiary affected', 'Lane_mis', 5, 'beneficiary_data_management', { row: 1 }),
  ],
  flows: [
    ...chain('Start_death', 'Task_publish', 'Task_receive', 'Task_match', 'Gateway_found'),
    branch('Gateway_found', 'Task_suspend', 'found', 'match.found = true'),
    branch('Gateway_found', 'End_none', 'not found'),
    ...chain('Task_suspend', 'Task_ibr', 'End_suspended'),
  ],
};

export const PROCESS_TEMPLATES: readonly ProcessTemplate[] = [
  { id: 'outreach', name: 'Outreach', phase: 'assess', spec: outreach },
  { id: 'intake-registration', name: 'Intake and registration', phase: 'assess', spec: intake },
  { id: 'assessment', name: 'Assessment of needs and conditions', phase: 'assess', spec: assessment },
  { id: 'eligibility-enrolment', name: 'Eligibility and enrolment decision', phase: 'enroll', spec: eligibility },
  { id: 'benefit-payment', name: 'Benefit payment', phase: 'provide', spec: payment },
  { id: 'grievance-redress', name: 'Grievance redress', phase: 'manage', spec: grievance },
  { id: 'exit-case-closure', name: 'Exit and case closure', phase: 'manage', spec: exit },
  { id: 'sr-eligibility-query', name: 'SR eligibility query (PRS.SR.01)', phase: 'enroll', spec: srEligibilityQuery },
  { id: 'crvs-death-suspension', name: 'Suspension after a death notification (PRS.CRVS.03)', phase: 'manage', spec: crvsDeathSuspension },
];
