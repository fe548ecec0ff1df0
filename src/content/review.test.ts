import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { samplePage } from '../../tests/fakes/sample-page';
import { errorOf } from '../../tests/fakes/content-error-of';
import { compileContent, compileContentFolder } from './compile-content';
import { parseReview } from './review';

const FILE = 'content/review.yaml';

const reviewer = (lines: string) => `# Who reviewed the guide.\nclinicalReviewer:\n${lines}`;

describe('parseReview', () => {
  it('reads "clinicalReviewer: null" as no review', () => {
    expect(parseReview(FILE, '# Nobody yet.\nclinicalReviewer: null\n')).toBeNull();
    expect(parseReview(FILE, 'clinicalReviewer:\n')).toBeNull();
  });

  it('reads a reviewer with name, role and date, the date kept as written', () => {
    const review = parseReview(FILE, reviewer('  name: Jane Doe\n  role: oncology nurse\n  date: 2027-01-15\n'));
    expect(review).toEqual({ name: 'Jane Doe', role: 'oncology nurse', date: '2027-01-15' });
  });

  const cases: [string, string, RegExp, number][] = [
    ['an unknown key', '# Empty.\nsomethingElse: 1\n', /Unknown key "somethingElse"/, 2],
    ['an empty file', '# Nothing here.\n', /must have the line "clinicalReviewer: null"/, 1],
    ['a reviewer given as one line of text', '\nclinicalReviewer: Dr Smith\n', /must be null, or give the reviewer's "name", "role" and "date"/, 2],
    ['a reviewer without a role', reviewer('  name: Jane Doe\n  date: 2027-01-15\n'), /The reviewer is missing "role"/, 2],
    ['an empty name', reviewer('  name: ""\n  role: oncology nurse\n  date: 2027-01-15\n'), /"name" must be a non-empty line of text/, 3],
    ['a date that does not exist', reviewer('  name: Jane Doe\n  role: oncology nurse\n  date: 2027-02-30\n'), /review date "2027-02-30" is not a real date/, 5],
    ['a date in another format', reviewer('  name: Jane Doe\n  role: oncology nurse\n  date: January 2027\n'), /review date "January 2027" is not a real date/, 5],
    ['an unknown reviewer key', reviewer('  name: Jane Doe\n  role: oncology nurse\n  date: 2027-01-15\n  email: jane@example.org\n'), /Unknown reviewer key "email"/, 6],
    ['the key given twice', 'clinicalReviewer: null\nclinicalReviewer: null\n', /Not valid YAML/, 2],
  ];
  for (const [name, source, message, line] of cases) {
    it(`stops on ${name}, naming the file and line`, () => {
      const error = errorOf(() => parseReview(FILE, source));
      expect(error.message).toMatch(message);
      expect(error.file).toBe(FILE);
      expect(error.line).toBe(line);
      expect(error.message.startsWith(`${FILE}:${line}: `)).toBe(true);
    });
  }
});

describe('the content compiler and review.yaml', () => {
  it('claims no review when there is no review record', () => {
    expect(compileContent(new Map([['a.md', samplePage()]])).clinicalReviewer).toBeNull();
  });

  it('puts the recorded reviewer in the guide', () => {
    const guide = compileContent(new Map([['a.md', samplePage()], ['review.yaml', reviewer('  name: Jane Doe\n  role: oncology nurse\n  date: 2027-01-15\n')]]));
    expect(guide.clinicalReviewer).toEqual({ name: 'Jane Doe', role: 'oncology nurse', date: '2027-01-15' });
  });

  it('reads review.yaml from the content folder and stops the build on a bad one, naming the file and line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'review-'));
    writeFileSync(join(folder, 'a.md'), samplePage());
    writeFileSync(join(folder, 'review.yaml'), reviewer('  name: Jane Doe\n  role: oncology nurse\n'));
    const error = errorOf(() => compileContentFolder(folder, tmpdir()));
    expect(error.message).toMatch(/^review-\w+\/review\.yaml:2: The reviewer is missing "date"/);
  });
});
