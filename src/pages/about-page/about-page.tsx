import type { ClinicalReview } from '../../content/content-types';
import { formatDate } from '../article/article';
import { ReviewStatus } from '../review-status/review-status';

/** The About page: who the guide is for, privacy, license, and where the source is. */
export function AboutPage({ checked, version, review }: { checked: string; version: string; review: ClinicalReview | null }) {
  return (
    <div class="prose">
      <h1>About this guide</h1>
      <p>
        This guide is for people whose cancer has spread to the bone, and for the people who care for them. It is made for people with low
        vision: the text is large, the colors can be changed, and every page can be read aloud.
      </p>
      <h2>It is general information</h2>
      <p>
        The guide explains treatments in general. It cannot tell you which treatment is right for you. Always talk to your own care team
        about your treatment. Each page lists the sources of its facts and the date it was last checked against them. The newest check was
        on <time dateTime={checked}>{formatDate(checked)}</time>.
      </p>
      <ReviewStatus review={review} class="review-status" />
      {review === null ? <p>Until one has, check with your care team before you act on what you read here.</p> : null}
      <h2>Your privacy</h2>
      <p>
        Nothing you read or listen to here leaves your device. The guide does not use cookies, tracking, advertising or analytics. It never
        loads anything from another website. Your settings, your reading place and your care team's phone numbers are kept only on this
        device, and you can clear them at any time on the Settings page.
      </p>
      <h2>Works offline</h2>
      <p>
        After you open the guide once with an internet connection, every page, the read-aloud voice and your settings work without one. You
        can also install the guide on your phone or computer like an app.
      </p>
      <h2>License and source code</h2>
      <p>
        This guide is free software, licensed under the GNU General Public License, version 3 or any later version (GPL-3.0-or-later). The
        built-in voice uses eSpeak NG, which is also licensed under the GPL. You may use, study, share and change this guide under the terms
        of that license. You can <a href="/source.tar.gz">download the complete source code</a> of this copy of the guide from this website.
        The full license is in the file named LICENSE inside it.
      </p>
      <p>The text uses the Atkinson Hyperlegible typeface by the Braille Institute, under the SIL Open Font License.</p>
      <p>This is version {version} of the guide.</p>
    </div>
  );
}
