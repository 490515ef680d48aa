# Builds the Python package with the project's own CMake build: the extension whosaid._core is
# the CMake target whosaid_python, compiled for the Python running pip (python/python.cmake).
# The version is package.json's, the one place it is written.
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent


class CMakeExtension(Extension):
    def __init__(self, name):
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        package_dir = Path(self.get_ext_fullpath(ext.name)).resolve().parent
        build_dir = Path(self.build_temp).resolve() / "cmake"
        configure = ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                     "-DBUILD_TESTING=OFF", "-DWHOSAID_PYTHON=ON", f"-DPython3_EXECUTABLE={sys.executable}",
                     f"-DWHOSAID_PYTHON_OUTPUT_DIR={package_dir}"]
        if shutil.which("ninja"):
            configure += ["-G", "Ninja"]
        subprocess.run(configure, check=True)
        subprocess.run(["cmake", "--build", str(build_dir), "--target", "whosaid_python",
                        "--parallel", str(os.cpu_count() or 1)], check=True)


os.makedirs(ROOT / "build" / "pip", exist_ok=True)
setup(
    version=json.loads((ROOT / "package.json").read_text())["version"],
    packages=["whosaid"],
    package_dir={"": "python"},
    ext_modules=[CMakeExtension("whosaid._core")],
    cmdclass={"build_ext": CMakeBuild},
    # Beside the other build trees (build/native, build/wasm), and kept: a second pip run
    # rebuilds only what changed.
    options={"build": {"build_base": "build/pip"}, "egg_info": {"egg_base": "build/pip"}},
    zip_safe=False,
)
