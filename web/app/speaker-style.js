// How a speaker looks: a palette slot (colour, defined in styles.css), an initials badge, and
// past the palette's twelve colours a stripe pattern, so that no two speakers look alike and
// none is told apart by colour alone.

export const PALETTE_SIZE = 12;
export const PATTERNS = 3; // 0: plain, 1 and 2: stripes (styles.css)
const UNATTRIBUTED = { slot: 'none', pattern: '', badge: '?' };

/** Initials of a name: capitalised words only ("Ministry of Transport" -> "MT"). */
export function initials(name) {
  const words = String(name || '').split(/[\s\-–]+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length > 2 ? [words[0], words[words.length - 1]] : words;
  const letters = picked.map((w) => w[0]).join('');
  return letters || String(name || '?').trim().slice(0, 1).toUpperCase() || '?';
}

/**
 * Style of every speaker by id: `{slot, pattern, badge}`. Badges are unique: a repeated set of
 * initials gets a number ("JS", "JS2").
 */
export function speakerStyles(speakers) {
  const styles = new Map();
  const seen = new Map();
  (speakers || []).forEach((s, i) => {
    const base = initials(s.name);
    const n = (seen.get(base) || 0) + 1;
    seen.set(base, n);
    const pattern = Math.floor(i / PALETTE_SIZE) % PATTERNS;
    styles.set(s.id, { slot: String(i % PALETTE_SIZE), pattern: pattern ? String(pattern) : '', badge: n === 1 ? base : `${base}${n}` });
  });
  return styles;
}

/** Style for a claim's speaker id (null/unknown -> the unattributed style). */
export function styleFor(styles, speakerId) {
  return (speakerId != null && styles.get(speakerId)) || UNATTRIBUTED;
}
