// Page controller: the open articles (tabs), annotation requests to the worker, and the
// wiring of the rendered article, speaker panel, claim card, exports and shortcuts.
// The DOM contract elements (#article-text, #article, #speakers…) show the active tab.

import { prepareAnchoringSteps } from './anchoring.js';
import { inSteps, nextTask } from './chunked.js';
import { createArticleView } from './article-view.js';
import { drawSpeakers } from './draw-speakers.js';
import { drawTabs, tabElementId } from './draw-tabs.js';
import { drawUnattributed } from './draw-unattributed.js';
import { installClaimCard } from './card-controller.js';
import { citation, exportFileName, toJson, toMarkdown } from './export.js';
import { installInputSources } from './input-sources.js';
import { installShortcuts } from './keyboard.js';
import { createNotice } from './notice.js';
import { installDrawer, installSpeakerTools } from './view-controls.js';
import { registerServiceWorker } from './register-sw.js';
import { SAMPLE_ARTICLE } from './sample-article.js';
import { copyText, downloadText } from './save-and-copy.js';
import { speakerStyles } from './speaker-style.js';
import { summarize } from './summary.js';
import { createTabs, tabTitle } from './tabs.js';
import { createTextBox } from './text-box.js';
import { utf8Bytes } from './utf8-size.js';
import { createAnnotationClient, createWorker } from './worker-client.js';
import { installSessions } from '../session/controller.js';
import { correctAnnotation } from '../corrections/correct-annotation.js';
import { installCorrections } from '../corrections/correct-ui.js';
import { LIMITS } from '../session/schema.js';

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('article-text'), annotate: $('annotate'), example: $('try-example'), status: $('status'),
  progress: $('progress'), results: $('results'), article: $('article'), speakers: $('speakers'),
  unattributed: $('unattributed'), noUnattributed: $('no-unattributed'), warnings: $('warnings'),
  warningsBox: $('warnings-box'), toggleNoise: $('toggle-boilerplate'), card: $('claim-card'),
  help: $('help'), openHelp: $('open-help'), closeHelp: $('close-help'), tabs: $('tabs'),
  workspace: $('workspace'), newTab: $('new-tab'), closeTab: $('close-tab'),
  exportJson: $('export-json'), notice: $('notice'), exportMarkdown: $('export-markdown'), editText: $('edit-text'),
};

// The box holds a long text a part at a time (text-box.js); the tab keeps the whole of it.
const textBox = createTextBox(ui.input, { part: $('box-part'), says: $('box-part-says'), earlier: $('box-earlier'), later: $('box-later') });

// Inputs above this many UTF-8 bytes get a progress bar: they take seconds, not milliseconds.
const PROGRESS_BYTES = 1_000_000;
// Texts over this many characters: the work a change costs is spread over tasks (annotating,
// drawing) or waits for a pause in the typing (the session, the stale note).
const LONG_TEXT = 100_000;

const client = createAnnotationClient();
const tabs = createTabs();
let claimsById = new Map();
let speakersById = new Map();
let drawing = 0;        // number of the latest drawing; an older one stops at its next slice

// --- status and progress -------------------------------------------------------------------

function setStatus(tab, message, state) {
  tab.status = { message, state };
  if (tab === tabs.active()) showStatus(tab);
  drawTabStrip();
}

function showStatus(tab) {
  ui.status.textContent = tab.status.message;
  ui.status.classList.toggle('is-error', tab.status.state === 'error');
  document.body.dataset.state = tab.status.state;
  ui.annotate.toggleAttribute('aria-busy', tab.status.state === 'busy');
}

/** fraction: null = under way, unknown share (an indeterminate bar); undefined = hide. */
function setProgress(fraction) {
  ui.progress.hidden = fraction === undefined;
  if (fraction === null) ui.progress.removeAttribute('value');
  else if (fraction !== undefined) ui.progress.value = fraction;
}

/** A passing note (copied, a file that could not be read, Undo of a close), apart from the tab's status. */
const notify = createNotice(ui.notice);

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

// --- annotating -----------------------------------------------------------------------------

