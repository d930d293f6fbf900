#!/usr/bin/env python3
"""A source appended to by a writer (records split across writes, a quoted
field cut at a write boundary, no final newline) while readers open, stat
and read it whole or at random offsets through the mount.  Every handle must
give, for the bytes it read, a view of one state of the source: whole
records of the final view up to its last newline, fstat size == bytes read
when whole, or EIO; never a raw name.  After the writer stops, a fresh open
reads the final view exactly.
usage: grow_checks.py MNT SRCFILE VIEWNAME FINAL_SRC FINAL_REF RAWNAMES SECONDS"""
import errno, os, random, sys, threading, time

mnt, srcf, name, final_src, final_ref, rawf, secs = sys.argv[1:8]
secs = float(secs)
final = open(final_src, 'rb').read()
ref = open(final_ref, 'rb').read()
raw = [w.encode() for w in open(rawf).read().split()]
path = os.path.join(mnt, name)
fails = []
stop = threading.Event()
stats = {'whole': 0, 'eio': 0, 'rand': 0}

def writer():
    rnd = random.Random(1)
    # the header and a few records first, then pieces of any length
    hdr_end = final.index(b'\n') + 1
    pos = hdr_end + 2000
    with open(srcf, 'wb') as f:
        f.write(final[:pos])
    t_end = time.time() + secs
    with open(srcf, 'ab') as f:
        while pos < len(final) and time.time() < t_end:
            n = rnd.randint(1, 700)
            f.write(final[pos:pos + n]); f.flush()
            pos += n
            time.sleep(0.002)
        f.write(final[pos:])
    stop.set()

def check_prefix(b, what):
    for w in raw:
        if w in b:
            fails.append('%s: raw name %r in the bytes read' % (what, w))
            return
    cut = b.rfind(b'\n') + 1
    if ref[:cut] != b[:cut]:
        fails.append('%s: %d bytes read are not whole records of the view' % (what, len(b)))

def whole_reader():
    while not stop.is_set() and not fails:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError as e:
            if e.errno in (errno.ENOENT, errno.EIO, errno.ESTALE):
                continue
            fails.append('open: %s' % e); return
        try:
            size = os.fstat(fd).st_size
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            parts = []
            while True:
                c = os.read(fd, 1 << 16)
                if not c:
                    break
                parts.append(c)
            b = b''.join(parts)
            if len(b) != size:
                fails.append('fstat size %d, %d bytes read' % (size, len(b)))
            check_prefix(b, 'whole read')
            stats['whole'] += 1
        except OSError as e:
            if e.errno != errno.EIO:
                fails.append('read: %s' % e)
            stats['eio'] += 1
        finally:
            os.close(fd)

def random_reader(seed):
    """One handle's version is what it reads whole; random preads of the
    same handle, its pages dropped before each, must give those bytes."""
    rnd = random.Random(seed)
    while not stop.is_set() and not fails:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue
        try:
            size = os.fstat(fd).st_size
            # a read that meets an error after some pages returns them
            # (a short count), the next one the error: read to the end
            parts, at = [], 0
            while True:
                c = os.pread(fd, 1 << 16, at)
                if not c:
                    break
                parts.append(c); at += len(c)
            whole = b''.join(parts)
            if len(whole) != size:
                fails.append('fstat size %d, %d bytes read' % (size, len(whole)))
            check_prefix(whole, 'random reader')
            for _ in range(20):
                if size == 0:
                    break
                off = rnd.randrange(0, size)
                n = rnd.randint(1, 9000)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                b = os.pread(fd, n, off)
                # a short count is allowed (the error comes next), other
                # bytes than the handle's version are not
                if not b or b != whole[off:off + len(b)]:
                    fails.append('pread(%d, %d): not the bytes of the '
                                 "handle's version" % (n, off))
                stats['rand'] += 1
        except OSError as e:
            if e.errno != errno.EIO:
                fails.append('pread: %s' % e)
            stats['eio'] += 1
        finally:
            os.close(fd)

ts = [threading.Thread(target=writer)] + \
     [threading.Thread(target=whole_reader) for _ in range(2)] + \
     [threading.Thread(target=random_reader, args=(s,)) for s in range(3)]
for t in ts: t.start()
for t in ts: t.join()
# after the writer: a fresh open reads the final view whole (the kernel may
# answer a lookup from its one-second entry cache: poll up to 5 s)
deadline = time.time() + 5
while True:
    with open(path, 'rb') as f:
        b = f.read(); size = os.fstat(f.fileno()).st_size
    if b == ref and size == len(ref):
        break
    if time.time() > deadline:
        fails.append('after the writer: %d bytes (size %d), want %d' % (len(b), size, len(ref)))
        break
    time.sleep(0.05)
print(stats)
for f in fails[:10]:
    print('FAIL:', f)
sys.exit(1 if fails else 0)
