/**
 * The user's-own-data parts of the explorer, as one chunk the shell loads once the page is up:
 * the import dialog, the Papa Parse client and the problem catalogue stay out of every page's
 * first JavaScript (the budget in tests/e2e/budgets.spec.ts).
 */
export { default as OwnMap } from './OwnMap.svelte';
export { default as OwnList } from './OwnList.svelte';
export { default as OwnPanel } from './OwnPanel.svelte';
export { default as OwnSection } from './OwnSection.svelte';