/**
 * The text box is read-only once the tab is annotated, until "Edit text": a key meant for
 * the overlay (j, k) never edits the article by accident.
 */
/** Says when the overlay describes an older text than the box holds. */
function showStale(tab) {
  $('stale-note').hidden = !(tab.annotation && tab.text !== tab.annotatedText);
}
$('annotate-again').addEventListener('click', () => annotateActive());

function showEditing(tab) {
  const locked = !tab.editing && tab.annotation != null;
  ui.input.readOnly = locked;
  ui.editText.hidden = !locked;
  ui.input.closest('.input-panel').classList.toggle('is-locked', locked);
  showStale(tab);
}

/** The focus on the article (so j/k move at once), with its first claim in view. */
function focusArticle() {
  ui.article.focus({ preventScroll: true });
  const first = ui.article.querySelector('.claim-first');
  const r = (first ?? ui.article).getBoundingClientRect();
  // (a claim in the lower part of the screen is one status line from leaving it: the session's
  // "Saved …" note can arrive after the drawing and push the article down)
  if (r.top < 0 || r.bottom > window.innerHeight * 0.6) $('article-heading').scrollIntoView({ block: 'start' });
}

/** focus: the reader asked for it (Annotate, a paste): the focus moves to the drawn article. */
async function annotateTab(tab, { focus = false } = {}) {
  const text = tab.text;
  if (text.trim() === '') {
    sessions.articlesChanged();
    setStatus(tab, 'Paste an article into the box first.', 'idle');
    return;
  }
  const request = ++tab.request;
  performance.mark('whosaid:annotate');
  // The worker starts at once. For a long text, what else a change costs (the session
  // compares whole texts, the size in bytes) waits for the next task: each ~10-20 ms at 5 MB.
  const answer = client.annotate(text);
  answer.catch(() => {}); // handled below; a failure during the wait is no unhandled rejection
  const long = text.length > LONG_TEXT;
  if (long) {
    setStatus(tab, 'Annotating…', 'busy');
    await nextTask();
    if (request !== tab.request) return;
  }
  const bytes = utf8Bytes(text);
  const large = bytes > PROGRESS_BYTES;
  setStatus(tab, large ? `Annotating ${megabytes(bytes)}…` : 'Annotating…', 'busy');
  if (large && tab === tabs.active()) setProgress(null);
  if (long) {
    await nextTask();
    if (request !== tab.request) return;
  }
  sessions.articlesChanged();
  try {
    const annotation = await answer;
    if (request !== tab.request) return; // a newer request superseded this one
    if (long) { // the unpacking's last slice ran in this task: the drawing starts in the next
      await nextTask();
      if (request !== tab.request) return;
    }
    tab.annotation = annotation;
    tab.annotatedText = text;
    // Set quietly: the page says "done" only once the overlay is drawn (present()).
    tab.status = { message: summarize(annotation), state: 'done' };
    if (tab !== tabs.active()) {
      if (tab.text === text) tab.editing = false;
      drawTabStrip();
      return;
    }
    if (large) ui.status.textContent = `Drawing ${megabytes(bytes)}…`;
    if (tab.text === text) tab.editing = false; // typed on while it ran: stays editable
    const drawn = await present(tab, { progress: large });
    if (drawn) performance.measure('whosaid:annotate-to-overlay', 'whosaid:annotate');
    if (drawn && focus && tab === tabs.active()) focusArticle();
  } catch (err) {
    if (request !== tab.request) return;
    setStatus(tab, `Could not annotate: ${err.message}. Your text is kept; press Annotate to try again.`, 'error');
  } finally {
    if (request === tab.request && tab === tabs.active()) setProgress(undefined);
  }
}

/**
 * Draws the tab's annotation, then shows the tab's status (body[data-state] stays "busy"
 * while drawing). False when a newer drawing took over, which then finishes the job.
 */
async function present(tab, options) {
  const drawn = await showTab(tab, options);
  if (drawn && tab === tabs.active()) {
    if (tab.status.state === 'done' && tab.annotation) tab.status.message = summarize(corrected(tab)); // with the reader's corrections
    showStatus(tab);
    showEditing(tab);
    drawTabStrip();
  }
  return drawn;
}

