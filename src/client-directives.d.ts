/** `client:intent` (src/integrations/intent/): hydrate on first use; the value lists URL keys that hydrate at once. */
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:intent'?: boolean | readonly string[];
  }
}
