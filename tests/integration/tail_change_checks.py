#!/usr/bin/env python3
"""A source whose bytes change after its last checkpoint without a new
size, mtime or ctime (a writer through a shared mapping; a rewrite within
one timestamp tick on a kernel or filesystem with coarse times), so that
its view grows by a byte: a read that reaches the end of the view must
fail with EIO, never give the new version's bytes cut at the old size (a
last record without its end); the next open reads the new view whole.
usage: tail_change_checks.py MNT SRCDIR NAME NEWBYTES NEWREF"""
import errno, mmap, os, sys, time

mnt, src_dir, name, newbytes, newref = sys.argv[1:6]
view, src = os.path.join(mnt, name), os.path.join(src_dir, name)
new, ref = open(newbytes, 'rb').read(), open(newref, 'rb').read()
fails = []

fd = os.open(src, os.O_RDWR)
size = os.fstat(fd).st_size
if size != len(new):
    sys.exit('the new bytes must have the source size')
m = mmap.mmap(fd, size, mmap.MAP_SHARED, mmap.PROT_READ | mmap.PROT_WRITE)
# Fault every page in writable now: later writes change no timestamp.
for off in range(0, size, mmap.PAGESIZE):
    m[off] = m[off]
before = os.fstat(fd)
vfd = os.open(view, os.O_RDONLY)         # the index, of the old bytes
vsize = os.fstat(vfd).st_size
m[:] = new
after = os.fstat(fd)
if (before.st_size, before.st_mtime_ns, before.st_ctime_ns) != \
        (after.st_size, after.st_mtime_ns, after.st_ctime_ns):
    sys.exit('the mapped write changed a time: this does not test the case')
os.posix_fadvise(vfd, 0, 0, os.POSIX_FADV_DONTNEED)
parts = []
try:
    while True:
        c = os.read(vfd, 1 << 16)
        if not c:
            break
        parts.append(c)
    fails.append('the old handle read %d bytes (size %d, last record %s) '
                 'instead of EIO' % (sum(map(len, parts)), vsize,
                 'cut' if not b''.join(parts).endswith(b'\n') else 'whole'))
except OSError as e:
    if e.errno != errno.EIO:
        fails.append('the old handle: %s, not EIO' % e)
os.close(vfd)
# The next open builds the index again: the new view, whole.
deadline = time.time() + 5
while True:
    try:
        with open(view, 'rb') as f:
            b = f.read()
            s = os.fstat(f.fileno()).st_size
        if b == ref and s == len(ref):
            break
        why = '%d bytes, size %d, want %d' % (len(b), s, len(ref))
    except OSError as e:
        why = str(e)
    if time.time() > deadline:
        fails.append('a new open: ' + why)
        break
    time.sleep(0.05)
m.close()
os.close(fd)
for f in fails:
    print('FAIL:', f)
sys.exit(1 if fails else 0)
