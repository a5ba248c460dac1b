// The systems of the Child Grant landscape, laid out left to right: foundational registries,
// the programme MIS and its services, then the payment chain.

import type { Component } from '../../../models/project/types';
import { AGENCY } from './meta';

const COL = [0, 440, 880, 1320];
const ROW = [0, 240, 480];

function at(col: number, row: number): { x: number; y: number } {
  return { x: COL[col] ?? 0, y: ROW[row] ?? 0 };
}

export const SAMPLE_COMPONENTS: Component[] = [
  {
    id: 'national-id',
    name: 'National ID System (MaraID)',
    type: 'id_system',
    ownerAgency: AGENCY.nia,
    description:
      'Foundational identity system. Issues the 10-digit Unique Identification Number (UIN) and answers yes/no ' +
      'demographic verifications; eSignet provides sign-in with the national eID for online services.',
    product: 'MOSIP 1.2 with eSignet',
    standards: ['DCI ID Systems v1.0.0', 'OpenID Connect 1.0', 'MOSIP ID Authentication API'],
    position: at(0, 0),
  },
  {
    id: 'crvs',
    name: 'Civil Registration System',
    type: 'crvs',
    ownerAgency: AGENCY.cro,
    description:
      'Registers births, deaths and marriages. Answers birth-record searches for the Child Grant and notifies ' +
      'subscribers of registered deaths.',
    product: 'OpenCRVS 1.5 with the DCI CRVS bridge',
    standards: ['DCI CRVS-SP v1.0.0', 'HL7 FHIR R4'],
    position: at(0, 1),
  },
  {
    id: 'social-registry',
    name: 'National Social Registry',
    type: 'social_registry',
    ownerAgency: AGENCY.mosd,
    description:
      'Holds socio-economic data on registered households and computes the proxy means test (PMT) score used by ' +
      'all poverty-targeted programmes.',
    product: 'OpenG2P Social Registry',
    standards: ['DCI Social Registry v1.0.0'],
    position: at(0, 2),
  },
  {
    id: 'sms-gateway',
    name: 'Government SMS Gateway',
    type: 'messaging',
    ownerAgency: AGENCY.mict,
    description: 'Shared messaging service for SMS notifications to citizens, with delivery reports.',
    product: 'RapidPro',
    standards: ['REST/JSON', 'SMPP 3.4'],
    position: at(1, 0),
    // Run by the ministry of ICT, unlike most messaging services, which mobile operators run.
    sector: 'public',
  },
  {
    id: 'child-grant-mis',
    name: 'Child Grant MIS',
    type: 'sp_mis',
    ownerAgency: AGENCY.mosd,
    description:
      'Programme management information system of the Child Grant: applications, eligibility decisions, enrolment, ' +
      'benefit calculation, payroll and reconciliation.',
    product: 'OpenSPP 17 (programme, cycle and entitlement modules)',
    standards: ['DCI registry client (CRVS, SR, IBR)', 'G2P Connect Disbursement client', 'OAuth 2.0'],
    position: at(1, 1),
  },
  {
    id: 'grievance',
    name: 'Grievance Redress System',
    type: 'grievance_system',
    ownerAgency: AGENCY.mosd,
    description:
      'Records, routes and follows up complaints and appeals about registration, eligibility decisions and payments; ' +
      'complainants can sign in online with their national eID.',
    product: 'OpenSPP Grievance Redress module',
    standards: ['OpenID Connect 1.0 (relying party)'],
    position: at(1, 2),
  },
  {
    id: 'treasury',
    name: 'Treasury FMIS',
    type: 'treasury_fmis',
    ownerAgency: AGENCY.mof,
    description: 'Financial management information system of the Treasury; releases funds for each approved payroll.',
    product: 'FreeBalance Accountability Suite',
    standards: ['SOAP 1.2', 'WS-Security'],
    position: at(2, 2),
  },
  {
    id: 'ibr',
    name: 'Integrated Beneficiary Registry',
    type: 'ibr',
    ownerAgency: AGENCY.spcc,
    description:
      'Consolidates beneficiaries and benefits of all social protection programmes for coordination, duplicate-benefit ' +
      'checks and monitoring.',
    product: 'In-house build on PostgreSQL with a DCI IBR API',
    standards: ['DCI IBR v1.0.0'],
    position: at(2, 0),
  },
  {
    id: 'g2p-bridge',
    name: 'G2P Payment Bridge',
    type: 'payment_gateway',
    ownerAgency: AGENCY.mosd,
    description:
      'Receives payment instructions from programme systems, resolves financial addresses, instructs payment service ' +
      'providers and reports results and settlement back to the programmes.',
    product: 'Mifos Payment Hub EE',
    standards: ['G2P Connect Disbursement v1.0.0', 'GSMA Mobile Money API v1.2'],
    position: at(2, 1),
  },
  {
    id: 'analytics',
    name: 'Social Protection Data Warehouse',
    type: 'data_analytics',
    ownerAgency: AGENCY.nso,
    description: 'Pseudonymised data warehouse and dashboards for coverage, targeting and payment monitoring.',
    product: 'Apache Superset on PostgreSQL',
    standards: ['SDMX 3.0 (aggregate exports)'],
    position: at(3, 0),
  },
  {
    id: 'fa-mapper',
    name: 'Social Payments Account Registry',
    type: 'fa_mapper',
    ownerAgency: AGENCY.centralBank,
    description: "Maps a person's UIN to the account or mobile wallet where government payments are made.",
    product: 'OpenG2P SPAR',
    standards: ['G2P Connect Mapper v1.0.0'],
    position: at(3, 2),
  },
  {
    id: 'mobile-money',
    name: 'MaraPay Mobile Money',
    type: 'bank_psp',
    ownerAgency: AGENCY.marapay,
    description:
      "Licensed mobile-money operator contracted to credit Child Grant payments to caregivers' wallets and to " +
      'send a daily settlement file.',
    product: 'MaraPay mobile-money platform',
    standards: ['GSMA Mobile Money API v1.2', 'SFTP (settlement files)'],
    position: at(3, 1),
  },
];
