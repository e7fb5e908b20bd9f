import { readFileSync } from 'node:fs';
import { CATEGORIES, PHI_TYPES, type Category, type PhiType } from '../core/categories.ts';
import { HoldspaceError } from '../core/errors.ts';

/** A conversation in the LABELING.md JSON Lines format. Labels, phi and target are optional on input. */
export interface CorpusMessage {
  id: string;
  author: string;
  text: string;
  labels?: Category[];
  phi?: Array<{ start: number; end: number; type: PhiType }>;
  target?: string | null;
}
export interface CorpusConversation {
  id: string;
  group?: string;
  platform?: string;
  messages: CorpusMessage[];
}

/** Reads and checks a corpus file; a bad line is an INVALID_INPUT error naming the line, never a crash. */
export function readCorpus(path: string): CorpusConversation[] {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new HoldspaceError('INVALID_INPUT', `cannot read ${path}`, { cause: error, userMessage: `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
  }
  return parseCorpus(raw, path);
}

export function parseCorpus(raw: string, name = 'input'): CorpusConversation[] {
  const out: CorpusConversation[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try { value = JSON.parse(line); } catch { throw invalid(`${where}: not valid JSON`); }
    out.push(checkConversation(value, where));
  }
  return out;
}

function invalid(message: string): HoldspaceError {
  return new HoldspaceError('INVALID_INPUT', message);
}

function checkConversation(value: unknown, where: string): CorpusConversation {
  if (!value || typeof value !== 'object') throw invalid(`${where}: a conversation must be an object`);
  const v = value as Record<string, unknown>;
  if (!Array.isArray(v['messages'])) throw invalid(`${where}: needs a messages array`);
  const id = typeof v['id'] === 'string' ? v['id'] : where;
  const messages = (v['messages'] as unknown[]).map((m, j) => {
    if (!m || typeof m !== 'object') throw invalid(`${where}: message ${j + 1} must be an object`);
    const r = m as Record<string, unknown>;
    if (typeof r['text'] !== 'string') throw invalid(`${where}: message ${j + 1} needs a text string`);
    const msg: CorpusMessage = {
      id: typeof r['id'] === 'string' ? r['id'] : `${id}-m${j + 1}`,
      author: typeof r['author'] === 'string' ? r['author'] : 'unknown',
      text: r['text'],
    };
    if (Array.isArray(r['labels'])) msg.labels = (r['labels'] as unknown[]).filter((l): l is Category => typeof l === 'string' && (CATEGORIES as readonly string[]).includes(l));
    if (Array.isArray(r['phi'])) {
      msg.phi = (r['phi'] as unknown[]).filter((s): s is { start: number; end: number; type: PhiType } => {
        const o = s as Record<string, unknown> | null;
        return !!o && Number.isInteger(o['start']) && Number.isInteger(o['end']) && typeof o['type'] === 'string' && (PHI_TYPES as readonly string[]).includes(o['type']);
      });
    }
    if (typeof r['target'] === 'string' || r['target'] === null) msg.target = r['target'] as string | null;
    return msg;
  });
  const conv: CorpusConversation = { id, messages };
  if (typeof v['group'] === 'string') conv.group = v['group'];
  if (typeof v['platform'] === 'string') conv.platform = v['platform'];
  return conv;
}
