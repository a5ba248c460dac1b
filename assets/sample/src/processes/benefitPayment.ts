// Process 3: the monthly payment cycle, from payroll to reconciliation. Payment instructions go
// to the G2P Payment Bridge asynchronously; the MIS waits for the on-disburse callback and asks
// for the transaction status if none arrives within 48 hours.

import type { GridProcess } from '../../../../models/process/gridBpmn';
import { DISBURSEMENT_API } from '../contracts';
import { AGENCY } from '../meta';
import { op, step, uses } from './links';

const PAY = 'provide_payments';

export const BENEFIT_PAYMENT: GridProcess = {
  id: 'Process_benefit_payment',
  name: 'Child Grant benefit payment',
  pool: 'Child Grant: benefit payment',
  documentation:
    'Monthly cycle: payroll on the 20th, approval and funds release, payment instructions on the 25th, results and ' +
    'settlement within three working days, reconciliation before the cycle is closed.',
  lanes: [
    { id: 'Lane_finance', name: 'Programme finance officer' },
    { id: 'Lane_mis', name: 'Child Grant MIS' },
    { id: 'Lane_bridge', name: 'G2P Payment Bridge' },
    { id: 'Lane_psp', name: 'MaraPay Mobile Money' },
  ],
  nodes: [
    {
      id: 'StartEvent_payment_cycle',
      type: 'startEvent',
      name: 'Monthly payment cycle',
      lane: 'Lane_mis',
      column: 0,
      event: { kind: 'timer', timeCycle: 'R/2025-01-20T06:00:00+02:00/P1M' },
      links: step(PAY, AGENCY.mosd),
    },
    {
      id: 'Task_prepare_payroll',
      type: 'serviceTask',
      name: 'Prepare payroll',
      lane: 'Lane_mis',
      column: 1,
      links: step(PAY, AGENCY.mosd, {
        data: [
          ...uses('reads', 'beneficiary.enrollment_status', 'benefit.benefit_value', 'person.identifier'),
          ...uses('creates', 'payment.batch_id', 'payment.batch_total', 'payment.reference_id', 'payment.amount'),
        ],
      }),
    },
    {
      id: 'Task_approve_payroll',
      type: 'userTask',
      name: 'Review and approve payroll',
      lane: 'Lane_finance',
      column: 2,
      documentation: 'Four-eyes check of the control total against the budget line and of changes since last month.',
      links: step(PAY, AGENCY.mosd, { data: uses('reads', 'payment.batch_id', 'payment.batch_total') }),
    },
    {
      id: 'Gateway_payroll_approved',
      type: 'exclusiveGateway',
      name: 'Payroll approved?',
      lane: 'Lane_finance',
      column: 3,
      links: step(PAY, AGENCY.mosd),
    },
    {
      id: 'Task_request_funds',
      type: 'serviceTask',
      name: 'Request release of funds',
      lane: 'Lane_mis',
      column: 4,
      links: step(PAY, AGENCY.mof, {
        data: uses('reads', 'payment.batch_id', 'payment.batch_total', 'payment.currency_code'),
        interactions: ['mis-requests-funds'],
      }),
    },
    {
      id: 'Task_send_payment_instructions',
      type: 'sendTask',
      name: 'Send payment instructions',
      lane: 'Lane_mis',
      column: 5,
      links: step(PAY, AGENCY.mosd, {
        data: uses('reads', 'payment.batch_id', 'payment.reference_id', 'person.identifier', 'payment.amount', 'payment.currency_code'),
        interactions: ['mis-sends-disbursements'],
        operations: [op(DISBURSEMENT_API, 'disburse', 'POST', '/disburse')],
      }),
    },
    {
      id: 'Task_resolve_financial_addresses',
      type: 'serviceTask',
      name: 'Resolve financial addresses',
      lane: 'Lane_bridge',
      column: 6,
      links: step(PAY, AGENCY.mosd, {
        data: [...uses('reads', 'person.identifier'), ...uses('reads', 'payment.financial_address', 'payment.payment_modality')],
        interactions: ['bridge-resolves-financial-address'],
      }),
    },
    {
      id: 'Task_instruct_credits',
      type: 'serviceTask',
      name: 'Instruct wallet credits',
      lane: 'Lane_bridge',
      column: 7,
      links: step(PAY, AGENCY.mosd, {
        data: uses('reads', 'payment.reference_id', 'payment.financial_address', 'payment.amount', 'payment.currency_code'),
        interactions: ['bridge-credits-wallets'],
      }),
    },
    {
      id: 'Task_credit_wallets',
      type: 'serviceTask',
      name: 'Credit wallets and settle',
      lane: 'Lane_psp',
      column: 8,
      links: step(PAY, AGENCY.marapay, {
        data: [...uses('reads', 'payment.financial_address', 'payment.amount'), ...uses('creates', 'payment.status', 'payment.settlement_date')],
        interactions: ['bridge-credits-wallets', 'psp-sends-settlement-file'],
      }),
    },
    {
      id: 'Gateway_await_results',
      type: 'eventBasedGateway',
      name: 'Await results',
      lane: 'Lane_mis',
      column: 9,
      links: step(PAY, AGENCY.mosd),
    },
    {
      id: 'Event_results_received',
      type: 'intermediateCatchEvent',
      name: 'Disbursement results received',
      lane: 'Lane_mis',
      column: 10,
      event: { kind: 'message', messageName: 'on-disburse: disbursement results' },
      links: step(PAY, AGENCY.mosd, {
        data: uses('reads', 'payment.reference_id', 'payment.status', 'payment.status_reason_code', 'message.correlation_id'),
        interactions: ['mis-sends-disbursements'],
        operations: [op(DISBURSEMENT_API, 'onDisburse', 'POST', '/on-disburse')],
      }),
    },
    {
      id: 'Event_results_overdue',
      type: 'intermediateCatchEvent',
      name: 'No results after 48 hours',
      lane: 'Lane_mis',
      column: 10,
      row: 1,
      event: { kind: 'timer', timeDuration: 'PT48H' },
      links: step(PAY, AGENCY.mosd),
    },
    {
      id: 'Task_query_status',
      type: 'serviceTask',
      name: 'Query payment status',
      lane: 'Lane_mis',
      column: 11,
      row: 1,
      links: step(PAY, AGENCY.mosd, {
        data: [...uses('reads', 'payment.batch_id', 'payment.reference_id'), ...uses('updates', 'payment.status')],
        interactions: ['mis-polls-disbursement-status'],
        operations: [op(DISBURSEMENT_API, 'disburseTxnStatus', 'POST', '/disburse/txn/status')],
      }),
    },
    {
      id: 'Task_reconcile_payments',
      type: 'serviceTask',
      name: 'Reconcile payments',
      lane: 'Lane_mis',
      column: 12,
      documentation: 'Matches results and settlement per reference; each failed payment opens a grievance case for follow-up.',
      links: step(PAY, AGENCY.mosd, {
        data: [...uses('reads', 'payment.reference_id', 'payment.status', 'payment.settlement_date'), ...uses('creates', 'grievance.case_id')],
        interactions: ['mis-opens-grievance-case'],
      }),
    },
    {
      id: 'EndEvent_cycle_closed',
      type: 'endEvent',
      name: 'Payment cycle closed',
      lane: 'Lane_mis',
      column: 13,
      links: step(PAY, AGENCY.mosd),
    },
  ],
  flows: [
    { id: 'Flow_cycle_started', from: 'StartEvent_payment_cycle', to: 'Task_prepare_payroll' },
    { id: 'Flow_payroll_ready', from: 'Task_prepare_payroll', to: 'Task_approve_payroll' },
    { id: 'Flow_reviewed', from: 'Task_approve_payroll', to: 'Gateway_payroll_approved' },
    { id: 'Flow_approved', from: 'Gateway_payroll_approved', to: 'Task_request_funds', name: 'approved', condition: 'payroll.approved = true' },
    { id: 'Flow_corrections', from: 'Gateway_payroll_approved', to: 'Task_prepare_payroll', name: 'corrections needed', isDefault: true },
    { id: 'Flow_funds_released', from: 'Task_request_funds', to: 'Task_send_payment_instructions' },
    { id: 'Flow_instructions_sent', from: 'Task_send_payment_instructions', to: 'Task_resolve_financial_addresses' },
    { id: 'Flow_addresses_resolved', from: 'Task_resolve_financial_addresses', to: 'Task_instruct_credits' },
    { id: 'Flow_credits_instructed', from: 'Task_instruct_credits', to: 'Task_credit_wallets' },
    { id: 'Flow_wallets_credited', from: 'Task_credit_wallets', to: 'Gateway_await_results' },
    { id: 'Flow_await_callback', from: 'Gateway_await_results', to: 'Event_results_received' },
    { id: 'Flow_await_timeout', from: 'Gateway_await_results', to: 'Event_results_overdue' },
    { id: 'Flow_timed_out', from: 'Event_results_overdue', to: 'Task_query_status' },
    { id: 'Flow_status_known', from: 'Task_query_status', to: 'Task_reconcile_payments' },
    { id: 'Flow_results_in', from: 'Event_results_received', to: 'Task_reconcile_payments' },
    { id: 'Flow_reconciled', from: 'Task_reconcile_payments', to: 'EndEvent_cycle_closed' },
  ],
};
