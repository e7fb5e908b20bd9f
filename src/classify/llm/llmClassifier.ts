import { randomBytes } from 'node:crypto';
import { CATEGORIES, MANIPULATION, type Category, type Scores } from '../../core/categories.ts';
import type { Classification, CategoryEvidence, Classifier, ClassifyInput } from '../../core/classifier.ts';
import { systemClock, type Clock } from '../../core/clock.ts';
import { HoldspaceError, isHoldspaceError, type ErrorCode } from '../../core/errors.ts';
import { DEFAULT_THRESHOLDS } from '../../config/settings.ts';
import type { Logger } from '../../log/logger.ts';
import { MemberAliases } from './aliases.ts';
import { MemoryBudgetStore, NO_GROUP, utcDay, type LlmBudgetStore } from './budget.ts';
import { AnswerCache, DEFAULT_CACHE_ENTRIES, DEFAULT_CACHE_TTL_MS } from './cache.ts';
import { ModelClient, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BASE_MS, type CallRecord } from './client.ts';
import { combineScore, describeRule, resolveCombine, type CombineConfig } from './combine.ts';
import { looksLikeInjection, WITHHELD_CONTEXT } from './injection.ts';
import { DEFAULT_PROMPT_VERSION, loadPrompt, renderData, type LoadedPrompt, type PromptItem } from './prompt.ts';
import type { ItemAnswer } from './schema.ts';
import { scrubOutbound } from './scrub.ts';

export type LlmMode = 'off' | 'borderline' | 'all';

export interface LlmClassifierOptions {
  local: Classifier;
  mode: LlmMode;
  baseURL: string;
  apiKey?: string | undefined;
  model: string;
  /** Borderline mode: a message goes to the model when a local score is within ± band of its threshold. */
  band: number;
  /** Model requests (HTTP attempts) per group per UTC day. */
  dailyBudget: number;
  timeoutMs: number;
  /** Messages per request; 1 turns batching off for endpoints that judge long prompts poorly. */
  batchSize: number;
  logger: Logger;
  clock?: Clock | undefined;
  combine?: Partial<CombineConfig> | undefined;
  promptVersion?: string | undefined;
  promptsDir?: string | undefined;
  budgetStore?: LlmBudgetStore | undefined;
  maxRetries?: number | undefined;
  retryBaseMs?: number | undefined;
  /** How long single classify() calls wait to share a request with others. */
  batchWaitMs?: number | undefined;
  /** Requests in flight at once. */
  concurrency?: number | undefined;
  cacheEntries?: number | undefined;
  /** Sampling temperature, 0 by default; null omits it (some reasoning models reject it). */
  temperature?: number | null | undefined;
  cacheTtlMs?: number | undefined;
}

export interface LlmStats {
  /** Messages classified, and how many of them the model judged (fresh or from the cache). */
  messages: number;
  consulted: number;
  /** Logical requests (one batch) and HTTP attempts (retries included: what the budget counts). */
  requests: number;
  calls: number;
  cacheHits: number;
  cacheMisses: number;
  fallbacks: Partial<Record<ErrorCode, number>>;
  promptTokens: number;
  completionTokens: number;
  /** Wall time of each logical request, retries included, in ms. */
  latenciesMs: number[];
}

export interface LlmClassifier extends Classifier {
  classifyMany(inputs: readonly ClassifyInput[]): Promise<Classification[]>;
  stats(): LlmStats;
  readonly promptVersion: string | null;
}

export const DEFAULT_BATCH_WAIT_MS = 20;
/** What one message may cost in a request: a huge paste is judged on its start, the context on its latest lines. */
export const MAX_MESSAGE_CHARS = 4_000;
export const MAX_CONTEXT_CHARS = 600;
export const MAX_CONTEXT_MESSAGES = 12;
export const DEFAULT_CONCURRENCY = 4;
/** Latency samples kept for stats(): the most recent ones, so a long-running process stays bounded. */
const MAX_LATENCY_SAMPLES = 10_000;

interface Prepared {
  index: number;
  input: ClassifyInput;
  local: Classification;
  group: string;
  suspicious: boolean;
  aliases: MemberAliases;
  item: Omit<PromptItem, 'item'>;
  key: string;
}

