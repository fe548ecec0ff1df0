import type { Sentence } from '../../content/content-types';

/**
 * Renders one sentence as a span the reader can highlight, with its links and bold text. Its id is not written
 * here: the page's script works it out from the words (labelSentences in src/player/reading-document.ts).
 */
export function SentenceText({ sentence }: { sentence: Sentence }) {
  return (
    <span class="s">
      {sentence.runs.map((run, index) => {
        const text = run.strong ? <strong>{run.text}</strong> : run.text;
        if (run.href === undefined) return text;
        return (
          <a key={index} href={run.href} class={run.glossaryTerm ? 'term-link' : undefined}>
            {text}
          </a>
        );
      })}
    </span>
  );
}

/** Renders sentences separated by spaces, as they appear in a paragraph. */
export function Sentences({ sentences }: { sentences: readonly Sentence[] }) {
  return (
    <>
      {sentences.map((sentence, index) => (
        <>
          {index > 0 ? ' ' : null}
          <SentenceText key={sentence.id} sentence={sentence} />
        </>
      ))}
    </>
  );
}
