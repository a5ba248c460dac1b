// Code lists of the Child Grant data dictionary. Values follow the DCI code directories where
// one exists (noted in each description) and are the programme's own otherwise.

import type { CodeList } from '../../../models/project/types';

export const SAMPLE_CODE_LISTS: CodeList[] = [
  {
    id: 'sex',
    name: 'Sex',
    description: 'Administrative sex (DCI CD.COM.03, aligned with FHIR AdministrativeGender).',
    values: [
      { code: 'male', label: 'Male' },
      { code: 'female', label: 'Female' },
      { code: 'other', label: 'Other' },
      { code: 'unknown', label: 'Unknown', definition: 'Not recorded or not disclosed.' },
    ],
  },
  {
    id: 'identifier-type',
    name: 'Identifier type',
    description: 'Types of person and household identifiers used in Maravia (DCI CD.COM.01 extended with HHID).',
    values: [
      { code: 'UIN', label: 'Unique Identification Number', definition: 'Issued by the National Identity Authority.' },
      { code: 'BRN', label: 'Birth registration number', definition: 'Issued by the Civil Registry Office at birth registration.' },
      { code: 'DRN', label: 'Death registration number' },
      { code: 'MRN', label: 'Marriage registration number' },
      { code: 'HHID', label: 'Household identifier', definition: 'Issued by the National Social Registry.' },
    ],
  },
  {
    id: 'vital-event',
    name: 'Vital event',
    description: 'Life events recorded by civil registration (DCI CD.COM.04).',
    values: [
      { code: 'live_birth', label: 'Live birth' },
      { code: 'death', label: 'Death' },
      { code: 'fetal_death', label: 'Fetal death' },
      { code: 'marriage', label: 'Marriage' },
      { code: 'divorce', label: 'Divorce' },
      { code: 'adoption', label: 'Adoption' },
    ],
  },
  {
    id: 'relationship-type',
    name: 'Relationship to the household head',
    description: 'Subset of the DCI relationship codes (CD.COM.07) used by the Social Registry.',
    values: [
      { code: 'SELF', label: 'Household head' },
      { code: 'SPS', label: 'Spouse' },
      { code: 'CHILD', label: 'Child' },
      { code: 'GRNDCHILD', label: 'Grandchild' },
      { code: 'MTH', label: 'Mother' },
      { code: 'FTH', label: 'Father' },
      { code: 'GRPRN', label: 'Grandparent' },
      { code: 'CHLDFOST', label: 'Foster child' },
      { code: 'EXT', label: 'Other relative' },
    ],
  },
  {
    id: 'functional-severity',
    name: 'Functional difficulty',
    description: 'Washington Group severity scale (DCI CD.COM.12).',
    values: [
      { code: '1', label: 'No difficulty' },
      { code: '2', label: 'Some difficulty' },
      { code: '3', label: 'A lot of difficulty' },
      { code: '4', label: 'Cannot do at all' },
    ],
  },
  {
    id: 'eligibility-decision',
    name: 'Eligibility decision',
    description: 'Outcome of the Child Grant eligibility assessment.',
    values: [
      { code: 'eligible', label: 'Eligible', definition: 'Meets all criteria; proceeds to enrolment.' },
      { code: 'ineligible', label: 'Not eligible', definition: 'Fails at least one criterion; the caregiver may appeal.' },
      { code: 'review', label: 'Referred for review', definition: 'Possible duplicate benefit; an officer decides.' },
    ],
  },
  {
    id: 'eligibility-reason',
    name: 'Eligibility reason',
    description: 'Why an application was found not eligible or referred.',
    values: [
      { code: 'AGE_LIMIT', label: 'Child is five or older' },
      { code: 'PMT_ABOVE_THRESHOLD', label: 'Household PMT score above the threshold' },
      { code: 'NOT_IN_SR', label: 'Household not found in the Social Registry' },
      { code: 'DUPLICATE_BENEFIT', label: 'Child already receives a child benefit' },
      { code: 'IDENTITY_UNVERIFIED', label: 'Caregiver identity could not be verified' },
    ],
  },
  {
    id: 'enrolment-status',
    name: 'Enrolment status',
    description: 'Status of a beneficiary in a programme (DCI CD.IBR.02).',
    values: [
      { code: '1', label: 'Active' },
      { code: '2', label: 'Deceased' },
      { code: '3', label: 'Graduated', definition: 'Left the programme by reaching its end condition (for the Child Grant, age five).' },
      { code: '4', label: 'Suspended' },
    ],
  },
  {
    id: 'benefit-type',
    name: 'Benefit type',
    description: 'Kind of benefit (DCI CD.IBR.03).',
    values: [
      { code: '1', label: 'Cash' },
      { code: '2', label: 'Voucher' },
      { code: '3', label: 'In kind' },
      { code: '4', label: 'Training' },
      { code: '5', label: 'Work opportunity' },
      { code: '6', label: 'Insurance' },
    ],
  },
  {
    id: 'payment-modality',
    name: 'Payment modality',
    description: 'How a payment reaches the beneficiary.',
    values: [
      { code: 'mobile_wallet', label: 'Mobile-money wallet' },
      { code: 'bank_account', label: 'Bank account' },
      { code: 'cash_pickup', label: 'Cash over the counter', definition: 'At a MaraPay agent, with a one-time code.' },
    ],
  },
  {
    id: 'payment-status',
    name: 'Payment status',
    description: 'Status of one disbursement (G2P Connect request status).',
    values: [
      { code: 'rcvd', label: 'Received' },
      { code: 'pdng', label: 'Pending' },
      { code: 'succ', label: 'Succeeded' },
      { code: 'rjct', label: 'Rejected' },
    ],
  },
  {
    id: 'grievance-category',
    name: 'Grievance category',
    description: 'Categories used to route complaints and appeals.',
    values: [
      { code: 'registration', label: 'Registration' },
      { code: 'eligibility_appeal', label: 'Appeal against an eligibility decision' },
      { code: 'payment_missing', label: 'Payment not received' },
      { code: 'payment_amount', label: 'Wrong payment amount' },
      { code: 'data_correction', label: 'Correction of personal data' },
      { code: 'conduct', label: 'Conduct of staff or agents' },
    ],
  },
];
