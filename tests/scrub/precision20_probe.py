#!/usr/bin/env python3
"""The twentieth precision pass's rules that keep words (docs/scrub.md,
"Precision, twentieth pass"), probed with surnames that are ordinary
words and in no list of names, in and around the kept positions: after
a street's name, after "épouse de" and a given name, before a carer's
trade after a name.  Every line runs with an unrelated row (a stranger)
and with the name's own row (the patient).  A word of the probed name
that no span covers whole is counted raw.  Synthetic, deterministic.

    python3 tests/scrub/precision20_probe.py [build/tests/scrub_spans] [--list]
"""
import subprocess
import sys

SURNAMES = ["Pigeon", "Vigneron", "Chapelle", "Tisserand", "Cordonnier",
            "Prince", "Dauphin", "Boulanger", "Marchand", "Meunier",
            "Faucon", "Mouton", "Berger", "Charpentier", "Lefebvre"]
GIVEN = ["Marie", "Joaquim", "Sophie", "Louis"]
# {S} surname, {s} the same in lower case, {G} a given name, {g} lower
TEMPLATES = [
    "Vit au 3 rue Pasteur chez {S} depuis 2010.",
    "Vit au 3 rue Pasteur chez {S} {G} maintenant.",
    "Vit au 3 rue Pasteur avec {S} actuellement.",
    "Vit au 3 rue Pasteur chez {s} {g} depuis peu.",
    "Vit au 3 rue Pasteur chez {s} maintenant.",
    "Adresse 3 rue Pasteur {s} {g}.",
    "Vit au 3 rue Pasteur {s}.",
    "Vit au 3 rue de la Paix avec {G} {S} depuis 2010.",
    "Jsuis au 12 bis rue Lafayette chez {S} maintenant",
    "Habite 12 avenue Foch pr\u00e8s de {S} d\u00e9sormais.",
    "Domicile : 3 rue Pasteur, {S} {G} depuis peu.",
    "Mme Mendes, \u00e9pouse de {G} {S}, vue.",
    "Mme Mendes, veuve de {G} {S}.",
    "Mme Mendes, \u00e9pouse de {S}, vue.",
    "Mme {S}, \u00e9pouse de {G}, vue.",
    "Mme {S} Cadre de sant\u00e9.",
    "Dr {S} Chef de service.",
    "Mme {G} {S} Infirmi\u00e8re.",
    "M. {S} {G} Interne de garde.",
    "Mme {S} Sage-femme.",
    "Vu avec Mme {S} Pharmacienne ce jour.",
    "Mme Durand {S} Secr\u00e9taire.",
    "Mme {S} Bloc 14h.",
    "Mme {G} {S} Retour EHPAD demain.",
    "M. {S} Lit 3.",
    "Mme {S} Pansement refait.",
    "Mme {G} {S} Toilette faite.",
]


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]
    cases = []
    for s in SURNAMES:
        for g in GIVEN:
            for form in TEMPLATES:
                if "{G}" not in form and "{g}" not in form and g != GIVEN[0]:
                    continue
                text = form.format(S=s, s=s.lower(), G=g, g=g.lower())
                for mode, row in (("stranger", ["KERVAZO", "Nolwenn"]),
                                  ("patient", [s.upper(), g])):
                    cases.append((mode, row + ["", "", "", "", "40012345"],
                                  text, s, g, form))
    feed = "".join("\t".join(r + [t, ""]) + "\n" for _, r, t, _, _, _ in cases)
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    raw, words, per = 0, 0, {}
    for (mode, row, text, s, g, form), line in zip(cases, out):
        b = text.encode()
        spans = []
        for sp in filter(None, line.split(",")):
            a, e, _ = sp.split(":", 2)
            spans.append((int(a), int(e)))
        probe = [s if "{S}" in form else s.lower()]
        if "{G}" in form:
            probe.append(g)
        if "{g}" in form:
            probe.append(g.lower())
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
    print("precision20 probe: %d templates, %d lines, %d of %d name words "
          "left raw" % (len(TEMPLATES), len(cases), raw, words))
    for (form, mode), n in sorted(per.items()):
        print("  %3d %-8s %s" % (n, mode, form))


if __name__ == "__main__":
    main()
