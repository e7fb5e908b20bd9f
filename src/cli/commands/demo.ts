import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LocalPlatform, readTranscript, toIncoming } from '../../../adapters/local/index.ts';
import { createHoldspace, DB_FILE } from '../../app/holdspace.ts';
import { ManualClock } from '../../core/clock.ts';
import { loadEnv } from '../../config/env.ts';
import { createLogger } from '../../log/logger.ts';
import { localActor } from '../local-actor.ts';

const SAMPLE = fileURLToPath(new URL('../../../adapters/local/sample/conversation.jsonl', import.meta.url));

/**
 * The main job on the embedded default: a sample evening of a support group goes through ingest → queue →
 * classify → review → ladder → retention, printed as members and therapists would see it.
 */
export async function run(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { transcript: { type: 'string' }, 'data-dir': { type: 'string' } } });
  const env = loadEnv();
  const dataDir = join(values['data-dir'] ?? env.HOLDSPACE_DATA_DIR, 'demo');
  rmSync(dataDir, { recursive: true, force: true }); // the demo starts from nothing each time
  const out = (line = '') => process.stdout.write(line + '\n');
  const clock = new ManualClock(Date.now());
  const platform = new LocalPlatform(out);
  const hs = await createHoldspace({
    dataDir, clock, env: { REDIS_URL: undefined }, sweepEveryMs: null,
    logger: createLogger({ level: env.LOG_LEVEL === 'info' ? 'warn' : env.LOG_LEVEL }),
  });
  hs.registerPlatform(platform);
  const therapist = { id: 'therapist-jo', roles: ['role-therapist'] };
  const operator = localActor();
  try {
    const conversations = readTranscript(values.transcript ?? SAMPLE);
    const groupId = conversations[0]?.group ?? 'local-group';
    await hs.core.ensureGroup('local', groupId);
    await hs.core.config.set(groupId, operator, 'therapistRoles', 'role-therapist');
    await hs.core.config.set(groupId, operator, 'reviewChannelId', 'review');
    await hs.start();

    out(`━━ 1. The group chats (${conversations.reduce((n, c) => n + c.messages.length, 0)} messages; the bot reads along)`);
    for (const conversation of conversations) {
      for (const m of toIncoming(conversation, clock.now())) {
        clock.set(m.sentAt);
        out(`  ${m.authorId.padEnd(6)} │ ${m.text}`);
        await hs.core.ingest(m);
        await hs.drain();
      }
    }
    await hs.drain();

    out('\n━━ 2. The therapist review queue (crisis first, then severity, then age)');
    const queue = await hs.core.review.list(groupId, therapist);
    for (const card of queue) {
      out(`  #${card.flagId.padEnd(3)} ${card.categories.map((c) => `${c.category} ${c.score.toFixed(2)}`).join(', ').padEnd(28)} ${card.authorId}${card.targetId ? ` → ${card.targetId}` : ''}: ${card.redactedExcerpt}`);
    }
    if (queue.length === 0) out('  (nothing flagged)');

    out('\n━━ 3. A therapist takes the next flag and confirms it; the ladder suggests the step');
    for (let i = 0; i < 2; i++) {
      const next = await hs.core.review.next(groupId, therapist);
      if (!next) break;
      out(`  ${therapist.id} opens #${next.flagId}: ${next.categories.map((c) => `${c.category}: ${c.explanation}`).join('; ')}`);
      out(`  suggested step: ${next.suggestedStep ?? 'none (not a manipulation flag)'}`);
      const decision = next.categories.some((c) => c.category === 'phi')
        ? await hs.core.review.dismiss(groupId, therapist, next.flagId, 'offered in good faith; asked them to share privately instead')
        : await hs.core.review.confirm(groupId, therapist, next.flagId);
      out(`  → ${decision.summary}`);
      await hs.drain();
    }
    const offenders = new Set(queue.map((c) => c.authorId));
    for (const member of offenders) {
      const h = await hs.core.review.memberHistory(groupId, therapist, member);
      out(`  member ${member}: ${h.liveOffences} live offence(s)${h.restrictedUntil ? `, restricted until ${new Date(h.restrictedUntil).toISOString()}` : ''}`);
    }

    out('\n━━ 4. Retention: the conversation leaves the context window (30 minutes later) and the sweep runs');
    const count = () => hs.db.$client.prepare('select count(*) as n from messages where text_enc is not null').get() as { n: number };
    out(`  message texts held before the sweep: ${count().n}`);
    clock.advance(31 * 60_000);
    const report = hs.sweep();
    out(`  sweep removed ${report.messages} message(s); message texts held now: ${count().n}`);
    hs.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const raw = readFileSync(join(dataDir, DB_FILE));
    const unflagged = conversations.flatMap((c) => c.messages).map((m) => m.text).filter((t) => raw.includes(Buffer.from(t)));
    out(`  plain text of any message found in the database file: ${unflagged.length === 0 ? 'none' : unflagged.length}`);
    out(`  flags kept for review, encrypted with their redacted evidence: ${(await hs.core.review.list(groupId, therapist)).length} open, plus decided ones until their retention period ends`);
    out(`\n━━ ${platform.delivered.length} platform actions were performed. Data folder: ${dataDir}`);
    return 0;
  } finally {
    await hs.stop();
  }
}
