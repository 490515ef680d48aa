#!/usr/bin/env python3
"""Annotates an archive on a Dask cluster: a folder of articles or JSON-lines files.

    python3 examples/dask_annotate.py ARTICLES_DIR OUT_DIR                 # a LocalCluster here
    python3 examples/dask_annotate.py archive.jsonl OUT_DIR --scheduler tcp://host:8786

Writes OUT_DIR/part-00000.jsonl, part-00001.jsonl, ... : one JSON line per article, the
partitions in input order, so `cat OUT_DIR/part-*.jsonl` is the whole archive in order.

- A folder: its files, recursively, in name order, each one article: every line is
  `whosaid annotate --jsonl DIR`'s, byte for byte ({"file": ..., the annotation}; a file that
  cannot be read gives {"error": ..., "file": ...}).
- JSON lines (*.jsonl, several files or a glob allowed): each line a record {"id": ...,
  "text": ..., any other field}; the answer is {"id": ..., the other fields except "text", the
  annotation}, as `whosaid annotate --jsonl -` writes; a bad record gives {"id": ..., "error":
  ...} and the rest go on; blank lines are skipped. The files are split in blocks that the
  workers read themselves.

Offsets are UTF-16 code units, as the CLI's (so archives made by the CLI, Spark's RDD.pipe and
this script are one format); --offsets codepoints gives Python's string indexes instead.
On a real cluster every worker needs the whosaid package (`pip install --no-build-isolation .`)
and must see the input and OUT_DIR at the same paths (a shared file system). The exit status is
1 when any article failed, after everything was written.
"""

import argparse
import json
import os
import sys

import dask.bag as db
from distributed import Client, LocalCluster, progress

import whosaid

# The annotation's own field names: a record field with one of these names would be ambiguous
# in the answer, so such a record is refused (as the CLI does).
RESERVED = frozenset(json.loads(whosaid.annotate_json("")).keys()) | {"error"}


def _dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def file_line(path, offsets):
    """The CLI's --jsonl line for one file, and whether it failed."""
    try:
        with open(path, "rb") as f:
            annotation = whosaid.annotate_json(f.read(), offsets=offsets)
    except (OSError, ValueError, MemoryError) as e:
        return _dumps({"error": str(e), "file": path}), True
    return '{"file":' + _dumps(path) + "," + annotation[1:], False


def record_line(line, offsets):
    """The answer to one JSON-lines record, and whether it failed."""
    record_id = None
    try:
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise ValueError(f"not a JSON record: {e}") from None
        if not isinstance(record, dict):
            raise ValueError('a record must be a JSON object {"id": ..., "text": ...}')
        record_id = record.get("id")
        text = record.pop("text", None)
        if not isinstance(text, str):
            raise ValueError('the record has no "text" string')
        clash = sorted(RESERVED & record.keys())
        if clash:
            raise ValueError(f'the field "{clash[0]}" is a name the output uses; rename it')
        annotation = whosaid.annotate_json(text, offsets=offsets)
    except (ValueError, MemoryError) as e:  # json.JSONDecodeError and whosaid.InputError are ValueErrors
        return _dumps({"id": record_id, "error": str(e)}), True
    fields = _dumps({"id": record_id, **record})
    try:
        fields.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate escaped in a field: keep it escaped
        fields = json.dumps({"id": record_id, **record}, separators=(",", ":"))
    return fields[:-1] + "," + annotation[1:], False


def article_files(folder):
    """Every file below folder, in name order (the CLI's order for a directory)."""
    found = []
    for root, _dirs, files in os.walk(folder):
        found.extend(os.path.join(root, name) for name in files if os.path.isfile(os.path.join(root, name)))
    return sorted(found)


def build_bag(source, offsets, partitions, blocksize):
    """(bag of (line, failed)) for a folder or for JSON-lines files."""
    if os.path.isdir(source):
        files = article_files(source)
        if not files:
            raise SystemExit(f"dask_annotate: no files in {source}")
        bag = db.from_sequence(files, npartitions=min(partitions, len(files)))
        return bag.map(file_line, offsets)
    lines = db.read_text(source, blocksize=blocksize, linedelimiter="\n")
    return lines.map(lambda l: l.rstrip("\r\n")).filter(lambda l: l.strip() != "").map(record_line, offsets)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="a folder of articles, or JSON-lines file(s) (a glob is allowed)")
    parser.add_argument("out", help="output folder for part-NNNNN.jsonl")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler (default: a LocalCluster here)")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument("--threads", type=int, default=1,
                        help="threads per LocalCluster worker (the core lets the GIL go, so threads scale; default 1)")
    parser.add_argument("--partitions", type=int, default=64, help="partitions of a folder's file list (default 64)")
    parser.add_argument("--blocksize", default="64MiB", help="JSON-lines block per partition (default 64MiB)")
    parser.add_argument("--offsets", choices=("utf16", "codepoints"), default="utf16")
    args = parser.parse_args(argv)

    cluster = None
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=args.threads, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        bag = build_bag(args.source, args.offsets, args.partitions, args.blocksize)
        os.makedirs(args.out, exist_ok=True)
        written = bag.map(lambda answer: answer[0]).to_textfiles(
            os.path.join(args.out, "part-*.jsonl"), name_function=lambda i: f"{i:05d}", last_endline=True, compute=False)
        failures = bag.filter(lambda answer: answer[1]).count()
        futures = client.compute([*written, failures])
        progress(futures)  # Dask's own text progress bar
        print(file=sys.stderr)
        failed = client.gather(futures)[-1]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    if failed:
        print(f"dask_annotate: {failed} article(s) failed; see the \"error\" lines in {args.out}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
