#!/usr/bin/env python3
"""The leak property: no raw value of gen_leak.py's manifest anywhere.

  check_leaks.py MANIFEST VIEWDIR [LOG...]

Looks in every file's bytes (decoded as UTF-8, else Windows-1252, accents
and case folded), every file and directory name, and each LOG (stderr, the
daemon's log).  Text values are searched as substrings; numbers against the
digit groups of each output cell (equal), and, 8 digits or more, as
substrings of any digit run.  Prints what leaked (file and kind, not the value) and exits
1 on any leak."""
import json, os, re, sys, unicodedata

man_path, view = sys.argv[1:3]
logs = sys.argv[3:]
man = json.load(open(man_path, encoding="utf-8"))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold()


def decode(b):
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("cp1252", errors="replace")


texts, numbers = set(), set()
for f in man["files"].values():
    texts.update(fold(t) for t in f["text"])
    numbers.update(f["numbers"])
long_numbers = [n for n in numbers if len(n) >= 8]

haystacks = []   # (where, text)
for root, dirs, files in os.walk(view):
    for name in dirs + files:
        haystacks.append(("name " + os.path.relpath(os.path.join(root, name), view), name))
    for name in files:
        p = os.path.join(root, name)
        haystacks.append(("file " + os.path.relpath(p, view), decode(open(p, "rb").read())))
for log in logs:
    haystacks.append(("log " + os.path.basename(log), decode(open(log, "rb").read())))

leaks = 0
for where, text in haystacks:
    folded = fold(text)
    for t in texts:
        if t in folded:
            leaks += 1
            print("LEAK: a raw text value in %s" % where)
    # A raw number hides in a cell as digits between separators ("75 011",
    # "06.12.34.56.78", "NIR 1 84 ..."): each run of all-digit words of a
    # cell, joined.  Digits inside a word with letters are not a number: a
    # 16-character token holds five digits on average, and those would
    # match one short raw number of the manifest now and then.
    cells = set()
    for c in re.split(r'[;,\t|\r\n"]+', text):
        group = ""
        for w in re.split(r"[^\w]+", c) + [""]:
            if w.isdigit():
                group += w
                cells.add(w)
            else:
                if group:
                    cells.add(group)
                group = ""
    runs = "\n".join(re.findall(r"\d+", text))
    for n in numbers:
        if n in cells or (n in long_numbers and n in runs):
            leaks += 1
            print("LEAK: a raw number (%d digits) in %s" % (len(n), where))
print("check_leaks: %d places searched, %d text and %d number values, %d leaks" %
      (len(haystacks), len(texts), len(numbers), leaks))
sys.exit(1 if leaks else 0)
