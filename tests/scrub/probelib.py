"""The driver shared by the precision probes (precision20_probe.py,
precision22_probe.py): each surname of a list, with each given name for the
templates that hold one, fills every template; every line runs with an
unrelated row (a stranger) and with the name's own row (the patient)
through build/tests/scrub_spans; a word of the probed name that no span
covers whole is counted raw.  Synthetic, deterministic."""
import subprocess
import sys

STRANGER = ["KERVAZO", "Nolwenn"]
ROW_TAIL = ["", "", "", "", "40012345"]


def _has_given(form):
    return "{G}" in form or "{g}" in form


def run_probe(name, surnames, given, templates, probe_words, second=None):
    """Run the probe called name and print its report.

    probe_words(form, s, t, g) lists the words of the probed name in the
    line made of form (s the surname, t the second surname, g the given
    name; {W} in a template is the surname capitalized, {V} the second
    surname capitalized, {I} and {i} the given name's initial); second(i) is
    the index of the second surname of surnames[i]
    ({T} in a template), none if not given.  argv: [scrub_spans] [--list].
    """
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]
    cases = []
    for i, s in enumerate(surnames):
        t = surnames[second(i)] if second is not None else ""
        for g in given:
            for form in templates:
                if not _has_given(form) and g != given[0]:
                    continue
                text = form.format(S=s, T=t, G=g, s=s.lower(), g=g.lower(),
                                   W=s[:1] + s[1:].lower(),
                                   V=t[:1] + t[1:].lower(),
                                   I=g[:1], i=g[:1].lower())
                for mode, row in (("stranger", STRANGER),
                                  ("patient", [s.upper(), g])):
                    cases.append((mode, row + ROW_TAIL, text, s, t, g, form))
    feed = "".join("\t".join(r + [x, ""]) + "\n"
                   for _, r, x, _, _, _, _ in cases)
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    raw, words, per = 0, 0, {}
    for (mode, row, text, s, t, g, form), line in zip(cases, out):
        b = text.encode()
        spans = []
        for sp in filter(None, line.split(",")):
            a, e, _ = sp.split(":", 2)
            spans.append((int(a), int(e)))
        for word in probe_words(form, s, t, g):
            wb = word.encode()
            at = b.find(wb)
            if at < 0:
                continue
            words += 1
            if not any(a <= at and at + len(wb) <= e for a, e in spans):
                raw += 1
                per[(form, mode)] = per.get((form, mode), 0) + 1
                if "--list" in sys.argv:
                    print("RAW %-8s %-10s in %s" % (mode, word, text))
    print("%s probe: %d templates, %d lines, %d of %d name words "
          "left raw" % (name, len(templates), len(cases), raw, words))
    for (form, mode), n in sorted(per.items()):
        print("  %3d %-8s %s" % (n, mode, form))


def spans_of(tool, lines):
    """scrub_spans' spans (start, end) of each line, with the stranger's
    row."""
    feed = "".join("\t".join(STRANGER + ROW_TAIL + [x, ""]) + "\n"
                   for x in lines)
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    res = []
    for line in out[:len(lines)]:
        sp = []
        for x in filter(None, line.split(",")):
            a, e, _ = x.split(":", 2)
            sp.append((int(a), int(e)))
        res.append(sp)
    return res


def breadth_arm(tool, name, forms, step=40,
                path="/usr/share/dict/french"):
    """How wide a position reads: every step-th word of wfrench (lower
    case, letters only) in each form's first {U} (in capitals) or {W}
    (capitalized) (every such slot gets the word), the lines whose first
    slot a span touches counted.  Not precision: the realistic nouns of
    those places are a keep arm's and the unit tests'.  (names34's
    breadth arm, folded here by names35.)"""
    import os
    if not os.path.exists(path):
        print("%s breadth arm: no %s, skipped" % (name, path))
        return
    words = [w.strip() for w in open(path, encoding="utf-8")]
    words = [w for w in words if w.isalpha() and w.islower()][::step]
    for form in forms:
        lines, pos = [], []
        for w in words:
            ww = w.upper() if "{U}" in form else w[0].upper() + w[1:]
            line = form.replace("{U}", ww).replace("{W}", ww)
            head = form.split("{")[0]
            lines.append(line)
            a = len(head.encode())
            pos.append((a, a + len(ww.encode())))
        n = sum(1 for (a, e), sp in zip(pos, spans_of(tool, lines))
                if any(x < e and a < y for x, y in sp))
        print("%s breadth: %-40s %5d of %d words taken"
              % (name, form, n, len(lines)))


def keep_arm(tool, name, keep, first, strip=".,:"):
    """Words of the keep lines (but the first names of `first`) that a span
    touches, with the stranger's row: a name rule's look-alikes."""
    changed, total = 0, 0
    for text, spans in zip(keep, spans_of(tool, keep)):
        b = text.encode()
        at = 0
        for word in text.split():
            wb = word.encode()
            at = b.find(wb, at)
            if word.strip(strip) not in first:
                total += 1
                if any(a < at + len(wb) and at < e for a, e in spans):
                    changed += 1
                    print("CHANGED %-14s in %s" % (word, text))
            at += len(wb)
    print("%s keep arm: %d lines, %d of %d words changed"
          % (name, len(keep), changed, total))
