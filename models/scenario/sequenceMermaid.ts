// The sequence diagram as Mermaid `sequenceDiagram` text, for Markdown that GitHub and GitLab
// render. Participants get generated aliases (p1, p2…) so user names never become syntax, and
// every label is reduced to one line in which the characters Mermaid gives meaning to are
// written as its entity codes (`#59;` for `;`): user text cannot end a statement, start a
// comment, open a new arrow or inject HTML.

import type { SequenceDiagram, SequenceMessage } from './sequence';

/** Characters written as Mermaid entity codes (`#<decimal>;`) wherever user text appears. */
const ENCODED = new Set([';', '#', '%', '<', '>', '&', '"', "'", '`', '{', '}', '[', ']', '|', '\\']);

/** `text` as one line of Mermaid label text. */
export function escapeMermaidText(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')) {
    const code = ch.codePointAt(0)!;
    // Control characters are dropped; they have no business in a label.
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    out += ENCODED.has(ch) ? `#${code};` : ch;
  }
  // A label that is empty or only spaces would leave a dangling colon.
  return out.trim() === '' ? '#160;' : out.trim();
}

function arrow(message: SequenceMessage): string {
  // Mermaid: ->> solid with arrowhead, -->> dashed with arrowhead, -) solid async (open) arrow.
  if (message.dashed) return '-->>';
  if (message.kind === 'callback' || message.kind === 'notify') return '-)';
  return '->>';
}

/** The diagram as Mermaid text (no code fence around it). */
export function renderSequenceMermaid(diagram: SequenceDiagram): string {
  const alias = new Map(diagram.participants.map((p, index) => [p.id, `p${index + 1}`]));
  const lines: string[] = ['sequenceDiagram'];
  if (diagram.title.trim() !== '') lines.push(`  title ${escapeMermaidText(diagram.title)}`);
  for (const participant of diagram.participants) {
    lines.push(`  participant ${alias.get(participant.id)!} as ${escapeMermaidText(participant.name)}`);
  }
  const first = diagram.participants[0];
  const last = diagram.participants[diagram.participants.length - 1];
  for (const step of diagram.steps) {
    if (first && last) {
      const span = first === last ? alias.get(first.id)! : `${alias.get(first.id)!},${alias.get(last.id)!}`;
      lines.push(`  Note over ${span}: ${escapeMermaidText(`${step.number}. ${step.title}`)}`);
    }
    for (const index of step.messageIndices) {
      const message = diagram.messages[index]!;
      const text = message.detail ? `${message.label} (${message.detail})` : message.label;
      lines.push(`  ${alias.get(message.from)!}${arrow(message)}${alias.get(message.to)!}: ${escapeMermaidText(text)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
