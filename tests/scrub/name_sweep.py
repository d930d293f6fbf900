#!/usr/bin/env python3
"""Name recall from the project's own name lists, not from hand sets: the
counterpart of lexicon_sweep.py (docs/scrub.md, "Name sweep (namesweep19)").

Surnames and given names sampled from conf/detect/last_names*.txt and
first_names*.txt (every k-th of each list, deterministic), plus typed
surnames that are ordinary French words (in no name list, the kind that
leaked in the nineteenth pass) and surnames with particles, are written
into sentence templates French clinical notes use: after a title, after
kin, after "avec", "de", "par", "vu par", "appel de", at a sentence start
before a verb, in capitals, surname first, after a role's colon, in a
list, before "né(e) le", in a signature, in an e-mail quote header, next
to an initial.  Each line is fed twice: with an unrelated patient's row
(the name is a stranger's) and with the name's own row (the name is the
patient's).  Every word of the swept name that a span does not fully
cover is a miss; the sweep prints the rate per template and per source
(and per mode), and the misses with --list.

The other half of the person (a given name next to a swept surname, a
surname next to a swept given name) is a fixed common name; its words
left raw are counted apart ("companion").  Initials are not counted.

Usage:

    python3 tests/scrub/name_sweep.py [--scrub build/tests/scrub_spans]
        [--recall-first] [--mode both|stranger|patient] [--list]
        [--tsv FILE]
"""
import argparse
import os
import re
import signal

from sweeplib import ROOT, every, read_lines, run_spans

# The unrelated patient (the row of the stranger mode); swept names equal
# to one of its words are dropped.
ROW_STRANGER = ["KERVAZO", "Nolwenn", "284052912345678", "06 12 34 56 78",
                "n.kervazo@example.org", "14 impasse Kerangall", "40012345"]
ROW_REST = ["", "", "", "", "40012345"]

# Surnames that are ordinary French words (trades, animals, places,
# titles), typed; the precision arms of the nineteenth pass leaked some.
ORDINARY = """Pigeon Vigneron Chapelle Tisserand Cordonnier Prince Dauphin
Boulanger Meunier Charpentier Boucher Berger Fontaine Chevalier Marchand
Mercier Lebrun Leblanc Petit Legrand Bonhomme Boulay Carré Chasseur
Couturier Forgeron Fournier Jardinier Labbé Lecomte Lemaire Lévêque
Masson Moulin Meunier Pasteur Pêcheur Poisson Renard Rossignol Roy
Sabatier Serrurier Tailleur Tonnelier Vacher Verrier Chevrier Faucon
Loiseau Lapin Mouton Chevreuil Lecoq Poulain Corbeau Moineau Merle
Levasseur Lenoir Leroux Bossu Legros Lejeune Levieux Sergent Lechat
Lelièvre Bouvier Pelletier Tanneur Barbier Mallet Marteau Bâton Rivière
Laforêt Dumont Duval Delaplace Dupré Deschamps Lamontagne Château Pont
Bourgeois Bailly Prévost Baron Comte Marquis Duc Lévesque Abbé Moine
Clerc Chanoine Doyen Maire Juge Vasseur Sénéchal Printemps Hiver
Lété Février Janvier Samedi Dimanche Noël Pâques Toussaint Gâteau
Pain Beurre Fromage Lait Vin Poivre Sel Farine Miel Rose Violette
Lys Olive Pomme Poirier Cerisier Chêne Dubois Lhermitte Lange Ledoux
Bonjour Content Bonnet Chapeau Soulier Manteau Lecourt Lelong Lefort""".split()
# Surnames with particles, as the civil register writes them.
PARTICLES = ["Le Goff", "Le Gall", "Le Roux", "Le Bris", "Le Floch",
             "Le Corre", "Le Guen", "Le Pen", "La Rocca", "De La Fontaine",
             "De La Cruz", "de la Tour", "de Villiers", "De Oliveira",
             "Da Silva", "Dos Santos", "Du Pont", "Des Rosiers",
             "Van den Broeck", "Van der Berg", "Van Damme", "Von Stein",
             "N'Diaye", "N'Guessan", "N'Dour", "M'Bappé", "M'Bengue",
             "D'Almeida", "D'Souza", "Ben Ali", "Ben Said", "Ait Ouali",
             "El Amrani", "Abou Nasser", "Mac Gregor", "O'Neill",
             "Saint-Martin", "Sainte-Marie", "Saint Jean", "Le Bihan-Kerouac"]

