/**
 * The assessment kept in this browser (localStorage): one at a time, written after every change.
 * What is kept is read with the same checks as a file, so a damaged entry is reported, not used.
 */
import { parseAssessment, serialiseAssessment, type Assessment, type ParseResult } from './model';

export const STORAGE_KEY = 'cluster-atlas:assessment';

export function loadKept(questions: readonly string[]): ParseResult | null {
	const text = localStorage.getItem(STORAGE_KEY);
	return text === null ? null : parseAssessment(text, questions);
}

export function keep(a: Assessment, questions: readonly string[]): void {
	localStorage.setItem(STORAGE_KEY, serialiseAssessment(a, questions));
}

export function forget(): void {
	localStorage.removeItem(STORAGE_KEY);
}
