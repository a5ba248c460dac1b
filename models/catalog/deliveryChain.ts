// The social-protection delivery chain (World Bank Sourcebook, Lindert et al. 2020): four phase
// groups and the steps within them. Process `phase` and step `chainStep` values refer to these ids.

export interface DeliveryChainPhase {
  id: string;
  name: string;
  order: number;
}

export interface DeliveryChainStep {
  id: string;
  /** Id of the phase group the step belongs to. */
  phase: string;
  name: string;
  description: string;
  order: number;
}

export const deliveryChainPhases: readonly DeliveryChainPhase[] = [
  { id: 'assess', name: 'Assess', order: 1 },
  { id: 'enroll', name: 'Enrol', order: 2 },
  { id: 'provide', name: 'Provide', order: 3 },
  { id: 'manage', name: 'Manage', order: 4 },
];

export const deliveryChainSteps: readonly DeliveryChainStep[] = [
  {
    id: 'outreach',
    phase: 'assess',
    name: 'Outreach',
    description:
      'Tell the intended population about programmes, eligibility criteria, rights and obligations, and how to apply or register; may target groups that are under-covered.',
    order: 1,
  },
  {
    id: 'intake_registration',
    phase: 'assess',
    name: 'Intake and registration',
    description:
      'Contact individuals or households (on demand or en masse), collect and record their data and verify it, possibly against administrative systems. People are applicants or registrants, not yet beneficiaries.',
    order: 2,
  },
  {
    id: 'assessment_needs_conditions',
    phase: 'assess',
    name: 'Assessment of needs and conditions',
    description:
      'Profile registrants: means or proxy-means test (poverty score), categorical checks such as age or disability, labour profiling. The profile feeds the eligibility decision.',
    order: 3,
  },
  {
    id: 'eligibility_enrolment_decision',
    phase: 'enroll',
    name: 'Eligibility and enrolment decisions',
    description:
      'Apply the programme rules, quotas and budget to registrant profiles; enrol or put on a waiting list; check for duplicate or incompatible benefits.',
    order: 4,
  },
  {
    id: 'benefits_package',
    phase: 'enroll',
    name: 'Determine benefits and services package',
    description:
      'Set benefit type, amount, frequency, duration, conditions (co-responsibilities) and delivery modality for each beneficiary or household.',
    order: 5,
  },
  {
    id: 'notification_onboarding',
    phase: 'enroll',
    name: 'Notification and onboarding',
    description:
      'Notify applicants of the decision (including rejection and the right to appeal), collect extra data such as a payment account or biometrics, issue cards or credentials, explain obligations.',
    order: 6,
  },
  {
    id: 'provide_payments',
    phase: 'provide',
    name: 'Provide benefits: payments',
    description:
      'Prepare the payroll, authorise and release funds, instruct payment providers, deliver cash, e-money or vouchers, reconcile and report payment status.',
    order: 7,
  },
  {
    id: 'provide_services',
    phase: 'provide',
    name: 'Provide benefits: services',
    description:
      'Refer beneficiaries to services (training, employment services, care, health or education) and record what was provided.',
    order: 8,
  },
  {
    id: 'beneficiary_data_management',
    phase: 'manage',
    name: 'Beneficiary data management (updates)',
    description:
      'Keep beneficiary records current: life events (birth, death, marriage), address and contact changes, household composition; pass changes on to the registries.',
    order: 9,
  },
  {
    id: 'conditionality_compliance',
    phase: 'manage',
    name: 'Monitoring conditionality compliance',
    description:
      'Collect and verify compliance data (school attendance, health visits, work or training obligations) and apply warnings, suspensions or penalties.',
    order: 10,
  },
  {
    id: 'grievance_redress',
    phase: 'manage',
    name: 'Grievance redress and appeals',
    description:
      'Receive, register, sort, acknowledge, investigate and resolve complaints and appeals, give feedback, and monitor how the mechanism performs.',
    order: 11,
  },
  {
    id: 'exit_case_closure',
    phase: 'manage',
    name: 'Exit decisions, notification and case closure',
    description:
      'Decide exits (graduation, loss of eligibility, death, end of programme), notify the beneficiary, close the case and report the status change to the IBR and social registry.',
    order: 12,
  },
  {
    id: 'periodic_reassessment',
    phase: 'manage',
    name: 'Periodic reassessment and recertification',
    description:
      'Collect or verify registrant data again at intervals, looping back to intake and assessment; part of the recurring cycle with payments and compliance.',
    order: 13,
  },
  {
    id: 'monitoring_analysis',
    phase: 'manage',
    name: 'Monitoring, reporting and policy analysis',
    description:
      'Cross-cutting: aggregate beneficiary and benefit data across programmes for coverage analysis, oversight and planning.',
    order: 14,
  },
];

const phasesById = new Map(deliveryChainPhases.map((phase) => [phase.id, phase]));
const stepsById = new Map(deliveryChainSteps.map((step) => [step.id, step]));

export function getDeliveryChainPhase(id: string): DeliveryChainPhase | undefined {
  return phasesById.get(id);
}

export function getDeliveryChainStep(id: string): DeliveryChainStep | undefined {
  return stepsById.get(id);
}
