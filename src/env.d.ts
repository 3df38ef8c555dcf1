/// <reference types="astro/client" />

/** The inline head script's source, injected by astro.config.mjs (hashed there for the CSP). */
declare const __HEAD_SCRIPT__: string;

/** tsc has no Astro language plugin: type .astro imports (from .ts files) as opaque components. */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

