#!/usr/bin/env python3
"""Labeled corpus of synthetic French clinical comments for the scrub
detectors: every identifier is invented and every one is annotated.

  gen_corpus.py [--n N] [--seed S] > corpus.tsv

One comment a line, tab-separated:
  last_name  first_name  nir  phone  email  address  ipp  text  spans
The first seven fields are the row context (what the policy's identifying
columns hold for that row); `spans` is start:end:kind,... in bytes of the
UTF-8 text.  Kinds: name (the row's own names), other_name (anyone else:
physicians, relatives), nir, phone, email, iban, rpps, finess, id, date,
address, diagnosis.  The text also holds things that must survive: clinical
eponyms (Parkinson, Crohn...), doses ("1 000 mg"), lab values, 15-digit
numbers whose NIR key is wrong, common words that are also surnames.

Names come from tests/gen/data and conf/lists, which the detector's
dictionary includes, and from HELDOUT below, which it does not: those can
only be found from the row or from a title (docs/scrub.md)."""
import argparse, os, random, sys, unicodedata

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")

def read_list(*parts):
    out = []
    for line in open(os.path.join(TOP, *parts), encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out

FIRST = read_list("tests/gen/data/first_names_f.txt") + \
    read_list("tests/gen/data/first_names_m.txt")
LAST = read_list("tests/gen/data/last_names.txt")
# Surnames the dictionary does not have (checked at start-up).
HELDOUT = ["Kerguelen", "Abgrall", "Quiniou", "Thévenot", "Le Scornet",
    "Pérochon", "Gourmelen", "Tanguilhem", "Bréhier", "Oudinot", "Vuillemin",
    "Chassagne", "Dambrine", "Escudié", "Falguières", "Hennequart",
    "Lapeyrère", "Marcillac", "Nédélec", "Quéré", "Rouxel", "Troadec",
    "Yvinec", "Zimmermann", "Berthelot", "Castagné", "Delépine", "Guéguan"]
DICT = set()
for f in ("first_names.txt", "last_names.txt"):
    for line in read_list("conf", "detect", f):
        DICT.update(w.casefold() for w in line.replace("-", " ").split())
HELDOUT = [h for h in HELDOUT if not any(w.casefold() in DICT for w in h.split())]
STREETS = read_list("tests/gen/data/streets.txt")
CITIES = read_list("tests/gen/data/communes.txt")
DOMAINS = ["orange.fr", "gmail.com", "free.fr", "sfr.fr", "laposte.net",
    "hotmail.fr", "wanadoo.fr", "yahoo.fr", "chu-exemple.fr"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
    "août", "septembre", "octobre", "novembre", "décembre"]

# Text that must come out untouched (never annotated).
CLINICAL = [
    "Angine de Vincent", "Test de Weber latéralisé", "Manoeuvre de Valsalva",
    "Maladie de Parkinson évoluée", "Suspicion de maladie d'Alzheimer",
    "Maladie de Crohn en poussée", "Maladie de Basedow traitée",
    "Syndrome de Raynaud", "Lymphome de Hodgkin en rémission",
    "Trisomie 21 (syndrome de Down)", "Score de Glasgow à 15",
    "Signe de Babinski négatif", "Holter ECG prévu", "Doppler des membres inférieurs",
    "Maladie de Horton sous corticoïdes", "Syndrome de Cushing",
    "Sclérose latérale amyotrophique (Charcot)", "Œsophage de Barrett",
    "Hb 12,5 g/dL", "Paracétamol 1 000 mg x3/j", "Amoxicilline 1 g x3/j",
    "Enoxaparine 4 000 UI/j", "TA 130/80 mmHg", "Poids 72 kg", "HbA1c à 7,2 %",
    "Créatinine 85 µmol/L", "INR 2,5", "Glycémie 1,05 g/L", "EVA 3/10",
    "T° 38,5", "Petit œdème des chevilles", "Plaie au bras, petit saignement",
    "Pansement à refaire à J+3", "Sortie prévue le lendemain",
    "Marche avec une canne", "Retour à domicile avec IDE",
    "Né à Saint-Martin", "Transfert à l'hôpital Saint-Louis",
    "Bilan à 3 mois", "Sonde vésicale retirée", "Masse abdominale palpée",
    "Rocher droit normal au scanner", "Fond d'œil : iris normal",
    "Blanc de l'œil injecté", "Infirmière prévenue de la sortie",
    "Constantes stables", "Parent présent lors de la visite",
    "Lot n° 184127512345699 du vaccin", "Référence 1234567 du dispositif",
    "ECG : rythme sinusal, 72/min", "Kaliémie 4,1 mmol/L",
    "Voisin de chambre bruyant", "Régime sans sel", "RAS", "Ne pas réanimer discuté",
]
CIV = ["M.", "Mme", "Monsieur", "Madame", "Mlle", "M"]

def luhn_complete(digits):
    for d in "0123456789":
        s, n = 0, digits + d
        for i, c in enumerate(reversed(n)):
            v = int(c)
            if i % 2 == 1:
                v *= 2
                if v > 9:
                    v -= 9
            s += v
        if s % 10 == 0:
            return n

def nir(rng, sex=None):
    sex = sex or rng.choice("1212121234")
    yy = "%02d" % rng.randint(0, 99)
    mm = "%02d" % rng.randint(1, 12)
    r = rng.random()
    if r < 0.08:
        dep, com = rng.choice(["2A", "2B"]), "%03d" % rng.randint(1, 366)
    elif r < 0.15:
        dep, com = "97" + rng.choice("1234"), "%02d" % rng.randint(1, 34)
    else:
        dep, com = "%02d" % rng.randint(1, 95), "%03d" % rng.randint(1, 999)
    body = sex + yy + mm + dep + com + "%03d" % rng.randint(1, 999)
    n = int(body.replace("2A", "19").replace("2B", "18"))
    return body, "%02d" % (97 - n % 97)

def nir_form(rng, body, key):
    style = rng.choice(["spaces", "spaces", "compact", "dots", "hyphens",
        "nokey", "nokey_spaces", "typo"])
    full = body + key
    g = [full[0], full[1:3], full[3:5], full[5:7], full[7:10], full[10:13], full[13:]]
    if len(body) == 13 and body[5:7] in ("97", "98"):
        g = [full[0], full[1:3], full[3:5], full[5:8], full[8:10], full[10:13], full[13:]]
    if style == "spaces":
        return " ".join(g)
    if style == "compact":
        return full
    if style == "dots":
        return ".".join(g)
    if style == "hyphens":
        return "-".join(g)
    if style == "nokey":
        return body
    if style == "nokey_spaces":
        return " ".join(g[:6])
    s = " ".join(g)
    i = rng.randrange(len(s))
    return s[:i] + (" " if s[i] == " " else "") + s[i:]

def phone(rng, zone=None):
    zone = zone or rng.choice("1234566677789")
    return "0" + zone + "".join(rng.choice("0123456789") for _ in range(8))

def phone_form(rng, d):
    style = rng.choice(["spaces", "spaces", "dots", "hyphens", "compact",
        "intl", "intl0", "0033", "intl_compact", "typo"])
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    if style == "spaces":
        return " ".join(pairs)
    if style == "dots":
        return ".".join(pairs)
    if style == "hyphens":
        return "-".join(pairs)
    if style == "compact":
        return d
    nat = d[1:]
    g = [nat[0]] + [nat[i:i + 2] for i in range(1, 9, 2)]
    if style == "intl":
        return "+33 " + " ".join(g)
    if style == "intl0":
        return "+33 (0)" + " ".join(g)
    if style == "0033":
        return "0033 " + " ".join(g)
    if style == "intl_compact":
        return "+33" + nat
    s = " ".join(pairs)
    i = rng.choice([k for k, c in enumerate(s) if c == " "])
    return s[:i] + " " + s[i:]

def overseas_phone(rng):
    code, zone = rng.choice([("262", "692"), ("590", "690"), ("596", "696"),
        ("594", "694"), ("262", "262")])
    rest = "".join(rng.choice("0123456789") for _ in range(6))
    if rng.random() < 0.5:
        n = "0" + zone + rest
        return n, " ".join([n[:4], n[4:6], n[6:8], n[8:]])
    return "0" + zone + rest, "+%s %s %s %s %s" % (code, zone, rest[:2], rest[2:4], rest[4:])

def iban(rng):
    cc = rng.choice(["FR", "FR", "FR", "DE", "ES", "BE", "GB", "IT"])
    if cc == "FR":
        bban = "".join(rng.choice("0123456789") for _ in range(23))
    elif cc == "DE":
        bban = "".join(rng.choice("0123456789") for _ in range(18))
    elif cc == "ES":
        bban = "".join(rng.choice("0123456789") for _ in range(20))
    elif cc == "BE":
        bban = "".join(rng.choice("0123456789") for _ in range(12))
    elif cc == "GB":
        bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + \
            "".join(rng.choice("0123456789") for _ in range(14))
    else:
        bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + \
            "".join(rng.choice("0123456789") for _ in range(22))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    full = cc + "%02d" % (98 - int(num) % 97) + bban
    if rng.random() < 0.6:
        return " ".join(full[i:i + 4] for i in range(0, len(full), 4))
    return full

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if not unicodedata.combining(c))

