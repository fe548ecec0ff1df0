/** The Settings page frame; the controls are added by JavaScript, which they need to work. */
export function SettingsPage() {
  return (
    <div class="prose">
      <h1>Settings</h1>
      <p>Change how the guide looks and sounds. Changes take effect at once and are kept on this device.</p>
      <div id="settings-root">
        <p class="no-js-only">The settings need JavaScript, which is turned off or has not loaded.</p>
      </div>
      {/* Prerendered, so that the home and urgent pages' link to #care-team finds it. */}
      <section id="care-team" class="care-team" aria-labelledby="care-team-heading">
        <h2 id="care-team-heading">My care team's phone numbers</h2>
        <div id="care-team-root">
          <p class="no-js-only">Saving phone numbers needs JavaScript, which is turned off or has not loaded.</p>
        </div>
      </section>
    </div>
  );
}
