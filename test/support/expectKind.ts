import { expect } from 'vitest';
import type { UpstreamOutcome } from '../../src/upstream/outcomes.js';

/** Narrows an outcome to one kind, failing with the whole outcome shown otherwise. */
export function expectKind<K extends UpstreamOutcome<unknown>['kind'], T>(
  outcome: UpstreamOutcome<T>,
  kind: K,
): Extract<UpstreamOutcome<T>, { kind: K }> {
  expect(outcome).toMatchObject({ kind });
  return outcome as Extract<UpstreamOutcome<T>, { kind: K }>;
}
