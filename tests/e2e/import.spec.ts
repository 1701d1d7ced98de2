/**
 * The user's own places, in the browser (issue 14): a Shift_JIS CSV from Japanese Excel dropped on
 * the map, its columns mapped, its three bad rows named and downloaded, its places kept on this
 * device across a reload and removed with "remove my data"; no request ever carries the file.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { en } from '../../src/lib/i18n/en';

const FIXTURES = 'tests/fixtures/import';
const KUMAMOTO = `${FIXTURES}/good-kumamoto-firms-sjis.csv`;
const kumamotoBytes = readFileSync(KUMAMOTO);
/** rows of the file as text, to look for in every request */
const kumamotoRows = new TextDecoder('shift_jis')
	.decode(kumamotoBytes)
	.split(/\r?\n/)
	.slice(1)
	.filter((l) => l.trim());

const axe = (page: Page) =>
	new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
const violations = async (page: Page) =>
	(await axe(page).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Every request the page (and its workers) makes, with whatever it sends. */
function recordRequests(page: Page): Request[] {
	const seen: Request[] = [];
	page.context().on('request', (r) => seen.push(r));
	return seen;
}

/** Drops a file on the map the way a browser does: dragenter, dragover, drop, with a DataTransfer holding it. */
async function dropOnMap(page: Page, bytes: Buffer, name: string, type = 'text/csv') {
	const transfer = await page.evaluateHandle(
		({ data, name, type }) => {
			const dt = new DataTransfer();
			dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name, { type }));
			return dt;
		},
		{ data: bytes.toString('base64'), name, type }
	);
	const map = page.locator('#map');
	// the user's-data parts (the drop zone among them) load once the map's first view has settled:
	// a real drag repeats dragover until they are there; a dispatched one waits for them
	await expect(page.locator('[data-drop-zone]')).toBeAttached();
	await map.dispatchEvent('dragenter', { dataTransfer: transfer });
	await map.dispatchEvent('dragover', { dataTransfer: transfer });
	// the drop zone says what a drop will do, while the file is over the map
	await expect(page.locator('[data-drop-zone="active"]')).toContainText(en.ownDropNow);
	await map.dispatchEvent('drop', { dataTransfer: transfer });
}

const problemRows = (page: Page) =>
	page
		.locator('dialog table[data-problems] tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim().replace(/\s+/g, ' ')))
		);

/** The user's places the map's own layer draws inside the canvas (the test hook's points layer). */
const ownOnMap = (page: Page) =>
	page.evaluate(() => (window.__clusterAtlas?.own as { inView(): string[] } | undefined)?.inView().length ?? 0);

async function storedDatasets(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('cluster-atlas-import');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					if (!db.objectStoreNames.contains('meta')) return (resolve(0), db.close());
					const req = db.transaction('meta').objectStore('meta').count();
					req.onsuccess = () => (resolve(req.result), db.close());
				};
			})
	);
}

