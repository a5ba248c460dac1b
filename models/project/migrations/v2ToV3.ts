// Schema 3 adds data-protection facts the record of processing needs: `interactions[].retention`
// (how long the receiving side keeps the data), `interactions[].crossBorder`, and
// `components[].sector` (public body, private or non-profit; absent = the component type's
// default). All are optional, so every schema 2 document is a valid schema 3 document once its
// version says so; the step exists so that an app that knows only schema 2 refuses newer files
// with a clear "newer schema" message instead of an "unknown key" error.

import type { MigrationStep } from './types';

export const v2ToV3: MigrationStep = {
  from: 2,
  to: 3,
  summary: 'Interactions record retention and cross-border transfer; components record their sector (public, private, non-profit).',
  migrate(raw) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
    return { ...(raw as Record<string, unknown>), schemaVersion: 3 };
  },
};
