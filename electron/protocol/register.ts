// Registers the app:// protocol (see appFiles.ts) and serves the built renderer with the
// security headers on every response.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from '../security/csp';
import { APP_SCHEME, contentTypeFor, resolveAppFile } from './appFiles';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

async function fileResponse(filePath: string, headOnly: boolean): Promise<Response> {
  const body = await readFile(filePath);
  return new Response(headOnly ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(filePath), 'Cache-Control': 'no-cache' },
  });
}

/** Serves files from `root` (the Vite output folder). Must run after the app is ready. */
export function serveAppFiles(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const filePath = resolveAppFile(root, request.url);
    if (filePath === null) return textResponse(404, 'Not found');
    const headOnly = request.method === 'HEAD';
    try {
      return await fileResponse(filePath, headOnly);
    } catch {
      // A client-side route (no extension) reloads as the app shell; a missing asset is a 404.
      if (path.extname(filePath) === '') {
        try {
          return await fileResponse(path.join(root, 'index.html'), headOnly);
        } catch {
          return textResponse(404, 'Not found');
        }
      }
      return textResponse(404, 'Not found');
    }
  });
}
