import { createHash } from 'node:crypto';

/** Discord accepts a message nonce of at most 25 characters. */
export const NONCE_MAX_LENGTH = 25;

/**
 * The nonce for an action's idempotency key. With `enforce_nonce`, Discord returns the first message instead
 * of creating a second one when the same nonce is sent again within a few minutes, so a retried DM or card
 * post (the process died after Discord accepted it) does not arrive twice.
 */
export function nonceFor(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, NONCE_MAX_LENGTH);
}
