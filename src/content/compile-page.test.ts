import { describe, expect, it } from 'vitest';
import { compileContent } from './compile-content';
import { compilePage } from './compile-page';
import { samplePage } from '../../tests/fakes/sample-page';
import { errorOf } from '../../tests/fakes/content-error-of';

const front = samplePage;

describe('compilePage', () => {
  it('gives the same sentence ids on every build', () => {
    const a = compilePage('content/sample.md', front('', 'One sentence. Two sentences.'));
    const b = compilePage('content/sample.md', front('', 'One sentence. Two sentences.'));
    expect(a.page.sections[0]!.blocks).toEqual(b.page.sections[0]!.blocks);
  });

  it('keeps a sentence id when other sentences change', () => {
    const before = compilePage('content/sample.md', front('', 'First one. Kept sentence.'));
    const after = compilePage('content/sample.md', front('', 'A new first sentence. Kept sentence.'));
    const idOf = (result: typeof before, text: string) => {
      const block = result.page.sections[0]!.blocks[0]!;
      return block.type === 'paragraph' ? block.sentences.find((s) => s.text === text)?.id : undefined;
    };
    expect(idOf(after, 'Kept sentence.')).toBe(idOf(before, 'Kept sentence.'));
  });

  it('gives repeated sentences distinct ids', () => {
    const { page } = compilePage('content/sample.md', front('', 'Same. Same.'));
    const block = page.sections[0]!.blocks[0]!;
    expect(block.type === 'paragraph' && new Set(block.sentences.map((s) => s.id)).size).toBe(2);
  });

  it('keeps a phone link, so a tap on it can call', () => {
    const { page } = compilePage('content/sample.md', front('', 'Call [1-800-422-6237](tel:1-800-422-6237) today.'));
    const block = page.sections[0]!.blocks[0]!;
    if (block.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(block.sentences[0]!.runs).toContainEqual({ text: '1-800-422-6237', href: 'tel:1-800-422-6237' });
  });

  it('builds sections from level-2 headings, with lists and bold text', () => {
    const { page } = compilePage('content/sample.md', front('', 'Intro.\n\n## How it works\n\n- **Bold** item.\n- Second item.'));
    expect(page.sections.map((s) => s.title)).toEqual(['Sample page', 'How it works']);
    const list = page.sections[1]!.blocks[0]!;
    expect(list.type).toBe('list');
    if (list.type === 'list') expect(list.items[0]![0]!.runs[0]).toEqual({ text: 'Bold', strong: true });
  });

  const cases: [string, string, RegExp, number][] = [
    ['a missing key', front().replace('summary: A sample.\n', ''), /Missing front-matter key "summary"/, 2],
    ['an unknown key', front('colour: red\n'), /Unknown front-matter key "colour"/, 10],
    ['a bad date', front().replace('2026-11-27', '2026-02-30'), /checked date "2026-02-30" is not a real date/, 6],
    ['raw HTML', front('', 'Text.\n\n<div>hi</div>'), /Raw HTML is not allowed/, 14],
    ['inline HTML', front('', 'Text with <b>bold</b>.'), /Raw HTML is not allowed/, 12],
    ['an empty page', front('', ''), /The page is empty/, 11],
    ['italics', front('', 'Some *italic* text.'), /Italic text is hard to read/, 12],
    ['a level-1 heading', front('', '# Title'), /level-1 heading/, 12],
    ['no front matter', 'Just text.', /must start with front matter/, 1],
    ['a plain-web link', front('', 'See [this](http://example.org/).'), /must start with "\/".*"https:\/\/".*phone number/, 12],
    ['a phone link with letters', front('', 'Call [us](tel:1-800-CANCER).'), /phone number such as "tel:1-800-422-6237"/, 12],
  ];
  for (const [name, source, message, line] of cases) {
    it(`stops on ${name}, naming the file and line`, () => {
      const error = errorOf(() => compilePage('content/sample.md', source));
      expect(error.message).toMatch(message);
      expect(error.file).toBe('content/sample.md');
      expect(error.line).toBe(line);
      expect(error.message.startsWith(`content/sample.md:${line}: `)).toBe(true);
    });
  }
});

describe('compileContent', () => {
  const page = (id: string, body = 'Text.') => front('', body).replace('id: sample', `id: ${id}`);

  it('stops on a duplicate id', () => {
    const error = errorOf(() => compileContent(new Map([['a.md', page('same')], ['b.md', page('same')]])));
    expect(error.message).toMatch(/^content\/b\.md:2: The id "same" is already used by content\/a\.md/);
  });

  it('stops on a link to a page that does not exist', () => {
    const error = errorOf(() => compileContent(new Map([['a.md', page('a', 'Intro.\n\nSee [this](/nowhere/).')]])));
    expect(error.message).toMatch(/^content\/a\.md:14: The link "\/nowhere\/" points to a page that does not exist/);
  });

  it('accepts links to pages and sections that exist', () => {
    const guide = compileContent(
      new Map([
        ['a.md', page('a', 'See [b](/b/#how-it-works).')],
        ['b.md', page('b', '## How it works\n\nText.')],
      ]),
    );
    expect(guide.pages.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('stops when a treatment page lacks the shared headings', () => {
    const source = page('t').replace('order: 1', 'order: 1\nkind: treatment');
    const error = errorOf(() => compileContent(new Map([['t.md', source]])));
    expect(error.message).toMatch(/must have the headings/);
  });

  it('links the first use of a glossary term on each page, not later ones', () => {
    const glossary = '- term: Ablation\n  means: Destroying a tumor.\n';
    const glossaryPage = page('glossary').replace('order: 1', 'order: 9\nkind: glossary');
    const guide = compileContent(
      new Map([
        ['a.md', page('a', 'Ablation is one choice. Ablation can help.')],
        ['glossary.md', glossaryPage],
        ['glossary.yaml', glossary],
      ]),
    );
    const block = guide.pages[0]!.sections[0]!.blocks[0]!;
    if (block.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(block.sentences[0]!.runs[0]).toMatchObject({ text: 'Ablation', href: '/glossary/#term-ablation' });
    expect(block.sentences[1]!.runs.every((r) => r.href === undefined)).toBe(true);
  });
});
