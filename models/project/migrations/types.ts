/** One step of the migration chain: turns a document of schema `from` into schema `to`. */
export interface MigrationStep {
  from: number;
  to: number;
  /** What changed, for the record and for the message shown after a migration. */
  summary: string;
  /** Must be pure: builds a new document and never changes `raw`. */
  migrate(raw: unknown): unknown;
}
