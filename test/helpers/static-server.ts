// A tiny static file server for tests: 127.0.0.1, random port, GET/HEAD only.
//   - directories serve their index.html (a directory URL without a trailing slash
//     is redirected to the slash form, as real static hosts do);
//   - missing files serve <root>/404.html (or opts.notFoundPage, relative to root, e.g.
//     'portal/404.html' for a site deployed under /portal/) with status 404 (plain text if absent);
//   - path traversal (.., encoded or not, NUL bytes, symlinks leaving root) gets 403/404.
// Connections are not kept alive past close(), so the test process can exit.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * Listen on 127.0.0.1 at a free port, track open sockets so close() is immediate, and never let an
 * idle test server hold the event loop open on its own. Shared by every server the tests start.
 */
export async function listenOnLoopback(server: Server): Promise<{ port: number; destroySockets: () => void }> {
  const sockets = new Set<Socket>();
  server.keepAliveTimeout = 1000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  return {
    port: (server.address() as AddressInfo).port,
    destroySockets: () => {
      for (const socket of sockets) socket.destroy();
    },
  };
}

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.xml': 'application/xml',
  '.xsl': 'application/xslt+xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
  '.txt': 'text/plain',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
};

const BINARY_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.zip': 'application/zip',
};

export function contentTypeFor(filePath: string): string {
  const ext = path.extname(filePath).toLowerCase();
  const text = TEXT_TYPES[ext];
  if (text) return `${text}; charset=utf-8`;
  return BINARY_TYPES[ext] ?? 'application/octet-stream';
}

function isInside(root: string, candidate: string): boolean {
  const rel = path.relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function statOrNull(p: string) {
  try {
    return await fsp.stat(p);
  } catch {
    return null;
  }
}

export interface StaticServerOptions {
  /** Page served (status 404) for missing files, relative to root. Default '404.html'. */
  notFoundPage?: string;
}

export async function startStaticServer(root: string, opts: StaticServerOptions = {}): Promise<StaticServer> {
  // Resolve symlinks in root itself (e.g. /tmp -> /private/tmp) so containment checks hold.
  const realRoot = await fsp.realpath(path.resolve(root));

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    type: string,
    body: Buffer | string,
    extraHeaders: Record<string, string> = {},
  ) => {
    const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(buf.length),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...extraHeaders,
    });
    res.end(req.method === 'HEAD' ? undefined : buf);
  };

  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = path.join(realRoot, opts.notFoundPage ?? '404.html');
    try {
      send(req, res, 404, 'text/html; charset=utf-8', await fsp.readFile(page));
    } catch {
      send(req, res, 404, 'text/plain; charset=utf-8', 'Not Found\n');
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, 'text/plain; charset=utf-8', 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
      return;
    }
    const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      send(req, res, 400, 'text/plain; charset=utf-8', 'Bad Request\n');
      return;
    }
    if (!pathname.startsWith('/') || pathname.includes('\0') || pathname.includes('\\')) {
      send(req, res, 400, 'text/plain; charset=utf-8', 'Bad Request\n');
      return;
    }
    // Refuse any `..` segment outright (before and after decoding), rather than normalising it away.
    if (pathname.split('/').includes('..') || rawPath.split('/').includes('..')) {
      send(req, res, 403, 'text/plain; charset=utf-8', 'Forbidden\n');
      return;
    }
    let filePath = path.join(realRoot, pathname);
    if (!isInside(realRoot, filePath)) {
      send(req, res, 403, 'text/plain; charset=utf-8', 'Forbidden\n');
      return;
    }

    let st = await statOrNull(filePath);
    if (st?.isDirectory()) {
      if (!rawPath.endsWith('/')) {
        const query = (req.url ?? '').slice(rawPath.length);
        res.writeHead(301, { Location: `${rawPath}/${query}`, 'Content-Length': '0' });
        res.end();
        return;
      }
      filePath = path.join(filePath, 'index.html');
      st = await statOrNull(filePath);
    }
    if (!st?.isFile()) {
      await notFound(req, res);
      return;
    }
    // Symlinks must not lead outside the root.
    const real = await fsp.realpath(filePath);
    if (!isInside(realRoot, real)) {
      send(req, res, 403, 'text/plain; charset=utf-8', 'Forbidden\n');
      return;
    }
    send(req, res, 200, contentTypeFor(filePath), await fsp.readFile(real));
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        send(req, res, 500, 'text/plain; charset=utf-8', `Internal Server Error: ${String(err)}\n`);
      } else {
        res.destroy();
      }
    });
  });
  const { port, destroySockets } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        destroySockets();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
