import { continueAddress, type ReadingPosition } from '../../player/reading-memory';

/** The home page's "Continue listening" link, shown when a reading place is saved. */
export function ContinueListening({ position }: { position: ReadingPosition | null }) {
  if (!position) return null;
  return (
    <p class="continue-listening">
      <a class="continue-listening__link" href={continueAddress(position.pageId)}>
        {/* A page's first section is named after the page: "Ablation", not "Ablation, Ablation". */}
        Continue listening: {position.pageTitle}
        {position.sectionTitle && position.sectionTitle !== position.pageTitle ? `, ${position.sectionTitle}` : ''}
      </a>
    </p>
  );
}
