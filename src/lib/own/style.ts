/**
 * How the user's places look wherever they are drawn (the legend, the list, the panel): a star,
 * in the colour of the atlas sector their category matched, or this one for their own categories.
 */
export const OWN_COLOUR = '#5a5a5a';

/** The colour of a category: its first atlas sector's, else the own colour. */
export function categoryColour(
	category: { sectors: readonly string[] } | undefined,
	colourOf: (sector: string) => string
): string {
	return category && category.sectors.length ? colourOf(category.sectors[0]) : OWN_COLOUR;
}
