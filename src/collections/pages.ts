/**
 * The frontmatter schemas of the page-like collections (guides, blog posts, one-off pages, tool
 * texts). Used by src/content.config.ts and by tests/content/frontmatter.test.ts, which checks
 * each rule here in-process and, once, that a broken entry fails `astro sync` naming its file.
 */
import { z } from 'astro/zod';
import { isSourceId } from '../rules/source-ids.ts';

/** Source ids a page cites: each must be in src/rules/source-ids.ts (one file each in content/sources/). */
export const sourceIds = z
  .array(z.string())
  .default([])
  .superRefine((ids, ctx) => {
    for (const id of ids) {
      if (!isSourceId(id)) {
        ctx.addIssue({ code: 'custom', message: `Unknown source id "${id}": use an id from src/rules/source-ids.ts (one file each in content/sources/).` });
      }
    }
  });

/** Fields every page-like entry shares. Limits match what search engines show in full. */
export const pageSchema = z.object({
  title: z.string().min(10).max(60),
  description: z.string().min(50).max(160),
  updated: z.coerce.date(),
  /** When an expert last checked the page's facts (shown as "Reviewed on"; defaults to `updated`). */
  reviewed: z.coerce.date().optional(),
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'Tags are lowercase words joined by hyphens.')).default([]),
  sources: sourceIds,
});

export const guideSchema = pageSchema.extend({
  /** Short label for the sidebar and breadcrumbs. */
  navTitle: z.string().max(32).optional(),
  section: z.enum(['foundations', 'deciding', 'planning']),
  order: z.number().int().min(0),
});
