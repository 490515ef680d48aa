// Drawing: the list of claims the extractor could not tie to a speaker. Each entry
// jumps to its claim in the article (it deliberately carries no data-claim-id: those mark
// article fragments only).

export function drawUnattributed(list, claims) {
  list.replaceChildren(...claims.filter((c) => c.speaker == null).map((c) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'jump';
    button.dataset.targetClaim = c.id;
    button.textContent = c.text.length > 140 ? `${c.text.slice(0, 140)}…` : c.text;
    li.append(button);
    return li;
  }));
}
