#!/usr/bin/env python3
"""A source changed twice within one open (hostile26), on a real mount:
tests/integration/test_versions_twice.sh.  The invariant (docs/mount.md,
"One version per handle"): a read returns bytes of the version its handle
opened, or fails with EIO; never a byte of the second or third version.
So each handle's bytes, read until the end or an EIO, must be a prefix of
its own version's export.  Each check prints what failed and the script
exits non-zero if any did.

twice_checks.py renames MNT SRC NAME V1 V2 V3 REF1 REF2 REF3
twice_checks.py linked  MNT SRC NAME V1 BACKUP REF1
twice_checks.py inplace MNT SRC NAME V1 REF1

NAME is a file in SRC (and in MNT); Vn are source versions, REFn their
exports; BACKUP a directory outside SRC for a second name of the source.
"""
import errno
import fcntl
import os
import sys
from checklib import check, finish


def replace(src, data):
    """Write a new version next to the source and rename it over."""
    tmp = os.path.join(os.path.dirname(src), ".tmp-" + os.path.basename(src))
    with open(tmp, "wb") as f:
        f.write(data)
    os.rename(tmp, src)


def drop_cache(fd):
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)


def set_direct(fd):
    """Reads of this handle go to the daemon, around the page cache."""
    fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) |
                os.O_DIRECT)


def read_to_end(fd, start, chunk):
    """The bytes from `start` to the end, chunk by chunk, and the errno
    that stopped it (0 at the end)."""
    out, off = [], start
    while True:
        try:
            b = os.pread(fd, chunk, off)
        except OSError as e:
            return b"".join(out), e.errno
        if not b:
            return b"".join(out), 0
        out.append(b)
        off += len(b)


def own_version(what, got, err, ref):
    """got (read until err) is its version's, whole or up to an EIO."""
    check(err in (0, errno.EIO), "%s: the read failed with %s, not EIO"
          % (what, errno.errorcode.get(err, err)))
    check(got == ref[:len(got)], "%s: %d bytes read that are not its "
          "version's (the first difference at byte %d)" % (what, len(got),
          next((i for i, (x, y) in enumerate(zip(got, ref)) if x != y),
               min(len(got), len(ref)))))
    check(err != 0 or len(got) == len(ref), "%s: %d bytes and no error, "
          "its version has %d" % (what, len(got), len(ref)))
    return err


def changed_copy(data, salt):
    """The same bytes but for the digits of one record in the file's
    middle (an IPP, a NIR, a birth date), changed one for one: the same
    size, and most likely no checkpoint's marked bytes (docs/mount.md: a
    change there is caught by the mark whatever the file's times say)."""
    a = data.index(b"\n", len(data) // 2) + 1
    b = data.index(b"\n", a)
    mid = bytes((0x30 + (c - 0x30 + salt) % 10) if 0x30 <= c <= 0x39 else c
                for c in data[a:b])
    return data[:a] + mid + data[b:]


def rewrite_in_place(path, data, keep_mtime_ns=None):
    """Write over the file's own bytes (no new inode); with keep_mtime_ns
    set its mtime back (as `rsync --inplace -t`, `cp -p` onto it, or
    `touch -r` do): only its ctime says it changed."""
    fd = os.open(path, os.O_WRONLY)
    os.pwrite(fd, data, 0)
    os.fsync(fd)
    os.close(fd)
    if keep_mtime_ns is not None:
        st = os.stat(path)
        os.utime(path, ns=(st.st_atime_ns, keep_mtime_ns))


def renames(mnt, src_dir, name, v1, v2, v3, ref1, ref2, ref3):
    """Handle A opens version 1, the source is replaced by version 2
    (rename), handle B opens it, the source is replaced again by version 3:
    A still reads version 1, B version 2, a new open version 3; from the
    page cache, from the daemon (pages dropped), with O_DIRECT."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    vb = [open(v, "rb").read() for v in (v1, v2, v3)]
    rb = [open(r, "rb").read() for r in (ref1, ref2, ref3)]
    for how in ("cached", "dropped", "direct"):
        replace(src, vb[0])
        a = os.open(view, os.O_RDONLY)
        head_a = os.pread(a, 65536, 0)
        replace(src, vb[1])
        b = os.open(view, os.O_RDONLY)
        head_b = os.pread(b, 65536, 0)
        replace(src, vb[2])
        c = os.open(view, os.O_RDONLY)
        got_c, err_c = read_to_end(c, 0, 1 << 17)
        check(err_c == 0 and got_c == rb[2], "%s: a new open after the "
              "second replacement reads version 3 whole (%d bytes, %s)"
              % (how, len(got_c), errno.errorcode.get(err_c, err_c)))
        os.close(c)
        for label, fd, head, ref in (("A (version 1)", a, head_a, rb[0]),
                                     ("B (version 2)", b, head_b, rb[1])):
            check(os.fstat(fd).st_size == len(ref), "%s, %s: fstat gives "
                  "its version's size" % (how, label))
            if how != "cached":
                drop_cache(fd)
            if how == "direct":
                set_direct(fd)
            rest, err = read_to_end(fd, len(head), 4096 if how == "direct"
                                    else 1 << 17)
            got = head + rest
            own_version("%s, %s" % (how, label), got, err, ref)
        os.close(a)
        os.close(b)


def linked(mnt, src_dir, name, v1, backup, ref1):
    """The source has a second name outside SRC (a backup's hard link).
    Handle A opens it; the source is replaced by rename (its link count
    goes down, its ctime moves), then its old bytes, still the backup's,
    are rewritten in place with their size and mtime kept: A reads its
    version (the first pass's kept bytes, docs/mount.md) or fails with EIO,
    never reads the rewritten bytes."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    v1b = open(v1, "rb").read()
    r1 = open(ref1, "rb").read()
    other = os.path.join(backup, name)
    for salt, how in ((3, "dropped"), (7, "direct")):
        replace(src, v1b)
        if os.path.exists(other):
            os.unlink(other)
        os.link(src, other)
        a = os.open(view, os.O_RDONLY)
        head = os.pread(a, 65536, 0)
        mtime = os.stat(src).st_mtime_ns
        replace(src, v1b)                # the second version: a new inode
        rewrite_in_place(other, changed_copy(v1b, salt), mtime)
        drop_cache(a)
        if how == "direct":
            set_direct(a)
        rest, err = read_to_end(a, len(head), 4096)
        own_version("%s: A after a rename and an in-place change of its "
                    "bytes through another name" % how, head + rest, err, r1)
        os.close(a)
        os.unlink(other)


def inplace(mnt, src_dir, name, v1, ref1):
    """Changed in place twice while open: a rewrite of the same size, then
    another with the first mtime set back.  The handle reads its version
    (kept bytes) or fails with EIO."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    v1b = open(v1, "rb").read()
    r1 = open(ref1, "rb").read()
    replace(src, v1b)
    a = os.open(view, os.O_RDONLY)
    head = os.pread(a, 65536, 0)
    mtime = os.stat(src).st_mtime_ns
    rewrite_in_place(src, changed_copy(v1b, 1))
    rewrite_in_place(src, changed_copy(v1b, 2), mtime)
    drop_cache(a)
    rest, err = read_to_end(a, len(head), 4096)
    own_version("in place twice", head + rest, err, r1)
    os.close(a)
    replace(src, v1b)


cmd = sys.argv[1]
{"renames": renames, "linked": linked, "inplace": inplace}[cmd](*sys.argv[2:])
finish(cmd)
