/**
 * The build configuration read from the environment (readConfig), and the locale table the languages derive from.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, DEFAULT_SITE, LOCALE_TABLE, readConfig } from '../../src/config.ts';
import { INTL_TAG, LOCALES, OG_LOCALE, isLocale, otherLocale } from '../../src/i18n/locales.ts';

/** The message readConfig throws for `env`, or a failure if it does not throw. */
function configError(env: Record<string, string>): string {
  try {
    readConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected readConfig(${JSON.stringify(env)}) to throw`);
}

describe('readConfig', () => {
  it('with nothing set, uses the defaults', () => {
    expect(readConfig({})).toEqual({
      site: 'https://zone-briefs.example.org',
      base: '/',
      outDir: 'dist',
      contentDir: 'src/content',
      seedsDir: 'seeds',
      astroCacheDir: './node_modules/.astro',
      ogCacheDir: '.cache/og',
      publisher: 'Zone Briefs',
    });
    expect(DEFAULT_SITE).toBe('https://zone-briefs.example.org');
  });

  it('reads each field from its variable', () => {
    const config = readConfig({
      SITE_URL: 'https://briefs.example.vn',
      OUT_DIR: 'dist-test',
      CONTENT_DIR: 'tests/fixtures/content',
      SEEDS_DIR: 'tests/fixtures/seeds',
      ASTRO_CACHE_DIR: '.cache/astro-1',
      OG_CACHE_DIR: '.cache/og-1',
    });
    expect(config).toMatchObject({
      site: 'https://briefs.example.vn',
      outDir: 'dist-test',
      contentDir: 'tests/fixtures/content',
      seedsDir: 'tests/fixtures/seeds',
      astroCacheDir: '.cache/astro-1',
      ogCacheDir: '.cache/og-1',
    });
  });

  it('BASE_PATH /zone-briefs gains a trailing slash; one that has it keeps a single one', () => {
    expect(readConfig({ BASE_PATH: '/zone-briefs' }).base).toBe('/zone-briefs/');
    expect(readConfig({ BASE_PATH: '/zone-briefs/' }).base).toBe('/zone-briefs/');
  });

  it('CONTENT_DIR loses its trailing slash', () => {
    expect(readConfig({ CONTENT_DIR: 'tests/fixtures/content/' }).contentDir).toBe('tests/fixtures/content');
  });

  it('an empty variable counts as unset', () => {
    expect(readConfig({ SITE_URL: '', BASE_PATH: '', OUT_DIR: '', CONTENT_DIR: '' })).toMatchObject({
      site: 'https://zone-briefs.example.org',
      base: '/',
      outDir: 'dist',
      contentDir: 'src/content',
    });
  });

  it('a SITE_URL that is not an absolute address names the variable and its value', () => {
    expect(configError({ SITE_URL: 'zone-briefs.example.org' })).toBe(
      'The build configuration is invalid:\n  - SITE_URL="zone-briefs.example.org": SITE_URL must be an absolute http(s) address such as https://example.org',
    );
  });

  it('a SITE_URL that is not http(s) is refused too', () => {
    expect(configError({ SITE_URL: 'ftp://example.org' })).toContain('SITE_URL="ftp://example.org"');
  });

  it('a BASE_PATH without a leading "/" names the variable and its value', () => {
    expect(configError({ BASE_PATH: 'zone-briefs' })).toBe(
      'The build configuration is invalid:\n  - BASE_PATH="zone-briefs": BASE_PATH must start with "/" (e.g. /zone-briefs/)',
    );
  });

  it('a folder of only spaces is refused as empty, naming the variable', () => {
    expect(configError({ OUT_DIR: '  ' })).toContain('OUT_DIR="  ": OUT_DIR is empty: give a folder path or leave it unset');
  });

  it('lists every invalid variable, one per line', () => {
    const lines = configError({ SITE_URL: 'nowhere', BASE_PATH: 'zone-briefs' }).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^ {2}- SITE_URL="nowhere": /u);
    expect(lines[2]).toMatch(/^ {2}- BASE_PATH="zone-briefs": /u);
  });
});

describe('locales', () => {
  it('lists Vietnamese first, then English, with Vietnamese the default', () => {
    expect(LOCALES).toEqual(['vi', 'en']);
    expect(DEFAULT_LOCALE).toBe('vi');
  });

  it('gives each language its BCP 47 tag and Open Graph locale', () => {
    expect(INTL_TAG).toEqual({ vi: 'vi-VN', en: 'en-US' });
    expect(OG_LOCALE).toEqual({ vi: 'vi_VN', en: 'en_US' });
    expect(LOCALE_TABLE.vi).toEqual({ tag: 'vi-VN', og: 'vi_VN' });
  });

  it('recognises only the site languages and switches between them', () => {
    expect(isLocale('vi')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(otherLocale('vi')).toBe('en');
    expect(otherLocale('en')).toBe('vi');
  });
});
