import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sourceFileMismatch, sourceSchema } from '../../src/collections/sources.ts';
import { isSourceId, SOURCE_IDS } from '../../src/rules/source-ids.ts';
import { sourceToYaml } from './source-yaml.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = join(root, 'content/sources');
const files = readdirSync(dir);

/** Every file under `folder` whose name ends with one of `exts`. */
function walk(folder: string, exts: string[]): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && exts.some((x) => e.name.endsWith(x)))
    .map((e) => join(e.parentPath, e.name));
}

describe('content/sources/ and SOURCE_IDS', () => {
  it('hold the same ids', () => {
    expect(sourceFileMismatch(files)).toBeNull();
    expect(files.length).toBe(SOURCE_IDS.length);
  });

  it.each([
    [['a.yaml', 'b.yaml'], ['a', 'b'], null],
    [['a.yaml'], ['a', 'b'], /no file content\/sources\/<id>\.yaml for b/],
    [['a.yaml', 'c.yaml'], ['a'], /c\.yaml, not listed in SOURCE_IDS/],
    [['notes.txt'], [], null],
  ])('sourceFileMismatch(%j, %j) reports %s', (names, ids, expected) => {
    const result = sourceFileMismatch(names, ids);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });
});

describe.each(SOURCE_IDS.map((id) => [id]))('content/sources/%s.yaml', (id) => {
  const parsed = sourceSchema.safeParse(load(readFileSync(join(dir, `${id}.yaml`), 'utf8')));

  it('matches the schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has a title that says what the source is, without restating our figure', () => {
    const title = parsed.data?.title ?? '';
    expect(title).not.toMatch(/[%$×≈=÷]|\babout\b|\d+(\.\d+)?\s+(minutes|hours|days|weeks|GB|TFLOP)/);
  });

  it('marks estimator defaults as estimates', () => {
    if (parsed.data?.section === 'estimator-defaults') expect(parsed.data.confidence).toBe('estimate');
  });
});

describe('every source id the site cites resolves', () => {
  // Constants and tables in the rules package: `source: 'id'`, `priceSource: 'id'`, `sourceIds: [...]`, `basedOn`.
  const ruleFiles = walk(join(root, 'src/rules'), ['.ts']).filter((f) => !f.endsWith('source-ids.ts'));
  const ruleRefs = ruleFiles.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const single = [...text.matchAll(/\b(?:source|priceSource):\s*'([^']+)'/g)].map((m) => m[1]!);
    const lists = [...text.matchAll(/\bsourceIds:\s*\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!));
    return [...single, ...lists].map((id) => [file.slice(root.length), id] as const);
  });

  // Content: frontmatter `sources: [...]` and `<Cite id="…" />` in MDX.
  const contentRefs = walk(join(root, 'content'), ['.mdx', '.md']).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const listed = /^sources:\s*\[([^\]]*)\]/m.exec(front)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
    const cited = [...text.matchAll(/<Cite\s+id="([^"]+)"/g)].map((m) => m[1]!);
    return [...listed, ...cited].map((id) => [file.slice(root.length), id] as const);
  });

  it('finds references to check', () => {
    expect(ruleRefs.length).toBeGreaterThan(50);
    expect(contentRefs.length).toBeGreaterThan(50);
  });

  it.each([...ruleRefs, ...contentRefs])('%s cites %s', (_file, id) => {
    expect(isSourceId(id)).toBe(true);
  });
});

describe('sourceToYaml (converts rows still written in the old TypeScript format)', () => {
  it.each([
    [{ url: 'https://arxiv.org/abs/1', section: 'Training compute and wall-clock time' }, false],
    [{ url: 'https://www.nvidia.com/x', section: 'Accelerators: dense peak and memory' }, true],
    [{ url: null, section: 'Cloud GPU prices' }, true],
    [{ url: null, section: 'Estimator defaults' }, false],
  ])('writes a row the schema accepts (%j → read date: %s)', (over, hasRead) => {
    const row = {
      id: 'x',
      title: 'Old title: 12 × faster',
      detail: 'Some detail with figures: 12 × faster.',
      source: 'Someone et al., A paper',
      year: 2024,
      confidence: 'verified',
      basedOn: ['trn-6nd'],
      ...over,
    };
    const data = load(sourceToYaml(row, 'What the paper measured', '2026-11-25')) as Record<string, unknown>;
    expect(sourceSchema.safeParse(data).success).toBe(true);
    expect('read' in data).toBe(hasRead);
    expect(data.title).toBe('What the paper measured');
  });
});
