import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, contentTypeFor, resolveAppFile } from '../../../electron/protocol/appFiles';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp';

const root = path.resolve('/opt/app/dist');

describe('resolveAppFile', () => {
  it('maps app URLs to files under the root', () => {
    expect(resolveAppFile(root, APP_ENTRY_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://convergence/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://convergence/assets/index-abc.js?v=1#x')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://convergence/assets/my%20font.woff2')).toBe(path.join(root, 'assets', 'my font.woff2'));
  });

  it('refuses other hosts, schemes and every way out of the root', () => {
    for (const url of [
      'app://other/index.html',
      'file:///etc/passwd',
      'https://convergence/index.html',
      'app://convergence/..%2f..%2fetc/passwd',
      'app://convergence/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://convergence/a%5c..%5c..%5cwin.ini',
      'app://convergence/a%00.js',
      'app://convergence/%E0%A4%A',
      'app://convergence/assets//x.js',
      'not a url',
    ]) {
      expect(resolveAppFile(root, url)).toBeNull();
    }
  });

  it('lets the URL parser fold encoded dot segments, staying at the root', () => {
    expect(resolveAppFile(root, 'app://convergence/%2e%2e/%2e%2e/secret')).toBe(path.join(root, 'secret'));
  });

  it('never resolves outside the root for any path', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (tail) => {
        const resolved = resolveAppFile(root, `app://convergence/${tail}`);
        if (resolved === null) return;
        const relative = path.relative(root, resolved);
        expect(relative.startsWith('..') || path.isAbsolute(relative) || relative === '').toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('names content types for the files Vite emits', () => {
    expect(contentTypeFor('x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('content security policy', () => {
  it('allows scripts only from the app and forbids framing, forms and plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
  });
});