test('a Shift_JIS CSV from Excel dropped on the map: 297 firms load, the 3 bad rows are named and downloaded, they stay after a reload, "remove my data" removes them, and no request carries the file', async ({
	page
}) => {
	// three map loads (the drop, the reload, after removal) on software WebGL
	test.setTimeout(150_000);
	const requests = recordRequests(page);
	await page.goto('/');
	await mapIdle(page);
	await dropOnMap(page, kumamotoBytes, 'kumamoto-firms.csv');

	const dialog = page.getByRole('dialog', { name: en.ownDialogTitle });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator('[data-outcome]')).toHaveText(
		'kumamoto-firms.csv: 297 places loaded, 3 rows not loaded.'
	);
	await expect(dialog.locator('[data-outcome]')).toBeFocused();
	await expect(dialog).toContainText('a table read as Shift_JIS');

	// the mapping found 緯度/経度 and the rest by their Japanese names
	await expect(dialog.getByLabel(en.ownFieldLat, { exact: true })).toHaveValue('4');
	await expect(dialog.getByLabel(en.ownFieldLon, { exact: true })).toHaveValue('5');
	await expect(dialog.getByLabel(en.ownFieldName, { exact: true }).locator('option:checked')).toHaveText('企業名');
	await expect(dialog.getByLabel(en.ownFieldSector, { exact: true }).locator('option:checked')).toHaveText('業種');

	// the table names the three bad rows, the column and what to do
	const rows = await problemRows(page);
	const errors = rows.filter((r) => r[3].startsWith(en.ownSeverityError));
	expect(errors.map((r) => [r[0], r[1]])).toEqual([
		['58', '緯度'],
		['143', '緯度'],
		['212', '企業ID']
	]);
	expect(errors[1][3]).toContain('swapped');
	expect(errors[2][2]).toBe('K210');
	await expect(dialog.getByText('Empty coordinates', { exact: false })).toBeVisible();

	// the user corrects a choice: the name from another column, then back
	await dialog.getByLabel(en.ownFieldName, { exact: true }).selectOption({ label: '所在地' });
	await expect(dialog.locator('[data-outcome]')).toHaveText(
		'kumamoto-firms.csv: 297 places loaded, 3 rows not loaded.'
	);
	await expect(dialog.getByLabel(en.ownFieldName, { exact: true }).locator('option:checked')).toHaveText('所在地');
	await dialog.getByLabel(en.ownFieldName, { exact: true }).selectOption({ label: '企業名' });
	await expect(dialog.getByLabel(en.ownFieldName, { exact: true }).locator('option:checked')).toHaveText('企業名');

	// the bad rows, to fix in Excel: UTF-8 with a BOM, the original values and what is wrong
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		dialog.getByRole('button', { name: 'Download the 3 rows that did not load' }).click()
	]);
	expect(download.suggestedFilename()).toBe('kumamoto-firms-problems.csv');
	const bad = readFileSync((await download.path())!);
	expect([...bad.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const badLines = new TextDecoder().decode(bad).trim().split('\r\n');
	expect(badLines).toHaveLength(4);
	expect(badLines[0]).toBe('企業ID,企業名,業種,所在地,緯度,経度,従業員数,problem');
	expect(badLines.some((l) => l.startsWith('K210,'))).toBe(true);

	await dialog.getByRole('button', { name: en.ownShowOnMap }).click();
	await expect(dialog).toBeHidden();
	await mapIdle(page);
	// drawn: every firm is a star of the user's layer, in Kyushu beside the paper's places
	await expect.poll(() => ownOnMap(page)).toBe(297);

	// a layer of its own, with its count, listed after the paper's places
	const section = page.locator('#own-data');
	await expect(section.getByLabel(/Your places/)).toBeChecked();
	await expect(section.locator('.row .count').first()).toHaveText('297');
	await expect(page.locator('#own-list-heading')).toContainText('(297)');
	await expect(section).toContainText('半導体');
	await expect(section).toContainText('Electronics and semiconductors');
	await expect(section.getByRole('checkbox', { name: /造船/ })).toBeChecked();

	// kept on this device: a reload brings them back
	await page.reload();
	await mapIdle(page);
	await expect(page.locator('#own-list-heading')).toContainText('(297)');
	await expect(section).toContainText('kumamoto-firms.csv');
	expect(await storedDatasets(page)).toBe(1);
	await expect.poll(() => ownOnMap(page)).toBe(297);

	// its problems can still be read after the reload, from what was kept
	await section.getByRole('button', { name: 'Problems and mapping of kumamoto-firms.csv' }).click();
	await expect(dialog.locator('[data-outcome]')).toHaveText(
		'kumamoto-firms.csv: 297 places loaded, 3 rows not loaded.'
	);
	expect((await problemRows(page)).filter((r) => r[3].startsWith(en.ownSeverityError)).map((r) => r[0])).toEqual([
		'58',
		'143',
		'212'
	]);
	await expect(dialog).toContainText(en.ownNotLive);
	await dialog.getByRole('button', { name: en.ownClose }).click();

	// "remove my data", confirmed: gone from the page and from the device
	await section.getByRole('button', { name: en.ownRemoveAll }).click();
	await section.getByRole('button', { name: en.ownRemoveYes }).click();
	await expect(section.getByRole('status').last()).toHaveText(en.ownRemoved);
	await expect(page.locator('#own-list-heading')).toHaveCount(0);
	expect(await storedDatasets(page)).toBe(0);
	await mapIdle(page);
	await expect.poll(() => ownOnMap(page)).toBe(0);
	await page.reload();
	await mapIdle(page);
	await expect(section).not.toContainText('kumamoto-firms.csv');

	// no request carried the file: none sends a body, none names a row or a firm
	const names = kumamotoRows.slice(0, 50).map((l) => l.split(',')[1]);
	for (const r of requests) {
		expect(r.method(), r.url()).toBe('GET');
		expect(r.postDataBuffer(), r.url()).toBeNull();
		const url = decodeURIComponent(r.url());
		for (const n of names) expect(url).not.toContain(n);
		expect(url).not.toContain('K210');
	}
	// and the CSP still allows no other host to be reached
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("connect-src 'self'");
});

