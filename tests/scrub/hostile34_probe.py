#!/usr/bin/env python3
"""hostile34 probe: the row's own values hidden in forms hostile33 left,
through scrub_spans (synthetic rows, generated forms).  A form leaks when
any of its letters or digits is left outside every span (raw: all of
them; partial: some: hostilelib's measure).  Usage: hostile34_probe.py BIN [-v] [BIN's args]"""
import sys, unicodedata
from hostilelib import TEMPLATES, left_total, report, row_line, run_spans, state

# last, first, nir, phone, ipp, and the names as a Russian or Greek text
# writes them (by sound: the way a reader of that script reads them)
ROWS = [
    ("DUPONT", "Jean", "184027512345674", "06 12 34 56 78", "123456",
     ["ДЮПОН", "Дюпон", "ДЮПОНТ", "ΝΤΙΠΟΝ", "Ντιπόν", "Жан", "ЖАН", "Ζαν"]),
    ("VIGNERON", "Hélène", "285117512345622", "07 45 98 21 33", "904512",
     ["ВИНЬЕРОН", "Виньерон", "ΒΙΝΙΕΡΟΝ", "Βινιερόν", "Элен", "ЭЛЕН", "Ελέν"]),
    ("MARCHAND", "Paul", "172039912345611", "06 51 94 88 22", "551122",
     ["МАРШАН", "Маршан", "ΜΑΡΣΑΝ", "Μαρσάν", "Поль", "ПОЛЬ", "Πωλ", "Πολ"]),
    ("LE GOFF", "Léa", "293052912345678", "06 77 12 90 45", "778899",
     ["ЛЕ ГОФФ", "Ле Гофф", "ΛΕ ΓΚΟΦ", "Леа", "ЛЕА", "Λεά"]),
    ("NOE", "Eva", "290067512345633", "06 44 55 66 11", "334455",
     ["НОЭ", "Ноэ", "ΝΟΕ", "Ева", "ЕВА", "Εύα"]),
]
# letter by letter (the Latin letters as the other script's nearest)
CYR = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               "АБЦДЕФГХИЖКЛМНОПКРСТУВВКИЗ"))
GRK = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
               "ΑΒΚΔΕΦΓΧΙΖΚΛΜΝΟΠΚΡΣΤΥΒΒΞΥΖ"))
RLO, LRO, PDF, RLE = "\u202e", "\u202d", "\u202c", "\u202b"

