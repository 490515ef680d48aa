#!/usr/bin/env python3
"""Scores the CLI on the seed articles, tests/dev-gold, tests/dev-gold-2 and the 840 real PolNeAR articles, and
writes the tables into README.md between the <!-- scores --> and <!-- polnear --> markers. Run after `npm run build`: python3 scripts/score-table.py"""
import pathlib
import re
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parent.parent
shared = root.parent / "shared"
cli = root / "build" / "native" / "whosaid"
sets = [
    ("seed articles (5, ../shared)", shared / "gold" / "seeds", shared / "articles" / "seeds"),
    ("dev set 1 (12, tests/dev-gold)", root / "tests" / "dev-gold" / "gold", root / "tests" / "dev-gold" / "articles"),
    ("dev set 2 (10, tests/dev-gold-2)", root / "tests" / "dev-gold-2" / "gold", root / "tests" / "dev-gold-2" / "articles"),
]
FIGURES = [("claims", r"^claims\s+P (\S+)\s+R (\S+)\s+F1 (\S+)"), ("end-to-end", r"^end-to-end\s+P (\S+)\s+R (\S+)\s+F1 (\S+)"),
           ("speakers", r"^speakers\s+P (\S+)\s+R (\S+)\s+F1 (\S+)"), ("boilerplate", r"^boilerplate\s+P (\S+)\s+R (\S+)\s+F1 (\S+)")]

rows = []
for name, gold, articles in sets:
    if not gold.exists() or not articles.exists():
        continue
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--articles", str(articles),
                          "--cmd", f"{cli} annotate {{}}", "--quiet"], capture_output=True, text=True, check=True).stdout
    cells = []
    for _, pattern in FIGURES:
        m = re.search(pattern, out, re.M)
        cells.append(f"{m.group(3)} (P {m.group(1)}, R {m.group(2)})" if m else "n/a")
    attr = re.search(r"attribution accuracy on found claims (\S+)", out)
    rows.append(f"| {name} | " + " | ".join(cells) + f" | {attr.group(1) if attr else 'n/a'} |")

table = "\n".join([
    "| articles | claims F1 | end-to-end F1 | speakers F1 | boilerplate F1 | attribution on found claims |",
    "|---|---|---|---|---|---|", *rows])
readme = root / "README.md"
text = readme.read_text(encoding="utf-8")
block = f"<!-- scores -->\n{table}\n<!-- /scores -->"
if "<!-- scores -->" in text:
    text = re.sub(r"<!-- scores -->.*?<!-- /scores -->", lambda _: block, text, flags=re.S)
else:
    text += f"\n## What it finds, measured\n\nScored with `../shared/eval/score.py` (regenerate: `python3 scripts/score-table.py`):\n\n{block}\n"

# The 840 real articles of PolNeAR's train part (../shared/gold/polnear-train): the figures issue 11
# asks for, from ../shared/eval/score_polnear.py. Skipped when the data is not next to the project.
polnear = shared / "eval" / "score_polnear.py"
if polnear.exists() and (shared / "gold" / "polnear-train").exists():
    out = subprocess.run([sys.executable, str(polnear), "--cmd", f"{cli} annotate {{}}", "--quiet"],
                         capture_output=True, text=True, check=True, cwd=root).stdout
    claims = re.search(r"^claims\s+P (\S+)\s+R (\S+)\s+F1 (\S+)", out, re.M)
    nodrop = re.search(r"ignored: P (\S+)", out)
    indirect = re.search(r"indirect (\d+)/(\d+)", out)
    attr = re.search(r"resolved gold speaker (\S+)", out)
    e2e = re.search(r"^end-to-end\s+P (\S+)\s+R (\S+)\s+F1 (\S+)", out, re.M)
    ind = int(indirect.group(1)) / int(indirect.group(2))
    ptable = "\n".join([
        "| real news (840 PolNeAR train articles) | claims F1 | claim precision w/o dropped parts | indirect recall | attribution on resolved speakers | end-to-end F1 |",
        "|---|---|---|---|---|---|",
        f"| ../shared/gold/polnear-train | {claims.group(3)} (P {claims.group(1)}, R {claims.group(2)}) | {nodrop.group(1)} | "
        f"{ind:.3f} ({indirect.group(1)}/{indirect.group(2)}) | {attr.group(1)} | {e2e.group(3)} (P {e2e.group(1)}, R {e2e.group(2)}) |"])
    pblock = f"<!-- polnear -->\n{ptable}\n<!-- /polnear -->"
    if "<!-- polnear -->" in text:
        text = re.sub(r"<!-- polnear -->.*?<!-- /polnear -->", lambda _: pblock, text, flags=re.S)
    else:
        text = text.replace("<!-- /scores -->", "<!-- /scores -->\n\n" + pblock, 1)
    table += "\n\n" + ptable
readme.write_text(text, encoding="utf-8")
print(table)