/** The tab's annotation with the reader's corrections (saved with the session) applied. */
const corrected = (tab) => tab.annotation && correctAnnotation(tab.annotation, tab.annotatedText, tab.key, sessions.corrections());

/** Draws the tab's annotation (or hides the results); false when a newer drawing took over. */
async function showTab(tab, { progress = false } = {}) {
  closeCard();
  const run = ++drawing;
  const isCurrent = () => run === drawing;
  const annotation = corrected(tab);
  corrector.drawList();
  if (!annotation) {
    ui.results.hidden = true;
    view.clear();
    return true;
  }
  document.body.dataset.state = 'busy';
  const text = tab.annotatedText;
  // A long article's spans are placed in tasks under 50 ms; the old overlay stays until then.
  const anchored = await inSteps(prepareAnchoringSteps(text, annotation), { isCurrent });
  if (!anchored || !isCurrent()) return false;
  const { paragraphs, dropped } = anchored.value;
  if (text.length > LONG_TEXT) {
    await nextTask();
    if (!isCurrent()) return false;
  }
  const speakers = annotation.speakers || [];
  const claims = annotation.claims || [];
  claimsById = new Map(claims.map((c) => [c.id, c]));
  speakersById = new Map(speakers.map((s) => [s.id, s]));
  const styles = speakerStyles(speakers);

  drawSpeakers(ui.speakers, speakers, styles);
  speakerTools.apply();
  drawer.label(speakers.length);
  drawUnattributed(ui.unattributed, claims);
  ui.noUnattributed.hidden = claims.some((c) => c.speaker == null);
  const notes = [...(annotation.warnings || [])];
  if (dropped) notes.push(`${dropped} highlighted passage(s) did not match the text and were left out.`);
  ui.warnings.replaceChildren(...notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
  ui.warningsBox.hidden = notes.length === 0;
  ui.article.classList.remove('is-filtered');
  selectedSpeaker = null;
  ui.results.hidden = false;

  return view.draw(text, paragraphs, styles, {
    isCurrent,
    onProgress: progress ? (done, total) => setProgress(done / total) : undefined,
  });
}

// --- tabs -----------------------------------------------------------------------------------

function drawTabStrip() {
  const active = tabs.active();
  drawTabs(ui.tabs, tabs.list(), active?.id, ui.workspace.id);
  if (active) ui.workspace.setAttribute('aria-labelledby', tabElementId(active));
}

function switchTo(tab, { focusTab = false, keepView = false } = {}) {
  if (!keepView) sessions.hideView();
  tabs.activate(tab.id);
  textBox.show(tab.text);
  showEditing(tab);
  drawTabStrip();
  showStatus(tab);
  setProgress(undefined);
  present(tab);
  if (focusTab) $(tabElementId(tab))?.focus();
}

/**
 * Opens articles: the first one in the active tab when its box is empty, the others in new tabs;
 * never more than a session holds (LIMITS.articles), the rest refused in words.
 */
function openArticles(articles) {
  const open = tabs.list().filter((t) => t.text.trim() !== '').length;
  const room = Math.max(0, LIMITS.articles - open);
  if (articles.length > room) {
    notify(`${articles.length - room} article(s) not opened: a session holds at most ${LIMITS.articles} articles.`);
    articles = articles.slice(0, room);
  }
  let first = null;
  for (const { text, title, url = null, outlet = null, date = null } of articles) {
    const current = tabs.active();
    const tab = current.text.trim() === '' && !first ? current : tabs.add();
    Object.assign(tab, { title, text, url, outlet, date });
    annotateTab(tab, { focus: !first });
    first ??= tab;
  }
  if (first) switchTo(first);
}

ui.tabs.addEventListener('click', (e) => {
  const tab = tabs.get(e.target.closest('[role="tab"]')?.dataset.tabId);
  if (tab && tab !== tabs.active()) switchTo(tab);
  else if (tab) sessions.hideView(); // back from the session view
});
ui.tabs.addEventListener('keydown', (e) => {
  const list = tabs.list();
  const i = list.indexOf(tabs.active());
  const target = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: list.length - 1 }[e.key];
  if (target === undefined) {
    if (e.key === 'Delete') { e.preventDefault(); closeActiveTab(true); }
    return;
  }
  e.preventDefault();
  switchTo(list[(target + list.length) % list.length], { focusTab: true });
});
ui.newTab.addEventListener('click', () => {
  switchTo(tabs.add());
  ui.input.focus();
});
/** Closes the active tab; Undo puts it back with its annotation (and its reviews find it again). */
function closeActiveTab(focusTab = false) {
  const closing = tabs.active();
  const index = tabs.list().indexOf(closing);
  if (tabs.list().length === 1) tabs.add(); // the last tab gives way to an empty one
  closing.request++; // an answer still on its way is dropped
  switchTo(tabs.close(closing.id), { focusTab });
  sessions.articlesChanged();
  if (closing.text.trim() === '') return;
  notify(`Closed “${tabTitle(closing)}”.`, { label: 'Undo', run: () => reopenTab(closing, index) });
}

