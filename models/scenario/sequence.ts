// A scenario as a sequence of messages between components, the model behind the sequence
// diagram (SVG and Mermaid). Each interaction of a step becomes the messages its pattern implies:
// a synchronous call its request and response, an asynchronous one its request, the immediate
// acknowledgement and the later callback, a subscription the subscription and the notification,
// a batch file exchange one file transfer.

import { getInteractionPattern, type InteractionTiming } from '../catalog';
import type { Interaction, Project, Scenario } from '../project/types';
import { byId } from './lookup';

export type SequenceMessageKind = 'request' | 'response' | 'ack' | 'callback' | 'subscribe' | 'notify' | 'file';

export interface SequenceParticipant {
  /** The component id. */
  id: string;
  name: string;
  /** The id is not a component of the project (a broken reference); drawn all the same. */
  missing: boolean;
}

export interface SequenceMessage {
  kind: SequenceMessageKind;
  /** Component ids. */
  from: string;
  to: string;
  /** The text on the arrow. */
  label: string;
  /** Second line under the label, e.g. "POST /registry/search"; empty when there is none. */
  detail: string;
  /** Drawn dashed: responses and acknowledgements. */
  dashed: boolean;
  stepId: string;
  /** 1-based position of the step in the scenario. */
  stepNumber: number;
  interactionId: string;
  timing: InteractionTiming;
}

export interface SequenceStep {
  id: string;
  number: number;
  title: string;
  /** Indices into `messages` of this step's messages, in order (may be empty). */
  messageIndices: number[];
}

export interface SequenceDiagram {
  title: string;
  participants: SequenceParticipant[];
  messages: SequenceMessage[];
  steps: SequenceStep[];
}

/** The words the diagram adds to the user's names; English by default, the UI passes its own. */
export interface SequenceText {
  response: string;
  ack: string;
  callback: string;
  notification: string;
  file: string;
}

export const DEFAULT_SEQUENCE_TEXT: SequenceText = {
  response: 'Response',
  ack: 'ACK / NACK',
  callback: 'Callback',
  notification: 'Notification',
  file: 'File transfer',
};

type Shape = 'sync' | 'async' | 'subscription' | 'notification' | 'file' | 'oneWay';

/** How an interaction appears in the diagram, from its pattern (catalogue timing) and kind. */
export function messageShape(interaction: Interaction): Shape {
  const pattern = interaction.pattern;
  if (pattern === 'batch_file_exchange' || pattern === 'data_replication') return 'file';
  if (pattern === 'async_request_callback') return 'async';
  const timing = getInteractionPattern(pattern)?.timing ?? 'sync';
  if (timing === 'event') return interaction.operationKind === 'notify' ? 'notification' : 'subscription';
  if (timing === 'manual') return 'oneWay';
  if (timing === 'async') return 'async';
  return 'sync';
}

function operationText(interaction: Interaction): string {
  const op = interaction.apiOperation;
  if (!op) return '';
  if (op.method && op.path) return `${op.method.toUpperCase()} ${op.path}`;
  return op.path ?? op.operationId ?? '';
}

/**
 * The sequence of a scenario. When an asynchronous request or a subscription is referenced by
 * several steps (the request in one, "results received" in a later one), the request and its
 * acknowledgement are drawn in the first of them and the callback or notification in the last,
 * which is when it happens. A synchronous call named by consecutive steps is drawn once, its
 * request in the first and its response in the last of them.
 */
export function buildSequence(project: Project, scenario: Scenario, text: Partial<SequenceText> = {}): SequenceDiagram {
  const words: SequenceText = { ...DEFAULT_SEQUENCE_TEXT, ...text };
  const components = byId(project.components);
  const interactions = byId(project.interactions);
  const participants: SequenceParticipant[] = [];
  const seen = new Set<string>();
  const participate = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const component = components.get(id);
    participants.push({ id, name: component?.name ?? id, missing: component === undefined });
  };

  // Where each interaction is referenced first and last, and the explicit notifications the
  // scenario already contains (so a subscription does not draw a second one).
  const firstStep = new Map<string, number>();
  const lastStep = new Map<string, number>();
  const explicitNotifications = new Set<string>();
  scenario.steps.forEach((step, index) => {
    for (const id of step.interactionIds) {
      if (!firstStep.has(id)) firstStep.set(id, index);
      lastStep.set(id, index);
      const interaction = interactions.get(id);
      if (interaction && messageShape(interaction) === 'notification') explicitNotifications.add(`${interaction.from}>${interaction.to}`);
    }
  });

  const messages: SequenceMessage[] = [];
  const steps: SequenceStep[] = [];
  scenario.steps.forEach((step, index) => {
    const number = index + 1;
    const messageIndices: number[] = [];
    const seenInStep = new Set<string>();
    for (const id of step.interactionIds) {
      const interaction = interactions.get(id);
      if (!interaction || seenInStep.has(id)) continue;
      seenInStep.add(id);
      participate(interaction.from);
      participate(interaction.to);
      const timing = getInteractionPattern(interaction.pattern)?.timing ?? 'sync';
      const push = (kind: SequenceMessageKind, forward: boolean, label: string, detail: string, dashed: boolean) => {
        messageIndices.push(messages.length);
        messages.push({
          kind,
          from: forward ? interaction.from : interaction.to,
          to: forward ? interaction.to : interaction.from,
          label,
          detail,
          dashed,
          stepId: step.id,
          stepNumber: number,
          interactionId: interaction.id,
          timing,
        });
      };
      const op = operationText(interaction);
      const isFirst = firstStep.get(id) === index;
      const isLast = lastStep.get(id) === index;
      switch (messageShape(interaction)) {
        case 'sync': {
          // A call named by consecutive steps (the request task, then the provider's "return"
          // task) is one exchange: the request in the first of them, the response in the last.
          const previous = index > 0 && scenario.steps[index - 1]!.interactionIds.includes(id);
          const next = index + 1 < scenario.steps.length && scenario.steps[index + 1]!.interactionIds.includes(id);
          if (!previous) push('request', true, interaction.name, op, false);
          if (!next) push('response', false, words.response, '', true);
          break;
        }
        case 'async':
          if (isFirst) {
            push('request', true, interaction.name, op, false);
            push('ack', false, words.ack, '', true);
          }
          if (isLast) push('callback', false, `${words.callback}: ${interaction.name}`, '', false);
          break;
        case 'subscription':
          if (isFirst) {
            push('subscribe', true, interaction.name, op, false);
            push('ack', false, words.ack, '', true);
          }
          if (isLast && !explicitNotifications.has(`${interaction.to}>${interaction.from}`)) {
            push('notify', false, words.notification, '', false);
          }
          break;
        case 'notification':
          push('notify', true, `${words.notification}: ${interaction.name}`, op, false);
          break;
        case 'file':
          push('file', true, `${words.file}: ${interaction.name}`, op, false);
          break;
        case 'oneWay':
          push('request', true, interaction.name, op, false);
          break;
      }
    }
    steps.push({ id: step.id, number, title: step.title, messageIndices });
  });

  return { title: scenario.title, participants, messages, steps };
}
