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
from probelib import run_probe

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


def probe_words(form, s, t, g):
    """The probed name's words in a line of form: the surname as written,
    then the given name as written."""
    words = [s if "{S}" in form else s.lower()]
    if "{G}" in form:
        words.append(g)
    if "{g}" in form:
        words.append(g.lower())
    return words


def main():
    run_probe("precision20", SURNAMES, GIVEN, TEMPLATES, probe_words)


if __name__ == "__main__":
    main()