function reopenTab(tab, index) {
  const [only] = tabs.list();
  const placeholder = tabs.list().length === 1 && only.text === '' && !only.annotation ? only : null;
  tabs.restore(tab, placeholder ? 0 : index);
  if (placeholder) tabs.close(placeholder.id); // the empty tab left by closing the last one
  switchTo(tab);
  if (!tab.annotation) annotateTab(tab);
  sessions.articlesChanged();
  notify(`“${tabTitle(tab)}” is open again.`);
}

/** Replaces every open article by a session's ones (host of the session controller). */
function loadArticles(articles, { keepActive = false } = {}) {
  const activeKey = keepActive ? tabs.active()?.key : null;
  tabs.clear();
  const opened = articles.map(({ key, title, text, date, url, outlet }) => tabs.add({ key, title, text, date, url, outlet }));
  if (opened.length === 0) opened.push(tabs.add());
  switchTo(opened.find((t) => t.key === activeKey) ?? opened[0], { keepView: true });
  for (const tab of opened) if (tab.text.trim() !== '') annotateTab(tab);
}
ui.closeTab.addEventListener('click', () => closeActiveTab());

// --- claim card (card-controller.js) -----------------------------------------------------

const card = installClaimCard({
  article: ui.article, card: ui.card,
  claim: (id) => claimsById.get(id), speaker: (id) => speakersById.get(id), claimIds: () => [...claimsById.keys()],
  text: () => tabs.active()?.text ?? '', extra: (claim) => [corrector.cardButton(claim)],
});
const { fragmentOf } = card;
const closeCard = card.close;
// Claims inside hidden page noise are skipped. Tested by class, not by layout (offsetParent):
// off-screen paragraphs are not laid out (content-visibility), and forcing it is slow.
// A long article is drawn only near the viewport (article-view.js): claims are found through
// the view's list of them, and reveal() draws the one asked for.
let selectedSpeaker = null; // the speaker filter's choice, marked on each block as it is drawn
const markSelected = (block) => {
  if (selectedSpeaker === null) return;
  for (const f of block.querySelectorAll('[data-claim-id]')) f.classList.toggle('is-selected', f.dataset.speakerId === selectedSpeaker);
};
const view = createArticleView(ui.article, { onFill: markSelected });
const reachable = () => {
  const noiseHidden = ui.article.classList.contains('hide-boilerplate');
  return noiseHidden ? view.order().filter((c) => !c.noise) : view.order();
};

// --- citations and exports --------------------------------------------------------------------

async function copyCitation(claimId) {
  const tab = tabs.active();
  const claim = claimsById.get(claimId);
  if (!claim || !tab) return false;
  const ok = await copyText(citation(claim, speakersById.get(claim.speaker), tabTitle(tab)));
  notify(ok ? 'Citation copied.' : 'Could not copy: your browser refused the clipboard.');
  return true;
}

ui.card.addEventListener('click', (e) => {
  const id = e.target.closest('[data-copy-claim]')?.dataset.copyClaim;
  if (id) copyCitation(id);
});

