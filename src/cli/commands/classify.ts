import { parseArgs } from 'node:util';
import { LocalClassifier } from '../../classify/local/index.ts';
import { HoldspaceError } from '../../core/errors.ts';
import { loadEnv } from '../../config/env.ts';
import { readCorpus } from '../../eval/corpus.ts';
import { predictConversation } from '../../eval/predict.ts';

/**
 * `holdspace classify FILE.jsonl [--llm MODE]`: judges each message of each conversation in order, with the
 * last 20 messages before it as context, and writes one JSON line per message to stdout. The labels, phi
 * and target fields of the input are ignored. Thresholds are DEFAULT_THRESHOLDS.
 */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { llm: { type: 'string' }, help: { type: 'boolean' } } });
  } catch (error) {
    throw new HoldspaceError('INVALID_INPUT', (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write('usage: holdspace classify FILE.jsonl [--llm MODE]\n');
    return 0;
  }
  if (values.llm !== undefined && values.llm !== 'off' && values.llm !== 'borderline' && values.llm !== 'all') {
    throw new HoldspaceError('INVALID_INPUT', `--llm ${values.llm}`, { userMessage: `--llm is one of off, borderline, all (got ${values.llm})` });
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new HoldspaceError('INVALID_INPUT', 'usage: holdspace classify FILE.jsonl [--llm MODE]');
  const corpus = readCorpus(file);
  if (values.llm === 'borderline' || values.llm === 'all') {
    const { predictWithModel } = await import('../classify-with-model.ts');
    for await (const p of predictWithModel(corpus, loadEnv(), values.llm)) await write(JSON.stringify(p) + '\n');
    return 0;
  }
  const classifier = new LocalClassifier();
  let buffer = '';
  for (const conv of corpus) {
    for (const { prediction } of predictConversation(conv, classifier)) {
      buffer += JSON.stringify({ id: prediction.id, labels: prediction.labels, scores: prediction.scores, phi: prediction.phi, target: prediction.target }) + '\n';
      if (buffer.length > 64_000) { await write(buffer); buffer = ''; }
    }
  }
  if (buffer) await write(buffer);
  return 0;
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(chunk, (error) => (error ? reject(error) : resolve())));
}
