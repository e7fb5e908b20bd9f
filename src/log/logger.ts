import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Paths that may carry message text or PHI. The code never logs them on purpose; redaction is the
 * second line of defence for an object logged whole by mistake.
 */
export const REDACT_PATHS = [
  'text', '*.text', 'content', '*.content', 'redacted', '*.redacted', 'excerpt', '*.excerpt',
  'body', '*.body', 'messages', '*.messages', 'prompt', '*.prompt', 'token', '*.token', 'authorization',
  '*.authorization', 'headers.authorization', 'key', '*.key', 'evidence', '*.evidence',
];

export function createLogger(options: { level?: string; destination?: DestinationStream; name?: string } = {}): Logger {
  const config = { name: options.name ?? 'holdspace', level: options.level ?? 'info', redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return options.destination ? pino(config, options.destination) : pino(config);
}

export const silentLogger: Logger = pino({ level: 'silent' });
