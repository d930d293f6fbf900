#!/usr/bin/env python3
"""Checks run against a live pseudonymfs mount (see test_mount.sh).

  mount_checks.py erofs MNT              every write path fails with EROFS
  mount_checks.py sizes MNT              stat size == bytes read, every file
  mount_checks.py oracle MNT REF SEED N  N random preads equal REF's bytes
  mount_checks.py readers MNT REF K      K threads read every file at once
  mount_checks.py pinned MNT SRC NAME BIG  open handles never mix two versions
Prints 'N passed, N failed'; exit 1 on any failure."""
import errno, os, random, sys, threading
from checklib import check, finish

def files(root):
    for d, _, fs in os.walk(root):
        for f in fs:
            yield os.path.relpath(os.path.join(d, f), root)

def expect_erofs(what, fn):
    try:
        fn()
        check(False, "%s succeeded on a read-only view" % what)
    except OSError as e:
        check(e.errno == errno.EROFS, "%s: %s, expected EROFS" % (what, errno.errorcode.get(e.errno)))

def erofs(mnt):
    f = os.path.join(mnt, sorted(files(mnt))[0])
    d = os.path.dirname(f)
    expect_erofs("create", lambda: os.open(os.path.join(mnt, "new.csv"), os.O_CREAT | os.O_WRONLY, 0o644))
    expect_erofs("open for writing", lambda: os.open(f, os.O_WRONLY))
    expect_erofs("open read-write", lambda: os.open(f, os.O_RDWR))
    expect_erofs("open with O_TRUNC", lambda: os.open(f, os.O_RDONLY | os.O_TRUNC))
    expect_erofs("truncate", lambda: os.truncate(f, 0))
    expect_erofs("unlink", lambda: os.unlink(f))
    expect_erofs("rename", lambda: os.rename(f, f + ".x"))
    expect_erofs("mkdir", lambda: os.mkdir(os.path.join(mnt, "d")))
    expect_erofs("rmdir", lambda: os.rmdir(d if d != mnt else os.path.join(mnt, "labo")))
    expect_erofs("chmod", lambda: os.chmod(f, 0o600))
    expect_erofs("chown", lambda: os.chown(f, 1, 1))
    expect_erofs("utimens", lambda: os.utime(f, (0, 0)))
    expect_erofs("setxattr", lambda: os.setxattr(f, "user.x", b"1"))
    expect_erofs("removexattr", lambda: os.removexattr(f, "user.x"))
    expect_erofs("link", lambda: os.link(f, os.path.join(mnt, "hard")))
    expect_erofs("symlink", lambda: os.symlink("x", os.path.join(mnt, "sym")))
    expect_erofs("mknod", lambda: os.mknod(os.path.join(mnt, "fifo"), 0o600 | 0o010000))

def sizes(mnt):
    n = 0
    for rel in files(mnt):
        p = os.path.join(mnt, rel)
        size = os.stat(p).st_size
        with open(p, "rb") as fh:
            data = fh.read()
        check(size == len(data), "%s: stat says %d, read gave %d" % (rel, size, len(data)))
        n += 1
    check(n > 0, "the view has files")

def oracle(mnt, ref, seed, count):
    rng = random.Random(int(seed))
    rels = sorted(files(ref))
    bad = 0
    fds = {r: os.open(os.path.join(mnt, r), os.O_RDONLY) for r in rels}
    refs = {r: open(os.path.join(ref, r), "rb").read() for r in rels}
    for i in range(int(count)):
        r = rng.choice(rels)
        data = refs[r]
        off = rng.randrange(0, len(data) + 10)
        ln = rng.choice([1, 7, 4096, 65536, 131072, rng.randrange(1, 300000)])
        got = os.pread(fds[r], ln, off)
        if got != data[off:off + ln]:
            bad += 1
            if bad <= 3:
                print("mismatch: %s off=%d len=%d" % (r, off, ln))
    for fd in fds.values():
        os.close(fd)
    check(bad == 0, "%d of %d random reads differ from the export" % (bad, int(count)))

def readers(mnt, ref, k):
    rels = sorted(files(ref))
    errors = []
    def work(i):
        for r in rels[i % len(rels):] + rels[:i % len(rels)]:
            with open(os.path.join(mnt, r), "rb") as fh:
                chunks = []
                while True:
                    b = fh.read(4096 * (i + 1))
                    if not b:
                        break
                    chunks.append(b)
            if b"".join(chunks) != open(os.path.join(ref, r), "rb").read():
                errors.append((i, r))
    ts = [threading.Thread(target=work, args=(i,)) for i in range(int(k))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    check(not errors, "concurrent readers got different bytes: %s" % errors[:3])

def pinned(mnt, src_dir, name, big):
    """An open handle never mixes two versions of its source: a source
    replaced by rename keeps serving the old version to the open handle; a
    source changed in place fails the handle's reads with EIO (checked on a
    file larger than what the kernel reads ahead, so the read reaches the
    daemon)."""
    view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
    with open(view, "rb") as fh:
        old = fh.read()
    fd = os.open(view, os.O_RDONLY)
    head = os.pread(fd, 10, 0)
    tmp = src + ".tmp"
    with open(tmp, "wb") as out:
        out.write(open(src, "rb").read().replace(b"Alpha", b"Gamma") + b"1003;Delta\n")
    os.rename(tmp, src)
    rest = os.pread(fd, len(old), 10)
    check(head + rest == old, "a handle opened before a rename reads the old version")
    os.close(fd)

    view, src = os.path.join(mnt, big), os.path.join(src_dir, big)
    fd = os.open(view, os.O_RDONLY)
    size = os.fstat(fd).st_size
    # Earlier reads left the whole view in the page cache (kept across
    # opens of an unchanged source): drop it so the read reaches the daemon.
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.pread(fd, 10, 0)
    with open(src, "ab") as out:
        out.write(b"\r\n")
    try:
        os.pread(fd, 4096, size - 8192)
        check(False, "a source changed in place must fail the open handle's reads")
    except OSError as e:
        check(e.errno == errno.EIO, "in-place change gives EIO, got %s" % e)
    os.close(fd)

cmd = sys.argv[1]
{"erofs": erofs, "sizes": sizes, "oracle": oracle, "readers": readers,
 "pinned": pinned}[cmd](*sys.argv[2:])
finish(cmd)
