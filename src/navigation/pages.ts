import { getEntry, type CollectionEntry } from 'astro:content';

/** A one-off page's content entry (content/pages/<id>.mdx); a missing file fails the build by name. */
export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const entry = await getEntry('pages', id);
  if (!entry) throw new Error(`Missing content/pages/${id}.mdx`);
  return entry;
}
