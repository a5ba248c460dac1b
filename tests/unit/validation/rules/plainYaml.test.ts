// The quick YAML reader must give exactly what the yaml library gives, or step aside: every
// value it returns is compared with parseDocument(text).toJS() (the contracts loader's reading),
// on the generated benchmark contracts, the sample's and the conformance files, on documents the
// library writes from random values, and on random edits of those (where it must notice errors).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { generateProject } from '../../../../bench/generate';
import { parsePlainYaml } from '../../../../models/validation/plainYaml';

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** The library's reading as the contracts loader asks for it; undefined when it reports an error. */
function libraryValue(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true, strict: false });
  if (doc.errors.length > 0) return undefined;
  try {
    return { value: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return undefined;
  }
}

/** How many texts the quick reader read (the properties must not pass by always stepping aside). */
let accepted = 0;

/** The property: a value returned is the library's value (and the library found no error). */
function agrees(text: string): boolean {
  const quick = parsePlainYaml(text);
  if (quick === undefined) return true;
  const library = libraryValue(text);
  expect(library, text).toEqual(quick);
  // toEqual treats -0 and 0 alike, and ignores key order: compare exactly too.
  expect(isDeepStrictEqual(quick.value, library!.value), text).toBe(true);
  expect(JSON.stringify(quick.value), text).toBe(JSON.stringify(library!.value));
  accepted += 1;
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(name) ? [file] : [];
  });
}

describe('parsePlainYaml', () => {
  it('reads the generated benchmark contracts as the yaml library does', () => {
    const contracts = generateProject('M').apiContracts.filter((contract) => contract.format === 'yaml');
    expect(contracts.length).toBeGreaterThan(0);
    for (const contract of contracts) {
      expect(parsePlainYaml(contract.source), contract.id).toEqual(libraryValue(contract.source));
    }
  });

  it('agrees with the library on the sample and the conformance YAML files, reading most of the DCI contracts', () => {
    const files = [...yamlFiles(path.join(repoRoot, 'assets', 'sample', 'src')), ...yamlFiles(path.resolve(repoRoot, '..', 'shared', 'conformance'))];
    expect(files.length).toBeGreaterThan(20);
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      agrees(text);
      if (parsePlainYaml(text) !== undefined) read += 1;
    }
    expect(read).toBeGreaterThan(files.length / 2);
  });

  it('reads the subset: block and flow collections, quoted and block scalars, core-schema plain scalars', () => {
    const text = [
      '# comment',
      '---',
      'openapi: 3.1.0',
      "title: 'It''s' # trailing comment",
      'escaped: "a\\tb\\u00e9\\x41"',
      'numbers: [1, -2, 0o17, 0x1F, 1.5, 2e3, .inf, -.Inf, .nan]',
      'words: [true, False, null, ~, yes, no, 1.0.0]',
      '"quoted key": { type: string, enum: [a, "b"] }',
      '200: ok',
      'tags:',
      '- search',
      '- name: notify',
      '  description: |',
      '    line one',
      '',
      '    line three',
      '  folded: >-',
      '    one',
      '    two',
      'empty:',
      'nested:',
      '  - - x',
    ].join('\n');
    // The last entry (a sequence directly inside a sequence entry) is outside the subset.
    expect(parsePlainYaml(text)).toBeUndefined();
    const inside = text.replace('  - - x', '  - x');
    const read = parsePlainYaml(inside);
    expect(read).toEqual(libraryValue(inside));
    expect(read?.value).toMatchObject({ openapi: '3.1.0', title: "It's", 200: 'ok', empty: null, tags: ['search', { name: 'notify', description: 'line one\n\nline three\n', folded: 'one two' }] });
  });

  it('steps aside for what it does not read', () => {
    for (const text of ['a: &x 1\nb: *x', 'a: !!str 1', 'a: b\n  c', 'a: "b\n  c"', 'a:\tb', 'a: 1\n---\nb: 2', '? a\n: b', 'a: { b }', 'a: [b,]', '<<: { a: 1 }', '__proto__: 1', 'a: b: c', 'plain scalar']) {
      expect(parsePlainYaml(text), text).toBeUndefined();
    }
  });

  const scalar = fc.oneof(
    fc.string(),
    fc.constantFrom('', ' ', 'null', 'True', 'yes', '0o7', '0x1f', '-0', '1e3', '.5', '1.', '- a', 'a: b', 'a #b', '#x', "it's", 'say "hi"', 'multi\nline', 'trail \n', '\n\nlead', 'tab\there', '…ü'),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );
  const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('$ref', 'type', '200', 'true', 'null', 'a b', '- x', 'x: y', '#'));
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
  })).node;
  const options = fc.record({
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
    flowCollectionPadding: fc.boolean(),
  }) as fc.Arbitrary<Parameters<typeof stringify>[2] & object>;

  it('agrees with the library on documents it writes', () => {
    accepted = 0;
    fc.assert(fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), options, (document, format) => agrees(stringify(document, format))), { numRuns: 400 });
    expect(accepted).toBeGreaterThan(100);
  });

  it('agrees with the library on random edits of those documents (errors included)', () => {
    accepted = 0;
    const edit = fc.tuple(fc.nat(), fc.constantFrom('', ' ', '  ', '\n', '-', '- ', ':', ': ', '#', ' #', "'", '"', '[', ']', '{', '}', ',', '|', '>', '&', '*', '!', '\\', 'a', '1', '---'));
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 }), options, fc.array(edit, { minLength: 1, maxLength: 3 }), fc.boolean(), (document, format, edits, remove) => {
        let text = stringify(document, format);
        for (const [at, insert] of edits) {
          const i = at % (text.length + 1);
          text = remove ? text.slice(0, i) + insert + text.slice(i + 1) : text.slice(0, i) + insert + text.slice(i);
        }
        return agrees(text);
      }),
      { numRuns: 1500 },
    );
    expect(accepted).toBeGreaterThan(150);
  });
});
