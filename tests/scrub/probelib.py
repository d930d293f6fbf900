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
    name; {W} in a template is the surname capitalized); second(i) is
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
                                   W=s[:1] + s[1:].lower())
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
