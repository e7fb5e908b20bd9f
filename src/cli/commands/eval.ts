import { parseArgs } from 'node:util';
import { LocalClassifier } from '../../classify/local/index.ts';
import { HoldspaceError } from '../../core/errors.ts';
import { evalFile } from '../../eval/run-eval.ts';

const DEFAULT_FILE = '../shared/eval/dev.jsonl';

/**
 * `npm run eval [-- --file PATH] [--hard-negatives PATH] [--combine model|max|rules] [--json] [--errors]`: classifies a labeled corpus and
 * prints precision/recall/F1 per category, the false-flag rate on unlabeled messages (overall and per
 * hard-negative kind), PHI span recall and character precision, and manipulation macro-F1.
 * `--errors` also lists the misjudged message ids with their gold and predicted labels (ids only, no text).
 */
export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { file: { type: 'string' }, 'hard-negatives': { type: 'string' }, json: { type: 'boolean' }, errors: { type: 'boolean' }, combine: { type: 'string' } } });
  } catch (error) {
    throw new HoldspaceError('INVALID_INPUT', (error as Error).message);
  }
  const { values } = parsed;
  const file = values.file ?? DEFAULT_FILE;
  const combine = values.combine ?? 'model';
  if (combine !== 'model' && combine !== 'max' && combine !== 'rules') throw new HoldspaceError('INVALID_INPUT', `--combine must be model, max or rules, not ${combine}`);
  const { report, pairs } = evalFile(file, new LocalClassifier({ combine }), values['hard-negatives']);
  if (values.json) {
    process.stdout.write(JSON.stringify({ file, ...report }) + '\n');
  } else {
    const { formatReport } = await import('../../eval/metrics.ts');
    process.stdout.write(formatReport(report, file));
  }
  if (values.errors) {
    for (const { gold, predicted } of pairs) {
      const g = [...(gold.labels ?? [])].sort().join(',');
      const p = [...predicted.labels].sort().join(',');
      if (g !== p) process.stdout.write(`${gold.id}\tgold=[${g}]\tpredicted=[${p}]\n`);
    }
  }
  return 0;
}
