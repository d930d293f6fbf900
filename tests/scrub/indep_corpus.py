#!/usr/bin/env python3
"""A second, independent labeled corpus for the scrub detectors.

  indep_corpus.py [--n N] [--seed S] > corpus.tsv

Same line format as gen_corpus.py (the row context, the text, the spans),
so eval.py reads it, but nothing else in common: other templates (nurse
and phone-call notes, secretary notes, discharge remarks, lab comments,
prescriptions), other name sources (the lists below, typed for this file:
half of them common French surnames that the detector's dictionary may
well hold, as real text has, half regional and foreign names it does not),
the forms of issue 10 (glued and oddly spaced numbers, U+202F, full-width
digits, a zero-width space inside a name, partial dates, addresses with
bis/ter, Appt, Bât., CP, née/épouse, caregivers, particles, all-caps
notes, sensitive drugs and abbreviations), and the hand-written rows of
indep_rows.txt, every one of them.

Markup in templates and rows: [[kind:text]] is an identifier of that kind;
everything else must survive.  Kinds as gen_corpus.py: name (the row's
own names), other_name, nir, phone, email, iban, rpps, finess, id, date,
address, diagnosis."""
import argparse, os, random, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Common French surnames (typed from memory of frequency tables, not from
# the project's lists) and regional / foreign ones.
LAST_COMMON = ["Martin", "Bernard", "Dubois", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "Bertrand", "Roux",
    "Fournier", "Morel", "Girard", "Mercier", "Dupont", "Lambert", "Bonnet",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guerin", "Muller",
    "Henry", "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clement",
    "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin"]
LAST_RARE = ["Kerhervé", "Le Bihan", "Guivarc'h", "Etcheverry", "Iparraguirre",
    "Santoni", "Paoli", "Ben Salah", "Belkacem", "Haddad", "Nguyen Van Long",
    "Tran Thi", "Diallo", "N'Diaye", "Traoré", "Kowalczyk", "Nowakowski",
    "Ferreira da Silva", "Gonçalves", "Van den Broeck", "De Smet",
    "Schumacher", "Oberlé", "Bouzidi", "Mebarki", "Rakotomalala",
    "Pasquier-Delmas", "Le Corre", "de La Fontaine", "Quéméner",
    "Abiven", "Ollivro", "Manoukian", "Kaloustian", "Papadopoulos",
    "Zerbib", "Achour", "Lemoigne", "Troalen", "Pichavant"]
FIRST_COMMON = ["Jean", "Marie", "Nathalie", "Isabelle", "Philippe",
    "Sylvie", "Catherine", "Christophe", "Sandrine", "Stéphane", "Céline",
    "Nicolas", "Julien", "Aurélie", "Thierry", "Valérie", "Pascal",
    "Jean-Claude", "Marie-Hélène", "Anne-Sophie"]
FIRST_RARE = ["Maëlys", "Gwenaëlle", "Yannig", "Goulven", "Maïwenn",
    "Iñaki", "Xabi", "Ghjuvanni", "Saveria", "Mamadou", "Aïssatou",
    "Oumou", "Thi Hoa", "Minh", "Wojciech", "Agnieszka", "Joaquim",
    "Ioana", "Nour", "Yasmina", "Rachid", "Kenza", "Bartholomé",
    "Aurèle", "Blanche", "Rose", "Capucine", "Fantine", "Soizic", "Ronan"]
TOWNS = [("29200", "Brest"), ("64100", "Bayonne"), ("20000", "Ajaccio"),
    ("59000", "Lille"), ("69003", "Lyon"), ("13005", "Marseille"),
    ("22300", "Lannion"), ("47300", "Villeneuve-sur-Lot"),
    ("75013", "PARIS"), ("97400", "Saint-Denis"), ("31400", "Toulouse")]
STREETS = ["rue des Glycines", "avenue du Général Leclerc", "chemin de Kerjean",
    "boulevard Gambetta", "impasse des Tilleuls", "allée des Cerisiers",
    "route de Quimper", "place du Marché", "rue Jean Jaurès", "quai de la Fosse"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre"]

def nir(rng):
    sex = rng.choice("12")
    body = "%s%02d%02d%02d%03d%03d" % (sex, rng.randint(30, 99),
        rng.randint(1, 12), rng.choice([rng.randint(1, 95), 75, 29]),
        rng.randint(1, 990), rng.randint(1, 999))
    return body, "%02d" % (97 - int(body) % 97)

def nir_text(rng, body, key):
    g = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key]
    form = rng.randrange(7)
    if form == 0: return " ".join(g)
    if form == 1: return "".join(g)
    if form == 2: return "\u202f".join(g)
    if form == 3: return "/".join(g)
    if form == 4: return "\t".join(g).replace("\t", " ")  # tabs break TSV
    if form == 5: return ".".join(g)
    return "".join(chr(0xff10 + int(c)) for c in "".join(g))

def phone(rng):
    return "0" + rng.choice("1234567") + "".join(rng.choice("0123456789")
        for _ in range(8))

def phone_text(rng, d):
    form = rng.randrange(6)
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    if form == 0: return " ".join(pairs)
    if form == 1: return d
    if form == 2: return ".".join(pairs)
    if form == 3: return "+33 " + d[1] + " " + " ".join(pairs[1:])
    if form == 4: return "\u00a0".join(pairs)
    return "".join(chr(0xff10 + int(c)) for c in d)

def luhn(digits):
    for c in "0123456789":
        s = digits + c
        tot = 0
        for i, ch in enumerate(reversed(s)):
            v = int(ch)
            if i % 2:
                v *= 2
                if v > 9: v -= 9
            tot += v
        if tot % 10 == 0:
            return s

def person(rng):
    last = rng.choice(LAST_COMMON if rng.random() < 0.5 else LAST_RARE)
    first = rng.choice(FIRST_COMMON if rng.random() < 0.5 else FIRST_RARE)
    return first, last

def upper(s):
    return s.upper()

def zw(rng, s):
    """A zero-width space or soft hyphen inside a word, sometimes."""
    if len(s) > 3 and rng.random() < 0.08:
        k = rng.randrange(1, len(s) - 1)
        if s[k - 1].isalpha() and s[k].isalpha():
            return s[:k] + rng.choice(["\u200b", "\u00ad", "\u2060"]) + s[k:]
    return s

def fill(rng, tpl, row):
    first, last, nbody, nkey, tel, email, addr, ipp = row
    o1, o2 = person(rng), person(rng)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = rng.randint(2015, 2024)
    cp, town = rng.choice(TOWNS)
    lastw = rng.choice([last, last.upper()])
    vals = {
        "FIRST": "[[name:%s]]" % zw(rng, first),
        "LAST": "[[name:%s]]" % zw(rng, lastw),
        "LASTUP": "[[name:%s]]" % last.upper(),
        "FULL": "[[name:%s %s]]" % (first, lastw) if rng.random() < 0.5
            else "[[name:%s %s]]" % (lastw, first),
        "OTHER": "[[other_name:%s %s]]" % (o1[0], o1[1].upper()
            if rng.random() < 0.5 else o1[1]),
        "OTHERLAST": "[[other_name:%s]]" % o2[1],
        "OTHERFIRST": "[[other_name:%s]]" % o2[0],
        "NIR": "[[nir:%s]]" % nir_text(rng, nbody, nkey),
        "NIRGLUED": "N°[[nir:%s]]" % (nbody + nkey),
        "TEL": "[[phone:%s]]" % phone_text(rng, tel),
        "TELGLUED": rng.choice(["n°", "tel:", "Tél.", "port."]) +
            "[[phone:%s]]" % tel,
        "EMAIL": "[[email:%s]]" % email,
        "IPP": rng.choice(["IPP", "IPP ", "ipp n°", "dossier "]) +
            "[[id:%s]]" % ipp,
        "RPPS": "[[rpps:%s]]" % luhn("1000%06d" % rng.randint(0, 999999)),
        "DATE": "[[date:%s]]" % rng.choice([
            "%02d/%02d/%d" % (day, month, year),
            "%d %s %d" % (day, MONTHS[month - 1], year),
            "%d-%02d-%02d" % (year, month, day)]),
        "PDATE": "[[date:%s]]" % rng.choice([
            "%d %s" % (day, MONTHS[month - 1]),
            "%s %d" % (MONTHS[month - 1], year),
            "%02d/%02d" % (day, month),
            "1er %s" % MONTHS[month - 1]]),
        "ADDR": "[[address:%s]]" % addr,
        "ADDRX": "[[address:%s %s %s]]" % (rng.randint(1, 140),
            rng.choice(["bis", "ter", "", ""]), rng.choice(STREETS)),
        "ADDRC": "[[address:%d, %s]]" % (rng.randint(1, 99), rng.choice(STREETS)),
        "UNIT": "[[address:%s]]" % rng.choice(["Appt %d" % rng.randint(1, 80),
            "Bât. %s" % rng.choice("ABCD"), "%de étage" % rng.randint(1, 9),
            "BP %d" % rng.randint(100, 999), "escalier %s" % rng.choice("ABC")]),
        "CPCITY": "[[address:%s %s]]" % (cp, town),
        "PLACE": "[[address:%s]]" % rng.choice(["Résidence Les Mimosas",
            "lieu-dit Kerhuel", "Résidence du Parc", "Hameau des Sources"]),
        "DIAG": "[[diagnosis:%s]]" % rng.choice(["Biktarvy", "Triumeq",
            "Truvada", "PrEP", "TS", "tentative de suicide",
            "IVG", "VIH", "séropositivité", "lithium", "schizophrénie"]),
    }
    def sub(m):
        return vals[m.group(1)]
    return re.sub(r"\{(\w+)\}", sub, tpl)

TEMPLATES = [
    # nurse notes
    "Transmission IDE : {FULL} a passé une nuit calme, EVA 2/10. Pansement refait. Prochain RDV le {PDATE}.",
    "Patiente {LAST} vue à 18h, TA 13/8, FC 82. A réclamé sa fille {OTHERFIRST} au téléphone.",
    "Soins de bouche faits. Mme {LAST} née {OTHERLAST} refuse le plateau. Appel au {TEL} sans réponse.",
    "l'IDE {OTHER} signale une chute ce matin, pas de plaie. Famille prévenue ({TEL}).",
    "Nuit agitée, a appelé plusieurs fois. Contention non posée. Vu par l'interne {OTHER}.",
    # phone calls
    "Appel de {OTHER} (fils) le {DATE} : souhaite parler au médecin, rappeler au {TELGLUED}.",
    "Tél reçu de la pharmacie : {OTHER} confirme la délivrance. Mail : {EMAIL}.",
    "Message laissé sur le répondeur du {TEL} pour le RDV du {PDATE}.",
    "Appel du Dr {OTHERLAST} (médecin traitant, RPPS {RPPS}) : avis demandé sur le traitement par {DIAG}.",
    # secretary notes
    "Courrier envoyé à {FULL}, {ADDRX}, {CPCITY}. Copie au Dr {OTHER}.",
    "Changement d'adresse : {ADDRC}, {UNIT}, {CPCITY}.",
    "Dossier {IPP} : carte vitale {NIRGLUED} mise à jour, mutuelle OK.",
    "Nouvelle adresse : {PLACE}, {UNIT}, CP {CPCITY}.",
    "Convocation pour le {PDATE} envoyée, secrétariat joignable au {TEL}.",
    "NIR {NIR} vérifié, IPP {IPP}.",
    # discharge remarks
    "Sortie le {DATE} vers domicile ({ADDR}). Suivi par le kiné {OTHERFIRST} {OTHERLAST}.",
    "Retour à domicile avec son épouse {OTHER}. Contrôle biologique en {PDATE}.",
    "Patient {LASTUP} {FIRST} transféré en SSR. Traitement de sortie : {DIAG} poursuivi.",
    "Angine de Vincent traitée, test de Weber latéralisé à droite. Sortie de {FULL} le {PDATE}.",
    "MME {LASTUP} VUE CET APRÈS-MIDI, SORTIE PRÉVUE DEMAIN. RAS.",
    # lab comments
    "Prélèvement hémolysé, à refaire. Prévenir {FULL} au {TEL}.",
    "Résultat transmis par téléphone à l'IDE {OTHERFIRST} le {PDATE} à 14h30.",
    "Créatinine 85 µmol/L, DFG > 90. Patient {LAST} à jeun. Signe de Lasègue négatif.",
    "Sérologie demandée dans le cadre d'une {DIAG}. Identité vérifiée : {FULL}, né(e) le {DATE}.",
    # prescriptions
    "Ordonnance : {DIAG} 1 cp/j, Doliprane 1 000 mg si douleur. Renouvellement le {PDATE}.",
    "Prescrit par le Dr {OTHER}, RPPS {RPPS}. Patient {FULL}, {IPP}.",
    "Kiné 2x/semaine au domicile : {ADDRX}, {UNIT}.",
    "Petit appétit ce midi, teint rose pâle. {FIRST} dit être fatigué(e). Masse abdominale non retrouvée.",
]

def load_rows():
    out = []
    path = os.path.join(HERE, "indep_rows.txt")
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        f = line.split("|")
        if len(f) != 8:
            sys.exit("indep_rows.txt: 8 fields wanted: %r" % line)
        out.append(f)
    return out

def render(marked):
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", marked):
        text += marked[pos:m.start()]
        a = len(text.encode())
        text += m.group(2)
        b = len(text.encode())
        if m.group(2).strip():
            spans.append("%d:%d:%s" % (a, b, m.group(1)))
        pos = m.end()
    text += marked[pos:]
    return text, ",".join(spans)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout
    for f in load_rows():
        text, spans = render(f[7])
        out.write("\t".join(f[:7] + [text, spans]) + "\n")
    for _ in range(a.n):
        first, last = person(rng)
        body, key = nir(rng)
        tel = phone(rng)
        email = "%s.%s@%s" % (first.lower().replace(" ", ""),
            last.lower().replace(" ", "").replace("'", ""),
            rng.choice(["orange.fr", "gmail.com", "free.fr"]))
        addr = "%d %s" % (rng.randint(1, 120), rng.choice(STREETS))
        ipp = "%08d" % rng.randint(10000000, 99999999)
        row = (first, last, body, key, tel, email, addr, ipp)
        tpl = rng.choice(TEMPLATES)
        marked = fill(rng, tpl, row)
        text, spans = render(marked)
        ctx = [last.upper() if rng.random() < 0.7 else last, first,
            body + key, " ".join(tel[i:i + 2] for i in range(0, 10, 2)),
            email, addr, ipp]
        out.write("\t".join(ctx + [text, spans]) + "\n")

if __name__ == "__main__":
    main()
