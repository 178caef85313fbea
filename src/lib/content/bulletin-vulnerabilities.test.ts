import { describe, expect, it } from 'vitest';
import type { CorpusVulnerability } from '../../schemas/corpus.ts';
import { bulletinImpacts, bulletinVulnerabilities, impactName } from './bulletin-vulnerabilities.ts';

// Shaped like MS06-001, which lists CVE-2005-4560 under both its CVE and its CAN spelling.
const SOURCE: CorpusVulnerability[] = [
  { id: 'CVE-2005-4560', cve: 'CVE-2005-4560', title: 'グラフィック レンダリング エンジンの脆弱性', impacts: ['remote-code-execution'] },
  { id: 'CAN-2005-4560', cve: 'CVE-2005-4560' },
  { id: 'CVE-2006-0001', cve: 'CVE-2006-0001', impacts: ['denial-of-service', 'remote-code-execution'] },
];

describe('bulletinVulnerabilities', () => {
  it('keeps each CVE once, the first spelling the source gives, with its facts', () => {
    expect(bulletinVulnerabilities(SOURCE)).toEqual([SOURCE[0], SOURCE[2]]);
  });
  it('adds a curated bulletin’s English title by CVE id', () => {
    const [first, second] = bulletinVulnerabilities(SOURCE, new Map([['CVE-2005-4560', 'Graphics Rendering Engine Vulnerability']]));
    expect(first!.titleEn).toBe('Graphics Rendering Engine Vulnerability');
    expect(second).not.toHaveProperty('titleEn');
  });
});

describe('impacts', () => {
  it('are named in each language as Microsoft names them', () => {
    expect(impactName('remote-code-execution', 'ja')).toBe('リモートでコードが実行される');
    expect(impactName('remote-code-execution', 'en')).toBe('Remote Code Execution');
    expect(impactName('security-feature-bypass', 'en')).toBe('Security Feature Bypass');
  });
  it('of a bulletin are each once, in the order they first appear', () => {
    expect(bulletinImpacts(SOURCE)).toEqual(['remote-code-execution', 'denial-of-service']);
    expect(bulletinImpacts([{}])).toEqual([]);
  });
});
