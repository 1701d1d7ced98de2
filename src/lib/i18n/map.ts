/**
 * Strings of the map room (src/lib/map): its tooltip, the places-in-view list and messages, the
 * offer to frame what a filter left, the list's "zoom to results". Spread into the catalogue in
 * en.ts; `map.ja.ts` has every key.
 */
export const en = {
	tooltipPlaces: '{n} places here',
	tooltipMore: 'and {n} more',
	tooltipChoose: 'click to choose',
	ownPlace: 'Your own place',
	inViewButton: 'Places in view ({n})',
	inViewHeading: 'Places in view',
	inViewHint: 'Up and down arrows move, Enter opens, Escape closes.',
	inViewNone: 'No place is in view.',
	inViewMore: 'The first {n} are listed; zoom in to list the others.',
	inViewAnnounce: '{area}: {n} places in view',
	inViewAnnounceOne: '{area}: 1 place in view',
	inViewAnnounceNone: '{area}: no place in view',
	inViewArea: 'Map',
	frameOffer: 'Frame these {n} places on the map',
	frameOfferOne: 'Frame this place on the map',
	frameOfferAnnounce:
		'{n, plural, one {A button beside the map now frames the place left.} other {A button beside the map now frames the # places left.}}',
	frameOfferDismiss: 'Dismiss the offer to frame these places',
	zoomToResults: 'Zoom to results'
};