def email_of(rng, first, last):
    f, l = strip_accents(first).lower().replace(" ", ""), \
        strip_accents(last).lower().replace(" ", "").replace("'", "")
    local = rng.choice([f + "." + l, f[0] + l, l + str(rng.randint(1, 99)),
        f + "-" + l, l + "." + f + str(rng.randint(1, 9))])
    return local + "@" + rng.choice(DOMAINS)

def date_text(rng):
    y, m, d = rng.randint(2015, 2024), rng.randint(1, 12), rng.randint(1, 28)
    style = rng.choice(["dmy", "dmy", "dmy2", "dmyh", "iso", "text", "textd", "dots"])
    if style == "dmy":
        return "%02d/%02d/%04d" % (d, m, y)
    if style == "dmy2":
        return "%02d/%02d/%02d" % (d, m, y % 100)
    if style == "dmyh":
        return "%02d-%02d-%02d" % (d, m, y % 100)
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, d)
    if style == "dots":
        return "%02d.%02d.%04d" % (d, m, y)
    if style == "textd" or d == 1:
        return "1er %s %d" % (MONTHS[m - 1], y)
    return "%d %s %d" % (d, MONTHS[m - 1], y)

DIAG = [("VIH", "hiv"), ("sérologie VIH positive", None), ("séropositif", "hiv"),
    ("SIDA", "hiv"), ("IVG", "preg"), ("grossesse", "preg"), ("syphilis", "sti"),
    ("schizophrénie", "mental"), ("suivi psychiatrique", None),
    ("tentative de suicide", "mental"), ("chlamydia", "sti"),
    ("trouble bipolaire", None)]

