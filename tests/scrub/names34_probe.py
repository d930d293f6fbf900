#!/usr/bin/env python3
"""Names the thirty-third pass of names reads (docs/scrub.md, "Names,
thirty-third pass (names34)"): a surname's particles and core in capitals
after kin or a title ("SON FILS DU PONT A APPELE", "VU AVEC MME DE LA
TOUR"); an east-Asian name in capitals with no cue at a line's or a
list's head ("LEE MIN HO", "NGUYEN VAN AN, TRAN THI HOA"); a surname at
a sentence's start before a first name found and a colon or a person's
act ("Vigneron Maxime : fracture", "Dauphin Emma passera demain"); a
name in quotes after a call, a message, "vu avec" ("appel de « Pigeon
»"), a quoted phrase after kin ("sa fille « Prince Cordonnier »"); a
double surname after a ward's word ("service Martin-Durand").  Every
line runs with an unrelated row (a stranger) and with the name's own
row (the patient); a word of the probed name that no span covers whole
is counted raw (probelib's driver).

KEEP (look-alike lines, every word a span touches counted, first names
of the lines apart) and BREADTH (every 40th word of wfrench in the new
positions, the lines whose probed word a span touches counted).
Synthetic, deterministic.

    python3 tests/scrub/names34_probe.py [build/tests/scrub_spans] [--list]
"""
import os
import sys

from probelib import run_probe, keep_arm
import names32_probe as p32

# ordinary-word surnames in no list, and invented ones of several origins
SURNAMES = p32.SURNAMES + ["VERGEOT", "KOWALCZE", "ADEBAYO", "OYELARAN",
                           "MARTINEAU", "LUSSAC"]
GIVEN = ["Maxime", "Aurore"]
TEMPLATES = [
    # (1) particles in capitals after kin or a title
    "SON FILS DU {S} A APPELE.",
    "VU AVEC MME DE LA {S} CE JOUR.",
    "APPEL DE MME DU {S}.",
    "SA FILLE DE LA {S} PASSERA DEMAIN.",
    "DR DU {S}.",
    # (3) a head surname, a first name found, a colon or an act
    "{W} {G} : fracture du radius.",
    "{W} {G} passera demain.",
    "RAS. {W} {G} vu ce jour.",
    # (4) quotes
    "appel de \u00ab {W} \u00bb ce matin.",
    "message de \"{W}\" hier.",
    "vu avec \u00ab {W} \u00bb ce jour.",
    "sa fille \u00ab {G} {W} \u00bb a appel\u00e9.",
]

ASIAN = ["LEE", "WONG", "TAN", "NGUYEN", "KIM", "PARK", "TRAN", "CHEN",
         "ZHANG", "WANG", "PHAM", "HOANG"]
ASIAN_GIVEN = ["MIN HO", "CHI WAI", "VAN AN", "THI HOA", "JI WOO",
               "BOON HUAT"]
ASIAN_TEMPLATES = [
    "{S} {G}",
    "- {S} {G}",
    "* {S} {G}",
    "LEE MIN HO, {S} {G}.",
]

WARD = [("Martin", "Durand"), ("Bernard", "Martin"), ("Thomas", "Petit"),
        ("Laurent", "Moreau"), ("Robert", "Girard"), ("Richard", "Roux")]
WARD_TEMPLATES = ["transfert service {S}-{T}.", "service {S}-{T} a appel\u00e9."]

