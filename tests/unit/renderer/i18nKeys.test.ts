// Every translation key written in the renderer's sources must exist in the English resources,
// so a missing string fails the build instead of showing "shell:menu.flie" to a user.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishMessages } from '../../../renderer/i18n/resources';
import { MAIN_VIEWS } from '../../../renderer/store/views';

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const rendererRoot = path.join(repoRoot, 'renderer');
const english = englishMessages();
const namespaces = Object.keys(english);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'locales' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts') ? [full] : [];
  });
}

/** A key exists as written or as the plural forms i18next looks up (key_one, key_other...). */
function hasKey(namespace: string, key: string): boolean {
  let node: unknown = english[namespace];
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  for (const part of parts) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node !== 'object' || node === null) return false;
  const leaves = node as Record<string, unknown>;
  if (typeof leaves[last] === 'string') return true;
  return ['zero', 'one', 'two', 'few', 'many', 'other'].some((form) => typeof leaves[`${last}_${form}`] === 'string');
}

/** Namespaces an unprefixed key may come from: the file's useTranslation(...) or its feature's locale files. */
function namespacesFor(file: string, source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(/useTranslation\(\s*(?:\[\s*)?['"]([\w-]+)['"]/g)) if (match[1]) found.add(match[1]);
  if (/useTranslation\(\s*\)/.test(source)) found.add('common');
  if (found.size > 0) return [...found];
  let dir = path.dirname(file);
  while (dir.startsWith(rendererRoot)) {
    const localeDir = path.join(dir, 'locales', 'en');
    try {
      const files = readdirSync(localeDir).filter((name) => name.endsWith('.json'));
      if (files.length > 0) return files.map((name) => name.replace(/\.json$/, ''));
    } catch {
      // no locale folder at this level
    }
    dir = path.dirname(dir);
  }
  return ['common'];
}

interface KeyUse {
  file: string;
  key: string;
  namespaces: string[];
}

function keyUses(): KeyUse[] {
  const uses: KeyUse[] = [];
  const prefixed = new RegExp(`['"\`](${namespaces.join('|')}):([\\w.-]+)['"\`]`, 'g');
  const calls = /(?<![\w$])(?:t|i18next\.t|translate)\(\s*['"]([^'"$]+)['"]/g;
  const transKeys = /i18nKey=["']([^"']+)["']/g;
  for (const file of sourceFiles(rendererRoot)) {
    const source = readFileSync(file, 'utf8');
    const relative = path.relative(repoRoot, file);
    for (const match of source.matchAll(prefixed)) {
      if (match[1] && match[2]) uses.push({ file: relative, key: match[2], namespaces: [match[1]] });
    }
    const fileNamespaces = namespacesFor(file, source);
    for (const pattern of [calls, transKeys]) {
      for (const match of source.matchAll(pattern)) {
        const key = match[1];
        if (!key || key.includes(':')) continue;
        uses.push({ file: relative, key, namespaces: fileNamespaces });
      }
    }
  }
  return uses;
}

describe('renderer translations', () => {
  it('find the key uses they check', () => {
    const uses = keyUses();
    expect(uses.some((use) => use.key === 'menu.file' && use.namespaces.includes('shell'))).toBe(true);
    expect(uses.length).toBeGreaterThan(50);
  });

  it('define every key used in the sources', () => {
    const missing = keyUses()
      .filter((use) => !use.namespaces.some((namespace) => hasKey(namespace, use.key)))
      .map((use) => `${use.file}: ${use.namespaces.join('|')}:${use.key}`);
    expect(missing).toEqual([]);
  });

  it('define the keys built at run time', () => {
    for (const view of MAIN_VIEWS) expect(hasKey('shell', `view.${view}`), view).toBe(true);
    const hostErrorCodes = ['not-found', 'permission-denied', 'disk-full', 'too-large', 'io', 'invalid-argument', 'cancelled', 'unavailable'];
    for (const code of hostErrorCodes) expect(hasKey('shell', `hostError.${code}`), code).toBe(true);
  });

  it('register the catalogue as its own namespace', () => {
    expect(hasKey('catalog', 'componentType.social_registry')).toBe(true);
    expect(hasKey('catalog', 'sensitivity.sensitive')).toBe(true);
    expect(hasKey('catalog', 'componentType.no_such_type')).toBe(false);
  });

  it('detect a missing key (the check itself can fail)', () => {
    expect(hasKey('shell', 'menu.flie')).toBe(false);
    expect(hasKey('shell', 'status.errors')).toBe(true);
  });
});
