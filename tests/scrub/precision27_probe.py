#!/usr/bin/env python3
"""The twenty-seventh precision pass's rules that keep words (docs/scrub.md,
"Precision, twenty-seventh pass (precision27)"), probed with surnames that
are ordinary words and in no list of names, in and around the kept
positions: a hospital named after a person, written Given-Surname with a
hyphen (person_hospital: here "{G}-{S}", a given name joined to the
surname as the kept names are, after the cues the kept names stand
after); two digits after a day and a month before a plural count noun
(scan_text_dates: here the surname after the count); a ward's letter
after a capitalized "Médecine Interne" (role_adjective_caps: here the
surname after "Interne").  Every line runs with an unrelated row (a
stranger) and with the name's own row (the patient).  A word of the
probed name that no span covers whole is counted raw.  Synthetic,
deterministic.

    python3 tests/scrub/precision27_probe.py [build/tests/scrub_spans] [--list]
"""
from probelib import run_probe

# the brief's nine, one of the lists, one no list holds
SURNAMES = ["Pigeon", "Vigneron", "Chapelle", "Tisserand", "Cordonnier",
            "Prince", "Dauphin", "Boulanger", "Petit", "Dupont",
            "Kerouredan"]
# given names of the table's entries (Henri, Robert, Georges, Jean, Paul)
GIVEN = ["Henri", "Robert", "Georges", "Jean", "Paul"]
TEMPLATES = [
    # person_hospital's positions
    "suivi au centre de r\u00e9f\u00e9rence de {G}-{S} pour sa dr\u00e9panocytose.",
    "Transf\u00e9r\u00e9 \u00e0 {G}-{S} cette nuit.",
    "H\u00f4pital Necker-Enfants malades, {G}-{S}, Trousseau : correspondants.",
    "hospitalis\u00e9e \u00e0 {G}-{S} en 2023.",
    "adress\u00e9 par {G}-{S} pour avis.",
    "M. {G}-{S} vu ce jour.",
    "Mme {S} suivie \u00e0 Henri-Mondor.",
    "{S} Marie suivie \u00e0 Robert-Debr\u00e9.",
    "Transf\u00e9r\u00e9 \u00e0 Robert-Debr\u00e9 {S}.",
    "Vu par Henri-Mondor {S} ce jour.",
    # scan_text_dates' count after a day and a month
    "radioth\u00e9rapie du 5 au 23 janvier, 14 s\u00e9ances, {S} pr\u00e9venu.",
    "vu le 2 mars, 25 s\u00e9ances avec {S} Marie.",
    "le 23 janvier 14 s\u00e9ances, M. {S} d'accord.",
    # role_adjective_caps' positions
    "Transfert en M\u00e9decine Interne {S} ce jour.",
    "M\u00e9decine Interne {S} : entr\u00e9e ce jour.",
    "M\u00c9DECINE INTERNE {S} : entr\u00e9e ce jour.",
    "Vu en M\u00e9decine Interne B par {S} ce jour.",
    "M\u00e9decine Interne B : M. {S}.",
    "Vu avec {G} Interne {S}.",
    "L'Interne {S} a vu la patiente.",
]


def probe_words(form, s, t, g):
    """The probed name's words in a line of form: the surname (in
    capitals where the template writes capitals before it)."""
    return [s]


def main():
    run_probe("precision27", SURNAMES, GIVEN, TEMPLATES, probe_words)


if __name__ == "__main__":
    main()
