/**
 * Content collections over the top-level `content/` folder.
 * A wrong frontmatter field fails `astro build`/`astro sync` with Astro's error, which names
 * the collection, the entry's file and the field (see tests/content/frontmatter.test.ts).
 * `CONTENT_DIR` points the loaders elsewhere (the broken-fixture test and the 1,000-page bench use it).
 */
import { existsSync, readdirSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { sourceFileMismatch, sourceSchema } from './collections/sources.ts';
import { guideSchema, pageSchema, sourceIds } from './collections/pages.ts';

const root = process.env.CONTENT_DIR ?? './content';

// The build stops when src/rules/source-ids.ts and content/sources/ disagree.
const sourceDir = `${root}/sources`;
const mismatch = sourceFileMismatch(existsSync(sourceDir) ? readdirSync(sourceDir) : []);
if (mismatch) throw new Error(`Sources out of sync: ${mismatch}.`);

/** The sources table, one YAML file per row (schema in src/collections/sources.ts). */
const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/sources` }),
  schema: sourceSchema,
});

const guides = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/guides` }),
  schema: guideSchema,
});

const blog = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/blog` }),
  schema: pageSchema.extend({
    published: z.coerce.date(),
    author: z.string().default('The Train or Optimize team'),
  }),
});

/** One-off pages: home, about, methodology, FAQ and glossary intros, tools, embed docs. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/pages` }),
  schema: pageSchema.extend({
    /** Home only: who the site is for, one sentence on the first screen. */
    audience: z.string().max(160).optional(),
    /** Home only: one or two plain sentences under the question. */
    lead: z.string().max(260).optional(),
  }),
});

/**
 * The words of the three tool pages (/tools/<id>/, laid out by src/layouts/ToolPage.astro): the
 * lead above the calculator and the explanation below it. Titles and descriptions live with the
 * rest of each tool's identity in src/config/tools.ts.
 */
const tools = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/tools` }),
  schema: z.object({
    /** One paragraph of plain text above the calculator. */
    lead: z.string().min(80).max(400),
    updated: z.coerce.date(),
    sources: sourceIds,
  }),
});

const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: z.object({
    term: z.string().min(2),
    aka: z.array(z.string()).default([]),
    definition: z.string().min(40),
    related: z.array(z.string()).default([]),
    guide: z.string().regex(/^\/[a-z0-9/#-]*$/).optional(),
  }),
});

const faq = defineCollection({
  loader: file(`${root}/faq.yaml`),
  schema: z.object({
    question: z.string().min(10).max(140),
    answer: z.array(z.string().min(20)).min(1),
    links: z.array(z.object({ href: z.string().regex(/^\/[a-z0-9/#-]*$/), label: z.string() })).default([]),
    order: z.number().int(),
  }),
});

export const collections = { guides, blog, pages, tools, glossary, faq, sources };
