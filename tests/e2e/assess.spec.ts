/**
 * The self-assessment (/assess, issue 14): completed by keyboard alone, kept across a reload,
 * shared as a JSON file and opened again, a bad file refused with its problems named, and printed
 * as one A4 page with the paper's reference, beside Hokkaido and Glasgow.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { en as assessEn } from '../../src/lib/i18n/assess';
import { ja as assessJa } from '../../src/lib/i18n/assess.ja';

const axe = (page: Page) =>
	new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);

/** A planner's answers for Kumamoto: much like Hokkaido's weaknesses, some lessons half there. */
const KUMAMOTO: Record<string, 'yes' | 'partly' | 'no' | 'unknown'> = {
	'lesson-1': 'partly',
	'lesson-2': 'no',
	'lesson-3': 'yes',
	'lesson-4': 'partly',
	'lesson-5': 'no',
	'lesson-6': 'partly',
	'lesson-7': 'unknown',
	'lesson-8': 'no',
	'weakness-a': 'yes',
	'weakness-b': 'yes',
	'weakness-c': 'yes',
	'weakness-d': 'yes',
	'weakness-e': 'yes',
	'weakness-f': 'partly',
	'weakness-g': 'yes',
	'weakness-h': 'no',
	'weakness-i': 'yes'
};
const ORDER = ['yes', 'partly', 'no', 'unknown'];

