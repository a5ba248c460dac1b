import { describe, expect, it } from 'vitest';
import { findChromium, installAdvice } from '../../../electron/cli/headless/findChromium';
import { fittingScale, MAX_PNG_SIDE, svgSize } from '../../../electron/cli/headless/svgSize';

const onDisk = (files: string[]) => (file: string) => files.includes(file);

describe('findChromium', () => {
  it('prefers CONVERGENCE_CHROMIUM when it exists', () => {
    const found = findChromium({ env: { CONVERGENCE_CHROMIUM: '/opt/c/chrome' }, platform: 'linux', exists: onDisk(['/opt/c/chrome', '/usr/bin/chromium']) });
    expect(found.found).toBe('/opt/c/chrome');
  });

  it('does not fall back when CONVERGENCE_CHROMIUM points nowhere', () => {
    const found = findChromium({ env: { CONVERGENCE_CHROMIUM: '/typo/chrome' }, platform: 'linux', exists: onDisk(['/usr/bin/chromium']) });
    expect(found.found).toBeUndefined();
    expect(found.lookedAt).toEqual(['CONVERGENCE_CHROMIUM=/typo/chrome']);
  });

  it('takes the first common path that exists on the platform', () => {
    expect(findChromium({ env: {}, platform: 'linux', exists: onDisk(['/usr/bin/google-chrome']) }).found).toBe('/usr/bin/google-chrome');
    expect(findChromium({ env: {}, platform: 'darwin', exists: onDisk(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']) }).found).toContain('Google Chrome');
  });

  it('lists every place looked at when nothing is there', () => {
    const found = findChromium({ env: {}, platform: 'linux', exists: () => false });
    expect(found.found).toBeUndefined();
    expect(found.lookedAt).toContain('/usr/bin/chromium');
    expect(found.lookedAt[0]).toContain('CONVERGENCE_CHROMIUM');
  });

  it('gives platform install advice', () => {
    expect(installAdvice('linux')).toContain('apt-get install chromium');
    expect(installAdvice('darwin')).toContain('Chrome');
  });
});

describe('svgSize', () => {
  it('reads width and height', () => {
    expect(svgSize('<svg width="120" height="80px">')).toEqual({ width: 120, height: 80 });
  });
  it('falls back to the viewBox and keeps its aspect ratio', () => {
    expect(svgSize('<svg viewBox="0 0 400 200">')).toEqual({ width: 400, height: 200 });
    expect(svgSize('<svg width="200" viewBox="-5 -5 400 200">')).toEqual({ width: 200, height: 100 });
    expect(svgSize('<svg width="100%" height="100%" viewBox="0,0,30,40">')).toEqual({ width: 30, height: 40 });
  });
  it('skips the XML declaration and uses a default without sizes', () => {
    expect(svgSize('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="5" height="6">')).toEqual({ width: 5, height: 6 });
    expect(svgSize('<svg>')).toEqual({ width: 800, height: 600 });
    expect(svgSize('not svg')).toEqual({ width: 800, height: 600 });
  });
  it('scales huge drawings down to what a screenshot can hold', () => {
    expect(fittingScale({ width: 100, height: 100 }, 2)).toBe(2);
    expect(fittingScale({ width: MAX_PNG_SIDE, height: 10 }, 2)).toBe(1);
  });
});
