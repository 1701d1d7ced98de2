/// <reference types="vite/client" />
interface Window {
	/** the bench's handle on the floor and peer pages */
	__bench?: {
		map?: unknown;
		/** the limit page's points layer */
		layer?: unknown;
		project(lon: number, lat: number): { x: number; y: number };
		jumpTo(lon: number, lat: number, zoom: number): void;
	};
}
