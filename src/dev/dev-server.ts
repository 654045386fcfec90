// The preview server of `baotinh dev`: the built site's files under the configured base path, with a
// small script added to every HTML page that listens for rebuilds (Server-Sent Events) and reloads,
// swaps stylesheets, or shows the build's errors over the last good page. Loopback only unless the
// editor asks for the local network.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { LIVE_CLIENT } from './live-client.js';

/** Where the live-reload script and its event stream are served (outside any base path). */
export const LIVE_PREFIX = '/__baotinh/';

/** The live script's address carries its version: a reloading page takes it from its cache (the
 *  page's DOMContentLoaded waits for deferred scripts). */
const LIVE_VERSION = createHash('sha256').update(LIVE_CLIENT).digest('hex').slice(0, 10);
const IMMUTABLE = 'public, max-age=31536000, immutable';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

export interface DevServerOptions {
  /** The published output folder (a link to the current version: each request sees the newest). */
  readonly folder: string;
  readonly basePath: string;
  readonly host: string;
  /** The first port tried; a port in use moves to the next, up to `tries` of them. */
  readonly port: number;
  readonly tries?: number;
}

export interface DevServer {
  readonly port: number;
  readonly url: string;
  /** Send an event to every open page; `replay` events are also sent to pages that connect later. */
  send(event: string, data: unknown, options?: { replay?: boolean }): void;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const streams = new Set<ServerResponse>();
  let last: string | undefined; // the state a newly opened page must know (errors showing, or none)
  const server = createServer((request, response) => {
    handle(request, response, options, streams, () => last).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const port = await listen(server, options);
  const heartbeat = setInterval(() => {
    for (const s of streams) s.write(': \n\n');
  }, 15_000);
  heartbeat.unref();
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    port,
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}${options.basePath}`,
    send(event, data, { replay = false } = {}) {
      const text = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      if (replay) last = text;
      for (const s of streams) s.write(text);
    },
    async close() {
      clearInterval(heartbeat);
      for (const s of streams) s.end();
      streams.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** Listen on the first free port from `options.port`. */
async function listen(server: Server, options: DevServerOptions): Promise<number> {
  const tries = options.tries ?? 20;
  for (let port = options.port; ; port++) {
    const result = await new Promise<'ok' | 'busy'>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && port < options.port + tries - 1) resolve('busy');
        else reject(error);
      };
      const onListening = (): void => {
        server.off('error', onError);
        resolve('ok');
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(port, options.host);
    });
    if (result === 'ok') return (server.address() as { port: number }).port;
  }
}

async function handle(request: IncomingMessage, response: ServerResponse, options: DevServerOptions, streams: Set<ServerResponse>, last: () => string | undefined): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://preview.invalid');
  if (url.pathname === `${LIVE_PREFIX}live.js`) return send(response, 200, TYPES['.js']!, LIVE_CLIENT, url.search === `?v=${LIVE_VERSION}` ? IMMUTABLE : 'no-store');
  if (url.pathname === `${LIVE_PREFIX}events`) {
    response.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    response.write(': baotinh\n\n');
    const replay = last();
    if (replay) response.write(replay);
    streams.add(response);
    request.on('close', () => streams.delete(response));
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, TYPES['.txt']!, 'Method Not Allowed');
  const sitePath = siteFileOf(url.pathname, options.basePath);
  if (sitePath === undefined) {
    // The site lives under its base path: the server's root leads there.
    if (url.pathname === '/') return redirect(response, options.basePath);
    return notFound(response, options);
  }
  const file = path.join(options.folder, sitePath);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return redirect(response, `${url.pathname}/${url.search}`);
    return serveFile(response, path.join(file, 'index.html'), request.method === 'HEAD', options);
  }
  return serveFile(response, file, request.method === 'HEAD', options, /(^|&)v=/.test(url.search.slice(1)));
}

/** The file a request path names inside the site, or undefined outside the base path or for a path trick. */
export function siteFileOf(pathname: string, basePath: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname.slice(basePath.length));
  } catch {
    return undefined;
  }
  const segments = decoded.split('/');
  if (decoded.includes('\0') || decoded.includes('\\') || segments.some((s) => s === '..' || s === '.')) return undefined;
  return segments.filter(Boolean).join('/');
}

async function serveFile(response: ServerResponse, file: string, head: boolean, options: DevServerOptions, versioned = false): Promise<void> {
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return notFound(response, options);
  const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = type.startsWith('text/html') ? withLiveScript(bytes.toString('utf8')) : bytes;
  // Assets linked with their content hash (?v=…) never change under that address: a reload need not fetch them again.
  return send(response, 200, type, head ? '' : body, versioned ? IMMUTABLE : 'no-store');
}

async function notFound(response: ServerResponse, options: DevServerOptions): Promise<void> {
  const page = await readFile(path.join(options.folder, '404.html'), 'utf8').catch(() => '<!DOCTYPE html><title>404</title><p>Không tìm thấy trang.</p>');
  send(response, 404, TYPES['.html']!, withLiveScript(page));
}

/** The live script goes last in the head, so it runs however the page's own scripts fail. */
export function withLiveScript(html: string): string {
  const tag = `<script src="${LIVE_PREFIX}live.js?v=${LIVE_VERSION}" defer></script>`;
  const at = html.indexOf('</head>');
  return at < 0 ? `${html}${tag}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, 'cache-control': 'no-store' });
  response.end();
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, cache = 'no-store'): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': cache });
  response.end(body);
}
