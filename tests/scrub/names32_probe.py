#!/usr/bin/env python3
"""Names the thirty-first pass of names reads (docs/scrub.md, "Names,
thirty-first pass (names32)"): a surname that is an ordinary word and in
no list (Pigeon, Vigneron, Chapelle, Tisserand, Cordonnier, Prince,
Dauphin) alone after a capital cue, at a sentence's start before a colon
and a call or a person's participle, after kin and a particle in lower
case, after "M" without its dot; east-Asian names in their usual order.
Every line runs with an unrelated row (a stranger) and with the name's
own row (the patient); a word of the probed name that no span covers
whole is counted raw (probelib's driver).

Three precision arms.  KEEP: look-alike lines that hold no person (a
note's nouns, labels, things and persons' nouns in the same positions);
every word a span touches is counted changed.  BREADTH: every 40th word
of wfrench (/usr/share/dict/french) in five of the positions, the lines
changed counted (how wide a position's reading is: most of those words
are verb forms and rare nouns no note writes there).  Synthetic,
deterministic.

    python3 tests/scrub/names32_probe.py [build/tests/scrub_spans] [--list]
"""
import os
import subprocess
import sys
import unicodedata

from probelib import run_probe, STRANGER, ROW_TAIL

SURNAMES = ["PIGEON", "VIGNERON", "CHAPELLE", "TISSERAND", "CORDONNIER",
            "PRINCE", "DAUPHIN"]
GIVEN = ["MARIE"]
# {S} in capitals, {W} capitalized ({s} lower case)
TEMPLATES = [
    # (1) alone after a capital cue
    "VU AVEC {S} CE JOUR.",
    "APPEL DE {S}",
    "APPEL DE {S} CE MATIN.",
    "ENTRETIEN AVEC {S}.",
    "MESSAGE DE {S} POUR LE RDV.",
    "PASSAGE CHEZ {S} CE MATIN.",
    "DE LA PART DE {S}.",
    "ADRESSE PAR {S}.",
    # (2) at a sentence's start
    "{W} : rappeler demain.",
    "{W} : recontacter lundi.",
    "{W} prévenu.",
    "{W} appelé ce matin.",
    "RAS. {W} injoignable.",
    "{W} rappellera demain.",
    "{W} prévu lundi.",
    "{W} vu ce jour.",
    # (4) kin and a particle, "M" without its dot
    "son fils de la {s}",
    "sa nièce le {s} passera demain.",
    "son mari du {s} a appelé.",
    "vu M {s} ce matin.",
    "pour M {s}",
]

ASIAN = ["LEE", "WONG", "TAN", "NGUYEN", "KIM", "PARK", "TRAN", "CHEN"]
ASIAN_GIVEN = ["Min Ho", "Chi Wai", "Boon Huat", "Van An", "Ji Woo"]
ASIAN_TEMPLATES = [
    "{S} {G}",
    "Chambre 12 : {S} {G}",
    "Lit 3 : {S} {G}, RAS.",
    "Vu avec {S} {G} ce jour.",
    "{S} {G} a appelé.",
    "Patient : {S} {G}",
]

