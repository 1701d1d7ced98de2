// Makes sure the browser tests have a Chromium, or fails saying exactly what to install.
// Order: CHROMIUM_PATH, /usr/bin/chromium, Playwright's browser; else try Playwright's download,
// then (as root on Debian) apt-get install chromium. It never lets the browser tests be skipped.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

function run(cmd) {
	console.log(`$ ${cmd}`);
	try {
		execSync(cmd, { stdio: 'inherit', timeout: 15 * 60_000 });
		return true;
	} catch {
		return false;
	}
}

let found = findChromium();
if (process.env.CHROMIUM_PATH && !found) {
	console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
	process.exit(1);
}
if (!found) {
	console.log('No Chromium found; trying to provision one for the browser tests.');
	run('npx playwright install chromium');
	found = findChromium();
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!found && isRoot && existsSync('/usr/bin/apt-get')) {
		run('apt-get update -qq');
		run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
		found = findChromium();
	}
}
if (!found) {
	console.error(
		[
			'The browser tests need Chromium and none could be found or installed.',
			'Install one of:',
			'  - Debian/Ubuntu: sudo apt-get install chromium   (gives /usr/bin/chromium)',
			'  - Playwright:    npx playwright install chromium',
			'or point CHROMIUM_PATH at a Chromium or Chrome binary. Browser tests are never skipped.'
		].join('\n')
	);
	process.exit(1);
}
console.log(`Chromium for the browser tests: ${found.path} (${found.from})`);
