#!/usr/bin/env python3
"""Hostile free text for the scrub: structured pastes, signatures, odd
spellings of names, identifiers in URLs and paths, look-alike letters.

  adversarial_probe.py SCRUB_SPANS [-n] [--show]

Every comment below is synthetic (written here, no real person). In a
template, [[...]] marks an identifier that must be covered by a span and
{{...}} clinical text that must stay whole. The script strips the marks,
runs SCRUB_SPANS (tests/scrub/scrub_spans.c) over the comments with a row
context, and prints each identifier that came through (LEAK: one of its
letters or digits outside every span) and each kept text that was touched
(WRONG). -n runs without the row's values. Exit status 1 when anything
leaked or was touched, so that a class, once fixed, stays in the list as a
regression check. The classes the scrub does not handle yet (documented
limits, docs/scrub.md "Hostile free text") are in LIMITS, reported apart
and not counted in the exit status."""
import re, subprocess, sys

ROW = ["DURAND", "Sophie", "2 63 04 75 112 018 10", "06 11 22 33 44",
       "sophie.durand@free.fr", "8 rue des Lilas 69003 Lyon", "40012308"]

PROBES = [
    # Structured pastes inside a comment.
    ("kv", "Nom: [[DURAND]] / Prénom: [[Sophie]] / DDN: [[12/04/1963]] {{RAS}}"),
    ("kv-third", "Contact urgence -> Nom : [[BERTHELOT]] ; Prénom : [[Gaëlle]] ; Tél : [[06 45 12 78 90]]"),
    ("kv-lower", "nom=[[troadec]];prenom=[[yann]];tel=[[0611223344]]"),
    ("pipes", "| Nom | Prénom | | [[QUINIOU]] | [[Gwenaël]] | {{glycémie}} 1,2 g/L"),
    ("csv-in-cell", "import: [[TROADEC]];[[Loïc]];[[1 51 02 29 019 004 06]];[[02 98 44 12 12]]"),
    ("json", '{"nom": "[[ABGRALL]]", "prenom": "[[Nolwenn]]", "ddn": "[[1972-05-09]]", "ipp": "[[40012308]]"}'),
    ("json-third", '{"medecin_traitant": "[[Yvinec]]", "tel": "[[02 98 00 11 22]]"}'),
    ("hl7", "PID|1||[[40012308]]^^^CHU||[[TROADEC]]^[[LOIC]]^^^M.||[[19510203]]|M"),
    ("hl7-nk1", "NK1|1|[[QUERE]]^[[MARTINE]]|SPO|[[12 rue de Brest]]^^Quimper"),
    ("xml", "<patient><nom>[[NEDELEC]]</nom><prenom>[[Erwan]]</prenom></patient>"),
    # Signatures and initials.
    ("sig", "Vu ce jour. {{Poursuite du traitement.}} Dr [[J. Martin]] / [[JM]]"),
    ("sig2", "{{Avis cardio favorable}}. -- [[P. Lemaire]], interne"),
    ("sig3", "Compte rendu dicté par Dr [[GOURMELEN]], tapé par [[CB]]"),
    # Apostrophes and particles in capitals.
    ("apos", "Appel de Mme [[O'NEILL]] ce matin"),
    ("apos2", "Patient adressé par le Dr [[D'ALMEIDA]] pour {{bilan}}"),
    ("part", "Vu avec M. [[DE LA TOUR]] (fils)"),
    ("apos-bare", "Famille [[N'DIAYE]] prévenue, {{RDV}} le 12"),
    ("apos-curly", "Appel de Mme [[O’NEILL]] ce matin"),
    # Names split by a line break inside a cell.
    ("nl", "Courrier au Dr [[Pierre\nBERTHELOT]] pour suivi"),
    ("nl2", "Mme [[DURAND]]\n[[Sophie]], vue pour {{HTA}}"),
    # URLs and paths.
    ("url", "voir https://dossier.chu.fr/patients/[[dupont-jean]] {{fiche}}"),
    ("url-row", "voir https://intranet/dpi/[[durand-sophie]]/cr.pdf"),
    ("path", "CR joint C:\\dossiers\\[[DURAND_Sophie]].pdf"),
    ("path2", "scan /mnt/scans/2021/[[berthelot_gaelle]]_cni.jpg"),
    ("path3", "enregistré sous \\\\srv\\partage\\[[KERGUELEN Yann]]\\bilan.docx"),
    # NIR / INS.
    ("nir-2a", "NIR [[1 63 04 2A 012 018 13]]"),
    ("nir-2b-bare", "immatriculé [[2 72 11 2B 033 125 88]]"),
    ("nir-nokey", "n° SS [[2630475112018]]"),
    ("nir-nokey-bare", "assurée [[2 63 04 75 112 018]]"),
    ("ins", "INS : [[1 84 12 99 216 004 61]]"),
    ("ins-badkey", "INS : [[1 84 12 99 216 004 48]]"),
    ("nir-2b-badkey", "NIR [[2 72 11 2B 033 125 92]]"),
    ("ins2", "matricule INS [[263047511201810]] vérifié"),
    # International phones.
    ("tel-be", "fille à Bruxelles [[+32 (0)2 512 47 88]]"),
    ("tel-ch", "tél Genève [[+41 22 345 67 89]]"),
    ("tel-ma", "joignable au Maroc [[+212 6 61 23 45 67]]"),
    ("tel-uk", "son fils à Londres [[+44 (0)20 7946 0958]]"),
    ("tel-uk2", "UK mobile [[+44 (0) 7700 900 123]]"),
    ("tel-ch2", "portable [[0041 79 123 45 67]]"),
    # RPPS / ADELI / FINESS labeled other ways.
    ("rpps", "prescripteur n° RPPS [[10003456786]]"),
    ("rpps2", "Id. RPPS: [[10 00 34 56 786]]"),
    ("adeli", "kiné ADELI [[691234567]]"),
    ("adeli2", "n°ADELI:[[75 1 23456 8]]"),
    ("finess", "FINESS établissement : [[690781810]]"),
    ("finess2", "FINESS EJ [[750712184]]"),
    ("am", "N° AM [[691234567]]"),
    # Birth dates in words.
    ("dob-words", "née le [[trois mars mil neuf cent soixante]]"),
    ("dob-words2", "né le [[12 mars 1960]] à [[Quimperlé]]"),
    ("dob-words3", "né le [[premier avril dix-neuf cent cinquante-deux]]"),
    ("age-place", "patient de {{72 ans}}, né à [[Douarnenez]]"),
    # Hashtags and mentions.
    ("mention", "cc [[@jdupont]] et [[@s.durand]] pour avis"),
    ("hashtag", "tag [[#DURAND]] {{#urgent}}"),
    # Quoted labels.
    ("qlabel", "\"Nom\" : \"[[BERTHELOT]]\", \"Prénom\" : \"[[Gaëlle]]\""),
    ("qlabel2", "«nom de naissance» [[LE SCORNET]]"),
    ("qlabel3", "nom d'usage : [[Chassagne]], nom de naissance : [[Dambrine]]"),
    # Mojibake.
    ("moji", "Appel de Mme [[HÃ©lÃ¨ne]] [[BERTHELOT]]"),
    ("moji2", "Courrier de [[FranÃ§ois]] [[Pérochon]]"),
    # Look-alikes.
    ("cyr", "Appel de Mme [[DUR\u0410ND]] (fille)"),
    ("cyr2", "M. [[D\u0443rand]] vu"),
    ("fw", "Mme [[\uff24\uff35\uff32\uff21\uff2e\uff24]] vue"),
    ("shy", "Mme [[DU\u00adRAND]] [[So\u00adphie]] vue"),
    ("zwsp", "Mme [[DU\u200bRAND]] vue"),
    ("shy-third", "Dr [[Ber\u00adthelot]] prévenu"),
    # Negatives of the same shapes: clinical text that must stay.
    ("neg-kv", "{{TA: 13/8 / FC: 72 / SpO2: 98%}}"),
    ("neg-json", '{"{{glycemie}}": 1.2, "{{unite}}": "g/L"}'),
    ("neg-pipes", "| {{Examen}} | {{Résultat}} | | {{NFS}} | {{normale}} |"),
    ("neg-url", "protocole sur {{https://www.has-sante.fr/jcms/c_272374}}"),
    ("neg-path", "modèle {{C:\\modeles\\cr_consultation.docx}}"),
    ("neg-hashtag", "{{#urgent}} {{#AVC}}"),
    ("neg-apos", "{{l'HTA}} et {{d'INR}} à contrôler"),
    ("neg-label", "nom : {{inconnu}}, prénom : {{non renseigné}}"),
    ("neg-rpps", "RPPS {{100 034 567 88}} (clé fausse), {{dossier 12 3 4 jours}}"),
    ("neg-part", "{{Dr de garde}} prévenu, Nom : {{Le patient refuse}}"),
    ("neg-moji", "{{crÃ©atinine normale}}, {{38Â°C}}"),
    ("neg-hl7", "OBX|1|NM|{{GLU^Glucose^L}}||5.5|mmol/L"),
    ("neg-at", "{{@domicile}}, RDV {{@ 14h}}, {{@urgences}}"),
    ("neg-csv", "Loïc;{{Quimper}};{{RAS}}"),
    ("neg-json2", '{"motif": "{{Douleur thoracique}}", "service": "{{Cardiologie}}"}'),
    ("moji3", "Vue par Dr [[Ã‰lodie]] [[Quiniou]]"),
    ("mention2", "merci [[@sleroy]] et [[@marie.leroy]]"),
]

