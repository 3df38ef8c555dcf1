/**
 * The words every calculator's frame shows (English). Each tool has its own label table beside
 * its island (src/islands/<tool>/labels.ts), so an island loads only its own copy.
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
  copied: 'Copied to the clipboard.',
  copyFailed: 'Your browser blocked copying. The text is selected below: press Ctrl+C (⌘C on a Mac) to copy it.',
  embedSummary: 'Embed this',
  embedIntro: 'Paste this into any web page to show this calculator with the current inputs. The script resizes the frame to fit.',
  embedLabel: 'Embed code',
  embedTheme: 'Colours',
  embedThemeHint: 'Automatic follows each reader’s light or dark setting.',
  embedThemes: { light: 'Light', dark: 'Dark', auto: 'Automatic' },
  embedCopy: 'Copy embed code',
  embedDocs: 'How embedding works',
  problems: (n: number) => (n === 1 ? '1 problem' : `${n} problems`),
} as const;
