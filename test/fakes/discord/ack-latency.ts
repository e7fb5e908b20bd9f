/**
 * Measures how fast the Discord adapter acknowledges interactions (Discord allows 3 s), against a baseline
 * in the same run: a bare REST round trip of the same discord.js client to the same fake Discord.
 * Run: npx tsx test/fakes/discord/ack-latency.ts [interactions=200]. Prints one JSON line.
 */
import { Routes } from 'discord.js';
import { discordWorld } from './discord-world.ts';

const n = Number(process.argv[2] ?? 200);
const w = await discordWorld();
const { fake, ids } = w;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN;

const baseline: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  await w.adapter.client.rest.get(Routes.channel(ids.general));
  baseline.push(performance.now() - t0);
}

const sent = new Map<string, number>();
for (let i = 0; i < n; i++) {
  const user = i % 2 === 0 ? ids.therapist : ids.carol;
  sent.set(i % 2 === 0 ? fake.slash(user, 'review', [{ type: 1, name: 'list', options: [] }]) : fake.slash(user, 'privacy'), Date.now());
}
await w.until(() => [...sent.keys()].every((t) => fake.interactions.get(t)?.original), 'all answers', 60_000);
const ack = [...sent].map(([t, at]) => (fake.interactions.get(t)?.callbacks[0]?.at ?? NaN) - at);
const answered = [...sent].map(([t, at]) => {
  const last = fake.requests.filter((r) => r.path.includes(t) && r.method === 'PATCH').at(-1);
  return (last?.at ?? NaN) - at;
});
const result = {
  interactions: n,
  restRoundTripMs: { p50: pct(baseline, 0.5), p95: pct(baseline, 0.95) },
  ackMs: { p50: pct(ack, 0.5), p95: pct(ack, 0.95), max: Math.max(...ack) },
  answeredMs: { p50: pct(answered, 0.5), p95: pct(answered, 0.95), max: Math.max(...answered) },
  ackP95OverRestP95: Number((pct(ack, 0.95) / pct(baseline, 0.95)).toFixed(2)),
  withinDiscords3s: ack.every((x) => x < 3000),
};
await w.close();
process.stdout.write(JSON.stringify(result) + '\n');
