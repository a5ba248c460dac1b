/**
 * Editors that keep their own model (bpmn-js) write it back to the document after a pause in
 * typing or dragging. Anything that reads the whole document — save, the unsaved-changes
 * question, closing — first asks every open editor to write what it still holds, so a save from
 * the native menu a moment after an edit still contains that edit.
 */
type Flush = () => Promise<void>;

const flushes = new Set<Flush>();

/** Registers an editor's flush; returns the function that unregisters it. */
export function registerPendingEdits(flush: Flush): () => void {
  flushes.add(flush);
  return () => {
    flushes.delete(flush);
  };
}

/** Resolves once every open editor has written its pending changes to the document. */
export async function flushPendingEdits(): Promise<void> {
  await Promise.all([...flushes].map((flush) => flush().catch(() => undefined)));
}
