// Page controller: reads the article, asks the worker for an annotation, and wires the
// rendered article, speaker panel, claim card and shortcuts together.

import { anchor } from './anchoring.js';
import { drawArticle } from './draw-article.js';
import { drawSpeakers } from './draw-speakers.js';
import { drawUnattributed } from './draw-unattributed.js';
import { fillCard, placeCard } from './claim-card.js';
import { installShortcuts } from './keyboard.js';
import { SAMPLE_ARTICLE } from './sample-article.js';
import { speakerStyles } from './speaker-style.js';
import { summarize } from './summary.js';
import { createAnnotationClient } from './worker-client.js';

const $ = (id) => document.getElementById(id);
const ui = {
  input: $('article-text'), annotate: $('annotate'), example: $('try-example'), status: $('status'),
  results: $('results'), article: $('article'), speakers: $('speakers'), unattributed: $('unattributed'),
  noUnattributed: $('no-unattributed'), warnings: $('warnings'), warningsBox: $('warnings-box'),
  toggleNoise: $('toggle-boilerplate'), card: $('claim-card'), help: $('help'),
  openHelp: $('open-help'), closeHelp: $('close-help'),
};

const client = createAnnotationClient();
let latestRequest = 0;
let claimsById = new Map();
let speakersById = new Map();
let pinnedClaim = null; // claim id whose card stays open until Escape or another click

function setStatus(message, state) {
  ui.status.textContent = message;
  ui.status.classList.toggle('is-error', state === 'error');
  document.body.dataset.state = state;
}

async function annotateInput() {
  const text = ui.input.value;
  if (text.trim() === '') {
    setStatus('Paste an article into the box first.', 'idle');
    return;
  }
  const request = ++latestRequest;
  setStatus('Annotating…', 'busy');
  ui.annotate.setAttribute('aria-busy', 'true');
  try {
    const annotation = await client.annotate(text);
    if (request !== latestRequest) return; // a newer request superseded this one
    show(text, annotation);
    setStatus(summarize(annotation), 'done');
  } catch (err) {
    if (request !== latestRequest) return;
    setStatus(`Could not annotate: ${err.message}. Your text is kept; press Annotate to try again.`, 'error');
  } finally {
    if (request === latestRequest) ui.annotate.removeAttribute('aria-busy');
  }
}

function show(text, annotation) {
  closeCard();
  const speakers = annotation.speakers || [];
  const claims = annotation.claims || [];
  claimsById = new Map(claims.map((c) => [c.id, c]));
  speakersById = new Map(speakers.map((s) => [s.id, s]));
  const styles = speakerStyles(speakers);
  const { paragraphs, dropped } = anchor(text, annotation);

  drawArticle(ui.article, text, paragraphs, styles);
  drawSpeakers(ui.speakers, speakers, styles);
  drawUnattributed(ui.unattributed, claims);
  ui.noUnattributed.hidden = claims.some((c) => c.speaker == null);

  const notes = [...(annotation.warnings || [])];
  if (dropped) notes.push(`${dropped} highlighted passage(s) did not match the text and were left out.`);
  ui.warnings.replaceChildren(...notes.map((n) => Object.assign(document.createElement('li'), { textContent: n })));
  ui.warningsBox.hidden = notes.length === 0;

  ui.article.classList.remove('is-filtered');
  ui.results.hidden = false;
}

// --- claim card -------------------------------------------------------------------------

const fragmentOf = (target) => target instanceof Element ? target.closest('#article [data-claim-id]') : null;
const firstFragments = () => [...ui.article.querySelectorAll('.claim-first')]
  .filter((el) => el.offsetParent !== null); // skip claims inside hidden page noise

function openCard(fragment) {
  const claim = claimsById.get(fragment.dataset.claimId);
  if (!claim) return;
  fillCard(ui.card, claim, speakersById.get(claim.speaker));
  placeCard(ui.card, fragment);
}

function closeCard() {
  pinnedClaim = null;
  ui.card.hidden = true;
}

