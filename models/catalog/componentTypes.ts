// The built-in component types (information systems of an SP landscape), from the domain notes
// (shared/domain: the Sourcebook vocabulary, DCI interfaces, G2P Connect and GovStack building
// blocks). Ids are stable: project files refer to them.

import { componentIcons } from './componentIcons';
import type { Sector } from '../project/types';

export type ComponentGroupId =
  | 'registries'
  | 'id_civil'
  | 'payments'
  | 'programme_operations'
  | 'enabling_services'
  | 'custom';

export interface ComponentGroup {
  id: ComponentGroupId;
  name: string;
}

export interface ComponentTypeInfo {
  id: string;
  name: string;
  shortName: string;
  group: ComponentGroupId;
  description: string;
  /** Hex colour; at least 4.5:1 contrast with white, always shown together with the icon. */
  colour: string;
  /** SVG path data for a 24x24 viewBox, drawn as a fill with the default `nonzero` rule. */
  iconPath: string;
  typicalStandards: string[];
}

export const componentGroups: readonly ComponentGroup[] = [
  { id: 'programme_operations', name: 'Programme operations' },
  { id: 'registries', name: 'Registries and sector systems' },
  { id: 'id_civil', name: 'Identity and civil registration' },
  { id: 'payments', name: 'Payments' },
  { id: 'enabling_services', name: 'Enabling services' },
  { id: 'custom', name: 'Custom' },
];

export const CUSTOM_COMPONENT_TYPE = 'custom';

