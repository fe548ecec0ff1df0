declare module 'virtual:lexicon' {
  /** Written form → spoken form, from content/lexicon.yaml. */
  const lexicon: Readonly<Record<string, string>>;
  export default lexicon;
}