/** Presses Tab until the focused element matches `selector` (the keyboard's way to it). */
async function tabTo(page: Page, selector: string, max = 12) {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector}`);
}

async function pdfPages(page: Page): Promise<number> {
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
	return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('the 17 questions answered by keyboard for Kumamoto: kept after a reload, downloaded, opened again, printed on one A4 page beside Hokkaido and Glasgow', async ({
	page
}) => {
	await page.goto('/assess');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(assessEn.assessHeading);
	await expect(page.locator('.atlas-note')).toContainText(assessEn.assessAtlasNoteTitle);

	// from the top of the page, by keyboard only
	await page.locator('body').focus();
	await tabTo(page, '#region-name', 30);
	await page.keyboard.type('Kumamoto Prefecture');
	for (const [q, a] of Object.entries(KUMAMOTO)) {
		// into the question's radio group (the first radio: none is checked yet), then arrows to the answer
		await tabTo(page, `input[name="answer-${q}"]`);
		await page.keyboard.press('Space');
		for (let i = 0; i < ORDER.indexOf(a); i++) await page.keyboard.press('ArrowRight');
		if (q === 'weakness-d') {
			await tabTo(page, '#note-weakness-d');
			await page.keyboard.type('Prefecture and city share the lead; no single body owns the strategy.');
		}
	}
	for (const [q, a] of Object.entries(KUMAMOTO))
		await expect(page.locator(`input[name="answer-${q}"][value="${a}"]`)).toBeChecked();
	await expect(page.locator('.progress')).toHaveText('17 of 17 answered');

	// the result, by the atlas's rule: Hokkaido (3 shared, 1 differing) before Glasgow (4 shared, 3 differing)
	await expect(page.locator('#result-heading')).toHaveText('Kumamoto Prefecture beside the six cases');
	await expect(page.locator('[data-resembles]')).toHaveCount(1);
	await expect(page.locator('[data-resembles="hokkaido"]')).toContainText('shares 3 of the 4 items');
	await expect(page.locator('tr[data-case="glasgow"]')).toContainText('L1, L3, L4, L6');
	await expect(page.locator('tr[data-case="kansai"]')).toContainText('The paper ties none of the 17 items to Kansai');
	await expect(page.locator('[data-implication="implication-2"]')).toHaveAttribute('data-applies', 'true');
	await expect(page.locator('[data-implication="implication-7"]')).toHaveAttribute('data-applies', 'false');
	await expect(page.locator('.rule')).toContainText('not scores or weights');

	// kept in this browser
	await page.reload();
	await expect(page.locator('#region-name')).toHaveValue('Kumamoto Prefecture');
	await expect(page.locator('input[name="answer-weakness-f"][value="partly"]')).toBeChecked();
	await expect(page.locator('#note-weakness-d')).toHaveValue(/no single body/);

	// shared as a file
	await tabTo(page, '.actions .buttons > button:first-child', 200);
	const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
	expect(download.suggestedFilename()).toMatch(/^assessment-Kumamoto-Prefecture-\d{4}-\d{2}-\d{2}\.json$/);
	const saved = readFileSync((await download.path())!, 'utf8');
	const json = JSON.parse(saved);
	expect(json.format).toBe('cluster-atlas-assessment');
	expect(json.region.name).toBe('Kumamoto Prefecture');
	expect(Object.keys(json.answers)).toHaveLength(17);

	// started again: everything cleared
	await page.getByRole('button', { name: assessEn.assessReset }).click();
	await page.getByRole('button', { name: assessEn.assessResetYes }).click();
	await expect(page.locator('#region-name')).toHaveValue('');
	await expect(page.locator('input[type="radio"]:checked')).toHaveCount(0);

	// a file that is not an assessment is refused, naming why, and changes nothing
	await page.locator('.actions input[type="file"]').setInputFiles({
		name: 'places.geojson',
		mimeType: 'application/geo+json',
		buffer: Buffer.from('{"type":"FeatureCollection","features":[]}')
	});
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('places.geojson cannot be opened as an assessment');
	await expect(alert).toContainText(assessEn.assessBadNotAssessment);
	await expect(alert).toBeFocused();
	// a damaged assessment names every bad field
	const damaged = { ...json, answers: { ...json.answers, 'lesson-1': { answer: 'maybe', note: '' } }, colour: 1 };
	await page.locator('.actions input[type="file"]').setInputFiles({
		name: 'damaged.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(damaged))
	});
	await expect(alert).toContainText('answers.lesson-1.answer: must be one of yes, partly, no, unknown.');
	await expect(alert).toContainText('colour: a field the atlas does not know.');
	await expect(page.locator('#region-name')).toHaveValue('');

	// the good file, opened by keyboard through the file chooser
	await tabTo(page, '.actions input[type="file"]', 200);
	const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
	await chooser.setFiles({ name: 'kumamoto.json', mimeType: 'application/json', buffer: Buffer.from(saved) });
	await expect(page.locator('.actions .status')).toHaveText(
		'Opened kumamoto.json: the assessment of Kumamoto Prefecture.'
	);
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.locator('input[name="answer-lesson-3"][value="yes"]')).toBeChecked();
	await expect(page.locator('[data-resembles="hokkaido"]')).toBeVisible();

	// printed: one A4 page, the answers and the result beside Hokkaido and Glasgow, with the paper's reference
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.questions')).toBeHidden();
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.locator('.print-answers')).toBeVisible();
	await expect(page.locator('.print-answers tr')).toHaveCount(17);
	await expect(page.locator('.print-head')).toContainText('Kumamoto Prefecture beside the cases of Mitsui (2003)');
	const profile = page.locator('table.profile');
	await expect(profile.locator('thead')).toContainText('Hokkaido');
	await expect(profile.locator('thead')).toContainText('Western Scotland / Glasgow');
	await expect(page.locator('footer.paper-ref')).toContainText(
		'Mitsui, I. (2003, September 22). Industrial cluster policies and regional development in the age of globalisation'
	);
	await expect(page.locator('footer.paper-ref')).toContainText('[Paper presentation]');
	expect(await pdfPages(page)).toBe(1);
});

test('the self-assessment reads in Japanese, and passes axe-core in both languages', async ({ page }) => {
	await page.goto('/ja/assess');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(assessJa.assessHeading);
	await expect(page.locator('[data-question="weakness-d"] legend')).toContainText('弱点d');
	await page.locator('input[name="answer-weakness-a"][value="yes"]').check();
	await expect(page.locator('[data-resembles="hokkaido"]')).toContainText('北海道');
	const ja1 = await axe(page).analyze();
	expect(ja1.violations.map((v) => v.id)).toEqual([]);
	await page.goto('/assess');
	const en1 = await axe(page).analyze();
	expect(en1.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('on a phone the questions and the result fit the screen', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/assess');
	await page.locator('input[name="answer-weakness-e"][value="yes"]').check();
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
