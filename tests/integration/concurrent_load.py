#!/usr/bin/env python3
"""Readers, listers and staters on a live mount while sources change
(hostile25): tests/integration/test_concurrency.sh, and under
ThreadSanitizer `make test-tsan-mount`.

  concurrent_load.py MNT SRC SECONDS REFDIR... -- NAME=V1,V2 ...

REFDIR: an export of SRC (the exporter's bytes) for each state the sources
are put in; a file of the view must be, whole, one REFDIR's copy of it.
NAME=V1,V2: a source file (relative to SRC) replaced by rename(2) over and
over with the bytes of V1 and V2 while the load runs; NAME=touch: a source
whose mtime is moved (a new version of the same bytes).

The load: readers open a view file and read it all by pread at shuffled
offsets (as several `dd skip=` would), sometimes dropping its pages in
between; `dd` processes read one slice; listers list each directory and stat
every entry (`ls -l`); staters stat random paths.  Checked: every handle
reads one version whole (invariant "one version per handle"), every
`dd` slice is a slice of one version, every listing has every name
(invariant "listings complete under any load"), no stat of a listed name
fails.  A handle may get EIO (its version cannot be read again), and an open or
stat ESTALE (its source changed twice between the lookup and the open: the
VFS retries once, docs/mount.md): counted, printed, not a failure; a mix
of versions is."""
import errno
import os
import random
import subprocess
import sys
import threading
import time

from checklib import check, finish

args = sys.argv[1:]
sep = args.index("--")
mnt, src, seconds = args[0], args[1], float(args[2])
refdirs, changes = args[3:sep], args[sep + 1:]


def tree(root):
    """{relative path: bytes} and {relative dir: sorted names}."""
    files, dirs = {}, {}
    for d, sub, names in os.walk(root):
        rel = os.path.relpath(d, root)
        rel = "" if rel == "." else rel
        dirs[rel] = sorted(sub + names)
        for n in names:
            with open(os.path.join(d, n), "rb") as f:
                files[os.path.join(rel, n)] = f.read()
    return files, dirs


refs = [tree(r) for r in refdirs]
want_dirs = refs[0][1]
for _, d in refs[1:]:
    if d != want_dirs:
        sys.exit("the reference exports do not list the same names")
versions = {}
for files, _ in refs:
    for name, data in files.items():
        versions.setdefault(name, [])
        if data not in versions[name]:
            versions[name].append(data)
names = sorted(versions)

# Seconds between two changes of a source, times PACE (environment, default
# 1; `make test-tsan-mount` slows the changes down: a sanitized daemon
# indexes at 0.5 MB/s, and a file changing faster than its index is built
# never opens).
pace = float(os.environ.get("PACE", "1"))
stop = time.monotonic() + seconds
lock = threading.Lock()
counts = {k: 0 for k in ("reads", "mixed", "eio", "dd", "dd_bad", "listings",
                         "bad_listings", "stats", "bad_stats", "replaced",
                         "estale", "xattrs")}
examples = []
eio_names = set()


def note(kind, what=None, n=1):
    with lock:
        counts[kind] += n
        if what is not None and len(examples) < 8:
            examples.append(what)


def one_of(data, name):
    return any(data == v for v in versions[name])


def reader(seed):
    rnd = random.Random(seed)
    while time.monotonic() < stop:
        name = rnd.choice(names)
        try:
            fd = os.open(os.path.join(mnt, name), os.O_RDONLY)
        except OSError as e:
            if e.errno == errno.ESTALE:
                note("estale")
            else:
                note("bad_stats", "open %s: %s" % (name, e))
            continue
        try:
            size = os.fstat(fd).st_size
            chunk = rnd.choice((4096, 65536, 1 << 17))
            offs = list(range(0, max(size, 1), chunk))
            rnd.shuffle(offs)
            parts = {}
            for i, off in enumerate(offs):
                if i == len(offs) // 2 and rnd.random() < 0.3:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                # A short read is no end: a read(2) through the page
                # cache returns the pages it got before one that failed
                # (a source touched in place: EIO from there on).
                got = b""
                while len(got) < chunk:
                    more = os.pread(fd, chunk - len(got), off + len(got))
                    if not more:
                        break
                    got += more
                parts[off] = got
            data = b"".join(parts[o] for o in sorted(parts))
            if os.pread(fd, 1, size) != b"":
                data += b"<past the size>"
            if one_of(data, name):
                note("reads")
            else:
                note("mixed", "a handle of %s read %d bytes (fstat %d) that "
                     "are no one version" % (name, len(data), size))
        except OSError as e:
            if e.errno != errno.EIO:
                note("mixed", "read %s: %s" % (name, e))
            else:
                note("eio")
                with lock:
                    eio_names.add(name)
        finally:
            os.close(fd)


