// Validation results as SARIF 2.1.0, the format code-scanning services (e.g. GitHub) read. Every
// rule the validator knows is described in tool.driver.rules (name, description, fix hint as
// `help`, default level, documentation link); each result points at the project file and, as a
// logical location, at the JSON path of the offending value.

import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Problem, ProblemSeverity, ValidationRule } from '../../models/validation';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<ProblemSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path stays relative (with forward slashes); an absolute one becomes a file: URL. */
export function artifactUri(fileArg: string): string {
  if (path.isAbsolute(fileArg)) return pathToFileURL(fileArg).href;
  return fileArg.split(path.sep).join('/').split('/').map(encodeURIComponent).join('/');
}

/** "Broken reference" → "BrokenReference": SARIF wants rule names as identifiers. */
const identifierName = (name: string): string =>
  name.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ?? '').toUpperCase()).replace(/^(.)/, (first: string) => first.toUpperCase());

function describeRule(rule: ValidationRule): object {
  return {
    id: rule.id,
    name: identifierName(rule.name),
    shortDescription: { text: rule.name },
    fullDescription: { text: rule.description },
    help: { text: rule.fixHint },
    ...(rule.helpUri === undefined ? {} : { helpUri: rule.helpUri }),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

export function toSarif(options: {
  fileArg: string;
  problems: readonly Problem[];
  rules: readonly ValidationRule[];
  toolVersion: string;
}): object {
  const rules = [...options.rules];
  for (const problem of options.problems) {
    // A rule id no list knows still gets a descriptor, so ruleIndex always points somewhere.
    if (!rules.some((rule) => rule.id === problem.ruleId)) {
      rules.push({ id: problem.ruleId, name: problem.ruleId, defaultSeverity: problem.severity, description: problem.ruleId, fixHint: problem.ruleId });
    }
  }
  const indexOf = new Map(rules.map((rule, index) => [rule.id, index]));
  const uri = artifactUri(options.fileArg);
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Convergence Studio',
            version: options.toolVersion,
            rules: rules.map(describeRule),
          },
        },
        artifacts: [{ location: { uri } }],
        results: options.problems.map((problem) => ({
          ruleId: problem.ruleId,
          ruleIndex: indexOf.get(problem.ruleId),
          level: LEVEL[problem.severity],
          message: { text: problem.message },
          locations: [
            {
              physicalLocation: { artifactLocation: { uri, index: 0 } },
              logicalLocations: [{ fullyQualifiedName: problem.path, kind: 'member' }],
            },
          ],
        })),
      },
    ],
  };
}
