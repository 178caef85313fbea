import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies, metaPolicy, parsePolicy, readHeadersFile } from './security-headers.ts';

describe('security headers', () => {
  it('merges page policies directive by directive, adding header-only directives', () => {
    const merged = mergePolicies(
      ["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'; style-src 'self'"],
      ["frame-ancestors 'none'"],
    );
    expect(merged).toBe("default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; frame-ancestors 'none'");
    expect(parsePolicy(merged).get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
  });
  it('reads the policy from a page', () => {
    expect(metaPolicy(`<head><meta http-equiv="content-security-policy" content="default-src 'self';"></head>`)).toBe("default-src 'self';");
    expect(metaPolicy('<head></head>')).toBeUndefined();
  });
  it('writes a headers file for every path', () => {
    expect(headersFile("default-src 'self'")).toBe(
      "/*\n  Content-Security-Policy: default-src 'self'\n  Referrer-Policy: strict-origin-when-cross-origin\n  X-Content-Type-Options: nosniff\n",
    );
  });
  it('reads back the headers a headers file gives every path, and only those', () => {
    expect(readHeadersFile(headersFile("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"))).toEqual({
      'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Content-Type-Options': 'nosniff',
    });
    expect(readHeadersFile('# comment\r\n/api/*\r\n  X-Api: yes\r\n/*\r\n  X-All: 1\r\n')).toEqual({ 'X-All': '1' });
  });
});
