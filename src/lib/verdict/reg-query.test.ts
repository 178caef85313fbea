import { describe, expect, it } from 'vitest';
import { regQueryCommand } from './reg-query.ts';

describe('regQueryCommand', () => {
  it('writes the reg query command for a key, quoted', () => {
    expect(regQueryCommand('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows XP\\SP2\\KB840374\\Filelist')).toBe(
      'reg query "HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Updates\\Windows XP\\SP2\\KB840374\\Filelist"',
    );
  });
});
