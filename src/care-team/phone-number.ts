/**
 * Phone numbers as a person types them ("(555) 010-0100", "+1 555 010 0100"), checked and turned into the
 * address a tap calls. The number is always shown as it was typed; only the tel: address is normalised.
 */

/** Why a typed number was refused, as the sentence shown (and read) under its field. */
export type PhoneProblem = 'characters' | 'no-digits';

/** Only what people write in phone numbers: digits, spaces, + - ( ) and dots. */
const ALLOWED = /^[\d\s+\-().]*$/;

/** Checks a typed number; an empty one is fine (it means no number). Returns the problem, or null. */
export function phoneProblem(typed: string): PhoneProblem | null {
  const text = typed.trim();
  if (text === '') return null;
  if (!ALLOWED.test(text)) return 'characters';
  if (!/\d/.test(text)) return 'no-digits';
  return null;
}

/** The message for a problem, a full sentence that says how to put it right, in words a listener can follow. */
export function phoneProblemMessage(problem: PhoneProblem): string {
  return problem === 'characters'
    ? 'Use only numbers, spaces, dashes, dots, parentheses and the plus sign in a phone number.'
    : 'Type the phone number with its digits, for example 555-010-0100.';
}

/**
 * The tel: address for a typed number: its digits, with a + kept only at the start, where it means an
 * international number (RFC 3966). Spaces, dashes, brackets and dots are only for reading.
 */
export function telHref(typed: string): string {
  const text = typed.trim();
  const digits = text.replace(/\D/g, '');
  return `tel:${text.startsWith('+') ? '+' : ''}${digits}`;
}
