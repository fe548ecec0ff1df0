import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentFolder } from './compile-content';
import {
  isLikelyMisread,
  longSentences,
  MAX_READING_GRADE,
  missingPronunciations,
  pageProse,
  readingGrade,
  unlinkedFirstUses,
} from './content-quality';

const guide = compileContentFolder(resolve(import.meta.dirname, '../../content'));

describe('plain language in every page', () => {
  for (const page of guide.pages) {
    it(`${page.id} reads at grade ${MAX_READING_GRADE} or below`, () => {
      expect(readingGrade(pageProse(page))).toBeLessThanOrEqual(MAX_READING_GRADE);
    });
    it(`${page.id} has no sentence over 25 words`, () => {
      expect(longSentences(page)).toEqual([]);
    });
  }

  it('the reading-grade check fails hard prose (negative control)', () => {
    const hard =
      'Radiopharmaceutical administration necessitates comprehensive haematological surveillance, considering potential myelosuppressive complications. Interventional radiological methodologies facilitate percutaneous stabilisation.';
    expect(readingGrade(hard)).toBeGreaterThan(MAX_READING_GRADE);
  });
});

describe('glossary and pronunciations', () => {
  it('links the first use of every glossary term on every page', () => {
    expect(guide.pages.flatMap((page) => unlinkedFirstUses(page, guide.glossary))).toEqual([]);
  });

  it('has a lexicon entry for every glossary word a voice would likely misread', () => {
    expect(missingPronunciations(guide.glossary, guide.lexicon)).toEqual([]);
  });

  it('the lexicon check notices a missing hard word (negative control)', () => {
    const { denosumab: _removed, ...rest } = guide.lexicon;
    expect(missingPronunciations(guide.glossary, rest)).toContain('Denosumab');
  });

  it('shows readers a respelling for every glossary term that is hard to say', () => {
    const missing = guide.glossary.filter((e) => e.term.split(/\s+/).some(isLikelyMisread) && e.say === null).map((e) => e.term);
    expect(missing).toEqual([]);
  });
});

describe('the starting document', () => {
  const text = (id: string) => pageProse(guide.pages.find((p) => p.id === id)!).toLowerCase();
  const facts: Record<string, string[]> = {
    'radiation-therapy': ['local treatment', 'external beam', 'one or two', 'one large dose', 'tiredness', 'skin changes', 'few minutes'],
    surgery: ['screws', 'rods', 'pins', 'plates', 'cages', 'infection', 'cast', 'splint', 'bone cement', 'weak bone'],
    ablation: ['needle or probe', 'radiofrequency', 'electric current', 'cryoablation', 'freeze', 'alcohol', 'bone cement', 'soreness, swelling and bruising'],
    'focused-ultrasound': ['mri', 'nerve endings', 'local anesthetic', 'skin burns', 'sensitive to heat', 'no cut'],
  };
  for (const [id, phrases] of Object.entries(facts)) {
    it(`${id} includes every fact of the starting document`, () => {
      const prose = text(id);
      expect(phrases.filter((phrase) => !prose.includes(phrase))).toEqual([]);
    });
  }
});
