import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PROJECT_TEXT } from '../../../electron/ipc/limits';
import {
  AllowedPaths,
  exportPathSegments,
  isTrustedSender,
  requireAbsolutePath,
  requireAccelerator,
  requireCloseAnswer,
  requireExportFiles,
  requireExternalUrl,
  requireImportKind,
  requireMenuModel,
  requireProjectText,
  requireRecoveryId,
  requireRecoveryInput,
  requireSuggestedName,
  requireTitle,
  resolveExportPath,
} from '../../../electron/ipc/validate';
import { APP_ORIGIN } from '../../../electron/protocol/appFiles';

function invalid(run: () => unknown): void {
  expect(run).toThrow(expect.objectContaining({ code: 'invalid-argument' }));
}

const home = path.resolve('/home/ana/projects');
const projectPath = path.join(home, 'child.convergence');

describe('scalar arguments', () => {
  it('refuses wrong types', () => {
    for (const value of [undefined, null, 1, true, {}, [], Symbol.iterator]) {
      invalid(() => requireProjectText(value));
      invalid(() => requireTitle(value));
      invalid(() => requireImportKind(value));
      invalid(() => requireRecoveryId(value));
      invalid(() => requireExternalUrl(value));
    }
  });

  it('refuses huge strings', () => {
    invalid(() => requireProjectText('x'.repeat(MAX_PROJECT_TEXT + 1)));
    invalid(() => requireTitle('t'.repeat(5000)));
    invalid(() => requireSuggestedName('n'.repeat(300)));
    expect(requireProjectText('{"ok":true}')).toBe('{"ok":true}');
  });

  it('removes control characters from titles', () => {
    expect(requireTitle('a\nb\u0007c')).toBe('a b c');
  });

  it('accepts only known import kinds', () => {
    expect(requireImportKind('xlsx')).toBe('xlsx');
    invalid(() => requireImportKind('exe'));
    invalid(() => requireImportKind('XLSX'));
  });

  it('accepts only simple recovery ids', () => {
    expect(requireRecoveryId('w-1_abc')).toBe('w-1_abc');
    for (const bad of ['', '../x', 'a/b', 'a b', 'x'.repeat(65), 'a.json']) invalid(() => requireRecoveryId(bad));
  });

  it('refuses suggested names that hold folders', () => {
    expect(requireSuggestedName(' child.convergence ')).toBe('child.convergence');
    for (const bad of ['../x.convergence', 'a/b', 'a\\b', '..', 'a\u0000b']) invalid(() => requireSuggestedName(bad));
  });
});

describe('file handles', () => {
  it('accepts only absolute normalised paths', () => {
    expect(requireAbsolutePath(projectPath)).toBe(projectPath);
    for (const bad of [
      'child.convergence',
      './child.convergence',
      `${home}/../etc/passwd`,
      `${home}/./child.convergence`,
      `${home}//child.convergence`,
      `${projectPath}\u0000.txt`,
      '',
    ]) {
      invalid(() => requireAbsolutePath(bad));
    }
  });

  it('checks Windows paths with Windows rules', () => {
    expect(requireAbsolutePath('C:\\Users\\ana\\x.convergence', 'File', path.win32)).toBe('C:\\Users\\ana\\x.convergence');
    invalid(() => requireAbsolutePath('C:\\Users\\ana\\..\\bob\\x.convergence', 'File', path.win32));
    invalid(() => requireAbsolutePath('C:/Users/ana/x.convergence', 'File', path.win32));
    invalid(() => requireAbsolutePath('x.convergence', 'File', path.win32));
  });

  it('lets through only handles the host handed out', () => {
    const allowed = new AllowedPaths(false);
    expect(() => allowed.require(projectPath)).toThrow(expect.objectContaining({ code: 'permission-denied' }));
    allowed.allow(projectPath);
    expect(allowed.require(projectPath)).toBe(projectPath);
    expect(() => allowed.require(path.join(home, 'other.convergence'))).toThrow(
      expect.objectContaining({ code: 'permission-denied' }),
    );
    invalid(() => allowed.require(`${home}/sub/../child.convergence`));
    allowed.revoke(projectPath);
    expect(allowed.has(projectPath)).toBe(false);
  });

  it('compares case-insensitively where the file system does', () => {
    const allowed = new AllowedPaths(true, path.win32);
    allowed.allow('C:\\Users\\Ana\\Child.convergence');
    expect(allowed.require('c:\\users\\ana\\child.convergence')).toBe('c:\\users\\ana\\child.convergence');
    const strict = new AllowedPaths(false);
    strict.allow(projectPath);
    expect(strict.has(projectPath.toUpperCase())).toBe(false);
  });

  it('never allows a path that was not added, whatever the input', () => {
    const allowed = new AllowedPaths(false);
    allowed.allow(projectPath);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (candidate) => {
        fc.pre(candidate !== projectPath);
        expect(() => allowed.require(candidate)).toThrow();
      }),
    );
  });
});

