#!/usr/bin/env bash
# Makes a machine able to build and test whosaid, installing only what is missing, so a
# second run costs a few stat() calls. Debian packages via apt (sudo when not root);
# npm packages via `npm ci` when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
# need <debian package> <probe>...: the package is missing unless one probe exists
# (an absolute path, or a command on PATH).
need() {
  local pkg=$1 probe
  shift
  for probe in "$@"; do
    if [[ $probe == /* ]]; then [[ -e $probe ]] && return 0
    else command -v "$probe" >/dev/null 2>&1 && return 0
    fi
  done
  missing+=("$pkg")
}
need emscripten emcmake
need nlohmann-json3-dev /usr/include/nlohmann/json.hpp
need catch2 /usr/include/catch2/catch.hpp
need cmake cmake
need ninja-build ninja
need g++ g++
need chromium /usr/bin/chromium
need python3 python3
# GitHub's own Markdown renderer: the session report is checked to autolink nothing (tests/e2e/session-schema)
need cmark-gfm cmark-gfm
# clang and its runtime libraries: the ASan+UBSan test build and the libFuzzer target (build/asan)
need clang clang++
need libclang-rt-14-dev /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a
# the Python module (python/, built by CMake with pybind11 for /usr/bin/python3) and its tests:
# the Dask example on a LocalCluster, and a pip install of the package into a venv
need python3-dev /usr/include/python3*/Python.h
need python3-pybind11 /usr/lib/cmake/pybind11/pybind11Config.cmake
need python3-dask /usr/lib/python3/dist-packages/dask/bag/__init__.py
need python3-distributed /usr/lib/python3/dist-packages/distributed/__init__.py
need python3-pip /usr/lib/python3/dist-packages/pip/__init__.py
need python3-setuptools /usr/lib/python3/dist-packages/setuptools/__init__.py
need python3-wheel /usr/lib/python3/dist-packages/wheel/__init__.py
need python3-venv /usr/lib/python3*/ensurepip/__init__.py

if ((${#missing[@]})); then
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  echo "setup: installing ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# npm ci leaves node_modules/.package-lock.json behind; a newer lock file means stale.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
