// Finds a Chromium for Playwright: CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's own.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** @returns {{ path: string, from: string } | null} */
export function findChromium() {
	const env = process.env.CHROMIUM_PATH;
	if (env) return existsSync(env) ? { path: env, from: 'CHROMIUM_PATH' } : null;
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
		if (existsSync(p)) return { path: p, from: 'system' };
	try {
		const require = createRequire(import.meta.url);
		const { chromium } = require('playwright-core');
		const p = chromium.executablePath();
		if (p && existsSync(p)) return { path: p, from: 'playwright' };
	} catch {
		// playwright-core not resolvable: fall through
	}
	return null;
}