describe('recovery entries', () => {
  const allowed = new AllowedPaths(false);
  allowed.allow(projectPath);

  it('accepts a well-formed entry', () => {
    expect(
      requireRecoveryInput({ id: 's1', projectName: 'Child Grant', fileName: 'child.convergence', handle: projectPath, text: '{}' }, allowed),
    ).toEqual({ id: 's1', projectName: 'Child Grant', fileName: 'child.convergence', handle: projectPath, text: '{}' });
    expect(requireRecoveryInput({ id: 's1', projectName: 'Untitled', text: '{}' }, allowed)).toEqual({
      id: 's1',
      projectName: 'Untitled',
      text: '{}',
    });
  });

  it('refuses unknown handles, extra fields and wrong shapes', () => {
    expect(() =>
      requireRecoveryInput({ id: 's1', projectName: 'x', handle: '/etc/passwd', text: '{}' }, allowed),
    ).toThrow(expect.objectContaining({ code: 'permission-denied' }));
    invalid(() => requireRecoveryInput({ id: 's1', projectName: 'x', text: '{}', savedAt: 'now' }, allowed));
    invalid(() => requireRecoveryInput({ id: '../s1', projectName: 'x', text: '{}' }, allowed));
    invalid(() => requireRecoveryInput({ id: 's1', projectName: 'x', text: 42 }, allowed));
    invalid(() => requireRecoveryInput(['s1'], allowed));
    invalid(() => requireRecoveryInput(new Date(), allowed));
  });
});

describe('external links', () => {
  it('opens https and mailto only', () => {
    expect(requireExternalUrl('https://spdci.org/').href).toBe('https://spdci.org/');
    expect(requireExternalUrl('mailto:team@example.org').protocol).toBe('mailto:');
    for (const bad of [
      'http://example.org',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://convergence/index.html',
      'smb://server/share',
      'ms-settings:',
      'https://user:pw@example.org/',
      'not a url',
      `https://example.org/${'a'.repeat(3000)}`,
    ]) {
      invalid(() => requireExternalUrl(bad));
    }
  });
});

