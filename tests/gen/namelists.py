"""What tests/gen/faker_names.sh and tests/gen/fakerjs_names.sh share: which
entries of a name list are taken, and how a list is written.  Both read a
package's person data and keep the names in Latin script, without the
format placeholders ("{{lastName}}") or abbreviations ("Jr."); a list of
people a French hospital sees seldom also leaves out the weak names (a
part of three letters or fewer, or an ordinary word: "Elle", "Kiné")."""
import re
import sys
import unicodedata

# French records often drop the letters that carry no accent to take off:
# "Malgorzata", "Duc", "Soren".  Both spellings are taken.
PLAIN = str.maketrans({"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ø": "O",
    "ø": "o", "ı": "i", "Ħ": "H", "ħ": "h"})


def fold(s):
    s = unicodedata.normalize("NFD", s.lower())
    return "".join(c for c in s if not unicodedata.combining(c))


def words(*paths, lower_only=False):
    """The folded words of word lists, one per line; with lower_only, only
    the entries in lower case (an English list's "Frank" is a name)."""
    return {fold(w.strip()) for p in paths for w in open(p, encoding="utf-8")
            if not lower_only or w[:1].islower()}


def latin(s):
    for c in s:
        if c in " -'.":
            continue
        if not c.isalpha() or "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def usable(v):
    return bool(v) and "{" not in v and latin(v) and not v.endswith(".")


def weak(v, common):
    return any(len(p) <= 3 or fold(p) in common
               for p in re.split(r"[ '-]", v) if p)


def add(dest, v):
    dest.add(v)
    plain = v.translate(PLAIN)
    if plain != v:
        dest.add(plain)


def write(path, names):
    with open(path, "w", encoding="utf-8") as f:
        for v in sorted(names, key=lambda s: s.encode()):
            f.write(v + "\n")
    print(f"{path}: {len(names)} names", file=sys.stderr)
