/**
 * How long any one wait in a browser test may take: a wait ends when its condition holds, and this
 * only bounds a test that fails. It was 10–15 s per wait, which a 2-core machine running other
 * builds exceeds while nothing is wrong (a /search/?q= test failed so, after 33 s, at load average
 * 22); now every wait (expect.poll, locator waits, actions, helpers) may use most of the test's own
 * 120 s, and a failing wait still ends before the test does, so its message names the condition.
 * vitest.config.ts sets it as the e2e project's expect.poll timeout (a `vi.setConfig` in a module
 * would hold only for the first file a worker runs: workers share modules across files).
 */
export const WAIT_MS = 90_000;
