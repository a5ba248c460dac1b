// The three processes of the sample, as project entities with their generated BPMN.

import { gridProcessToBpmn } from '../../../../models/process/gridBpmn';
import { withExplicitJoins } from '../../../../models/process/gridJoins';
import type { Process } from '../../../../models/project/types';
import { BENEFIT_PAYMENT } from './benefitPayment';
import { ELIGIBILITY_ENROLMENT } from './eligibilityEnrolment';
import { INTAKE_REGISTRATION } from './intakeRegistration';

export const INTAKE_REGISTRATION_ID = 'intake-registration';
export const ELIGIBILITY_ENROLMENT_ID = 'eligibility-enrolment';
export const BENEFIT_PAYMENT_ID = 'benefit-payment';

export function sampleProcesses(): Process[] {
  return [
    {
      id: INTAKE_REGISTRATION_ID,
      name: 'Intake and registration',
      phase: 'assess',
      description: INTAKE_REGISTRATION.documentation,
      bpmn: gridProcessToBpmn(withExplicitJoins(INTAKE_REGISTRATION)),
    },
    {
      id: ELIGIBILITY_ENROLMENT_ID,
      name: 'Eligibility and enrolment',
      phase: 'enroll',
      description: ELIGIBILITY_ENROLMENT.documentation,
      bpmn: gridProcessToBpmn(withExplicitJoins(ELIGIBILITY_ENROLMENT)),
    },
    {
      id: BENEFIT_PAYMENT_ID,
      name: 'Benefit payment',
      phase: 'provide',
      description: BENEFIT_PAYMENT.documentation,
      bpmn: gridProcessToBpmn(withExplicitJoins(BENEFIT_PAYMENT)),
    },
  ];
}
