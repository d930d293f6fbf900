#!/usr/bin/env python3
"""Cut a large delimited export at record boundaries, fast, for the
distributed test (tests/distributed/): the header record and N chunks of
about equal size.

usage: cut_records.py FILE OUTDIR N
writes OUTDIR/header (the first record, BOM included) and OUTDIR/chunk.NNN

A newline ends a record only outside quotes (RFC 4180).  An escaped quote
is two quotes, so the parity of the quotes before a newline says whether
it is inside a field: counting them is done by bytes.count, in C, so a
file of a few hundred MB is cut in seconds (it is read whole: a test tool) (tests/integration/
split_records.py is the simple reference splitter for small files).
"""
import os
import sys


def next_boundary(data, pos, quotes_before):
    """The offset just after the first record-ending LF at or after pos;
    returns (offset, quotes before it).  quotes_before counts quotes in
    data[:pos]."""
    while True:
        lf = data.find(b"\n", pos)
        if lf == -1:
            return len(data), quotes_before + data.count(b'"', pos)
        quotes_before += data.count(b'"', pos, lf)
        pos = lf + 1
        if quotes_before % 2 == 0:
            return pos, quotes_before


def main():
    path, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    with open(path, "rb") as f:
        data = f.read()
        view = memoryview(data)
        size = len(data)
        end, quotes = next_boundary(data, 0, 0)
        with open(os.path.join(out, "header"), "wb") as h:
            h.write(view[:end])
        start = end
        for k in range(n):
            target = start + (size - start) // (n - k)
            if k == n - 1:
                stop = size
            elif target <= start:
                stop = start
            else:
                quotes += data.count(b'"', start, target)
                stop, quotes = next_boundary(data, target, quotes)
            with open(os.path.join(out, "chunk.%03d" % k), "wb") as c:
                c.write(view[start:stop])
            start = stop


main()
