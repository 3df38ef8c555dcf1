/**
 * /llms.txt, after the llms.txt proposal (https://llmstxt.org/): the site's name, its purpose in
 * a block quote, then every guide's Markdown copy with its one-line description, by section.
 */
import type { APIRoute } from 'astro';
import { getPage } from '../navigation/pages.ts';
import { getGuides, guidePath } from '../navigation/guides.ts';
import { GUIDE_SECTIONS, SITE } from '../config/site.ts';
import { TOOL_CARDS } from '../config/tools.ts';

export const GET: APIRoute = async ({ site }) => {
  const home = await getPage('home');
  const guides = await getGuides();
  const abs = (path: string) => new URL(path, site).href;
  const lines = [
    `# ${SITE.name}`,
    '',
    `> ${home.data.description}`,
    '',
    `${SITE.description} Every figure cites its source; the methodology page lists them all: ${abs('/methodology/')}`,
  ];
  for (const s of GUIDE_SECTIONS) {
    const inSection = guides.filter((g) => g.data.section === s.id);
    if (!inSection.length) continue;
    lines.push('', `## ${s.label}`, '');
    for (const g of inSection) lines.push(`- [${g.data.title}](${abs(`${guidePath(g)}index.md`)}): ${g.data.description}`);
  }
  lines.push('', '## Optional', '');
  for (const t of TOOL_CARDS) lines.push(`- [${t.title}](${abs(t.href)}): ${t.summary}`);
  lines.push(`- [Methodology and sources](${abs('/methodology/')}): every source, how far we checked it, and the calculators' formulas`);
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
