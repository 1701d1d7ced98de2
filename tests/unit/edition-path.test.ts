import { describe, expect, it } from 'vitest';
import { editionPath, langOfPath, legacyLang, routePath, withoutLangParam } from '../../src/lib/i18n/edition-path';
import { reroute } from '../../src/hooks';

const url = (path: string) => new URL(path, 'http://127.0.0.1');

describe('the editions’ paths', () => {
	it('tells the edition from the path: /ja and /ja/… are Japanese, anything else (also /japan) English', () => {
		expect(['/ja', '/ja/', '/ja/place/kansai', '/ja/404'].map(langOfPath)).toEqual(['ja', 'ja', 'ja', 'ja']);
		expect(['/', '/place/kansai', '/japan', '/jam/ja', '/place/ja'].map(langOfPath)).toEqual([
			'en',
			'en',
			'en',
			'en',
			'en'
		]);
	});

	it('strips the prefix to the route’s path, and puts it back, with no trailing slash on the home page', () => {
		expect(routePath('/ja/place/kansai')).toBe('/place/kansai');
		expect(routePath('/ja')).toBe('/');
		expect(routePath('/place/kansai')).toBe('/place/kansai');
		expect(editionPath('/place/kansai', 'ja')).toBe('/ja/place/kansai');
		expect(editionPath('/', 'ja')).toBe('/ja');
		expect(editionPath('/', 'en')).toBe('/');
		// from one edition to the other, whichever it starts in
		expect(editionPath('/ja/compare/glasgow/hokkaido', 'en')).toBe('/compare/glasgow/hokkaido');
		expect(editionPath('/ja/timeline', 'ja')).toBe('/ja/timeline');
		for (const p of ['/', '/about', '/place/kansai', '/compare/a/b'])
			for (const lang of ['en', 'ja'] as const) {
				expect(langOfPath(editionPath(p, lang))).toBe(lang);
				expect(routePath(editionPath(p, lang))).toBe(p);
			}
	});

	it('reroutes /ja/… to the same route as the English page, and leaves English paths alone', () => {
		expect(reroute({ url: url('/ja/place/kansai'), fetch })).toBe('/place/kansai');
		expect(reroute({ url: url('/ja'), fetch })).toBe('/');
		expect(reroute({ url: url('/ja/lessons?item=lesson-2'), fetch })).toBe('/lessons');
		expect(reroute({ url: url('/place/kansai'), fetch })).toBeUndefined();
		expect(reroute({ url: url('/japan'), fetch })).toBeUndefined();
	});

	it('reads the language of an old ?lang= link, and drops it from the query without touching the rest', () => {
		expect(legacyLang('?lang=ja&sectors=ict')).toBe('ja');
		expect(legacyLang('?sectors=ict&lang=en')).toBe('en');
		expect(legacyLang('?lang=fr')).toBeNull();
		expect(legacyLang('')).toBeNull();
		expect(withoutLangParam('?lang=ja&sectors=ict,biotech&item=lesson-2')).toBe('?sectors=ict,biotech&item=lesson-2');
		expect(withoutLangParam('?sectors=ict&lang=ja')).toBe('?sectors=ict');
		expect(withoutLangParam('?lang=ja')).toBe('');
		expect(withoutLangParam('?language=x')).toBe('?language=x');
	});
});
