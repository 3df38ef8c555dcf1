/**
 * Case- and accent-insensitive text: each character is decomposed (NFD), stripped of combining
 * marks and lower-cased, with a map from every folded index back to the original string.
 */

export interface FoldedText {
  text: string;
  /** `starts[i]`: index in the original of the character that produced folded character i. */
  starts: number[];
  /** `ends[i]`: index just past that original character. */
  ends: number[];
}

const MARKS = /\p{M}/gu;

/** Folds one string, keeping the index map (for highlighting matches in the original). */
export function foldWithMap(original: string): FoldedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  for (const char of original) {
    const folded = char.normalize('NFD').replace(MARKS, '').toLowerCase();
    const end = index + char.length;
    for (let i = 0; i < folded.length; i++) {
      starts.push(index);
      ends.push(end);
    }
    text += folded;
    index = end;
  }
  return { text, starts, ends };
}

/** Folds a string without the map (for the query), exactly as foldWithMap folds the cells. */
export function fold(text: string): string {
  return foldWithMap(text).text;
}
