// The Open Graph image template: one 1200×630 card per page from its title and section,
// laid out by satori (to SVG, text as paths) and rasterized by sharp (librsvg + libpng).
// Measured on the 2-core machine (20 renders, median of 2 runs): satori 55–90 ms; resvg-js
// render + PNG 125–260 ms; sharp 32–46 ms. sharp also ships with Astro, so no new install.
// Any change to this file (or the fonts) changes TEMPLATE_KEY and so re-renders every image.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';

const require = createRequire(import.meta.url);
const fontFile = (weight) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
const FONT_FILES = [fontFile(400), fontFile(700)];

/** The cache-key part for a template: its source text and the font bytes. */
export function templateKey(source) {
  const fontHash = FONT_FILES.reduce((h, f) => h.update(readFileSync(f)), createHash('sha256')).digest();
  return createHash('sha256').update(source).update(fontHash).digest('hex');
}
/** This template's key: part of every cache key, so any edit to this file re-renders every image. */
export const TEMPLATE_KEY = templateKey(readFileSync(new URL(import.meta.url)));

export const WIDTH = 1200;
export const HEIGHT = 630;

const h = (type, style, ...children) => ({ type, props: { style, children: children.length === 1 ? children[0] : children } });

/** @param {{ title: string, section?: string, siteName: string }} input */
export function card({ title, section, siteName }) {
  const size = title.length > 48 ? 60 : 72;
  return h(
    'div',
    { width: WIDTH, height: HEIGHT, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '72px 80px', background: '#0f172a', color: '#f8fafc', fontFamily: 'Inter' },
    h(
      'div',
      { display: 'flex', alignItems: 'center', gap: 20, fontSize: 30, fontWeight: 700, color: '#bfdbfe' },
      h('div', { width: 56, height: 56, borderRadius: 14, background: '#1d4ed8', display: 'flex' }),
      siteName,
    ),
    h('div', { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1.5, maxWidth: 1040 }, title),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 28, color: '#94a3b8', borderTop: '3px solid #1d4ed8', paddingTop: 28 },
      section ?? 'Training vs optimization',
      'Sourced figures · open calculators',
    ),
  );
}

let fonts;
/**
 * Renders one card to PNG bytes.
 * @param {{ title: string, section?: string, siteName: string }} input
 * @returns {Promise<Buffer>}
 */
export async function renderCard(input) {
  fonts ??= [
    { name: 'Inter', data: readFileSync(FONT_FILES[0]), weight: 400, style: 'normal' },
    { name: 'Inter', data: readFileSync(FONT_FILES[1]), weight: 700, style: 'normal' },
  ];
  const svg = await satori(card(input), { width: WIDTH, height: HEIGHT, fonts });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
