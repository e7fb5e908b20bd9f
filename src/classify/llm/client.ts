import OpenAI from 'openai';
import type { Logger } from '../../log/logger.ts';
import { HoldspaceError } from '../../core/errors.ts';
import { answerJsonSchema, parseAnswer, RESPONSE_FORMAT_NAME, type Answer } from './schema.ts';
import type { LoadedPrompt } from './prompt.ts';

/** Retries after the first try on 429, 408, 409, 5xx, timeouts and connection errors. */
export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_RETRY_BASE_MS = 500;
/** A Retry-After longer than this is not waited for: the message falls back to the local verdict instead. */
export const MAX_RETRY_WAIT_MS = 10_000;

export interface ModelCallOptions {
  baseURL: string;
  apiKey?: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  /** 0 for repeatable verdicts; null leaves it out for models that refuse the parameter. */
  temperature: number | null;
  logger: Logger;
}

export interface CallRecord {
  attempts: number;
  latencyMs: number;
  promptTokens: number;
  completionTokens: number;
}

/** Asks before every HTTP attempt whether the budget allows it. */
export type AttemptGate = () => Promise<boolean>;

export class ModelClient {
  private readonly client: OpenAI;
  private readonly schema = answerJsonSchema();

  constructor(private readonly options: ModelCallOptions) {
    let url: URL;
    try { url = new URL(options.baseURL); } catch { throw new HoldspaceError('CONFIG_INVALID', 'OPENAI_BASE_URL is not a URL'); }
    if (!options.apiKey && url.hostname === 'api.openai.com') {
      throw new HoldspaceError('CONFIG_INVALID', 'OPENAI_API_KEY is required for api.openai.com');
    }
    this.client = new OpenAI({
      baseURL: options.baseURL,
      // Self-hosted servers often need no key; the client insists on one, so send a placeholder.
      apiKey: options.apiKey ?? 'no-key',
      organization: null,
      project: null,
      timeout: options.timeoutMs,
      maxRetries: 0, // retries are ours: each attempt is counted against the budget and logged
      logLevel: 'off', // the client's debug log would print request bodies
    });
  }

  /**
   * One logical request: the system prompt, the few-shot pair, then the data. Returns the validated answer.
   * Throws HoldspaceError LLM_INVALID_OUTPUT (not retried), LLM_UNAVAILABLE or BUDGET_EXHAUSTED.
   */
  async ask(prompt: LoadedPrompt, data: string, gate: AttemptGate, record: CallRecord): Promise<Answer> {
    const { logger, model, maxRetries, retryBaseMs } = this.options;
    for (let attempt = 1; ; attempt++) {
      if (!(await gate())) throw new HoldspaceError('BUDGET_EXHAUSTED', 'daily LLM request budget used up', { retryable: false });
      record.attempts++;
      const started = performance.now();
      try {
        const res = await this.client.chat.completions.create({
          model,
          ...(this.options.temperature === null ? {} : { temperature: this.options.temperature }),
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.examples.user },
            { role: 'assistant', content: prompt.examples.assistant },
            { role: 'user', content: data },
          ],
          response_format: { type: 'json_schema', json_schema: { name: RESPONSE_FORMAT_NAME, schema: this.schema, strict: true } },
        });
        const ms = performance.now() - started;
        record.latencyMs += ms;
        record.promptTokens += res.usage?.prompt_tokens ?? 0;
        record.completionTokens += res.usage?.completion_tokens ?? 0;
        const choice = res.choices[0];
        const parsed = parseAnswer(choice?.message.content);
        logger.info({ event: 'llm_call', model, prompt: prompt.version, attempt, status: 200, ok: parsed.ok, latencyMs: Math.round(ms),
          promptTokens: res.usage?.prompt_tokens ?? null, completionTokens: res.usage?.completion_tokens ?? null }, 'llm call');
        if (!parsed.ok) {
          const why = choice?.message.refusal ? 'model refused' : parsed.problem;
          throw new HoldspaceError('LLM_INVALID_OUTPUT', `invalid model answer: ${why}`, { retryable: false });
        }
        return parsed.answer;
      } catch (e) {
        if (e instanceof HoldspaceError) throw e;
        const ms = performance.now() - started;
        record.latencyMs += ms;
        const status = e instanceof OpenAI.APIError ? e.status : undefined;
        const retryable = isRetryable(e);
        logger.warn({ event: 'llm_call', model, prompt: prompt.version, attempt, status: status ?? null, ok: false, retryable,
          error: e instanceof Error ? e.constructor.name : 'unknown', latencyMs: Math.round(ms) }, 'llm call failed');
        if (!retryable) {
          throw new HoldspaceError('LLM_UNAVAILABLE', `model endpoint refused the request (${status ?? 'no status'})`, { retryable: false, cause: e });
        }
        if (attempt > maxRetries) {
          throw new HoldspaceError('LLM_UNAVAILABLE', `model endpoint unavailable after ${attempt} attempts (${status ?? 'no response'})`, { cause: e });
        }
        const wait = retryWaitMs(e, attempt, retryBaseMs);
        if (wait > MAX_RETRY_WAIT_MS) throw new HoldspaceError('LLM_UNAVAILABLE', 'model endpoint asked to wait too long', { cause: e });
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }
}

function isRetryable(e: unknown): boolean {
  if (e instanceof OpenAI.APIConnectionError) return true; // includes timeouts
  if (e instanceof OpenAI.APIError) {
    const s = e.status ?? 0;
    return s === 408 || s === 409 || s === 429 || s >= 500;
  }
  return false;
}

/** Retry-After(-ms) when the server gives one, else exponential backoff with jitter. */
function retryWaitMs(e: unknown, attempt: number, baseMs: number): number {
  if (e instanceof OpenAI.APIError && e.headers) {
    const ms = Number.parseFloat(e.headers.get('retry-after-ms') ?? '');
    if (Number.isFinite(ms) && ms >= 0) return ms;
    const s = Number.parseFloat(e.headers.get('retry-after') ?? '');
    if (Number.isFinite(s) && s >= 0) return s * 1000;
  }
  const exp = baseMs * 2 ** (attempt - 1);
  return exp * (0.75 + Math.random() * 0.5);
}
