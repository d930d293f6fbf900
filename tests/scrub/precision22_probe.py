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
from probelib import run_probe

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


def probe_words(form, s, t, g):
    """The probed name's words in a line of form: the surname (an English
    verb's form for "{s}s"), the given name in lower case, the second
    surname, the given name."""
    words = [s if "{S}" in form else s.lower()]
    if "{s}s" in form:
        words = [s.lower() + "s"]
    if "{g}" in form:
        words.append(g.lower())
    if "{T}" in form:
        words.append(t)
    if "{G}" in form:
        words.append(g)
    return words


def main():
    run_probe("precision22", SURNAMES, GIVEN, TEMPLATES, probe_words,
              second=lambda i: (i + 3) % len(SURNAMES))


if __name__ == "__main__":
    main()
