import * as nodeFs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => ({
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
}));

vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => fakes.handlers.set(scheme, handler),
    registerSchemesAsPrivileged: (schemes: unknown[]) => fakes.privileged.push(...schemes),
  },
}));

const { registerAppScheme, serveAppFiles } = await import('../../../electron/protocol/register');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/security/csp');

let root: string;

beforeAll(async () => {
  root = await nodeFs.mkdtemp(path.join(os.tmpdir(), 'cs-protocol-'));
  await nodeFs.mkdir(path.join(root, 'dist', 'assets'), { recursive: true });
  await nodeFs.writeFile(path.join(root, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  await nodeFs.writeFile(path.join(root, 'dist', 'assets', 'main.js'), 'console.log(1)');
  await nodeFs.writeFile(path.join(root, 'secret.txt'), 'secret');
  serveAppFiles(path.join(root, 'dist'));
});

afterAll(async () => {
  await nodeFs.rm(root, { recursive: true, force: true });
});

function fetchApp(url: string, method = 'GET'): Promise<Response> {
  const handler = fakes.handlers.get('app');
  if (!handler) throw new Error('app protocol not registered');
  return handler({ url, method } as Request);
}

describe('app protocol', () => {
  it('registers app: as a secure standard scheme', () => {
    registerAppScheme();
    expect(fakes.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });

  it('serves the built files with their type and the security headers', async () => {
    const page = await fetchApp('app://convergence/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>app</title>');
    const script = await fetchApp('app://convergence/assets/main.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetchApp('app://convergence/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetchApp('app://convergence/index.html', 'POST')).status).toBe(405);
  });

  it('never serves files outside the build folder', async () => {
    for (const url of ['app://convergence/..%2fsecret.txt', 'app://convergence/assets/..%2F..%2Fsecret.txt', 'app://other/index.html']) {
      const response = await fetchApp(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('serves the app shell for client routes but 404 for missing assets', async () => {
    const route = await fetchApp('app://convergence/landscape');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>app</title>');
    expect((await fetchApp('app://convergence/assets/missing.js')).status).toBe(404);
  });
});
