/**
 * The schema of one source row, `content/sources/<id>.yaml` (the file name is the id).
 * Used by the content collection (src/content.config.ts) and by tests/content/sources.test.ts.
 * Pages read rows with getCollection('sources') / getEntry('sources', id); the rules package only knows the ids.
 * Astro's error names the file and the field when a row breaks it.
 */
import { z } from 'astro/zod';
import { SOURCE_CONFIDENCES, SOURCE_IDS, SOURCE_SECTIONS, type SourceSection } from '../rules/source-ids.ts';

const sections = Object.keys(SOURCE_SECTIONS) as [SourceSection, ...SourceSection[]];

export const sourceSchema = z
  .object({
    /** What the source is or says, in our words, without restating our figure (the figure is in `detail`). */
    title: z.string().min(10).max(90),
    /** One to three sentences with the figures and their conditions. */
    detail: z.string().min(20),
    /** Who published it: authors and publication, the vendor, or "Our estimate". */
    publisher: z.string().min(3),
    /** Optional authors, when `publisher` names only the venue. */
    authors: z.string().optional(),
    /** Primary URL, or null for our own estimate with no single publication behind it. */
    url: z.string().regex(/^https?:\/\/\S+$/, 'A URL starts with https:// (or http://) and has no spaces.').nullable(),
    /** Year or span of the publication, e.g. 2022 or "2022–23". */
    year: z.union([z.number().int().min(1990).max(2100), z.string().regex(/^\d{4}(–\d{2,4})?$/)]),
    /** ISO date we read the page (required for prices and for web pages that change). */
    read: z.coerce.date().optional(),
    confidence: z.enum(SOURCE_CONFIDENCES),
    section: z.enum(sections),
    /** Other rows this one is built from. */
    basedOn: z.array(z.enum(SOURCE_IDS)).default([]),
  })
  .superRefine((row, ctx) => {
    // Readers see title and publisher beside every note: they must not show our ids.
    for (const field of ['title', 'publisher'] as const) {
      const id = SOURCE_IDS.find((i) => new RegExp(`(^|[^\\w-])${i}($|[^\\w-])`).test(row[field]));
      if (id) ctx.addIssue({ code: 'custom', path: [field], message: `Name the publication, not our id "${id}": readers see this text.` });
    }
    const webPage = row.url !== null && !row.url.startsWith('https://arxiv.org/');
    if ((row.section === 'prices' || webPage) && !row.read) {
      ctx.addIssue({ code: 'custom', path: ['read'], message: 'Prices and web pages need `read`: the ISO date the page was read.' });
    }
  });

export type SourceRow = z.infer<typeof sourceSchema>;

/**
 * The build stops when src/rules/source-ids.ts and content/sources/ disagree: every id needs its
 * YAML file and every file needs its id in the list.
 */
export function sourceFileMismatch(files: readonly string[], ids: readonly string[] = SOURCE_IDS): string | null {
  const fileIds = files.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length));
  const missing = ids.filter((id) => !fileIds.includes(id));
  const extra = fileIds.filter((id) => !ids.includes(id));
  if (missing.length === 0 && extra.length === 0) return null;
  return [
    missing.length > 0 && `no file content/sources/<id>.yaml for ${missing.join(', ')} (listed in src/rules/source-ids.ts)`,
    extra.length > 0 && `content/sources/ has ${extra.map((id) => `${id}.yaml`).join(', ')}, not listed in SOURCE_IDS (src/rules/source-ids.ts)`,
  ]
    .filter(Boolean)
    .join('; ');
}