# Fixed companions (the other half of the person), common names the
# detectors know; chosen by index, deterministic.
GIVEN_FIX = ["Marie", "Jean", "Sophie", "Louis", "Chantal", "Hugo"]
SURNAME_FIX = ["Martin", "Durand", "Lefebvre", "Moreau", "Girard", "Roux"]

# Templates: {S} surname, {G} given name, {N} the swept name alone
# (surname or given name), {SU}/{GU}/{NU} in capitals, {I} the given
# name's initial.  A template with {S} only is for swept surnames, {G}
# only for swept given names, {N} or both for every source.
TEMPLATES = [
    ("mme", "Mme {S} vue ce jour, douleur 3/10."),
    ("m_full", "M. {G} {S} 1 cp le soir."),
    ("mme_sg", "Mme {S} {G} vue ce jour."),
    ("dr", "Dr {S} prévenu, passera demain."),
    ("pr", "Avis du Pr {S} demandé pour la suite."),
    ("sa_fille", "Appel de sa fille {G}, inquiète."),
    ("son_fils", "Son fils {G} {S} viendra demain."),
    ("l_epouse", "Vu avec l'épouse, {G}, ce matin."),
    ("avec", "Entretien avec {G} {S} ce jour."),
    ("avec_bare", "Entretien avec {N} ce jour."),
    ("de", "Courrier de {G} {S} reçu ce matin."),
    ("par", "Patiente adressée par {G} {S} pour avis."),
    ("vu_par", "Vue par {N} ce matin, RAS."),
    ("appel_de", "Appel de {N} pour avoir des nouvelles."),
    ("start_verb", "{G} {S} signale une douleur thoracique."),
    ("start_bare", "{N} refuse le traitement ce soir."),
    ("capitals", "MME {SU} {GU} VUE CE JOUR."),
    ("caps_title", "Appel de M. {SU} ce matin."),
    ("surname_first", "Patiente {SU} {G} entrée ce jour."),
    ("role_ide", "IDE : {G}, relève faite à 7h."),
    ("role_fille", "Fille : {G} {S}, joignable le soir."),
    ("list_mid", "Présents : Dr Le Bihan, {G} {S} et l'IDE."),
    ("list_last", "Présents : la patiente, sa fille et {N}."),
    ("born", "{G} {S}, né(e) le 12/03/1950, entré ce jour."),
    ("signature", "Bien confraternellement, Dr {G} {S}"),
    ("signature_bare", "Cordialement. {G} {S}"),
    ("email_quote", "Le 3 mars, {G} {S} a écrit :"),
    ("initial_first", "{I}. {S} prévenu ce jour."),
    ("initial_after", "Vu avec {S} {I}. ce matin."),
]

# --names20: shapes the nineteenth pass listed as left and no template
# above writes (docs/scrub.md, "Names, twentieth pass (names20)"): the
# surname first before a person's verb or a comma, the pair before
# "est", a bare name after "et" that follows kin, after the "de" of a
# visit, in lower-case running text after "avec".  Only on request: the
# default figures stay comparable with namesweep19's.
TEMPLATES_20 = [
    ("surname_verb", "{S} {G} a appelé ce matin."),
    ("surname_comma", "{S} {G}, 45 ans, vue ce jour."),
    ("pair_est", "{G} {S} est passée ce matin."),
    ("born_sf", "{S} {G}, née le 3/4/1950."),
    ("et_kin", "Vu avec sa fille et {N} ce jour."),
    ("visite_de", "Visite de {N} ce jour."),
    ("lower_avec", "rdv pris avec {G} {S} pour demain."),
]

