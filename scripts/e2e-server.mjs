// The browser tests' web server (playwright.config.ts): the test build served like a static host.
// The test build (`npm run build:test`) is the release build plus the hooks the tests read
// (`window.__clusterAtlas`); a release build in build/ (`npm run build`) has none, so it is
// rebuilt as a test build first, saying so. Usage: node scripts/e2e-server.mjs [port]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = 'build';
const port = process.argv[2] ?? '4173';

function isTestBuild() {
	const dir = join(BUILD, '_app', 'immutable');
	if (!existsSync(dir)) return false;
	const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.js'));
	return files.some((f) => readFileSync(join(dir, String(f)), 'utf8').includes('__clusterAtlas'));
}

if (!isTestBuild()) {
	console.log(`${BUILD}/ is not a test build (it has no test hooks): running npm run build:test first`);
	const r = spawnSync('npm', ['run', 'build:test'], { stdio: 'inherit', shell: process.platform === 'win32' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
// serve.mjs reads its folder and port from the command line
process.argv = [process.argv[0], 'scripts/serve.mjs', BUILD, port];
await import('./serve.mjs');
