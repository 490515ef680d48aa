// Wires the reader's corrections into the article view: "Correct…" in the claim card (and the
// `e` key on a focused claim), "Correct…" on each speaker, "Add a claim…" from the text selected
// in the article, and the list of the reader's corrections, each with Undo. The corrections
// themselves live in the session (host.add / host.remove); the page redraws from them.

import { claimForm, passageForm, speakerForm } from './correct-dialog.js';
import { describeCorrection, passageCorrection, speakerCorrection } from './corrections.js';

const PASSAGE_KINDS = new Set(['speaker', 'delete', 'add', 'furniture']);

/**
 * Offsets of the selection inside `article`, or null. The article is drawn in blocks, each
 * holding the text from its data-start on (a long article draws only the blocks near the
 * screen), so the offset is counted from the start of the block the selection begins in.
 */
function selectedSpan(article) {
  const sel = getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const startNode = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
  const block = startNode.closest('#article > [data-start]');
  const before = document.createRange();
  before.setStart(block ?? article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = Number(block?.dataset.start ?? 0) + before.toString().length;
  return { start, end: start + range.toString().length };
}

/** Where `passage` is in `text`: the selection if it is that, else the occurrence nearest to it. */
function locate(text, passage, near) {
  if (!passage) return null;
  if (near && text.slice(near.start, near.end) === passage) return near;
  let best = -1;
  for (let i = text.indexOf(passage); i !== -1; i = text.indexOf(passage, i + 1)) {
    if (best === -1 || Math.abs(i - (near?.start ?? 0)) < Math.abs(best - (near?.start ?? 0))) best = i;
  }
  return best === -1 ? null : { start: best, end: best + passage.length };
}

/** The whole lines [start, end) touches, without their line breaks. */
function lineOf(text, { start, end }) {
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, text.lastIndexOf('\r', start - 1) + 1);
  let to = end;
  while (to < text.length && text[to] !== '\n' && text[to] !== '\r') to++;
  return { start: from, end: to };
}

/**
 * ui: {article, card, speakers, addClaim, list}
 * host: {active() → {key, text, annotation} (annotation already corrected) or null,
 *        speakerNames() (every open article's, corrected), corrections(), add(correction), remove(id)}
 */
export function installCorrections(ui, host) {
  // The active article's speakers first, then the others of the session.
  const names = (annotation) => [...new Set([...(annotation.speakers ?? []).map((s) => s.name), ...host.speakerNames()])];

  function correctClaim(claimId) {
    const a = host.active();
    const claim = a?.annotation.claims.find((c) => c.id === claimId);
    if (!claim) return false;
    const added = claim.id.startsWith('reader-') ? claim.id.slice('reader-'.length) : null;
    claimForm({
      claimText: claim.text, speaker: claim.speaker_name ?? null, names: names(a.annotation),
      onSpeaker: (speaker) => {
        if (speaker === (claim.speaker_name ?? null)) return;
        host.add(passageCorrection('speaker', a.key, a.text, claim.start, claim.end, { speaker }));
      },
      onDelete: () => (added ? host.remove(added) : host.add(passageCorrection('delete', a.key, a.text, claim.start, claim.end))),
    });
    return true;
  }

  function correctSpeaker(name) {
    const a = host.active();
    if (!a) return;
    speakerForm({
      name, others: names(a.annotation).filter((n) => n !== name),
      onRename: (to) => host.add(speakerCorrection('rename', { from: name, to })),
      onMerge: (into) => host.add(speakerCorrection('merge', { from: name, into })),
      onNotSpeaker: () => host.add(speakerCorrection('not-speaker', { name })),
    });
  }

  function addClaim() {
    const a = host.active();
    if (!a) return;
    const near = selectedSpan(ui.article);
    passageForm({
      passage: near ? a.text.slice(near.start, near.end) : '', names: names(a.annotation),
      onAdd: ({ text, claimKind, speaker, cue }) => {
        const at = locate(a.text, text, near);
        if (!at) return 'That passage is not in the article: select it there, or type it exactly.';
        host.add(passageCorrection('add', a.key, a.text, at.start, at.end, { claimKind, speaker, cue }));
        return true;
      },
      onNoise: (text, noise) => {
        const at = locate(a.text, text, near);
        if (!at) return 'That passage is not in the article: select it there, or type it exactly.';
        const line = lineOf(a.text, at);
        host.add(passageCorrection('furniture', a.key, a.text, line.start, line.end, { noise }));
        return true;
      },
    });
  }

  ui.card.addEventListener('click', (e) => {
    const id = e.target.closest('[data-correct-claim]')?.dataset.correctClaim;
    if (id) correctClaim(id);
  });
  ui.speakers.addEventListener('click', (e) => {
    const name = e.target.closest('[data-correct-speaker]')?.dataset.correctSpeaker;
    if (name) correctSpeaker(name);
  });
  ui.addClaim.addEventListener('click', addClaim);
  ui.list.addEventListener('click', (e) => {
    const id = e.target.closest('[data-undo-correction]')?.dataset.undoCorrection;
    if (id) host.remove(id);
  });

  return {
    correctClaim,
    /** The "Correct…" button for the claim card. */
    cardButton(claim) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'quiet card-correct', textContent: 'Correct…' });
      button.dataset.correctClaim = claim.id;
      return button;
    },
    /** Lists the corrections that concern the active article (and every speaker-level one). */
    drawList() {
      const a = host.active();
      const mine = host.corrections().filter((c) => !PASSAGE_KINDS.has(c.kind) || c.article === a?.key);
      ui.list.closest('[data-corrections-box]').hidden = mine.length === 0;
      ui.list.replaceChildren(...mine.map((c) => {
        const undo = Object.assign(document.createElement('button'), { type: 'button', className: 'quiet', textContent: 'Undo' });
        undo.dataset.undoCorrection = c.id;
        undo.setAttribute('aria-label', `Undo: ${describeCorrection(c)}`);
        const li = Object.assign(document.createElement('li'), { className: 'correction' });
        li.append(Object.assign(document.createElement('span'), { textContent: describeCorrection(c) }), ' ', undo);
        return li;
      }));
    },
  };
}