KEEP = [
    "SOINS DE LA PLAIE.", "VU EN CS DU SOIR.", "PIC DE LA FIEVRE.",
    "SON FILS DU COIN.", "DR DU SERVICE.", "MME DE LA BANQUE A APPELE.",
    "DR DE GARDE.", "SA FILLE LA RAMENE.", "SON FILS LE CONDUIRA DEMAIN.",
    "SON FILS DU PREMIER MARIAGE A APPELE.", "MME LA CADRE A APPELE.",
    "SA MERE DE LA CAMPAGNE A APPELE.", "CADRE DE LA NUIT.",
    "DR DE LA CLINIQUE.", "SON FILS DE LA MAISON.", "SON PERE DU VILLAGE.",
    "SON FILS LE PLUS JEUNE A APPELE.", "IDE DU SOIR.",
    "TAN ET TA OK", "SUN EN CS", "KIM IRM FAITE", "HAN TA BAS", "LI NA BAS",
    "TAN LA NUIT", "NG SUR PLACE", "MOON NUIT", "Bilan : CRP NA BAS.",
    "Chute Marie : fracture du col.", "Enfant Lucas : fi\u00e8vre.",
    "Urgences Maxime : fi\u00e8vre.", "B\u00e9b\u00e9 Emma : fi\u00e8vre.",
    "Famille Louis pr\u00e9venue.", "Maman Louis a appel\u00e9.",
    "Pansement Louis : fait.", "Consultation Louis : RAS.",
    "Fracture Louis : pl\u00e2tre.", "Chapelle ardente.",
    "appel de \u00ab Urgence \u00bb ce matin.",
    "message de \u00ab Bienvenue \u00bb affich\u00e9.",
    "lettre de \u00ab Motivation \u00bb jointe.",
    "courrier de \u00ab Sortie \u00bb envoy\u00e9.",
    "message de \u00ab Maman \u00bb re\u00e7u.", "appel de \u00ab Papi \u00bb hier.",
    "sa fille \u00ab Tout Va Bien \u00bb dit-elle.",
    "sa fille \u00ab Bonne Nuit \u00bb chant\u00e9e.",
    "son fils \u00ab Le Petit Prince \u00bb lu.",
    "sa m\u00e8re \u00ab Joyeux Anniversaire \u00bb.",
    "sa fille \u00ab Petite Sir\u00e8ne \u00bb vue.",
    "vu avec \u00ab Madame \u00bb ce jour.",
    "Service Claude-Bernard, 3e \u00e9tage.", "service Robert-Debr\u00e9.",
    "service Jean-Dausset.", "service Henri-Mondor.",
    "b\u00e2timent Marie-Curie.", "service Georges-Pompidou.",
    "R\u00e9animation Claude-Bernard 2",
]

BREADTH = [
    "SON FILS DU {U} A APPELE.",
    "VU AVEC MME DE LA {U} CE JOUR.",
    "appel de \u00ab {W} \u00bb ce matin.",
    "sa fille \u00ab {W} {W} \u00bb a appel\u00e9.",
    "{W} Maxime : fracture du radius.",
]

FIRST = {"Marie", "Lucas", "Maxime", "Emma", "Louis"}


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]

    def words_of(form, s, t, g):
        if "{S}" in form:
            return [s]
        return [s[0] + s[1:].lower()]
    run_probe("names34", SURNAMES, GIVEN, TEMPLATES, words_of)

    def asian_words(form, s, t, g):
        return [s] + g.split()
    run_probe("names34 asian", ASIAN, ASIAN_GIVEN, ASIAN_TEMPLATES,
              asian_words)

    def ward_words(form, s, t, g):
        return [s, t]
    run_probe("names34 ward", [a for a, _ in WARD] + [b for _, b in WARD],
              [""], WARD_TEMPLATES, ward_words,
              second=lambda i: (i + len(WARD)) % (2 * len(WARD)))
    keep_arm(tool, "names34", KEEP, FIRST, ".,:")
    breadth_arm(tool)



def breadth_arm(tool):
    """Lines whose probed word ({U}, {W}) a span touches."""
    path = "/usr/share/dict/french"
    if not os.path.exists(path):
        print("names34 breadth arm: no %s, skipped" % path)
        return
    words = [w.strip() for w in open(path, encoding="utf-8")]
    words = [w for w in words if w.isalpha() and w.islower()][::40]
    for form in BREADTH:
        lines, pos = [], []
        for w in words:
            ww = w.upper() if "{U}" in form else w[0].upper() + w[1:]
            line = form.replace("{U}", ww).replace("{W}", ww)
            head = form.split("{")[0]
            lines.append(line)
            a = len(head.encode())
            pos.append((a, a + len(ww.encode())))
        n = sum(1 for (a, e), sp in zip(pos, p32.spans_of(tool, lines))
                if any(x < e and a < y for x, y in sp))
        print("names34 breadth: %-36s %5d of %d words taken"
              % (form, n, len(lines)))


if __name__ == "__main__":
    main()
