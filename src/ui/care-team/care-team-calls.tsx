import { hasNumbers, type CareTeamNumbers } from '../../care-team/care-team';
import { telHref } from '../../care-team/phone-number';
import { PhoneIcon } from './phone-icon';

/** Where the Settings page keeps the form for the care team's numbers. */
export const CARE_TEAM_SETTINGS = '/settings/#care-team';

function CallLink({ label, number }: { label: string; number: string }) {
  return (
    // The name is one sentence with the number, as it is seen: "Call my care team, 555-0100".
    <a class="call-button call-button--care" href={telHref(number)} aria-label={`${label}, ${number}`}>
      <PhoneIcon />
      <span class="call-button__words">
        <span class="call-button__label">{label}</span>
        <span class="call-button__number">{number}</span>
      </span>
    </a>
  );
}

/** Large buttons that call the care team's saved numbers, each shown as the person typed it; nothing without them. */
export function CareTeamCalls({ numbers }: { numbers: CareTeamNumbers }) {
  return (
    <>
      {numbers.day ? <CallLink label="Call my care team" number={numbers.day} /> : null}
      {numbers.afterHours ? <CallLink label="Call my care team after hours" number={numbers.afterHours} /> : null}
    </>
  );
}

/** Until a number is saved, a short prompt that leads to the form where they are saved. */
export function CareTeamPrompt({ numbers }: { numbers: CareTeamNumbers }) {
  if (hasNumbers(numbers)) return null;
  return (
    <p class="care-team-prompt">
      {/* Only the first words are the link: at twice the text size on a 320 px phone the whole sentence made a link
          taller than the room above the player, and part of its focus ring was hidden. */}
      <a href={CARE_TEAM_SETTINGS}>Save your care team's phone numbers on this device</a>, so you can call them with one tap.
    </p>
  );
}
