#!/usr/bin/env python3
"""Word precision from a lexicon, not from hand sets (docs/scrub.md,
"Precision, nineteenth pass").

Ordinary French words (Debian wfrench, /usr/share/dict/french), drugs (the
INNs of conf/detect/drugs_atc.txt and the brands of conf/sensitive/drugs.txt
that no suppressed group holds), the words of the ICD-10 chapter and block
titles (src/icd10.c), eponyms of diseases, signs, tests and scores
(conf/detect/eponyms.txt, score_eponyms of src/detect_thing.c, and the list
below), the project's clinical abbreviations (clinical_words of
src/detect_dict.c) and a list of institutions, services, job titles and
abbreviations of care typed below, each put into a handful of sentence
templates with a patient row whose values share no word with them.  Every
word the scrubber changes there is a false positive (none of them is an
identifier); the sweep prints the rate, per source and template, and the
words grouped by the span kind that took them.

Synthetic and deterministic: the samples are every k-th word of the sorted
lists, no randomness.  Usage:

    python3 tests/scrub/lexicon_sweep.py [--scrub build/tests/scrub_spans]
        [--recall-first] [--no-row] [--list] [--tsv FILE]
"""
import argparse
import os
import re
import signal

from sweeplib import ROOT, every, read_lines, row_tokens, run_spans

# The patient: invented, none of its words is a word of the lists swept
# (words equal to one of its tokens are dropped below anyway).
ROW = ["KERVAZO", "Nolwenn", "284052912345678", "06 12 34 56 78",
       "n.kervazo@example.org", "14 impasse Kerangall", "40012345"]
ROW_EMPTY = ["", "", "", "", "", "", "40012345"]
# Where a template writes the patient's name (after a title), or a
# doctor's, it must go.
IDENTS = ("Kervazo", "Le Bihan")

# Sentence templates: {w} as the lists write it, {W} capitalized, {U} in
# capitals.  One per shape the brief names.
TEMPLATES = [
    ("start", "{W} à surveiller ce soir."),
    ("after_title", "Service {W} prévenu ce matin."),
    ("after_role", "IDE : {w} fait, à revoir."),
    ("after_role_cap", "IDE : {W} refait ce matin."),
    ("capitals", "PATIENTE VUE CE JOUR, {U} A PREVOIR."),
    ("after_de", "Résultat de {w} reçu ce matin."),
    ("after_du", "Suivi du {w} en cours."),
    ("list", "Ce jour : pansement, {w}, bilan sanguin."),
    ("before_number", "{W} 2 fois par jour."),
    ("heading", "{W} : RAS."),
    ("after_avec", "Vu avec {w} ce jour."),
    ("motive", "Motif : {W} depuis 3 jours."),
    ("lower_start", "{w} à revoir demain."),
    ("after_comma", "Patient calme, {W} en cours."),
    ("item", "- {W} : fait."),
    ("caps_role", "IDE : {U} FAIT CE MATIN."),
    ("after_name", "Mme Kervazo {w} cette nuit."),
]
# An ordinary word after kin, as notes write one ("sa fille inquiète"):
# for the words of the French lexicon only (a drug or a code there is
# no sentence anyone writes).
TEMPLATES_FR = TEMPLATES + [("after_kin", "Sa fille {w} ce matin."),
                            ("kin_colon", "Fille : {W} pour le retour."),
                            ("kin_colon_time", "Épouse : {W} ce jour."),
                            ("name_colon", "Mme Kervazo : {W} cette nuit."),
                            ("doctor_colon", "Dr Le Bihan : {W} à revoir."),
                            ("heading_cap", "Transmissions : {W} ce matin.")]

# Proper words of care are written capitalized in the middle of a sentence
# too: a brand, an institution, an abbreviation.
TEMPLATES_PROPER = [
    ("start", "{W} à surveiller ce soir."),
    ("mid", "Traitement habituel : {W} le soir."),
    ("after_de", "Courrier de {W} reçu ce matin."),
    ("after_du", "Appel du {W} ce matin."),
    ("capitals", "PATIENTE VUE CE JOUR, {U} A PREVOIR."),
    ("list", "Ce jour : pansement, {W}, bilan sanguin."),
    ("before_number", "{W} 2 fois par jour."),
    ("heading", "{W} : RAS."),
    ("after_role", "IDE : {W} fait ce soir."),
    ("after_par", "Adressé par {W} pour avis."),
    ("after_avec", "Vu avec {W} ce jour."),
    ("after_en", "Transfert en {W} demain."),
    ("after_avis", "Avis {W} demandé."),
    ("after_name", "Mme Kervazo {W} ce jour."),
]

