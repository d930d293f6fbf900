#!/usr/bin/env python3
"""The inode table over the memory budget, on a real mount (hostile26):
tests/integration/test_inode_budget.sh.

inode_budget_checks.py fill MNT BIG AUDIT OUT

BIG is a view file; the mount's root holds directories (each leading to a
shown file) named by tokens.  Handles of BIG opened with O_DIRECT, each
read once, hold a read buffer each (256 KiB charged to -o memory): opened
until an open or a read is refused for the budget.  What is left is filled by the
inode table itself: the root's directories are stat'ed (each a lookup,
an inode the kernel holds, its path charged), three handles closed
first, until lookups are refused with ENOMEM.  Checked: lookups are
refused with ENOMEM, each refused name has an audit record (event=lookup,
result=ENOMEM, its view path), the names the kernel already holds still
stat, every one of them, after the kernel's entry timeout (1 s: each stat
is then a lookup again, of a node the daemon holds, while the budget is
full: ops35), a name not held is still refused with ENOMEM, and once the
handles are closed (their buffers given back) the refused names are
found.  OUT gets the refused names' count."""
import errno
import os
import sys
import time
from checklib import check, finish


def audit_refusals(audit):
    paths = []
    for line in open(audit, encoding="utf-8", errors="replace"):
        f = dict(kv.split("=", 1) for kv in line.split() if "=" in kv)
        if f.get("event") == "lookup" and f.get("result") == "ENOMEM":
            paths.append(f.get("path"))
    return paths


def fill(mnt, big, audit, out):
    view = os.path.join(mnt, big)
    handles = []
    read_refused = False
    while len(handles) < 400:
        try:
            fd = os.open(view, os.O_RDONLY | os.O_DIRECT)
            handles.append(fd)
            os.pread(fd, 4096, 0)
        except OSError as e:
            check(e.errno == errno.ENOMEM, "an open or a read over the "
                  "budget fails with ENOMEM, got %s" % e)
            read_refused = True
            break
    check(read_refused, "%d handles read without filling -o memory"
          % len(handles))
    # Three buffers given back: the rest is for the inode table to fill
    # by itself (768 KiB, some 2,400 names).
    for fd in handles[-3:]:
        os.close(fd)
    del handles[-3:]
    names = sorted(n for n in os.listdir(mnt) if n.startswith("dir-"))
    held, refused = [], []
    for n in names:
        try:
            os.stat(os.path.join(mnt, n))
            held.append(n)
        except OSError as e:
            check(e.errno == errno.ENOMEM, "%s: stat failed with %s, not "
                  "ENOMEM" % (n, errno.errorcode.get(e.errno, e.errno)))
            refused.append(n)
    # What the kernel holds keeps working, whatever the budget.  Past the
    # entry timeout (1 s, src/fs.c) the kernel looks every held name up
    # again: each is a lookup of a node the daemon holds, which the budget
    # must not refuse (only a new node may be).  Before ops35 the lookup
    # failed ENOMEM while the budget was full (the directory's listing, to
    # know it leads to a shown file, was refused memory), and a stat of a
    # name the kernel knew failed under load (CI 676f77f1's ASan half,
    # where the fill outlasts the timeout).
    time.sleep(1.5)
    lost = []
    for n in held:
        try:
            os.stat(os.path.join(mnt, n))
        except OSError as e:
            lost.append((n, errno.errorcode.get(e.errno, e.errno)))
    check(not lost, "%d of %d names the kernel holds fail once looked up "
          "again over the budget (%s...)" % (len(lost), len(held), lost[:2]))
    # ... and a name not held is still refused, with ENOMEM.
    still = []
    for n in refused[:20]:
        try:
            os.stat(os.path.join(mnt, n))
            still.append("found")
        except OSError as e:
            still.append(errno.errorcode.get(e.errno, e.errno))
    check(refused and all(x == "ENOMEM" for x in still), "names not held, "
          "looked up again over the budget: %s, not ENOMEM" % still[:3])
    print("inode budget: %d handles, %d names held, %d refused"
          % (len(handles), len(held), len(refused)))
    check(len(refused) > 0, "no lookup was refused (%d names held)"
          % len(held))
    check(len(held) > 1000, "the inode table took only %d names before "
          "refusing" % len(held))
    # Every refused lookup is in the audit file, by its view path.
    recorded = audit_refusals(audit)
    missing = [n for n in refused if "/" + n not in recorded]
    check(not missing, "%d refused lookups have no audit record (%s...)"
          % (len(missing), missing[:2]))
    check(len(recorded) >= len(refused), "%d audit records for %d refused "
          "lookups" % (len(recorded), len(refused)))
    for fd in handles:
        os.close(fd)
    found = 0
    for n in refused[:50]:
        try:
            os.stat(os.path.join(mnt, n))
            found += 1
        except OSError:
            pass
    check(found == min(50, len(refused)), "once the handles are closed, "
          "%d of %d refused names are found" % (found, min(50, len(refused))))
    with open(out, "w") as f:
        f.write("%d\n" % len(refused))


cmd = sys.argv[1]
{"fill": fill}[cmd](*sys.argv[2:])
finish(cmd)
