// The reviewing organisation (name and fact-check page), set once in the session view's
// settings and kept in this browser: ClaimReview's author and url come from it.

import { webUrl } from '../app/article-source.js';

const KEY = 'whosaid-reviewer';
const MAX_NAME = 200;

/** {name, url} as stored (each '' when unset); never throws (storage may be off). */
export function readReviewer() {
  try {
    const v = JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}');
    return { name: typeof v.name === 'string' ? v.name.slice(0, MAX_NAME) : '', url: webUrl(v.url) ?? '' };
  } catch {
    return { name: '', url: '' };
  }
}

/** Fills the two settings fields and keeps what is typed; a URL that is not http(s) is said so. */
export function installReviewerSettings({ name, url, status }) {
  const saved = readReviewer();
  name.value = saved.name;
  url.value = saved.url;
  const save = () => {
    const page = url.value.trim();
    const valid = page === '' || webUrl(page) !== null;
    status.textContent = valid ? '' : 'The fact-check page should be a web address (https://…); it is not used until it is one.';
    try {
      globalThis.localStorage?.setItem(KEY, JSON.stringify({ name: name.value.trim().slice(0, MAX_NAME), url: valid ? page : readReviewer().url }));
    } catch {
      status.textContent = 'This browser keeps no settings here: they last until the page is closed.';
    }
  };
  name.addEventListener('input', save);
  url.addEventListener('input', save);
}