# Eponyms in the places notes write them.
TEMPLATES_EPONYM = [
    ("disease", "Antécédent de maladie de {W}."),
    ("sign", "Signe de {W} négatif à droite."),
    ("syndrome", "Suspicion de syndrome de {W}, avis demandé."),
    ("capitals", "SIGNE DE {U} POSITIF."),
    ("score", "Score de {W} à 3 ce jour."),
    ("list", "Examen : {W} négatif, reste normal."),
]

# --names20: the places where the twentieth pass takes a surname that is
# an ordinary word (docs/scrub.md, "Names, twentieth pass"): after the
# "de" of a call, after an ambiguous first name after "de" or a letter's
# closing, in capitals between a civil title and a first name, beside an
# initial, before a first name and a person's verb, between a first name
# and "est passé", after "et" that follows kin, after a capitalized "Du".  Added to every template set, after the others, only on
# request: the default figures stay comparable with earlier passes.
TEMPLATES_NAMES20 = [
    ("n20_call_de", "Appel de {W} pour avoir des nouvelles."),
    ("n20_first_de", "Courrier de Marie {W} reçu ce matin."),
    ("n20_closing", "Cordialement. Jean {W}"),
    ("n20_caps", "MME {U} MARIE VUE CE JOUR."),
    ("n20_init_first", "L. {W} prévenu ce jour."),
    ("n20_init_after", "Vu avec {W} L. ce matin."),
    ("n20_sf_verb", "{W} Hugo a appelé ce matin."),
    ("n20_pair_est", "Jean {W} est passé ce matin."),
    ("n20_et_kin", "Vu avec sa fille et {W} ce jour."),
    ("n20_du", "Vue par Du {W} ce matin."),
]

# Eponymous diseases, signs, tests, manoeuvres and scores that French notes
# write, beyond conf/detect/eponyms.txt and score_eponyms (typed from
# domain knowledge, as those lists were).
EPONYMS_MORE = """
Lasègue Léri Homans Murphy McBurney Blumberg Rovsing Chvostek Trousseau
Kernig Brudzinski Hoffmann Phalen Tinel Finkelstein Lachman Mac Murray
Apley Thompson Trendelenburg Ortolani Barlow Schober Patrick Spurling
Adson Allen Weber Rinne Schirmer Seidel Valsalva Heimlich Epley
Dix Hallpike Romberg Unterberger Babinski Hoffman Mingazzini Barré
Glasgow Wells Genève Ranson Child Pugh Meld Gleason Breslow Clark
Hunt Hess Fisher Fontaine Leriche Stanford DeBakey NYHA Killip Sokolow
Wolff Parkinson White Brugada Adams Stokes Mobitz Wenckebach Bouveret
Takotsubo Kawasaki Horton Takayasu Buerger Raynaud Dupuytren Volkmann
Sudeck Scheuermann Paget Legg Perthes Calvé Kienböck Osgood Schlatter
Baker Morton Quervain Hashimoto Basedow Graves Addison Cushing Conn
Sheehan Turner Klinefelter Marfan Ehlers Danlos Wilson Gaucher Fabry
Pompe Niemann Pick Tay Sachs Charcot Marie Tooth Guillain Barré
Duchenne Becker Steinert Friedreich Huntington Alzheimer Creutzfeldt
Lewy Korsakoff Wernicke Gayet Broca Bell Ramsay Horner Claude
Bernard Argyll Robertson Adie Holmes Menière Ménière Hodgkin Burkitt
Waldenström Kahler Vaquez Biermer Minkowski Glanzmann Willebrand
Kaposi Bowen Merkel Wilms Ewing Krukenberg Pancoast Virchow Troisier
Barrett Zollinger Ellison Mallory Weiss Boerhaave Zenker Meckel Crohn
Whipple Hirschsprung Ogilvie Budd Chiari Gilbert Crigler Najjar
Dubin Johnson Rotor Alport Berger Goodpasture Bartter Gitelman
Fanconi Schönlein Henoch Wegener Churg Strauss Behçet Sjögren Still
Reiter Lyme Bornholm Chagas Hansen Koch Nicolas Favre Vincent
Ludwig Quincke Stevens Lyell Netherton Darier Verneuil Bazin Besnier
Apgar Silverman Bishop Ballantyne Potter Edwards Patau Down Angelman
Prader Willi Rett Asperger Tourette Münchhausen Capgras Cotard Ganser
Kanner Aicardi Dravet West Lennox Gastaut Bourneville Recklinghausen
Sturge Osler Rendu Weber Klippel Trénaunay Kasabach Merritt Evans
Coombs Gram Ziehl Neelsen Papanicolaou Guthrie Mantoux Widal Kleihauer
Doppler Holter Swan Ganz Foley Seldinger Redon Blakemore Sengstaken
Hartmann Whipple Billroth Nissen Toupet Heller Roux Miles Lichtenstein
Shouldice Stoppa Latarjet Bankart Putti Neer Bristow Kapandji
""".split()

