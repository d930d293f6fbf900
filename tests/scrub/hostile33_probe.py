#!/usr/bin/env python3
"""hostile33 probe: disguised forms of a row's own values, through scrub_spans.
A form leaks when any of its letters/digits is left outside every span."""
import subprocess, sys, unicodedata
def readable(b, i):
    c = b[i]
    if c < 0x80: return chr(c).isalnum()
    if (c & 0xc0) == 0x80: return False
    n = 2 if c < 0xe0 else 3 if c < 0xf0 else 4
    try: ch = b[i:i+n].decode()
    except Exception: return False
    return unicodedata.category(ch)[0] in "LN"

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
        last, first, nir, phone, ipp = row
        for tpl in ("Vu ce jour {} pour suivi.", "{}"):
            text = tpl.format(s)
            lines.append("\t".join([last, first, nir, phone, "", "", ipp, text.replace("\\", "\\\\").replace("\n", "\\n"), ""]))
            meta.append((row, cat, s, val, text, tpl))
    return lines, meta
def main():
    rf = [(row, fm) for row in ROWS for fm in forms(*row)]
    lines, meta = run(rf)
    out = subprocess.run([BIN] + sys.argv[2:], input=("\n".join(lines) + "\n").encode(), capture_output=True, env=dict(__import__("os").environ, SCRUB_SPANS_UNESCAPE="1")).stdout.decode().splitlines()
    res = {}
    for (row, cat, s, val, text, tpl), o in zip(meta, out):
        b = text.encode()
        cov = bytearray(len(b))
        for sp in o.split(","):
            if not sp: continue
            st, en, k = sp.split(":")
            for i in range(int(st), int(en)): cov[i] = 1
        st = b.find(s.encode())
        en = st + len(s.encode())
        inq = None
        if s.startswith("="):
            inq = set(); q = 0
            for i in range(st, en):
                if b[i] in (34, 39): q ^= 1
                elif q: inq.add(i)
        left = sum(1 for i in range(st, en) if not cov[i] and readable(b, i) and (inq is None or i in inq))
        tot = sum(1 for i in range(st, en) if readable(b, i) and (inq is None or i in inq))
        state = "gone" if left == 0 else ("partial" if left < tot else "raw")
        # a leak: more than 2 of the value's letters or digits readable
        key = (cat, s if row == ROWS[0] else None)
        res.setdefault((row[0], cat, s, tpl), state)
    cats = {}
    leaks = []
    for (r, cat, s, tpl), state in res.items():
        c = cats.setdefault(cat, [0, 0, 0])
        c[0] += 1
        if state != "gone":
            c[1 if state == "raw" else 2] += 1
            leaks.append((cat, state, r, tpl.replace("{}", "<>"), s))
    for cat, (n, raw, part) in cats.items():
        print(f"{cat:8} forms {n:4}  raw {raw:4}  partial {part:4}")
    if "-v" in sys.argv or True:
        for l in leaks:
            print("  ", l[0], l[1], l[2], repr(l[4]), l[3])
main()
