#!/usr/bin/env python3
"""Reads a file while its source changes under it (test_faults.sh).

  fault_read.py VIEWFILE SRCFILE REF ACTION [MARKER...]

Opens VIEWFILE, reads its first 64 KiB, then does ACTION to SRCFILE
(truncate, append, replace, delete), then reads the rest.  Passes if the
read either fails with EIO or returns exactly REF's bytes (the old
version); and in both cases no MARKER (a raw value) was read.  Exit 1 on
failure, with the reason on stdout."""
import errno, os, sys

view, src, ref, action = sys.argv[1:5]
markers = [m.encode() for m in sys.argv[5:]]
want = open(ref, "rb").read()
got = b""
outcome = "bytes"
fd = os.open(view, os.O_RDONLY)
try:
    got = os.read(fd, 65536)
    if action == "truncate":
        os.truncate(src, os.path.getsize(src) // 2)
    elif action == "append":
        with open(src, "ab") as f:
            f.write(b"99999;APPENDEDRAWVALUE;Zoe\n")
    elif action == "replace":
        tmp = src + ".new"
        with open(tmp, "wb") as f:
            f.write(b"IPP;Nom\n1;REPLACEDRAWVALUE\n")
        os.rename(tmp, src)
    elif action == "delete":
        os.unlink(src)
    while True:
        b = os.pread(fd, 1 << 20, len(got))
        if not b:
            break
        got += b
except OSError as e:
    if e.errno != errno.EIO:
        print("FAIL: %s: %s, expected EIO or the old bytes" % (action, e))
        sys.exit(1)
    outcome = "EIO"
finally:
    os.close(fd)
if outcome == "bytes" and got != want:
    print("FAIL: %s: %d bytes read, not the version opened (%d bytes)" % (action, len(got), len(want)))
    sys.exit(1)
if outcome == "EIO" and got != want[:len(got)]:
    print("FAIL: %s: bytes before the EIO are not the version opened" % action)
    sys.exit(1)
for m in markers + [b"APPENDEDRAWVALUE", b"REPLACEDRAWVALUE"]:
    if m in got:
        print("FAIL: %s: a raw value was read" % action)
        sys.exit(1)
print("%s: %s" % (action, outcome))