def plain(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")

def signs(v, sep):
    return sep.join(v)

REGION = {}

def forms(last, first, nir, phone, ipp, other):
    F = []
    def f(cat, s, val):
        if "|" in s and RLO in s:
            pre, mid, _ = (s + "|").split("|")[:3] if s.count("|") == 2 \
                else ("", s.split("|")[0], "")
            if s.count("|") == 1 and s.index("|") < s.index(RLO):
                pre, mid = s.split("|")
            s = s.replace("|", "")
            REGION[s] = (pre, mid)
        F.append((cat, s, val))
    parts = [p for p in last.split()] + [plain(first)]
    # a name glued inside letters by an override
    for p in parts:
        if len(p) < 4:
            continue
        P = p.upper()
        # (the letters glued outside the marks are not the name: only
        # the override's bytes are asked, "|" marks them)
        f("bidi", f"x|{RLO}{P[::-1]}{PDF}|y", P)
        f("bidi", f"{RLO}x{RLO}{P[::-1]}{PDF}y{PDF}", P)
        f("bidi", f"ab|{RLO}{P[::-1]}{PDF}|cd", P)
        f("bidi", f"x|{RLO}{p.capitalize()[::-1]}{PDF}", P)
        f("bidi", f"{RLO}{P[::-1]}{PDF}|z", P)
        f("bidi", f"x|{RLE}{RLO}{P[::-1]}{PDF}{PDF}|y", P)
    # numbers: reversed, a sign between every digit (MARCHAND's, LE
    # GOFF's and NOE's NIR have a key that is not valid: only the row
    # tells that they are NIRs)
    d = nir
    ph = phone.replace(" ", "")
    f("number", d[::-1], d)
    f("number", " ".join([d[::-1][i:i+3] for i in range(0, 15, 3)]), d)
    for sep in "-./_ |*":
        f("number", signs(d, sep), d)
    f("number", "- ".join(d), d)
    f("number", ph[::-1], ph)
    f("number", " ".join([ph[::-1][i:i+2] for i in range(0, 10, 2)]), ph)
    f("number", signs(ph, "-"), ph)
    f("number", ipp[::-1], ipp)
    # parts under four letters cut up
    for p in parts:
        if len(p) >= 4:
            continue
        P = p.upper()
        C = p.capitalize()
        for k in range(1, len(p)):
            for sep in "-|/\\_*.":
                f("short", P[:k] + sep + P[k:], P)
            f("short", C[:k] + "|" + C[k:], C)
            f("short", f'="{P[:k]}"&"{P[k:]}"', P)
            f("short", P[:k] + " " + P[k:], P)
        f("short", ".".join(P) + ".", P)
        f("short", " ".join(P), P)
        f("short", "-".join(P), P)
        f("short", "|".join(C), C)
        f("short", P[::-1] + "", P) if len(P) == 3 and P[::-1] != P else None
    # other scripts, not look-alikes: by sound, and letter by letter
    for o in other:
        f("script", o, o)
    for p in parts:
        if len(p) < 3:
            continue
        P = p.upper()
        f("script", "".join(CYR[c] for c in P), P)
        f("script", "".join(GRK[c] for c in P), P)
    return F

def run(items):
    lines, meta = [], []
    for row, cells in items:
        for tpl in TEMPLATES:
            if len(cells) == 2:
                # two cells of one row, the cut at their boundary as the
                # view's row shows it ("Vu ce jour DUP" | "ONT pour
                # suivi."); each cell is given the other (xcell37: the
                # fields after the text, as view.c gives its neighbours)
                a, b = tpl.split("{}")
                texts = [a + cells[0], cells[1] + b]
                ends = [("", texts[1]), (texts[0], "")]
            else:
                texts = [tpl.format(c) for c in cells]
                ends = [("", "")] * len(texts)
            for t, (bf, af) in zip(texts, ends):
                lines.append(row_line(row, t, bf, af))
            meta.append((row, cells, texts, tpl, len(texts)))
    return lines, meta

def main():
    items, cats = [], []
    for row in ROWS:
        for cat, s, val in forms(*row):
            items.append((row, [s]))
            cats.append((cat, s))
        # a name split across two free-text cells of the row
        for p in row[0].split() + [plain(row[1])]:
            if len(p) < 4:
                continue
            P = p.upper()
            for k in (len(P) // 2, 2):
                items.append((row, [P[:k], P[k:]]))
                cats.append(("cells", P[:k] + " | " + P[k:]))
        # its numbers split the same way (the NIR, the phone, the IPP)
        nir, phone, ipp = row[2], row[3], row[4]
        for a, b in ((nir[:7], nir[7:]), (nir[:13], nir[13:]),
                     (phone[:8], phone[9:]), (ipp[:3], ipp[3:])):
            items.append((row, [a, b]))
            cats.append(("cellnum", a + " | " + b))
    report(probe(items, cats, sys.argv[1],
        [a for a in sys.argv[2:] if a != "-v"]), "-v" in sys.argv)

def probe(items, cats, BIN, ARGS):
    """items: (row, [cell, ...]); cats: (category, form) of each item.
    Each form through BIN in a sentence and alone: its state."""
    lines, meta = run(items)
    out = run_spans(BIN, ARGS, lines)
    res, at = {}, 0
    for i, (row, cells, texts, tpl, n) in enumerate(meta):
        left = tot = 0
        for c, text in zip(cells, texts):
            l, t = left_total(text, out[at], c, REGION.get(c))
            at += 1
            left += l
            tot += t
        cat, s = cats[i // 2]
        res[(row[0], cat, s, tpl)] = state(left, tot)
    return res

def probe_forms(forms, keeps):
    """The later probes' main (hostile35, script36): each form of forms
    ({row's last name: {category: [form, ...]}}) through BIN, reported by
    category; each word of keeps ({last name: [word, ...]}) alone beside
    that row, counted "taken" when a span touches it.  BIN and its
    arguments from the command line, -v for the details."""
    items, cats = [], []
    byname = {r[0]: r for r in ROWS}
    for last, cs in forms.items():
        for cat, fs in cs.items():
            for f in fs:
                items.append((byname[last], [f]))
                cats.append((cat, f))
    for last, ks in keeps.items():
        for f in ks:
            items.append((byname[last], [f]))
            cats.append(("keep", f))
    BIN = sys.argv[1]
    ARGS = [a for a in sys.argv[2:] if a != "-v"]
    res = probe(items, cats, BIN, ARGS)
    # a keep is asked the other way: "gone" is a word taken (alone only:
    # in a French sentence names40 takes a word of another script whatever
    # it is, on purpose)
    keep = {k: v for k, v in res.items() if k[1] == "keep" and k[3] == "{}"}
    report({k: v for k, v in res.items() if k[1] != "keep"}, "-v" in sys.argv)
    taken = [(k[0], k[2], k[3].replace("{}", "<>")) for k, v in keep.items()
             if v != "raw"]
    print(f"keep     forms {len(keep):4}  taken {len(taken):4}")
    if "-v" in sys.argv:
        for t in taken:
            print("   keep taken", t[0], repr(t[1]), t[2])

if __name__ == "__main__":
    main()
