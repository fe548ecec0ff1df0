import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The words printed on each sheet of a PDF, in order, with runs of white space made one space. */
export async function sheetTexts(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const sheets: string[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const { items } = await (await doc.getPage(number)).getTextContent();
      const text = items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('');
      sheets.push(text.replace(/\s+/g, ' ').trim());
    }
    return sheets;
  } finally {
    await doc.destroy();
  }
}
