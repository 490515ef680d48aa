"""`pip install --no-build-isolation .` as the README gives it: into a venv that sees Debian's
packages (setuptools, wheel, pybind11), offline; the installed package, imported from outside
the repository, annotates exactly as the build tree's."""

import json
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

import helpers  # the build tree's whosaid, the reference here
from helpers import ROOT, TRICKY

import whosaid


class PipInstall(unittest.TestCase):
    def test_pip_install_in_a_venv_then_annotate(self):
        with tempfile.TemporaryDirectory() as tmp:
            venv = Path(tmp) / "venv"
            subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
            python = venv / "bin" / "python"
            subprocess.run([str(python), "-m", "pip", "install", "--no-build-isolation", "--no-deps", "--no-index",
                            "--quiet", str(ROOT)], check=True, cwd=tmp)
            # Outside the repository, with no PYTHONPATH: only the installed package can answer.
            script = ("import json, sys, whosaid; texts = json.load(sys.stdin); "
                      "print(json.dumps({'file': whosaid.__file__, 'results': [whosaid.annotate(t) for t in texts]}))")
            env = {"PATH": "/usr/bin:/bin", "HOME": tmp}
            out = json.loads(subprocess.run([str(python), "-c", script], input=json.dumps(TRICKY), env=env, cwd=tmp,
                                            capture_output=True, text=True, check=True).stdout)
            self.assertTrue(out["file"].startswith(str(venv)), out["file"])
            self.assertEqual(out["results"], [whosaid.annotate(t) for t in TRICKY])


if __name__ == "__main__":
    unittest.main()
