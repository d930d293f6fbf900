#!/usr/bin/env python3
"""The twenty-second precision pass's rules that keep words (docs/scrub.md,
"Precision, twenty-second pass"), probed with surnames that are ordinary
words and in no list of names, in and around the kept positions: a
heading of one or two words before a colon (an English clinical section
is kept: "Cardiology :", "Discharge Summary :"), and a pair of
capitalized words one of which is written as a brand ("PSAD OxyDom":
a capital inside), here a double surname glued by a lost hyphen or by
OCR; an English verb after "patient" ("patient requests"), here a
surname in lower case.  Every line runs with an unrelated row (a stranger) and with the
name's own row (the patient).  A word of the probed name that no span
covers whole is counted raw.  Synthetic, deterministic.

    python3 tests/scrub/precision22_probe.py [build/tests/scrub_spans] [--list]
"""
import subprocess
import sys

# the brief's seven, two of the lists, and common English words no list
# holds (the English lexicon is what the heading rule asks)
SURNAMES = ["Pigeon", "Vigneron", "Chapelle", "Tisserand", "Cordonnier",
            "Prince", "Dauphin", "Boulanger", "Marchand", "Kettle",
            "Sparrow", "Bramble", "Thistle", "Kerouredan"]
GIVEN = ["Marie", "Louis", "Grace", "Paul"]
# {S} surname, {T} a second surname, {G} a given name, {s} {g} in lower
# case ("{s}s": a surname that looks like an English verb's form)
TEMPLATES = [
    "{S} : chute ce matin.",
    "IDE. {S} : vu ce jour, RAS.",
    "{S} {G} : chute dans la chambre.",
    "{G} {S} : chute dans la chambre.",
    "{S} Review : RAS.",
    "{S} History : RAS.",
    "{S} Summary : sortie.",
    "- {S} : fait.",
    "{S} (Marie) : chute.",
    "Kerouredan {S}{T} vu ce jour.",
    "Vu avec Kerouredan {S}{G} ce jour.",
    "Livré chez {G} {S}{T} le 3/12.",
    "{S}{G} Kerouredan a appelé.",
    "PSAD {S}{T} : livraison faite.",
    "Patient {s} vu ce jour, requests a sick note.",
    "patient {s}s vu ce jour.",
    "patient {s}s a appel\u00e9 ce matin.",
    "le patient {s} {g} a appel\u00e9.",
]


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]
    cases = []
    for i, s in enumerate(SURNAMES):
        t = SURNAMES[(i + 3) % len(SURNAMES)]
        for g in GIVEN:
            for form in TEMPLATES:
                if "{G}" not in form and "{g}" not in form and \
                        g != GIVEN[0]:
                    continue
                text = form.format(S=s, T=t, G=g, s=s.lower(),
                                   g=g.lower())
                for mode, row in (("stranger", ["KERVAZO", "Nolwenn"]),
                                  ("patient", [s.upper(), g])):
                    cases.append((mode, row + ["", "", "", "", "40012345"],
                                  text, s, t, g, form))
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
        probe = [s if "{S}" in form else s.lower()]
        if "{s}s" in form:
            probe = [s.lower() + "s"]
        if "{g}" in form:
            probe.append(g.lower())
        if "{T}" in form:
            probe.append(t)
        if "{G}" in form:
            probe.append(g)
        for word in probe:
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
    print("precision22 probe: %d templates, %d lines, %d of %d name words "
          "left raw" % (len(TEMPLATES), len(cases), raw, words))
    for (form, mode), n in sorted(per.items()):
        print("  %3d %-8s %s" % (n, mode, form))


if __name__ == "__main__":
    main()
