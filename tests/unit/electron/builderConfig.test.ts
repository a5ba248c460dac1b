import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..', '..', '..');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string };
  files: string[];
  fileAssociations: Array<{ ext: string; name: string; role: string; mimeType: string }>;
  linux: { target: string[]; icon: string; maintainer: string };
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean };
  mac: { target: string[]; category: string; icon: string };
}

const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; scripts: Record<string, string> };

describe('electron-builder.yml', () => {
  it('names the app and writes installers to release/', () => {
    expect(config.appId).toBe('org.convergencestudio.app');
    expect(config.productName).toBe('Convergence Studio');
    expect(config.directories.output).toBe('release/');
  });

  it('packs the entry point package.json names', () => {
    expect(pkg.main).toBe('dist-electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'dist-electron/**', 'dist-cli/**', 'assets/**', 'package.json']));
    expect(pkg.scripts.dist).toContain('electron-builder --config electron-builder.yml');
  });

  it('registers .convergence files', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({
        ext: 'convergence',
        name: 'Convergence Studio project',
        role: 'Editor',
        mimeType: 'application/x-convergence-studio+json',
      }),
    ]);
  });

  it('builds the installers of every platform', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.developer-tools');
  });

  it('points at icons that exist', () => {
    for (const file of [config.win.icon, config.mac.icon, path.join(config.linux.icon, '256x256.png'), path.join(config.linux.icon, '512x512.png')]) {
      expect(existsSync(path.join(root, file)), file).toBe(true);
    }
    const png = readFileSync(path.join(root, config.linux.icon, '512x512.png'));
    expect(png.readUInt32BE(16)).toBe(512);
    const ico = readFileSync(path.join(root, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1);
    // The Windows installer needs a 256x256 entry (stored as 0 in the directory).
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + i * 16));
    expect(sizes).toContain(0);
  });
});
