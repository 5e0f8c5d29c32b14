import * as assert from 'assert';
import { isSpaceCode, skipSpaces, trimEndAt } from '../../server/src/prose/chars';
import { memoByString } from '../../server/src/prose/memo';
import { factorFirstLetters } from '../../server/src/prose/factor';
import { compileLexicon, matchLexicon } from '../../server/src/prose/lexicon';
import { allMatches } from '../../server/src/prose/segment';

describe('prose helpers: memoByString', () => {
  it('computes each key once and returns the cached value, including undefined', () => {
    const calls: string[] = [];
    const lookup = memoByString((key: string) => {
      calls.push(key);
      return key === 'none' ? undefined : key.toUpperCase();
    });
    assert.strictEqual(lookup('a'), 'A');
    assert.strictEqual(lookup('a'), 'A');
    assert.strictEqual(lookup('none'), undefined);
    assert.strictEqual(lookup('none'), undefined);
    assert.deepStrictEqual(calls, ['a', 'none']);
  });

  it('drops the cache at its limit and still answers correctly', () => {
    let computed = 0;
    const double = memoByString((key: string) => {
      computed++;
      return key + key;
    }, 3);
    for (const key of ['a', 'b', 'c', 'd', 'a']) assert.strictEqual(double(key), key + key);
    assert.strictEqual(computed, 5); // "d" found the cache full and cleared it, so "a" was computed again
  });
});

describe('prose helpers: whitespace on ranges', () => {
  it('treats exactly the characters of \\s as whitespace', () => {
    for (let code = 0; code < 0x3100; code++)
      assert.strictEqual(isSpaceCode(code), /\s/.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
    assert.strictEqual(isSpaceCode(0xfeff), true);
  });

  it('skips and trims whitespace within the range only', () => {
    const text = 'ab \t\u00a0cd  \n';
    assert.strictEqual(skipSpaces(text, 2, text.length), 5);
    assert.strictEqual(skipSpaces(text, 2, 4), 4);
    assert.strictEqual(trimEndAt(text, 0, text.length), 7);
    assert.strictEqual(trimEndAt(text, 3, 5), 3);
  });
});

describe('prose helpers: allMatches', () => {
  it('returns every match, steps over empty ones and leaves lastIndex at 0', () => {
    const pattern = /a*/g;
    const matches = allMatches(pattern, 'baab');
    assert.deepStrictEqual(
      matches.map((match) => [match.index, match[0]]),
      [
        [0, ''],
        [1, 'aa'],
        [3, ''],
        [4, ''],
      ],
    );
    assert.strictEqual(pattern.lastIndex, 0);
  });
});

describe('prose helpers: screened lexicons', () => {
  const entries = [/\bSI\b/, /\bsuicid(?:al|e)\b/i, /(?<![A-Za-z])cravings?\b/i, 'gave feedback', /\b(\w)\1\b/i];
  const texts = [
    '',
    'No risk today.',
    'Denies SI; si joint pain.',
    'Cravings 4/10, then craving again.',
    'aa gave  feedback; suicidal thoughts',
    'xx suicide',
  ];

  it('finds exactly what the unscreened lexicon finds', () => {
    const plain = compileLexicon(entries);
    const screened = compileLexicon(entries, { screen: true });
    for (const text of texts)
      assert.deepStrictEqual(matchLexicon(screened, text, 5), matchLexicon(plain, text, 5), text);
  });

  it('screens only case-insensitive entries and never entries with backreferences', () => {
    // The backreference turns screening off.
    assert.strictEqual(compileLexicon(entries, { screen: true }).screen, undefined);
    const lexicon = compileLexicon(entries.slice(0, 4), { screen: true });
    assert.ok(lexicon.screen);
    assert.deepStrictEqual(
      lexicon.entries.map((entry) => entry.screened),
      [false, true, true, true],
    );
  });
});

describe('prose helpers: factorFirstLetters', () => {
  it('groups the alternatives of a leading word group by first letter, keeping their order', () => {
    assert.strictEqual(
      factorFirstLetters('\\b(?:said|told|says|Sat|t(?:a|b)|x)\\b', true),
      '\\b(?:s(?:aid|ays|at)|t(?:old|(?:a|b))|x)\\b',
    );
    assert.strictEqual(factorFirstLetters('\\b(?:said|Sat)\\b', false), '\\b(?:said|Sat)\\b');
    assert.strictEqual(factorFirstLetters('\\b(?:I|inform(?:ed|s))\\s+x', true), '\\b(?:I(?:|nform(?:ed|s)))\\s+x');
  });

  it('leaves other shapes alone', () => {
    for (const source of [
      '\\b(?:a?b|ac)\\b',
      '\\b(?:ab|\\dc|ad)',
      '(?:ab|ac)',
      '\\b(?:(a)b|ac)\\1',
      '\\b(?:ab|[a-c]d|ae)',
      '\\b(?:ab|cd)',
    ]) {
      assert.strictEqual(factorFirstLetters(source, true), source, source);
    }
  });

  it('matches exactly what the original matches', () => {
    const sources = [
      '\\b(?:sh(?:are|ared)|said|s(?:ays)?|talk(?:s|ed)|tell|told|t)\\b',
      '\\b(?:to|the|an|in)\\s+(?:ER|ED)\\b',
      '\\b(?:set|seT\\w|s|se)(?=\\s)',
    ];
    const text = 'She said, Shared ideas; s t tell TOLD to ER the ED an eD set seTx s se se- says talked.';
    for (const source of sources) {
      for (const flags of ['g', 'gi']) {
        const plain = [...text.matchAll(new RegExp(source, flags))].map((match) => [match.index, match[0]]);
        const factored = [...text.matchAll(new RegExp(factorFirstLetters(source, flags.includes('i')), flags))].map(
          (match) => [match.index, match[0]],
        );
        assert.deepStrictEqual(factored, plain, `${source} /${flags}`);
      }
    }
  });
});
