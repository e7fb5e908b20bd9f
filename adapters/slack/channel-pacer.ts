/** Slack allows about one message per second per channel; posting faster gets 429s or dropped bursts. */
export const CHANNEL_POST_INTERVAL_MS = 1100;

/**
 * Serialises posts per channel and spaces them at least `intervalMs` apart. Urgent work (a crisis alert)
 * goes ahead of what is waiting in the same channel.
 */
export class ChannelPacer {
  readonly #lanes = new Map<string, { queue: { run: () => Promise<void>; urgent: boolean }[]; busy: boolean; last: number }>();

  constructor(private readonly intervalMs = CHANNEL_POST_INTERVAL_MS) {}

  run<T>(channel: string, task: () => Promise<T>, urgent = false): Promise<T> {
    let lane = this.#lanes.get(channel);
    if (!lane) {
      lane = { queue: [], busy: false, last: 0 };
      this.#lanes.set(channel, lane);
    }
    const l = lane;
    return new Promise<T>((resolve, reject) => {
      const item = { run: () => task().then(resolve, reject), urgent };
      if (urgent) {
        const firstNormal = l.queue.findIndex((q) => !q.urgent);
        l.queue.splice(firstNormal === -1 ? l.queue.length : firstNormal, 0, item);
      } else {
        l.queue.push(item);
      }
      if (!l.busy) void this.#drain(channel, l);
    });
  }

  async #drain(channel: string, lane: { queue: { run: () => Promise<void> }[]; busy: boolean; last: number }): Promise<void> {
    lane.busy = true;
    try {
      for (let item = lane.queue.shift(); item; item = lane.queue.shift()) {
        const wait = lane.last + this.intervalMs - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        await item.run();
        lane.last = Date.now();
      }
    } finally {
      lane.busy = false;
      // Keep the lane (and its last post time) for one interval, so a post right after still waits its turn.
      setTimeout(() => { if (!lane.busy && lane.queue.length === 0 && this.#lanes.get(channel) === lane) this.#lanes.delete(channel); }, this.intervalMs).unref();
    }
  }
}