# --names26: the field labels, signatures and initials of the
# twenty-sixth pass's brief that a line can carry (docs/scrub.md, "Names,
# twenty-sixth pass (names26)"; a name cut by a line break or a table's
# rows need a line's end, which scrub_spans' rows cannot hold: those are
# tests/unit/test_names26.c's).  Only on request, as --names20.
TEMPLATES_26 = [
    ("objet_bare", "Objet : {S}"),
    ("objet_title", "Objet : Mme {S}"),
    ("patient_colon", "Patient : {S}, 82 ans."),
    ("concerne_title", "Concerne : M. {S}"),
    ("sig_sf", "Cordialement, {S} {G}"),
    ("initial_avec", "Vu avec {I}. {S} ce jour."),
]

# --names27: names written without capitals or without a full title, as
# terse nurse and secretary notes write them (docs/scrub.md, "Names,
# twenty-seventh pass (names27)"): a bare "M" or "m." before the name in
# lower case ({SL}, {GL}, {NL}: the name in lower case), a relative or a
# carer then the name in lower case with no colon, a given name alone in
# parentheses after kin.  Only on request, as --names20.
TEMPLATES_27 = [
    ("bare_m_lower", "tube non reçu pour M {SL} {GL} (ch 9), merci."),
    ("bare_m_one", "vu M {SL} ce matin, RAS."),
    ("m_dot_lower", "son voisin m. {SL} a appelé."),
    ("mme_lower", "vu mme {SL} ce matin, RAS."),
    ("sf_lower", "sage-femme {SL} a appelé ce matin."),
    ("kine_phone", "tel de la kiné {NL} (04 61 25 31 91), rappeler."),
    ("ide_lower", "ide {GL} passera demain."),
    ("kin_lower", "fille {GL} rappellera ce soir."),
    ("kin_a", "prévenu sa nièce {NL} à 11h."),
    ("kin_paren", "sa fille ({G}) a appelé ce matin."),
]

# The particles of PARTICLES: a raw one is still a miss, counted apart too.
PARTICLE_WORDS = {"le", "la", "de", "du", "des", "da", "dos", "van", "der",
                  "den", "von", "ben", "el", "abou", "mac", "saint"}

PLACE = re.compile(r"\{(SU|GU|NU|SL|GL|NL|S|G|N|I)\}")


def sources():
    """(source, kind, names): kind 'S' surnames, 'G' given names."""
    d = os.path.join(ROOT, "conf/detect")

    def lst(name):
        return sorted(set(read_lines(os.path.join(d, name))))
    return [
        ("last_names", "S", every(lst("last_names.txt"), 5)),
        ("last_faker", "S", every(lst("last_names_faker.txt"), 96)),
        ("last_fakerjs", "S", every(lst("last_names_fakerjs.txt"), 4)),
        ("ordinary", "S", sorted(set(ORDINARY))),
        ("particle", "S", PARTICLES),
        ("first_names", "G", every(lst("first_names.txt"), 5)),
        ("first_female", "G", every(lst("first_names_female.txt"), 13)),
        ("first_dicoll", "G", every(lst("first_names_dicollecte.txt"), 28)),
        ("first_faker", "G", every(lst("first_names_faker.txt"), 66)),
        ("first_fakerjs", "G", every(lst("first_names_fakerjs.txt"), 7)),
    ]


def applies(tpl, kind):
    keys = set(PLACE.findall(tpl))
    has_s = bool(keys & {"S", "SU", "SL"})
    has_g = bool(keys & {"G", "GU", "GL"})
    if keys & {"N", "NU", "NL"}:
        return True
    if kind == "S":
        return has_s
    return has_g and (has_s or not keys - {"G", "GU", "GL"})


