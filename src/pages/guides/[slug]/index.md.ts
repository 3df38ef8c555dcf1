/**
 * /guides/<slug>/index.md: the guide as Markdown (issue 12.5), from the same MDX as the page,
 * with calculators' default results as tables and citations as footnotes. Each guide page links
 * it with <link rel="alternate" type="text/markdown">; /llms.txt lists them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { getGuides, guidePath } from '../../../navigation/guides.ts';
import { mdxToMarkdown } from '../../../markdown/mdx-to-markdown.ts';
import { toolBlocks } from '../../../markdown/tool-tables.ts';
import { formatDate } from '../../../format/dates.ts';

export const getStaticPaths = (async () => (await getGuides()).map((guide) => ({ params: { slug: guide.id }, props: { guide } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { guide } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const rows = new Map((await getCollection('sources')).map((s) => [s.id, s.data]));
  const body = mdxToMarkdown(guide.body ?? '', (id) => rows.get(id), toolBlocks(site!));
  const url = new URL(guidePath(guide), site).href;
  const head = `# ${guide.data.title}\n\n> ${guide.data.description}\n\nReviewed on ${formatDate(guide.data.reviewed ?? guide.data.updated)}. Web page: <${url}>\n\n`;
  return new Response(head + body, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
