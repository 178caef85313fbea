import { describe, expect, it } from 'vitest';
import { isExportRoute, routeSeconds } from './build-log.ts';

const LOG = [
  '21:07:26 [build] Rearranging server assets...',
  '[exports] 1505 CSAF documents built and validated in 2.5 s',
  ' generating static routes ',
  '21:08:43   ├─ /.well-known/csaf/provider-metadata.json (+35ms) ',
  '21:08:44   ├─ /.well-known/csaf/white/2017/ms17-023.json/ (+2ms) ',
  '21:08:44   ├─ /api/v1/bulletins.json (+1.50s) ',
  '21:08:44   └─ /en/products/windows-xp/feed.xml (+3ms) ',
  '21:08:44   ├─ /en/bulletins/ms17-023/index.html (+40ms) ',
  '21:08:44 ▶ src/pages/[lang]/feed.xml.ts',
].join('\n');

describe('routeSeconds', () => {
  it('sums the export routes’ times and the self-timed export work', () => {
    const { routes, seconds, selfTimed } = routeSeconds(LOG);
    expect(routes).toBe(4);
    expect(seconds).toBeCloseTo(0.035 + 0.002 + 1.5 + 0.003, 6);
    expect(selfTimed).toBe(2.5);
  });
  it('can sum other routes', () => {
    expect(routeSeconds(LOG, (path) => path.startsWith('/en/bulletins/'))).toEqual({ routes: 1, seconds: 0.04, selfTimed: 2.5 });
  });
  it('knows the export routes', () => {
    expect(['/.well-known/csaf/white/index.txt', '/api/v1/bulletins/ms08-067.json', '/ja/feed.xml', '/ja/feed/'].map(isExportRoute)).toEqual([true, true, true, false]);
  });
});
