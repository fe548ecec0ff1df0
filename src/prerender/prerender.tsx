import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { compileContentFolder } from '../content/compile-content';
import type { Guide } from '../content/content-types';
import { AboutPage } from '../pages/about-page/about-page';
import { Article } from '../pages/article/article';
import { UrgentCalls } from '../pages/call-buttons/call-buttons';
import { ContinuePage } from '../pages/continue-page/continue-page';
import { Home } from '../pages/home/home';
import { NotFound } from '../pages/not-found/not-found';
import { PageShell, type PageAssets, type ShellProps } from '../pages/page-shell/page-shell';
import { SettingsPage } from '../pages/settings-page/settings-page';
import { contentSecurityPolicy, pagePath, securityHeaders, SITE } from '../site/site';

/** One prerendered file: its route and the HTML written for it. */
export interface RenderedRoute {
  readonly path: string;
  readonly file: string;
  readonly html: string;
}

/** Renders every route of the guide to complete HTML documents. */
export function renderSite(guide: Guide, assets: PageAssets, version: string): RenderedRoute[] {
  const doc = (vnode: VNode) => `<!doctype html>\n${renderToString(vnode)}\n`;
  const routes: RenderedRoute[] = [];
  // Every page shares the built assets and the guide's review status; only what differs is written per route.
  const Shell = (props: Omit<ShellProps, 'assets' | 'review'>) => <PageShell {...props} assets={assets} review={guide.clinicalReviewer} />;
  const add = (path: string, file: string, vnode: VNode) =>
    routes.push({
      path,
      file,
      html: doc(vnode).replace('<meta charset="utf-8"/>', `<meta charset="utf-8"/><meta name="app-version" content="${version}"/>`),
    });

  add(
    '/',
    'index.html',
    <Shell title={SITE.name} description={SITE.description} path="/" current="home" reading>
      <Home pages={guide.pages} />
    </Shell>,
  );
  guide.pages.forEach((page, index) => {
    const path = pagePath(page.id);
    const current = page.kind === 'urgent' ? 'get-help-now' : page.kind === 'glossary' ? 'glossary' : undefined;
    add(
      path,
      `${page.id}/index.html`,
      <Shell title={page.title} description={page.summary} path={path} current={current} reading>
        {page.kind === 'urgent' ? <UrgentCalls /> : null}
        <Article page={page} previous={guide.pages[index - 1] ?? null} next={guide.pages[index + 1] ?? null} />
      </Shell>,
    );
  });
  add(
    '/settings/',
    'settings/index.html',
    <Shell
      title="Settings"
      description="Text size, colors, spacing, voice and speed, and your care team's phone numbers."
      path="/settings/"
      current="settings"
    >
      <SettingsPage />
    </Shell>,
  );
  add(
    '/continue/',
    'continue/index.html',
    <Shell title="Continue listening" description="Go back to where you stopped listening." path="/continue/">
      <ContinuePage />
    </Shell>,
  );
  const newest =
    guide.pages
      .map((p) => p.checked)
      .sort()
      .at(-1) ?? '';
  add(
    '/about/',
    'about/index.html',
    <Shell title="About this guide" description="Who the guide is for, privacy and license." path="/about/" current="about">
      <AboutPage checked={newest} version={version} review={guide.clinicalReviewer} />
    </Shell>,
  );
  add(
    '/404.html',
    '404.html',
    <Shell title="Page not found" description="This page does not exist." path="/404.html">
      <NotFound />
    </Shell>,
  );
  return routes;
}

/** The built files the pages need, before inlining. */
export interface BuildAssets {
  readonly scripts: readonly string[];
  readonly readerScripts: readonly string[];
  readonly lateStylesheets: readonly string[];
  readonly printStylesheets: readonly string[];
  readonly css: string;
  readonly prePaintScript: string;
  readonly preloadFonts: readonly string[];
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Compiles content/ and writes every prerendered page and the _headers file; returns the routes written. */
export function prerender(contentFolder: string, outDir: string, built: BuildAssets, version: string): RenderedRoute[] {
  const guide = compileContentFolder(contentFolder);
  const csp = contentSecurityPolicy({ script: sha256(built.prePaintScript), style: sha256(built.css) });
  const assets: PageAssets = {
    scripts: built.scripts,
    readerScripts: built.readerScripts,
    lateStylesheets: built.lateStylesheets,
    printStylesheets: built.printStylesheets,
    inlineStyle: built.css,
    inlinePrePaintScript: built.prePaintScript,
    preloadFonts: built.preloadFonts,
    contentSecurityPolicy: csp,
  };
  const headers = Object.entries(securityHeaders(csp)).map(([name, value]) => `  ${name}: ${value}`);
  writeFileSync(join(outDir, '_headers'), `/*\n${headers.join('\n')}\n`);
  const routes = renderSite(guide, assets, version);
  for (const route of routes) {
    const target = join(outDir, route.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, route.html);
  }
  return routes;
}
