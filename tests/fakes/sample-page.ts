/** A content page's Markdown for compiler tests: valid front matter (plus any extra lines) and a body. */
export function samplePage(extra = '', body = 'Some text here.'): string {
  return `---
id: sample
title: Sample page
order: 1
summary: A sample.
checked: 2026-11-27
sources:
  - title: Source
    url: https://example.org/
${extra}---

${body}
`;
}
