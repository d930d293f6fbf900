#!/usr/bin/env python3
"""Pseudonymize the chunks of a file on a Dask cluster: one task per chunk,
each running the exporter's chunk mode (docs/scaling.md) on a worker.

usage: dask_export.py SCHEDULER_FILE PSEUDONYMIZE POLICY KEY AS HEADER_FROM
           CHUNK_DIR PART_DIR

Paths are on a filesystem every worker sees (here, one machine; on a
cluster, a shared mount).  Each task reads CHUNK_DIR/chunk.NNN, writes
PART_DIR/part.NNN and returns the worker that ran it, so the caller can
check that the work was spread.  Prints one line per chunk, then
`workers: N`; exits non-zero if a chunk failed.
"""
import os
import subprocess
import sys

from distributed import Client, get_worker


def export_chunk(exe, policy, key, as_path, header_from, chunk, part):
    """Runs on a worker: the exporter reads the chunk's records on stdin
    and writes their view, without a header, to the part file."""
    with open(chunk, "rb") as src, open(part + ".tmp", "wb") as dst:
        proc = subprocess.run([exe, "export", "-p", policy, "-k", key,
                               "--as", as_path, "--header-from", header_from,
                               "-", "-"], stdin=src, stdout=dst,
                              stderr=subprocess.PIPE, timeout=600)
    if proc.returncode != 0:
        # The exporter's messages name the view file and line, no value.
        return (get_worker().address, proc.returncode,
                proc.stderr.decode("utf-8", "replace")[-500:])
    os.rename(part + ".tmp", part)
    return (get_worker().address, 0, "")


def main():
    (sched, exe, policy, key, as_path, header_from, chunk_dir,
     part_dir) = sys.argv[1:9]
    chunks = sorted(c for c in os.listdir(chunk_dir) if c.startswith("chunk."))
    os.makedirs(part_dir, exist_ok=True)
    with Client(scheduler_file=sched, timeout=60) as client:
        futures = [client.submit(export_chunk, exe, policy, key, as_path,
                                 header_from, os.path.join(chunk_dir, c),
                                 os.path.join(part_dir,
                                              c.replace("chunk.", "part.")),
                                 key=c, pure=False)
                   for c in chunks]
        results = client.gather(futures)
    failed = 0
    for c, (worker, rc, err) in zip(chunks, results):
        print("%s: worker %s, exit %d%s" % (c, worker, rc,
                                            (": " + err.strip()) if rc else ""))
        failed += rc != 0
    print("workers: %d" % len({w for w, _, _ in results}))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
