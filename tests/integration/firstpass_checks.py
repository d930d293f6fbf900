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
  firstpass_checks.py during VIEW REF
      on a fresh mount, while the index pass runs: a handle reads the first
      bytes, then fstat, lseek(SEEK_END) and stat give the export's size
      (they wait for the pass: never a provisional size), a mapping of
      that handle gives REF's bytes, and the handle reads on to the end.
  firstpass_checks.py replaced VIEW SRC NEWSRC REF NEWREF
      a handle opened while the pass runs reads its first bytes, then SRC
      is replaced by NEWSRC (rename): the handle reads REF to its end (or
      fails with EIO), never NEWREF's bytes nor a mix; a new open reads
      NEWREF.
  firstpass_checks.py rewritten VIEW SRC NEWSRC REF
      the same, but NEWSRC's bytes are written over SRC in place: the
      handle's reads give a prefix of REF and then EIO, never a mix.
  firstpass_checks.py late_error VIEW PREFIX RAW
      a file with a malformed record late: the first bytes read (the pass
      still runs) are PREFIX's, reading on fails with EIO, every byte read
      is a prefix of PREFIX (the view of the records before the bad one)
      and RAW appears nowhere.
"""
import errno
import mmap
import os
import time
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


def read_until_error(fd):
    """The bytes read from fd to its end or to the first error, and the
    error's errno (0 at the end)."""
    parts = []
    while True:
        try:
            b = os.read(fd, 1 << 16)
        except OSError as e:
            return b"".join(parts), e.errno
        if not b:
            return b"".join(parts), 0
        parts.append(b)


def during(view, ref):
    with open(ref, "rb") as f:
        want = f.read()
    fd = os.open(view, os.O_RDONLY)
    try:
        first = os.read(fd, 300)
        if first != want[:300]:
            sys.exit("during: the first 300 bytes differ from the export")
        for what, size in (("fstat", os.fstat(fd).st_size),
                           ("lseek(SEEK_END)", os.lseek(fd, 0, os.SEEK_END)),
                           ("stat", os.stat(view).st_size)):
            if size != len(want):
                sys.exit("during: %s says %d, the export has %d bytes"
                         % (what, size, len(want)))
        with mmap.mmap(fd, 0, mmap.MAP_SHARED, mmap.PROT_READ) as m:
            if m[:] != want:
                sys.exit("during: the mapping differs from the export")
        os.lseek(fd, 300, os.SEEK_SET)
        rest = read_all(fd)
        if first + rest != want:
            sys.exit("during: the reads differ from the export")
    finally:
        os.close(fd)


def replace_by_rename(src, new):
    tmp = os.path.join(os.path.dirname(src), ".tmp-" + os.path.basename(src))
    with open(new, "rb") as f, open(tmp, "wb") as out:
        out.write(f.read())
    os.rename(tmp, src)


def replaced(view, src, newsrc, ref, newref):
    want = open(ref, "rb").read()
    new = open(newref, "rb").read()
    fd = os.open(view, os.O_RDONLY)
    try:
        first = os.read(fd, 300)
        replace_by_rename(src, newsrc)
        got, err = read_until_error(fd)
    finally:
        os.close(fd)
    got = first + got
    if err not in (0, errno.EIO):
        sys.exit("replaced: the old handle failed with %s" % os.strerror(err))
    if not want.startswith(got) or (err == 0 and got != want):
        sys.exit("replaced: the old handle read bytes that are not its "
                 "version's (%d bytes read)" % len(got))
    # The path now holds the new version (once the kernel's entry for it
    # times out, or at once: an open of the old inode gets ESTALE).
    time.sleep(1.2)
    with open(view, "rb") as f:
        if f.read() != new:
            sys.exit("replaced: a new open does not read the new version")


def rewritten(view, src, newsrc, ref):
    want = open(ref, "rb").read()
    fd = os.open(view, os.O_RDONLY)
    try:
        first = os.read(fd, 300)
        with open(newsrc, "rb") as f, open(src, "r+b") as out:
            out.write(f.read())
            out.truncate()
        got, err = read_until_error(fd)
    finally:
        os.close(fd)
    got = first + got
    if err != errno.EIO:
        sys.exit("rewritten: reading on after the rewrite gave %s, not EIO"
                 % (os.strerror(err) if err else "the end"))
    if not want.startswith(got):
        sys.exit("rewritten: the handle read bytes that are not its "
                 "version's (%d bytes read)" % len(got))


def late_error(view, prefix_ref, raw):
    prefix = open(prefix_ref, "rb").read()
    fd = os.open(view, os.O_RDONLY)
    try:
        first = os.read(fd, 300)
        if first != prefix[:300]:
            sys.exit("late_error: the first 300 bytes are not the view's")
        got, err = read_until_error(fd)
    finally:
        os.close(fd)
    got = first + got
    if err != errno.EIO:
        sys.exit("late_error: reading on gave %s, not EIO"
                 % (os.strerror(err) if err else "the end"))
    if not prefix.startswith(got):
        sys.exit("late_error: %d bytes read are not the view of the "
                 "records before the bad one" % len(got))
    if raw.encode() in got:
        sys.exit("late_error: a raw value was read")


def main():
    what = sys.argv[1]
    if what == "whole":
        whole(sys.argv[2], sys.argv[3])
    elif what == "concurrent":
        concurrent(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    elif what == "during":
        during(sys.argv[2], sys.argv[3])
    elif what == "replaced":
        replaced(*sys.argv[2:7])
    elif what == "rewritten":
        rewritten(*sys.argv[2:6])
    elif what == "late_error":
        late_error(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        sys.exit("unknown check " + what)


main()