// The card is placed once, next to its claim; text reflowed to a new width would leave it
// pointing elsewhere. (Height-only changes, like a phone's toolbar, keep it.)
let layoutWidth = window.innerWidth;
window.addEventListener('resize', () => {
  if (window.innerWidth !== layoutWidth) closeCard();
  layoutWidth = window.innerWidth;
});

function releaseCard() {
  if (pinnedClaim === null) ui.card.hidden = true;
}

ui.article.addEventListener('mouseover', (e) => {
  const f = fragmentOf(e.target);
  if (f && pinnedClaim === null) openCard(f);
});
ui.article.addEventListener('mouseout', (e) => { if (fragmentOf(e.target)) releaseCard(); });
ui.article.addEventListener('focusin', (e) => {
  const f = fragmentOf(e.target);
  if (!f) return;
  if (pinnedClaim !== f.dataset.claimId) pinnedClaim = null;
  openCard(f);
});
ui.article.addEventListener('focusout', () => releaseCard());
ui.article.addEventListener('click', (e) => {
  const f = fragmentOf(e.target);
  if (!f) return;
  pinnedClaim = f.dataset.claimId;
  openCard(f);
});

// --- speaker filter, unattributed list, page noise ------------------------------------------

ui.speakers.addEventListener('click', (e) => {
  const entry = e.target.closest('[data-speaker-id]');
  if (!entry) return;
  const id = entry.dataset.speakerId;
  const button = entry.querySelector('button');
  const turnOn = button.getAttribute('aria-pressed') !== 'true';
  for (const b of ui.speakers.querySelectorAll('button')) b.setAttribute('aria-pressed', 'false');
  button.setAttribute('aria-pressed', String(turnOn));
  ui.article.classList.toggle('is-filtered', turnOn);
  for (const f of ui.article.querySelectorAll('[data-claim-id]')) {
    f.classList.toggle('is-selected', turnOn && f.dataset.speakerId === id);
  }
  if (turnOn) ui.article.querySelector('.is-selected')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
});

ui.unattributed.addEventListener('click', (e) => {
  const id = e.target.closest('[data-target-claim]')?.dataset.targetClaim;
  const target = [...ui.article.querySelectorAll('.claim-first')].find((f) => f.dataset.claimId === id);
  target?.focus();
});

ui.toggleNoise.addEventListener('click', () => {
  const hide = ui.toggleNoise.getAttribute('aria-pressed') !== 'true';
  ui.toggleNoise.setAttribute('aria-pressed', String(hide));
  ui.article.classList.toggle('hide-boilerplate', hide);
});

// --- input ------------------------------------------------------------------------------

ui.annotate.addEventListener('click', annotateInput);
ui.input.addEventListener('input', (e) => { if (e.inputType === 'insertFromPaste') annotateInput(); });
ui.example.addEventListener('click', () => {
  ui.input.value = SAMPLE_ARTICLE;
  annotateInput();
});

// --- help and shortcuts -----------------------------------------------------------------------

function toggleHelp() {
  if (ui.help.open) ui.help.close();
  else ui.help.showModal();
}
ui.openHelp.addEventListener('click', toggleHelp);
ui.closeHelp.addEventListener('click', () => ui.help.close());

function moveClaim(step) {
  const list = firstFragments();
  if (list.length === 0) return false;
  const current = list.findIndex((f) => f.dataset.claimId === fragmentOf(document.activeElement)?.dataset.claimId);
  const next = current === -1 ? (step > 0 ? 0 : list.length - 1) : (current + step + list.length) % list.length;
  list[next].focus();
  list[next].scrollIntoView({ block: 'nearest' });
  return true;
}

installShortcuts({
  next: () => moveClaim(1),
  previous: () => moveClaim(-1),
  openCard: () => {
    const f = fragmentOf(document.activeElement);
    if (!f) return false;
    pinnedClaim = f.dataset.claimId;
    openCard(f);
    return true;
  },
  closeCard,
  focusInput: () => ui.input.focus(),
  toggleHelp,
});

client.warmUp();
document.body.dataset.ready = '1';
