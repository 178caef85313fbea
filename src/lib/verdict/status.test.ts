import { describe, expect, it } from 'vitest';
import { t } from '../i18n/translate.ts';
import { STATUS_LABELS, statusLabel } from './status.ts';

describe('the status vocabulary', () => {
  it('has one key per status and form, all under status.{form}.{status}', () => {
    for (const [form, labels] of Object.entries(STATUS_LABELS)) {
      for (const [status, key] of Object.entries(labels)) expect(key).toBe(`status.${form}.${status}`);
    }
  });
  it('keeps the source\'s meaning: a service pack that is to include the fix', () => {
    expect(t('ja', statusLabel('product', 'patched'))).toBe('この Service Pack に修正が含まれる予定');
    expect(t('en', statusLabel('product', 'patched'))).toBe('The fix will be included in this service pack');
    expect(t('ja', statusLabel('list', 'patched'))).toBe('修正を含む予定のサービスパック');
    expect(t('en', statusLabel('verdict', 'patched'))).toBe('Patched');
  });
  it('says the same of affected and not-affected products wherever a product or verdict is labelled', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const status of ['affected', 'not-affected'] as const) {
        expect(t(lang, statusLabel('product', status))).toBe(t(lang, statusLabel('verdict', status)));
      }
    }
  });
});