export const componentTypes: readonly ComponentTypeInfo[] = [
  {
    id: 'sp_mis',
    name: 'Programme MIS (beneficiary operations management system)',
    shortName: 'Programme MIS',
    group: 'programme_operations',
    description:
      'Runs one programme: enrolment, benefits, notification, payments, compliance, grievances and exit. Holds the programme beneficiary registry; called SP-MIS in the DCI standards.',
    colour: '#b35e09',
    iconPath: componentIcons.sp_mis,
    typicalStandards: ['DCI SR/IBR/CRVS/DR client', 'G2P Connect Disburse/Mapper client', 'OpenAPI 3', 'OAuth2'],
  },
  {
    id: 'registration_frontend',
    name: 'Registration and intake front-end',
    shortName: 'Intake front-end',
    group: 'programme_operations',
    description: 'Field data-collection apps, self-registration portals and local-office front ends.',
    colour: '#835e07',
    iconPath: componentIcons.registration_frontend,
    typicalStandards: ['ODK/XForms', 'GovStack Registration BB'],
  },
  {
    id: 'grievance_system',
    name: 'Grievance redress mechanism system',
    shortName: 'Grievance system',
    group: 'programme_operations',
    description: 'Records complaints and appeals and tracks them until they are resolved.',
    colour: '#cb0b0b',
    iconPath: componentIcons.grievance_system,
    typicalStandards: ['OpenAPI REST', 'GovStack Messaging/Workflow BB'],
  },
  {
    id: 'data_analytics',
    name: 'Data analytics and statistics platform',
    shortName: 'Analytics',
    group: 'programme_operations',
    description:
      'Dashboards, coverage analysis and targeting simulations; receives aggregated or pseudonymised data.',
    colour: '#573219',
    iconPath: componentIcons.data_analytics,
    typicalStandards: ['batch export', 'SDMX', 'OpenAPI'],
  },
  {
    id: 'social_registry',
    name: 'Social registry',
    shortName: 'Social registry',
    group: 'registries',
    description:
      'Inclusion system for outreach, intake, registration and needs assessment across many programmes; holds data on registrants (individuals and households), not only beneficiaries.',
    colour: '#0b6bcb',
    iconPath: componentIcons.social_registry,
    typicalStandards: [
      'DCI Social Registry API v1.0.0',
      'DCI JSON-LD (Person, Member, Group)',
      'GovStack Digital Registries BB',
    ],
  },
  {
    id: 'ibr',
    name: 'Integrated beneficiary registry',
    shortName: 'IBR',
    group: 'registries',
    description:
      'Brings together beneficiary and benefit data of many programmes for coordination, duplicate detection, monitoring and analysis.',
    colour: '#0b45cb',
    iconPath: componentIcons.ibr,
    typicalStandards: ['DCI IBR API v1.0.0 (Beneficiary, Programme, Benefit)'],
  },
  {
    id: 'population_register',
    name: 'Population register',
    shortName: 'Population register',
    group: 'registries',
    description: 'Register of residents, their addresses and household links, where it is kept apart from ID and CRVS.',
    colour: '#2a3f92',
    iconPath: componentIcons.population_register,
    typicalStandards: ['national APIs', 'X-Road'],
  },
  {
    id: 'disability_registry',
    name: 'Disability registry',
    shortName: 'Disability registry',
    group: 'registries',
    description: 'Disability assessments, functional limitations and support needs.',
    colour: '#34089b',
    iconPath: componentIcons.disability_registry,
    typicalStandards: ['DCI Disability Registry API v1.0.0', 'Washington Group functioning domains'],
  },
  {
    id: 'farmer_registry',
    name: 'Farmer registry',
    shortName: 'Farmer registry',
    group: 'registries',
    description: 'Farmers, farms, crops and livestock, used by agricultural and social protection programmes.',
    colour: '#1f0e62',
    iconPath: componentIcons.farmer_registry,
    typicalStandards: ['DCI Farmer Registry API (draft)'],
  },
  {
    id: 'land_property_registry',
    name: 'Land, property and vehicle registries',
    shortName: 'Land and assets',
    group: 'registries',
    description: 'Asset data used in means tests and proxy means tests.',
    colour: '#571938',
    iconPath: componentIcons.land_property_registry,
    typicalStandards: ['national APIs', 'batch exchange'],
  },
  {
    id: 'tax_revenue',
    name: 'Tax and revenue authority',
    shortName: 'Tax authority',
    group: 'registries',
    description: 'Income and employment data for means testing and verification.',
    colour: '#6b0656',
    iconPath: componentIcons.tax_revenue,
    typicalStandards: ['national APIs', 'batch file exchange'],
  },
  {
    id: 'social_insurance_pension',
    name: 'Social insurance and pension system',
    shortName: 'Social insurance',
    group: 'registries',
    description: 'Contributions, insured status, pensions and other social-insurance benefits.',
    colour: '#a6306b',
    iconPath: componentIcons.social_insurance_pension,
    typicalStandards: ['DCI IBR (programme_type social insurance)', 'ISSA guidelines', 'national APIs'],
  },
  {
    id: 'health_system',
    name: 'Health information system or health insurance',
    shortName: 'Health system',
    group: 'registries',
    description: 'Facility visits, insurance coverage and eligibility; data for health conditionalities.',
    colour: '#cb0b58',
    iconPath: componentIcons.health_system,
    typicalStandards: ['HL7 FHIR R4', 'openIMIS FHIR/GraphQL'],
  },
  {
    id: 'education_system',
    name: 'Education management information system',
    shortName: 'Education (EMIS)',
    group: 'registries',
    description: 'School enrolment and attendance, for education conditionalities and child benefits.',
    colour: '#cb0b92',
    iconPath: componentIcons.education_system,
    typicalStandards: ['national EMIS APIs', 'ISCED 2011 codes'],
  },
  {
    id: 'employment_pes',
    name: 'Public employment services',
    shortName: 'Employment services',
    group: 'registries',
    description: 'Job-seeker registration, referrals, training, employment status and unemployment benefits.',
    colour: '#cb0bb8',
    iconPath: componentIcons.employment_pes,
    typicalStandards: ['DCI Employment (ESS) draft', 'ISCO-08', 'GovStack Registration BB'],
  },
  {
    id: 'id_system',
    name: 'Foundational ID system',
    shortName: 'ID system',
    group: 'id_civil',
    description: 'Issues unique identifiers and provides authentication, eKYC and identity attributes.',
    colour: '#732a92',
    iconPath: componentIcons.id_system,
    typicalStandards: [
      'DCI ID systems standard (OpenID Connect, W3C Verifiable Credentials, Claim 169 QR)',
      'MOSIP IDA / eSignet',
      'GovStack Identity BB',
    ],
  },
  {
    id: 'crvs',
    name: 'Civil registration and vital statistics',
    shortName: 'CRVS',
    group: 'id_civil',
    description:
      'Registers births, deaths, marriages, divorces and adoptions; the source of vital-event notifications and civil status.',
    colour: '#9109b3',
    iconPath: componentIcons.crvs,
    typicalStandards: ['DCI CRVS API v1.0.0 (registry_core)', 'HL7 FHIR (OpenCRVS)', 'webhooks'],
  },
  {
    id: 'vc_issuer_wallet',
    name: 'Credential issuer or digital wallet',
    shortName: 'Credentials and wallet',
    group: 'id_civil',
    description: 'Issues identity or beneficiary credentials to people and verifies them.',
    colour: '#0b0bcb',
    iconPath: componentIcons.vc_issuer_wallet,
    typicalStandards: ['W3C Verifiable Credentials', 'OpenID4VCI/VP', 'Claim 169 QR'],
  },
  {
    id: 'payment_gateway',
    name: 'G2P payment and disbursement system',
    shortName: 'Payment gateway',
    group: 'payments',
    description:
      'Takes payment instructions from programmes and orchestrates disbursement, status and reconciliation with payment providers.',
    colour: '#078307',
    iconPath: componentIcons.payment_gateway,
    typicalStandards: ['G2P Connect Disbursement API', 'GovStack Payments BB', 'Mifos Payment Hub EE', 'ISO 20022'],
  },
  {
    id: 'fa_mapper',
    name: 'ID-to-financial-address mapper (payment account registry)',
    shortName: 'Account mapper',
    group: 'payments',
    description:
      'Maps a person ID to a financial address (bank account, mobile wallet or voucher) and resolves it at payment time.',
    colour: '#257e5b',
    iconPath: componentIcons.fa_mapper,
    typicalStandards: ['G2P Connect Mapper API', 'GovStack Payments ID-account mapper', 'OpenG2P SPAR'],
  },
  {
    id: 'bank_psp',
    name: 'Bank, payment service provider or mobile money operator',
    shortName: 'Bank / PSP',
    group: 'payments',
    description: 'Holds beneficiary accounts or wallets and carries out credits, cash-out and voucher redemption.',
    colour: '#066b24',
    iconPath: componentIcons.bank_psp,
    typicalStandards: ['ISO 20022', 'GSMA Mobile Money API', 'Mojaloop FSPIOP'],
  },
  {
    id: 'payment_switch',
    name: 'Payment switch or instant payment system',
    shortName: 'Payment switch',
    group: 'payments',
    description: 'Routes interbank and inter-wallet payments and resolves aliases.',
    colour: '#0e3062',
    iconPath: componentIcons.payment_switch,
    typicalStandards: ['Mojaloop FSPIOP', 'ISO 20022'],
  },
  {
    id: 'treasury_fmis',
    name: 'Treasury or financial management information system',
    shortName: 'Treasury / FMIS',
    group: 'payments',
    description: 'Authorises budgets and releases programme funds.',
    colour: '#6b0624',
    iconPath: componentIcons.treasury_fmis,
    typicalStandards: ['national FMIS interfaces'],
  },
  {
    id: 'consent_manager',
    name: 'Consent management',
    shortName: 'Consent manager',
    group: 'enabling_services',
    description: 'Records data agreements, lawful bases and the consent given by individuals.',
    colour: '#a64830',
    iconPath: componentIcons.consent_manager,
    typicalStandards: ['GovStack Consent BB'],
  },
  {
    id: 'information_mediator',
    name: 'Information mediator (interoperability layer)',
    shortName: 'Information mediator',
    group: 'enabling_services',
    description: 'Secure routing, service directory, logging and publish/subscribe between agencies.',
    colour: '#1f6b6b',
    iconPath: componentIcons.information_mediator,
    typicalStandards: ['GovStack Information Mediator BB (X-Road)', 'mTLS'],
  },
  {
    id: 'messaging',
    name: 'Messaging and notification service',
    shortName: 'Messaging',
    group: 'enabling_services',
    description: 'SMS, email and voice notifications to applicants and beneficiaries.',
    colour: '#187ba5',
    iconPath: componentIcons.messaging,
    typicalStandards: ['GovStack Messaging BB'],
  },
  {
    id: 'gis_location',
    name: 'Location and GIS service',
    shortName: 'Location / GIS',
    group: 'enabling_services',
    description: 'Administrative-area hierarchy, geocoding and maps.',
    colour: '#49620e',
    iconPath: componentIcons.gis_location,
    typicalStandards: ['DCI locations.json (Place)', 'Open Location Code / plus codes'],
  },
  {
    id: 'early_warning_system',
    name: 'Early warning and shock information system',
    shortName: 'Early warning',
    group: 'enabling_services',
    description: 'Hazard and shock triggers for adaptive or anticipatory social protection.',
    colour: '#b3092b',
    iconPath: componentIcons.early_warning_system,
    typicalStandards: ['DCI Early Warning System (profile module listed)'],
  },
];

