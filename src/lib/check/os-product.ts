/**
 * The catalog product of the Windows a systeminfo output names, from the catalog's `systeminfo` fields:
 * the longest catalog name the OS name contains, then the architecture its system type gives, the service
 * pack its version line names and, where the catalog says so, the build. Undefined where the output does
 * not say enough (the page then asks the user to pick). Pure: the check page runs it in the browser.
 */
import type { Systeminfo } from '../../schemas/product.ts';
import type { OsInfo } from './inventory.ts';

/** A catalog product with its `systeminfo`, as the check page embeds it. */
export interface OsMatcher extends Systeminfo {
  product: string;
}

type Arch = NonNullable<Systeminfo['arch']>[number];

function archOf(systemType: string | undefined, name: string): Arch {
  const text = `${systemType ?? ''} ${name}`.toLowerCase();
  if (/itanium|ia64|ia-64/.test(text)) return 'itanium';
  if (/x64|amd64|64-bit|64 ビット/.test(text)) return 'x64';
  if (/x86|32-bit|32 ビット/.test(text)) return 'x86';
  return 'unknown';
}

const servicePackOf = (version: string | undefined) => Number(/Service Pack (\d+)/i.exec(version ?? '')?.[1] ?? 0);
const buildOf = (version: string | undefined) => Number(/^\d+\.\d+\.(\d+)/.exec(version?.trim() ?? '')?.[1] ?? NaN);
// The console's code page writes ® as "r" ("Microsoftr Windows Serverr 2008 Standard"): dropped like ® itself.
const normal = (text: string) =>
  text.normalize('NFKC').replace(/\(R\)|®|\(TM\)|™/gi, '').replace(/\b(Microsoft|Windows|Server|Vista)r\b/g, '$1').replace(/\s+/g, ' ').toLowerCase();

/** The products the catalog can tell from a systeminfo output, from its products' `systeminfo` fields. */
export function osMatchers(products: readonly { id: string; systeminfo?: Systeminfo }[]): OsMatcher[] {
  return products.flatMap((p) => (p.systeminfo ? [{ product: p.id, ...p.systeminfo }] : []));
}

/** The product id, or undefined when the name, version or architecture is missing or not one the catalog has. */
export function osProduct(os: OsInfo, matchers: readonly OsMatcher[]): string | undefined {
  const name = normal(os.name);
  const named = matchers.filter((m) => name.includes(normal(m.name)));
  // "Windows Server 2008 R2" names "Windows Server 2008" too: the longer name decides, before anything else.
  const longest = Math.max(...named.map((m) => m.name.length));
  const arch = archOf(os.systemType, name);
  const servicePack = servicePackOf(os.version);
  const build = buildOf(os.version);
  const found = named.filter(
    (m) =>
      m.name.length === longest &&
      (m.arch === undefined || m.arch.includes(arch)) &&
      (m.servicePack ?? 0) === servicePack &&
      (m.build === undefined || m.build === build),
  );
  return found.length === 1 ? found[0]!.product : undefined;
}
