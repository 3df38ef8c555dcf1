import type { ToolPart } from '../../stores/url-sync.ts';

/**
 * The name attribute of a form control: its URL key, so the form also works as a plain GET form
 * (the query it submits is the same one the islands write).
 * @example inputName(decisionPart, 'accuracy') // 'acc'
 */
export function inputName(part: Pick<ToolPart, 'codec'>, field: string): string {
  return part.codec.keys.find((k) => k.field === field)?.key ?? field;
}
