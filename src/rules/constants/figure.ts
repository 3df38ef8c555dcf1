/** The shape of a sourced number (see ../constants.ts). */
import type { SourceId } from '../types.ts';

/** One sourced number. */
export interface Figure {
  readonly value: number;
  readonly unit: string;
  readonly source: SourceId;
}

/** A sourced low / likely / high triple. */
export interface FigureRange {
  readonly low: number;
  readonly likely: number;
  readonly high: number;
  readonly unit: string;
  readonly source: SourceId;
}
