#!/usr/bin/env python3
"""Scores the CLI on the seed articles and on tests/dev-gold, and writes the table into README.md
between the <!-- scores --> markers. Run after `npm run build`: python3 scripts/score-table.py"""
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
readme.write_text(text, encoding="utf-8")
print(table)
