/** The size budgets, in gzip bytes. */
export const BUDGETS: { readonly firstLoadJs: number; readonly firstLoadTotal: number };
/** Every prerendered page of a built guide. */
export function builtPages(dist: string): string[];
/** Problems with the budgets; empty when every page passes. */
export function checkBudgets(dist: string, budgets?: typeof BUDGETS): string[];
/** First-load sizes of one page by kind, in gzip bytes. */
export function sizeTable(dist: string, htmlFile: string): { html: number; css: number; js: number; font: number; total: number };
