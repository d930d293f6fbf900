#!/usr/bin/env python3
"""Names in notes written all in capitals (docs/scrub.md, "Names in
capitals, twenty-third pass (names30)"): surnames that are ordinary words
and in no list of names (PIGEON, VIGNERON, ...) and listed ones (DUPONT,
MARTIN), with and without a given name, in the places a capital note
writes a person: after "APPEL DE", "VU AVEC", "ENTRETIEN AVEC", "MESSAGE
DE", "DE LA PART DE", "POUR", "CHEZ", after a civil title, after kin, at a
line start before a verb, in a signature.  Every line runs with an
unrelated row (a stranger) and with the name's own row (the patient); a
word of the probed name that no span covers whole is counted raw.

The precision arm: capital clinical lines that hold no person ("APPEL DE
LA PHARMACIE", "POUR BILAN", "CHEZ ELLE" ...); every word a span touches
is counted changed.  Synthetic, deterministic.

    python3 tests/scrub/caps30_probe.py [build/tests/scrub_spans] [--list]
"""
import subprocess
import sys

from probelib import run_probe, STRANGER, ROW_TAIL

SURNAMES = ["PIGEON", "VIGNERON", "CHAPELLE", "TISSERAND", "CORDONNIER",
            "PRINCE", "DAUPHIN", "BOULANGER", "MARCHAND", "LEGRAND",
            "DUPONT", "MARTIN"]
GIVEN = ["MARIE", "LOUIS", "JEANNE", "PAUL"]
# {S} surname, {G} given name (both in capitals)
TEMPLATES = [
    "APPEL DE {S} {G} CE MATIN.",
    "APPEL DE {G} {S} CE MATIN.",
    "APPEL DE {S} CE MATIN.",
    "APPEL DE M. {S}.",
    "VU AVEC {S} {G}.",
    "VU AVEC {G} {S}, RAS.",
    "VU AVEC {S} CE JOUR.",
    "ENTRETIEN AVEC {S} {G} CE JOUR.",
    "ENTRETIEN AVEC {S}.",
    "MESSAGE DE {S} {G} POUR LE RDV.",
    "MESSAGE DE {S} POUR LE RDV.",
    "DE LA PART DE {S} {G}.",
    "DE LA PART DE {S}.",
    "COURRIER POUR {S} {G}.",
    "POUR {S} {G} : RAPPELER.",
    "LIVRAISON CHEZ {S} {G}.",
    "PASSAGE CHEZ {S} CE MATIN.",
    "MME {S} {G} VUE CE JOUR.",
    "MME {S} VUE CE JOUR.",
    "M. {S} VU CE JOUR.",
    "DR {S} PREVENU.",
    "AVIS DU DR {S} {G}.",
    "SA FILLE {S} {G} A APPELE.",
    "SON FILS {G} {S} EST PASSE.",
    "SA FILLE {G} A APPELE.",
    "{S} {G} APPELLE POUR SON TRAITEMENT.",
    "{S} APPELLE POUR SON TRAITEMENT.",
    "{G} {S} A APPELE CE MATIN.",
    "TRANSMISSIONS FAITES. {S} {G}",
    "CORDIALEMENT, {G} {S}",
    "IDE {S} {G}",
]

# capital clinical lines that hold no person: no span may touch a word
KEEP = [
    "APPEL DE LA PHARMACIE POUR LE TRAITEMENT.",
    "APPEL DE L'EHPAD CE MATIN.",
    "APPEL DU LABORATOIRE : RESULTATS NORMAUX.",
    "VU AVEC LE CARDIOLOGUE, POURSUITE DU TRAITEMENT.",
    "VU AVEC LA FAMILLE CE JOUR.",
    "ENTRETIEN AVEC LA PSYCHOLOGUE PREVU.",
    "MESSAGE DE L'EHPAD POUR LE RDV.",
    "MESSAGE DU SERVICE DE CARDIOLOGIE.",
    "DE LA PART DE LA PHARMACIE.",
    "POUR BILAN SANGUIN DEMAIN.",
    "POUR AVIS CARDIOLOGIQUE.",
    "RETOUR CHEZ ELLE PREVU DEMAIN.",
    "SORTIE CHEZ LUI SAMEDI.",
    "MEDECIN DE GARDE PREVENU.",
    "INTERNE DE GARDE APPELE.",
    "APPEL DE GARDE A 22H.",
    "COMPTE RENDU D'HOSPITALISATION",
    "ANTECEDENTS : HTA, DIABETE.",
    "TRAITEMENT : KARDEGIC 75 MG, DOLIPRANE 1 G.",
    "DOLIPRANE 1 G SI DOULEUR.",
    "LASILIX 40 MG LE MATIN.",
    "PATIENT VU AVEC SON EPOUSE.",
    "VU AVEC SA FILLE CE JOUR.",
    "SA FILLE A APPELE CE MATIN.",
    "APPEL DE SA FILLE CE MATIN.",
    "MESSAGE DE SON FILS POUR LE RDV.",
    "CONCLUSION : BILAN NORMAL.",
    "EXAMEN CLINIQUE NORMAL, PAS DE FIEVRE.",
    "TRANSFERT VERS LE SERVICE DE MEDECINE INTERNE.",
    "CONSULTATION DE SUIVI PREVUE DANS UN MOIS.",
    "APPEL DU MEDECIN TRAITANT POUR AVIS.",
    "VU AVEC L'INTERNE DE GARDE.",
    "ENTRETIEN AVEC L'ASSISTANTE SOCIALE.",
    "RDV CHEZ LE KINE LUNDI.",
    "PASSAGE CHEZ LE DENTISTE PREVU.",
    "POUR INFORMATION, BILAN A REFAIRE.",
    "DE LA PART DU DR : RAS.",
]


def probe_words(form, s, t, g):
    words = []
    if "{S}" in form:
        words.append(s)
    if "{G}" in form:
        words.append(g)
    return words


def keep_arm(tool):
    feed = "".join("\t".join(STRANGER + ROW_TAIL + [x, ""]) + "\n"
                   for x in KEEP)
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    changed, total = 0, 0
    for text, line in zip(KEEP, out):
        b = text.encode()
        spans = []
        for sp in filter(None, line.split(",")):
            a, e, _ = sp.split(":", 2)
            spans.append((int(a), int(e)))
        at = 0
        for word in text.split():
            wb = word.encode()
            at = b.find(wb, at)
            total += 1
            if any(a < at + len(wb) and at < e for a, e in spans):
                changed += 1
                print("CHANGED %-14s in %s" % (word, text))
            at += len(wb)
    print("caps30 keep arm: %d lines, %d of %d words changed"
          % (len(KEEP), changed, total))


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]
    run_probe("caps30", SURNAMES, GIVEN, TEMPLATES, probe_words)
    keep_arm(tool)


if __name__ == "__main__":
    main()
