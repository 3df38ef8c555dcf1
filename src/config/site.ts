/** Site identity and navigation: one place for names the layout repeats. */
export const SITE = {
  name: 'Train or Optimize',
  tagline: 'Which does your AI project need first?',
  description:
    'A sourced, practical guide to AI model training vs optimization, with calculators that tell you which one your project needs first.',
  locale: 'en',
  repoIssues: 'the project’s issue tracker',
} as const;

export interface NavItem {
  label: string;
  href: string;
}

export const MAIN_NAV: readonly NavItem[] = [
  { label: 'Guides', href: '/guides/' },
  { label: 'Tools', href: '/tools/' },
  { label: 'Blog', href: '/blog/' },
  { label: 'FAQ', href: '/faq/' },
  { label: 'Glossary', href: '/glossary/' },
];

export const FOOTER_NAV: readonly NavItem[] = [
  { label: 'Methodology and sources', href: '/methodology/' },
  { label: 'About', href: '/about/' },
  { label: 'Embed a calculator', href: '/embed/' },
  { label: 'RSS feed', href: '/rss.xml' },
  { label: 'Sitemap', href: '/sitemap.xml' },
];

/** Guide sections in reading order; the sidebar groups guides by these. */
export const GUIDE_SECTIONS = [
  { id: 'foundations', label: 'Foundations' },
  { id: 'deciding', label: 'Deciding' },
  { id: 'planning', label: 'Planning' },
] as const;

/** Most sidebar links shown per section, so page weight never grows with the page count. */
export const SIDEBAR_LIMIT = 8;

/** Guides per section the home page shows as cards (the rest are one click away on /guides/). */
export const HOME_GUIDES_PER_SECTION = 3;

/** Guides per section the 404 page suggests, next to search and the calculators. */
export const NOT_FOUND_GUIDES_PER_SECTION = 1;
