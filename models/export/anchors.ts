// Stable, collision-free fragment ids and file names from entity ids. Ids are usually slugs, but
// a hand-edited file may hold any text: every character outside [A-Za-z0-9-] is spelled as _hex_,
// so two different ids never share an anchor and nothing user-typed reaches an attribute raw.

export function safeIdPart(id: string): string {
  let out = '';
  for (const ch of id) {
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `_${ch.codePointAt(0)!.toString(16)}_`;
  }
  return out || '_';
}

export function anchorOf(prefix: string, id: string): string {
  return `${prefix}-${safeIdPart(id)}`;
}

/** A file name from an id and a suffix ("intake-registration" + ".bpmn"). */
export function fileNameOf(id: string, suffix: string): string {
  return `${safeIdPart(id)}${suffix}`;
}
