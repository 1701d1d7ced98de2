/**
 * Which claim the "Cite this claim" dialog shows (one dialog per page, in ClaimAnchors.svelte):
 * each claim's small Cite button opens it, the dialog gives focus back to the button on close.
 */
class ClaimDialogState {
	id = $state<string | null>(null);
	opener: HTMLElement | null = null;

	open(id: string, opener: HTMLElement) {
		this.opener = opener;
		this.id = id;
	}

	close() {
		this.id = null;
		const o = this.opener;
		this.opener = null;
		if (o && document.contains(o)) o.focus();
	}
}

export const claimDialog = new ClaimDialogState();
