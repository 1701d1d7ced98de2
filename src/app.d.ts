// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		/** a shallow history entry (src/lib/state/explorer.svelte.ts) */
		interface PageState {
			href?: string;
			detail?: import('$lib/state/explorer.svelte').Detail;
		}
		// interface Platform {}
	}
	/**
	 * True in the build the browser tests and the benchmark run (`npm run build:test`), false in the
	 * release build (`npm run build`), which then drops the code it guards. Set by `define` in
	 * vite.config.ts.
	 */
	const __TEST_HOOKS__: boolean;
	interface Window {
		/**
		 * test and benchmark builds only: the MapLibre map and the points layers (src/lib/map/points),
		 * for reading what they draw
		 */
		__clusterAtlas?: {
			map: unknown;
			points?: unknown;
			own?: unknown;
			setOwnPlaces?: (own: import('$lib/map/own').OwnPlaces | null) => void;
		};
	}
}

export {};