const customComponentType: ComponentTypeInfo = {
  id: CUSTOM_COMPONENT_TYPE,
  name: 'Custom component',
  shortName: 'Custom',
  group: 'custom',
  description: 'A system the catalogue does not name; its label comes from the component\'s own custom type.',
  colour: '#4b5563',
  iconPath: componentIcons.custom,
  typicalStandards: [],
};

const componentTypesById = new Map<string, ComponentTypeInfo>(
  [...componentTypes, customComponentType].map((type) => [type.id, type]),
);

/** A catalogue component type, or the `custom` type; undefined for an unknown id. */
export function getComponentType(id: string): ComponentTypeInfo | undefined {
  return componentTypesById.get(id);
}

/**
 * Component types usually run by private operators: banks and payment service providers, the
 * interbank switch, and SMS/USSD messaging through mobile network operators. Every other type is a
 * government system by default. A component's own `sector` overrides this.
 */
const privateByDefault: ReadonlySet<string> = new Set(['bank_psp', 'payment_switch', 'messaging']);

export function defaultSector(typeId: string): Sector {
  return privateByDefault.has(typeId) ? 'private' : 'public';
}

/** The sector a component is in: its own, else the default of its type. */
export function componentSector(component: { type: string; sector?: Sector }): Sector {
  return component.sector ?? defaultSector(component.type);
}
