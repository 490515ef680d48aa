// Asks before anything that discards a reader's verdict: a modal <dialog> with the question,
// and two buttons whose words say what happens. Resolves true only for the confirming one.

/** → Promise<boolean>. The dialog (#confirm-dialog) is in index.html. */
export function confirmAction({ question, confirm, cancel = 'Keep it' }) {
  const dialog = document.getElementById('confirm-dialog');
  const text = dialog.querySelector('.confirm-question');
  const yes = dialog.querySelector('.confirm-yes');
  const no = dialog.querySelector('.confirm-no');
  text.textContent = question;
  yes.textContent = confirm;
  no.textContent = cancel;
  return new Promise((resolve) => {
    const finish = (answer) => {
      yes.removeEventListener('click', onYes);
      no.removeEventListener('click', onNo);
      dialog.removeEventListener('close', onClose);
      if (dialog.open) dialog.close();
      resolve(answer);
    };
    const onYes = () => finish(true);
    const onNo = () => finish(false);
    const onClose = () => finish(false); // Escape
    yes.addEventListener('click', onYes);
    no.addEventListener('click', onNo);
    dialog.addEventListener('close', onClose);
    dialog.showModal();
    no.focus(); // the safe answer is the default
  });
}
