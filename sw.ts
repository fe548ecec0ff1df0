/// <reference lib="webworker" />
// The service worker: keeps the whole guide available offline. One concern per block.
import { cacheNames, clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, getCacheKeyForURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';

declare let self: ServiceWorkerGlobalScope;
// The built-in voice's file names, set by the build (scripts/build.mjs).
declare const __BUILT_IN_VOICE__: { readonly script: string; readonly data: string };

// 1. Precache every prerendered page, script, style, font and icon listed by the build.
//    "/surgery/" and "/surgery" are both served from "surgery/index.html".
const manifest = self.__WB_MANIFEST;
precacheAndRoute(manifest, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  urlManipulation: ({ url }) => (url.pathname.endsWith('/') ? [] : [new URL(`${url.pathname}/index.html`, url)]),
});

// 2. Remove caches left by older versions of the guide.
cleanupOutdatedCaches();

// 3. The built-in voice's files (about 0.7 MB) are not part of the install, so a slow first visit is not held
//    up by them. They are served from their own cache, and stored there in the background once the pages are
//    stored, and checked on each online visit (section 6), so someone whose device voices work can still listen
//    with the screen off while offline.
const VOICE_CACHE = 'built-in-voice';
const voiceStrategy = new CacheFirst({ cacheName: VOICE_CACHE });
registerRoute(({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/voice/'), voiceStrategy);

// 4. A page that is not in the precache and cannot be fetched (offline) shows the guide's own
//    "page not found" page instead of the browser's error page. Other navigations go to the network.
registerRoute(new NavigationRoute(new NetworkOnly()));
setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache('/404.html')) ?? Response.error();
  return Response.error();
});

// 5. A waiting new version takes over only when the person chooses "Update now".
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// 6. The browser may evict stored files when the device runs short of space. When a page asks (each time
//    it opens online), put back anything missing, so the guide keeps working offline; then store the
//    built-in voice.
self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'REFILL_CACHE')
    event.waitUntil(refillPrecache().then(() => storeBuiltInVoice(event)));
});

async function refillPrecache(): Promise<void> {
  const cache = await caches.open(cacheNames.precache);
  for (const entry of manifest) {
    const url = typeof entry === 'string' ? entry : entry.url;
    const key = getCacheKeyForURL(url);
    if (!key || (await cache.match(key))) continue;
    try {
      const response = await fetch(url, { cache: 'no-cache' });
      if (response.ok) await cache.put(key, response);
    } catch {
      return; // Offline: try again next time.
    }
  }
}

/** Stores this version's built-in voice files if they are missing, and removes older versions' files. */
async function storeBuiltInVoice(event: ExtendableEvent): Promise<void> {
  const wanted = [__BUILT_IN_VOICE__.script, __BUILT_IN_VOICE__.data];
  const cache = await caches.open(VOICE_CACHE);
  for (const request of await cache.keys()) {
    if (!wanted.includes(new URL(request.url).pathname)) await cache.delete(request);
  }
  // Someone who has asked their device to save data gets the voice only when they first use it.
  if ((self.navigator as { connection?: { saveData?: boolean } }).connection?.saveData) return;
  // The same cache-first strategy that serves the voice: it fetches and stores only what is missing.
  for (const url of wanted) {
    try {
      await voiceStrategy.handle({ event, request: url });
    } catch {
      return; // Offline or cut off: try again on the next visit.
    }
  }
}

// 7. On the very first install, control the open page at once so it works offline without a reload.
clientsClaim();
