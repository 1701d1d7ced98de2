/** The user's places and the import dialog, provided together by the explorer's shell. */
import { getContext, setContext } from 'svelte';
import type { Explorer } from '../state/explorer.svelte';
import { ImportFlow } from './flow.svelte';
import { OwnPlaces } from './own.svelte';

const OWN = Symbol('own-places');
const FLOW = Symbol('import-flow');

export function provideOwnPlaces(explorer: Explorer): { own: OwnPlaces; flow: ImportFlow } {
	const own = setContext(OWN, new OwnPlaces(explorer));
	const flow = setContext(FLOW, new ImportFlow(own));
	return { own, flow };
}

export function getOwnPlaces(): OwnPlaces {
	const own = getContext<OwnPlaces | undefined>(OWN);
	if (!own) throw new Error('getOwnPlaces: no provideOwnPlaces above this component (the explorer shell)');
	return own;
}

export function getImportFlow(): ImportFlow {
	const flow = getContext<ImportFlow | undefined>(FLOW);
	if (!flow) throw new Error('getImportFlow: no provideOwnPlaces above this component (the explorer shell)');
	return flow;
}
