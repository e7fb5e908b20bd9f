import { userInfo } from 'node:os';
import type { Actor } from '../core/api.ts';
import { LOCAL_OPERATOR } from '../app/permissions.ts';

/** Whoever runs the CLI on the machine that holds the database acts with full rights, and is audited as such. */
export function localActor(name = userInfo().username): Actor {
  return { id: `cli:${name}`, roles: [LOCAL_OPERATOR] };
}
