// Renders one 1200×630 Open Graph PNG per built page from its title, at build time (satori → resvg).
// Each page declares its image URL in <meta property="og:image">; this writes the file it names.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const font = (weight) => readFile(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

const decode = (s) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]);
const meta = (html, prop) => {
  const m = html.match(new RegExp(`<meta[^>]+property="${prop}"[^>]+content="([^"]*)"`));
  return m ? decode(m[1]) : undefined;
};

const h = (type, style, ...children) => ({ type, props: { style, children: children.length === 1 ? children[0] : children } });

function card({ title, section, siteName }) {
  const size = title.length > 48 ? 60 : 72;
  return h(
    'div',
    { width: 1200, height: 630, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '72px 80px', background: '#0f172a', color: '#f8fafc', fontFamily: 'Inter' },
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

/**
 * @param {string} dist built site folder
 * @param {string[]} htmlFiles paths relative to dist
 * @param {{ siteName: string, log?: (msg: string) => void }} options
 */
export async function writeOgImages(dist, htmlFiles, { siteName, log = () => {} }) {
  const fonts = [
    { name: 'Inter', data: await font(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: await font(700), weight: 700, style: 'normal' },
  ];
  const done = new Set();
  for (const file of htmlFiles) {
    const html = await readFile(join(dist, file), 'utf8');
    const image = meta(html, 'og:image');
    const title = meta(html, 'og:title');
    if (!image || !title) continue;
    const out = join(dist, new URL(image).pathname);
    if (done.has(out)) continue;
    done.add(out);
    const svg = await satori(card({ title, section: meta(html, 'article:section'), siteName }), { width: 1200, height: 630, fonts });
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 } }).render().asPng();
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, png);
  }
  log(`${done.size} Open Graph images`);
}
