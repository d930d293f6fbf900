"""What the hostile probes share (hostile33_probe.py, hostile34_probe.py):
a row's line for scrub_spans and its run with the escapes read, the
letters and digits of a form left outside every span, and the report by
category.  A form leaks when any of its letters or digits is left outside
every span (raw: all of them; partial: some)."""
import os
import subprocess
import unicodedata

# each form in a sentence and alone
TEMPLATES = ("Vu ce jour {} pour suivi.", "{}")


def readable(b, i):
    """Byte i of b starts a letter or a digit (of any script)."""
    c = b[i]
    if c < 0x80:
        return chr(c).isalnum()
    if (c & 0xc0) == 0x80:
        return False
    n = 2 if c < 0xe0 else 3 if c < 0xf0 else 4
    try:
        ch = b[i:i + n].decode()
    except Exception:
        return False
    return unicodedata.category(ch)[0] in "LN"


def esc(t):
    """scrub_spans' escapes of a field (a backslash, a line break)."""
    return t.replace("\\", "\\\\").replace("\n", "\\n")


def row_line(row, text, before="", after=""):
    """scrub_spans' line of row (last, first, nir, phone, ipp, ...) with
    text as its comment; before/after: the row's neighbouring free-text
    cells (fields 10 and 11, xcell37), left out when both are empty."""
    last, first, nir, phone, ipp = row[:5]
    f = [last, first, nir, phone, "", "", ipp, esc(text), ""]
    if before or after:
        f += [esc(before), esc(after)]
    return "\t".join(f)


def run_spans(binary, args, lines):
    """binary's span lines of lines, escapes read (SCRUB_SPANS_UNESCAPE)."""
    return subprocess.run([binary] + args,
                          input=("\n".join(lines) + "\n").encode(),
                          capture_output=True,
                          env=dict(os.environ, SCRUB_SPANS_UNESCAPE="1")
                          ).stdout.decode().splitlines()


def left_total(text, spans, form, region=None):
    """(left, total): the letters and digits of form's first occurrence in
    text that no span of spans (a scrub_spans line) covers, and all of
    them.  region (pre, mid): only mid, after pre in form (an override's
    bytes, not the letters glued outside its marks).  A formula ("=..."):
    only the bytes inside its quotes."""
    b = text.encode()
    cov = bytearray(len(b))
    for sp in spans.split(","):
        if not sp:
            continue
        st, en, _ = sp.split(":")
        for x in range(int(st), int(en)):
            cov[x] = 1
    st = b.find(form.encode())
    en = st + len(form.encode())
    if region is not None:
        pre, mid = region
        st += len(pre.encode())
        en = st + len(mid.encode())
    inq = None
    if form.startswith("="):
        inq = set()
        q = 0
        for x in range(st, en):
            if b[x] in (34, 39):
                q ^= 1
            elif q:
                inq.add(x)
    asked = [x for x in range(st, en)
             if readable(b, x) and (inq is None or x in inq)]
    return sum(1 for x in asked if not cov[x]), len(asked)


def state(left, total):
    """gone, partial or raw"""
    return "gone" if left == 0 else ("partial" if left < total else "raw")


def report(res, verbose):
    """Print res ((last, category, form, template) -> state): per category
    the forms, raw and partial; then, if verbose, each leak."""
    counts, leaks = {}, []
    for (r, cat, s, tpl), st in res.items():
        c = counts.setdefault(cat, [0, 0, 0])
        c[0] += 1
        if st != "gone":
            c[1 if st == "raw" else 2] += 1
            leaks.append((cat, st, r, tpl.replace("{}", "<>"), s))
    for cat, (n, raw, part) in counts.items():
        print(f"{cat:8} forms {n:4}  raw {raw:4}  partial {part:4}")
    if verbose:
        for l in leaks:
            print("  ", l[0], l[1], l[2], repr(l[4]), l[3])
