#!/usr/bin/env python3
"""Readers for tests/bench/load.sh: K threads read every file of a mounted
view for D seconds, mixing random preads and sequential reads, and compare
every byte with the exporter's output.

  load_readers.py MNT REF THREADS SECONDS SEED

Each round a thread opens one file (so each round is one audited open),
then either does 1-64 preads at random offsets and lengths, or reads it
sequentially from a random offset with a random chunk size.  In a third of
the rounds it first drops the file's pages (posix_fadvise DONTNEED), so the
reads reach the daemon instead of the kernel's page cache.  Prints one
line of figures; exit 1 on any error or difference."""
import mmap, os, random, sys, threading, time

mnt, ref, nthreads, seconds, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])

rels = sorted(os.path.relpath(os.path.join(d, f), ref)
              for d, _, fs in os.walk(ref) for f in fs)
refs = {}
for r in rels:
    with open(os.path.join(ref, r), "rb") as fh:
        refs[r] = mmap.mmap(fh.fileno(), 0, prot=mmap.PROT_READ) if os.fstat(fh.fileno()).st_size else b""

lock = threading.Lock()
totals = {"bytes": 0, "reads": 0, "opens": 0, "random_rounds": 0,
          "seq_rounds": 0, "dropped": 0, "errors": 0}
errors = []
deadline = time.monotonic() + seconds

def fail(what):
    with lock:
        totals["errors"] += 1
        if len(errors) < 10:
            errors.append(what)

def worker(i):
    rng = random.Random(seed * 1000 + i)
    mine = dict.fromkeys(totals, 0)
    while time.monotonic() < deadline:
        r = rng.choice(rels)
        data = refs[r]
        size = len(data)
        try:
            fd = os.open(os.path.join(mnt, r), os.O_RDONLY)
        except OSError as e:
            fail("open %s: %s" % (r, e))
            continue
        mine["opens"] += 1
        try:
            if os.fstat(fd).st_size != size:
                fail("%s: size %d, export has %d" % (r, os.fstat(fd).st_size, size))
            if rng.random() < 1 / 3:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                mine["dropped"] += 1
            if rng.random() < 0.5:
                mine["random_rounds"] += 1
                for _ in range(rng.randint(1, 64)):
                    off = rng.randrange(0, size + 100)
                    ln = rng.choice([1, 100, 4096, 65536, 131072, rng.randrange(1, 400000)])
                    got = os.pread(fd, ln, off)
                    mine["reads"] += 1
                    mine["bytes"] += len(got)
                    if got != data[off:off + ln]:
                        fail("%s: pread off=%d len=%d differs" % (r, off, ln))
            else:
                mine["seq_rounds"] += 1
                off = rng.choice([0, rng.randrange(0, size + 1)])
                chunk = rng.choice([4096, 65536, 131072, 1 << 20, rng.randrange(1, 300000)])
                os.lseek(fd, off, os.SEEK_SET)
                # Up to 16 MB per round, so a round stays short.
                end = min(size, off + (16 << 20))
                while off < end:
                    got = os.read(fd, chunk)
                    mine["reads"] += 1
                    if not got:
                        fail("%s: early end at %d of %d" % (r, off, size))
                        break
                    if got != data[off:off + len(got)]:
                        fail("%s: read at %d len %d differs" % (r, off, len(got)))
                    mine["bytes"] += len(got)
                    off += len(got)
        except OSError as e:
            fail("%s: %s" % (r, e))
        finally:
            os.close(fd)
    with lock:
        for k, v in mine.items():
            totals[k] += v

t0 = time.monotonic()
ts = [threading.Thread(target=worker, args=(i,)) for i in range(nthreads)]
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - t0
for e in errors:
    print("ERROR:", e)
print("threads=%d seconds=%.1f files=%d opens=%d reads=%d bytes=%d MB/s=%.1f reads/s=%.0f "
      "random_rounds=%d seq_rounds=%d dropped=%d errors=%d" % (
      nthreads, elapsed, len(rels), totals["opens"], totals["reads"], totals["bytes"],
      totals["bytes"] / 1e6 / elapsed, totals["reads"] / elapsed, totals["random_rounds"],
      totals["seq_rounds"], totals["dropped"], totals["errors"]))
sys.exit(1 if totals["errors"] or totals["reads"] == 0 else 0)
