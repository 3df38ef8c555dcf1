/**
 * Turns one row in the old `src/rules/sources.ts` format into the YAML of `content/sources/<id>.yaml`.
 * Kept for merges: a branch that still adds rows to the old table can be converted with
 *   node --experimental-strip-types -e "…import { sourceToYaml } from './tests/content/source-yaml.ts'…"
 * (see the README, "Adding a source"). The test in sources.test.ts round-trips it.
 */
import { dump } from 'js-yaml';

/** A row as the old TypeScript table held it. */
export interface LegacySourceRow {
  id: string;
  title: string;
  detail: string;
  source: string;
  url: string | null;
  year: number | string;
  confidence: string;
  section: string;
  basedOn: readonly string[];
}

/** The old section labels → the collection's section slugs. */
export const LEGACY_SECTIONS: Record<string, string> = {
  'Training compute and wall-clock time': 'training',
  'Accelerators: dense peak and memory': 'accelerators',
  'MFU and overheads': 'mfu',
  'Fine-tuning and classic training times': 'fine-tuning',
  'Optimization techniques: effects and effort': 'optimization',
  'Data preparation': 'data-preparation',
  'Cloud GPU prices': 'prices',
  "The seed article's claims and their limits": 'seed-claims',
  'Estimator defaults': 'estimator-defaults',
};

/** Papers keep their text; every other URL is a page that can change, so it carries the date we read it. */
export const needsReadDate = (url: string | null, section: string) =>
  section === 'prices' || (url !== null && !/^https:\/\/arxiv\.org\//.test(url));

/**
 * @param title what the source is or says, without our figure (the figure stays in `detail`)
 * @param read the ISO date the page was read (used only where `needsReadDate`)
 */
export function sourceToYaml(row: LegacySourceRow, title: string, read: string): string {
  const section = LEGACY_SECTIONS[row.section] ?? row.section;
  const data: Record<string, unknown> = {
    title,
    detail: row.detail,
    publisher: row.source,
    url: row.url,
    year: row.year,
    ...(needsReadDate(row.url, section) ? { read } : {}),
    confidence: row.confidence,
    section,
    basedOn: [...row.basedOn],
  };
  return dump(data, { lineWidth: 110, noRefs: true, flowLevel: 1, quotingType: '"' });
}
