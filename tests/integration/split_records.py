#!/usr/bin/env python3
"""Cut a delimited export at record boundaries (RFC 4180: a newline inside
quotes is not one) into its header and N chunks of records, as a
distributed engine would hand them to `pseudonymize export --header-...`.

usage: split_records.py FILE OUTDIR N
writes OUTDIR/header (the first record, BOM included) and OUTDIR/chunk.NNN
"""
import os
import sys


def records(data):
    start, quoted = 0, False
    for i, b in enumerate(data):
        if b == 0x22:
            quoted = not quoted
        elif b == 0x0A and not quoted:
            yield data[start:i + 1]
            start = i + 1
    if start < len(data):
        yield data[start:]


def main():
    path, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    recs = list(records(open(path, "rb").read()))
    os.makedirs(out, exist_ok=True)
    open(os.path.join(out, "header"), "wb").write(recs[0])
    body = recs[1:]
    per = max(1, -(-len(body) // n))
    for k in range(n):
        part = body[k * per:(k + 1) * per]
        open(os.path.join(out, "chunk.%03d" % k), "wb").write(b"".join(part))


main()
