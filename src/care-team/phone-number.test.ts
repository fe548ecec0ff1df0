import { describe, expect, it } from 'vitest';
import { phoneProblem, phoneProblemMessage, telHref } from './phone-number';

describe('phoneProblem', () => {
  it('accepts numbers written with digits, spaces, + - ( ) and dots', () => {
    for (const typed of ['555-0100', '(555) 010-0100', '+1 555 010 0100', '555.010.0100', '911', '  555 0100  ']) {
      expect(phoneProblem(typed), typed).toBeNull();
    }
  });

  it('takes an empty field as no number, not as a mistake', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('   ')).toBeNull();
  });

  it('refuses letters and other signs', () => {
    for (const typed of ['call Dr Lee', '555-0100 ext 12', '555#0100', '1-800-CANCER']) {
      expect(phoneProblem(typed), typed).toBe('characters');
    }
  });

  it('refuses a number with no digits', () => {
    for (const typed of ['---', '( )', '+', '. .']) {
      expect(phoneProblem(typed), typed).toBe('no-digits');
    }
  });

  it('explains each problem in a full sentence', () => {
    expect(phoneProblemMessage('characters')).toMatch(/^Use only numbers, .*\.$/);
    expect(phoneProblemMessage('no-digits')).toMatch(/^Type the phone number with its digits, .*\.$/);
  });
});

describe('telHref', () => {
  it('keeps only the digits', () => {
    expect(telHref('(555) 010-0100')).toBe('tel:5550100100');
    expect(telHref('555.010.0100')).toBe('tel:5550100100');
    expect(telHref(' 911 ')).toBe('tel:911');
  });

  it('keeps a + at the start, where it marks an international number, and drops it anywhere else', () => {
    expect(telHref('+1 (555) 010-0100')).toBe('tel:+15550100100');
    expect(telHref(' +44 20 7946 0000')).toBe('tel:+442079460000');
    expect(telHref('555+0100')).toBe('tel:5550100');
  });
});
