import { getCollection, type CollectionEntry } from 'astro:content';

export type Post = CollectionEntry<'blog'>;

/** Blog posts, newest first. */
export async function getPosts(): Promise<Post[]> {
  const posts = await getCollection('blog');
  return posts.sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || a.id.localeCompare(b.id));
}

export const postPath = (p: Post) => `/blog/${p.id}/`;

/** Every tag with the posts that carry it, alphabetically. */
export function tagIndex(posts: readonly Post[]): Map<string, Post[]> {
  const tags = new Map<string, Post[]>();
  for (const tag of [...new Set(posts.flatMap((p) => p.data.tags))].sort()) {
    tags.set(tag, posts.filter((p) => p.data.tags.includes(tag)));
  }
  return tags;
}
