import type { JobQueue } from '../../../src/core/queue.ts';
import { InMemoryQueue, InMemoryQueueStore } from '../../fakes/queue/in-memory-queue.ts';
import { queueContract, type QueueHarness } from './queue.contract.ts';

async function inMemoryHarness(): Promise<QueueHarness> {
  const store = new InMemoryQueueStore();
  const opened: JobQueue[] = [];
  return {
    open(name) {
      const queue = new InMemoryQueue(name, { store });
      opened.push(queue);
      return queue;
    },
    async storedJobIds(name) {
      return store.storedIds(name);
    },
    async dispose() {
      await Promise.all(opened.map((q) => q.close()));
    },
  };
}

queueContract('InMemoryQueue (fake)', inMemoryHarness);