def patient(rng):
    first = rng.choice(FIRST)
    last = rng.choice(HELDOUT) if rng.random() < 0.25 else rng.choice(LAST)
    body, key = nir(rng, "2" if rng.random() < 0.5 else "1")
    d = phone(rng)
    street = rng.choice(STREETS)
    return {"first": first, "last": last, "nir": body + key, "body": body,
        "key": key, "phone": d, "email": email_of(rng, first, last),
        "address": "%d %s" % (rng.randint(1, 120), street),
        "ipp": "4%07d" % rng.randint(0, 9999999)}

def other_person(rng):
    return rng.choice(FIRST), (rng.choice(HELDOUT) if rng.random() < 0.2
        else rng.choice(LAST))

def vary_case(rng, s):
    r = rng.random()
    if r < 0.45:
        return s.upper()
    if r < 0.9:
        return s
    return s.lower()

ABROAD = [("CH", 4, ["Basel", "Lausanne", "Genève", "Fribourg"], ["Steinenvorstadt", "Marktplatz", "Bahnhofstrasse"]),
    ("B", 4, ["Bruxelles", "Liège", "Namur", "Mouscron"], ["Vlaanderenstraat", "Kerkstraat", "Stationsplein"]),
    ("L", 4, ["Strassen", "Esch-sur-Alzette", "Differdange"], ["Hauptstrooss", "Kierchestrooss"]),
    ("D", 5, ["Freiburg", "Saarbrücken", "Karlsruhe"], ["Hauptstraße", "Lindenweg", "Schlossplatz"])]
REGIONAL = ["hent", "straed", "karrika", "kalea", "bidea", "carrièra"]

def abroad_form(rng, plain, tag):
    """recall12: a postcode abroad with its country's letters, a street of
    the regional languages, where someone without a home sleeps, North
    American postcodes and Dublin's districts (docs/scrub.md)."""
    cc, n, cities, streets = rng.choice(ABROAD)
    code = "%s-%0*d" % (cc, n, rng.randint(10 ** (n - 1), 10 ** n - 1))
    r = rng.random()
    if r < 0.25:
        # where someone without a home sleeps: a thing of the town, its name
        plain(rng.choice(["SDF, dort sous le ", "dort à la ", "vit sous une tente au ",
            "vit au "]))
        thing = rng.choice(["pont", "gare", "bois", "village", "moulin"])
        tag("address", "%s %s" % (thing, rng.choice(["de la Guillotière",
            "de Bercy", "de Vincennes", "Mirabeau", "de Kerhuel", "du Vazzio"])))
        return
    if r < 0.4:
        city, st, z = rng.choice([("New York", "NY", 5), ("Boston", "MA", 5),
            ("Montréal", "QC", 0), ("Ottawa", "ON", 0), ("Dublin", "", 0)])
        plain(rng.choice(["Adresse : ", "domicile : ", "lives at "]))
        tag("address", "%d %s Street" % (rng.randint(1, 999), rng.choice(["Baker",
            "Oak", "Main"])))
        plain(", ")
        if st == "" and rng.random() < 0.5:
            tag("address", rng.choice(["SW1A 2AA London", "EH3 9DN Edinburgh",
                "M1 1AE Manchester"]))
        elif st == "":
            tag("address", "Dublin %d" % rng.randint(1, 24))
        elif z:
            tag("address", "%s, %s %05d" % (city, st, rng.randint(1000, 99999)))
        else:
            L = "ABCEGHJKLMNPRSTVXY"
            tag("address", "%s %s %s%d%s %d%s%d" % (city, st, rng.choice(L),
                rng.randint(0, 9), rng.choice(L), rng.randint(0, 9), rng.choice(L),
                rng.randint(0, 9)))
        return
    if r < 0.42:
        plain(rng.choice(["domicile : ", "Adresse : "]))
        tag("address", rng.choice(["lotissement Les Manguiers", "résidence Les Pins",
            "lot. Les Hauts de Bellevue"]))
        plain(rng.choice([" ", ", "]))
        tag("address", "n° %d" % rng.randint(1, 99))
        return
    if r < 0.45:
        plain(rng.choice(["domicile : ", "Adresse : "]))
        tag("address", "via %s %d" % (rng.choice(["Roma", "Garibaldi", "Nazionale"]),
            rng.randint(1, 99)))
        plain(", ")
        tag("address", "%05d Roma" % rng.randint(118, 199))
        return
    if r < 0.7:
        plain(rng.choice(["Domicile ", "Adresse : ", "vit "]))
        tag("address", "%s %d" % (rng.choice(streets), rng.randint(1, 99)))
        plain(", "); tag("address", "%s %s" % (code, rng.choice(cities)))
    else:
        plain(rng.choice(["Domicile : ", "Vit chez sa fille, ", "Adresse "]))
        tag("address", "%d %s %s" % (rng.randint(1, 99), rng.choice(REGIONAL),
            rng.choice(["Sant-Erwan", "Nagusia", "ar Feunteun", "Kerbiquet"])))

