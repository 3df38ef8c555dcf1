/**
 * The words every calculator's frame shows (English). Each tool has its own label table beside
 * its island (src/islands/<tool>/labels.ts), so an island loads only its own copy. The words of
 * parts that load on demand live with them (the embed panel's in EmbedPanel.tsx, the clipboard's in
 * clipboard.ts), so a first answer does not download them.
 */
export const COMMON = {
  /** A link to the methodology row behind an assumption: words, never the row's id. */
  sourceLink: (n: number, of: number) => (of === 1 ? 'source' : `source ${n}`),
  answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  errorSummaryTitle: 'There is a problem',
  urlWarningTitle: 'Part of the link could not be used, so the defaults are shown for it:',
  urlWarningGeneric: 'This link has settings we could not read; the defaults are shown instead.',
  reset: 'Reset to defaults',
  update: 'Update result',
  embedSummary: 'Embed this',
  problems: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
} as const;
