/** Builders for the `Result` every public function returns. */
import type { Issue, Result } from './types.ts';

export function ok<T>(value: T, warnings: Issue[] = []): Result<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(errors: Issue[]): Result<T> {
  return { ok: false, errors };
}
