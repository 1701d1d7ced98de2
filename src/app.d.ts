// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		// interface Locals {}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
	interface Window {
		/** handle for tests and the benchmark: the map and its state */
		__clusterAtlas?: { map: unknown; idle: boolean };
	}
}

export {};
