"""names38's probe (docs/scrub.md "Names, thirty-seventh pass (names38)"):
each family the pass built, over several names and templates, with a
stranger's row and the name's own (probelib.run_probe); a keep arm of
look-alike lines.  Synthetic, deterministic.

    python3 tests/scrub/names38_probe.py [build/tests/scrub_spans] [--list]
"""
import sys

from probelib import keep_arm, run_probe

# (1) a title and a particle in capitals, a core of "-s", "-x", "-ent"
PARTICLED = ["LE BRAS", "LE FROMENT", "LE BRIS", "LE ROUX", "LA TRAVERS",
             "DE LA TOUR", "LE GALL", "DU BOIS"]
CAPS = ["VU AVEC MME {S} CE JOUR.", "MME {S} CE MATIN", "MR {S} A APPELE.",
        "APPEL DE MME {S}.", "Vu avec MME {S} ce jour."]
# (2) quoted after "passage de", "visite de"
WORD_SURNAMES = ["PIGEON", "VIGNERON", "CHAPELLE", "TISSERAND",
                 "CORDONNIER", "DAUPHIN", "PRINCE"]
QUOTES = ["Passage de \u00ab {W} \u00bb hier.",
          "visite de \u00ab {W} \u00bb ce matin.",
          "RAS. Passage de \u00ab {W} \u00bb."]
# (3) east-Asian names with capitals only
ASIAN = ["Li Na", "Wong Ka Ho", "Cheung Ka Ho", "Chan Tai Man", "Ho Van Minh",
         "Vu Thi Lan", "Hsu Mei", "Tsai Wei", "Zhang Na", "Chen Lei",
         "Yip Ka Wai", "Do Van Long"]
ASIAN_T = ["{S} a appel\u00e9 ce matin.", "{S} vu ce jour.",
           "{S}, 34 ans, chute.", "RAS. {S} passera demain.",
           "Mme {S} ce jour."]
# (4) a list's items found in part
ITEMS = ["Hoang Mai", "Tran Van Long", "Pham Thi Lan", "Vo Van Kiet",
         "Dang Thi Mai", "Nguyen Van An"]
LISTS = ["Pr\u00e9sents : {S}, Tran Van Long et Pham Thi Lan.",
         "Vu avec Nguyen Van An et {S} ce jour.",
         "{S}, Le Thi Hoa et Bui Van Nam ont appel\u00e9."]
# (5) a stranger's double surname, a last part of "-ent", "-s"
DOUBLE = ["PRINCE", "CHAPELLE", "TISSERAND", "PIGEON", "DAUPHIN"]
DOUBLE_T = ["{W}-Froment {G} a appel\u00e9.", "{W}-Lebras {G} vue ce jour.",
            "{W}-Clement {G} passera demain."]
GIVEN = ["Anne", "Paul"]
# (6) the row's surname in lower case after a cue, or a hashtag
ROWLOW = ["vu par {s}", "vu par {s} ce jour.", "#{s}", "sign\u00e9 {s}.",
          "appel de {s} ce matin.", "RDV avec {s} lundi."]
KEEP = [
    "DOULEUR DU BRAS GAUCHE.", "MME LE BRAS GAUCHE DOULOUREUX.",
    "SON FILS LE BRAS CASSE.", "EXPLIQUE A MME LE TRAITEMENT.",
    "VU MME LE MOIS DERNIER.", "MME LE PREND BIEN.", "MR LE REFUSE.",
    "passage de \u00ab No\u00ebl \u00bb", "passage de \u00ab Urgence \u00bb",
    "visite de \u00ab Contr\u00f4le \u00bb", "passage de l'infirmi\u00e8re.",
    "K 4.2, Na 140, Li 0.8.", "Bilan : Na Bas.", "transfert en HO ce jour.",
    "HO 12 ce jour.", "Vu Paul ce jour.", "Chan is a surname.",
    "Ho Chi Minh-Ville.", "Dossier MSA en cours.", "RDV MDPH lundi.",
    "Aide-Soignante Anne a appel\u00e9.", "Avant-Bras Anne : douleur.",
    "Mme Martin Cardio, M. Dupont Neuro.", "traitement par IV.",
    "Passage AV ce matin.", "un vigneron du village.",
    "le pigeon sur le balcon.", "Long s\u00e9jour pr\u00e9vu.",
]
FIRST = {"Anne", "Paul", "Martin", "Dupont"}


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]

    def whole(form, s, t, g):
        return s.split()

    def cap(w):
        return w[:1] + w[1:].lower()

    run_probe("names38 (1) title and particle in capitals", PARTICLED, [""],
              CAPS, whole)
    run_probe("names38 (2) quote after passage, visite", WORD_SURNAMES, [""],
              QUOTES, lambda f, s, t, g: [cap(s)])
    run_probe("names38 (3) east-Asian with capitals only", ASIAN, [""],
              ASIAN_T, whole)
    run_probe("names38 (4) list items", ITEMS, [""], LISTS, whole)
    run_probe("names38 (5) stranger's double surname", DOUBLE, GIVEN,
              DOUBLE_T, lambda f, s, t, g: [cap(s), g])
    run_probe("names38 (6) row surname lower case, hashtag (the stranger's "
              "stays by design)", WORD_SURNAMES, [""], ROWLOW,
              lambda f, s, t, g: [s.lower()])
    # (7) the row's initials after a cue: the patient's row only
    inits = ["vu par {i}{j}", "sign\u00e9 {i}.{j}", "visa : {i}{j}",
             "valid\u00e9 par {i}. {j}", "vu par {i}{j}, RAS"]
    rows = [("VIGNERON", "Anne"), ("PIGEON", "Marc"), ("CHAPELLE", "Louis"),
            ("TISSERAND", "Rose")]
    import subprocess
    feed, meta = "", []
    for s, g in rows:
        for form in inits:
            x = form.format(i=g[0], j=s[0])
            for mode, row in (("patient", [s, g]), ("stranger",
                              ["KERVAZO", "Nolwenn"])):
                feed += "\t".join(row + ["", "", "", "", "40012345", x,
                                         ""]) + "\n"
                meta.append((mode, x))
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    raw = {"patient": 0, "stranger": 0}
    for (mode, x), line in zip(meta, out):
        if not line.strip():
            raw[mode] += 1
    print("names38 (7) row initials after a cue: %d lines, raw: patient %d, "
          "stranger %d (the stranger's stay by design unless dotted)"
          % (len(meta), raw["patient"], raw["stranger"]))
    keep_arm(tool, "names38", KEEP, FIRST, ".,:\u00bb")



if __name__ == "__main__":
    main()
