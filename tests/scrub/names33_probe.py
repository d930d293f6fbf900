#!/usr/bin/env python3
"""Names the thirty-second pass of names reads (docs/scrub.md, "Names,
thirty-second pass (names33)"): a surname that is an ordinary word and in
no list (Pigeon, Vigneron, Chapelle, Tisserand, Cordonnier, Prince,
Dauphin) after particles that a title, "M" or kin gives ("vu M le
pigeon", "m. de la chapelle", "Mme du tisserand", "son fils du pont"),
at a list's head before a first name and an age or a birth ("Vigneron
Maxime, 12 ans"); east-Asian names after a cue ("M. LEE MIN HO",
"IOA : ZHANG Lei", "NGUYEN Chi Wai").  Every line runs with an unrelated
row (a stranger) and with the name's own row (the patient); a word of the
probed name that no span covers whole is counted raw (probelib's driver).

Two precision arms, as names32_probe.py's: KEEP (look-alike lines, every
word a span touches counted) and BREADTH (every 40th word of wfrench in
the new positions, the lines changed counted).  Synthetic, deterministic.

    python3 tests/scrub/names33_probe.py [build/tests/scrub_spans] [--list]
"""
import os
import sys

from probelib import run_probe
import names32_probe as p32

SURNAMES = p32.SURNAMES
GIVEN = ["Maxime"]
TEMPLATES = [
    # (1) particles after a title, "M", kin
    "vu M le {s} ce matin.",
    "appel de M {s} ce matin.",
    "vu m. de la {s} ce matin.",
    "Mme du {s} a appelé.",
    "dr de la {s} a appelé.",
    "son fils du {s} a appelé.",
    "VU M LE {S} CE MATIN.",
    # (3) a list's head
    "{W} {G}, 12 ans, fracture du radius.",
    "{S} {G} née le 3 mars 1950.",
    "IOA : {W} {G}, 67 ans, chute.",
    "{W} {G} (12 ans), chute.",
]

ASIAN = ["LEE", "WONG", "TAN", "NGUYEN", "KIM", "PARK", "TRAN", "CHEN",
         "ZHANG", "WANG"]
ASIAN_GIVEN = ["Min Ho", "Chi Wai", "Lei", "Li", "MIN HO", "JI WOO"]
ASIAN_TEMPLATES = [
    "M. {S} {G}",
    "Chambre 12 : {S} {G}",
    "IOA : {S} {G}, 27 ans, douleur.",
    "Tri 2 : {S} {G}",
    "Mme {S} {G} a appelé.",
]

KEEP = [
    "M. le maire a appelé.", "Mme la directrice a appelé.",
    "vu M le juge ce matin.", "vu m. le directeur.",
    "Dr de la clinique a appelé.", "Mme de la banque a appelé.",
    "M. du laboratoire a appelé.", "Dr du service a appelé.",
    "Mme de la mutuelle a appelé.", "Dr du centre ce matin.",
    "Dr du cabinet a appelé.", "Mme de la poste a appelé.",
    "M. du garage a appelé.", "Mme de la cantine a appelé.",
    "Dr du travail a appelé.", "Mme la cadre a appelé.",
    "M. le patient a appelé.", "Dr de la douleur ce matin.",
    "Mme de la pharmacie a appelé.", "Dr du planning a appelé.",
    "vu M le matin.", "son fils le matin.", "son fils du coin.",
    "sa fille le conduira demain.", "son fils la rappellera.",
    "son fils du premier mariage a appelé.",
    "Enfant Lucas, 12 ans, fièvre.", "Patiente Marie, 45 ans.",
    "Bébé Emma, 3 mois.", "Urgences Maxime, 12 ans.",
    "Boulanger du village, 45 ans.", "Chute Marie, 80 ans.",
    "Bilan : CRP NA BAS.", "Bilan : TAN.", "TA : LEE.",
    "Conclusion : KIM En cours.", "LEE MIN HO.",
]

BREADTH = [
    "vu m. de la {w} ce matin.",
    "Mme du {w} a appelé.",
    "vu M le {w} ce matin.",
    "{W} Maxime, 12 ans, fracture.",
]


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]

    def words_of(form, s, t, g):
        ws = [s if "{S}" in form else
              (s[0] + s[1:].lower() if "{W}" in form else s.lower())]
        if "{G}" in form:
            ws.append(g)
        return ws
    run_probe("names33", SURNAMES, GIVEN, TEMPLATES, words_of)

    def asian_words(form, s, t, g):
        return [s] + g.split()
    run_probe("names33 asian", ASIAN, ASIAN_GIVEN, ASIAN_TEMPLATES,
              asian_words)
    keep_arm(tool)
    breadth_arm(tool)


# the first names of the keep lines are names (taken at batch24 too):
# not counted
FIRST = {"Lucas,", "Marie,", "Emma,", "Maxime,"}


def keep_arm(tool):
    changed, total = 0, 0
    for text, spans in zip(KEEP, p32.spans_of(tool, KEEP)):
        b = text.encode()
        at = 0
        for word in text.split():
            wb = word.encode()
            at = b.find(wb, at)
            if word not in FIRST:
                total += 1
                if any(a < at + len(wb) and at < e for a, e in spans):
                    changed += 1
                    print("CHANGED %-14s in %s" % (word, text))
            at += len(wb)
    print("names33 keep arm: %d lines, %d of %d words changed"
          % (len(KEEP), changed, total))


def breadth_arm(tool):
    """Lines whose probed word ({w}, {W}) a span touches."""
    path = "/usr/share/dict/french"
    if not os.path.exists(path):
        print("names33 breadth arm: no %s, skipped" % path)
        return
    words = [w.strip() for w in open(path, encoding="utf-8")]
    words = [w for w in words if w.isalpha() and w.islower()][::40]
    for form in BREADTH:
        lines, pos = [], []
        for w in words:
            ww = w[0].upper() + w[1:] if "{W}" in form else w
            head = form.split("{")[0]
            lines.append(form.replace("{W}", ww).replace("{w}", ww))
            a = len(head.encode())
            pos.append((a, a + len(ww.encode())))
        n = sum(1 for (a, e), sp in zip(pos, p32.spans_of(tool, lines))
                if any(x < e and a < y for x, y in sp))
        print("names33 breadth: %-34s %5d of %d words taken"
              % (form, n, len(lines)))


if __name__ == "__main__":
    main()
