"""whosaid.annotate / annotate_json / session from Python, against the native CLI."""

import json
import subprocess
import sys
import threading
import unittest

import helpers  # puts build/native/python first on sys.path
from helpers import CLI, ROOT, TRICKY, cli_json, fixtures, session_to_code_points, spans, to_code_points

import whosaid


class SameAsCli(unittest.TestCase):
    def test_every_fixture_equals_the_cli_with_code_point_offsets(self):
        cases = fixtures()
        self.assertGreater(len(cases), 0)
        for name, data in cases:
            with self.subTest(name):
                # A str cannot hold invalid UTF-8: the caller's text is the bytes decoded with
                # U+FFFD, and the CLI is given that same text.
                text = data.decode("utf-8", "replace")
                expected = to_code_points(json.loads(cli_json(text.encode())), text)
                self.assertEqual(whosaid.annotate(text), expected)

    def test_annotate_json_of_the_bytes_is_the_cli_line_byte_for_byte(self):
        for name, data in fixtures():
            with self.subTest(name):
                self.assertEqual(whosaid.annotate_json(data, offsets="utf16"), cli_json(data))

    def test_texts_with_astral_characters_equal_the_cli(self):
        for text in TRICKY:
            with self.subTest(text=text):
                expected = to_code_points(json.loads(cli_json(text.encode())), text)
                self.assertEqual(whosaid.annotate(text), expected)

    def test_session_equals_the_cli(self):
        files = [ROOT / "tests/e2e/fixtures/session-coast-daily.txt", ROOT / "tests/e2e/fixtures/session-harbour-gazette.txt"]
        texts = [f.read_text() for f in files]
        self.assertTrue(any(ord(c) > 0xFFFF for t in texts for c in t), "the offsets differ only past U+FFFF")
        cli = json.loads(subprocess.run([str(CLI), "session", f"{files[0]}@2024-11-15", str(files[1])],
                                        capture_output=True, check=True).stdout)
        got = whosaid.session([{"file": str(files[0]), "text": texts[0], "date": "2024-11-15"},
                               {"file": str(files[1]), "text": texts[1]}])
        self.assertEqual(got, session_to_code_points(cli, texts))


class Offsets(unittest.TestCase):
    def test_every_span_gives_back_its_text_in_python(self):
        texts = TRICKY + [data.decode("utf-8", "replace") for _, data in fixtures()]
        for text in texts:
            a = whosaid.annotate(text)
            self.assertEqual(a["length"], len(text))
            for where, s in spans(a):
                self.assertEqual(text[s["start"]:s["end"]], s["text"], f"{where} of {text[:40]!r}")

    def test_an_emoji_is_one_code_point(self):
        text = 'Two \U0001F600\U0001F600 here. "Never," said Bob.'
        cue = whosaid.annotate(text)["claims"][0]["cue"]
        self.assertEqual(text[cue["start"]:cue["end"]], "said")
        # The CLI counts the two emoji as four UTF-16 units: two more than Python.
        self.assertEqual(json.loads(cli_json(text.encode()))["claims"][0]["cue"]["start"], cue["start"] + 2)

    def test_session_offsets_are_code_points(self):
        text = '\U0001F600 The mayor, Ines Varga, said: "We will open 3 schools."'
        s = whosaid.session([{"text": text}])
        self.assertEqual(s["articles"][0]["length"], len(text))
        for claim in s["claims"]:
            self.assertEqual(text[claim["start"]:claim["end"]], claim["text"])
            for fact in claim["facts"]:
                self.assertEqual(text[fact["start"]:fact["end"]], fact["text"])
        self.assertTrue(s["claims"] and s["claims"][0]["facts"])

    def test_a_lone_surrogate_becomes_one_replacement_character(self):
        text = 'a\ud800 "Hi," said Bob.'
        a = whosaid.annotate(text)
        self.assertEqual(a["length"], len(text))
        self.assertIn("1 lone surrogate replaced by U+FFFD", a["warnings"])
        for _, s in spans(a):
            self.assertEqual(text[s["start"]:s["end"]].replace("\ud800", "\ufffd"), s["text"])


class BadInput(unittest.TestCase):
    def test_wrong_types_raise_type_error(self):
        for value in (b"bytes", None, 3, ["text"]):
            with self.subTest(value=value), self.assertRaises(TypeError):
                whosaid.annotate(value)
        with self.assertRaises(TypeError):
            whosaid.annotate_json(None)
        for articles in ("text", {"text": "x"}, [{"file": "no text"}], [{"text": "x", "date": 20241115}]):
            with self.subTest(articles=articles), self.assertRaises(TypeError):
                whosaid.session(articles)

    def test_input_over_the_limit_raises_input_error(self):
        with self.assertRaises(whosaid.InputError) as caught:
            whosaid.annotate("x" * 100, max_input_bytes=10)
        self.assertIsInstance(caught.exception, ValueError)
        self.assertIn("limit", str(caught.exception))
        self.assertEqual(whosaid.annotate("x" * 100, max_input_bytes=0)["length"], 100)  # 0: no limit

    def test_bad_options_and_dates_raise_value_error(self):
        with self.assertRaises(ValueError):
            whosaid.annotate("x", max_input_bytes=-1)
        with self.assertRaises(ValueError):
            whosaid.annotate_json("x", offsets="bytes")
        with self.assertRaisesRegex(ValueError, "YYYY-MM-DD"):
            whosaid.session([{"text": "x", "date": "15 Nov 2024"}])

    def test_the_module_still_works_after_errors(self):
        with self.assertRaises(whosaid.InputError):
            whosaid.annotate("x" * 100, max_input_bytes=10)
        self.assertEqual(whosaid.annotate('"Yes," said Bob.')["claims"][0]["speaker_name"], "Bob")


class Threads(unittest.TestCase):
    def test_the_core_runs_without_the_gil(self):
        # With a switch interval of 100 s a thread that holds the GIL is never preempted, so the
        # main thread can count only while the annotating thread has let the GIL go.
        text = '"We will not back down," the mayor, Ines Varga, said on Tuesday. ' * 40000
        state = {"count": 0, "seen": None}
        entering = threading.Event()
        done = threading.Event()

        def annotate():
            entering.set()
            whosaid.annotate_json(text)
            state["seen"] = state["count"]  # read before this thread lets the GIL go again
            done.set()

        old = sys.getswitchinterval()
        sys.setswitchinterval(100)
        try:
            worker = threading.Thread(target=annotate)
            worker.start()
            entering.wait()
            while not done.wait(0.001):  # waiting lets the GIL go; counting needs it
                state["count"] += 1
            worker.join()
        finally:
            sys.setswitchinterval(old)
        self.assertGreater(state["seen"], 0, "the main thread never ran while the core annotated")


class Version(unittest.TestCase):
    def test_version_is_package_json(self):
        version = json.loads((ROOT / "package.json").read_text())["version"]
        self.assertEqual(whosaid.__version__, version)
        self.assertEqual(whosaid.annotate("")["version"], version)


if __name__ == "__main__":
    unittest.main()
