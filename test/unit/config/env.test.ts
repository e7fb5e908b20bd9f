import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../../src/config/env.ts';

describe('the environment schema', () => {
  it('GIVEN nothing set WHEN parsed THEN the real endpoints and the embedded defaults apply', () => {
    const env = loadEnv({});
    expect(env.DISCORD_API_URL).toBe('https://discord.com/api');
    expect(env.SLACK_API_URL).toBe('https://slack.com/api/');
    expect(env.OPENAI_BASE_URL).toBe('https://api.openai.com/v1');
    expect(env.HOLDSPACE_DATA_DIR).toBe('./data');
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.LLM_MODE).toBe('off');
  });

  it('GIVEN a bad value WHEN parsed THEN the error names the variable and the rule', () => {
    expect(() => loadEnv({ HOLDSPACE_ENCRYPTION_KEY: 'too-short' })).toThrow(/HOLDSPACE_ENCRYPTION_KEY: must be 32 bytes/);
    expect(() => loadEnv({ LLM_MODE: 'sometimes' })).toThrow(/LLM_MODE/);
  });

  it('GIVEN an empty REDIS_URL as in .env.example WHEN parsed THEN the embedded queue is used', () => {
    expect(loadEnv({ REDIS_URL: '' }).REDIS_URL).toBeUndefined();
  });
});