KEEP = [
    "VU AVEC LA FAMILLE CE JOUR.", "AVEC PRUDENCE.",
    "VU AVEC CARDIOLOGUE CE JOUR.", "APPEL DE GARDE.",
    "PASSAGE CHEZ KINE.", "VU AVEC FAMILLE.", "PAR TELEPHONE.",
    "APPEL DE NUIT.", "VU AVEC DIFFICULTE.", "MESSAGE DE SOUTIEN.",
    "COURRIER DE SORTIE.", "PAR VOIE ORALE.", "CHEZ ELLE.",
    "VU AVEC INTERNE.", "APPEL DE REGULATION.", "APPEL DE CONFIRMATION.",
    "MESSAGE DE RAPPEL.", "AVEC PLAISIR.", "CHEZ SOI.",
    "DOULEUR CALMEE PAR MORPHINE.", "TS PAR DEXERYL.", "AVEC CANNE.",
    "AVEC SOUPE.", "AVEC SERINGUE.", "PAR SERINGUE.", "AVEC COMPRESSE.",
    "MANGE AVEC APPETIT.", "AVEC FIEVRE.", "CHEZ FILLE.",
    "LETTRE DE LIAISON.", "APPEL DE CONTROLE.", "VU AVEC MAMAN CE JOUR.",
    "VU AVEC MEDECIN TRAITANT.", "APPEL DE PHARMACIE.", "CHEZ DENTISTE.",
    "VU AVEC CHIRURGIEN.", "VU AVEC GERIATRE.", "VU AVEC REFERENT.",
    "CHEZ PAPI.", "MESSAGE DE BIENVENUE.", "APPEL DE DETRESSE.",
    "ADRESSE PAR URGENCES.", "ADRESSE PAR MEDECIN TRAITANT.",
    "Labo : rappeler demain.", "Mutuelle : rappeler demain.",
    "Conseil : contacter le médecin.", "Banque : rappeler demain.",
    "Pharmacie : rappeler.", "Taxi : rappeler.", "Secrétariat : rappeler.",
    "Dossier vu ce jour.", "Pansement vu ce jour.", "Talon vu ce jour.",
    "Escarre vue ce jour.", "Scanner prévu lundi.", "Bilan prévu lundi.",
    "Famille prévenue.", "Couple informé.", "Taxi appelé.",
    "Cadre prévenu.", "Interne prévenu.", "Patient prévenu.",
    "Transporteur appelé.", "Tuteur prévenu.",
    "Vu avec NFS Hb Normale.", "Bilan : CRP Na Bas.", "HTA Sous Ttt.",
    "TA Bras Gauche.", "TDM Tap Inj.", "IRM Chu Nord.", "ECBU Pos Coli.",
    "son fils le matin.", "son fils de retour.", "sa fille de garde.",
    "son fils le plus jeune.", "sa fille la cadette a appelé.",
    "son fils du coin.", "sa fille la voisine.", "sa fille la nuit.",
    "son fils de la première union a appelé.", "taille M blanc.",
    "groupe M martin.", "pour M tuberculosis.",
]

BREADTH = [
    "VU AVEC {U} CE JOUR.",
    "APPEL DE {U}.",
    "{W} : rappeler demain.",
    "{W} prévenu.",
    "sa nièce le {w} passera demain.",
    "vu M {w} ce matin.",
]


def spans_of(tool, lines):
    feed = "".join("\t".join(STRANGER + ROW_TAIL + [x, ""]) + "\n"
                   for x in lines)
    out = subprocess.run([tool], input=feed.encode(), stdout=subprocess.PIPE,
                         check=True).stdout.decode().split("\n")
    res = []
    for line in out[:len(lines)]:
        sp = []
        for x in filter(None, line.split(",")):
            a, e, _ = x.split(":", 2)
            sp.append((int(a), int(e)))
        res.append(sp)
    return res


def keep_arm(tool):
    changed, total = 0, 0
    for text, spans in zip(KEEP, spans_of(tool, KEEP)):
        b = text.encode()
        at = 0
        for word in text.split():
            wb = word.encode()
            at = b.find(wb, at)
            total += 1
            if any(a < at + len(wb) and at < e for a, e in spans):
                changed += 1
                print("CHANGED %-14s in %s" % (word, text))
            at += len(wb)
    print("names32 keep arm: %d lines, %d of %d words changed"
          % (len(KEEP), changed, total))


def plain_upper(w):
    return "".join(c for c in unicodedata.normalize("NFD", w)
                   if unicodedata.category(c) != "Mn").upper()


def breadth_arm(tool):
    path = "/usr/share/dict/french"
    if not os.path.exists(path):
        print("names32 breadth arm: no %s, skipped" % path)
        return
    words = [w.strip() for w in open(path, encoding="utf-8")]
    words = [w for w in words if w.isalpha() and w.islower()][::40]
    for form in BREADTH:
        lines = [form.replace("{U}", plain_upper(w)).replace(
                 "{W}", w[0].upper() + w[1:]).replace("{w}", w)
                 for w in words]
        n = sum(1 for sp in spans_of(tool, lines) if sp)
        print("names32 breadth: %-34s %5d of %d lines changed"
              % (form, n, len(lines)))


def main():
    tool = "build/tests/scrub_spans"
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if args:
        tool = args[0]

    run_probe("names32", SURNAMES, GIVEN, TEMPLATES, words_of)

    def asian_words(form, s, t, g):
        return [s] + g.split()
    run_probe("names32 asian", ASIAN, ASIAN_GIVEN, ASIAN_TEMPLATES,
              asian_words)
    keep_arm(tool)
    breadth_arm(tool)


def words_of(form, s, t, g):
    if "{S}" in form:
        return [s]
    if "{W}" in form:
        return [s[0] + s[1:].lower()]
    return [s.lower()]


if __name__ == "__main__":
    main()