# Institutions, services, job titles and abbreviations of care (typed from
# the usage of French notes; none a person's name).
CARE = """
EHPAD USLD SSR SMR HAD SSIAD SAAD SAMU SMUR UHCD SAU UMJ UMG EMG EMSP
USIC USC UNV SSPI CHU CHR CHG CHI CHS GHT CLCC CMP CMPP CATTP HDJ HDS
MCO MPR UCC UHR PASA ESA CLIC MAIA DAC PTA CPTS MSP PMI CAMSP SESSAD
IME ITEP ESAT FAM MAS SAVS SAMSAH MDPH CDAPH CAF CPAM MSA CARSAT URSSAF
ARS HAS ANSM ASN CNAM DREES ATIH PMSI CCAM NGAP T2A GHM GHS DMS DMI
DPI DMP INS MSSanté Doctolib Ameli Vitale CMU CSS AME ALD ATMP AT MP
IDE IDEL IBODE IADE IPA IPDE AS ASH AES AMP AVS ETP ASE AEMO MJPM
kiné kinésithérapeute ergothérapeute psychomotricien orthophoniste
orthoptiste podologue pédicure diététicienne assistante sociale
cadre manipulateur brancardier secrétaire interne externe chef
praticien attaché assistant médecin traitant régulateur urgentiste
anesthésiste réanimateur cardiologue pneumologue néphrologue gériatre
neurologue dermatologue endocrinologue gastro-entérologue hématologue
oncologue radiothérapeute radiologue rhumatologue urologue
ophtalmologue ORL stomatologue chirurgien pédiatre néonatologiste
infectiologue interniste biologiste pharmacien préparateur sage-femme
Urgences Réanimation Cardiologie Pneumologie Néphrologie Gériatrie
Neurologie Dermatologie Endocrinologie Gastro-entérologie Hématologie
Oncologie Radiothérapie Radiologie Rhumatologie Urologie Ophtalmologie
Pédiatrie Néonatologie Maternité Orthopédie Traumatologie Chirurgie
Médecine Soins Palliatifs Bloc Consultation Hospitalisation Ambulatoire
Pharmacie Laboratoire Imagerie Scanner Échographie Dialyse Kinésithérapie
PUI DIM DRH CME CLIN CLUD CLAN COMEDIMS CRUQPC CDU EOH EMH EMA EMASP
RCP PPS PPCS PAP PAI GIR AGGIR AVK AOD HBPM IPP IEC ARA2 BB AINS
""".split()

WORD_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿŒœ][A-Za-zÀ-ÖØ-öø-ÿŒœ'-]*$")
WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche"}
# The groups the policy hides by design (precision13, precision16): their
# drugs are left out of the brands swept.
GROUP_ATC = ("J05", "N05", "N06", "N07", "G03", "G02")


def sources():
    """(source, template set, words) triples, deterministic."""
    out = []
    fr = sorted({w for w in read_lines("/usr/share/dict/french")
                 if w[0].islower() and w.isalpha() and len(w) >= 3
                 and w not in WEEKDAYS})
    out.append(("wfrench", TEMPLATES_FR, every(fr, 200)))
    inn = sorted({w.strip() for w in read_lines(os.path.join(
        ROOT, "conf/detect/drugs_atc.txt")) if WORD_RE.match(w.strip())})
    out.append(("inn", TEMPLATES, every(inn, 5)))
    brands = set()
    for l in read_lines(os.path.join(ROOT, "conf/sensitive/drugs.txt")):
        parts = l.split()
        if len(parts) == 2 and not parts[0].startswith(GROUP_ATC) \
                and parts[1][0].isupper() and WORD_RE.match(parts[1]):
            brands.add(parts[1])
    out.append(("brand", TEMPLATES_PROPER, sorted(brands)))
    icd = set()
    src = open(os.path.join(ROOT, "src/icd10.c"), encoding="utf-8").read()
    # the titles only (a literal with a space), not the code's strings
    for lit in re.findall(r'"([^"\n]* [^"\n]*)"', src):
        for w in re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿœ]+", lit):
            if len(w) >= 4 and w.lower() not in WEEKDAYS:
                icd.add(w.lower())
    out.append(("icd10", TEMPLATES, sorted(icd)))
    epo = set(read_lines(os.path.join(ROOT, "conf/detect/eponyms.txt")))
    m = re.search(r"score_eponyms\[\] = \{(.*?)NULL", open(os.path.join(
        ROOT, "src/detect_thing.c"), encoding="utf-8").read(), re.S)
    if m:
        epo |= {w.capitalize() for w in re.findall(r'"([a-z]+)"', m.group(1))}
    epo |= set(EPONYMS_MORE)
    out.append(("eponym", TEMPLATES_EPONYM, sorted(epo)))
    m = re.search(r"clinical_words\[\] = \{(.*?)NULL", open(os.path.join(
        ROOT, "src/detect_dict.c"), encoding="utf-8").read(), re.S)
    clin = sorted({w for w in re.findall(r'"([a-z0-9]+)"', m.group(1))
                   if w.isalpha() and len(w) >= 2}) if m else []
    out.append(("clinical", TEMPLATES, clin))
    out.append(("care", TEMPLATES_PROPER, sorted(set(CARE))))
    return out


