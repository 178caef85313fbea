/**
 * What Astro's build log says of the time spent on some routes: each generated route is a line
 * `  ├─ /api/v1/bulletins.json (+35ms)`, and data built before the routes reports itself as
 * `[exports] … in 2.1 s`. The benchmark reads the exports' share of the build from it.
 */

/** The routes that are exports: the CSAF provider, the JSON API and the Atom feeds. */
export const isExportRoute = (path: string) => path.startsWith('/.well-known/csaf/') || path.startsWith('/api/') || path.endsWith('/feed.xml');

const ROUTE_LINE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;
const SELF_TIMED = /\[exports\][^\n]*? in (\d+(?:\.\d+)?) s\b/;

/** Seconds spent on the routes `keep` selects; and on the export work that timed itself (`[exports] … in N s`), outside any route. */
export function routeSeconds(log: string, keep: (path: string) => boolean = isExportRoute): { routes: number; seconds: number; selfTimed: number } {
  let routes = 0;
  let seconds = 0;
  let selfTimed = 0;
  for (const line of log.split('\n')) {
    const route = ROUTE_LINE.exec(line);
    if (route) {
      const path = route[1]!.replace(/\/$/, '');
      if (!keep(path)) continue;
      routes += 1;
      seconds += Number(route[2]) / (route[3] === 'ms' ? 1000 : 1);
      continue;
    }
    const timed = SELF_TIMED.exec(line);
    if (timed) selfTimed += Number(timed[1]);
  }
  return { routes, seconds, selfTimed };
}
