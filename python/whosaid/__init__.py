"""whosaid: who said what in a news article, from Python.

    import whosaid
    a = whosaid.annotate(text)
    for claim in a["claims"]:
        print(claim["speaker_name"], text[claim["start"]:claim["end"]])

annotate() gives the JSON of the command line (`whosaid annotate FILE`) as dicts and lists, with
one difference: every offset ("start", "end", "length") counts code points, Python's string
unit, so text[s["start"]:s["end"]] == s["text"] for every span (the CLI and JavaScript count
UTF-16 code units, which differ from code points for characters above U+FFFF, e.g. emoji).

The C++ core runs with the GIL released, so threads annotate in parallel. Errors are Python
exceptions: TypeError for a wrong type, InputError (a ValueError) for input over the size limit,
ValueError for a bad session date, MemoryError when memory runs out.
"""

import datetime
import json
import re

from . import _core
from ._core import InputError

__all__ = ["annotate", "annotate_json", "session", "InputError", "__version__"]
__version__ = _core.version

# A str may hold lone surrogates (e.g. from surrogateescape), which have no UTF-8 form. Each
# becomes U+FFFD, one code point for one, so offsets still index the caller's text (as
# whosaid.mjs does in JavaScript).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_lone_surrogates(text):
    """A copy of text with each lone surrogate replaced by U+FFFD, and how many were replaced."""
    return _LONE_SURROGATE.subn("\ufffd", text)


def _call(core, text, *args):
    """core(text, *args), or core on text with lone surrogates replaced: (JSON, replacements)."""
    try:
        return core(text, *args), 0
    except UnicodeEncodeError:
        text, replaced = _replace_lone_surrogates(text)
        return core(text, *args), replaced


def _max_bytes(max_input_bytes):
    if max_input_bytes is None:
        return -1  # the core's default
    if not isinstance(max_input_bytes, int) or isinstance(max_input_bytes, bool) or max_input_bytes < 0:
        raise ValueError("whosaid: max_input_bytes must be a non-negative int")
    return max_input_bytes


def annotate(text, *, max_input_bytes=None):
    """Annotates one article: {"speakers", "claims", "boilerplate", "length", "version", "warnings"}.

    Offsets are code points of `text`: text[s["start"]:s["end"]] == s["text"] for every span.
    max_input_bytes: refuse longer UTF-8 input with InputError (0 = no limit; default 256 MiB).
    """
    if not isinstance(text, str):
        raise TypeError(f"whosaid.annotate: expected str, got {type(text).__name__}"
                        + (" (decode bytes first, or use annotate_json)" if isinstance(text, (bytes, bytearray)) else ""))
    return json.loads(annotate_json(text, max_input_bytes=max_input_bytes))


def annotate_json(text, *, offsets="codepoints", max_input_bytes=None):
    """The annotation as one line of JSON text, without building dicts (for archives).

    text: a str, or bytes read from a file (invalid UTF-8 is replaced by U+FFFD and counted in
    "warnings", as the CLI does). offsets: "codepoints" (indexes of the str, or of the bytes
    decoded with errors="replace") or "utf16" (UTF-16 code units: then the line is byte for
    byte the one `whosaid annotate` prints).
    """
    if offsets not in ("codepoints", "utf16"):
        raise ValueError("whosaid.annotate_json: offsets must be 'codepoints' or 'utf16'")
    if not isinstance(text, (str, bytes)):
        raise TypeError(f"whosaid.annotate_json: expected str or bytes, got {type(text).__name__}")
    out, replaced = _call(_core.annotate_json, text, _max_bytes(max_input_bytes), offsets == "utf16")
    return _with_warning(out, f"{replaced} lone surrogate{'' if replaced == 1 else 's'} replaced by U+FFFD") if replaced else out


def _with_warning(annotation_json, message):
    """Adds a warning to the core's JSON text, whose last member is always "warnings": [...]."""
    if not annotation_json.endswith("]}"):
        raise AssertionError("whosaid: the core's JSON does not end with its warnings")
    separator = "" if annotation_json.endswith("[]}") else ","
    return f"{annotation_json[:-2]}{separator}{json.dumps(message, ensure_ascii=False)}]}}"


def session(articles):
    """Several articles read together (docs/session.md): merged speakers, claims with facts,
    links between claims of different articles.

    articles: an iterable of dicts {"text": str, "file": str (optional), "date": "YYYY-MM-DD" or
    a datetime.date (optional)}. Offsets are code points of each article's text.
    """
    if isinstance(articles, (str, bytes, dict)):
        raise TypeError("whosaid.session: expected a list of {'text', 'file'?, 'date'?} dicts")
    files, texts, dates = [], [], []
    for i, article in enumerate(articles, 1):
        if not isinstance(article, dict) or not isinstance(article.get("text"), str):
            raise TypeError(f"whosaid.session: article {i} is not a dict with a 'text' str")
        files.append(str(article.get("file", f"article {i}")))
        texts.append(article["text"])
        date = article.get("date")
        if isinstance(date, datetime.date):
            date = date.isoformat()[:10]
        if date is not None and not isinstance(date, str):
            raise TypeError(f"whosaid.session: article {i}: date must be 'YYYY-MM-DD', a datetime.date or None")
        dates.append(date)
    try:
        out = _core.session_json(files, texts, dates)
    except UnicodeEncodeError:
        out = _core.session_json(files, [_replace_lone_surrogates(t)[0] for t in texts], dates)
    return json.loads(out)
