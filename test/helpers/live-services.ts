// Fake "live" services for test/slow/live-parts.test.ts: a GoatCounter-like counter, a
// generic JSON counter, a visitor-statistics endpoint, a feedback endpoint, plus a slow
// one and a failing one. All listen on 127.0.0.1 (random port), record every request,
// and send `Access-Control-Allow-Origin: *` (the pages come from another port), answering
// CORS preflights (OPTIONS) with 204.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './static-server.js';

export interface RecordedRequest {
  method: string;
  /** Raw request target, e.g. `/views?path=%2Ftin-tuc%2F`. */
  rawUrl: string;
  /** Decoded pathname. */
  pathname: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Date.now() when the request arrived. */
  at: number;
}

export interface ServiceReply {
  status: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answer only after this many ms. */
  delayMs?: number;
}

export interface Service {
  /** Origin, no trailing slash, e.g. `http://127.0.0.1:41234`. */
  url: string;
  requests: RecordedRequest[];
  /** Requests other than CORS preflights. */
  calls(): RecordedRequest[];
  /** One line per request, for failure messages. */
  describe(): string;
  close(): Promise<void>;
}

const CORS = {
  'Access-Control-Allow-Origin': '*',
};

export async function startService(name: string, handler: (req: RecordedRequest) => ServiceReply): Promise<Service> {
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const u = new URL(req.url ?? '/', 'http://127.0.0.1');
      let pathname = u.pathname;
      try {
        pathname = decodeURIComponent(u.pathname);
      } catch {
        /* keep raw */
      }
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        rawUrl: req.url ?? '/',
        pathname,
        query: u.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: Date.now(),
      };
      requests.push(rec);
      let reply: ServiceReply;
      if (rec.method === 'OPTIONS') {
        reply = {
          status: 204,
          headers: {
            'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
            'Access-Control-Allow-Headers': String(req.headers['access-control-request-headers'] ?? 'Content-Type'),
            'Access-Control-Max-Age': '60',
          },
        };
      } else {
        try {
          reply = handler(rec);
        } catch (e) {
          reply = { status: 500, body: `test service ${name} crashed: ${String(e)}` };
        }
      }
      const send = () => {
        if (res.destroyed) return;
        const body = reply.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(reply.body) ? reply.body : Buffer.from(reply.body, 'utf8');
        res.writeHead(reply.status, {
          ...CORS,
          'Cache-Control': 'no-store',
          'Content-Length': String(body.length),
          ...(reply.headers ?? {}),
        });
        res.end(rec.method === 'HEAD' ? undefined : body);
      };
      if (reply.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          send();
        }, reply.delayMs);
        timers.add(t);
      } else send();
    });
  });
  const { port, destroySockets } = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    calls: () => requests.filter((r) => r.method !== 'OPTIONS'),
    describe: () =>
      requests.length === 0
        ? `  (${name}: no requests)`
        : requests.map((r) => `  ${name}: ${r.method} ${r.rawUrl}${r.body.length ? ` [${r.body.length} bytes body]` : ''}`).join('\n'),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        destroySockets();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const json = (value: unknown, delayMs?: number): ServiceReply => ({
  status: 200,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(value),
  ...(delayMs ? { delayMs } : {}),
});

/**
 * GoatCounter-like: `/count?p=&t=` records a view (any method; answers a 1×1 GIF);
 * `/counter/<encoded path>.json` answers {"count": countFor(path)}.
 */
export function startGoatCounter(countFor: (path: string) => string): Promise<Service> {
  return startService('goatcounter', (r) => {
    if (r.pathname === '/count') return { status: 200, headers: { 'Content-Type': 'image/gif' }, body: GIF };
    const m = /^\/counter\/(.+)\.json$/.exec(r.pathname);
    if (m && m[1] !== undefined) return json({ count: countFor(m[1]), count_unique: '0' });
    return { status: 404, body: 'not found' };
  });
}

/** Paths asked for by `/counter/<path>.json` (decoded). */
export function goatReads(s: Service): string[] {
  return s.calls().flatMap((r) => {
    const m = /^\/counter\/(.+)\.json$/.exec(r.pathname);
    return m && m[1] !== undefined ? [m[1]] : [];
  });
}

/** Every request (any path) answered after delayMs. */
export function startSlowService(delayMs: number): Promise<Service> {
  return startService('slow', (r) => {
    if (r.pathname.endsWith('.json') || r.pathname.startsWith('/counter/')) return json({ count: '1 000', online: 1, today: 2, total: 3 }, delayMs);
    return { status: 200, headers: { 'Content-Type': 'image/gif' }, body: GIF, delayMs };
  });
}

/** Every request answers HTTP 500. */
export function startFailingService(): Promise<Service> {
  return startService('failing', () => ({ status: 500, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Internal Server Error' }));
}

/** Generic JSON counter: `/views?path=` → {"data":{"views":views}}; `/hit?path=` records a view. */
export function startGenericCounter(views: number): Promise<Service> {
  return startService('generic', (r) => {
    if (r.pathname === '/views') return json({ data: { views }, path: r.query.get('path') });
    if (r.pathname === '/hit') return json({ ok: true });
    return { status: 404, body: 'not found' };
  });
}

export function startStatsService(stats: { online: number; today: number; total: number }): Promise<Service> {
  return startService('stats', (r) => (r.pathname === '/stats.json' ? json(stats) : { status: 404, body: 'not found' }));
}

/**
 * Feedback endpoint at `/gop-y`: records POST bodies; answers 200 — an HTML page for a
 * browser navigation (a plain form POST), JSON otherwise (fetch).
 */
export function startFeedbackService(): Promise<Service> {
  return startService('feedback', (r) => {
    if (r.pathname !== '/gop-y') return { status: 404, body: 'not found' };
    if (String(r.headers.accept ?? '').startsWith('text/html')) {
      return {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Đã nhận</title><p id="da-nhan">Đã nhận ý kiến.</p></html>',
      };
    }
    return json({ ok: true });
  });
}

export interface ParsedForm {
  kind: 'urlencoded' | 'multipart' | 'other';
  contentType: string;
  fields: Record<string, string>;
}

/** Parses an application/x-www-form-urlencoded or multipart/form-data body (simple boundary split). */
export function parseFormBody(r: RecordedRequest): ParsedForm {
  const contentType = String(r.headers['content-type'] ?? '');
  const fields: Record<string, string> = {};
  if (/^application\/x-www-form-urlencoded/i.test(contentType)) {
    for (const [k, v] of new URLSearchParams(r.body.toString('utf8'))) fields[k] = v;
    return { kind: 'urlencoded', contentType, fields };
  }
  const b = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (b) {
    const boundary = b[1] ?? b[2] ?? '';
    const text = r.body.toString('utf8');
    for (const part of text.split(`--${boundary}`)) {
      const sep = part.indexOf('\r\n\r\n');
      if (sep < 0) continue;
      const head = part.slice(0, sep);
      const name = /name="([^"]*)"/i.exec(head)?.[1];
      if (name === undefined) continue;
      fields[name] = part.slice(sep + 4).replace(/\r\n$/, '');
    }
    return { kind: 'multipart', contentType, fields };
  }
  return { kind: 'other', contentType, fields };
}
