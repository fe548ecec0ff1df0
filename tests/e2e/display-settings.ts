/** The colour themes a reader can choose. */
export const THEMES = ['cream', 'dark', 'yellow', 'white'] as const;

/** Every text size a reader can choose, as a multiple of the standard size. */
export const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2] as const;