def fill(tpl, kind, name, other):
    """The text, and (byte start, end, swept?) of every name word in it."""
    given, surname = (other, name) if kind == "S" else (name, other)
    vals = {"S": surname, "G": given, "N": name, "SU": surname.upper(),
            "GU": given.upper(), "NU": name.upper(), "I": given[0].upper(),
            "SL": surname.lower(), "GL": given.lower(), "NL": name.lower()}
    text = b""
    words = []
    pos = 0
    for m in PLACE.finditer(tpl):
        text += tpl[pos:m.start()].encode("utf-8")
        key = m.group(1)
        val = vals[key]
        if key != "I":
            swept = key[0] == "N" or key[0] == kind
            at = len(text)
            for w in val.split(" "):
                wb = w.encode("utf-8")
                words.append((at, at + len(wb), swept, w))
                at += len(wb) + 1
        text += val.encode("utf-8")
        pos = m.end()
    text += tpl[pos:].encode("utf-8")
    return text.decode("utf-8"), words


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser()
    ap.add_argument("--scrub", default=os.path.join(ROOT, "build/tests/scrub_spans"))
    ap.add_argument("--recall-first", action="store_true")
    ap.add_argument("--mode", choices=("both", "stranger", "patient"),
                    default="both")
    ap.add_argument("--list", action="store_true", help="print every miss")
    ap.add_argument("--tsv", help="write the rows fed to scrub_spans here")
    ap.add_argument("--names20", action="store_true",
                    help="add the templates of the twentieth pass")
    ap.add_argument("--names26", action="store_true",
                    help="only the templates of the twenty-sixth pass")
    ap.add_argument("--names27", action="store_true",
                    help="only the templates of the twenty-seventh pass")
    a = ap.parse_args()
    templates = TEMPLATES + (TEMPLATES_20 if a.names20 else [])
    if a.names26:
        templates = TEMPLATES_26
    if a.names27:
        templates = TEMPLATES_27
    skip = {"kervazo", "nolwenn"}
    modes = ("stranger", "patient") if a.mode == "both" else (a.mode,)
    cases = []  # (source, template, mode, name, row, text, words)
    for source, kind, names in sources():
        for k, name in enumerate(names):
            if name.lower() in skip or not name.strip():
                continue
            other = (GIVEN_FIX if kind == "S" else SURNAME_FIX)[k % 6]
            given, surname = (other, name) if kind == "S" else (name, other)
            for tname, tpl in templates:
                if not applies(tpl, kind):
                    continue
                text, words = fill(tpl, kind, name, other)
                for mode in modes:
                    row = ROW_STRANGER if mode == "stranger" else \
                        [surname.upper(), given] + ROW_REST
                    cases.append((source, tname, mode, name, row, text, words))
    out = run_spans(a.scrub, [(c[4], c[5]) for c in cases], a.recall_first,
                    a.tsv, "name_sweep")
    per = {}  # (axis, key) -> [swept words, missed, companion words, missed]
    misses = []
    particles = 0
    for c, spans in zip(cases, out):
        raw = []
        for st, en, swept, w in c[6]:
            covered = any(s <= st and e >= en for s, e, _ in spans)
            for key in (("source", c[0]), ("template", c[1]), ("mode", c[2]),
                        ("all", "all")):
                cell = per.setdefault(key, [0, 0, 0, 0])
                cell[0 if swept else 2] += 1
                if not covered:
                    cell[1 if swept else 3] += 1
            if not covered:
                raw.append(w if swept else "(%s)" % w)
                if swept and w.lower() in PARTICLE_WORDS:
                    particles += 1
        if raw:
            misses.append((c, raw))
    tot = per[("all", "all")]
    print("name sweep: %d lines, %d swept name words, %d left raw (%.2f%% "
          "recall; %d of them particles); companions %d of %d left raw"
          % (len(cases), tot[0], tot[1], 100.0 * (tot[0] - tot[1]) / tot[0],
             particles, tot[3], tot[2]))
    for axis in ("mode", "source", "template"):
        rows = [(k[1], v) for k, v in per.items() if k[0] == axis]
        if axis == "template":
            rows.sort(key=lambda kv: -kv[1][1] / max(kv[1][0], 1))
        else:
            rows.sort()
        print("per %s:" % axis)
        for key, v in rows:
            print("  %-15s %6d words %5d raw (%6.2f%% recall)  companions "
                  "%d/%d raw" % (key, v[0], v[1],
                                 100.0 * (v[0] - v[1]) / max(v[0], 1),
                                 v[3], v[2]))
    if a.list:
        for c, raw in misses:
            print("miss %-13s %-15s %-8s %-22s %s" % (
                c[0], c[1], c[2], " ".join(raw), c[5]))


if __name__ == "__main__":
    main()
