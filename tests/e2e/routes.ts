import { resolve } from 'node:path';
import { compileContentFolder } from '../../src/content/compile-content';
import type { Page as ContentPage } from '../../src/content/content-types';

/** The compiled guide, read the same way the build reads it. */
export const guide = compileContentFolder(resolve(import.meta.dirname, '../../content'));

/** Every content page of the guide, in order. */
export const contentPages: readonly ContentPage[] = guide.pages;

/** Every route the build prerenders, with what its h1 says. */
export const routes: readonly { path: string; h1: string }[] = [
  { path: '/', h1: 'Treatments for cancer that has spread to the bone' },
  ...guide.pages.map((page) => ({ path: `/${page.id}/`, h1: page.title })),
  { path: '/settings/', h1: 'Settings' },
  { path: '/about/', h1: 'About this guide' },
  { path: '/continue/', h1: 'Continue listening' },
  { path: '/404.html', h1: 'Page not found' },
];
