// Citation.js ships no type declarations: the little of its API the atlas uses
// (https://citation.js.org/api/0.7/).
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: Record<string, unknown>);
		static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
		data: unknown[];
		format(name: string, options?: Record<string, unknown>): unknown;
	}
	export const plugins: {
		config: { get(name: string): unknown };
		list(): string[];
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-cff';
