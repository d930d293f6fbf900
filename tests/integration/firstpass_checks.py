"""Reads of a fresh mount's view checked against the exporter's bytes
(test_firstpass.sh).

  firstpass_checks.py whole VIEW REF
      read VIEW to its end through one handle: the bytes are REF's, and
      fstat on that handle after the read gives their count.
  firstpass_checks.py concurrent VIEW REF N
      N threads open VIEW at once (its first open on a fresh mount) and
      read at different offsets (start, middle, last bytes, seeded random
      offsets and lengths, one reads it all sequentially): every byte is
      REF's.
"""
import os
import random
import sys
import threading


def read_all(fd):
    parts = []
    while True:
        b = os.read(fd, 1 << 17)
        if not b:
            return b"".join(parts)
        parts.append(b)


def whole(view, ref):
    with open(ref, "rb") as f:
        want = f.read()
    fd = os.open(view, os.O_RDONLY)
    try:
        got = read_all(fd)
        size = os.fstat(fd).st_size
    finally:
        os.close(fd)
    if got != want:
        sys.exit("whole: the bytes differ from the export (%d vs %d bytes)"
                 % (len(got), len(want)))
    if size != len(got):
        sys.exit("whole: fstat after the read says %d, %d bytes were read"
                 % (size, len(got)))


def concurrent(view, ref, n):
    with open(ref, "rb") as f:
        want = f.read()
    size = len(want)
    errors = []
    start = threading.Barrier(n)

    def reader(k):
        rng = random.Random(k)
        try:
            start.wait()
            fd = os.open(view, os.O_RDONLY)
            try:
                if k == 0:
                    got = read_all(fd)
                    if got != want:
                        errors.append("sequential reader: bytes differ")
                    return
                offs = [0, size // 2, max(0, size - 100), size - 1]
                offs += [rng.randrange(size) for _ in range(20)]
                rng.shuffle(offs)
                for off in offs:
                    ln = rng.choice([1, 100, 4096, 70000, 300000])
                    got = os.pread(fd, ln, off)
                    if got != want[off:off + ln]:
                        errors.append("reader %d: pread(%d, %d) differs"
                                      % (k, ln, off))
                        return
            finally:
                os.close(fd)
        except OSError as e:
            errors.append("reader %d: %s" % (k, e))

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        sys.exit("; ".join(errors[:5]))


def main():
    what = sys.argv[1]
    if what == "whole":
        whole(sys.argv[2], sys.argv[3])
    elif what == "concurrent":
        concurrent(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit("unknown check " + what)


main()
