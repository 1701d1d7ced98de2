/**
 * Registers the service worker (src/service-worker.ts) that keeps the explorer working offline
 * after a first visit. Production builds only: `kit.serviceWorker.register` is off, because in dev
 * a caching worker would outlive the session and serve stale modules.
 *
 * Registration waits until the first view is complete: the page's `load`, and on a page with a
 * map, the map's first settled state (idle, or failed). Precaching fetches a few hundred files;
 * started at `load` it competed with the map's own data and fonts and delayed the first idle by
 * 2–3 s (measured with `npm run bench`).
 */
import { dev } from '$app/environment';
import { asset } from '$app/paths';

/** `data-map` values after which the map no longer loads its first view */
const SETTLED = new Set(['idle', 'error', 'nowebgl']);
/** never wait longer than this for a map that neither settles nor fails */
const MAX_WAIT_MS = 30_000;

/** Resolves once the page's first view is complete (its `load`, and its map settled or failed). */
export function firstViewDone(): Promise<void> {
	return new Promise((resolve) => {
		const afterLoad = () => {
			const root = document.documentElement;
			if (!document.querySelector('[data-map-container]') || SETTLED.has(root.dataset.map ?? '')) return resolve();
			const timer = setTimeout(finish, MAX_WAIT_MS);
			const observer = new MutationObserver(() => SETTLED.has(root.dataset.map ?? '') && finish());
			function finish() {
				clearTimeout(timer);
				observer.disconnect();
				resolve();
			}
			observer.observe(root, { attributes: true, attributeFilter: ['data-map'] });
		};
		if (document.readyState === 'complete') afterLoad();
		else addEventListener('load', afterLoad, { once: true });
	});
}

export function registerServiceWorker(): void {
	if (dev || !('serviceWorker' in navigator)) return;
	firstViewDone().then(() =>
		navigator.serviceWorker
			.register(asset('/service-worker.js'))
			// no offline copy is not an error the user can act on: the app works online as before
			.catch((e: Error) => console.warn('offline copy unavailable:', e.message))
	);
}
