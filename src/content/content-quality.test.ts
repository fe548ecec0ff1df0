import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentFolder } from './compile-content';
import type { Guide } from './content-types';
import {
  isLikelyMisread,
  longSentences,
  MAX_READING_GRADE,
  missingPronunciations,
  pageProse,
  readingGrade,
  retiredSources,
  UK_ONLY_WORDS,
  ukOnlyWords,
  ukWordsInGuide,
  unlinkedFirstUses,
} from './content-quality';

const guide = compileContentFolder(resolve(import.meta.dirname, '../../content'));

describe('plain language in every page', () => {
  for (const page of guide.pages) {
    it(`${page.id} reads at US school grade ${MAX_READING_GRADE} or below (Flesch–Kincaid)`, () => {
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

describe('US wording', () => {
  it('uses no UK-only word in any page title, summary, heading or sentence, or in any glossary entry', () => {
    expect(ukWordsInGuide(guide)).toEqual([]);
  });

  it('the UK-word check finds UK wording in everyday sentences (negative control)', () => {
    const uk = [
      'Ring your GP at weekends if you feel sick.',
      'You may need to pass urine more often whilst the tumour is treated.',
      'The nurse puts up a drip at the cancer centre, or you go to A&E.',
      'The haematology team checks for anaemia once a fortnight.',
      'Take paracetamol, and ask about the orthopaedic programme to stabilise the bone.',
      'The skin may change colour after a general anaesthetic.',
    ].join(' ');
    expect(ukOnlyWords(uk)).toEqual(
      expect.arrayContaining(['ring your', 'GP', 'at weekends', 'feel sick', 'pass urine', 'whilst', 'tumour*', 'drip', 'centre*', 'A&E', 'haem*', 'anaem*', 'fortnight*', 'paracetamol', 'orthopaedic*', 'programme*', 'stabilis*', 'colour*', 'anaesth*']),
    );
  });

  it('finds every listed UK word when it stands alone in a sentence (negative control)', () => {
    const missed = UK_ONLY_WORDS.filter(({ uk }) => !ukOnlyWords(`Here is ${uk.replace('*', 'd')} today.`).includes(uk));
    expect(missed).toEqual([]);
  });

  it('leaves US wording and everyday words that only look alike alone', () => {
    const us =
      'Call your care team on weekends if you feel like throwing up or need to urinate or pee often. The nurse gives the medicine through an IV at the cancer center. A tumor in the esophagus can change the color of stools. Ask your primary care doctor (GPS on your phone helps you find the clinic). A dripping tap, a stable bone, an organism, a wedding ring, your background.';
    expect(ukOnlyWords(us)).toEqual([]);
  });

  it('the guide-wide check reads titles, summaries, prose and glossary meanings (negative control)', () => {
    const [first, ...rest] = guide.pages;
    const changed: Guide = {
      ...guide,
      pages: [{ ...first!, summary: 'Help at weekends.' }, ...rest],
      glossary: guide.glossary.map((entry, i) => (i === 0 ? { ...entry, means: 'Medicine given through a drip.' } : entry)),
    };
    const found = ukWordsInGuide(changed);
    expect(found.some((f) => f.startsWith(`${first!.id} summary: "at weekends"`))).toBe(true);
    expect(found.some((f) => f.includes('"drip" in "Medicine given through a drip."'))).toBe(true);
  });
});

describe('sources', () => {
  it('cites no retired, archived or non-https address on any page', () => {
    expect(retiredSources(guide.pages)).toEqual([]);
  });

  it('the source check notices retired and archived addresses (negative control)', () => {
    const [first] = guide.pages;
    const urls = [
      'https://www.nice.org.uk/guidance/cg75/ifp/chapter/Treatments',
      'http://www.cancerbackup.org.uk/Cancertype/Bonesecondary/Treatment/Surgery',
      'https://www.mayoclinic.org/es-es/drugs-supplements/zoledronic-acid-intravenous-route/precautions/drg-20066951',
      'http://www.cancer.net/navigating-cancer-care/how-cancer-treated/radiation-therapy/side-effects-radiation-therapy',
      'https://www.mayoclinic.org/tests-procedures/radiation-therapy/care-at-mayo-clinic/why-choose-mayo-clinic/prc-20014327',
      'https://webarchive.library.unt.edu/eot2008/20090201140810/http://www.cancer.gov/',
    ];
    const page = { ...first!, sources: urls.map((url) => ({ title: 'Old page', url })) };
    expect(retiredSources([page])).toHaveLength(urls.length);
    const current = { ...first!, sources: [{ title: 'NICE NG234', url: 'https://www.nice.org.uk/guidance/ng234/chapter/Recommendations' }] };
    expect(retiredSources([current])).toEqual([]);
  });
});
