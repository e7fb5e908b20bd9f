/**
 * Stable error codes, one triage point: expected user errors are shown to the user as they are;
 * platform errors are mapped and logged; bad model output is not retried.
 */
export type ErrorCode =
  | 'INVALID_INPUT'        // malformed event or command argument
  | 'NOT_FOUND'
  | 'FORBIDDEN'            // the actor lacks the therapist/admin role
  | 'CONFLICT'             // e.g. a flag already decided
  | 'CONFIG_INVALID'
  | 'PLATFORM_RETRYABLE'   // 429, 5xx, network
  | 'PLATFORM_PERMANENT'   // missing permission, unknown member
  | 'QUEUE_UNAVAILABLE'
  | 'LLM_INVALID_OUTPUT'
  | 'LLM_UNAVAILABLE'
  | 'BUDGET_EXHAUSTED'
  | 'INTERNAL';

export class HoldspaceError extends Error {
  override readonly name = 'HoldspaceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { retryable?: boolean; userMessage?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
  get retryable(): boolean {
    return this.options.retryable ?? (this.code === 'PLATFORM_RETRYABLE' || this.code === 'QUEUE_UNAVAILABLE' || this.code === 'LLM_UNAVAILABLE');
  }
  /** Text safe to show the person who caused it. Never contains message text. */
  get userMessage(): string {
    return this.options.userMessage ?? this.message;
  }
}

export class PlatformError extends HoldspaceError {
  constructor(message: string, retryable: boolean, cause?: unknown) {
    super(retryable ? 'PLATFORM_RETRYABLE' : 'PLATFORM_PERMANENT', message, { retryable, cause });
  }
}

export const isHoldspaceError = (e: unknown): e is HoldspaceError => e instanceof HoldspaceError;
