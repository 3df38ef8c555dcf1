import { URL_KEYS } from '../../rules/index.ts';

/**
 * The name attribute of a form control: its URL key, so the form also works as a plain GET form
 * (the query it submits is the same one the islands write).
 * @example inputName('decision', 'accuracy') // 'acc'
 */
export function inputName(section: 'decision' | 'comparison' | 'timeline', field: string): string {
  return URL_KEYS.find((k) => k.section === section && k.field === field)?.key ?? field;
}
