#!/usr/bin/env python3
"""Sources that change while mounted (issue 9, section 3), on a real mount:
tests/integration/test_versions.sh.  Each check prints what failed and the
script exits non-zero if any did.

versions_checks.py mix  MNT SRC NAME V1 V2 REF1 REF2
versions_checks.py grow MNT SRC NAME V2 REF2
versions_checks.py pin  MNT SRC NAME V2 REF1
versions_checks.py mmap MNT SRC NAME NEWBYTES OLDREF OUT
versions_checks.py race MNT SRC NAME V1 V2 REF1 REF2 SECONDS

NAME is a file in SRC (and in MNT); V1/V2 are source versions written over
it by rename(2); REF1/REF2 their exports (what the view must be).
"""
import errno
import mmap
import os
import sys
import threading
import time
from checklib import check, finish


def replace(src, data):
    """Write a new version next to the source and rename it over."""
    tmp = os.path.join(os.path.dirname(src), ".tmp-" + os.path.basename(src))
    with open(tmp, "wb") as f:
        f.write(data)
    os.rename(tmp, src)


def drop_cache(fd):
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def read_all(fd, start=0, chunk=1 << 17):
    out, off = [], start
    while True:
        b = os.pread(fd, chunk, off)
        if not b:
            return b"".join(out)
        out.append(b)
        off += len(b)


def mix(mnt, src_dir, name, v1, v2, ref1, ref2):
    """A handle opened on version 1 reads version 1 to its end, while a
    handle opened after the replacement reads version 2, whichever reads
    first and whether or not the pages are still cached."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    v1b, v2b = open(v1, "rb").read(), open(v2, "rb").read()
    r1, r2 = open(ref1, "rb").read(), open(ref2, "rb").read()
    for drop in (False, True):
        replace(src, v1b)
        time.sleep(0.05)
        with open(view, "rb") as f:      # version 1 known to the kernel
            f.read()
        a = os.open(view, os.O_RDONLY)
        head = os.pread(a, 65536, 0)
        replace(src, v2b)
        b = os.open(view, os.O_RDONLY)
        size_b = os.fstat(b).st_size
        whole_b = read_all(b)
        check(whole_b == r2, "drop=%s: a new open reads version 2" % drop)
        # Each version is an inode of its own (docs/mount.md): the new
        # handle's size is its version's, although the old one is open.
        check(size_b == len(r2), "drop=%s: its fstat size is its own "
              "version's (%d, want %d)" % (drop, size_b, len(r2)))
        check(os.fstat(a).st_size == len(r1), "drop=%s: the old handle's "
              "fstat size is still its version's (%d, want %d)"
              % (drop, os.fstat(a).st_size, len(r1)))
        if drop:
            drop_cache(a)
        try:
            rest = read_all(a, len(head))
            check(head + rest == r1, "drop=%s: the handle opened before the "
                  "replacement reads version 1 only (%d bytes, want %d)"
                  % (drop, len(head) + len(rest), len(r1)))
        except OSError as e:
            check(e.errno == errno.EIO, "drop=%s: an old handle fails with "
                  "EIO or reads version 1, got %s" % (drop, e))
        # The new handle still reads version 2, from wherever it reads.
        drop_cache(b)
        check(read_all(b) == r2, "drop=%s: the new handle still reads "
              "version 2 after the old one read" % drop)
        os.close(a)
        os.close(b)
        # Both closed: the next open is version 2, through the cache.
        with open(view, "rb") as f:
            check(f.read() == r2, "drop=%s: a later open reads version 2" % drop)


def grow(mnt, src_dir, name, v2, ref2):
    """A new open right after a replacement sees the new version whole, with
    its exact size, although the kernel cached the old one's attributes."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    r2 = open(ref2, "rb").read()
    os.stat(view)                       # the old size, cached for 1 s
    with open(view, "rb") as f:
        f.read(4096)
    replace(src, open(v2, "rb").read())
    fd = os.open(view, os.O_RDONLY)
    size = os.fstat(fd).st_size
    data = read_all(fd)
    check(size == len(r2), "fstat after open gives the new size (%d, want %d)"
          % (size, len(r2)))
    check(data == r2, "the new open reads the new version whole (%d bytes, "
          "want %d)" % (len(data), len(r2)))
    drop_cache(fd)
    check(read_all(fd) == r2, "and again from the source")
    os.close(fd)


