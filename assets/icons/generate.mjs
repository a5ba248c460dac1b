// Renders icon.svg into the PNG sizes the installers use and packs icon.ico for Windows.
// Run from the repository root: `node assets/icons/generate.mjs`. Needs Chromium
// (/usr/bin/chromium or CHROMIUM_PATH) through playwright-core, a dev dependency.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const svg = await readFile(path.join(here, 'icon.svg'), 'utf8');
/** Linux and the Windows .ico take the sizes up to 256; macOS builds its .icns from icon.png. */
const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const MAC_SIZE = 1024;

async function renderAll() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const rendered = new Map();
    for (const size of [...PNG_SIZES, MAC_SIZE]) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('width="512" height="512"', `width="${size}" height="${size}"`);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      rendered.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
    return rendered;
  } finally {
    await browser.close();
  }
}

/** An ICO file whose entries are PNG images (supported since Windows Vista). */
function packIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const directory = Buffer.alloc(16 * images.length);
  let offset = header.length + directory.length;
  images.forEach(({ size, png }, index) => {
    const entry = index * 16;
    directory.writeUInt8(size >= 256 ? 0 : size, entry);
    directory.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    directory.writeUInt8(0, entry + 2);
    directory.writeUInt8(0, entry + 3);
    directory.writeUInt16LE(1, entry + 4);
    directory.writeUInt16LE(32, entry + 6);
    directory.writeUInt32LE(png.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...images.map(({ png }) => png)]);
}

const rendered = await renderAll();
for (const size of PNG_SIZES) await writeFile(path.join(here, `${size}x${size}.png`), rendered.get(size));
await writeFile(path.join(here, 'icon.png'), rendered.get(MAC_SIZE));
await writeFile(path.join(here, 'icon.ico'), packIco(ICO_SIZES.map((size) => ({ size, png: rendered.get(size) }))));
console.log(`Wrote ${PNG_SIZES.length} PNG sizes, icon.png (${MAC_SIZE}px) and icon.ico to ${path.relative(process.cwd(), here) || '.'}`);
