import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeJudge } from './fakeModel.ts';

/**
 * A fake OpenAI-compatible server on loopback: POST /v1/chat/completions with response_format json_schema.
 * It records every raw request body, and answers by a script of behaviours (one per request, then `ok`).
 */
export type Behaviour =
  | 'ok'
  | 'invalid-json'      // 200 with text that is not JSON
  | 'schema-violation'  // 200 with JSON that breaks the schema
  | 'drop-item'         // 200 with a valid answer that leaves the first item out
  | { status: number; retryAfterMs?: number }
  | { delayMs: number };

export interface FakeOpenAI {
  /** The base URL to give the client, ending in /v1. */
  baseURL: string;
  /** Raw bodies of every chat completion request, in arrival order. */
  bodies: string[];
  script(...behaviours: Behaviour[]): void;
  /** Artificial latency added to every answer. */
  latencyMs: number;
  /** Replace the judge (the "model") for a test. */
  judge: (userContent: string) => string;
  close(): Promise<void>;
}

export async function startFakeOpenAI(options: { latencyMs?: number } = {}): Promise<FakeOpenAI> {
  const queue: Behaviour[] = [];
  const state: FakeOpenAI = {
    baseURL: '',
    bodies: [],
    script: (...b) => { queue.push(...b); },
    latencyMs: options.latencyMs ?? 0,
    judge: fakeJudge,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
  const server: Server = createServer((req, res) => {
    void handle(req).then(({ status, headers, body }) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body);
    }, () => { res.writeHead(500); res.end('{}'); });
  });

  async function handle(req: IncomingMessage): Promise<{ status: number; headers: Record<string, string>; body: string }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') return { status: 404, headers: {}, body: '{"error":{"message":"not found"}}' };
    state.bodies.push(raw);
    let body: { model?: string; messages?: { role: string; content: string }[]; response_format?: { type?: string; json_schema?: { schema?: unknown } } };
    try { body = JSON.parse(raw) as typeof body; } catch { return { status: 400, headers: {}, body: '{"error":{"message":"bad json"}}' }; }
    if (body.response_format?.type !== 'json_schema' || !body.response_format.json_schema?.schema) {
      return { status: 400, headers: {}, body: '{"error":{"message":"response_format json_schema required"}}' };
    }
    const behaviour = queue.shift() ?? 'ok';
    const delay = state.latencyMs + (typeof behaviour === 'object' && 'delayMs' in behaviour ? behaviour.delayMs : 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (typeof behaviour === 'object' && 'status' in behaviour) {
      const headers: Record<string, string> = behaviour.retryAfterMs === undefined ? {} : { 'retry-after-ms': String(behaviour.retryAfterMs) };
      return { status: behaviour.status, headers, body: JSON.stringify({ error: { message: 'scripted failure', type: 'server_error' } }) };
    }
    const user = body.messages?.at(-1)?.content ?? '';
    let content = state.judge(user);
    if (behaviour === 'invalid-json') content = 'Sure! Here are the scores: gaslighting high';
    if (behaviour === 'schema-violation') content = JSON.stringify({ items: [{ item: 'x', gaslighting: { score: 7 } }] });
    if (behaviour === 'drop-item') {
      const parsed = JSON.parse(content) as { items: unknown[] };
      content = JSON.stringify({ items: parsed.items.slice(1) });
    }
    const promptTokens = Math.ceil(raw.length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    return {
      status: 200,
      headers: {},
      body: JSON.stringify({
        id: `chatcmpl-${state.bodies.length}`, object: 'chat.completion', created: 0, model: body.model ?? 'fake',
        choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
        usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      }),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return state;
}