def holder_form(rng, plain, tag):
    """recall12: phones abroad with "(0)" or an area code in parentheses,
    ids after their holder ("patient n°"), a key letter glued to an id."""
    k = rng.randrange(3)
    if k == 0:
        plain(rng.choice(["Tél. ", "joignable au ", "fils au "]))
        tag("phone", rng.choice(["+32 (0)2 %03d %02d %02d" % (rng.randint(100, 999),
            rng.randint(10, 99), rng.randint(10, 99)),
            "+41 (0)79 %03d %02d %02d" % (rng.randint(100, 999), rng.randint(10, 99),
            rng.randint(10, 99)),
            "+1 (514) %03d-%04d" % (rng.randint(200, 999), rng.randint(0, 9999))]))
    elif k == 1:
        plain(rng.choice(["patient n° ", "numéro de patient ", "n° client ",
            "identifiant patient : ", "N° d'ordonnance : ", "n° de facture ",
            "N° d'admission "]))
        tag("id", "%d" % rng.randint(100000, 999999))
    else:
        plain(rng.choice(["numéro allocataire ", "n° allocataire CAF "]))
        tag("id", "%d%s" % (rng.randint(1000000, 9999999), rng.choice("ABCGHK")))

def system_form(rng, plain, tag):
    """recall12: a date as systems write it, a city's article before its
    postcode, a lieu-dit with its article after a verb of coming, a
    nickname after words that name someone, an id after "adhérente", a
    phone cut short after its cue, an eponym that is a surname after a
    title and before a first name."""
    k = rng.randrange(7)
    if k == 6:
        epo = rng.choice(["Parkinson", "Crohn", "Broca", "Verneuil", "Basedow"])
        plain(rng.choice(["Mme ", "M. ", "Monsieur "]))
        tag("other_name", epo); plain(" ")
        tag("other_name", rng.choice(["Eleanor", "Bastien", "Yvette", "Sabine"]))
        plain(", pas de maladie de %s" % epo)
        return
    if k == 5:
        plain(rng.choice(["tél : ", "joignable au ", "portable "]))
        d = "0%d" % rng.randint(1, 9) + "".join(rng.choice("0123456789")
            for _ in range(7))
        if rng.random() < 0.5:
            tag("phone", " ".join(d[j:j + 2] for j in range(0, 6, 2)))
            plain(rng.choice([" ..", "...", " xx xx"]))
        else:
            tag("phone", " ".join(d[j:j + 2] for j in range(0, 8, 2)) + " " + d[8])
            plain(" (un chiffre manque)")
        return
    if k == 0:
        plain(rng.choice(['"ddn": "', "DDN ", "né(e) le "]))
        tag("date", "%02d-%s-%d" % (rng.randint(1, 28), rng.choice(["JAN", "FEB",
            "MAR", "APR", "MAY", "Jun", "Jul", "AUG", "Sep", "OCT", "Nov", "DEC"]),
            rng.randint(1930, 2020)))
        plain(rng.choice(['"', "", ""]))
    elif k == 1:
        plain("Domicile : ")
        tag("address", "%d chemin %s" % (rng.randint(1, 99), rng.choice(
            ["Bœuf Mort", "des Vignes", "de la Source"])))
        plain(", ")
        tag("address", rng.choice(["Le Tampon 97430", "La Rochelle 17000",
            "Les Abymes 97139", "Le Mans 72000"]))
    elif k == 2:
        plain(rng.choice(["vient de ", "arrive de "]))
        tag("address", rng.choice(["la Hulotte", "la Croix-Rousse",
            "la Grande Métairie", "l'Étang"]))
        plain(", ")
        tag("address", rng.choice(["22100 Dinan", "69004 Lyon", "16370 Cherves"]))
    elif k == 3:
        plain(rng.choice(["Se présente comme « ", "se fait appeler « ",
            "connu sous le nom de « "]))
        tag("other_name", rng.choice(["Tonio", "Dédé", "Zizou", "Ti Jean"]))
        plain(" »")
    else:
        plain("adhérente n° ")
        tag("id", "%d %03d %03d %03d" % (rng.randint(1, 9), rng.randint(100, 999),
            rng.randint(100, 999), rng.randint(100, 999)))

