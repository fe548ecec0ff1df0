import { expect, test } from '@playwright/test';
import { speechLog, spokenFor, useFakeSpeech } from './speech-fixture';

// A page reached through "Listen to the next page" (#listen) reads at once only when the person tapped the page
// before it (read-aloud.spec.ts). Here nothing has been tapped. Playwright's tracing runs scripts in the page as if
// the person had tapped it, which let the page speak at once in some runs,
// so this file has it off; Playwright allows that only for a whole file.
test.use({ serviceWorkers: 'block', trace: 'off' });

test('a page opened at #listen without a tap (from a bookmark, say) waits for Play, with Play in focus', async ({ page }) => {
  await useFakeSpeech(page, { msPerChar: 1, requireActivation: true });
  await page.goto('/focused-ultrasound/#listen');
  const play = page.getByRole('region', { name: 'Read aloud' }).getByRole('button', { name: 'Play' });
  await expect(play).toBeFocused();
  await expect(page.getByRole('status')).toHaveText(/Ready to read Nerve-end ablation with focused ultrasound\. Press Play to start\./);
  // No second start on a reload.
  await expect(page).toHaveURL(/\/focused-ultrasound\/$/);
  expect((await speechLog(page)).spoken).toEqual([]);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await speechLog(page)).started[0]).toBe(spokenFor(await page.locator('h1').innerText()));
});
