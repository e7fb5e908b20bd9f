import type { Classifier, ClassifyInput } from '../core/classifier.ts';
import { silentLogger } from '../log/logger.ts';
import { createLlmClassifier, type LlmClassifier } from '../classify/llm/index.ts';
// The loopback fake OpenAI-compatible server and test stand-in: nothing here reaches a real model.
import { startFakeOpenAI } from '../../test/fakes/openai/server.ts';
import { FakeLocalClassifier } from '../../test/fakes/openai/fakeLocal.ts';

/** Fixed artificial latency of every fake answer, so batching and caching show up as they would against a slow model. */
export const FAKE_LATENCY_MS = 40;
const MESSAGES = 96;
/** One message in four repeats one from a while ago (same redacted text), as greetings and stock replies do. */
const REPEAT_EVERY = 4;
const REPEAT_DISTANCE = 32;
/** Messages arrive in chunks, as the pipeline hands them over; repeats across chunks are cache hits. */
const CHUNK = 16;
const CONCURRENCY = 4;

const LINES = [
  'that never happened, you keep imagining things', 'just get over it, it is not that deep', 'you made me say that',
  'thanks, that helps a lot', 'I had a rough night but I am ok', 'does anyone else struggle with mornings',
  'call me at 415-555-0137 if you want to talk', 'he told me I was imagining things for years',
];

function workload(): ClassifyInput[] {
  const out: ClassifyInput[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    let n = i;
    while (n >= REPEAT_DISTANCE && n % REPEAT_EVERY === REPEAT_EVERY - 1) n -= REPEAT_DISTANCE;
    out.push({
      message: { id: `b${i}`, authorId: `u${n % 7}`, text: `${LINES[n % LINES.length] ?? ''} (${n})` },
      context: [{ id: `c${n}`, authorId: `u${(n + 1) % 7}`, text: `earlier message ${n}`, sentAt: n }],
      groupId: 'bench-group',
    });
  }
  return out;
}

async function localClassifier(): Promise<{ local: Classifier; fake: boolean }> {
  try {
    const specifier = '../classify/local/index.ts'; // built by another part; a variable keeps tsc from requiring it
    const mod = (await import(specifier)) as { LocalClassifier?: new () => Classifier };
    if (mod.LocalClassifier) return { local: new mod.LocalClassifier(), fake: false };
  } catch { /* not built yet: use the stand-in */ }
  return { local: new FakeLocalClassifier(), fake: true };
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (n: number, d = 2): number => Math.round(n * 10 ** d) / 10 ** d;

/**
 * The LLM path measured against the loopback fake server (fixed latency FAKE_LATENCY_MS), never a real model:
 * calls made, cache hit ratio, request latency, tokens as the fake counts them, and the wall-time speed-up of
 * batching (batch size 8) over one message per request, both in this run with the same concurrency.
 */
export async function benchLlm(): Promise<Record<string, number>> {
  const server = await startFakeOpenAI({ latencyMs: FAKE_LATENCY_MS });
  const { local, fake } = await localClassifier();
  const inputs = workload();
  const runOnce = async (batchSize: number): Promise<{ ms: number; c: LlmClassifier }> => {
    const c = createLlmClassifier({ local, mode: 'all', baseURL: server.baseURL, model: 'loopback-fake', band: 0.2, dailyBudget: 1_000_000,
      timeoutMs: 10_000, batchSize, logger: silentLogger, concurrency: CONCURRENCY });
    const started = performance.now();
    for (let i = 0; i < inputs.length; i += CHUNK) await c.classifyMany(inputs.slice(i, i + CHUNK));
    return { ms: performance.now() - started, c };
  };
  try {
    const single = await runOnce(1);
    const batched = await runOnce(8);
    const s = batched.c.stats();
    const lookups = s.cacheHits + s.cacheMisses;
    return {
      llm_against_loopback_fake: 1,
      llm_local_is_stand_in: fake ? 1 : 0,
      llm_fake_latency_ms: FAKE_LATENCY_MS,
      llm_messages: s.messages,
      llm_calls: s.calls,
      llm_calls_batch1: single.c.stats().calls,
      llm_cache_hit_ratio: round(lookups === 0 ? 0 : s.cacheHits / lookups, 3),
      llm_p50_ms: round(percentile(s.latenciesMs, 50), 1),
      llm_p99_ms: round(percentile(s.latenciesMs, 99), 1),
      llm_prompt_tokens: s.promptTokens,
      llm_completion_tokens: s.completionTokens,
      llm_wall_ms_batch8: round(batched.ms, 1),
      llm_wall_ms_batch1: round(single.ms, 1),
      llm_batch_speedup_ratio: round(single.ms / batched.ms, 2),
    };
  } finally {
    await server.close();
  }
}