def pasted_form(rng, p, plain, tag):
    """recall13: ids after a reference's cue ("N/Réf", "votre référence")
    and after an insurer's name ("mutuelle MGEN 0123456"), the address
    field of an HL7 message and the values of a JSON record pasted in a
    note (docs/scrub.md); the reference of a device stays."""
    k = rng.randrange(12)
    if k >= 10:
        kin_form(rng, k - 10, plain, tag)
        return
    if k >= 5:
        owned_form(rng, k - 5, plain, tag)
        return
    if k == 0:
        plain(rng.choice(["Courrier CPAM, N/Réf. : ", "V/Réf ", "votre référence ",
            "réf. : "]))
        tag("id", rng.choice(["%d/%05d" % (rng.randint(2020, 2026),
            rng.randint(10000, 99999)), "%d-%05d" % (rng.randint(2020, 2026),
            rng.randint(10000, 99999)), "AB%06d" % rng.randint(0, 999999)]))
    elif k == 1:
        plain(rng.choice(["mutuelle ", "complémentaire ", "Mutuelle "]))
        plain(rng.choice(["MGEN", "Harmonie", "Malakoff Humanis", "MAAF"]))
        plain(rng.choice([" ", " n° ", " : "]))
        tag("id", "%07d" % rng.randint(0, 9999999))
    elif k == 2:
        cp, city = rng.choice(CITIES).split(";")[:2]
        plain("PID|1||"); tag("id", "%d" % rng.randint(10000000, 99999999))
        plain("^^^CHU||")
        tag("name", p["last"].upper()); plain("^"); tag("name", p["first"].upper())
        plain("||"); tag("date", "19%02d%02d%02d" % (rng.randint(30, 99),
            rng.randint(1, 12), rng.randint(1, 28)))
        plain("|F|||")
        tag("address", "%d %s^^%s^^%s" % (rng.randint(1, 99),
            rng.choice(STREETS).upper(), city.upper(), cp))
        plain("||")
    elif k == 3:
        cp, city = rng.choice(CITIES).split(";")[:2]
        plain('{"nom": "'); tag("name", p["last"]); plain('", "ville": "')
        tag("address", city); plain('", "examen": "HbA1c"}')
    else:
        plain(rng.choice(["Référence 1234567 du dispositif",
            "selon la réf. HAS 2024", "mutuelle MGEN depuis 2012"]))

def owned_form(rng, k, plain, tag):
    """recall13: a pharmacy named after its owner, a child named after
    "avec" with an age, a postcode with OCR's letters before a city in
    capitals, a street abroad in lower case, an Eircode; the pharmacies
    named otherwise and the drugs with a day stay."""
    if k == 0:
        plain(rng.choice(["Délivrance par la pharmacie ", "relais Pharmacie ",
            "pharmacie désignée : Pharmacie "]))
        tag("other_name", rng.choice(["Abitbol", "Benhamou", "Boghossian",
            "Kerjean", "Nguyen-Tran"]))
        plain(rng.choice([", pharmacie de garde", "", " (pas la pharmacie du Centre)"]))
    elif k == 1:
        plain(rng.choice(["Sortie de maternité avec ", "venue avec ", "Mère et "]))
        tag("other_name", rng.choice(["Kadidia", "Nahel", "Inaya", "Soumaya",
            "Eliott"]))
        plain(rng.choice([" (J4)", " (3 ans)", " (2 mois)", " (15 jours)"]))
        plain(rng.choice(["", ", sous Doliprane (J3)"]))
    elif k == 2:
        cp, city = rng.choice(CITIES).split(";")[:2]
        ocr = cp.replace("0", "O")
        if ocr == cp:
            ocr = cp[:-1] + "l" if cp.endswith("1") else "l" + cp[1:] \
                if cp.startswith("1") else cp
        plain(rng.choice(["OCR courrier : ", "Scan : domicile "]))
        tag("address", "%d rue %s" % (rng.randint(1, 99), rng.choice(["Victor Hugo",
            "Jean Jaurès", "des Lilas"])))
        plain(" ")
        tag("address", "%s %s" % (ocr, city.upper()))
    elif k == 3:
        street, code, city = rng.choice([("via roma", "00184", "roma"),
            ("calle mayor", "28013", "madrid"), ("rua da prata", "1100-052", "lisboa"),
            ("via garibaldi", "10122", "torino")])
        plain(rng.choice(["domicile ", "adresse : ", "vit "]))
        tag("address", "%s %d" % (street, rng.randint(1, 99)))
        plain(", "); tag("address", "%s %s" % (code, city))
    else:
        plain(rng.choice(["lives at ", "Adresse : "]))
        tag("address", "%d %s Street" % (rng.randint(1, 99), rng.choice(["Main",
            "Oak", "Baker"])))
        plain(", ")
        tag("address", "Dublin %s%d %s%d%s" % (rng.choice("DAH"), rng.randint(10, 99),
            rng.choice("ACDEFHKNPRTVWXY"), rng.randint(0, 9),
            "".join(rng.choice("0123456789ACDEFHKNPRTVWXY") for _ in range(2))))