describe('export files', () => {
  it('accepts relative names with text or bytes', () => {
    const files = requireExportFiles([
      { name: 'scenario.html', text: '<p>x</p>', mimeType: 'text/html' },
      { name: 'diagrams/intake.png', bytes: new Uint8Array([1, 2]), mimeType: 'image/png' },
    ]);
    expect(files).toHaveLength(2);
  });

  it('refuses traversal, absolute names and names Windows cannot store', () => {
    for (const name of [
      '../x.html',
      'a/../../x.html',
      '/etc/passwd',
      '\\\\server\\share\\x',
      'C:\\x.html',
      'c:x.html',
      'a//b.html',
      './x.html',
      'a\\..\\..\\x.html',
      'con.txt',
      'x?.html',
      'x.html.',
      'a\u0000b',
      '',
    ]) {
      invalid(() => requireExportFiles([{ name, text: 'x', mimeType: 'text/plain' }]));
    }
  });

  it('refuses duplicates, missing or double content and extra fields', () => {
    invalid(() =>
      requireExportFiles([
        { name: 'a.html', text: '', mimeType: 'text/html' },
        { name: 'A.html', text: '', mimeType: 'text/html' },
      ]),
    );
    invalid(() => requireExportFiles([{ name: 'a.html', mimeType: 'text/html' }]));
    invalid(() => requireExportFiles([{ name: 'a.html', text: 'x', bytes: new Uint8Array(), mimeType: 'text/html' }]));
    invalid(() => requireExportFiles([{ name: 'a.html', bytes: [1, 2], mimeType: 'image/png' }]));
    invalid(() => requireExportFiles([{ name: 'a.html', text: 'x', mimeType: 'text/html', path: '/etc' }]));
    invalid(() => requireExportFiles([]));
    invalid(() => requireExportFiles('a.html'));
  });

  it('keeps every resolved export inside the chosen folder', () => {
    const folder = path.resolve('/tmp/export');
    expect(resolveExportPath(folder, 'diagrams/intake.svg')).toBe(path.join(folder, 'diagrams', 'intake.svg'));
    expect(exportPathSegments('a\\b.svg')).toEqual(['a', 'b.svg']);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        let target: string;
        try {
          target = resolveExportPath(folder, name);
        } catch {
          return;
        }
        const relative = path.relative(folder, target);
        expect(relative.startsWith('..')).toBe(false);
        expect(path.isAbsolute(relative)).toBe(false);
        expect(relative).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('menu model', () => {
  it('accepts a nested menu with accelerators', () => {
    const menu = requireMenuModel({
      items: [
        {
          label: 'File',
          submenu: [
            { command: 'file.new', label: 'New', accelerator: 'CmdOrCtrl+N' },
            { separator: true, label: '' },
            { command: 'file.saveAs', label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', enabled: false },
            { command: 'view.zoomIn', label: 'Zoom in', accelerator: 'CmdOrCtrl+Plus' },
            { command: 'view.zoomIn2', label: 'Zoom in', accelerator: 'CmdOrCtrl+=' },
            { command: 'help', label: 'Help', accelerator: 'F1' },
          ],
        },
      ],
    });
    expect(menu.items[0]?.submenu?.[2]).toEqual({
      command: 'file.saveAs',
      label: 'Save As…',
      accelerator: 'CmdOrCtrl+Shift+S',
      enabled: false,
    });
    expect(menu.items[0]?.submenu?.[1]).toEqual({ label: '', separator: true });
  });

  it('refuses malformed menus', () => {
    invalid(() => requireMenuModel({ items: [{ label: 'x' }] }));
    invalid(() => requireMenuModel({ items: [{ label: 'x', command: 'a', click: 'evil' }] }));
    invalid(() => requireMenuModel({ items: [{ label: 'x', command: 'a', accelerator: 'Ctrl+Shift' }] }));
    invalid(() => requireMenuModel({ items: [{ label: 'x', command: 'a', accelerator: 'Hyper+A' }] }));
    invalid(() => requireMenuModel({ items: [{ label: 'x', command: 'a', enabled: 'yes' }] }));
    invalid(() => requireMenuModel({ items: 'File' }));
    invalid(() => requireMenuModel({ items: [{ label: 'x'.repeat(500), command: 'a' }] }));
    let deep: Record<string, unknown> = { label: 'leaf', command: 'a' };
    for (let i = 0; i < 10; i += 1) deep = { label: `level ${i}`, submenu: [deep] };
    invalid(() => requireMenuModel({ items: [deep] }));
    const many = Array.from({ length: 2500 }, (_, i) => ({ label: `i${i}`, command: `c${i}` }));
    invalid(() => requireMenuModel({ items: many }));
  });

  it('parses accelerators ending in the plus key', () => {
    expect(requireAccelerator('CmdOrCtrl++')).toBe('CmdOrCtrl++');
    invalid(() => requireAccelerator('CmdOrCtrl+Ctrl+Ctrl+A'));
    invalid(() => requireAccelerator(''));
  });
});

describe('close answers', () => {
  it('accepts a request id and a boolean', () => {
    expect(requireCloseAnswer({ requestId: 3, proceed: true })).toEqual({ requestId: 3, proceed: true });
    invalid(() => requireCloseAnswer({ requestId: 0, proceed: true }));
    invalid(() => requireCloseAnswer({ requestId: 1.5, proceed: true }));
    invalid(() => requireCloseAnswer({ requestId: 1, proceed: 'yes' }));
  });
});

describe('sender check', () => {
  const ok = { isMainFrame: true, isOurWindow: true, url: `${APP_ORIGIN}/index.html#/landscape` };

  it('trusts the main frame of our windows on our origin', () => {
    expect(isTrustedSender(ok, APP_ORIGIN)).toBe(true);
  });

  it('refuses foreign URLs, iframes, other windows and gone frames', () => {
    for (const url of [
      'https://evil.example/index.html',
      'file:///home/ana/index.html',
      'app://convergence.evil/index.html',
      'app://evil/index.html',
      'app://user@convergence/index.html',
      'http://convergence/index.html',
      'data:text/html,<script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isTrustedSender({ ...ok, url }, APP_ORIGIN)).toBe(false);
    }
    expect(isTrustedSender({ ...ok, isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...ok, isOurWindow: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...ok, url: null }, APP_ORIGIN)).toBe(false);
  });
});
