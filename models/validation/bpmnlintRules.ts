// bpmnlint's recommended rules described like our own, so the Problems view and SARIF can say
// what `bpmnlint/<rule>` means and how to fix it. Severities are bpmnlint's defaults.

import { bpmnlintRuleId, RECOMMENDED_BPMNLINT_RULES } from './bpmnlintConfig';
import type { ProblemSeverity, ValidationRule } from './problem';

const TEXT: Record<string, { name: string; description: string; fixHint: string }> = {
  'ad-hoc-sub-process': {
    name: 'Ad-hoc sub-process content',
    description: 'An ad-hoc sub-process contains start or end events, or an intermediate event without an outgoing flow.',
    fixHint: 'Remove the start and end events from the ad-hoc sub-process and connect its intermediate events.',
  },
  'conditional-flows': {
    name: 'Unconditional flow out of a fork',
    description: 'A sequence flow leaving a gateway or activity that splits the path has no condition and is not the default flow.',
    fixHint: 'Give the flow a condition (the answer it stands for), or mark it as the default flow.',
  },
  'end-event-required': {
    name: 'End event required',
    description: 'A process or sub-process has no end event, so it is unclear where it finishes.',
    fixHint: 'Add an end event after the last step of every path.',
  },
  'event-based-gateway': {
    name: 'Event-based gateway targets',
    description: 'An event-based gateway is followed by something other than catching events or receive tasks, or by fewer than two of them.',
    fixHint: 'Connect the gateway to at least two catching events (message, timer...) or receive tasks.',
  },
  'event-sub-process-typed-start-event': {
    name: 'Event sub-process start event',
    description: 'An event sub-process starts with a blank start event.',
    fixHint: 'Give the start event of the event sub-process a trigger (message, timer, error...).',
  },
  'fake-join': {
    name: 'Implicit join',
    description: 'An activity has several incoming flows, which BPMN reads as "start once per arriving flow", not as a join.',
    fixHint: 'Merge the incoming flows with a gateway before the activity.',
  },
  global: {
    name: 'Unused or duplicate global element',
    description: 'A global element (message, signal, error, escalation) is unused, unnamed or defined twice.',
    fixHint: 'Name the global element, remove duplicates, or delete it if nothing refers to it.',
  },
  'label-required': {
    name: 'Label required',
    description: 'A task, event or diverging gateway has no name, so readers and exports cannot tell what it does.',
    fixHint: 'Name the element: activities with a verb and an object ("Verify identity"), gateways with a question.',
  },
  'link-event': {
    name: 'Link event pairing',
    description: 'A link event has no name, or its throwing and catching links do not pair up.',
    fixHint: 'Give each throwing link event exactly one catching link event of the same name.',
  },
  'no-bpmndi': {
    name: 'Element without diagram information',
    description: 'An element has no position in the diagram (BPMN DI), so other modellers cannot draw it.',
    fixHint: 'Open the process in the editor and save it, which lays out missing elements, or re-export it from the original modeller with its diagram.',
  },
  'no-complex-gateway': {
    name: 'Complex gateway',
    description: 'The process uses a complex gateway, which few readers and tools understand.',
    fixHint: 'Replace the complex gateway with exclusive, parallel or inclusive gateways and conditions.',
  },
  'no-disconnected': {
    name: 'Disconnected element',
    description: 'A flow element has neither incoming nor outgoing sequence flows.',
    fixHint: 'Connect the element to the flow, or delete it.',
  },
  'no-duplicate-sequence-flows': {
    name: 'Duplicate sequence flow',
    description: 'Two sequence flows connect the same elements with the same condition.',
    fixHint: 'Delete one of the duplicate flows.',
  },
  'no-gateway-join-fork': {
    name: 'Gateway joins and forks',
    description: 'One gateway both merges and splits the flow, which hides the logic.',
    fixHint: 'Use two gateways: one to join, then one to fork.',
  },
  'no-implicit-split': {
    name: 'Implicit split',
    description: 'An activity or event has several outgoing flows without conditions, an implicit parallel split.',
    fixHint: 'Split the flow with an explicit parallel or exclusive gateway.',
  },
  'no-implicit-end': {
    name: 'Implicit end',
    description: 'A path ends at an element that is not an end event.',
    fixHint: 'Add an end event at the end of the path.',
  },
  'no-implicit-start': {
    name: 'Implicit start',
    description: 'A path starts at an element that is not a start event.',
    fixHint: 'Begin the path with a start event, or connect the element to the preceding step.',
  },
  'no-inclusive-gateway': {
    name: 'Inclusive gateway',
    description: 'The process uses an inclusive gateway, whose joins are hard to read and to execute.',
    fixHint: 'Prefer exclusive or parallel gateways where the logic allows it.',
  },
  'no-overlapping-elements': {
    name: 'Overlapping elements',
    description: 'Two elements overlap in the diagram.',
    fixHint: 'Move the elements apart in the editor.',
  },
  'single-blank-start-event': {
    name: 'Several blank start events',
    description: 'A process or sub-process has more than one blank start event.',
    fixHint: 'Keep one blank start event, or give the others triggers (message, timer...).',
  },
  'single-event-definition': {
    name: 'Several event definitions',
    description: 'An event has more than one event definition.',
    fixHint: 'Keep one trigger per event; use an event-based gateway to wait for several.',
  },
  'start-event-required': {
    name: 'Start event required',
    description: 'A process or sub-process has no start event.',
    fixHint: 'Add a start event naming what starts the process.',
  },
  'sub-process-blank-start-event': {
    name: 'Sub-process start event',
    description: 'A sub-process starts with a typed (not blank) start event.',
    fixHint: 'Use a blank start event inside an embedded sub-process.',
  },
  'superfluous-gateway': {
    name: 'Superfluous gateway',
    description: 'A gateway has one incoming and one outgoing flow and does nothing.',
    fixHint: 'Delete the gateway and connect its neighbours directly.',
  },
  'superfluous-label': {
    name: 'Label on a joining element',
    description: 'An element that only joins the flow carries a label that reads like a decision.',
    fixHint: 'Remove the label from the joining gateway or event.',
  },
  'superfluous-termination': {
    name: 'Superfluous terminate end event',
    description: 'A terminate end event is used where a plain end event would end the process the same way.',
    fixHint: 'Use a plain end event.',
  },
};

const severityOf: Record<string, ProblemSeverity> = { error: 'error', warn: 'warning', info: 'info' };

export const bpmnlintValidationRules: readonly ValidationRule[] = RECOMMENDED_BPMNLINT_RULES.map((rule) => {
  const text = TEXT[rule.name] ?? { name: rule.name, description: `bpmnlint rule ${rule.name}.`, fixHint: 'See the rule\'s documentation.' };
  return {
    id: bpmnlintRuleId(rule.name),
    name: text.name,
    defaultSeverity: severityOf[rule.severity] ?? 'warning',
    description: text.description,
    fixHint: text.fixHint,
    helpUri: `https://github.com/bpmn-io/bpmnlint/blob/main/docs/rules/${rule.name}.md`,
  };
});
