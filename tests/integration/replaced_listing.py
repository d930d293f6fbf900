#!/usr/bin/env python3
"""Listings while sources are replaced by rename (as editors and export
tools write them) and unrelated files come and go: every listing of the
view holds every shown file, once; every open reads a whole version whose
fstat size is the bytes read (or EIO/ESTALE, never a short or mixed one).
One more file is renamed back and forth between two names: a listing may
hold it under either name, both or neither (as readdir of the source
itself: POSIX leaves an entry renamed during the listing open), and every
other file always.
usage: replaced_listing.py MNT SRC SECONDS"""
import os, sys, threading, time, random
mnt, src, secs = sys.argv[1], sys.argv[2], float(sys.argv[3])
names = sorted(n for n in os.listdir(src) if n.endswith('.csv'))
want = set(names)
moving = ('moving_a.csv', 'moving_b.csv')
open(os.path.join(src, moving[0]), 'w').write('IPP;Sexe\n1;M\n')
stop = threading.Event(); fails = []; cnt = [0, 0]
def writer():
    r = random.Random(2); i = 0
    while not stop.is_set():
        n = r.choice(names); tmp = os.path.join(src, '.tmp%d' % i)
        with open(tmp, 'w') as f: f.write('IPP;Sexe\n%d;M\n' % i)
        os.rename(tmp, os.path.join(src, n)); i += 1
        # an unrelated file appearing and going
        open(os.path.join(src, 'x%d.txt' % (i % 5)), 'w').close()
        os.unlink(os.path.join(src, 'x%d.txt' % (i % 5)))
        os.rename(os.path.join(src, moving[i % 2 == 0]),
                  os.path.join(src, moving[i % 2]))
        cnt[1] += 1
def lister():
    while not stop.is_set() and not fails:
        got = set(os.listdir(mnt)) - set(moving)
        if got != want:
            fails.append('listing: missing %d, extra %d' % (len(want - got), len(got - want)))
        cnt[0] += 1
def statter():
    r = random.Random(5)
    while not stop.is_set() and not fails:
        n = r.choice(names)
        try:
            with open(os.path.join(mnt, n), 'rb') as f:
                b = f.read(); s = os.fstat(f.fileno()).st_size
            if len(b) != s: fails.append('size %d read %d' % (s, len(b)))
        except OSError as e:
            if e.errno not in (5, 116): fails.append('open %s: %s' % (n, e))
ts = [threading.Thread(target=f) for f in (writer, lister, lister, statter, statter)]
for t in ts: t.start()
time.sleep(secs); stop.set()
for t in ts: t.join()
print('listings', cnt[0], 'replacements', cnt[1]); [print('FAIL', f) for f in fails[:5]]
sys.exit(1 if fails else 0)