function exportActive(kind) {
  const tab = tabs.active();
  if (!tab?.annotation) return;
  const article = { title: tabTitle(tab), text: tab.annotatedText, annotation: corrected(tab) };
  if (kind === 'json') downloadText(exportFileName(article.title, 'json'), 'application/json', toJson(article));
  else downloadText(exportFileName(article.title, 'md'), 'text/markdown', toMarkdown(article));
}
ui.exportJson.addEventListener('click', () => exportActive('json'));
ui.exportMarkdown.addEventListener('click', () => exportActive('markdown'));

// --- speaker filter, unattributed list, page noise ------------------------------------------

ui.speakers.addEventListener('click', (e) => {
  const entry = e.target.closest('[data-speaker-id]');
  if (!entry || e.target.closest('[data-correct-speaker]')) return; // that one opens the correction form
  const id = entry.dataset.speakerId;
  const button = entry.querySelector('button.speaker');
  const turnOn = button.getAttribute('aria-pressed') !== 'true';
  for (const b of ui.speakers.querySelectorAll('button.speaker')) b.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', String(turnOn));
  ui.article.classList.toggle('is-filtered', turnOn);
  selectedSpeaker = turnOn ? id : null;
  for (const f of ui.article.querySelectorAll('.is-selected')) f.classList.remove('is-selected');
  for (const block of ui.article.children) markSelected(block);
  if (!turnOn) return;
  const first = view.order().find((c) => claimsById.get(c.id)?.speaker === id);
  (first && view.reveal(first.id))?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
});

ui.unattributed.addEventListener('click', (e) => {
  const id = e.target.closest('[data-target-claim]')?.dataset.targetClaim;
  if (id) view.reveal(id)?.focus();
});

ui.toggleNoise.addEventListener('click', () => {
  const hide = ui.toggleNoise.getAttribute('aria-pressed') !== 'true';
  ui.toggleNoise.setAttribute('aria-pressed', String(hide));
  ui.article.classList.toggle('hide-boilerplate', hide);
});

// --- input ------------------------------------------------------------------------------

const annotateActive = () => {
  const tab = tabs.active();
  tab.text = textBox.text();
  if (!textBox.fit()) textBox.changed(); // a long paste: the box is cut into parts again
  annotateTab(tab, { focus: true });
};
ui.editText.addEventListener('click', () => {
  const tab = tabs.active();
  tab.editing = true;
  showEditing(tab);
  ui.input.focus();
});
ui.annotate.addEventListener('click', annotateActive);
// Typing into a long text: the session follows the tabs once the typing pauses, not at every
// key (it compares whole texts: half a second per key at 5 MB), and so does the stale note
// (it compares the text with the annotated one). The tab's text itself is kept at once (the
// box's part joined to the text around it, no copy), and a pending update runs before the
// page is hidden, ahead of the session's own last save (registered later, so it runs after
// this one).
const TYPING_PAUSE_MS = 400;
let typingTimer = 0;
const sessionFollowsTyping = () => {
  if (!typingTimer) return;
  clearTimeout(typingTimer);
  typingTimer = 0;
  showStale(tabs.active());
  sessions.articlesChanged();
};
addEventListener('pagehide', sessionFollowsTyping);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') sessionFollowsTyping(); });
ui.input.addEventListener('input', (e) => {
  const tab = tabs.active();
  tab.text = textBox.text();
  if (tab.sample && tab.text !== SAMPLE_ARTICLE) tab.sample = false; // the reader's own text now
  clearTimeout(typingTimer);
  typingTimer = 0;
  if (e.inputType === 'insertFromPaste') { showStale(tab); annotateActive(); return; }
  if (!textBox.fit()) textBox.changed(); // cut again when a drop, or typing, grew the box past a part
  if (tab.text.length < LONG_TEXT) { showStale(tab); sessions.articlesChanged(); }
  else typingTimer = setTimeout(sessionFollowsTyping, TYPING_PAUSE_MS);
});
ui.example.addEventListener('click', () => {
  textBox.show(SAMPLE_ARTICLE);
  tabs.active().sample = true; // shown, never saved in the session
  annotateActive();
});
installInputSources({
  input: ui.input,
  onPasted: (source) => {
    const tab = tabs.active();
    for (const field of ['url', 'outlet', 'date']) if (source[field] && !tab[field]) tab[field] = source[field];
    annotateActive();
  },
  onLongPaste: (text) => {
    const tab = tabs.active();
    tab.text = textBox.insert(text);
    if (tab.sample) tab.sample = false;
    clearTimeout(typingTimer);
    typingTimer = 0;
    showStale(tab);
    annotateTab(tab, { focus: true });
  },
  onArticles: openArticles,
  onProblems: (problems) => notify(`${problems.join('; ')}.`),
});

