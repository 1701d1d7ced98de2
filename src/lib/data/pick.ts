/**
 * The fields `keys` of `o`, typed `Pick<T, K>`: how the index, the panels and the export take
 * their projections of the schema's records, with the list of fields written once beside the type.
 */
export function pick<T extends object, const K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
	const out = {} as Pick<T, K>;
	for (const k of keys) out[k] = o[k];
	return out;
}
