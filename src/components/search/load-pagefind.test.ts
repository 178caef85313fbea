import { describe, expect, it } from 'vitest';
import { pagefindLoader, type PagefindModule } from './load-pagefind.ts';

function fakeImport(failures = 0) {
  const calls: string[] = [];
  let left = failures;
  const module: PagefindModule = {
    search: async () => null,
    options: async (o) => void calls.push(`options ${JSON.stringify(o)}`),
    init: async () => void calls.push('init'),
  };
  const importModule = async () => {
    calls.push('import');
    if (left-- > 0) throw new Error('offline');
    return module;
  };
  return { calls, module, importModule };
}

describe('pagefindLoader', () => {
  it('imports and starts Pagefind once, with short excerpts, no worker of its own and its paths, however often it is asked', async () => {
    const { calls, module, importModule } = fakeImport();
    const load = pagefindLoader(importModule);
    const [a, b] = await Promise.all([load(), load()]);
    expect(await load()).toBe(module);
    expect(a).toBe(module);
    expect(b).toBe(module);
    expect(calls).toEqual(['import', 'options {"excerptLength":24,"noWorker":true,"basePath":"/pagefind/","baseUrl":"/"}', 'init']);
  });

  it('tries again after a failed load', async () => {
    const { calls, module, importModule } = fakeImport(1);
    const load = pagefindLoader(importModule);
    await expect(load()).rejects.toThrow('offline');
    expect(await load()).toBe(module);
    expect(calls.filter((c) => c === 'import')).toHaveLength(2);
  });
});
