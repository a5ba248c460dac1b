// The app:// protocol serves the built renderer (dist/) to our windows. A privileged standard
// scheme gives the pages a real origin, so 'self' in the CSP, ES modules and module workers work,
// which they do not from file://. This part maps URLs to files and is unit-tested.
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'convergence';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bpmn': 'application/xml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.convergence': 'application/json; charset=utf-8',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` that an app:// URL names, or null for anything outside it or malformed. */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return null;
  const resolvedRoot = path.resolve(root);
  const filePath = path.join(resolvedRoot, ...segments);
  const inside = path.relative(resolvedRoot, filePath);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return filePath;
}
