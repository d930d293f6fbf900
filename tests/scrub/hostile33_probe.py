#!/usr/bin/env python3
"""hostile33 probe: disguised forms of a row's own values, through scrub_spans.
A form leaks when any of its letters/digits is left outside every span
(hostilelib's measure)."""
import sys
from hostilelib import TEMPLATES, left_total, report, row_line, run_spans, state

BIN = sys.argv[1]
ROWS = [  # last, first, nir, phone, ipp
    ("DUPONT", "Jean", "184027512345674", "06 12 34 56 78", "123456"),
    ("VIGNERON", "Hélène", "285117512345622", "07 45 98 21 33", "904512"),
    ("MARCHAND", "Paul", "172039912345611", "06 51 94 88 22", "551122"),
]
RLO, LRO, PDF, RLE, LRE = "\u202e", "\u202d", "\u202c", "\u202b", "\u202a"
RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"
def cut(v, k=None):
    k = k if k is not None else len(v) // 2
    return v[:k], v[k:]
def spaced_digits(p):
    return p.replace(" ", "")
def forms(last, first, nir, phone, ipp):
    a, b = cut(last)
    cap = last.capitalize()
    ca, cb = cut(cap)
    low = last.lower()
    F = []
    def f(cat, s, val): F.append((cat, s, val))
    # double / nested escapes
    f("esc2", f"{a}&amp;shy;{b}", last)
    f("esc2", f"{ca}&amp;#{ord(cb[0])};{cb[1:]}", cap)
    f("esc2", f"{ca}&amp;#x{ord(cb[0]):x};{cb[1:]}", cap)
    f("esc2", f"{a}&amp;amp;shy;{b}", last)
    f("esc2", f"{a}&#38;shy;{b}", last)
    f("esc2", f"{ca}&#38;#{ord(cb[0])};{cb[1:]}", cap)
    f("esc2", f"{ca}%25{ord(cb[0]):02x}{cb[1:]}", cap)
    f("esc2", f"{a}%26shy%3B{b}", last)
    f("esc2", f"{a}\\\\u00ad{b}", last)
    f("esc2", "".join(f"&amp;#{ord(c)};" for c in last), last)
    f("esc2", f"{a}&amp;amp;amp;shy;{b}", last)
    # single punctuation inside the name
    for p in "\\|_-/*+~^#:=.,;!?'\"`()[]{}<>@$":
        f("punct", f"{a}{p}{b}", last)
    f("punct", f"{ca}\\{cb.lower()}", cap)
    f("punct", ".".join(last), last)
    f("punct", ".".join(last) + ".", last)
    f("punct", " ".join(last), last)
    f("punct", "-".join(last), last)
    f("punct", "_".join(last), last)
    f("punct", " ".join(cap), cap)
    f("punct", f"{a} {b}", last)
    f("punct", f"{a}\u00b7{b}", last)
    f("punct", f"{a}\u2022{b}", last)
    f("punct", f"{a}\u2026{b}", last)
    # formulas
    f("formula", f'="{a}"&"{b}"', last)
    f("formula", f'="{last[:2]}"&"{last[2:4]}"&"{last[4:]}"', last)
    f("formula", f'=CONCATENATE("{a}";"{b}")', last)
    f("formula", f'=CONCATENATE("{a}","{b}")', last)
    f("formula", f'=CONCAT("{a}";"{b}")', last)
    f("formula", f'=CONCATENER("{a}";"{b}")', last)
    f("formula", f"='{a}'&'{b}'", last)
    f("formula", f'="{ca}"&"{cb}"', cap)
    f("formula", f'=CONCAT("{a}"; "{b}")', last)
    f("formula", f'=JOIN("";"{a}";"{b}")', last)
    f("formula", f'=TEXTJOIN("";VRAI;"{a}";"{b}")', last)
    p1, p2 = phone[:5], phone[5:]
    f("formula", f'="{p1}"&"{p2}"', phone)
    f("formula", f'="{nir[:7]}"&"{nir[7:]}"', nir)
    # bidi
    f("bidi", f"{RLO}{last[::-1]}", last)
    f("bidi", f"{RLO}x{RLO}{last[::-1]}{PDF}y{PDF}", last)
    f("bidi", f"{RLO}{b[::-1]}{LRO}{PDF}{a[::-1]}{PDF}", last)
    f("bidi", f"{RLO}{b[::-1]}{LRI}{PDI}{a[::-1]}{PDF}", last)
    f("bidi", f"{RLO}{b[::-1]}{RLE}{PDF}{a[::-1]}{PDF}", last)
    f("bidi", f"{RLO}{b[::-1]}{RLI}x{PDI}{a[::-1]}", last)
    f("bidi", f"{RLI}{RLO}{last[::-1]}{PDI}", last)
    f("bidi", f"{RLO}{b[::-1]}{FSI}{PDI}{a[::-1]}{PDF}", last)
    f("bidi", f"{LRO}{RLO}{last[::-1]}{PDF}{PDF}", last)
    f("bidi", f"{RLE}{LRO}{last}{PDF}{PDF}", last)
    f("bidi", f"{RLO}{b[::-1]}{LRE}{PDF}{a[::-1]}", last)
    f("bidi", f"{RLO}{phone[::-1]}{PDF}", phone)
    # other
    f("other", last.replace("O", "0").replace("I", "1").replace("E", "3").replace("A", "4"), last)
    f("other", last.replace("O", "0"), last)
    f("other", last.replace("E", "3"), last)
    f("other", last.replace("A", "4"), last)
    f("other", last.replace("I", "1"), last)
    f("other", last.replace("S", "5"), last)
    f("other", last[::-1], last)
    f("other", cap[::-1], cap)
    f("other", low[::-1].capitalize(), cap)
    f("other", f"{a}\n{b}", last)
    f("other", f"{a}-\n{b}", last)
    f("other", f"{a}\r\n{b}", last)
    f("other", f"{a}\u2028{b}", last)
    f("other", phone.replace("0", "O").replace("1", "l"), phone)
    f("other", spaced_digits(phone).replace("0", "O").replace("1", "I"), phone)
    f("other", nir.replace("0", "O").replace("1", "l"), nir)
    f("other", ipp.replace("0", "O").replace("1", "l"), ipp)
    f("other", " ".join(spaced_digits(phone)), phone)
    f("other", ".".join(spaced_digits(phone)), phone)
    f("other", "-".join(nir), nir)
    f("other", spaced_digits(phone)[::-1], phone)
    f("other", nir[::-1], nir)
    f("other", f'="{spaced_digits(phone)}"', phone)
    f("other", f"{last[0]}*{last[1:]}", last)
    f("other", "".join(c + c for c in last), last)
    f("other", f"{a}{b.lower()}", last)
    f("other", f"{a}{{{b}}}", last)
    f("other", f"{first[0]}\\{first[1:]}", first)
    return F
def run(rows_forms):
    lines, meta = [], []
    for row, (cat, s, val) in rows_forms:
        for tpl in TEMPLATES:
            text = tpl.format(s)
            lines.append(row_line(row, text))
            meta.append((row, cat, s, val, text, tpl))
    return lines, meta
def main():
    rf = [(row, fm) for row in ROWS for fm in forms(*row)]
    lines, meta = run(rf)
    out = run_spans(BIN, sys.argv[2:], lines)
    res = {}
    for (row, cat, s, val, text, tpl), o in zip(meta, out):
        res.setdefault((row[0], cat, s, tpl), state(*left_total(text, o, s)))
    # every leak listed, -v or not
    report(res, True)
main()
