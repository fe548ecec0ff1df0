import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, executablePath } from './tests/e2e/chromium';

const PORT = Number(process.env.PREVIEW_PORT ?? 4174);
const baseURL = `http://127.0.0.1:${PORT}`;

// End-to-end tests run against the production build, served the way a static host serves it.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { baseURL, serviceWorkers: 'allow', trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } },
    },
  ],
  webServer: {
    command: `npm run build && node scripts/serve.mjs`,
    env: { PORT: String(PORT) },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
