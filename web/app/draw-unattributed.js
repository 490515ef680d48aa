// Drawing: the list of claims the extractor could not tie to a speaker. Each entry
// jumps to its claim in the article (it deliberately carries no data-claim-id: those mark
// article fragments only).

// A huge article can have thousands; past this many the list would only slow the page.
const MAX_LISTED = 200;

export function drawUnattributed(list, claims) {
  const unattributed = claims.filter((c) => c.speaker == null);
  const items = unattributed.slice(0, MAX_LISTED).map((c) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'jump';
    button.dataset.targetClaim = c.id;
    button.textContent = c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text;
    li.append(button);
    return li;
  });
  if (unattributed.length > MAX_LISTED) {
    const more = document.createElement('li');
    more.className = 'hint';
    more.textContent = `…and ${unattributed.length - MAX_LISTED} more, marked “?” in the article.`;
    items.push(more);
  }
  list.replaceChildren(...items);
}
