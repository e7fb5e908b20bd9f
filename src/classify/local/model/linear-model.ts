import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HoldspaceError } from '../../../core/errors.ts';
import { DIM, featureName, type Features } from './features.ts';

/**
 * A logistic-regression model per manipulation category over hashed features (features.ts), trained by
 * train.ts on conversations written from LABELING.md (corpus/), never on the dev or held-out sets.
 * Its file ships in the repo: nothing is downloaded.
 */
export const MODEL_FILE = fileURLToPath(new URL('./weights.json', import.meta.url));

const modelFileSchema = z.object({
  format: z.literal('holdspace-linear-v1'),
  version: z.string(),
  dim: z.literal(DIM),
  categories: z.array(z.string()).min(1),
  bias: z.record(z.string(), z.number()),
  /** base64 Uint32 bucket indices, and base64 Float32 weights: categories.length per index. */
  index: z.string(),
  weights: z.string(),
  trainedOn: z.record(z.string(), z.unknown()).optional(),
});
export type ModelFile = z.infer<typeof modelFileSchema>;

export interface Contribution { feature: string; weight: number }

export class LinearModel {
  readonly version: string;
  readonly categories: readonly string[];
  private readonly table: Float32Array;
  private readonly bias: Float64Array;

  constructor(file: ModelFile) {
    this.version = file.version;
    this.categories = file.categories;
    const k = file.categories.length;
    this.bias = Float64Array.from(file.categories.map((c) => file.bias[c] ?? 0));
    const index = new Uint32Array(bytes(file.index));
    const weights = new Float32Array(bytes(file.weights));
    if (weights.length !== index.length * k) throw new HoldspaceError('INVALID_INPUT', `model ${file.version}: ${weights.length} weights for ${index.length} features × ${k} categories`);
    this.table = new Float32Array(DIM * k);
    for (let i = 0; i < index.length; i++) {
      const at = (index[i] as number) * k;
      for (let c = 0; c < k; c++) this.table[at + c] = weights[i * k + c] as number;
    }
  }

  static fromJSON(raw: unknown): LinearModel {
    const parsed = modelFileSchema.safeParse(raw);
    if (!parsed.success) throw new HoldspaceError('INVALID_INPUT', `not a holdspace linear model: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return new LinearModel(parsed.data);
  }

  /** The shipped model, or null when the file is absent (the cue detectors then stand alone). */
  static loadDefault(path = MODEL_FILE): LinearModel | null {
    if (!existsSync(path)) return null;
    return LinearModel.fromJSON(JSON.parse(readFileSync(path, 'utf8')));
  }

  /** Probability per category, in the order of `categories`. */
  predict(f: Features): number[] {
    const k = this.categories.length;
    const { ids, values } = f;
    const table = this.table;
    const out: number[] = [];
    for (let c = 0; c < k; c++) {
      let z = this.bias[c] as number;
      for (let i = 0; i < ids.length; i++) z += (table[(ids[i] as number) * k + c] as number) * (values[i] as number);
      out.push(1 / (1 + Math.exp(-z)));
    }
    return out;
  }

  /**
   * predict() over the hot path's reused buffers (features.ts scratchFeatures), written into `out`: the same
   * sums in the same order, so the same probabilities to the last bit.
   */
  predictInto(ids: Int32Array, values: Float64Array, length: number, out: Float64Array): void {
    const k = this.categories.length;
    const table = this.table;
    if (k === 4) {
      // The four weights of a feature share a cache line: read them together, one pass over the features. Each
      // category's sum still adds the same terms in the same order as predict().
      let z0 = this.bias[0] as number, z1 = this.bias[1] as number, z2 = this.bias[2] as number, z3 = this.bias[3] as number;
      for (let i = 0; i < length; i++) {
        const at = (ids[i] as number) * 4;
        const v = values[i] as number;
        z0 += (table[at] as number) * v;
        z1 += (table[at + 1] as number) * v;
        z2 += (table[at + 2] as number) * v;
        z3 += (table[at + 3] as number) * v;
      }
      out[0] = 1 / (1 + Math.exp(-z0));
      out[1] = 1 / (1 + Math.exp(-z1));
      out[2] = 1 / (1 + Math.exp(-z2));
      out[3] = 1 / (1 + Math.exp(-z3));
      return;
    }
    for (let c = 0; c < k; c++) {
      let z = this.bias[c] as number;
      for (let i = 0; i < length; i++) z += (table[(ids[i] as number) * k + c] as number) * (values[i] as number);
      out[c] = 1 / (1 + Math.exp(-z));
    }
  }

  /** The weight of hashed feature `id` for category index `c` (tests compare against it). */
  weightOf(id: number, c: number): number {
    return this.table[id * this.categories.length + c] ?? 0;
  }

  /** The features that pushed category `c` up the most, for the therapist's explanation. */
  topContributions(f: Features, category: string, n = 3): Contribution[] {
    const c = this.categories.indexOf(category);
    if (c < 0) return [];
    const k = this.categories.length;
    // The n largest positive contributions, largest first, the earlier feature first on a tie (what a stable
    // sort of all of them would give); only those n are named.
    const top: number[] = [];
    const weights: number[] = [];
    for (let i = 0; i < f.ids.length; i++) {
      const w = (this.table[(f.ids[i] as number) * k + c] as number) * (f.values[i] as number);
      if (!(w > 0)) continue;
      let at = weights.length;
      while (at > 0 && (weights[at - 1] as number) < w) at--;
      if (at >= n) continue;
      top.splice(at, 0, i);
      weights.splice(at, 0, w);
      if (top.length > n) { top.pop(); weights.pop(); }
    }
    return top.map((i, j) => ({ feature: featureName(f, i), weight: weights[j] as number }));
  }
}

function bytes(b64: string): ArrayBuffer {
  const buf = Buffer.from(b64, 'base64');
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

/** Serialises dense weights (DIM × k) sparsely: only buckets with a non-negligible weight are kept. */
export function encodeModel(input: { version: string; categories: string[]; bias: number[]; table: Float64Array; trainedOn?: Record<string, unknown>; minWeight?: number }): ModelFile {
  const k = input.categories.length;
  const min = input.minWeight ?? 1e-4;
  const idx: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < DIM; i++) {
    let keep = false;
    for (let c = 0; c < k; c++) if (Math.abs(input.table[i * k + c] as number) >= min) keep = true;
    if (!keep) continue;
    idx.push(i);
    for (let c = 0; c < k; c++) w.push(input.table[i * k + c] as number);
  }
  const file: ModelFile = {
    format: 'holdspace-linear-v1',
    version: input.version,
    dim: DIM,
    categories: input.categories,
    bias: Object.fromEntries(input.categories.map((c, i) => [c, input.bias[i] ?? 0])),
    index: Buffer.from(new Uint32Array(idx).buffer).toString('base64'),
    weights: Buffer.from(new Float32Array(w).buffer).toString('base64'),
  };
  if (input.trainedOn) file.trainedOn = input.trainedOn;
  return file;
}
