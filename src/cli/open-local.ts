import { createHoldspace, type Holdspace } from '../app/holdspace.ts';
import type { Actor } from '../core/api.ts';
import { createLogger } from '../log/logger.ts';
import { localActor } from './local-actor.ts';

/** The core on the local database, without workers: what the operator's commands need. */
export async function openLocal(): Promise<{ hs: Holdspace; actor: Actor }> {
  const hs = await createHoldspace({ logger: createLogger({ level: 'warn', name: 'holdspace-cli' }) });
  return { hs, actor: localActor() };
}
