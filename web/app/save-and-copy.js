// Handing text to the user: a download of a generated file, and the clipboard.

/** Downloads `content` as a file through a blob: URL (no server, works offline and from file://). */
export function downloadText(fileName, mimeType, content) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/**
 * Copies text to the clipboard. The async Clipboard API can be missing or refused (an
 * insecure context, no permission); then a hidden textarea and execCommand('copy') are used.
 * Resolves true when either worked.
 */
export async function copyText(text) {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch { /* fall back below */ }
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.className = 'visually-hidden';
  const previous = document.activeElement;
  document.body.append(box);
  box.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  box.remove();
  previous?.focus?.({ preventScroll: true });
  return ok;
}
