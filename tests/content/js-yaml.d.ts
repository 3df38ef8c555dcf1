/** The two js-yaml functions the content tests use (js-yaml comes with Astro and ships no types). */
declare module 'js-yaml' {
  export function load(text: string): unknown;
  export function dump(value: unknown, options?: Record<string, unknown>): string;
}
