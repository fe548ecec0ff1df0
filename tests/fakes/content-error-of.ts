import { ContentError } from '../../src/content/content-error';

/** Runs an action that must reject bad content, and returns the ContentError it threw. */
export function errorOf(action: () => unknown): ContentError {
  try {
    action();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}
