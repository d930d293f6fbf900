#!/usr/bin/env python3
"""Listings and lookups at once on a live mount (issue 9, section 4).

  race_listing.py MNT REF SECONDS [LISTERS] [STATERS]

LISTERS threads (default 2) list MNT over and over; STATERS threads
(default 8) stat random names of REF (the exporter's output: the names the
view must show) in MNT.  Every listing must be exactly REF's names, every
stat must succeed.  Prints the counts; exit 1 on any failure."""
import os, random, sys, threading, time

mnt, ref, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
nlisters = int(sys.argv[4]) if len(sys.argv) > 4 else 2
nstaters = int(sys.argv[5]) if len(sys.argv) > 5 else 8
want = sorted(os.listdir(ref))
stop = time.monotonic() + seconds
lock = threading.Lock()
counts = {"listings": 0, "bad_listings": 0, "stats": 0, "bad_stats": 0}
examples = []

def note(kind, what):
    with lock:
        counts[kind] += 1
        if len(examples) < 5:
            examples.append(what)

def lister():
    n = 0
    while time.monotonic() < stop:
        got = sorted(os.listdir(mnt))
        n += 1
        if got != want:
            note("bad_listings", "a listing has %d entries, %d distinct, %d expected"
                 % (len(got), len(set(got)), len(want)))
    with lock:
        counts["listings"] += n

def stater(seed):
    rnd = random.Random(seed)
    n = 0
    while time.monotonic() < stop:
        name = rnd.choice(want)
        n += 1
        try:
            os.stat(os.path.join(mnt, name))
        except OSError as e:
            note("bad_stats", "stat %s: %s" % (name, e.strerror))
    with lock:
        counts["stats"] += n

threads = [threading.Thread(target=lister) for _ in range(nlisters)]
threads += [threading.Thread(target=stater, args=(i,)) for i in range(nstaters)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("%(listings)d listings (%(bad_listings)d wrong), %(stats)d stats "
      "(%(bad_stats)d failed)" % counts)
for e in examples:
    print("FAIL:", e)
ok = counts["bad_listings"] == 0 and counts["bad_stats"] == 0 and \
    counts["listings"] > 0 and counts["stats"] > 0
sys.exit(0 if ok else 1)