def fill(tpl, w):
    cap = w[0].upper() + w[1:]
    return tpl.replace("{w}", w).replace("{W}", cap).replace("{U}", w.upper())


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser()
    ap.add_argument("--scrub", default=os.path.join(ROOT, "build/tests/scrub_spans"))
    ap.add_argument("--recall-first", action="store_true")
    ap.add_argument("--no-row", action="store_true")
    ap.add_argument("--list", action="store_true", help="print every false positive")
    ap.add_argument("--tsv", help="write the rows fed to scrub_spans here")
    ap.add_argument("--names20", action="store_true",
                    help="add the templates of the twentieth pass's names")
    a = ap.parse_args()
    row = ROW_EMPTY if a.no_row else ROW
    skip = row_tokens(row)
    cases = []  # (source, template, word, text, start, end)
    for source, tpls, words in sources():
        if a.names20:
            tpls = tpls + TEMPLATES_NAMES20
        for w in words:
            if w.lower() in skip:
                continue
            for name, tpl in tpls:
                text = fill(tpl, w)
                form = fill(re.search(r"\{[wWU]\}", tpl).group(0), w)
                s = text.encode("utf-8").index(form.encode("utf-8"))
                cases.append((source, name, w, text, s, s + len(form.encode("utf-8"))))
    out = run_spans(a.scrub, [(row, c[3]) for c in cases], a.recall_first,
                    a.tsv, "lexicon_sweep")
    per = {}     # (source, template) -> [n, fp]
    kinds = {}   # kind -> list of (source, template, word)
    other = 0    # spans outside the swept word and the patient's name
    missed = 0   # the patient's name a template writes, left raw
    for c, line in zip(cases, out):
        key = (c[0], c[1])
        per.setdefault(key, [0, 0])[0] += 1
        hit = None
        btext = c[3].encode("utf-8")
        names = [(btext.find(x.encode("utf-8")), len(x.encode("utf-8")))
                 for x in IDENTS if x in c[3]]
        named = set()
        for st, en, kind in line:
            covers = [p for p in names if int(st) <= p[0] and
                      int(en) >= p[0] + p[1]]
            named.update(covers)
            if int(st) < c[5] and int(en) > c[4]:
                hit = hit or kind
            elif not covers:
                other += 1
        missed += len(names) - len(named)
        if hit:
            per[key][1] += 1
            kinds.setdefault(hit, []).append(c)
    tot_n = sum(v[0] for v in per.values())
    tot_fp = sum(v[1] for v in per.values())
    pol = len(kinds.get("diagnosis", []))
    print("lexicon sweep: %d words in context, %d changed: %.2f%% false "
          "positives (%.2f%% without the sensitive terms of the groups, %d); "
          "%d spans on the templates' own words; the names a template "
          "writes left raw %d times"
          % (tot_n, tot_fp, 100.0 * tot_fp / tot_n,
             100.0 * (tot_fp - pol) / tot_n, pol, other, missed))
    srcs = sorted({k[0] for k in per})
    for s in srcs:
        n = sum(v[0] for k, v in per.items() if k[0] == s)
        fp = sum(v[1] for k, v in per.items() if k[0] == s)
        grp = sum(1 for c in kinds.get("diagnosis", []) if c[0] == s)
        cells = " ".join("%s %d" % (k[1], v[1]) for k, v in sorted(per.items())
                         if k[0] == s and v[1])
        print("  %-9s %6d in context, %4d changed (%.2f%%; %4d, %.2f%%, "
              "without the groups' terms)  %s"
              % (s, n, fp, 100.0 * fp / n, fp - grp, 100.0 * (fp - grp) / n,
                 cells))
    for kind, cs in sorted(kinds.items(), key=lambda kv: -len(kv[1])):
        print("  kind %-9s %d" % (kind, len(cs)))
        if a.list:
            for c in cs:
                print("    %-8s %-13s %s" % (c[0], c[1], c[3]))


if __name__ == "__main__":
    main()
