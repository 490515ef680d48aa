// The page's composition root: finds the elements of the DOM contract (#article-text,
// #article, #speakers…, which show the active tab), makes each part of the page, one module a
// concern, and hands each what it needs. Parts are made in the order their listeners are to
// run where two share an event: the typing follow-up's pagehide before the session's last save.

import { createArticleView } from './article-view.js';
import { installActiveExports } from './active-exports.js';
import { createTabAnnotator } from './annotate-tab.js';
import { installArticleInput } from './article-input.js';
import { installClaimCard } from './card-controller.js';
import { installClaimNavigation } from './claim-navigation.js';
import { drawTabStrip } from './draw-tabs.js';
import { createDrawnAnnotation } from './drawn-annotation.js';
import { installHelp } from './help-dialog.js';
import { installShortcuts } from './keyboard.js';
import { createNotice } from './notice.js';
import { registerServiceWorker } from './register-sw.js';
import { createSessionLink } from './session-link.js';
import { createSpeakerMarks, installSpeakerFilter } from './speaker-filter.js';
import { createStatusDisplay } from './status-display.js';
import { installTabActions } from './tab-actions.js';
import { createTabDrawing } from './tab-drawing.js';
import { createTabs } from './tabs.js';
import { createTextBox } from './text-box.js';
import { installTextLock } from './text-lock.js';
import { installDrawer, installNoiseToggle, installSpeakerTools } from './view-controls.js';
import { createAnnotationClient, createWorker } from './worker-client.js';
import { installSessions } from '../session/controller.js';
import { openSessionStorage } from '../session/session-store.js';
import { correctAnnotation } from '../corrections/correct-annotation.js';
import { installCorrections } from '../corrections/correct-ui.js';

// What the page waits for before it is ready starts first, before its parts are made (some
// 20 ms of script): the annotator's worker, to which the wasm is handed once compiled (the
// served page preloads it: dist/index.html), and the database the last session comes from.
const client = createAnnotationClient();
const annotatorReady = client.warmUp();
const storage = openSessionStorage();

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('article-text'), annotate: $('annotate'), example: $('try-example'), status: $('status'),
  progress: $('progress'), article: $('article'), speakers: $('speakers'), unattributed: $('unattributed'),
  toggleNoise: $('toggle-boilerplate'), card: $('claim-card'),
  tabs: $('tabs'), workspace: $('workspace'), newTab: $('new-tab'), closeTab: $('close-tab'),
  exportJson: $('export-json'), notice: $('notice'), exportMarkdown: $('export-markdown'), editText: $('edit-text'),
};

// The box holds a long text a part at a time (text-box.js); the tab keeps the whole of it.
const textBox = createTextBox(ui.input, { part: $('box-part'), says: $('box-part-says'), earlier: $('box-earlier'), later: $('box-later') });
const tabs = createTabs();
const session = createSessionLink(); // the session controller, installed last (see below)
/** A passing note (copied, a file that could not be read, Undo of a close), apart from the tab's status. */
const notify = createNotice(ui.notice);
const status = createStatusDisplay({ status: ui.status, annotate: ui.annotate, progress: ui.progress });
const drawStrip = () => drawTabStrip(ui.tabs, ui.workspace, tabs);
/** The tab's annotation with the reader's corrections (saved with the session) applied. */
const corrected = (tab) => tab.annotation && correctAnnotation(tab.annotation, tab.annotatedText, tab.key, session.corrections());
const lock = installTextLock({ input: ui.input, edit: ui.editText, staleNote: $('stale-note'), active: tabs.active });

// --- the article view: card, speaker filter, claim navigation, side panel, corrections -------

