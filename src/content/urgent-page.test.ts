import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent, readContentFolder, type ContentFiles } from './compile-content';
import { blockSentences, pageSentences } from './content-quality';
import type { Page, Section } from './content-types';
import { countWords } from './sentences';

const FILE = 'get-help-now.md';
const TIER_911 = 'Call 911 now';
const TIER_TEAM = 'Call your cancer care team now, day or night';
const FEVER = '100.4 °F (38 °C)';

// A calm voice reading to a tired listener speaks at about 150 words a minute, the slow end of normal
// speech (and listeners often slow the voice further), so a tier of at most 150 words, heading included,
// is heard in under a minute even at that conservative rate.
const WORDS_PER_MINUTE = 150;

// Instructions to lie flat or to keep the back still lying down come from retired guidance (NICE CG75,
// replaced by NICE NG234) and contradict the warning sign "back pain that is worse when you lie down".
const LIE_FLAT = /\blie (?:down )?flat\b|\blying flat\b|\blie down and keep\b|\bkeep your back (?:as )?still\b/i;

// Each sign the 911 tier must name, as a pattern over the tier's text.
const SIGNS_911: Readonly<Record<string, RegExp>> = {
  'weakness or numbness in the legs': /\b(?:weakness|numbness)\b[^.]*\blegs\b/i,
  'bladder or bowel control': /\bbladder\b[^.]*\bbowels?\b/i,
  confusion: /\bconfusion\b/i,
  'chest pain': /\bchest pain\b/i,
  breathlessness: /\bshortness of breath\b|\bbreathless/i,
};

const files = readContentFolder(resolve(import.meta.dirname, '../../content'));

/** The urgent page of a guide compiled from these files. */
function urgentPage(source: ContentFiles): Page {
  const page = compileContent(source).pages.find((p) => p.kind === 'urgent');
  if (!page) throw new Error('The guide has no page of kind "urgent".');
  return page;
}

/** The same content with the urgent page's Markdown changed, failing loudly if the change did not apply. */
function doctored(change: (markdown: string) => string): ContentFiles {
  const original = files.get(FILE)!;
  const changed = change(original);
  if (changed === original) throw new Error('The doctored copy is the same as the real page.');
  return new Map(files).set(FILE, changed);
}

function tier(page: Page, title: string): Section | undefined {
  return page.sections.find((section) => section.title === title);
}

function tierText(section: Section): string {
  return section.blocks.flatMap(blockSentences).map((s) => s.text).join(' ');
}

function tierWords(section: Section): number {
  return countWords(section.heading?.text ?? '') + countWords(tierText(section));
}

/** Problems with where the two tiers sit: they must be the first two headed sections, 911 first. */
function tierOrderProblems(page: Page): string[] {
  const headed = page.sections.filter((section) => section.heading !== null).map((section) => section.title);
  return headed[0] === TIER_911 && headed[1] === TIER_TEAM ? [] : [`headings start ${JSON.stringify(headed.slice(0, 2))}`];
}

function feverProblems(page: Page): string[] {
  const team = tier(page, TIER_TEAM);
  return team && tierText(team).includes(FEVER) ? [] : [`the care-team tier does not give the fever threshold ${FEVER}`];
}

function listeningTimeProblems(page: Page): string[] {
  return [TIER_911, TIER_TEAM].flatMap((title) => {
    const section = tier(page, title);
    if (!section) return [`no tier "${title}"`];
    const seconds = (tierWords(section) / WORDS_PER_MINUTE) * 60;
    return seconds < 60 ? [] : [`"${title}" takes ${seconds.toFixed(0)} s to hear`];
  });
}

function missing911Signs(page: Page): string[] {
  const section = tier(page, TIER_911);
  const text = section ? tierText(section) : '';
  return Object.entries(SIGNS_911)
    .filter(([, pattern]) => !pattern.test(text))
    .map(([sign]) => sign);
}

function lieFlatAdvice(page: Page): string[] {
  return pageSentences(page)
    .map((s) => s.text)
    .filter((text) => LIE_FLAT.test(text));
}

describe('the urgent page', () => {
  const page = urgentPage(files);

  it(`opens with "${TIER_911}" and then "${TIER_TEAM}", before the detail sections`, () => {
    expect(tierOrderProblems(page)).toEqual([]);
  });

  it(`gives the fever threshold ${FEVER} in the care-team tier`, () => {
    expect(feverProblems(page)).toEqual([]);
  });

  it(`keeps each tier short enough to hear in under a minute at ${WORDS_PER_MINUTE} words a minute`, () => {
    expect(listeningTimeProblems(page)).toEqual([]);
  });

  it('names leg weakness or numbness, bladder or bowel control, confusion, chest pain and breathlessness in the 911 tier', () => {
    expect(missing911Signs(page)).toEqual([]);
  });

  it('never tells people to lie flat or keep the back still lying down', () => {
    expect(lieFlatAdvice(page)).toEqual([]);
  });
});

describe('the urgent-page checks fail on a doctored copy (negative controls)', () => {
  it('notices the tiers in the wrong order', () => {
    const swapped = doctored((md) =>
      md.replace(`## ${TIER_911}`, '## TIER_A').replace(`## ${TIER_TEAM}`, `## ${TIER_911}`).replace('## TIER_A', `## ${TIER_TEAM}`),
    );
    expect(tierOrderProblems(urgentPage(swapped))).not.toEqual([]);
  });

  it('notices a detail section placed before the tiers', () => {
    const moved = doctored((md) => md.replace(`## ${TIER_911}`, `## Keep these details close first\n\nKeep your numbers near.\n\n## ${TIER_911}`));
    expect(tierOrderProblems(urgentPage(moved))).not.toEqual([]);
  });

  it('notices the fever line removed', () => {
    const noFever = doctored((md) => md.replace(/^- A fever of 100\.4 °F.*$/m, '- Chills'));
    expect(feverProblems(urgentPage(noFever))).not.toEqual([]);
  });

  it('notices a tier too long to hear in a minute', () => {
    const padding = Array.from({ length: 20 }, (_, i) => `- Another sign to listen for, number ${i + 1}`).join('\n');
    const long = doctored((md) => md.replace('- Anything else that feels life-threatening', `- Anything else that feels life-threatening\n${padding}`));
    expect(listeningTimeProblems(urgentPage(long))).not.toEqual([]);
  });

  it('notices a 911 sign left out', () => {
    const noBladder = doctored((md) => md.replace(/^- Losing control of your bladder.*$/m, '- Feeling faint'));
    expect(missing911Signs(urgentPage(noBladder))).toEqual(['bladder or bowel control']);
  });

  it('notices advice to lie down and keep the back still', () => {
    const lieDown = doctored((md) => md.replace('While you wait, keep as still as is comfortable.', 'While you wait for help, lie down and keep your back as still as you can.'));
    expect(lieFlatAdvice(urgentPage(lieDown))).not.toEqual([]);
  });
});