type Outcome = { ok: true; answer: Omit<ItemAnswer, 'item'>; cached: boolean } | { ok: false; code: ErrorCode; why: string };

function emptyStats(): LlmStats {
  return { messages: 0, consulted: 0, requests: 0, calls: 0, cacheHits: 0, cacheMisses: 0, fallbacks: {}, promptTokens: 0, completionTokens: 0, latenciesMs: [] };
}

export function createLlmClassifierImpl(options: LlmClassifierOptions): LlmClassifier {
  const { local, mode, logger } = options;
  const clock = options.clock ?? systemClock;
  if (!(options.band >= 0 && options.band <= 1)) throw new HoldspaceError('CONFIG_INVALID', 'LLM band must be within 0..1');
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1) throw new HoldspaceError('CONFIG_INVALID', 'LLM batch size must be a positive integer');
  let stats = emptyStats();

  if (mode === 'off') {
    return {
      name: local.name,
      promptVersion: null,
      classify: (input) => local.classify(input),
      classifyMany: (inputs) => runLocal(local, inputs),
      stats: () => structuredClone(stats),
    };
  }

  // Loaded and validated once, at start: a broken prompt stops the start, not the hundredth message.
  const prompt: LoadedPrompt = loadPrompt(options.promptVersion ?? DEFAULT_PROMPT_VERSION, options.promptsDir);
  const combine = resolveCombine(options.combine);
  const client = new ModelClient({
    baseURL: options.baseURL, apiKey: options.apiKey, model: options.model, timeoutMs: options.timeoutMs, logger,
    temperature: options.temperature === undefined ? 0 : options.temperature,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES, retryBaseMs: options.retryBaseMs ?? DEFAULT_RETRY_BASE_MS,
  });
  const budget = options.budgetStore ?? new MemoryBudgetStore();
  const cache = new AnswerCache(clock, options.cacheEntries ?? DEFAULT_CACHE_ENTRIES, options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS);
  const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const llmTag = `llm/${prompt.version}`;
  const name = `${local.name}+${llmTag}`;

  function wantsModel(input: ClassifyInput, scores: Scores): boolean {
    if (mode === 'all') return true;
    const thresholds = input.thresholds ?? DEFAULT_THRESHOLDS;
    return CATEGORIES.some((c) => Math.abs(scores[c] - thresholds[c]) <= options.band);
  }

  async function prepare(index: number, input: ClassifyInput, localResult: Classification, redactContext: (t: string) => Promise<string>): Promise<Prepared> {
    const aliases = new MemberAliases();
    const recent = input.context.slice(-MAX_CONTEXT_MESSAGES);
    for (const m of recent) aliases.alias(m.authorId);
    const author = aliases.alias(input.message.authorId);
    for (const id of input.message.mentions ?? []) aliases.alias(id);
    const context: PromptItem['context'] = [];
    for (const m of recent) {
      // A context message that talks to the moderator never reaches the model inside another message's request.
      const text = looksLikeInjection(m.text) ? WITHHELD_CONTEXT : clip(scrubOutbound(aliases.replaceIds(await redactContext(m.text))), MAX_CONTEXT_CHARS);
      context.push({ author: aliases.alias(m.authorId), text });
    }
    const text = clip(scrubOutbound(aliases.replaceIds(localResult.redacted)), MAX_MESSAGE_CHARS);
    const suspicious = looksLikeInjection(input.message.text) || looksLikeInjection(localResult.redacted);
    const item = { author, context, text };
    const key = AnswerCache.key([prompt.version, prompt.hash, options.model, JSON.stringify(item)]);
    return { index, input, local: localResult, group: input.groupId ?? NO_GROUP, suspicious, aliases, item, key };
  }

  /** One request for a batch of distinct items; resolves every key of the batch to an outcome. */
  async function askBatch(batch: readonly Prepared[], outcomes: Map<string, Outcome>): Promise<void> {
    const group = batch[0]?.group ?? NO_GROUP;
    const ids = batch.map(() => `item-${randomBytes(4).toString('hex')}`);
    const data = renderData(batch.map((p, i) => ({ item: ids[i] ?? '', ...p.item })));
    const record: CallRecord = { attempts: 0, latencyMs: 0, promptTokens: 0, completionTokens: 0 };
    const day = utcDay(clock);
    const started = performance.now();
    try {
      const answer = await client.ask(prompt, data, () => budget.tryConsume(group, day, options.dailyBudget), record);
      const byId = new Map<string, ItemAnswer[]>();
      for (const a of answer.items) byId.set(a.item, [...(byId.get(a.item) ?? []), a]);
      batch.forEach((p, i) => {
        const found = byId.get(ids[i] ?? '') ?? [];
        const only = found[0];
        if (found.length === 1 && only) {
          const { item: _drop, ...rest } = only;
          cache.set(p.key, rest);
          outcomes.set(p.key, { ok: true, answer: rest, cached: false });
        } else {
          outcomes.set(p.key, { ok: false, code: 'LLM_INVALID_OUTPUT', why: found.length === 0 ? 'the answer left this message out' : 'the answer judged this message twice' });
        }
      });
    } catch (e) {
      const code: ErrorCode = isHoldspaceError(e) ? e.code : 'LLM_UNAVAILABLE';
      const why = code === 'BUDGET_EXHAUSTED' ? 'the group\'s daily model budget is used up'
        : code === 'LLM_INVALID_OUTPUT' ? 'the model\'s answer was invalid'
        : 'the model endpoint was unavailable';
      if (code === 'BUDGET_EXHAUSTED') logger.warn({ event: 'llm_budget_exhausted', groupId: group, day, limit: options.dailyBudget }, 'LLM daily budget used up; local verdicts only');
      if (!isHoldspaceError(e)) logger.error({ event: 'llm_error', error: e instanceof Error ? e.name : 'unknown' }, 'unexpected LLM failure');
      for (const p of batch) outcomes.set(p.key, { ok: false, code, why });
    } finally {
      stats.calls += record.attempts;
      if (record.attempts > 0) {
        stats.requests++;
        stats.latenciesMs.push(performance.now() - started);
        if (stats.latenciesMs.length > MAX_LATENCY_SAMPLES) stats.latenciesMs.splice(0, stats.latenciesMs.length - MAX_LATENCY_SAMPLES);
      }
      stats.promptTokens += record.promptTokens;
      stats.completionTokens += record.completionTokens;
      logger.info({ event: 'llm_request', prompt: prompt.version, items: batch.length, attempts: record.attempts,
        latencyMs: Math.round(performance.now() - started), promptTokens: record.promptTokens, completionTokens: record.completionTokens }, 'llm request');
    }
  }

  function merge(p: Prepared, outcome: Outcome | undefined): Classification {
    const l = p.local;
    if (!outcome || !outcome.ok) {
      const code = outcome?.code ?? 'INTERNAL';
      const why = outcome?.why ?? 'no answer';
      stats.fallbacks[code] = (stats.fallbacks[code] ?? 0) + 1;
      const evidence: Classification['evidence'] = {};
      for (const c of CATEGORIES) {
        const ev = l.evidence[c];
        if (ev) evidence[c] = { ...ev, cues: [...ev.cues, `${llmTag}:fallback`], explanation: `${ev.explanation} (LLM second opinion not used: ${why}; local verdict kept.)` };
      }
      return { ...l, evidence, classifier: `${l.classifier}+${llmTag}(fallback:${code})` };
    }
    stats.consulted++;
    const a = outcome.answer;
    const scores = {} as Scores;
    const evidence: Classification['evidence'] = {};
    for (const c of CATEGORIES) {
      const localScore = l.scores[c];
      const llmScore = a[c].score;
      const combined = combineScore(c, localScore, llmScore, combine[c], p.suspicious);
      scores[c] = combined;
      const ev = l.evidence[c];
      if (!ev && llmScore < 0.1 && localScore < 0.1) continue; // nothing to explain on either side
      evidence[c] = {
        score: combined,
        cues: [...(ev?.cues ?? []), `local=${fmt(localScore)}`, `llm=${fmt(llmScore)}`, ...(p.suspicious ? ['addressed-the-moderator'] : [])],
        explanation: `Local: ${ev?.explanation ?? 'no cue'} (${fmt(localScore)}). LLM ${prompt.version}${outcome.cached ? ', cached' : ''}: ${a[c].reason} (${fmt(llmScore)}). `
          + `Combined as ${describeRule(c, combine[c], p.suspicious)}: ${fmt(combined)}.`,
        source: `${ev?.source ?? local.name}+${llmTag}`,
      } satisfies CategoryEvidence;
    }
    const aimed = MANIPULATION.some((c) => scores[c] > 0);
    const llmTarget = aimed ? p.aliases.resolve(a.target) : null;
    return { ...l, scores, evidence, targetId: llmTarget ?? l.targetId, classifier: `${l.classifier}+${llmTag}` };
  }

  async function classifyMany(inputs: readonly ClassifyInput[]): Promise<Classification[]> {
    const locals = await runLocal(local, inputs);
    stats.messages += inputs.length;
    const redactions = new Map<string, Promise<string>>();
    const redactContext = (text: string): Promise<string> => {
      let r = redactions.get(text);
      if (!r) {
        r = local.classify({ message: { id: 'context', authorId: 'context', text }, context: [] }).then((c) => c.redacted);
        redactions.set(text, r);
      }
      return r;
    };
    const results: Classification[] = [...locals];
    const prepared: Prepared[] = [];
    for (const [i, input] of inputs.entries()) {
      const l = locals[i];
      if (l && wantsModel(input, l.scores)) prepared.push(await prepare(i, input, l, redactContext));
    }

    const outcomes = new Map<string, Outcome>();
    const pending = new Map<string, Prepared>();
    for (const p of prepared) {
      if (outcomes.has(p.key) || pending.has(p.key)) continue;
      const hit = cache.get(p.key);
      if (hit) { stats.cacheHits++; outcomes.set(p.key, { ok: true, answer: hit, cached: true }); }
      else { stats.cacheMisses++; pending.set(p.key, p); }
    }

    // Batches never mix groups (budgets are per group); a message that addressed the moderator goes alone.
    const batches: Prepared[][] = [];
    const open = new Map<string, Prepared[]>();
    for (const p of pending.values()) {
      if (p.suspicious) { batches.push([p]); continue; }
      const b = open.get(p.group) ?? [];
      b.push(p);
      if (b.length >= options.batchSize) { batches.push(b); open.delete(p.group); } else open.set(p.group, b);
    }
    batches.push(...open.values());

    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < batches.length) {
        const b = batches[next++];
        if (b) await askBatch(b, outcomes);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));

    for (const p of prepared) results[p.index] = merge(p, outcomes.get(p.key));
    return results;
  }

  // Single calls arriving together share requests: the pipeline classifies one message per job.
  const waitMs = options.batchWaitMs ?? DEFAULT_BATCH_WAIT_MS;
  let queue: { input: ClassifyInput; resolve: (c: Classification) => void; reject: (e: unknown) => void }[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer) { clearTimeout(timer); timer = null; }
    const taken = queue;
    queue = [];
    if (taken.length === 0) return;
    classifyMany(taken.map((t) => t.input)).then(
      (rs) => taken.forEach((t, i) => { const r = rs[i]; if (r) t.resolve(r); else t.reject(new HoldspaceError('INTERNAL', 'missing classification')); }),
      (e: unknown) => taken.forEach((t) => t.reject(e)),
    );
  };

  return {
    name,
    promptVersion: prompt.version,
    classifyMany,
    classify(input: ClassifyInput): Promise<Classification> {
      if (options.batchSize === 1 || waitMs <= 0) return classifyMany([input]).then((r) => r[0] as Classification);
      return new Promise((resolve, reject) => {
        queue.push({ input, resolve, reject });
        if (queue.length >= options.batchSize) flush();
        else timer ??= setTimeout(flush, waitMs);
      });
    },
    stats: () => structuredClone(stats),
  };
}

async function runLocal(local: Classifier, inputs: readonly ClassifyInput[]): Promise<Classification[]> {
  return local.classifyMany ? local.classifyMany(inputs) : Promise.all(inputs.map((i) => local.classify(i)));
}

/** Cuts at a code point boundary and says so; redaction ran on the whole text before, so no PHI is half cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut} [cut]`;
}

function fmt(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

export type { Category };
