// A static file server for end-to-end pages: serves only the given folders of the repository, with
// the strict Content-Security-Policy a portal would send on every response.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** A running server: its origin and a close function. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `folders` (relative to the repository root) on a free localhost port under `policy`. */
export async function startStaticServer(folders: string[], policy = STRICT_CSP): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = join(repoRoot, path.endsWith('/') ? `${path}index.html` : path);
    const allowed = folders.some((folder) => file.startsWith(join(repoRoot, folder)));
    try {
      if (!allowed) throw new Error('not served');
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': policy,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-security-policy': policy }).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
