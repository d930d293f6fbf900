#!/usr/bin/env python3
"""Names the thirty-fifth pass of names reads (docs/scrub.md, "Names,
thirty-fifth pass (names35)"): (1) a head surname before a first name and
anything clinical ("Tisserand Paul hospitalisé"); (2) east-Asian names in
capitals inside a clause in capitals ("LEE MIN HO A APPELE"), two words
("ZHANG LEI"), two-letter family names beside a given name ("NG Van
Minh"); (3) "service Durand-Martin", "passage de « X »", "MME LE BRAS";
(4) double ordinary-word surnames beside a first name, "Vigneron, Anne",
lists "Vigneron A., Tisserand B.", the row's surname in capitals with a
slash ("DUPONT/MARTIN"); (5) logins and paths.  Every line runs with an
unrelated row (a stranger) and with the name's own row (the patient); a
word of the probed name that no span covers whole is counted raw
(probelib's driver).  KEEP: look-alike lines, every word a span touches
counted (first names of the lines apart).  Synthetic, deterministic.

    python3 tests/scrub/names35_probe.py [build/tests/scrub_spans] [--list]
"""
import sys

from probelib import run_probe, breadth_arm, keep_arm
import names32_probe as p32

# ordinary-word surnames in no list, and invented ones of several origins
SURNAMES = p32.SURNAMES + ["MOUTARDE", "FROMENT", "VERGEOT", "KOWALCZE",
                           "ADEBAYO", "LUSSAC"]
GIVEN = ["Paul", "Anne", "Marcelle", "Hugo"]
FAMILY1 = [
    "{W} {G} hospitalis\u00e9 pour chute.",
    "{W} {G} vue ce jour pour suture.",
    "{W} {G} fi\u00e8vre \u00e0 39.",
    "RAS. {W} {G} douleur thoracique depuis hier.",
    "{W} {G} sortie pr\u00e9vue lundi.",
    "{W} {G} a \u00e9t\u00e9 vu aux urgences.",
]
FAMILY4 = [
    "{W}-{V} {G} vue ce jour.",
    "Mme {W}-{V} {G} a appel\u00e9.",
    "{W}, {G} : fracture du radius.",
    "Patient : {W}, {G}.",
    "Pr\u00e9sents : {W} {I}., {V} B.",
]
FAMILY3 = [
    "MME LE {S} A APPELE.",
    "VU AVEC MR LE {S} CE JOUR.",
    "passage de \u00ab {W} \u00bb ce matin.",
    "visite de \u00ab {W} \u00bb hier.",
]
WARD = [("Durand", "Martin"), ("Petit", "Bernard"), ("Moreau", "Thomas"),
        ("Girard", "Laurent"), ("Roux", "Richard"), ("Fournier", "Robert"),
        ("Durand", "Petit"), ("Lefebvre", "Moreau")]
WARD_TEMPLATES = ["transfert service {S}-{T}.", "service {S}-{T} a appel\u00e9.",
                  "vu par le service {S}-{T} ce jour."]
BRETON = ["BRAS", "GALL", "GOFF", "BIHAN", "CORRE", "MEUR", "BRIS", "DUFF",
          "PAPE", "ROUX", "GUEN", "FLOCH"]
ASIAN = ["LEE", "WONG", "TAN", "NGUYEN", "KIM", "PARK", "TRAN", "CHEN",
         "ZHANG", "WANG", "PHAM", "HOANG", "NG", "LY", "WU", "HO"]
ASIAN_GIVEN = ["MIN HO", "CHI WAI", "VAN AN", "THI HOA", "LEI", "WEI"]
ASIAN_TEMPLATES = [
    "{S} {G} A APPELE CE MATIN.",
    "APPEL DE {S} {G} POUR RDV.",
    "{S} {G}",
    "RAS. {S} {G} VU CE JOUR.",
]
FAMILY5 = [
    "fichier C:\\Users\\{i}{s}\\Documents\\cr.docx",
    "compte @{i}{s} sur le portail.",
    "COVID-{W} positif.",
]

KEEP = [
    "Paul en rééducation.", "saint Paul hospitalisé.",
    "test de Weber positif.", "maladie de Crohn connue.",
    "Grand âge, chute.", "Doliprane 1 g vu ce jour.",
    "Tension Paul stable.", "Service Claude-Bernard, 3e étage.",
    "service Robert-Debré.", "service Henri-Mondor.",
    "Chapelle ardente.", "Pansement Anne : fait.",
    "MME LE DIT A APPELE.", "MME LE SAIT.", "MR LE DOS DOULOUREUX.",
    "BRAS GAUCHE DOULOUREUX.", "passage de « routine » ce matin.",
    "passage de « Noël » ce matin.", "KIM IRM FAITE", "TAN LA NUIT",
    "NG SUR PLACE", "LI NA BAS", "HO A JEUN", "LY MPHO",
    "COVID-19 positif.", "Post-COVID. Fatigue.",
    "Vu, RAS.", "Fièvre, Paul.",
]
FIRST = {"Paul", "Anne", "No\u00ebl"}
BREADTH = [
    "{W} Paul hospitalis\u00e9 pour chute.",
    "{W}, Anne : fracture du radius.",
    "Pr\u00e9sents : {W} P., Vigneron B.",
    "ZHANG {U} A APPELE CE MATIN.",
]


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]

    def cap(w):
        return w[:1] + w[1:].lower()

    def words1(form, s, t, g):
        return [cap(s)]
    run_probe("names35 (1) head", SURNAMES, GIVEN,
              FAMILY1, words1)

    n = len(SURNAMES)

    def words4(form, s, t, g):
        # each part of a double surname: the row's part may be a span of
        # its own beside the other's, both replaced
        if "{V}" in form:
            return [cap(s), cap(t)]
        return [cap(s)]
    run_probe("names35 (4) doubles, commas", SURNAMES, GIVEN, FAMILY4, words4,
              second=lambda i: (i + 3) % n)

    def words3(form, s, t, g):
        return [s] if "{S}" in form else [cap(s)]
    run_probe("names35 (3) particles, quotes", BRETON + SURNAMES, [""],
              FAMILY3, words3)

    def ward_words(form, s, t, g):
        return [s + "-" + t]
    run_probe("names35 (3) ward", [a for a, _ in WARD] + [b for _, b in WARD],
              [""], WARD_TEMPLATES, ward_words,
              second=lambda i: (i + len(WARD)) % (2 * len(WARD)))

    def asian_words(form, s, t, g):
        return [s] + g.split()
    run_probe("names35 (2) asian", ASIAN, ASIAN_GIVEN, ASIAN_TEMPLATES,
              asian_words)

    def words5(form, s, t, g):
        return [s.lower()] if "{s}" in form else [cap(s)]
    run_probe("names35 (5) logins", SURNAMES, GIVEN, FAMILY5, words5)
    keep_arm(tool, "names35", KEEP, FIRST, ".,:")
    breadth_arm(tool, "names35", BREADTH)



if __name__ == "__main__":
    main()
