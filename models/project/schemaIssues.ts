// Turns zod issues into DocumentIssues with plain-English messages that name the JSON path.

import type { core } from 'zod';
import type { DocumentIssue } from './documentIssue';
import { formatJsonPath } from './jsonPath';

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function quote(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return value.length <= 60 ? `'${value}'` : `'${value.slice(0, 57)}...'`;
}

function translate(issue: core.$ZodIssue): DocumentIssue[] {
  const path = formatJsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return [{ path, message: `Missing required field (expected ${issue.expected})` }];
      return [{ path, message: `Expected ${issue.expected}, received ${describeValue(issue.input)}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatJsonPath([...issue.path, key]),
        message: 'Unknown field: it is not part of a Convergence Studio project (check the spelling)',
      }));
    case 'invalid_value': {
      const expected = issue.values.length === 1 ? quote(issue.values[0]) : `one of ${issue.values.map(quote).join(', ')}`;
      const received = typeof issue.input === 'string' ? quote(issue.input) : describeValue(issue.input);
      return [{ path, message: `Expected ${expected}, received ${received}` }];
    }
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return [{ path, message: 'Must not be empty' }];
      return [{ path, message: issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

export function schemaIssuesToDocumentIssues(issues: readonly core.$ZodIssue[]): DocumentIssue[] {
  return issues.flatMap(translate);
}
