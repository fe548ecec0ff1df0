import { PhoneIcon } from '../../ui/care-team/phone-icon';

/** The container the script fills with the care team's call buttons, once their numbers are saved. */
export function CareTeamCallsRoot() {
  return <div id="care-team-calls" class="care-team-calls"></div>;
}

/** The container the script fills with a prompt to save the care team's numbers, until they are. */
export function CareTeamPromptRoot() {
  return <div id="care-team-prompt" class="care-team-prompt-root"></div>;
}

/**
 * The urgent page's call buttons, first in the page: at twice the text size on a 390 by 844 phone the page's title
 * alone reached below the first screen, so buttons under it would have been out of sight. "Call 911" is plain HTML,
 * so it works before, and without, the script; the care team's numbers are saved on the device, so the script adds
 * their buttons after it.
 */
export function UrgentCalls() {
  return (
    <div class="call-buttons">
      <a class="call-button call-button--emergency" href="tel:911">
        <PhoneIcon />
        <span class="call-button__words">Call 911</span>
      </a>
      <CareTeamCallsRoot />
    </div>
  );
}
