import { z } from 'zod';

/**
 * The one place that reads process.env. Every variable is in .env.example, grouped the same way.
 * Outside endpoints default to the real services so the same `holdspace start` runs against a fake one.
 */
const optionalString = z.string().trim().min(1).optional().catch(undefined);
const emptyAsUndefined = (v: unknown) => (v === '' ? undefined : v);

export const envSchema = z.object({
  // Core
  HOLDSPACE_DATA_DIR: z.string().default('./data'),
  HOLDSPACE_ENCRYPTION_KEY: z.preprocess(emptyAsUndefined, z.string()
    .refine((s) => Buffer.from(s, 'base64').length === 32, 'must be 32 bytes, base64-encoded (openssl rand -base64 32)')
    .optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOLDSPACE_CONCURRENCY: z.coerce.number().int().min(1).max(256).default(8),
  // Queue and storage
  REDIS_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  HOLDSPACE_QUEUE_PREFIX: z.string().default('holdspace'),
  // Discord
  DISCORD_TOKEN: optionalString,
  DISCORD_APP_ID: optionalString,
  DISCORD_API_URL: z.string().url().default('https://discord.com/api'),
  // Slack
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_USER_TOKEN: optionalString,
  SLACK_API_URL: z.string().url().default('https://slack.com/api/'),
  SLACK_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  // LLM second opinion
  OPENAI_BASE_URL: z.string().url().default('https://api.openai.com/v1'),
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  LLM_MODE: z.enum(['off', 'borderline', 'all']).default('off'),
  LLM_BAND: z.coerce.number().min(0).max(1).default(0.2),
  LLM_DAILY_BUDGET: z.coerce.number().int().min(0).default(1000),
  LLM_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  LLM_BATCH_SIZE: z.coerce.number().int().min(1).max(50).default(8),
});

export type Env = z.infer<typeof envSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration in the environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
