/// <reference types="astro/client" />

/** The inline head script's source, injected by astro.config.mjs (hashed there for the CSP). */
declare const __HEAD_SCRIPT__: string;