def kin_form(rng, k, plain, tag):
    """A first name in lower case that is also an ordinary word right
    after a possessive and a relative ("son fils marc malade"), an English
    verb after a surname in a French note ("Hill called"), a surname after
    "rééducation", a birth name after "née en", JSON keys with accented
    capitals; the ordinary words, the English compound, the methods and
    the places of birth of the same shapes stay (docs/scrub.md)."""
    if k == 0:
        plain(rng.choice(["Appel de ", "Présent : ", "Vu avec "]))
        plain(rng.choice(["son fils ", "son mari ", "sa fille ", "sa mère "]))
        tag("other_name", rng.choice(["marc", "jean", "aurore", "pierre",
            "claude", "pascal", "constance"]))
        plain(rng.choice([" malade", ", inquiet", " ce jour"]))
        plain(rng.choice(["; son fils malade.", "; sa fille aînée présente.",
            "; sa fille mariée vit loin.", "."]))
    else:
        r = rng.randrange(10)
        if r >= 4:
            signed_form(rng, r - 4, plain, tag)
            return
        if r == 0:
            tag("other_name", rng.choice(["Hill", "Ward", "Bush", "Hunt"]))
            plain(rng.choice([" called today", " says he will come", " phoned"]))
            plain(rng.choice([" : RAS.", ". Ward round : patient stable."]))
        elif r == 1:
            plain("Lombalgie, rééducation ")
            tag("other_name", rng.choice(["Lebrun", "Kerbrat", "Moreau"]))
            plain(rng.choice([" 2x/sem", " au cabinet"]))
            plain(rng.choice([", puis rééducation McKenzie.", "."]))
        elif r == 2:
            plain(rng.choice(["Sa soeur née en ", "Mère née en "]))
            tag("other_name", rng.choice(["Kerouredan", "Trazibule"]))
            plain(rng.choice([", née en Martinique.", ", père né en Algérie.", "."]))
        else:
            plain('{"PRÉNOM": "'); tag("name", rng.choice(["Maëlys", "Anghjulu"]))
            plain('", "LOCALITÉ": "'); tag("address", rng.choice(["Plouha", "Lanvollon"]))
            plain('", "RÉSULTAT": "normal"}')

def signed_form(rng, r, plain, tag):
    """Initials as a signature, a table's row whose header names no name,
    a file's name, an insurer's name before a comma, a British postcode or
    an Eircode before its city, "Maître" before a name; the abbreviations,
    the cells of results, the files of a body part, the people's numbers
    without an insurer and "maître de stage" stay (docs/scrub.md)."""
    if r == 0:
        plain(rng.choice(["Vu avec ", "Patient vu par "]))
        tag("other_name", rng.choice(["J.D.", "K. L.", "P.G."]))
        plain(rng.choice([" Puis vu avec MT.", ", vu avec TT.", ""]))
        plain(" -- "); tag("other_name", rng.choice(["JD", "MB", "A.B."]))
    elif r == 1:
        plain("Export : ")
        tag("name", rng.choice(["KEROUREDAN Trazibule", "Wojcik Boguslaw",
            "Anghjulu QUELLEC"]))
        plain(" | "); tag("date", "%02d/%02d/19%02d" % (rng.randint(1, 28),
            rng.randint(1, 12), rng.randint(30, 99)))
        plain(" | "); tag("phone", "06 %02d %02d %02d %02d" % tuple(
            rng.randint(10, 99) for _ in range(4)))
        plain(rng.choice([" ; Glycémie | 12/03/2024 | 1,2 g/l", ""]))
    elif r == 2:
        plain("PJ : scan_"); tag("name", rng.choice(["kowalczyk", "dupont"]))
        plain("_"); tag("name", rng.choice(["jean", "paul", "nadia"]))
        plain(rng.choice([".pdf, bilan_sanguin_2024.pdf", ".jpg"]))
    elif r == 3:
        plain(rng.choice(["mutuelle Harmonie, ", "Mutuelle MGEN, "]))
        tag("id", "%07d" % rng.randint(0, 9999999))
        if rng.random() < 0.5:
            plain(", vu par Dr "); tag("other_name", "Martin"); plain(", 1234567")
    elif r == 5:
        plain("Fax reçu : « Pt : ")
        tag("name", rng.choice(["Aur?lie", "Fran?ois", "C?line", "Ana?s"]))
        plain(rng.choice([", kin? x 15 s?ances. »", ", r?sultat normal. »"]))
    else:
        plain(rng.choice(["domicile : ", "vit à "]))
        tag("address", rng.choice(["D02 X285 Dublin", "NW1 6XE London"]))
        plain(rng.choice([". Courrier de Maître ", ". Avis de Maître "]))
        tag("other_name", rng.choice(["Jouannic", "Kerbrat"]))
        plain(rng.choice([", avocat ; maître de stage absent.", "."]))

