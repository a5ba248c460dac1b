// Process 2: the weekly eligibility run. The MIS reads each applicant household's profile and
// PMT score from the Social Registry, applies the rules, checks the IBR for duplicate child
// benefits (yes/no), enrols eligible children and reports them to the IBR.

import type { GridProcess } from '../../../../models/process/gridBpmn';
import { REGISTRY_API } from '../contracts';
import { AGENCY } from '../meta';
import { op, step, uses } from './links';

const DECIDE = 'eligibility_enrolment_decision';
const PACKAGE = 'benefits_package';
const NOTIFY = 'notification_onboarding';

export const ELIGIBILITY_ENROLMENT: GridProcess = {
  id: 'Process_eligibility_enrolment',
  name: 'Child Grant eligibility and enrolment',
  pool: 'Child Grant: eligibility and enrolment',
  documentation:
    'Runs every Monday for the applications registered in the previous week. Eligible: child under five, household ' +
    'PMT score at or below 30, and no other child benefit for the child. Children with a disability receive a top-up.',
  lanes: [
    { id: 'Lane_officer', name: 'Eligibility officer' },
    { id: 'Lane_mis', name: 'Child Grant MIS' },
    { id: 'Lane_sr', name: 'National Social Registry' },
  ],
  nodes: [
    {
      id: 'StartEvent_weekly_run',
      type: 'startEvent',
      name: 'Weekly eligibility run',
      lane: 'Lane_mis',
      column: 0,
      event: { kind: 'timer', timeCycle: 'R/2025-01-06T02:00:00+02:00/P7D' },
      links: step(DECIDE, AGENCY.mosd),
    },
    {
      id: 'Task_request_household_profile',
      type: 'serviceTask',
      name: 'Request household profile',
      lane: 'Lane_mis',
      column: 1,
      links: step(DECIDE, AGENCY.mosd, {
        data: uses('reads', 'person.identifier', 'message.transaction_id'),
        interactions: ['mis-reads-household-profile'],
        operations: [op(REGISTRY_API, 'syncSearch', 'POST', '/registry/sync/search')],
      }),
    },
    {
      id: 'Task_return_household_record',
      type: 'serviceTask',
      name: 'Return household and PMT score',
      lane: 'Lane_sr',
      column: 2,
      links: step(DECIDE, AGENCY.mosd, {
        data: uses('reads', 'group.group_identifier', 'group.group_size', 'group.poverty_score', 'member.relationship_type', 'member.is_disabled', 'disability.functional_severity', 'address.region_code', 'address.locality'),
        interactions: ['mis-reads-household-profile'],
      }),
    },
    {
      id: 'Task_apply_eligibility_rules',
      type: 'businessRuleTask',
      name: 'Apply eligibility rules',
      lane: 'Lane_mis',
      column: 3,
      documentation: 'Age below five on the first day of next month; PMT score at or below 30.00; household found in the Social Registry.',
      links: step(DECIDE, AGENCY.mosd, {
        data: [
          ...uses('reads', 'person.birth_date', 'group.poverty_score', 'group.group_size'),
          ...uses('creates', 'eligibility.decision', 'eligibility.reason_code'),
        ],
      }),
    },
    {
      id: 'Gateway_eligible',
      type: 'exclusiveGateway',
      name: 'Eligible?',
      lane: 'Lane_mis',
      column: 4,
      links: step(DECIDE, AGENCY.mosd, { data: uses('reads', 'eligibility.decision') }),
    },
    {
      id: 'Task_check_other_benefits',
      type: 'serviceTask',
      name: 'Check other child benefits',
      lane: 'Lane_mis',
      column: 5,
      links: step(DECIDE, AGENCY.mosd, {
        data: [...uses('reads', 'person.identifier', 'programme.programme_identifier'), ...uses('reads', 'beneficiary.enrolled_elsewhere')],
        interactions: ['mis-checks-ibr-enrolment'],
        operations: [op(REGISTRY_API, 'syncEnrolled', 'POST', '/registry/sync/enrolled')],
      }),
    },
    {
      id: 'Gateway_enrolled_elsewhere',
      type: 'exclusiveGateway',
      name: 'Enrolled elsewhere?',
      lane: 'Lane_mis',
      column: 6,
      links: step(DECIDE, AGENCY.mosd, { data: uses('reads', 'beneficiary.enrolled_elsewhere') }),
    },
    {
      id: 'Task_review_duplicate',
      type: 'userTask',
      name: 'Review possible duplicate benefit',
      lane: 'Lane_officer',
      column: 7,
      documentation: 'The officer contacts the other programme and decides whether the Child Grant replaces the other benefit.',
      links: step(DECIDE, AGENCY.mosd, {
        data: [...uses('reads', 'person.identifier', 'beneficiary.enrolled_elsewhere'), ...uses('updates', 'eligibility.decision', 'eligibility.reason_code')],
      }),
    },
    {
      id: 'Gateway_exception_approved',
      type: 'exclusiveGateway',
      name: 'Exception approved?',
      lane: 'Lane_officer',
      column: 8,
      links: step(DECIDE, AGENCY.mosd, { data: uses('reads', 'eligibility.decision') }),
    },
    {
      id: 'Task_enrol_child',
      type: 'serviceTask',
      name: 'Enrol child, set benefit',
      lane: 'Lane_mis',
      column: 9,
      documentation: 'Base grant 450.00 MVL a month; top-up of 150.00 MVL where the child has a disability.',
      links: step(PACKAGE, AGENCY.mosd, {
        data: [
          ...uses('reads', 'member.is_disabled', 'disability.functional_severity'),
          ...uses('creates', 'beneficiary.enrollment_status', 'beneficiary.enrollment_date', 'benefit.benefit_type', 'benefit.benefit_value', 'benefit.benefit_frequency'),
        ],
      }),
    },
    {
      id: 'Task_notify_rejection',
      type: 'sendTask',
      name: 'Send refusal notice',
      lane: 'Lane_officer',
      column: 9,
      documentation: 'The notice gives the reason, how to appeal within 30 days, and the grievance hotline.',
      links: step(NOTIFY, AGENCY.mosd, {
        data: uses('reads', 'contact.phone_number', 'person.given_name', 'eligibility.decision', 'eligibility.reason_code'),
        interactions: ['mis-sends-sms'],
      }),
    },
    {
      id: 'EndEvent_not_eligible',
      type: 'endEvent',
      name: 'Application not accepted',
      lane: 'Lane_officer',
      column: 10,
      links: step(NOTIFY, AGENCY.mosd),
    },
    {
      id: 'Task_report_to_ibr',
      type: 'sendTask',
      name: 'Report enrolment to the IBR',
      lane: 'Lane_mis',
      column: 10,
      links: step(PACKAGE, AGENCY.mosd, {
        data: uses('reads', 'person.identifier', 'group.group_identifier', 'programme.programme_identifier', 'beneficiary.enrollment_status', 'beneficiary.enrollment_date', 'benefit.benefit_type', 'benefit.benefit_value'),
        interactions: ['mis-reports-enrolments-to-ibr'],
        operations: [op(REGISTRY_API, 'syncEnrollmentUpdates', 'POST', '/registry/sync/enrollment/updates')],
      }),
    },
    {
      id: 'Task_notify_enrolment',
      type: 'sendTask',
      name: 'Notify caregiver of enrolment',
      lane: 'Lane_mis',
      column: 11,
      links: step(NOTIFY, AGENCY.mosd, {
        data: uses('reads', 'contact.phone_number', 'person.given_name', 'eligibility.decision'),
        interactions: ['mis-sends-sms'],
      }),
    },
    {
      id: 'EndEvent_enrolled',
      type: 'endEvent',
      name: 'Child enrolled',
      lane: 'Lane_mis',
      column: 12,
      links: step(NOTIFY, AGENCY.mosd),
    },
  ],
  flows: [
    { id: 'Flow_run_started', from: 'StartEvent_weekly_run', to: 'Task_request_household_profile' },
    { id: 'Flow_profile_requested', from: 'Task_request_household_profile', to: 'Task_return_household_record' },
    { id: 'Flow_profile_returned', from: 'Task_return_household_record', to: 'Task_apply_eligibility_rules' },
    { id: 'Flow_rules_applied', from: 'Task_apply_eligibility_rules', to: 'Gateway_eligible' },
    { id: 'Flow_eligible_yes', from: 'Gateway_eligible', to: 'Task_check_other_benefits', name: 'yes', condition: 'eligibility.decision = "eligible"' },
    { id: 'Flow_eligible_no', from: 'Gateway_eligible', to: 'Task_notify_rejection', name: 'no', isDefault: true },
    { id: 'Flow_checked', from: 'Task_check_other_benefits', to: 'Gateway_enrolled_elsewhere' },
    { id: 'Flow_duplicate', from: 'Gateway_enrolled_elsewhere', to: 'Task_review_duplicate', name: 'yes', condition: 'beneficiary.enrolled_elsewhere = true' },
    { id: 'Flow_no_duplicate', from: 'Gateway_enrolled_elsewhere', to: 'Task_enrol_child', name: 'no', isDefault: true },
    { id: 'Flow_reviewed', from: 'Task_review_duplicate', to: 'Gateway_exception_approved' },
    { id: 'Flow_exception_yes', from: 'Gateway_exception_approved', to: 'Task_enrol_child', name: 'approved', condition: 'eligibility.decision = "eligible"' },
    { id: 'Flow_exception_no', from: 'Gateway_exception_approved', to: 'Task_notify_rejection', name: 'refused', isDefault: true },
    { id: 'Flow_rejection_sent', from: 'Task_notify_rejection', to: 'EndEvent_not_eligible' },
    { id: 'Flow_enrolled', from: 'Task_enrol_child', to: 'Task_report_to_ibr' },
    { id: 'Flow_reported', from: 'Task_report_to_ibr', to: 'Task_notify_enrolment' },
    { id: 'Flow_notified', from: 'Task_notify_enrolment', to: 'EndEvent_enrolled' },
  ],
};
