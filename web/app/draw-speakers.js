// Drawing: the speaker panel, one entry per speaker (data-speaker-id) with kind,
// aliases and claim count. The entry's button toggles a filter on that speaker's claims.

import { styleFor } from './speaker-style.js';

function line(className, text) {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

export function drawSpeakers(list, speakers, styles) {
  list.replaceChildren(...speakers.map((s) => {
    const style = styleFor(styles, s.id);
    const li = document.createElement('li');
    li.dataset.speakerId = s.id;
    li.dataset.claims = String(s.claim_count ?? 0);

    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'speaker';
    button.setAttribute('aria-pressed', 'false');
    const badge = line('badge', style.badge);
    badge.dataset.slot = style.slot;
    if (style.pattern) badge.dataset.pattern = style.pattern;
    badge.setAttribute('aria-hidden', 'true');
    const count = s.claim_count === 1 ? '1 claim' : `${s.claim_count} claims`;
    button.append(badge, line('speaker-name', s.name), line('speaker-count', count));

    const details = [s.kind === 'organization' ? 'organisation' : s.kind];
    if (s.title) details.push(s.title);
    const correct = document.createElement('button');
    correct.type = 'button';
    correct.className = 'quiet speaker-correct';
    correct.textContent = 'Correct…';
    correct.dataset.correctSpeaker = s.name;
    correct.setAttribute('aria-label', `Correct the speaker ${s.name}`);
    if (s.by === 'reader') details.push('your correction');
    li.append(button, line('speaker-meta', details.join(' · ')), correct);
    const aliases = (s.aliases || []).filter((a) => a && a !== s.name);
    if (aliases.length) li.append(line('speaker-aliases', `also: ${aliases.join(', ')}`));
    return li;
  }));
}
