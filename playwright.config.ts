import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, executablePath } from './tests/e2e/chromium';
import { baseURL } from './tests/e2e/server';

// End-to-end tests run against the production build, served the way a static host serves it. Each test is
// independent, so the two workers (one per core) share every file's tests; a failure is never retried away.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  // A failed test keeps its trace; screenshots are left out of it, as recording them slowed every test.
  use: { baseURL, serviceWorkers: 'allow', trace: { mode: 'retain-on-failure', screenshots: false } },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
  ],
  webServer: {
    command: `npm run build && node scripts/serve.mjs`,
    env: { PORT: new URL(baseURL).port },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