def issue10_form(rng, p, plain, tag):
    """The forms issue 10 found missed on real text: glued and oddly
    spaced numbers, partial dates, building units and postcodes, maiden
    names and caregivers, treatments of the suppressed groups."""
    f, l = other_person(rng)
    k = rng.randrange(14)
    if k == 13:
        pasted_form(rng, p, plain, tag)
        return
    if k == 12:
        system_form(rng, plain, tag)
        return
    if k == 10:
        abroad_form(rng, plain, tag)
        return
    if k == 11:
        holder_form(rng, plain, tag)
        return
    if k == 0:
        plain(rng.choice(["N°", "n°", "(NIR", "NIR"]))
        tag("nir", p["body"] + p["key"])
    elif k == 1:
        plain(rng.choice(["n°", "tel:", "Tél.", "port."])); tag("phone", p["phone"])
    elif k == 2:
        plain(rng.choice(["IPP", "ipp n°"])); tag("id", p["ipp"])
    elif k == 3:
        full = p["body"] + p["key"]
        g = [full[0], full[1:3], full[3:5], full[5:7], full[7:10], full[10:13], full[13:]]
        plain("NIR "); tag("nir", rng.choice(["\u202f", "/"]).join(g))
    elif k == 4:
        m = rng.randint(1, 12)
        plain(rng.choice(["Revu le ", "RDV le ", "Contrôle en "]))
        tag("date", rng.choice(["%d %s" % (rng.randint(2, 28), MONTHS[m - 1]),
            "%02d/%02d" % (rng.randint(1, 28), m),
            "%s %d" % (MONTHS[m - 1], rng.randint(2015, 2024))]))
    elif k == 5:
        plain("Adresse : ")
        tag("address", "%d %s, %s" % (rng.randint(1, 99), rng.choice(["bis", "ter"]),
            rng.choice(STREETS)))
    elif k == 6:
        plain("Domicile "); tag("address", rng.choice(["Appt %d" % rng.randint(1, 60),
            "Bât. %s" % rng.choice("ABC"), "%de étage" % rng.randint(1, 8)]))
        cp, city = rng.choice(CITIES).split(";")[:2]
        plain(", CP "); tag("address", "%s %s" % (cp, city))
    elif k == 7:
        plain("Mme "); tag("name", p["last"]); plain(" née "); tag("other_name", l)
    elif k == 8:
        plain(rng.choice(["Vu par l'interne ", "l'IDE ", "le kiné "]))
        tag("other_name", f); plain(" "); tag("other_name", l.upper())
    else:
        plain(rng.choice(["Traitement : ", "Sous ", "ATCD de "]))
        tag("diagnosis", rng.choice(["Biktarvy", "Triumeq", "Truvada", "PrEP",
            "TS"]))

