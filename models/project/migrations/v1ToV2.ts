// Schema 2 adds two optional fields to API contracts: `apiContracts[].mappings` (schema
// properties of an operation's request or response mapped to data elements) and
// `apiContracts[].files` (the other files of a folder import that the contract's relative
// `$ref`s reach, kept verbatim). Both are optional (absent = none), so every
// schema 1 document is a valid schema 2 document once its version says so; the step exists so
// that an app that knows only schema 1 refuses files that may hold mappings instead of
// rejecting them with a confusing "unknown key" message.

import type { MigrationStep } from './types';

export const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  summary: 'API contracts can map schema properties to data elements (apiContracts[].mappings) and keep the files their references reach (apiContracts[].files).',
  migrate(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    // A shallow copy is enough: nothing below the top level changes and the input stays untouched.
    return { ...(raw as Record<string, unknown>), schemaVersion: 2 };
  },
};
