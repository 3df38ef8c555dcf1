/**
 * Every page of the built site in a real browser (Chromium, offline, dist/ served with the
 * headers from _headers): no console errors (CSP violations land there), no page errors, no
 * ≥ 400 responses, no third-party requests, no text that hydration rewrote or added in the
 * server's HTML (helpers.ts waitForIslands), no source id in the text once hydrated, no axe-core
 * WCAG 2.2 AA violations in light and dark mode, no horizontal scroll at 320 px. (The dark-mode toggle is tested in site-theme.test.ts.)
 * The pages are checked one at a time in a reused page (fixtures.ts `pages`), in two halves (site-walk.ts):
 * this file and site-walk.test.ts, so both test workers share the walk.
 * Dark mode is one stylesheet over the same templates, so axe checks it on the first page of each
 * page type (scripts/budgets.mjs pageType: guide, post, tag, …) and light everywhere; every tool
 * and embed page is checked in dark too, with its calculator hydrated, because each island has
 * colours of its own (charts, bands, result cards). The dark pass reruns only axe's colour rules
 * on the same page (nothing else differs between the schemes). The theme toggle tests
 * (site-theme.test.ts) run every rule in dark on a home, guide and tool page, through the toggle rather than the system setting.
 */
import { walkPages } from './site-walk.ts';

// The first half of the site walk (site-walk.ts); the other half is in site-walk.test.ts.
walkPages(0);
