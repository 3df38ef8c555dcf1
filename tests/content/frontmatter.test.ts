import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';

// Runs `astro sync` (content validation without a full build) on a throwaway copy of the project
// whose content folder is a broken fixture, so the real project's .astro cache is never touched.
const root = new URL('../../', import.meta.url).pathname;
const fixture = new URL('./fixtures/broken/', import.meta.url).pathname;
const dirs: string[] = [];

/** Runs `astro sync` on a copy whose content is the fixture after `mutate`; resolves with its exit status and output. */
async function syncWith(mutate: (contentDir: string) => void): Promise<{ status: number | null; output: string }> {
  const project = mkdtempSync(join(tmpdir(), 'content-fixture-'));
  dirs.push(project);
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src']) cpSync(join(root, f), join(project, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  const dir = join(project, 'content');
  cpSync(fixture, dir, { recursive: true });
  cpSync(join(root, 'content/sources'), join(dir, 'sources'), { recursive: true });
  mutate(dir);
  const run = spawn(join(root, 'node_modules/.bin/astro'), ['sync'], {
    cwd: project,
    env: { ...process.env, CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  run.stdout.on('data', (d) => (output += d));
  run.stderr.on('data', (d) => (output += d));
  return new Promise((done) => run.on('close', (status) => done({ status, output })));
}

afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// The four syncs are independent copies, so they run at once (about half the wall time on 2 cores).
describe.concurrent('a wrong frontmatter field fails the build', () => {
  it('names the file and the field when a guide has an invalid section', async ({ expect }) => {
    const { status, output } = await syncWith(() => {});
    expect(status).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/section/);
  });

  it('names the field when a description is too short', async ({ expect }) => {
    const { status, output } = await syncWith((dir) => {
      writeFileSync(
        join(dir, 'guides/broken-guide.mdx'),
        '---\ntitle: A guide with a short description\ndescription: Too short.\nupdated: 2026-11-25\nsection: deciding\norder: 1\n---\n\nBody.\n',
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toMatch(/description/);
  });

  it('names the unknown source id when a guide cites a row that does not exist', async ({ expect }) => {
    const { status, output } = await syncWith((dir) => {
      writeFileSync(
        join(dir, 'guides/broken-guide.mdx'),
        '---\ntitle: A guide citing a missing source\ndescription: This fixture cites a source id that the rules package does not define at all.\nupdated: 2026-11-25\nsection: deciding\norder: 1\nsources: [no-such-row]\n---\n\nBody.\n',
      );
    });
    expect(status).not.toBe(0);
    expect(output).toContain('broken-guide');
    expect(output).toContain('no-such-row');
  });

  it('accepts the same fixture once the field is fixed', async ({ expect }) => {
    const { status, output } = await syncWith((dir) => {
      writeFileSync(
        join(dir, 'guides/broken-guide.mdx'),
        '---\ntitle: A guide that is now valid\ndescription: With a valid section and a long enough description, the same fixture passes.\nupdated: 2026-11-25\nsection: deciding\norder: 1\n---\n\nBody.\n',
      );
    });
    expect(output).not.toMatch(/does not match collection schema/);
    expect(status).toBe(0);
  });
});