const drawn = createDrawnAnnotation();
const corrector = installCorrections(
  { article: ui.article, card: ui.card, speakers: ui.speakers, addClaim: $('add-claim'), list: $('corrections') },
  {
    active: () => {
      const tab = tabs.active();
      return tab?.annotation ? { key: tab.key, text: tab.annotatedText, annotation: corrected(tab) } : null;
    },
    speakerNames: () => tabs.list().flatMap((t) => corrected(t)?.speakers.map((s) => s.name) ?? []),
    corrections: () => session.corrections(),
    add: (c) => session.addCorrection(c),
    remove: (id) => session.removeCorrection(id),
  },
);
const card = installClaimCard({
  article: ui.article, card: ui.card,
  claim: drawn.claim, speaker: drawn.speaker, claimIds: drawn.claimIds,
  paragraphs: drawn.paragraphs, extra: (claim) => [corrector.cardButton(claim)],
});
const marks = createSpeakerMarks(ui.article);
const view = createArticleView(ui.article, { onFill: marks.mark });
const navigation = installClaimNavigation({
  article: ui.article, heading: $('article-heading'), unattributed: ui.unattributed, view, fragmentOf: card.fragmentOf,
});
installSpeakerFilter({ list: ui.speakers, marks, view, speakerOf: (claimId) => drawn.claim(claimId)?.speaker });
installNoiseToggle({ button: ui.toggleNoise, article: ui.article });
const drawer = installDrawer({ panel: $('side-panel'), open: $('open-speakers'), close: $('close-speakers') });
const speakerTools = installSpeakerTools({ list: ui.speakers, filter: $('speaker-filter'), sort: $('speaker-sort') });

// --- tabs: drawing, annotating, switching; the box that feeds them ----------------------------

const drawing = createTabDrawing({
  results: $('results'), article: ui.article, speakers: ui.speakers, unattributed: ui.unattributed,
  noUnattributed: $('no-unattributed'), warnings: $('warnings'), warningsBox: $('warnings-box'),
}, {
  tabs, corrected, view, drawn, marks, closeCard: card.close, corrector, drawer, speakerTools, status, lock, drawStrip,
});
const annotateTab = createTabAnnotator({
  client, tabs, session, status, present: drawing.present, drawStrip, focusArticle: navigation.focusArticle,
});
const tabActions = installTabActions(
  { strip: ui.tabs, newTab: ui.newTab, closeTab: ui.closeTab, input: ui.input },
  { tabs, textBox, lock, status, present: drawing.present, annotateTab, drawStrip, session, notify },
);
const activeExports = installActiveExports(
  { card: ui.card, json: ui.exportJson, markdown: ui.exportMarkdown }, { tabs, drawn, corrected, notify },
);
installArticleInput(
  { input: ui.input, annotate: ui.annotate, annotateAgain: $('annotate-again'), example: ui.example },
  { tabs, textBox, lock, annotateTab, session, openArticles: tabActions.openArticles, notify },
);

// --- help and shortcuts -----------------------------------------------------------------------

const help = installHelp({ dialog: $('help'), open: $('open-help'), close: $('close-help') });
// The claim a key acts on: the focused one, else the one whose card is pinned.
const claimAtHand = () => card.fragmentOf(document.activeElement)?.dataset.claimId ?? card.pinned();
installShortcuts({
  next: () => navigation.move(1),
  previous: () => navigation.move(-1),
  openCard: () => {
    const f = card.fragmentOf(document.activeElement);
    if (!f) return false;
    card.open(f, { pin: true });
    return true;
  },
  copyCitation: () => {
    const id = claimAtHand();
    if (!id) return false;
    activeExports.copyCitation(id);
    return true;
  },
  closeCard: card.close,
  correctClaim: () => {
    const id = claimAtHand();
    return id ? corrector.correctClaim(id) : false;
  },
  focusInput: () => ui.input.focus(),
  toggleHelp: help.toggle,
});

// --- the session, then the first tab ----------------------------------------------------------

// Sessions compute in a worker of their own, started on first use: a long session never
// holds up an annotation, nor does a failing one restart the annotator.
const sessions = installSessions({
  host: { tabs, loadArticles: tabActions.loadArticles, generator: 'whosaid', correctionsChanged: drawing.redrawActive },
  client: createAnnotationClient(() => createWorker('session')),
  storage,
});
session.attach(sessions);

tabActions.switchTo(tabs.add());
annotatorReady.then(() => performance.mark('whosaid:annotator-ready'));
client.warm.then((rounds) => performance.mark('whosaid:annotator-warm', { detail: { rounds } }));
// The service worker's precache takes what the page already has; registered once the annotator
// has its wasm, so that file comes from the HTTP cache rather than a second download, and once
// the session is back, so that its start (sw.js fetched, a worker started, the precache's reads)
// does not compete with the restore's for the browser.
Promise.all([annotatorReady, sessions.ready.catch(() => {})]).then(registerServiceWorker);
// Ready once the last session is back (its articles open as tabs) or storage said it cannot
// help. No timer: a 3 s cap could fire first on a busy machine, and whoever waits for ready
// (the tests, bench/) then read the page before its session was restored.
sessions.ready.finally(() => {
  document.body.dataset.ready = '1';
  performance.mark('whosaid:ready');
});
