import { SITE } from '../config/site.ts';

/** Longest <title> we emit: search results cut titles off past about 60 characters. */
export const TITLE_MAX = 60;

/**
 * The document title: "Page · Site" when that fits in {@link TITLE_MAX}, else the page title alone.
 * @example pageTitle('FAQ') // 'FAQ · Train or Optimize'
 */
export function pageTitle(title: string): string {
  const branded = `${title} · ${SITE.name}`;
  return branded.length <= TITLE_MAX ? branded : title;
}

/**
 * Where the Open Graph image of a page lives; one PNG per page path.
 * @example ogImagePath('/guides/model-training/') // '/og/guides-model-training.png'
 */
export function ogImagePath(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '').replace(/\//g, '-') || 'home';
  return `/og/${slug}.png`;
}

export interface Crumb {
  label: string;
  href: string;
}

/** schema.org BreadcrumbList for a trail of crumbs (the last one is the current page). */
export function breadcrumbLd(crumbs: readonly Crumb[], site: URL): Record<string, unknown> {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: c.label,
      item: new URL(c.href, site).href,
    })),
  };
}

/** schema.org TechArticle/BlogPosting for a guide or post. */
export function articleLd(opts: {
  type: 'TechArticle' | 'BlogPosting';
  title: string;
  description: string;
  path: string;
  site: URL;
  published?: Date | undefined;
  updated: Date;
  author?: string | undefined;
}): Record<string, unknown> {
  const url = new URL(opts.path, opts.site).href;
  return {
    '@type': opts.type,
    headline: opts.title,
    description: opts.description,
    url,
    mainEntityOfPage: url,
    image: new URL(ogImagePath(opts.path), opts.site).href,
    datePublished: (opts.published ?? opts.updated).toISOString(),
    dateModified: opts.updated.toISOString(),
    inLanguage: 'en',
    author: { '@type': 'Organization', name: opts.author ?? `${SITE.name} maintainers` },
    publisher: { '@type': 'Organization', name: SITE.name },
  };
}
