import { continueAddress, loadPosition } from '../../player/reading-memory';
import type { AppStorage } from '../../storage/storage';

/** On the "Continue listening" page: goes straight to where the person stopped. False when no place is saved. */
export function goToSavedPlace(storage: AppStorage, replace: (address: string) => void): boolean {
  const position = loadPosition(storage);
  if (position) replace(continueAddress(position.pageId));
  return position !== null;
}

/** What the "Continue listening" page says when nothing has been listened to yet. */
export function NothingToContinue() {
  return (
    <p>
      You have not listened to any part of the guide yet. <a href="/">Go to the home page</a> to choose one.
    </p>
  );
}
