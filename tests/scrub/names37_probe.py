#!/usr/bin/env python3
"""Names the names37 pass reads by their shape (docs/scrub.md, "names37"):
(1) romanized Chinese names, a common surname beside a given name of two
pinyin syllables ("Lin Xiaoyu", "WANG Xiuying"), both orders; (2) Malagasy
surnames by their morphology ("Rakotomalala", "Andrianarivo"), beside a
French first name or after a title.  Several hundred generated names a
family in common templates; every line runs with an unrelated row (a
stranger) and with the name's own row (the patient); a word of the probed
name that no span covers whole is counted raw (probelib's driver).  KEEP:
look-alike lines (months, fabrics, "Rapport", drugs), every span counted.
Then the breadth arm: wfrench words in the name positions.  Synthetic,
deterministic.

    python3 tests/scrub/names37_probe.py [build/tests/scrub_spans] [--list]
"""
import sys

from probelib import run_probe, breadth_arm, spans_of

SURNAMES_ZH = ["ZHANG", "WANG", "LIN", "CHEN", "LIU", "YANG", "HUANG", "ZHAO",
               "ZHOU", "XU", "SUN", "WU", "GUO", "HE", "LUO", "LIANG", "XIE",
               "SONG", "DENG", "FENG"]
# given names of two syllables, generated: every 7th pair of a few common
# given-name syllables (deterministic)
SYL = ["xiao", "yu", "wei", "ming", "hua", "jian", "li", "hong", "fang",
       "jun", "ying", "xiu", "lan", "mei", "hao", "yan", "qing", "zhi",
       "tao", "jie", "ling", "na", "ping", "bo", "yong", "chen", "xin",
       "rui", "zi", "han"]
GIVEN_ZH = []
for i, a in enumerate(SYL):
    for j, b in enumerate(SYL):
        if a != b and (i * 31 + j) % 23 == 0:
            GIVEN_ZH.append((a + b).capitalize())
ZH_TEMPLATES = [
    "{W} {G} vu ce jour.",
    "Mme {W} {G} a appel\u00e9.",
    "appel de {G} {W} pour RDV.",
    "{S} {G}",
    "{S} {G} hospitalis\u00e9 pour chute.",
    "RAS. {G} {W} sortie pr\u00e9vue lundi.",
    "Patient : {S} {G}, 45 ans.",
]

HEADS = ["Ra", "Rako", "Rakoto", "Andria", "Andrian", "Razafi", "Rabe",
         "Randria", "Raso", "Rave"]
ROOTS = ["malala", "vao", "narivo", "soa", "naivo", "nirina", "manana",
         "solo", "arisoa", "mahefa", "lojaona", "ndrakoto", "mampionona",
         "nantenaina", "harison", "fenitra", "tsimba", "mboahangy"]
SURNAMES_MG = []
for i, h in enumerate(HEADS):
    for j, r in enumerate(ROOTS):
        if (i + j) % 2 == 0:
            SURNAMES_MG.append((h + r).upper())
GIVEN_MG = ["Paul", "Anne", "Marcelle"]
MG_TEMPLATES = [
    "{W} {G} vu ce jour.",
    "Mme {W} a appel\u00e9.",
    "appel de {G} {W} pour RDV.",
    "{S} {G}",
    "Dr {W} pr\u00e9venu.",
    "famille : M. {W} (fils).",
]

KEEP = [
    "en mai, chute.", "tissu de lin, pansement.", "Rapport du scanner.",
    "Rabelais cit\u00e9.", "Le 3 mai RAS.", "MAI 2024 : bilan.",
    "Tension 12/8, Lin\u00e9aire.", "Change complet fait.", "Zinnat 500.",
    "Sun protection.", "He was seen today.", "Long s\u00e9jour.",
    "Rapatriement pr\u00e9vu.", "Radiographie du thorax.",
    "Ratatin\u00e9e, asth\u00e9nique.", "MoCA 24/30.", "score CIWA 8.",
    "PASI 12.", "Xanax 0,25.", "Hepan 2 cp.", "Randonn\u00e9e annul\u00e9e.",
    "carcinome in situ du sein.", "HU 28 cm, BDC 140.", "demin jsui malade.",
]


def words_zh(form, s, t, g):
    w = s if "{S}" in form else s[:1] + s[1:].lower()
    return [w, g]


def words_mg(form, s, t, g):
    return [s if "{S}" in form else s[:1] + s[1:].lower()]


def main():
    run_probe("names37 chinese", SURNAMES_ZH, GIVEN_ZH, ZH_TEMPLATES, words_zh)
    run_probe("names37 malagasy", SURNAMES_MG, GIVEN_MG, MG_TEMPLATES,
              words_mg)
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]
    taken = 0
    for line, sp in zip(KEEP, spans_of(tool, KEEP)):
        if sp:
            taken += 1
            if "--list" in sys.argv:
                print("KEEP-TAKEN %s %s" % (line, sp))
    print("names37 keep: %d of %d look-alike lines with a span"
          % (taken, len(KEEP)))
    breadth_arm(tool, "names37", ["{W} Xiaoyu vu ce jour.",
                                  "Lin {W} vu ce jour.",
                                  "{W} Paul vu ce jour."])


if __name__ == "__main__":
    main()