# Leaks this pass did not fix (docs/scrub.md "hostile13"): reported as
# "limit", not counted in the exit status.
LIMITS = {"sig", "sig3", "url", "path2", "dob-words2", "age-place"}


def parse(t):
    """Text without marks, the identifier and kept ranges in bytes."""
    out, ids, keeps = b"", [], []
    for m in re.finditer(r"\[\[(.*?)\]\]|\{\{(.*?)\}\}|([^\[{]+|.)", t, re.S):
        if m.group(1) is not None:
            s = m.group(1).encode()
            ids.append((len(out), len(out) + len(s)))
            out += s
        elif m.group(2) is not None:
            s = m.group(2).encode()
            keeps.append((len(out), len(out) + len(s)))
            out += s
        else:
            out += m.group(3).encode()
    return out, ids, keeps


def main():
    args = sys.argv[1:]
    show = "--show" in args
    args = [a for a in args if a != "--show"]
    exe, flags = args[0], args[1:]
    rows, parsed = [], []
    for name, t in PROBES:
        text, ids, keeps = parse(t)
        # scrub_spans reads a line: a line break in a cell is written as
        # the byte the test needs (\n), escaped below and not at all here.
        parsed.append((name, text, ids, keeps))
        rows.append("\t".join(ROW).encode() + b"\t" +
                    text.replace(b"\n", b"\x0b") + b"\n")
    res = subprocess.run([exe] + flags, input=b"".join(rows),
                         capture_output=True, check=True)
    bad = 0
    for (name, text, ids, keeps), line in zip(parsed, res.stdout.split(b"\n")):
        spans = []
        for f in line.decode().split(","):
            if f:
                a, b, k = f.split(":")
                spans.append((int(a), int(b), k))
        cov = bytearray(len(text))
        for a, b, _ in spans:
            for i in range(a, b):
                cov[i] = 1
        tag = "limit " if name in LIMITS else ""
        for a, b in ids:
            seg = text[a:b]
            raw = [i for i in range(a, b) if not cov[i] and
                   (chr(text[i]).isalnum() or text[i] >= 0x80)]
            if raw:
                print(f"{tag}LEAK {name}: {seg.decode()!r} in {text.decode()!r}")
                bad += name not in LIMITS
        for a, b in keeps:
            if any(cov[a:b]):
                print(f"{tag}WRONG {name}: {text[a:b].decode()!r} in {text.decode()!r}")
                bad += name not in LIMITS
        if show:
            print(name, [(text[a:b].decode(), k) for a, b, k in spans])
    print(f"{len(PROBES)} probes, {bad} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
