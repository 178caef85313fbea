import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedBulletinProducts, productFacts } from './bulletin-facts.ts';
import { loadContent } from './load.ts';
import { MS04_015 } from '../../../test/support/contract.ts';

const site = loadContent(
  { file: 'content/products.yaml', text: readFileSync('content/products.yaml', 'utf8') },
  [{ file: 'content/bulletins/ms04-015/bulletin.yaml', text: readFileSync('content/bulletins/ms04-015/bulletin.yaml', 'utf8') }],
);
const facts = productFacts(site.bulletins[0]!);

const affected = Object.entries(MS04_015.affected).map(([id, { fixed, key }]) => [id, fixed, key] as const);

describe('what MS04-015 says about each product (the contract table)', () => {
  it.each(affected)('%s is affected, fixed in helpctr.exe %s, checked by its Filelist key', (id, version, key) => {
    const f = facts.get(id)!;
    expect(f.status).toBe('affected');
    expect(f.fixedVersion).toBe(version);
    expect(f.registryKeys).toEqual([key]);
    expect(f.download).toMatch(/^https:\/\/www\.microsoft\.com\/download\/details\.aspx\?familyid=/);
  });
  it.each(MS04_015.patched)('%s is patched: its service pack is to include the fix', (id) => {
    expect(facts.get(id)).toMatchObject({ status: 'patched', registryKeys: [], commands: [] });
    expect(facts.get(id)!.fixedVersion).toBeUndefined();
  });
  it.each(MS04_015.notAffected)('%s is not affected', (id) => {
    expect(facts.get(id)?.status).toBe('not-affected');
  });
  it('names every catalog product', () => {
    expect([...facts.keys()].sort()).toEqual(site.products.map((p) => p.id).sort());
  });
  it('gives command lines only for the products whose package they name', () => {
    expect(facts.get('windows-xp')!.commands.map((c) => c.line)).toEqual([
      'Windowsxp-kb840374-x86-jpn /passive /quiet',
      'Windowsxp-kb840374-x86-jpn /norestart',
    ]);
    expect(facts.get('windows-server-2003')!.commands.map((c) => c.line)).toEqual([
      'Windowsserver2003-kb840374-x86-jpn /passive /quiet',
      'Windowsserver2003-kb840374-x86-jpn /norestart',
    ]);
    expect(facts.get('windows-xp-64-sp1')!.commands).toEqual([]);
  });
  it('applies KB842253 to the Japanese Windows XP package only, KB841996 to every affected product', () => {
    expect(facts.get('windows-xp-sp1')!.caveats.map((c) => c.kb)).toEqual(['841996', '842253']);
    expect(facts.get('windows-server-2003')!.caveats.map((c) => c.kb)).toEqual(['841996']);
  });
  it('maps the dual-mode folders: sp1 to Windows XP, sp2 to Windows XP SP1', () => {
    const xp = site.bulletins[0]!.updates[1]!.fileTables[0]!;
    expect(xp.rows.filter((r) => r.folder === 'sp1').every((r) => r.products.join() === 'windows-xp')).toBe(true);
    expect(xp.rows.filter((r) => r.folder === 'sp2').every((r) => r.products.join() === 'windows-xp-sp1')).toBe(true);
  });
});

describe('MS04-015 in the one product view', () => {
  const bulletin = site.bulletins[0]!;
  const entries = curatedBulletinProducts(bulletin, facts);
  const of = (id: string) => entries.find((e) => e.product === id);

  it('gives every product once, with the contract’s verdict in the view’s words (patched is fixed)', () => {
    expect(entries.map((e) => e.product)).toEqual([...facts.keys()]);
    for (const [id] of affected) expect(of(id)).toMatchObject({ status: 'affected', reason: 'row' });
    for (const id of MS04_015.patched) expect(of(id)).toEqual({ bulletin: 'MS04-015', product: id, status: 'fixed', reason: 'service-pack', kbs: [], downloads: [], with: [], rows: [] });
    for (const id of MS04_015.notAffected) expect(of(id)).toMatchObject({ status: 'not-affected', reason: 'row', kbs: [], downloads: [], rows: [{ affected: false }] });
  });

  it('gives an affected product the update’s KB number, its download and its fixed key-file version, and the row that says so', () => {
    const [id, version] = affected[0]!;
    const download = facts.get(id)!.download!;
    expect(of(id)).toEqual({
      bulletin: 'MS04-015',
      product: id,
      status: 'affected',
      reason: 'row',
      kbs: ['840374'],
      downloads: [download],
      with: [],
      fixedVersion: { file: bulletin.keyFile, version },
      rows: [{ affected: true, kb: '840374', downloads: [download], with: [] }],
    });
  });
});
