#!/usr/bin/env python3
"""Compare a pseudonymize --provenance sidecar with a mount: what a
recipient does to check that a delivered export is what the mount shows.

    check_provenance.py SIDECAR EXPORT_DIR MOUNT_DIR

Every file of the sidecar must exist in EXPORT_DIR with the recorded size
and BLAKE2b-256, and in MOUNT_DIR with user.pseudonymfs.* attributes equal
to the recorded policy, key id, version, rule and source digest; every
view file of the mount must be in the sidecar.  Prints one line per
mismatch and exits 1 if there is any."""
import hashlib
import json
import os
import sys


def attr(path, name):
    return os.getxattr(path, "user.pseudonymfs." + name).decode()


def main():
    sidecar, export, mount = sys.argv[1:4]
    with open(sidecar, encoding="utf-8") as f:
        lines = [json.loads(line) for line in f]
    head, files = lines[0], lines[1:]
    bad = []
    if head.get("pseudonymfs_provenance") != 1:
        bad.append("not a provenance sidecar")
    seen = set()
    for rec in files:
        p = rec["path"]
        seen.add(p)
        data = open(os.path.join(export, p), "rb").read()
        if len(data) != rec["size"]:
            bad.append("%s: size %d, sidecar says %d" % (p, len(data), rec["size"]))
        if hashlib.blake2b(data, digest_size=32).hexdigest() != rec["blake2b_256"]:
            bad.append("%s: blake2b_256 differs from the sidecar" % p)
        m = os.path.join(mount, p)
        want = {"policy": head["policy"], "key_id": head["key_id"],
                "version": head["version"], "rule": rec["rule"],
                "source": rec["source"]}
        for k, v in want.items():
            got = attr(m, k)
            if got != v:
                bad.append("%s: user.pseudonymfs.%s is %r, sidecar %r" % (p, k, got, v))
        if open(m, "rb").read() != data:
            bad.append("%s: the mount's bytes differ from the export" % p)
    for d, _, names in os.walk(mount):
        for n in names:
            rel = os.path.relpath(os.path.join(d, n), mount)
            if rel not in seen:
                bad.append("%s: in the mount, not in the sidecar" % rel)
    for b in bad:
        print("MISMATCH: " + b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
