/**
 * Runs a fast-check property and asserts with Vitest's expect that it held on every one of its
 * runs (Vitest requires every test to assert; fc.assert alone throws but asserts nothing).
 * On a counterexample the failure message is fast-check's own report, with the seed to replay it.
 */
import fc from 'fast-check';
import { expect } from 'vitest';

export function holds<Ts>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts> & { numRuns: number }) {
	const details = fc.check(property, params);
	expect(details.failed, fc.defaultReportMessage(details) ?? 'failed').toBe(false);
	expect(details.numRuns, 'every run was made').toBe(params.numRuns);
}
