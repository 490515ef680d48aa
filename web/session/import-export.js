// The session's files: export (the whole session, to keep or share), import (validated whole
// before anything is stored), and the session view's exports (Web Annotation, ClaimReview,
// Markdown), all made from the joined session.

import { downloadText } from '../app/save-and-copy.js';
import { readReviewer } from './reviewer.js';
import {
  MAX_IMPORT_BYTES, SessionFileError, importedName, parseSessionFile, toSessionFile, tooLarge, withoutBlankArticles,
} from './schema.js';

export const slug = (s) => String(s).normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'session';

/**
 * ui: the session bar's and view's buttons; io: { record(), store(), problem(), flush(),
 * open(session), notify(message), status(message, isError), joined(), newId(), generator }
 */
export function installSessionFiles(ui, io) {
  ui.exportSession.addEventListener('click', () => {
    const record = io.record();
    try {
      const file = toSessionFile(record, { generator: io.generator });
      downloadText(`whosaid-session-${slug(record.name)}.json`, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
    } catch (err) {
      io.notify(`Could not export the session: ${err.message}`);
    }
  });

  ui.importSession.addEventListener('click', () => ui.importFile.click());
  ui.importFile.addEventListener('change', async () => {
    const file = ui.importFile.files?.[0];
    ui.importFile.value = '';
    if (!file) return;
    const refuse = (why) => io.notify(`Not imported: ${why} Nothing stored was changed.`);
    if (file.size > MAX_IMPORT_BYTES) return refuse(tooLarge(file.size));
    let parsed;
    try {
      parsed = parseSessionFile(await file.text());
    } catch (err) {
      return refuse(err instanceof SessionFileError ? err.message : `the file could not be read (${err.message}).`);
    }
    let { session, blank, lost } = withoutBlankArticles(parsed);
    await io.flush();
    const store = io.store();
    const existing = store ? await store.get(session.id).catch(() => null) : null;
    if (existing || session.id === io.record().id) session = { ...session, id: io.newId(), name: importedName(session.name) };
    if (store) {
      try {
        await store.put(session);
      } catch (err) {
        return refuse(`${err.message}.`);
      }
    }
    io.open(session, { stored: Boolean(store) });
    const leftOut = blank ? ` ${blank} article(s) with no text left out${lost ? `, with their ${lost} review(s)` : ''}.` : '';
    io.notify(`Imported “${session.name}”: ${session.articles.length} article(s), ${session.reviews.length} review(s).${leftOut}`);
    io.status(store ? 'Saved in this browser.' : `Not saved: ${io.problem()}.`, !store);
  });

  async function exportJoined(kind) {
    const exporters = import('./lazy.js'); // with the session: see lazy.js
    exporters.catch(() => {});
    const j = await io.joined();
    if (!j) return;
    const { toClaimReview, toMarkdownReport, toWebAnnotation } = await exporters;
    const record = io.record();
    const base = `whosaid-${slug(record.name)}`;
    if (kind === 'webanno') downloadText(`${base}-annotations.jsonld`, 'application/ld+json', `${JSON.stringify(toWebAnnotation(record, j), null, 2)}\n`);
    else if (kind === 'claimreview') downloadText(`${base}-claimreview.jsonld`, 'application/ld+json', `${JSON.stringify(toClaimReview(record, j, { reviewer: readReviewer() }), null, 2)}\n`);
    else downloadText(`${base}-report.md`, 'text/markdown', toMarkdownReport(record, j));
  }
  const exporting = (kind) => () => exportJoined(kind).catch((err) => io.notify(`Could not export: ${err.message}.`));
  ui.webanno.addEventListener('click', exporting('webanno'));
  ui.claimreview.addEventListener('click', exporting('claimreview'));
  ui.report.addEventListener('click', exporting('report'));
}
