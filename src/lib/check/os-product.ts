/**
 * The catalog product of the Windows a systeminfo output names: the release from its OS name and
 * version, the service pack from its version line, the architecture from its system type. Undefined
 * where the output does not say enough (the page then asks the user to pick).
 */
import type { OsInfo } from './inventory.ts';

type Arch = 'x86' | 'x64' | 'itanium';

function archOf(systemType: string | undefined, name: string): Arch | undefined {
  const text = `${systemType ?? ''} ${name}`.toLowerCase();
  if (/itanium|ia64|ia-64/.test(text)) return 'itanium';
  if (/x64|amd64|64-bit|64 ビット/.test(text)) return 'x64';
  if (/x86|32-bit|32 ビット/.test(text)) return 'x86';
  return undefined;
}

const servicePackOf = (version: string | undefined) => /Service Pack (\d+)/i.exec(version ?? '')?.[1];
const buildOf = (version: string | undefined) => Number(/^\d+\.\d+\.(\d+)/.exec(version?.trim() ?? '')?.[1] ?? NaN);
const sp = (id: string, n: string | undefined) => (n ? `${id}-sp${n}` : id);
// Windows 10's releases by build number.
const WINDOWS_10 = new Map([[10240, ''], [10586, '-1511'], [14393, '-1607'], [15063, '-1703']]);

/** The product id, or undefined when the name, version or architecture is missing or not one the catalog has. */
export function osProduct(os: OsInfo): string | undefined {
  const name = os.name.normalize('NFKC').replace(/\(R\)|®|\(TM\)|™/gi, '').replace(/\s+/g, ' ');
  const arch = archOf(os.systemType, name);
  const n = servicePackOf(os.version);
  if (/Windows 2000/i.test(name)) return sp('windows-2000', n);
  if (/Windows XP/i.test(name)) {
    if (arch === 'x64') return sp('windows-xp-x64', n);
    if (arch === 'itanium') return undefined;
    return sp('windows-xp', n);
  }
  if (/Windows Server 2003/i.test(name)) {
    if (arch === 'x64') return sp('windows-server-2003-x64', n);
    if (arch === 'itanium') return sp('windows-server-2003-64', n);
    return arch === 'x86' ? sp('windows-server-2003', n) : undefined;
  }
  if (/Windows Vista/i.test(name)) return arch === 'x64' ? sp('windows-vista-x64', n) : arch === 'x86' ? sp('windows-vista', n) : undefined;
  if (/Windows Server 2008 R2/i.test(name)) return arch === 'x64' || arch === 'itanium' ? sp(`windows-server-2008-r2-${arch}`, n) : undefined;
  if (/Windows Server 2008/i.test(name)) return arch ? sp(`windows-server-2008-${arch}`, n) : undefined;
  if (/Windows 7/i.test(name)) return arch === 'x64' || arch === 'x86' ? sp(`windows-7-${arch}`, n) : undefined;
  if (/Windows 8\.1/i.test(name)) return arch === 'x64' || arch === 'x86' ? `windows-8-1-${arch}` : undefined;
  if (/Windows 8/i.test(name)) return arch === 'x64' || arch === 'x86' ? `windows-8-${arch}` : undefined;
  if (/Windows Server 2012 R2/i.test(name)) return 'windows-server-2012-r2';
  if (/Windows Server 2012/i.test(name)) return 'windows-server-2012';
  if (/Windows Server 2016/i.test(name)) return 'windows-server-2016';
  if (/Windows 10/i.test(name)) {
    const release = WINDOWS_10.get(buildOf(os.version));
    return release !== undefined && (arch === 'x64' || arch === 'x86') ? `windows-10${release}-${arch}` : undefined;
  }
  return undefined;
}
