import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const chromium = findChromium();
// PW_PORT lets several checkouts run their browser tests side by side
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : 2,
	timeout: 60_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		viewport: { width: 1280, height: 800 },
		// the offline cache is tested on its own (failure-paths.spec.ts, which allows it): elsewhere a
		// service worker would precache the whole site behind every test and hide requests from page.route
		serviceWorkers: 'block',
		launchOptions: { executablePath: chromium?.path, args: CHROMIUM_ARGS }
	},
	webServer: {
		// the test build (the production build plus its test hooks; built first if build/ holds a
		// release build), served like a static host (404.html for unknown paths)
		command: `node scripts/e2e-server.mjs ${PORT}`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