def pin(mnt, src_dir, name, v2, ref1):
    """A source replaced by rename, or removed, keeps serving the version a
    handle opened, also for reads that go back to the source."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    r1 = open(ref1, "rb").read()
    for how in ("rename", "unlink"):
        fd = os.open(view, os.O_RDONLY)
        head = os.pread(fd, 10, 0)
        saved = open(src, "rb").read()
        if how == "rename":
            replace(src, open(v2, "rb").read())
        else:
            os.unlink(src)
        drop_cache(fd)
        try:
            rest = read_all(fd, 10)
            check(head + rest == r1, "%s: the open handle reads its version "
                  "whole (%d bytes, want %d)" % (how, 10 + len(rest), len(r1)))
        except OSError as e:
            check(False, "%s: the open handle fails: %s" % (how, e))
        check(os.fstat(fd).st_size == len(r1) or how == "rename",
              "%s: fstat on the handle keeps its size" % how)
        os.close(fd)
        replace(src, saved)


def checkpoints(view_path, step=65536):
    """The view offsets where the index puts checkpoints (src/index.c: the
    end of the header, then the end of the first record at least `step`
    bytes after the last checkpoint), from the view of the indexed bytes."""
    data = open(view_path, "rb").read()
    lines = data.split(b"\n")
    cps = [len(lines[0]) + 1]
    size = cps[0]
    for line in lines[1:-1]:
        size += len(line) + 1
        if size - cps[-1] >= step:
            cps.append(size)
    return cps


def mmap_shift(mnt, src_dir, name, newbytes, oldref, out):
    """A change through a shared mapping that keeps size, mtime and ctime:
    a read that restarts from a checkpoint must not restart inside a record
    (with ragged = pad that would put a raw NIR in a kept column): EIO, and
    the next open reads the new bytes as a whole."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    new = open(newbytes, "rb").read()
    fd = os.open(src, os.O_RDWR)
    size = os.fstat(fd).st_size
    check(size == len(new), "the new bytes have the source's size")
    m = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
    # Fault every page in writable now: later writes change no timestamp.
    for off in range(0, size, mmap.PAGESIZE):
        m[off] = m[off]
    time.sleep(0.05)
    before = os.fstat(fd)
    vfd = os.open(view, os.O_RDONLY)     # index built from the old bytes
    vsize = os.fstat(vfd).st_size
    head = os.pread(vfd, 4096, 0)
    m[:] = new
    after = os.fstat(fd)
    same = (before.st_size, before.st_mtime_ns, before.st_ctime_ns) == \
        (after.st_size, after.st_mtime_ns, after.st_ctime_ns)
    check(same, "the mapped write kept size, mtime and ctime (else this "
          "test does not test the case)")
    drop_cache(vfd)
    # Reads at the view offsets of checkpoints, from the last to the first
    # (each one restarts there), with O_DIRECT: through the page cache the
    # kernel would ask for whole pages, starting before the checkpoint.
    dfd = os.open(view, os.O_RDONLY | os.O_DIRECT)
    got, errs = [head], []
    for cp in reversed(checkpoints(oldref)[1:]):
        try:
            got.append(os.pread(dfd, 4096, cp))
        except OSError as e:
            errs.append(e.errno)
    os.close(dfd)
    with open(out, "wb") as f:
        f.write(b"\n".join(got))   # each read starts a line
    check(errs and all(e == errno.EIO for e in errs),
          "restarts inside a changed source fail with EIO (got %s, %d reads "
          "returned bytes)" % (errs[:3], len(got) - 1))
    os.close(vfd)
    m.close()
    os.close(fd)


def race(mnt, src_dir, name, v1, v2, ref1, ref2, seconds):
    """Rounds of: an old handle reads its version while the source is
    replaced, a new handle reads the new one in another thread, a third
    thread stats the path all along (its replies race with the reads'), then
    a fresh open after both are closed.  Every handle gets its own
    version's bytes whole, or EIO; the fresh open gets the current one."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    vb = [open(v1, "rb").read(), open(v2, "rb").read()]
    rb = [open(ref1, "rb").read(), open(ref2, "rb").read()]
    stop = []

    def statter():
        while not stop:
            try:
                os.stat(view)
            except OSError:
                pass
    t = threading.Thread(target=statter)
    t.start()
    rounds, end = 0, time.time() + float(seconds)
    while time.time() < end:
        rounds += 1
        old, new = rounds % 2, (rounds + 1) % 2
        replace(src, vb[old])
        time.sleep(0.02)
        a = os.open(view, os.O_RDONLY)
        head = os.pread(a, 65536, 0)
        replace(src, vb[new])
        b = os.open(view, os.O_RDONLY)
        if rounds % 3 == 0:
            drop_cache(a)
        got_b = {}
        tb = threading.Thread(target=lambda: got_b.update(v=read_all(b)))
        tb.start()
        try:
            got = head + read_all(a, len(head))
            check(got == rb[old], "round %d: the old handle read %d bytes "
                  "that are not its version (%d)" % (rounds, len(got),
                                                     len(rb[old])))
        except OSError as e:
            check(e.errno == errno.EIO, "round %d: old handle: %s" % (rounds, e))
        tb.join()
        check(got_b.get("v") == rb[new], "round %d: the new handle read "
              "%d bytes that are not its version (%d)"
              % (rounds, len(got_b.get("v", b"")), len(rb[new])))
        os.close(a)
        os.close(b)
        fd = os.open(view, os.O_RDONLY)
        size, data = os.fstat(fd).st_size, read_all(fd)
        os.close(fd)
        check(data == rb[new] and size == len(data), "round %d: a fresh open "
              "read %d bytes (fstat %d) that are not the current version (%d)"
              % (rounds, len(data), size, len(rb[new])))
    stop.append(1)
    t.join()
    print("race: %d rounds" % rounds)


cmd = sys.argv[1]
{"mix": mix, "grow": grow, "pin": pin, "mmap": mmap_shift,
 "race": race}[cmd](*sys.argv[2:])
finish(cmd)
