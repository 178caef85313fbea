import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../../lib/search/search.ts';
import { searchClient, type WorkerLike, type WorkerReply, type WorkerRequest } from './search-client.ts';

const OPTIONS = { lang: 'ja', synonyms: [], commonWords: {}, excerptLength: 90 };
const answer = (note: string): SearchAnswer => ({ results: [], expanded: [note], missing: [] });

/** A worker that records what it is sent and replies when told to. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const listeners: { message: Array<(e: { data: WorkerReply }) => void>; error: Array<(e: unknown) => void> } = { message: [], error: [] };
  const worker: WorkerLike = {
    postMessage: (message) => void sent.push(message),
    addEventListener: (type: 'message' | 'error', listener: never) => void listeners[type].push(listener),
  };
  return {
    worker,
    sent,
    reply: (data: WorkerReply) => listeners.message.forEach((l) => l({ data })),
    crash: () => listeners.error.forEach((l) => l(new Event('error'))),
  };
}

describe('searchClient', () => {
  it('makes no worker until it is first asked, then one for every query', async () => {
    const fake = fakeWorker();
    let made = 0;
    const client = searchClient(() => (made++, fake.worker));
    expect(made).toBe(0);
    client.warm('ja');
    const first = client.search('再起動', OPTIONS);
    const second = client.search('restart', { ...OPTIONS, bulletin: 'ms04-015' });
    expect(made).toBe(1);
    expect(fake.sent).toEqual([
      { kind: 'warm', lang: 'ja' },
      { kind: 'search', id: 1, query: '再起動', options: OPTIONS },
      { kind: 'search', id: 2, query: 'restart', options: { ...OPTIONS, bulletin: 'ms04-015' } },
    ]);
    // Answers can come back in any order; each goes to its own query.
    fake.reply({ id: 2, answer: answer('second') });
    fake.reply({ id: 1, answer: answer('first') });
    expect(await first).toEqual(answer('first'));
    expect(await second).toEqual(answer('second'));
  });

  it('rejects a query the worker could not answer, with its reason', async () => {
    const fake = fakeWorker();
    const client = searchClient(() => fake.worker);
    const query = client.search('x', OPTIONS);
    fake.reply({ id: 1, error: 'Pagefind failed to load' });
    await expect(query).rejects.toThrow('Pagefind failed to load');
  });

  it('rejects the queries under way when the worker fails, and starts a new worker for the next', async () => {
    const fakes = [fakeWorker(), fakeWorker()];
    let made = 0;
    const client = searchClient(() => fakes[made++]!.worker);
    const query = client.search('x', OPTIONS);
    fakes[0]!.crash();
    await expect(query).rejects.toThrow('search worker failed');
    const again = client.search('y', OPTIONS);
    expect(made).toBe(2);
    fakes[1]!.reply({ id: 2, answer: answer('y') });
    expect(await again).toEqual(answer('y'));
  });

  it('rejects when no worker can be made; warming up without one throws nothing', async () => {
    const client = searchClient(() => {
      throw new Error('Workers are not allowed here');
    });
    expect(() => client.warm('ja')).not.toThrow();
    await expect(client.search('x', OPTIONS)).rejects.toThrow('Workers are not allowed here');
  });
});
