// The one id maker of the page (tabs, sessions, reviews, corrections): a random UUID where the
// browser has one (every secure context, file:// included), else a time and random part
// behind `prefix`, unique enough for ids that only need to differ within one browser profile.

export const newId = (prefix = 'x') => globalThis.crypto?.randomUUID?.()
  ?? `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
