import { describe, expect, it } from 'vitest';
import { externalLink, locatorAnchor, shortCite } from '../../src/lib/data/cite';
import { en } from '../../src/lib/i18n/en';
import { ja } from '../../src/lib/i18n/ja';

describe('externalLink', () => {
	it('links http(s) URLs, named by their host', () => {
		expect(externalLink('https://www.meti.go.jp/english/x.html')).toEqual({
			href: 'https://www.meti.go.jp/english/x.html',
			host: 'www.meti.go.jp'
		});
		expect(externalLink('http://jilc.or.jp/topics/Topics0703.html')?.host).toBe('jilc.or.jp');
	});

	it.each([
		'javascript:alert(1)',
		' JavaScript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'vbscript:x',
		'file:///etc/passwd',
		'not a url',
		'',
		undefined,
		null
	])('makes no link of %j', (url) => {
		expect(externalLink(url)).toBeNull();
	});
});

describe('locators', () => {
	it('anchors and cites a locator', () => {
		expect(locatorAnchor('§2.5.L2')).toBe('loc-s2-5-L2');
		expect(shortCite('fn4', ja.cite)).toBe('三井（2003）、fn4');
		expect(shortCite('§4.3', en.cite)).toBe('Mitsui 2003, §4.3');
	});
});
