// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	/**
	 * True in the build the browser tests and the benchmark run (`npm run build:test`), false in the
	 * release build (`npm run build`), which then drops the code it guards. Set by `define` in
	 * vite.config.ts.
	 */
	const __TEST_HOOKS__: boolean;
	interface Window {
		/** test and benchmark builds only: the MapLibre map, for reading what it renders */
		__clusterAtlas?: { map: unknown };
	}
}

export {};
