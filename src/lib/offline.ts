/**
 * Registers the service worker (src/service-worker.ts) that keeps the explorer working offline
 * after a first visit. Production builds only: `kit.serviceWorker.register` is off, because in dev
 * a caching worker would outlive the session and serve stale modules. Registration waits for the
 * page's `load` so that precaching does not compete with the first map load.
 */
import { dev } from '$app/environment';
import { asset } from '$app/paths';

export function registerServiceWorker(): void {
	if (dev || !('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register(asset('/service-worker.js'))
			// no offline copy is not an error the user can act on: the app works online as before
			.catch((e: Error) => console.warn('offline copy unavailable:', e.message));
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
}
