import { describe, expect, it } from 'vitest';
import type { CorpusVulnerability } from '../../schemas/corpus.ts';
import { bulletinGlance, bulletinVulnerabilities, impactName, vulnerabilityDetails, vulnerabilityDetailsText, vulnerabilityThreats } from './bulletin-vulnerabilities.ts';

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

describe('what the surfaces say of a vulnerability', () => {
  it('names its impacts as Microsoft names them, in each language', () => {
    expect(impactName('remote-code-execution', 'ja')).toBe('リモートでコードが実行される');
    expect(impactName('remote-code-execution', 'en')).toBe('Remote Code Execution');
    expect(impactName('security-feature-bypass', 'en')).toBe('Security Feature Bypass');
  });
  it('details: its impacts, in the source’s order; nothing where the source gives none', () => {
    expect(vulnerabilityDetails(SOURCE[2]!, 'en')).toEqual(['Denial of Service, Remote Code Execution']);
    expect(vulnerabilityDetails(SOURCE[2]!, 'ja')).toEqual(['サービス拒否、リモートでコードが実行される']);
    expect(vulnerabilityDetails(SOURCE[1]!, 'en')).toEqual([]);
    expect(vulnerabilityDetailsText(SOURCE[2]!, 'en')).toBe('Denial of Service, Remote Code Execution');
    expect(vulnerabilityDetailsText(SOURCE[1]!, 'ja')).toBeUndefined();
  });
  it('the glance box: the bulletin’s impacts, each once, in the order they first appear', () => {
    expect(bulletinGlance(SOURCE, 'en')).toEqual([{ label: 'Impact of vulnerability', text: 'Remote Code Execution, Denial of Service' }]);
    expect(bulletinGlance([SOURCE[1]!], 'ja')).toEqual([]);
  });
  it('CSAF: one threat of category impact per impact, in the document’s language', () => {
    expect(vulnerabilityThreats(SOURCE[2]!, 'en')).toEqual([
      { category: 'impact', details: 'Denial of Service' },
      { category: 'impact', details: 'Remote Code Execution' },
    ]);
    expect(vulnerabilityThreats(SOURCE[1]!, 'ja')).toEqual([]);
  });
});
