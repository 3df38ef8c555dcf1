import { spawn } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { guideSchema } from '../../src/collections/pages.ts';
import { copyProject } from '../../scripts/budgets.mjs';

const root = new URL('../../', import.meta.url).pathname;
const fixture = new URL('./fixtures/broken/', import.meta.url).pathname;
const cleanups: (() => Promise<void>)[] = [];
afterAll(() => Promise.all(cleanups.map((c) => c())));

/** The fixture guide's frontmatter (its field `section` is not an allowed value), as the glob loader reads it. */
const brokenGuide = load(readFileSync(join(fixture, 'guides/broken-guide.mdx'), 'utf8').split(/^---$/m)[1]!) as Record<string, unknown>;
/** The same guide with every field valid. */
const validGuide = {
  ...brokenGuide,
  title: 'A guide that is now valid',
  description: 'With a valid section and a long enough description, the same fixture passes.',
  section: 'deciding',
};

/**
 * Each rule of the guides' schema (src/collections/pages.ts, which src/content.config.ts uses),
 * checked in-process: the field it names and, for our own checks, the message. That Astro turns
 * such an issue into a failed build naming the file and the field is checked once, below, with
 * a real `astro sync` (each sync is a few CPU-seconds).
 */
describe('a wrong frontmatter field breaks the guides schema, and names the field', () => {
  it.each([
    ['an invalid section', { section: 'marketing' }, 'section', /Invalid (option|enum)/],
    ['a description too short', { description: 'Too short.' }, 'description', /least|small/],
    ['a title too long', { title: 'x'.repeat(61) }, 'title', /most|big/],
    ['a source id that does not exist', { sources: ['no-such-row'] }, 'sources', /Unknown source id "no-such-row"/],
    ['a tag with a capital letter', { tags: ['Fine-Tuning'] }, 'tags', /lowercase/],
    ['a negative order', { order: -1 }, 'order', /least|small/],
  ])('%s', (_, change, field, message) => {
    const parsed = guideSchema.safeParse({ ...validGuide, ...change });
    expect(parsed.success).toBe(false);
    const issues = parsed.error?.issues.filter((i) => i.path[0] === field) ?? [];
    expect(issues.map((i) => i.message).join('\n')).toMatch(message);
  });

  it('accepts the same fixture once the fields are fixed', () => {
    expect(guideSchema.safeParse(validGuide).error?.issues ?? []).toEqual([]);
    expect(guideSchema.safeParse(brokenGuide).success).toBe(false);
  });
});

/**
 * Runs `astro sync` (content validation without a full build) on a throwaway copy of the project
 * (copyProject) whose content folder is the fixture, so neither the real project's .astro cache nor
 * its content data store is touched.
 */
async function syncFixture(): Promise<{ status: number | null; output: string }> {
  const copy = await copyProject({ content: fixture, withPublic: false });
  cleanups.push(copy.cleanup);
  cpSync(join(root, 'content/sources'), join(copy.content, 'sources'), { recursive: true });
  const run = spawn(join(root, 'node_modules/.bin/astro'), ['sync'], { cwd: copy.work, env: { ...process.env, ...copy.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  let output = '';
  run.stdout.on('data', (d) => (output += d));
  run.stderr.on('data', (d) => (output += d));
  return new Promise((done) => run.on('close', (status) => done({ status, output })));
}

it('a wrong frontmatter field fails the build, naming the file and the field', async () => {
  const { status, output } = await syncFixture();
  expect(status).not.toBe(0);
  expect(output).toContain('broken-guide');
  expect(output).toMatch(/section/);
}, 120_000);
