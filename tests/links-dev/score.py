#!/usr/bin/env python3
"""Scores `whosaid session` on the hand-linked dev set of real coverage (tests/links-dev).

Usage (from the project root, after the build):
  python3 tests/links-dev/score.py [--cli build/native/whosaid] [--articles ../shared/articles/polnear-train]
                                   [--min-f1 0.80] [--verbose]

The gold here holds no article text: each side of a link is a file name and a [start, end) span
in code points of that file (the articles are publishers' texts, read from ../shared). The
matching is score_links.py's: a predicted "same" link matches a gold link when it joins the
same two articles and each side's claim text overlaps the gold span's text at word-overlap F1
>= 0.5. Gold links marked "ignore" (defensible either way) count neither for nor against.
A predicted link between articles of different events (events.json) is a cross-event link.
The last line is the headline figure; with --min-f1 it exits 1 below it or on any
cross-event link.
"""
import argparse
import json
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORD = re.compile(r"\w+", re.UNICODE)
MATCH_AT = 0.5


def words(text):
    return WORD.findall((text or "").lower())


def overlap_f1(a, b):
    if not a or not b:
        return 0.0
    counts = {}
    for w in a:
        counts[w] = counts.get(w, 0) + 1
    common = 0
    for w in b:
        if counts.get(w, 0) > 0:
            counts[w] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def load_gold(articles_dir):
    links = json.loads((HERE / "links.json").read_text(encoding="utf-8"))
    events = json.loads((HERE / "events.json").read_text(encoding="utf-8"))
    texts = {}
    for ev in events:
        for f in ev["articles"]:
            texts[f] = (articles_dir / f).read_text(encoding="utf-8")
    for link in links:
        for side in ("a", "b"):
            s = link[side]
            s["words"] = words(texts[s["article"]][s["start"]:s["end"]])
    event_of = {f: ev["event"] for ev in events for f in ev["articles"]}
    return links, event_of


def side_matches(claim, side):
    return claim["file"] == side["article"] and overlap_f1(side["words"], claim["words"]) >= MATCH_AT


def link_matches(a, b, g):
    return (side_matches(a, g["a"]) and side_matches(b, g["b"])) or (side_matches(a, g["b"]) and side_matches(b, g["a"]))


def score(session, links, event_of, verbose=False):
    files = {a["id"]: pathlib.Path(a.get("file", "")).name for a in session.get("articles", [])}
    claims = {c["id"]: {"file": files.get(c["article"], ""), "words": words(c.get("text", "")), "text": c.get("text", "")}
              for c in session.get("claims", [])}
    gold = [g for g in links if g["relation"] == "same"]
    ignored = [g for g in links if g["relation"] == "ignore"]
    pred = [l for l in session.get("links", []) if l.get("relation", "same") == "same"]
    matched, tp, cross, scored = set(), 0, 0, 0
    for link in pred:
        a, b = claims.get(link["a"]), claims.get(link["b"])
        if not a or not b:
            continue
        if event_of.get(a["file"]) != event_of.get(b["file"]):
            cross += 1
            if verbose:
                print(f"CROSS-EVENT {a['file']} | {b['file']}\n    {a['text'][:100]}\n    {b['text'][:100]}")
        hit = None
        for k, g in enumerate(gold):
            if link_matches(a, b, g):
                hit = k
                if k not in matched:
                    break
        if hit is None and any(link_matches(a, b, g) for g in ignored):
            continue  # defensible either way: not scored
        scored += 1
        if hit is not None:
            tp += 1
            matched.add(hit)
        elif verbose:
            print(f"FALSE {a['file'][:30]} | {b['file'][:30]}\n    {a['text'][:100]}\n    {b['text'][:100]}")
    if verbose:
        for k, g in enumerate(gold):
            if k not in matched:
                print(f"MISSED {g['statement']} {g['a']['article'][:30]} | {g['b']['article'][:30]}: {g['note']}")
    p = tp / scored if scored else 0.0
    r = len(matched) / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pred": scored, "gold": len(gold), "found": len(matched), "cross": cross, "p": p, "r": r, "f1": f}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=str(ROOT / "build" / "native" / "whosaid"))
    ap.add_argument("--articles", default=str(ROOT.parent / "shared" / "articles" / "polnear-train"))
    ap.add_argument("--min-f1", type=float)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    articles_dir = pathlib.Path(args.articles)
    links, event_of = load_gold(articles_dir)
    files = [str(articles_dir / f) for f in sorted(event_of)]
    proc = subprocess.run([args.cli, "session", *files], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        print(f"the command failed: exit {proc.returncode}: {proc.stderr.strip()[:300]}")
        return 1
    s = score(json.loads(proc.stdout), links, event_of, args.verbose)
    print(f"articles: {len(files)}; events: {len(set(event_of.values()))}")
    print(f"predicted same-statement links: {s['pred']}; gold: {s['gold']}; gold found: {s['found']}")
    print(f"links between articles about different events: {s['cross']}")
    print(f"links  P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")
    if args.min_f1 is not None and (s["f1"] < args.min_f1 or s["cross"]):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
