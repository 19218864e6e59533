import { describe, expect, it } from 'vitest';
import { findPage, normalizePagePath, pluginPageHref } from './page-path';

const pages = [{ path: '/' }, { path: '/room-activities' }, { path: 'members/' }];

describe('plugin page paths', () => {
  it('finds the page for the rest of the address, with or without slashes', () => {
    expect(findPage(pages, undefined)).toBe(pages[0]);
    expect(findPage(pages, '')).toBe(pages[0]);
    expect(findPage(pages, 'room-activities')).toBe(pages[1]);
    expect(findPage(pages, 'room-activities/')).toBe(pages[1]);
    expect(findPage(pages, 'members')).toBe(pages[2]);
    expect(findPage(pages, 'nothing')).toBeUndefined();
  });

  it('writes the address of a page', () => {
    expect(normalizePagePath('//a/b/')).toBe('/a/b');
    expect(pluginPageHref('stations', '/')).toBe('/plugins/stations');
    expect(pluginPageHref('stations', '/room-activities', '?village=1')).toBe(
      '/plugins/stations/room-activities?village=1',
    );
  });
});
