import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileContent } from './compile-content';
import { ContentError } from './content-error';
import { compilePage } from './compile-page';
import { pageSentences } from './content-quality';
import { samplePage } from '../../tests/fakes/sample-page';

/** Valid front matter, then the body follows on the next line. */
const FRONT = samplePage('', '').trimEnd() + '\n';

/** Pieces that Markdown and front matter are made of, including broken ones. */
const markdownPiece = fc.oneof(
  fc.constantFrom('## ', '### ', '# ', '- ', '1. ', '* ', '> ', '```', '    ', '**', '*', '_', '[', '](', ')', '<b>', '</b>', '<!-- x -->', '---', ':', '\n', '\n\n', '|', '![a](b)', '&amp;', '\\', '`'),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('Radiation eases pain.', 'Dr. Lee said so.', 'e.g. a cast', 'A sentence, with a comma; and more', '[link](/sample/)', '[bad](/nowhere/)', '[web](https://example.org)'),
);
const markdown = fc.array(markdownPiece, { maxLength: 40 }).map((parts) => parts.join(''));

const frontMatterLine = fc.oneof(
  fc.constantFrom('id: sample', 'id: Bad Id', 'title: Sample', 'title:', 'order: 1', 'order: -3', 'order: x', 'summary: A sample.', 'checked: 2026-11-27', 'checked: 2026-13-40', 'checked: soon', 'kind: treatment', 'kind: nonsense', 'colour: red', 'sources:', '  - title: S', '    url: https://example.org/', '    url: ftp://x', '  - nope', ': :', '  bad indent', '"unclosed'),
  fc.string({ maxLength: 15 }),
);
const file = fc.tuple(fc.boolean(), fc.array(frontMatterLine, { maxLength: 14 }), fc.boolean(), markdown).map(
  ([open, lines, close, body]) => `${open ? '---\n' : ''}${lines.join('\n')}\n${close ? '---\n' : ''}${body}`,
);

/** Either compiles, or stops with a ContentError naming the file and a line inside it; never anything else. */
function compileOrExplain(source: string) {
  try {
    return { ok: true as const, result: compilePage('content/sample.md', source) };
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    const contentError = error as ContentError;
    expect(contentError.file).toBe('content/sample.md');
    expect(contentError.line).toBeGreaterThanOrEqual(1);
    expect(contentError.line).toBeLessThanOrEqual(source.split('\n').length + 1);
    expect(contentError.message).toMatch(/^content\/sample\.md:\d+: \S/);
    return { ok: false as const };
  }
}

describe('the content compiler on random and malformed input', () => {
  it('always compiles or names the file and line, for random bodies', () => {
    fc.assert(fc.property(markdown, (body) => void compileOrExplain(FRONT + body)), { numRuns: 400 });
  });

  it('always compiles or names the file and line, for random front matter', () => {
    fc.assert(fc.property(file, (source) => void compileOrExplain(source)), { numRuns: 400 });
  });

  it('never drops text: every word of plain paragraphs comes out in the sentences', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,10}$/);
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 45 }), fc.constantFrom('.', '!', '?', ',', ';')).map(([words, end]) => words.join(' ') + end);
    const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(' '));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const outcome = compileOrExplain(FRONT + '\n' + paragraphs.join('\n\n'));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const words = pageSentences(outcome.result.page).flatMap((s) => s.text.split(/\s+/));
        expect(words.join(' ')).toBe(paragraphs.join(' ').split(/\s+/).join(' '));
      }),
      { numRuns: 300 },
    );
  });

  // Vitest's time limit for a test is what catches a hang here.
  it('finishes on long, deeply marked-up input', () => {
    const body = '**'.repeat(2000) + '['.repeat(2000) + 'word, '.repeat(3000);
    const outcome = compileOrExplain(FRONT + body);
    if (outcome.ok) expect(pageSentences(outcome.result.page).length).toBeGreaterThan(0);
  });

  it('checks links across files without crashing on random link targets', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (target) => {
        const source = FRONT + `\nSee [this](/${target.replace(/[()\s\n]/g, '')}/).`;
        try {
          compileContent(new Map([['sample.md', source]]));
        } catch (error) {
          expect(error).toBeInstanceOf(ContentError);
        }
      }),
      { numRuns: 200 },
    );
  });
});
