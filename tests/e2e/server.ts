/** Where the end-to-end tests find the built guide: PREVIEW_PORT, as the webServer in playwright.config.ts serves it. */
export const baseURL = `http://127.0.0.1:${Number(process.env.PREVIEW_PORT ?? 4174)}`;
