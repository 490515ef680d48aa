// Types of whosaid.mjs. Every offset is in UTF-16 code units of the string given to
// annotate(), so text.slice(span.start, span.end) === span.text for every span.

/** A half-open range [start, end) of the input and the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Speaker {
  /** "s1", "s2", ... unique within one Annotation */
  id: string;
  /** the fullest form of the name the article uses */
  name: string;
  kind: 'person' | 'organization';
  /** role or title the article gives ("Kremlin spokesman"); "" when none */
  title: string;
  /** every other way the article names them, as written */
  aliases: string[];
  /** each place the article names them */
  mentions: Span[];
  /** how many claims are attributed to this speaker */
  claim_count: number;
}

/** What someone is reported to have said; the Span is the whole claim. */
export interface Claim extends Span {
  /** "c1", "c2", ... in text order */
  id: string;
  /** Speaker.id, or null when unattributed */
  speaker: string | null;
  speaker_name: string | null;
  kind: 'direct' | 'indirect' | 'mixed';
  /** the quoted or reported pieces inside the claim, in order */
  parts: Span[];
  /** the attribution verb or phrase ("said"), or null */
  cue: Span | null;
  /** relay channel ("TASS", "a statement on Telegram"), or null */
  via: string | null;
  /** 0..1, two decimals */
  confidence: number;
}

/** A whole line that is not article text (teaser, photo credit, "Read more", ...). */
export interface Boilerplate extends Span {
  reason: string;
}

export interface Annotation {
  /** version of the core that produced this */
  version: string;
  /** length of the input in UTF-16 code units */
  length: number;
  speakers: Speaker[];
  /** sorted by start */
  claims: Claim[];
  boilerplate: Boilerplate[];
  /** notes about the input, e.g. "2 invalid UTF-8 sequences replaced by U+FFFD" */
  warnings: string[];
}

export interface AnnotateOptions {
  /** refuse inputs longer than this many UTF-8 bytes with an Error; 0 = no limit.
   *  Default: the core's limit (256 MiB). */
  maxInputBytes?: number;
}

/** One article given to session(). */
export interface SessionArticleInput {
  /** shown as the article's "file" in the result; default "article N" */
  file?: string;
  text: string;
  /** the article's publication date, YYYY-MM-DD; resolves "yesterday", "on Friday" ... */
  date?: string | null;
}

/** A checkable fact (docs/session.md): offsets in UTF-16 units of its article's text. */
export interface Fact extends Span {
  kind: 'number' | 'percent' | 'amount' | 'count' | 'duration' | 'date' | 'weekday' | 'relative_date';
  /** normalised: "3", "USD 5000000", "PT1H", "2024-11-15", "--03-12", "Friday", "P-1D" */
  value: string;
  approx: boolean;
  /** ISO day, when the article's date resolves it */
  resolved?: string;
}

export interface DateEstimate {
  date: string | null;
  /** published: resolved from the publication date given; stated: a dateline */
  source: 'published' | 'stated' | 'estimated' | null;
  weekday: string | null;
  earliest: string | null;
  latest: string | null;
}

export interface SessionArticle {
  /** "a1", "a2", ... in input order */
  id: string;
  file: string;
  title: string;
  /** the publication date given with the article (ISO day), or null */
  published: string | null;
  /** the story's day: stated, resolved from the publication date, or pinned by the estimate */
  date: string | null;
  date_estimate: DateEstimate;
  event: string | null;
  /** UTF-16 units */
  length: number;
  facts: Fact[];
  warnings: string[];
}

export interface SessionSpeaker {
  /** "p1", "p2", ... */
  id: string;
  name: string;
  kind: 'person' | 'organization';
  title: string;
  aliases: string[];
  /** the article's own speaker ids, as annotate() gives them */
  members: { article: string; speaker: string }[];
  mentions: (Span & { article: string; speaker: string })[];
}

export interface SessionClaim extends Span {
  /** session-wide id */
  id: string;
  article: string;
  /** the claim's id inside its article (annotate()); null for a quoted fragment the session found */
  article_claim: string | null;
  /** "session" for such a fragment: a few quoted words no claim of annotate() covers */
  found_by?: 'session';
  speaker: string | null;
  speaker_name: string | null;
  kind: 'direct' | 'indirect' | 'mixed';
  /** the attribution's confidence, 0..1, as annotate() gives it for this claim */
  confidence: number;
  facts: Fact[];
}

export interface SessionLink {
  a: string;
  b: string;
  relation: 'same' | 'related' | 'conflict';
  /** 0..1 */
  score: number;
  shared: string[];
}

export interface Session {
  version: string;
  articles: SessionArticle[];
  events: { id: string; articles: string[]; date_estimate: DateEstimate }[];
  speakers: SessionSpeaker[];
  claims: SessionClaim[];
  links: SessionLink[];
}

export interface Whosaid {
  readonly version: string;
  /** bytes of WebAssembly memory the core holds now: it grows with the largest input and never shrinks */
  memoryBytes(): number;
  /** @throws TypeError if text is not a string; Error if the core refuses the input */
  annotate(text: string, options?: AnnotateOptions): Annotation;
  /** Several articles together: merged speakers, claims with facts, cross-article links.
   *  @throws TypeError if articles is not an array of {text} (holes included) or a file name or
   *  date holds a lone surrogate; Error for a bad date */
  session(articles: SessionArticleInput[]): Session;
}

export interface LoadOptions {
  /** where to fetch whosaid-core.wasm; default: next to whosaid.mjs. First call only. */
  wasmUrl?: string | URL;
  /** the core already compiled (e.g. by a page, handed to its worker): nothing is fetched. First call only. */
  module?: WebAssembly.Module;
}

/** Loads the WebAssembly core once; every call returns the same promise. */
export function loadWhosaid(options?: LoadOptions): Promise<Whosaid>;
