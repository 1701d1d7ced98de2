/**
 * A roving tabindex for a group of controls: the group is one Tab stop, the arrow keys move
 * inside it, Home and End go to its ends. WAI-ARIA Authoring Practices, "Managing focus within
 * components using a roving tabindex":
 * https://www.w3.org/WAI/ARIA/apg/practices/keyboard-interface/#kbd_roving_tabindex
 *
 * With `rows`, the controls form a grid (each row one filter: its checkbox and its "only"
 * button): Up and Down move to the next row in the same column, Left and Right along the row.
 * Without it, every arrow moves along the one line of controls. The control last focused keeps
 * the Tab stop, so Tab comes back to where the reader was.
 *
 * Used as a Svelte attachment: `<ul {@attach roving({ items: 'input, button', rows: 'li' })}>`.
 */
import type { Attachment } from 'svelte/attachments';

export interface RovingOptions {
	/** the controls of the group (a selector inside the container) */
	items: string;
	/** the rows of a grid, each holding some of the items */
	rows?: string;
}

const usable = (el: HTMLElement) => !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0;

export function roving(options: RovingOptions): Attachment<HTMLElement> {
	return (container) => {
		let current: HTMLElement | null = null;
		const items = () => [...container.querySelectorAll<HTMLElement>(options.items)];

		/** Every item out of the Tab order but the current one (the first usable when none is). */
		const settle = () => {
			const all = items();
			if (!current || !all.includes(current) || !usable(current)) current = all.find(usable) ?? null;
			for (const el of all) el.tabIndex = el === current ? 0 : -1;
		};

		const move = (to: HTMLElement | undefined) => {
			if (!to) return false;
			current = to;
			settle();
			to.focus();
			return true;
		};

		const onfocusin = (e: FocusEvent) => {
			const el = (e.target as HTMLElement).closest<HTMLElement>(options.items);
			if (el && container.contains(el) && el !== current) {
				current = el;
				settle();
			}
		};

		const onkeydown = (e: KeyboardEvent) => {
			if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
			const target = (e.target as HTMLElement).closest<HTMLElement>(options.items);
			if (!target || !container.contains(target)) return;
			const all = items().filter(usable);
			let next: HTMLElement | undefined;
			if (e.key === 'Home') next = all[0];
			else if (e.key === 'End') next = all[all.length - 1];
			else if (options.rows && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
				const rows = [...container.querySelectorAll<HTMLElement>(options.rows)];
				const row = rows.findIndex((r) => r.contains(target));
				const column = [...rows[row].querySelectorAll<HTMLElement>(options.items)].indexOf(target);
				const step = e.key === 'ArrowDown' ? 1 : -1;
				for (let i = row + step; i >= 0 && i < rows.length && !next; i += step) {
					const cells = [...rows[i].querySelectorAll<HTMLElement>(options.items)].filter(usable);
					next = cells[Math.min(column, cells.length - 1)];
				}
			} else {
				const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
				if (step) next = all[all.indexOf(target) + step];
			}
			// at an end of the group the key does nothing (it must not scroll the sidebar either)
			if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) {
				e.preventDefault();
				move(next);
			}
		};

		settle();
		// rows may be re-rendered (a language switch, counts) and controls hidden or disabled by
		// state (the language in use, on a phone): the Tab stop moves to a control that can take it
		const observer = new MutationObserver(settle);
		observer.observe(container, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: ['aria-pressed', 'aria-current', 'disabled', 'hidden', 'class']
		});
		container.addEventListener('focusin', onfocusin);
		container.addEventListener('keydown', onkeydown);
		// a media query can hide a control too (a rotated phone)
		addEventListener('resize', settle);
		return () => {
			observer.disconnect();
			removeEventListener('resize', settle);
			container.removeEventListener('focusin', onfocusin);
			container.removeEventListener('keydown', onkeydown);
		};
	};
}
