"""Shared by the Python tests: the built package (build/native/python), the native CLI as the
reference, the fixtures, and an independent UTF-16 -> code point conversion of the CLI's JSON."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_PYTHON = ROOT / "build" / "native" / "python"
CLI = ROOT / "build" / "native" / "whosaid"
for path in (BUILD_PYTHON / "whosaid" / "__init__.py", CLI):
    if not path.exists():
        raise RuntimeError(f"build first (npm run build): missing {path}")

# The build tree's package, for this process and for processes it starts (Dask's workers).
sys.path.insert(0, str(BUILD_PYTHON))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BUILD_PYTHON), os.environ.get("PYTHONPATH")]))


def fixtures():
    """[(name, input bytes)] of tests/fixtures/<case>/input.txt, in name order."""
    base = ROOT / "tests" / "fixtures"
    return [(d.name, (d / "input.txt").read_bytes()) for d in sorted(base.iterdir()) if (d / "input.txt").exists()]


def cli_json(data: bytes) -> str:
    """The CLI's JSON line for `data` (UTF-16 offsets), without its newline."""
    return subprocess.run([str(CLI), "annotate", "-"], input=data, capture_output=True, check=True).stdout.decode().rstrip("\n")


def code_points_at(text):
    """cp[u] = code points of `text` before its UTF-16 unit u. Written apart from the core's
    TextOffsets on purpose: it is the tests' own reading of the two units."""
    cp = [0]
    for i, ch in enumerate(text, 1):
        cp.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    return cp


def _convert(value, cp):
    """A copy of a JSON value with every "start"/"end" mapped through cp."""
    if isinstance(value, list):
        return [_convert(v, cp) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: _convert(v, cp) for k, v in value.items()}
    for key in ("start", "end"):
        if isinstance(value.get(key), int):
            out[key] = cp[value[key]]
    return out


def to_code_points(annotation, text):
    """The CLI's annotation of `text`, its UTF-16 offsets turned into code points."""
    cp = code_points_at(text)
    converted = _convert(annotation, cp)
    converted["length"] = cp[annotation["length"]]
    return converted


def session_to_code_points(session, texts):
    """The CLI's session of `texts` (in article order), offsets turned into code points: each
    article's facts, and each claim and mention by the article it names."""
    cps = {a["id"]: code_points_at(t) for a, t in zip(session["articles"], texts)}
    out = dict(session)
    out["articles"] = [{**_convert(a, cps[a["id"]]), "length": cps[a["id"]][a["length"]]} for a in session["articles"]]
    out["claims"] = [_convert(c, cps[c["article"]]) for c in session["claims"]]
    out["speakers"] = [{**s, "mentions": [_convert(m, cps[m["article"]]) for m in s["mentions"]]} for s in session["speakers"]]
    return out


def spans(annotation):
    """(where, span) for every {start, end, text} of an annotation."""
    for s in annotation["speakers"]:
        for i, m in enumerate(s["mentions"]):
            yield f"speaker {s['id']} mention {i}", m
    for c in annotation["claims"]:
        yield f"claim {c['id']}", c
        for i, p in enumerate(c["parts"]):
            yield f"claim {c['id']} part {i}", p
        if c["cue"]:
            yield f"claim {c['id']} cue", c["cue"]
    for i, b in enumerate(annotation["boilerplate"]):
        yield f"boilerplate {i}", b


# Texts that stress offsets: astral characters (two UTF-16 units, one code point), combining
# marks, CRLF, curly quotes, line separators, NUL.
TRICKY = [
    "",
    "No quotes here.",
    "\u201cWe will not back down,\u201d Kremlin spokesman Dmitry Peskov said on Tuesday.\r\nPhoto: AP\r\n",
    '\U0001F600 Ms. Zo\u00eb \u00d1\u00fa\u00f1ez, \U0001F1FA\U0001F1E6 minister, said: "Talks \U0001F44D\U0001F3FD are possible." '
    'She added that they "may fail".',
    '"Caf\u00e9" \u2013 e\u0301 \u2013 \u00ab Nous verrons \u00bb, a dit le porte-parole.\n\nRead more: https://example.com\n',
    '\u2028"Line" separators\u2029 said Bob.\t\u0000 and NUL',
    '\U0001F4F0\U0001F4F0 "We have \U0001F9FE receipts," said the treasurer, Ann \U0001D49C. Lee.',
]
