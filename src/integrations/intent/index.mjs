import { fileURLToPath } from 'node:url';

/**
 * Registers `client:intent` (see ./directive.ts): islands hydrate on the reader's first sign of
 * use, or at once when the address carries their state.
 * @returns {import('astro').AstroIntegration}
 */
export default function intentDirective() {
  return {
    name: 'train-or-optimize:client-intent',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'intent', entrypoint: fileURLToPath(new URL('./directive.ts', import.meta.url)) });
      },
    },
  };
}
