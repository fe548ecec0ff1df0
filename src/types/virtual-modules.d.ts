declare module 'virtual:lexicon' {
  /** Written form → spoken form, from content/lexicon.yaml. */
  const lexicon: Readonly<Record<string, string>>;
  export default lexicon;
}

/** Where the build put the built-in voice's files (set by scripts/build.mjs; absent in unit tests). */
declare const __BUILT_IN_VOICE__: { readonly script: string; readonly data: string };