test('the file picker is the keyboard’s way in: a second file joins the first, and each place opens into its attributes', async ({
	page
}) => {
	await page.goto('/');
	await mapIdle(page);
	const importButton = page.getByRole('button', { name: en.ownImport });
	await importButton.focus();
	await page.keyboard.press('Enter');
	const dialog = page.getByRole('dialog', { name: en.ownDialogTitle });
	await expect(dialog).toBeVisible();
	await page.setInputFiles('#import-file', KUMAMOTO);
	await expect(dialog.locator('[data-outcome]')).toContainText('297 places loaded');
	await dialog.getByRole('button', { name: en.ownAnother }).click();
	await page.setInputFiles('#import-file', `${FIXTURES}/good-places.csv`);
	await expect(dialog.locator('[data-outcome]')).toHaveText('good-places.csv: 6 places loaded, 0 rows not loaded.');
	await expect(dialog).toContainText(en.ownNoProblems);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	await expect(page.locator('#own-list-heading')).toContainText('(303)');
	// the list's search box searches the user's places too
	await page.locator('#place-search').fill('K210');
	await expect(page.locator('#own-list-heading')).toContainText('(1)');
	const item = page.locator('.own-list [data-own]').first();
	await item.click();
	const panel = page.locator('[data-own-panel]');
	await expect(panel.locator('#own-panel-title')).toBeFocused();
	await expect(panel).toContainText('K210');
	await expect(panel).toContainText('kumamoto-firms-sjis.csv');
	await expect(panel.locator('dl.attributes dt')).toHaveText([
		'企業ID',
		'企業名',
		'業種',
		'所在地',
		'緯度',
		'経度',
		'従業員数'
	]);
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	await expect(item).toBeFocused();

	// the places listed go back out as CSV and GeoJSON
	await page.locator('#place-search').fill('');
	await expect(page.locator('#own-list-heading')).toContainText('(303)');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('#own-data').getByRole('button', { name: 'CSV', exact: true }).click()
	]);
	const lines = readFileSync((await csv.path())!, 'utf8')
		.trim()
		.split('\r\n');
	expect(lines).toHaveLength(1 + 303);
	expect(lines[0]).toContain('atlas_lat,atlas_lon,atlas_category,atlas_sectors,atlas_file,atlas_row');
	const [geo] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('#own-data').getByRole('button', { name: 'GeoJSON', exact: true }).click()
	]);
	const fc = JSON.parse(readFileSync((await geo.path())!, 'utf8'));
	expect(fc.features).toHaveLength(303);

	// an own category switched off leaves the list and the count
	await page.locator('#own-data').getByRole('checkbox', { name: /造船/ }).uncheck();
	await expect(page.locator('#own-list-heading')).toContainText(`(${303 - 27})`);
	// the atlas's sector filter applies to the categories matched to it
	await page.getByRole('button', { name: 'Show only Electronics and semiconductors' }).click();
	await expect(page.locator('#own-list-heading')).toContainText(`(${40 + 25 + 24})`);
});

test('a file that cannot be read says why, and what to do; nothing is kept', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	await dropOnMap(page, readFileSync(`${FIXTURES}/xlsx-renamed.csv`), 'firms.csv');
	const alert = page.getByRole('dialog').getByRole('alert');
	await expect(alert).toContainText('firms.csv was not imported.');
	await expect(alert).toContainText('This is an Excel workbook (.xlsx), not a CSV or GeoJSON text file.');
	await expect(alert).toContainText('CSV UTF-8');
	expect(await storedDatasets(page)).toBe(0);
});

test('a long import shows its progress and can be cancelled, keeping nothing', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	await page.getByRole('button', { name: en.ownImport }).click();
	// ~40 MB made in the page: long enough to be cancelled while it is read
	await page.evaluate(() => {
		const rows: string[] = ['name,lat,lon'];
		for (let i = 0; i < 800_000; i++) rows.push(`Place number ${i},${(33 + (i % 1000) / 1000).toFixed(5)},130.5`);
		const file = new File([rows.join('\n')], 'big.csv', { type: 'text/csv' });
		const input = document.querySelector<HTMLInputElement>('#import-file')!;
		const dt = new DataTransfer();
		dt.items.add(file);
		input.files = dt.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
	});
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('progress')).toBeVisible();
	await expect(dialog).toContainText('Reading big.csv');
	await dialog.getByRole('button', { name: en.ownCancel }).click();
	await expect(dialog.getByRole('status')).toHaveText(en.ownCancelled);
	expect(await storedDatasets(page)).toBe(0);
});

test('the import dialog, the user’s layer and a place’s panel pass axe-core, in English and Japanese', async ({
	page
}) => {
	test.setTimeout(150_000);
	for (const path of ['/', '/ja']) {
		await page.goto(path);
		await mapIdle(page);
		await page.locator('#own-data .actions .button').click();
		await page.setInputFiles('#import-file', KUMAMOTO);
		await expect(page.locator('dialog [data-outcome]')).toBeVisible();
		expect(await violations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await page.locator('.own-list [data-own]').first().click();
		await expect(page.locator('#own-panel-title')).toBeFocused();
		expect(await violations(page)).toEqual([]);
		await page
			.locator('#own-data')
			.getByRole('button', { name: path === '/' ? en.ownRemoveAll : '自分のデータを削除' })
			.click();
		await page.locator('#own-data .remove .danger').click();
		await expect(page.locator('#own-list-heading')).toHaveCount(0);
	}
});

test('on a phone the import dialog fills the screen and nothing in it overflows sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/');
	await mapIdle(page);
	await page.locator('#own-data .actions .button').click();
	await page.setInputFiles('#import-file', KUMAMOTO);
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('[data-outcome]')).toBeVisible();
	const box = (await dialog.boundingBox())!;
	expect(box.width).toBeLessThanOrEqual(390);
	expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
});
