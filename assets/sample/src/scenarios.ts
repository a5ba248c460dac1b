// Two interoperability scenarios, each walking through one process step by step in the shape
// of a DCI process table: actors, prerequisites, inputs, steps, outputs and control points.

import type { Scenario } from '../../../models/project/types';
import { BENEFIT_PAYMENT_ID, INTAKE_REGISTRATION_ID } from './processes';

export const SAMPLE_SCENARIOS: Scenario[] = [
  {
    id: 'register-child',
    title: 'Register a child and verify identity against the ID system and CRVS',
    objective:
      'Register a child for the Child Grant with the caregiver\'s identity confirmed by the National ID System and ' +
      'the child\'s birth confirmed by the civil register, without asking the family for paper certificates.',
    trigger: 'A caregiver applies for the Child Grant at a district social welfare office.',
    actors: [
      'Caregiver',
      'District social welfare officer',
      'Child Grant MIS',
      'National ID System (MaraID)',
      'Civil Registration System',
      'Government SMS Gateway',
    ],
    prerequisites:
      'The MIS holds OAuth 2.0 client credentials for the CRVS and a partner certificate for the ID system; the ' +
      'Civil Registry Office has registered the MIS callback URL; the data-sharing agreement MoSD/CRO 2024 is in force.',
    inputs: "Caregiver's UIN, name and date of birth; the child's birth registration number if known; mobile number.",
    outputs:
      'Child and caregiver registered in the MIS; a subscription to vital events of the child; a registration ' +
      'receipt sent by SMS.',
    controlPoints:
      'Identity confirmed before any CRVS search; each search carries the purpose code CHILD-GRANT-ELIGIBILITY; ' +
      'search results are matched on correlation_id; no birth data is stored when the record is not found.',
    processId: INTAKE_REGISTRATION_ID,
    steps: [
      {
        id: 'rc-1',
        bpmnElementId: 'Task_record_application',
        title: 'Record the application and consent',
        interactionIds: [],
        notes: 'The officer reads out the privacy notice and records the caregiver\'s agreement to SMS contact.',
        preconditions: 'The caregiver presents a UIN card or gives the UIN.',
        postconditions: 'Application saved with status "identity pending".',
        errorHandling: 'Without a UIN the application cannot proceed; the officer refers the caregiver to the NIA office.',
      },
      {
        id: 'rc-2',
        bpmnElementId: 'Task_verify_identity',
        title: 'Verify the caregiver against the ID system',
        interactionIds: ['mis-verifies-caregiver-id'],
        notes: 'Yes/no demographic authentication; the ID system returns no identity data.',
        preconditions: 'UIN, name and date of birth recorded.',
        postconditions: 'identity.verification_result stored with the application.',
        errorHandling:
          'No match: the officer checks documents and corrects typing errors, then verifies again (at most three ' +
          'attempts). Timeout after 10 s: retry once, then queue the check and tell the caregiver to expect an SMS.',
      },
      {
        id: 'rc-3',
        bpmnElementId: 'Task_request_birth_record',
        title: "Search the child's birth record",
        interactionIds: ['mis-searches-birth-record'],
        notes: 'Asynchronous search by birth registration number, or by the caregiver\'s UIN as parent.',
        preconditions: 'Identity confirmed.',
        postconditions: 'Search acknowledged (ACK) with a correlation_id.',
        errorHandling:
          'NACK or ERR: log the error code; on err.signature.invalid or err.request.unauthorized renew keys or token ' +
          'and resend once; otherwise alert the MIS support desk.',
      },
      {
        id: 'rc-4',
        bpmnElementId: 'Event_birth_record_received',
        title: 'Receive the search results',
        interactionIds: ['mis-searches-birth-record'],
        notes: 'The CRVS posts the on-search message to the MIS callback endpoint.',
        preconditions: 'An acknowledged search is pending.',
        postconditions: 'Birth record attached to the application, or "not found" recorded.',
        errorHandling:
          'No callback within 30 minutes: ask /registry/txn/status with the transaction_id. Status rjct with ' +
          'rjct.search.too_many_records_found: refine the search with the date of birth.',
      },
      {
        id: 'rc-5',
        bpmnElementId: 'Gateway_birth_record_found',
        title: 'Decide whether the birth is confirmed',
        interactionIds: [],
        preconditions: 'Search results received.',
        postconditions: 'Application continues, or is put on hold.',
        errorHandling:
          'No match: the officer refers the caregiver to the civil registry to register the birth; the application ' +
          'stays on hold for 90 days.',
      },
      {
        id: 'rc-6',
        bpmnElementId: 'Task_subscribe_vital_events',
        title: 'Subscribe to vital events of the child',
        interactionIds: ['mis-subscribes-to-vital-events'],
        notes: 'One subscription per child, for death events, until the child turns five.',
        preconditions: 'Child registered in the MIS.',
        postconditions: 'subscription.code stored with the child.',
        errorHandling: 'rjct.event.already_subscribed is treated as success; other rejections are retried nightly.',
      },
      {
        id: 'rc-7',
        bpmnElementId: 'Task_send_receipt',
        title: 'Send the registration receipt',
        interactionIds: ['mis-sends-sms'],
        preconditions: 'Child registered.',
        postconditions: 'SMS accepted by the gateway.',
        errorHandling: 'Undelivered after 24 h: the receipt is printed and handed over at the next office visit.',
      },
    ],
  },
  {
    id: 'monthly-payroll',
    title: 'Monthly payroll and reconciliation',
    objective:
      'Pay every active beneficiary household once a month through the G2P Payment Bridge and MaraPay, and close the ' +
      'cycle with every payment either confirmed or referred for follow-up.',
    trigger: 'Timer: the 20th of each month at 06:00.',
    actors: [
      'Programme finance officer',
      'Child Grant MIS',
      'Treasury FMIS',
      'G2P Payment Bridge',
      'Social Payments Account Registry',
      'MaraPay Mobile Money',
      'Grievance Redress System',
    ],
    prerequisites:
      'Budget line for the Child Grant released for the quarter; payment services agreement with MaraPay in force; ' +
      'caregivers\' UINs linked to a wallet in the account registry.',
    inputs: 'Active enrolments and benefit amounts; suspensions and deaths notified since the last cycle.',
    outputs: 'Payment status for every disbursement; settlement reconciled; grievance cases for failed payments.',
    controlPoints:
      'Four-eyes approval of the payroll; control total checked by the Treasury and the bridge; every reference_id ' +
      'appears exactly once in the results; the cycle is closed only when results and settlement agree.',
    processId: BENEFIT_PAYMENT_ID,
    steps: [
      {
        id: 'mp-1',
        bpmnElementId: 'Task_prepare_payroll',
        title: 'Prepare the payroll',
        interactionIds: [],
        notes: 'One payment per caregiver: the sum of the benefits of all their enrolled children.',
        preconditions: 'Death notifications of the month processed.',
        postconditions: 'Payroll batch CG-YYYY-MM with its control total.',
        errorHandling: 'Beneficiaries without a UIN-linked wallet are listed for the officer and left out of the batch.',
      },
      {
        id: 'mp-2',
        bpmnElementId: 'Task_approve_payroll',
        title: 'Approve the payroll',
        interactionIds: [],
        preconditions: 'Payroll prepared.',
        postconditions: 'Payroll approved, or sent back with corrections.',
        errorHandling: 'Changes of more than 5% against last month need a written justification before approval.',
      },
      {
        id: 'mp-3',
        bpmnElementId: 'Task_request_funds',
        title: 'Obtain the release of funds',
        interactionIds: ['mis-requests-funds'],
        preconditions: 'Payroll approved.',
        postconditions: 'Treasury release reference recorded.',
        errorHandling: 'Release refused: the cycle is held and the finance officer is alerted.',
      },
      {
        id: 'mp-4',
        bpmnElementId: 'Task_send_payment_instructions',
        title: 'Send the payment instructions',
        interactionIds: ['mis-sends-disbursements'],
        notes: 'Batches of up to 10,000 disbursements, each with its own reference_id.',
        preconditions: 'Funds released.',
        postconditions: 'Every batch acknowledged (ACK) with a correlation_id.',
        errorHandling:
          'NACK with err.request.bad: fix the rejected records and resend the batch with a new message_id; HTTP 429: ' +
          'wait for Retry-After; no answer within 60 s: resend with the same transaction_id (the bridge deduplicates).',
      },
      {
        id: 'mp-5',
        bpmnElementId: 'Task_resolve_financial_addresses',
        title: 'Resolve financial addresses and credit wallets',
        interactionIds: ['bridge-resolves-financial-address', 'bridge-credits-wallets'],
        notes: 'The bridge looks up each UIN in the account registry and instructs MaraPay in bulk.',
        preconditions: 'Batch accepted by the bridge.',
        postconditions: 'Credits instructed for every resolvable payee.',
        errorHandling: 'UIN not linked to a wallet: the disbursement is rejected with rjct.payee_id.not_linked.',
      },
      {
        id: 'mp-6',
        bpmnElementId: 'Gateway_await_results',
        title: 'Wait for the results',
        interactionIds: ['mis-sends-disbursements', 'mis-polls-disbursement-status'],
        notes: 'Results normally arrive on /on-disburse within a day.',
        preconditions: 'Batches acknowledged.',
        postconditions: 'A status for every reference_id.',
        errorHandling: 'No results after 48 hours: query /disburse/txn/status with the transaction_id, then every 12 hours.',
      },
      {
        id: 'mp-7',
        bpmnElementId: 'Task_reconcile_payments',
        title: 'Reconcile and refer failed payments',
        interactionIds: ['psp-sends-settlement-file', 'mis-opens-grievance-case'],
        notes: 'Results are matched with the settlement file MaraPay sends to the bridge each evening.',
        preconditions: 'Results received and settlement file available.',
        postconditions: 'Cycle closed; a grievance case for each failed payment.',
        errorHandling:
          'Mismatch between a result and the settlement: hold the reference and ask MaraPay through the bridge; ' +
          'rejected payments are re-queued for next month once the caregiver has linked a wallet.',
      },
    ],
  },
];
