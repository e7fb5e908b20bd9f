import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalClassifier } from '../../../../src/classify/local/index.ts';
import { startFakeOpenAI, type FakeOpenAI } from '../../../fakes/openai/server.ts';
import { ctx, input, make } from './helpers.ts';

let server: FakeOpenAI;
beforeEach(async () => { server = await startFakeOpenAI(); });
afterEach(async () => { await server.close(); });

describe('with the real local classifier', () => {
  it('GIVEN every Safe Harbor shape the guide lists WHEN the local classifier redacts and the LLM is asked THEN none of the planted strings reaches the endpoint', async () => {
    const planted = ['415-555-0137', 'jo.rivera@example.org', 'Jenna Morales', 'lithium', '00482913', '03/14/1989', '12 Elm St', '94110', '@sam.recovers',
      'U7SENDER', 'U8OTHER'];
    const { classifier } = make(server, { local: new LocalClassifier(), batchSize: 4 });
    const rs = await classifier.classifyMany([
      input('call me at 415-555-0137 or mail jo.rivera@example.org', { id: 'a', author: 'U7SENDER', context: [ctx('U8OTHER', 'Jenna Morales from the Tuesday group told me she is on lithium')] }),
      input('my MRN is 00482913, DOB 03/14/1989', { id: 'b', author: 'U7SENDER' }),
      input('I live at 12 Elm St apt 4, 94110, add me @sam.recovers', { id: 'c', author: 'U7SENDER' }),
      input('<@U8OTHER> that never happened, you are making things up', { id: 'd', author: 'U7SENDER', context: [ctx('U8OTHER', 'it hurt when you said that')] }),
    ]);
    expect(server.bodies.length).toBeGreaterThan(0);
    for (const body of server.bodies) {
      const decoded = JSON.stringify(JSON.parse(body));
      for (const s of planted) {
        expect(body).not.toContain(s);
        expect(decoded).not.toContain(s);
      }
    }
    expect(rs.every((r) => r.classifier.startsWith('local@') && r.classifier.includes('+llm/'))).toBe(true);
    expect(rs[3]?.targetId).toBe('U8OTHER');
  });
});