def comment(rng, p):
    """A list of segments: plain strings, or (kind, text)."""
    segs = []
    def plain(s):
        segs.append(s)
    def tag(kind, s):
        segs.append((kind, s))
    n = rng.randint(1, 3)
    for _ in range(n):
        r = rng.random()
        if r < 0.16:
            civ = rng.choice(CIV)
            style = rng.random()
            if style < 0.3:
                plain(civ + " "); tag("name", vary_case(rng, p["last"]))
            elif style < 0.55:
                plain(civ + " "); tag("name", p["first"]); plain(" ")
                tag("name", vary_case(rng, p["last"]))
            elif style < 0.7:
                tag("name", p["last"].upper()); plain(" "); tag("name", p["first"])
            elif style < 0.85:
                tag("name", p["first"][0] + "."); plain(" ")
                tag("name", p["last"].upper())
            else:
                tag("name", p["first"].lower()); plain(" ")
                tag("name", p["last"].lower())
            plain(rng.choice([" vu(e) ce jour", " informé(e) des résultats",
                " accompagné(e) par son conjoint", ", chambre 12",
                " se plaint de douleurs", " absent(e) au rendez-vous"]))
        elif r < 0.26:
            f, l = other_person(rng)
            t = rng.choice(["Dr", "Docteur", "Pr", "Dr.", "docteur"])
            plain(rng.choice(["Courrier adressé au ", "Avis du ", "Vu par le ",
                "Adressé(e) par le "]) + t + " ")
            if rng.random() < 0.6:
                tag("other_name", f); plain(" ")
            tag("other_name", l.upper() if rng.random() < 0.6 else l)
        elif r < 0.32:
            f, l = other_person(rng)
            plain(rng.choice(["Sa fille ", "Son fils ", "Son épouse ", "Personne de confiance : "]))
            if rng.random() < 0.5:
                tag("other_name", f); plain(" "); tag("name", p["last"].upper())
            else:
                tag("other_name", f); plain(" ")
                plain(""); tag("other_name", l.upper())
            plain(rng.choice([" présente", ", à prévenir", " joignable"]))
        elif r < 0.42:
            plain(rng.choice(["NIR ", "NIR : ", "n° sécu ", "NSS ", "Numéro de sécurité sociale : "]))
            if rng.random() < 0.7:
                tag("nir", nir_form(rng, p["body"], p["key"]))
            else:
                b, k = nir(rng)
                tag("nir", nir_form(rng, b, k))
        elif r < 0.54:
            plain(rng.choice(["Rappeler au ", "Tél ", "joignable au ", "Portable : ",
                "Contacter la famille au "]))
            if rng.random() < 0.15:
                tag("phone", overseas_phone(rng)[1])
            else:
                tag("phone", phone_form(rng, p["phone"] if rng.random() < 0.6 else phone(rng)))
        elif r < 0.60:
            plain(rng.choice(["Mail : ", "Résultats envoyés à ", "courriel "]))
            tag("email", p["email"] if rng.random() < 0.6 else
                email_of(rng, *other_person(rng)))
        elif r < 0.63:
            plain(rng.choice(["RIB pour remboursement : ", "IBAN "]))
            tag("iban", iban(rng))
        elif r < 0.66:
            plain("RPPS du prescripteur ")
            tag("rpps", luhn_complete("10" + "".join(rng.choice("0123456789") for _ in range(8))))
        elif r < 0.68:
            plain("Transfert vers FINESS ")
            tag("finess", luhn_complete("%02d" % rng.randint(1, 95) + "".join(
                rng.choice("0123456789") for _ in range(6))))
        elif r < 0.72:
            plain(rng.choice(["IPP ", "Dossier IPP ", "voir dossier "]))
            tag("id", p["ipp"])
        elif r < 0.82:
            plain(rng.choice(["Hospitalisé(e) le ", "RDV le ", "Entrée le ",
                "Dernières règles le ", "Opéré(e) le "]))
            tag("date", date_text(rng))
        elif r < 0.86:
            plain(rng.choice(["Domicile : ", "Adresse : ", "Habite "]))
            tag("address", p["address"])
        elif r < 0.91:
            t, _ = rng.choice(DIAG)
            plain(rng.choice(["Contexte : ", "ATCD : ", "Patient(e) ", "Suivi pour "]))
            if t == "sérologie VIH positive":
                plain("sérologie "); tag("diagnosis", "VIH"); plain(" positive")
            elif t == "suivi psychiatrique":
                plain("suivi "); tag("diagnosis", "psychiatrique")
            elif t == "trouble bipolaire":
                plain("trouble "); tag("diagnosis", "bipolaire")
            elif t == "VIH" and rng.random() < 0.5:
                tag("diagnosis", "VIH+")
            else:
                tag("diagnosis", t)
        elif r < 0.96:
            issue10_form(rng, p, plain, tag)
        else:
            plain(rng.choice(CLINICAL))
        plain(rng.choice([". ", ", ", "; ", " - "]))
    if rng.random() < 0.7:
        plain(rng.choice(CLINICAL))
    return segs

def render(rng, segs):
    """Noise on the whole comment, span offsets kept."""
    lower = rng.random() < 0.05
    upper = rng.random() < 0.04
    noacc = rng.random() < 0.15
    text, spans = b"", []
    for s in segs:
        kind, t = (None, s) if isinstance(s, str) else s
        if noacc:
            t = strip_accents(t)
        if lower:
            t = t.lower()
        if upper:
            t = t.upper()
        if kind is None and rng.random() < 0.05:
            t = t.replace(" ", "  ", 1)
        b = t.encode("utf-8")
        if kind is not None and b:
            spans.append((len(text), len(text) + len(b), kind))
        text += b
    return text.decode("utf-8").strip(), spans

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=4)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = sys.stdout
    for _ in range(a.n):
        p = patient(rng)
        text, spans = render(rng, comment(rng, p))
        ph = p["phone"]
        ph = rng.choice([ph, " ".join(ph[i:i + 2] for i in range(0, 10, 2))])
        ctx = [p["last"].upper(), p["first"], p["nir"], ph, p["email"],
            p["address"], p["ipp"]]
        # strip() above may only have removed trailing separators
        out.write("\t".join(ctx + [text, ",".join("%d:%d:%s" % s for s in spans)]) + "\n")

if __name__ == "__main__":
    main()