def dd(seed):
    rnd = random.Random(seed)
    while time.monotonic() < stop:
        name = rnd.choice(names)
        longest = max(len(v) for v in versions[name])
        bs = 4096
        skip = rnd.randrange(0, max(longest // bs, 1))
        p = subprocess.run(["dd", "if=" + os.path.join(mnt, name), "bs=4096",
                            "skip=%d" % skip, "count=4", "iflag=fullblock",
                            "status=none"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        got = p.stdout
        ok = p.returncode == 0 and any(
            v[skip * bs:skip * bs + 4 * bs] == got for v in versions[name])
        if p.returncode != 0 and b"Input/output error" in p.stderr:
            note("eio")
        elif p.returncode != 0 and b"Stale file handle" in p.stderr:
            note("estale")
        elif ok:
            note("dd")
        else:
            note("dd_bad", "dd %s skip=%d: status %d, %d bytes that are a "
                 "slice of no version (%s)" % (name, skip, p.returncode,
                                               len(got), p.stderr[-120:]))


def lister():
    while time.monotonic() < stop:
        for d, want in want_dirs.items():
            try:
                got = sorted(os.listdir(os.path.join(mnt, d)))
            except OSError as e:
                note("bad_listings", "listing /%s: %s" % (d, e))
                continue
            if got != want:
                note("bad_listings", "listing /%s: %d names, %d expected, "
                     "missing %s" % (d, len(got), len(want),
                                     sorted(set(want) - set(got))[:3]))
            else:
                note("listings")
            for n in got:      # ls -l
                try:
                    os.lstat(os.path.join(mnt, d, n))
                    note("stats")
                except OSError as e:
                    note("bad_stats", "stat /%s: %s" % (os.path.join(d, n), e))


def stater(seed):
    rnd = random.Random(seed)
    while time.monotonic() < stop:
        name = rnd.choice(names)
        path = os.path.join(mnt, name)
        what = "stat"
        try:
            os.stat(path)
            note("stats")
            # The provenance attributes read the index cache too.
            what = "listxattr"
            for a in os.listxattr(path):
                what = "getxattr " + a
                os.getxattr(path, a)
            note("xattrs")
        except OSError as e:
            if e.errno == errno.ESTALE:
                note("estale")
            else:
                note("bad_stats", "%s %s: %s" % (what, name, e))


def changer(spec, seed):
    rnd = random.Random(seed)
    name, how = spec.split("=", 1)
    path = os.path.join(src, name)
    if how == "touch":
        while time.monotonic() < stop:
            os.utime(path, None)
            note("replaced")
            time.sleep(rnd.uniform(0.1, 0.3) * pace)
        return
    datas = [open(p, "rb").read() for p in how.split(",")]
    tmp = os.path.join(os.path.dirname(path), ".tmp-" + os.path.basename(path))
    i = 0
    while time.monotonic() < stop:
        i += 1
        with open(tmp, "wb") as f:
            f.write(datas[i % len(datas)])
        os.rename(tmp, path)
        note("replaced")
        time.sleep(rnd.uniform(0.1, 0.3) * pace)


threads = [threading.Thread(target=reader, args=(i,)) for i in range(4)]
threads += [threading.Thread(target=dd, args=(10 + i,)) for i in range(2)]
threads += [threading.Thread(target=lister) for _ in range(2)]
threads += [threading.Thread(target=stater, args=(20 + i,)) for i in range(2)]
threads += [threading.Thread(target=changer, args=(c, 30 + i))
            for i, c in enumerate(changes)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("load: " + ", ".join("%s %d" % kv for kv in sorted(counts.items())))
for e in examples:
    print("  " + e)
if eio_names:
    print("  handles that got EIO: " + ", ".join(sorted(eio_names)))
check(counts["reads"] > 0 and counts["listings"] > 0 and counts["dd"] > 0,
      "the load ran (reads, listings and dd slices)")
check(counts["replaced"] > 0, "sources were replaced while it ran")
check(counts["mixed"] == 0, "one version per handle: %d handles read a mix"
      % counts["mixed"])
check(counts["dd_bad"] == 0, "every dd slice is one version's: %d are not"
      % counts["dd_bad"])
check(counts["bad_listings"] == 0, "listings complete under load: %d were "
      "not" % counts["bad_listings"])
check(counts["bad_stats"] == 0, "every listed name stats and opens: %d did "
      "not" % counts["bad_stats"])
finish("load")
