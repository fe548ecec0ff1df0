import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContentFolder } from './compile-content';

describe('the guide in content/', () => {
  const guide = compileContentFolder(resolve(import.meta.dirname, '../../content'));
  it('compiles every page', () => {
    expect(guide.pages.map((p) => p.id)).toEqual([
      'about-bone-metastasis', 'tests-and-check-ups', 'radiation-therapy', 'surgery', 'ablation', 'focused-ultrasound',
      'medicines', 'pain-control', 'living-with-weak-bones', 'support-and-palliative-care', 'get-help-now',
      'questions-to-ask', 'glossary',
    ]);
  });
});
