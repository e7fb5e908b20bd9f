import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/log/logger.ts';

/**
 * Bolt and the WebClient log through this. Their debug output carries whole request bodies (message text,
 * DM text), so debug is dropped outright; the other levels keep only strings and error messages.
 */
export function boltLogger(logger: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  const line = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : typeof p === 'string' ? p : '')).filter(Boolean).join(' ').slice(0, 500);
  return {
    debug: () => {},
    info: (...m: unknown[]) => { if (level !== LogLevel.WARN && level !== LogLevel.ERROR) logger.info({ source: 'bolt' }, line(m)); },
    warn: (...m: unknown[]) => { if (level !== LogLevel.ERROR) logger.warn({ source: 'bolt' }, line(m)); },
    error: (...m: unknown[]) => { logger.error({ source: 'bolt' }, line(m)); },
    setLevel: (l: LogLevel) => { level = l; },
    getLevel: () => level,
    setName: () => {},
  };
}
