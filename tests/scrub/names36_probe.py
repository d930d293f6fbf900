#!/usr/bin/env python3
"""Names the thirty-sixth pass of names reads (docs/scrub.md, "Names,
thirty-sixth pass (names36)"): (1) a head surname no list holds before a
first name that is also a word or short ("Pigeon Marie suivie à
Robert-Debré"); (2) a signature at a message's end ("Merci. Prince
Stéphane »", "Cordialement, Vigneron Anne"), a nickname after a comma
("Marguerite, « Guite » pour l'équipe", "surnommée Guite"); (3) two of
the commonest surnames joined ("vu avec Durand-Martin").  Every line runs with an
unrelated row (a stranger) and with the name's own row (the patient); a
word of the probed name that no span covers whole is counted raw
(probelib's driver).  KEEP: look-alike lines, every word a span touches
counted (the first names of the lines apart).  BREADTH: how wide the
head position reads over wfrench.  Synthetic, deterministic.

    python3 tests/scrub/names36_probe.py [build/tests/scrub_spans] [--list]
"""
import sys

from probelib import run_probe, breadth_arm, keep_arm
import names32_probe as p32

# the brief's ordinary-word surnames in no list, and invented ones
SURNAMES = ["PIGEON", "VIGNERON", "CHAPELLE", "TISSERAND", "CORDONNIER",
            "PRINCE", "DAUPHIN", "BOULANGER", "PETIT", "MOUTARDE",
            "KOWALCZE", "ADEBAYO"]
# first names that are also words or short (the lists' ambiguous ones)
# and two plain ones
GIVEN = ["Marie", "Rose", "Claude", "Eva", "Jade", "Lou", "Anne",
         "St\u00e9phane"]
FAMILY1 = [
    "{W} {G} suivie \u00e0 Robert-Debr\u00e9.",
    "{W} {G} hospitalis\u00e9e pour chute.",
    "RAS. {W} {G} revue ce jour.",
    "{W} {G} a appel\u00e9 ce matin.",
    "{W} {G} admise en cardiologie.",
]
FAMILY2 = [
    "Bien re\u00e7u, merci. {W} {G} \u00bb",
    "Merci. {W} {G} \u00bb",
    "Cordialement, {W} {G}",
    "Bien \u00e0 vous, {W} {G}",
    "Amicalement. {W} {G}.",
    "Message : \u00ab Je rappelle demain. Merci. {W} {G} \u00bb",
    "Portail : \u00ab bonjour, merci de changer pour les courriers. "
    "{W} {G} \u00bb",
]
# nicknames after a comma and a name ({W}: the nickname)
NICK = [
    "Mme {G} Marguerite, \u00ab {W} \u00bb pour l'\u00e9quipe, est venue.",
    "M. {G} Paul, \u00ab {W} \u00bb pour tous.",
    "Mme {G} Anne, surnomm\u00e9e {W}, est venue.",
    "Son fils, surnomm\u00e9 {W}, a appel\u00e9.",
]
NICKNAMES = ["GUITE", "NANOU", "POLO", "JOJO", "PIGEON", "DAUPHIN", "TITI",
             "BOUBOU"]
# (3) two common surnames joined (eponym_chain)
PAIRS = [("DURAND", "MARTIN"), ("PETIT", "MARTIN"), ("DURAND", "BERNARD"),
         ("LEROY", "MARTIN"), ("DURAND", "PETIT"), ("BERNARD", "PETIT"),
         ("MARTIN", "DURAND"), ("DUPONT", "MARTIN")]
PAIR_TEMPLATES = ["Dossier vu avec {W}-{V} ce matin.",
                  "Vu ce jour en service {W}-{V} pour bilan.",
                  "{W}-{V} et Dupont ont appel\u00e9.",
                  "RAS. Appel de Mme {W}-{V}."]
KEEP = [
    "Chambre Rose ferm\u00e9e ce jour.", "Salle Rose r\u00e9nov\u00e9e.",
    "Couleur Rose p\u00e2le.", "Tension Claude stable.",
    "Saint Claude hospitalis\u00e9e.",
    "Maladie de Crohn suivie \u00e0 Robert-Debr\u00e9.",
    "Signe de Murphy positif. Merci.", "Grand \u00e2ge. Merci.",
    "Pansement Rose refait.", "Un pigeon rose pos\u00e9 sur le rebord.",
    "Merci. Bonne journ\u00e9e \u00bb", "Cordialement, Docteur Anne",
    "Cordialement, Service Claude", "Cordialement, Equipe Marie",
    "Merci. H\u00f4pital Marie \u00bb", "Cordialement, Pharmacie Rose",
    "Merci. Sainte Anne", "Cordialement, Infirmi\u00e8re Marie",
    "Doliprane Eva suivie.", "Merci. Bisous Marie \u00bb",
    "Cordialement, Maman Rose", "Merci. Mamie Rose \u00bb",
    "IRM Claude faite.", "Syndrome de Martin-Bell.",
    "Vu un Martin-Bell probable.", "Pas de Guillain-Barr\u00e9.", "Merci. Bravo Anne \u00bb",
    "Cordialement, SAMU Claude", "Merci. Doliprane Claude \u00bb",
]
FIRST = {"Rose", "Claude", "Marie", "Anne", "Eva"}
BREADTH = [
    "{W} Marie suivie \u00e0 Robert-Debr\u00e9.",
    "Merci. {W} Anne \u00bb",
    "Cordialement, {W} Rose",
    "Portail : \u00ab RAS ce jour. {W} Anne \u00bb",
]


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]

    def cap(w):
        return w[:1] + w[1:].lower()

    def words(form, s, t, g):
        return [cap(s), g]
    run_probe("names36 (1) head, ambiguous first name", SURNAMES, GIVEN,
              FAMILY1, words)
    run_probe("names36 (2) signature", SURNAMES, GIVEN, FAMILY2, words)

    def nick_words(form, s, t, g):
        return [cap(s)]
    run_probe("names36 (2) nicknames", NICKNAMES, ["Petit", "Vigneron"],
              NICK, nick_words)

    def pair_words(form, s, t, g):
        return [cap(s), cap(t)]
    run_probe("names36 (3) common pairs", [a for a, _ in PAIRS] +
              [b for _, b in PAIRS], [""], PAIR_TEMPLATES, pair_words,
              second=lambda i: (i + len(PAIRS)) % (2 * len(PAIRS)))
    keep_arm(tool, "names36", KEEP, FIRST, ".,:\u00bb")
    breadth_arm(tool, "names36", BREADTH)



if __name__ == "__main__":
    main()
