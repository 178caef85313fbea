import { describe, expect, it } from 'vitest';
import { productFacts } from '../content/bulletin-facts.ts';
import { MS04_015, MS99_001 } from '../../../test/support/contract.ts';
import { contentWithFixtures, publishedContent, wizardFactsOf } from '../../../test/support/content.ts';
import { lookupProduct, wizardProducts } from './wizard-facts.ts';

const site = publishedContent();
const bulletin = site.bulletins[0]!;
const WIZARD_URL = 'https://example.org/ja/bulletins/ms04-015/check/';
const products = wizardProducts(site.products, productFacts(bulletin), 'en');

describe('the wizard\'s facts', () => {
  it('know every catalog product, and the data gives the contract fixed versions', () => {
    expect(Object.keys(products)).toEqual(site.products.map((p) => p.id));
    const affected = Object.entries(products).filter(([, p]) => p.status === 'affected');
    expect(affected.map(([id, p]) => [id, p.fixedVersion])).toEqual(Object.entries(MS04_015.affected).map(([id, { fixed }]) => [id, fixed]));
  });
  it('name each product in the page language', () => {
    const ja = wizardProducts(site.products, productFacts(bulletin), 'ja');
    expect(ja['windows-xp']!.name).toBe('Windows XP (Service Pack なし)');
    expect(products['windows-xp']!.name).toBe('Windows XP (no service pack)');
  });
  it('ship a download link only for affected products', () => {
    for (const [id, p] of Object.entries(products)) expect(p.download !== undefined, id).toBe(p.status === 'affected');
  });
  it('mark catalog products the bulletin does not mention as not listed', () => {
    const catalog = [...site.products, { id: 'windows-vista', name: { ja: 'Vista', en: 'Vista' } }];
    expect(wizardProducts(catalog, productFacts(bulletin), 'en')['windows-vista']).toEqual({ name: 'Vista', status: 'not-listed' });
  });
  it('never look up an inherited property', () => {
    expect(lookupProduct(products, 'constructor')).toBeUndefined();
    expect(lookupProduct(products, 'windows-xp')?.status).toBe('affected');
  });
  it('give the bulletin facts the texts and the query need', () => {
    expect(wizardFactsOf(site, 'MS04-015', 'ja', WIZARD_URL).bulletin).toEqual({
      id: 'MS04-015',
      title: bulletin.title.ja,
      kb: '840374',
      cves: 'CVE-2004-0199 (CAN-2004-0199)',
      keyFile: MS04_015.keyFile,
      wizardUrl: WIZARD_URL,
      versionAliases: MS04_015.versionAliases,
      situations: [
        {
          id: MS04_015.situation.id,
          param: MS04_015.situation.param,
          question: 'このコンピュータでは、ヘルプとサポート センター サービスが無効に設定されていますか?',
          values: [MS04_015.situation.holds, MS04_015.situation.doesNot],
          holds: [MS04_015.situation.holds],
          labels: { [MS04_015.situation.holds]: 'はい、無効に設定されています', [MS04_015.situation.doesNot]: 'いいえ、無効に設定されていません' },
        },
      ],
    });
  });
  it('follow the synthetic bulletin: its key file, its situation, no alias, its family\'s products', () => {
    const fixture = wizardFactsOf(contentWithFixtures(), 'MS99-001', 'en');
    expect(fixture.bulletin).toMatchObject({ keyFile: MS99_001.keyFile, versionAliases: [] });
    expect(fixture.bulletin.situations.map((s) => [s.id, s.param, s.holds])).toEqual([[MS99_001.situation.id, MS99_001.situation.param, [MS99_001.situation.holds]]]);
    for (const [id, { fixed }] of Object.entries(MS99_001.affected)) expect(fixture.products[id]).toMatchObject({ status: 'affected', fixedVersion: fixed });
  });
});
