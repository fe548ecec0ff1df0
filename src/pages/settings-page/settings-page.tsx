/** The Settings page frame; the controls are added by JavaScript, which they need to work. */
export function SettingsPage() {
  return (
    <div class="prose">
      <h1>Settings</h1>
      <p>Change how the guide looks and sounds. Changes take effect at once and are kept on this device.</p>
      <div id="settings-root">
        <p class="no-js-only">The settings need JavaScript, which is turned off or has not loaded.</p>
      </div>
    </div>
  );
}
