#!/usr/bin/env python3
"""Checks of the access log against a live pseudonymfs mount (test_audit.sh).

  check_audit.py opens LOG MNT POLICY KEYID   open every view file (one twice),
                                             then one record per open, with
                                             time, uid, pid, comm, view path,
                                             policy hash, key id, result=ok
  check_audit.py eio LOG MNT SRC NAME         an open that fails is recorded
                                             with its errno name
  check_audit.py noraw MANIFEST LOG...        no raw value of the manifest,
                                             and no source file name, in the logs
Prints 'N passed, N failed'; exit 1 on any failure."""
import errno, os, re, sys, time, unicodedata
from datetime import datetime, timezone
from checklib import check, finish

FIELDS = ["time", "seq", "event", "uid", "pid", "comm", "path", "policy",
          "key", "result", "prev"]

def records(log):
    out = []
    for line in open(log, encoding="ascii").read().split("\n")[:-1]:
        kv = [f.split("=", 1) for f in line.split(" ")]
        check([k for k, _ in kv] == FIELDS, "record has the fields in order: %s" % line[:60])
        out.append(dict(kv))
    return out

def unescape(s):
    """%XX escapes back to the bytes they stand for, read as UTF-8."""
    raw = re.sub(rb"%([0-9A-F]{2})", lambda m: bytes([int(m.group(1), 16)]),
                 s.encode("utf-8", "surrogateescape"))
    return raw.decode("utf-8", "replace")

def files(root):
    for d, _, fs in os.walk(root):
        for f in fs:
            yield "/" + os.path.relpath(os.path.join(d, f), root)

def opens(log, mnt, policy, keyid):
    before = len(records(log))
    rels = sorted(files(mnt))
    t0 = datetime.now(timezone.utc).replace(microsecond=0)
    for rel in rels + rels[:1]:
        with open(mnt + rel, "rb") as fh:
            fh.read(10)
    t1 = datetime.now(timezone.utc)
    comm = open("/proc/self/comm").read().strip()
    new = records(log)[before:]
    mine = [r for r in new if r["pid"] == str(os.getpid())]
    check(len(mine) == len(rels) + 1,
          "one record per open: %d opens, %d records" % (len(rels) + 1, len(mine)))
    check(sorted(unescape(r["path"]) for r in mine) == sorted(rels + rels[:1]),
          "the records name the view paths opened")
    for r in mine:
        t = datetime.strptime(r["time"], "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
        check(t0 <= t <= t1, "time %s within the opens" % r["time"])
        check(r["event"] == "open", "event=open")
        check(r["uid"] == str(os.getuid()), "uid is the reader's")
        check(r["comm"] == comm, "comm is the reader's (%s, got %s)" % (comm, r["comm"]))
        check(r["policy"] == policy, "policy hash")
        check(r["key"] == keyid, "key id")
        check(r["result"] == "ok", "result ok")
    seqs = [int(r["seq"]) for r in records(log)]
    check(seqs == list(range(seqs[0], seqs[0] + len(seqs))), "seq counts up by one")

def eio(log, mnt, src, name):
    """A file that becomes unparsable between lookup and open: the open
    reaches the daemon (the entry is cached for 1 s) and fails with EIO."""
    open(os.path.join(src, name), "w").write("IPP;Nom\n1001;Alpha\n")
    time.sleep(1.2)
    os.stat(os.path.join(mnt, name))
    open(os.path.join(src, name), "w").write('IPP;Nom\n1001;"BROKENVALUE\n')
    try:
        open(os.path.join(mnt, name), "rb").close()
        check(False, "the open of an unparsable file fails")
    except OSError as e:
        check(e.errno == errno.EIO, "the open fails with EIO, got %s" % e)
    mine = [r for r in records(log) if r["pid"] == str(os.getpid())]
    check(any(r["path"] == "/" + name and r["result"] == "EIO" for r in mine),
          "the failed open is recorded with result=EIO")

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()

def noraw(manifest, *logs):
    """The approach of check_view.py, on the logs: no raw name, NIR, phone,
    email, address or IPP in any written form, and no word of the
    patient-named source file."""
    import json
    man = json.load(open(manifest, encoding="utf-8"))
    text = "\n".join(open(l, encoding="utf-8", errors="replace").read() for l in logs)
    text = text + "\n" + unescape(text)
    hay = fold(text)
    word_set = set(re.split(r"[\W_]+", hay))
    digit_runs = set(re.findall(r"\d+", text))
    leaks = []
    def words(s):
        return [w for w in re.split(r"[\s,;'\"()/.-]+", fold(s)) if len(w) >= 4]
    for p in man["patients"]:
        for key in ("last_name", "first_name", "birth_name", "physician"):
            for w in words(p[key]):
                if w != "dr" and w in word_set:
                    leaks.append(key)
        nir = p["nir"]
        if nir[:13] in digit_runs or nir in digit_runs or fold(nir) in hay:
            leaks.append("nir")
        if p["phone"] and re.sub(r"\D", "", p["phone"])[-9:] in text:
            leaks.append("phone")
        for key in ("email", "address"):
            if p[key] and fold(p[key]) in hay:
                leaks.append(key)
        if p["ipp"] in digit_runs:
            leaks.append("ipp")
    stem = os.path.splitext(os.path.basename(man["single_export"]))[0]
    for part in stem.split("_")[1:]:
        if fold(part) in word_set:
            leaks.append("source file name")
    check(not leaks, "raw values in the logs: %s" % sorted(set(leaks)))
    check(len(man["patients"]) > 0, "the manifest has patients")

cmd = sys.argv[1]
{"opens": opens, "eio": eio, "noraw": noraw}[cmd](*sys.argv[2:])
finish(cmd)
