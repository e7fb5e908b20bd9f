import { execFileSync } from 'node:child_process';

export const REDIS_URL = 'redis://127.0.0.1:6379';

let answer: boolean | undefined;

/** Redis runs on development and CI machines (.ci/run starts it); elsewhere its tests are skipped, loudly. */
export function redisAvailable(): boolean {
  if (answer === undefined) {
    try {
      answer = execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { encoding: 'utf8', timeout: 2000 }).trim() === 'PONG';
    } catch {
      answer = false;
    }
    if (!answer) process.stderr.write('warning: Redis is not running on 127.0.0.1:6379; its tests are skipped\n');
  }
  return answer;
}
