// A deliberately wrong PowerSchool written for the proxy tests: the `x-fault` request header picks
// which fault an answer has; without it, the answer is correct.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The faults the wrong upstream can answer with. */
export type Fault = 'envelope' | 'missing-result' | 'counts' | 'string-ids' | 'status' | 'drop' | 'order' | 'hang';

/** A running wrong upstream and the requests it received. */
export interface WrongUpstream {
  readonly url: string;
  readonly received: { path: string; body: string }[];
  close(): Promise<void>;
}

function success(uid: number | string, id: number | string, origin: string): Record<string, unknown> {
  return { client_uid: uid, status: 'SUCCESS', action: 'INSERT', success_message: { id, ref: `${origin}/ws/v1/attendance/${String(id)}` } };
}

function answer(fault: Fault | undefined, records: number, origin: string): { status: number; body: unknown } {
  const results = Array.from({ length: records }, (_, i) => success(i, 100001 + i, origin));
  const envelope = (list: unknown[], inserts = list.length) => ({ results: { insert_count: inserts, update_count: 0, delete_count: 0, result: list.length === 1 ? list[0] : list } });
  switch (fault) {
    case 'envelope':
      return { status: 200, body: { insert_count: records, update_count: 0, delete_count: 0, result: results.length === 1 ? results[0] : results } };
    case 'missing-result':
      return { status: 200, body: { results: { insert_count: records, update_count: 0, delete_count: 0 } } };
    case 'counts':
      return { status: 200, body: envelope(results, records + 1) };
    case 'string-ids':
      return { status: 200, body: envelope(results.map((_, i) => success(String(i), String(100001 + i), origin))) };
    case 'status':
      return { status: 202, body: envelope(results) };
    case 'drop':
      return { status: 200, body: envelope(results.filter((_, i) => i !== 1), records) };
    case 'order':
      return { status: 200, body: envelope([...results].reverse()) };
    default:
      return { status: 200, body: envelope(results) };
  }
}

/** Starts the wrong upstream on a free port of 127.0.0.1. */
export async function startWrongUpstream(): Promise<WrongUpstream> {
  const received: { path: string; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ path: req.url ?? '', body });
      const fault = req.headers['x-fault'] as Fault | undefined;
      if (fault === 'hang') return;
      if (req.url === '/oauth/access_token') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'upstream-token-5c1e9a77', token_type: 'Bearer', expires_in: '1814400' }));
        return;
      }
      let records = 0;
      try {
        records = (JSON.parse(body) as { record: unknown[] }).record.length;
      } catch {
        // Not a payload: zero records.
      }
      const { status, body: reply } = answer(fault, records, `http://${req.headers.host ?? ''}`);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