// --- help and shortcuts -----------------------------------------------------------------------

function toggleHelp() {
  if (ui.help.open) ui.help.close();
  else ui.help.showModal();
}
ui.openHelp.addEventListener('click', toggleHelp);
ui.closeHelp.addEventListener('click', () => ui.help.close());

function moveClaim(step) {
  const list = reachable();
  if (list.length === 0) return false;
  const focused = fragmentOf(document.activeElement)?.dataset.claimId;
  const current = list.findIndex((c) => c.id === focused);
  const next = current === -1 ? (step > 0 ? 0 : list.length - 1) : (current + step + list.length) % list.length;
  const fragment = view.reveal(list[next].id);
  if (!fragment) return false;
  fragment.focus();
  fragment.scrollIntoView({ block: 'nearest' });
  return true;
}

installShortcuts({
  next: () => moveClaim(1),
  previous: () => moveClaim(-1),
  openCard: () => {
    const f = fragmentOf(document.activeElement);
    if (!f) return false;
    card.open(f, { pin: true });
    return true;
  },
  copyCitation: () => {
    const id = fragmentOf(document.activeElement)?.dataset.claimId ?? card.pinned();
    if (!id) return false;
    copyCitation(id);
    return true;
  },
  closeCard,
  correctClaim: () => {
    const id = fragmentOf(document.activeElement)?.dataset.claimId ?? card.pinned();
    return id ? corrector.correctClaim(id) : false;
  },
  focusInput: () => ui.input.focus(),
  toggleHelp,
});

// Sessions compute in a worker of their own, started on first use: a long session never
// holds up an annotation, nor does a failing one restart the annotator.
const sessions = installSessions({
  host: { tabs, loadArticles, generator: 'whosaid', correctionsChanged: redrawCorrected },
  client: createAnnotationClient(() => createWorker('session')),
});

// The reader's corrections: the active tab is drawn again with them; the focus, lost with
// the redrawn claim, goes back to the article.
async function redrawCorrected() {
  const tab = tabs.active();
  if (!tab) return;
  await present(tab);
  if (document.activeElement === document.body || !document.activeElement) ui.article.focus({ preventScroll: true });
}
const drawer = installDrawer({ panel: $('side-panel'), open: $('open-speakers'), close: $('close-speakers') });
const speakerTools = installSpeakerTools({ list: ui.speakers, filter: $('speaker-filter'), sort: $('speaker-sort') });
const corrector = installCorrections(
  { article: ui.article, card: ui.card, speakers: ui.speakers, addClaim: $('add-claim'), list: $('corrections') },
  {
    active: () => {
      const tab = tabs.active();
      return tab?.annotation ? { key: tab.key, text: tab.annotatedText, annotation: corrected(tab) } : null;
    },
    speakerNames: () => tabs.list().flatMap((t) => corrected(t)?.speakers.map((s) => s.name) ?? []),
    corrections: () => sessions.corrections(),
    add: (c) => sessions.addCorrection(c),
    remove: (id) => sessions.removeCorrection(id),
  },
);

switchTo(tabs.add());
// The service worker's precache revalidates what the page already has; registered once the
// annotator has its wasm, so that file comes from the HTTP cache rather than a second download.
client.warmUp().then(() => {
  performance.mark('whosaid:annotator-ready');
  registerServiceWorker();
});
// Ready once the last session is back (its articles open as tabs) or storage said it cannot
// help. No timer: a 3 s cap could fire first on a busy machine, and whoever waits for ready
// (the tests, bench/) then read the page before its session was restored.
sessions.ready.finally(() => {
  document.body.dataset.ready = '1';
  performance.mark('whosaid:ready');
});
