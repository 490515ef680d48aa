"""examples/dask_annotate.py on a two-worker LocalCluster: a folder of the fixtures gives the
CLI's `whosaid annotate --jsonl DIR` output byte for byte; a JSON-lines archive gives one answer
per record, in order, bad records as error lines, good ones as `whosaid annotate --jsonl -`."""

import json
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import helpers  # the build tree's whosaid, also for the workers (PYTHONPATH)
from helpers import CLI, ROOT, fixtures

import whosaid

EXAMPLE = ROOT / "examples" / "dask_annotate.py"


def run_example(source, out, *extra):
    """Runs the example as a user would; returns (exit status, stdout+stderr)."""
    done = subprocess.run([sys.executable, str(EXAMPLE), str(source), str(out), "--workers", "2", *extra],
                          capture_output=True, text=True, timeout=600)
    return done.returncode, done.stdout + done.stderr


def read_parts(out):
    parts = sorted(Path(out).glob("part-*.jsonl"))
    return parts, "".join(p.read_text(encoding="utf-8") for p in parts)


class DaskExample(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="whosaid-dask-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_a_folder_gives_the_cli_jsonl_byte_for_byte(self):
        folder = self.tmp / "articles"
        folder.mkdir()
        for name, data in fixtures():
            (folder / f"{name}.txt").write_bytes(data)
        expected = subprocess.run([str(CLI), "annotate", "--jsonl", str(folder)], capture_output=True, check=True).stdout
        status, log = run_example(folder, self.tmp / "out", "--partitions", "4")
        self.assertEqual(status, 0, log)
        parts, got = read_parts(self.tmp / "out")
        self.assertEqual(len(parts), 4)
        self.assertEqual(got.encode("utf-8"), expected)
        self.assertIn("100%", log, "Dask's progress bar")

    def test_a_jsonl_archive_answers_every_record_in_order(self):
        cases = fixtures()
        records = [json.dumps({"id": name, "text": data.decode("utf-8", "replace"), "outlet": "fixture"}) for name, data in cases]
        bad = ['{"id": "broken", "text": ', '{"id": "no-text"}', '{"id": "clash", "text": "x", "claims": []}', '[1, 2]']
        lines = records[:3] + bad + records[3:]
        archive = self.tmp / "archive.jsonl"
        archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
        status, log = run_example(archive, self.tmp / "out", "--blocksize", "4kB")
        self.assertEqual(status, 1, log)  # some records failed
        parts, got = read_parts(self.tmp / "out")
        self.assertGreater(len(parts), 1, "the archive was split into blocks")
        answers = [json.loads(line) for line in got.splitlines()]
        self.assertEqual(len(answers), len(lines))
        good = [a for a in answers if "error" not in a]
        errors = [a for a in answers if "error" in a]
        self.assertEqual([a["id"] for a in good], [name for name, _ in cases])
        self.assertEqual([a["id"] for a in errors], [None, "no-text", "clash", None])
        self.assertEqual([a["id"] for a in answers[3:7]], [None, "no-text", "clash", None], "errors stay in their place")
        for (name, data), answer in zip(cases, good):
            expected = json.loads(whosaid.annotate_json(data.decode("utf-8", "replace"), offsets="utf16"))
            self.assertEqual(answer, {"id": name, "outlet": "fixture", **expected}, name)
        # The good records' lines are the CLI filter's (`whosaid annotate --jsonl -`) byte for byte.
        cli = subprocess.run([str(CLI), "annotate", "--jsonl", "-"], input=archive.read_bytes(), capture_output=True).stdout
        def good_lines(text):
            return [line for line in text.splitlines() if "error" not in json.loads(line)]
        self.assertEqual(good_lines(got), good_lines(cli.decode("utf-8")))


if __name__ == "__main__":
    unittest.main()
