/**
 * The import worker: `new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`.
 * Parsing and validating a million rows happens here, never on the page's main thread.
 *
 * Its one request of its own is the atlas's basemap countries (same origin, already cached by the
 * service worker for the map), for the swapped-coordinates check. The user's file is never sent
 * anywhere: it arrives by postMessage and leaves the same way.
 */
import countriesUrl from '../../../geodata/basemap/countries.geojson?url';
import { createLandIndex } from './land';
import type { WorkerRequest } from './protocol';
import { createImportService } from './service';

interface WorkerScope {
	postMessage(message: unknown, transfer?: Transferable[]): void;
	onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

const service = createImportService((m, t) => scope.postMessage(m, t ?? []), {
	land: async () => {
		const res = await fetch(new URL(countriesUrl, self.location.href));
		if (!res.ok) throw new Error(`countries: HTTP ${res.status}`);
		return createLandIndex(await res.json());
	}
});

scope.onmessage = (e) => void service.handle(e.data);
