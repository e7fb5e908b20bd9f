import { parseArgs } from 'node:util';
import { benchLatency, benchNoopQueue, benchThroughput } from '../../bench/pipeline.ts';
import { loadEnv } from '../../config/env.ts';

/**
 * `npm run bench`: every figure from one run on this machine, so ratios compare like with like.
 * Progress goes to stderr; the last line on stdout is one JSON object.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { messages: { type: 'string' }, quick: { type: 'boolean' }, 'dev-file': { type: 'string' } } });
  const env = loadEnv();
  const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const messages = Number(values.messages ?? (values.quick ? 2000 : 10_000));
  const concurrency = env.HOLDSPACE_CONCURRENCY;
  const rounds = values.quick ? 1 : 3;
  const note = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const result: Record<string, number | string> = { messages, concurrency };
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 50);
  try {
    // The no-op baseline and the pipeline take turns, and each figure is the median of its rounds, so a burst
    // of load from elsewhere on a shared machine lands on both sides of the ratio rather than on one run.
    const noop: number[] = [];
    const e2e: { rate: number; messagesPerJob: number }[] = [];
    for (let r = 1; r <= rounds; r++) {
      note(`no-op BullMQ worker (round ${r} of ${rounds})`);
      noop.push(await benchNoopQueue({ messages, concurrency, redisUrl }));
      note(`pipeline on BullMQ (round ${r} of ${rounds})`);
      e2e.push(await benchThroughput({ messages, concurrency, redisUrl }));
    }
    result['rounds'] = rounds;
    result['bullmq_noop_msgs_per_s'] = round(median(noop));
    result['e2e_msgs_per_s'] = round(median(e2e.map((x) => x.rate)));
    result['e2e_msgs_per_classify_job'] = round(median(e2e.map((x) => x.messagesPerJob)));
    note('no-op embedded queue');
    result['embedded_noop_msgs_per_s'] = round(await benchNoopQueue({ messages, concurrency, redisUrl: undefined }));
    note('pipeline on the embedded queue');
    result['embedded_msgs_per_s'] = round((await benchThroughput({ messages, concurrency, redisUrl: undefined })).rate);
    result['e2e_vs_noop_ratio'] = round((result['e2e_msgs_per_s'] as number) / (result['bullmq_noop_msgs_per_s'] as number), 3);
    const rate = Math.round((result['e2e_msgs_per_s'] as number) / 2);
    note(`latency at half the peak rate (${rate} msg/s)`);
    const latency = await benchLatency({ messages, concurrency, redisUrl, rate, seconds: values.quick ? 3 : 8 });
    result['latency_offered_msgs_per_s'] = rate;
    result['p50_ingest_to_review_ms'] = latency.p50;
    result['p99_ingest_to_review_ms'] = latency.p99;
    for (const part of await extraParts(values['dev-file'])) {
      note(part.name);
      Object.assign(result, await part.run());
    }
  } finally {
    clearInterval(sampler);
  }
  result['peak_rss_mb'] = round(Math.max(peakRss, process.memoryUsage().rss) / 1024 / 1024);
  process.stdout.write(JSON.stringify(result) + '\n');
  return 0;
}

/** Benchmarks of other parts (classifier, LLM), each adding its own keys. */
async function extraParts(devFile: string | undefined): Promise<{ name: string; run: () => Promise<Record<string, number>> }[]> {
  const { benchClassifier } = await import('../../bench/classifier.ts');
  const { benchLlm } = await import('../../bench/llm.ts');
  return [
    { name: 'local classifier (single core, over the dev set when present)', run: () => benchClassifier(devFile ? { devFile } : {}) },
    { name: 'LLM second opinion against a loopback fake model', run: benchLlm },
  ];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
