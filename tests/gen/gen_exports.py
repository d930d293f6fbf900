#!/usr/bin/env python3
# Writes the synthetic French patient exports bundled in conf/samples/ (and a
# streamed big patients file for benchmarks).  Every value is invented.
"""Synthetic patient exports for pseudonymfs.

  gen_exports.py --out conf/samples --manifest tests/data/samples.manifest.json
  gen_exports.py --bench-patients FILE --size-mb 100

Python 3 standard library only.  Deterministic: one random.Random(seed), no
clock, no iteration over sets, so the same command writes the same bytes.
Raw names come from tests/gen/data/; any of them that also occurs in the
fake-value lists (conf/lists/*.txt) is dropped, because a leak test must be
able to tell a raw value from a fake one.
"""

import argparse
import datetime
import json
import os
import random
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
REPO_ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_LISTS = os.path.join(REPO_ROOT, "conf", "lists")

DEFAULT_SEED = 20240917
N_PATIENTS = 200
MIN_NAMES = 50
# Shorter names are substrings of too many ordinary words for a leak test.
MIN_NAME_LEN = 4
N_PHYSICIANS = 24

PATIENT_HEADER = [
	"IPP", "Nom", "Prénom", "Nom de naissance", "Sexe", "Date de naissance",
	"NIR", "Adresse", "Code postal", "Ville", "Téléphone", "Email",
	"Médecin traitant", "Mutuelle", "Groupe sanguin",
]
SEJOUR_HEADER = [
	"IPP", "N° séjour", "Date d'entrée", "Date de sortie", "Service", "DP",
	"Libellé DP", "Commentaire",
]
LABO_HEADER = [
	"IPP", "NSS", "Date prélèvement", "Analyse", "Valeur", "Unité",
	"Prescripteur",
]
EXPORT_HEADER = [
	"IPP", "Nom", "Prénom", "Date de naissance", "Date consultation",
	"Diagnostic", "Commentaire",
]
CACHE_HEADER = ["IPP", "Nom", "Prénom", "NIR", "Téléphone"]
RX_HEADER = [
	"IPP", "Date prescription", "Service", "Médicament", "Posologie",
	"Prescripteur",
]

# Département codes used for births elsewhere in metropolitan France.
METRO_DEPTS = [
	"%02d" % d for d in range(1, 96) if d != 20
]
OVERSEAS_DEPTS = ["971", "972", "973", "974", "976"]
# INSEE country codes (the 3 digits after "99" in a NIR).
COUNTRIES = ["350", "351", "352", "139", "127", "134", "109", "341", "331",
    "132", "135", "212", "243", "406"]

# (written code, French label); codes are WHO ICD-10 (CIM-10) as used in France.
ICD_HIV = [
	("B20.1", "Maladie par VIH à l'origine d'autres infections bactériennes"),
	("B20.6", "Maladie par VIH à l'origine d'une pneumopathie à Pneumocystis jirovecii"),
	("B22.7", "Maladie par VIH à l'origine de maladies multiples classées ailleurs"),
	("B23.8", "Maladie par VIH à l'origine d'autres affections précisées"),
	("B24", "Immunodéficience humaine virale [VIH], sans précision"),
	("Z21", "Infection asymptomatique par le virus de l'immunodéficience humaine [VIH]"),
]
ICD_PSY = [
	("F32.1", "Épisode dépressif moyen"),
	("F32", "Épisode dépressif"),
	("F33.2", "Trouble dépressif récurrent, épisode actuel sévère sans symptômes psychotiques"),
	("F10.2", "Troubles mentaux et du comportement liés à l'utilisation d'alcool : syndrome de dépendance"),
	("F11.2", "Troubles mentaux et du comportement liés à l'utilisation d'opiacés : syndrome de dépendance"),
	("F20.0", "Schizophrénie paranoïde"),
	("F31.1", "Trouble affectif bipolaire, épisode actuel maniaque sans symptômes psychotiques"),
	("F41.1", "Anxiété généralisée"),
	("F43.1", "État de stress post-traumatique"),
	("F50.0", "Anorexie mentale"),
]
ICD_STI = [
	("A51.3", "Syphilis secondaire de la peau et des muqueuses"),
	("A54.0", "Infection gonococcique de la partie inférieure de l'appareil génito-urinaire, sans abcès"),
	("A56.0", "Infection à Chlamydia de la partie inférieure de l'appareil génito-urinaire"),
	("A60.0", "Infection des organes génitaux et de l'appareil génito-urinaire due au virus de l'herpès"),
	("A63.0", "Condylomes ano-génitaux (vénériens)"),
]
ICD_OBST = [
	("O80", "Accouchement unique et spontané"),
	("O82", "Accouchement unique par césarienne"),
	("O21.0", "Hyperémèse gravidique bénigne"),
	("O24.4", "Diabète sucré survenant au cours de la grossesse"),
	("O14.1", "Pré-éclampsie sévère"),
	("O04", "Avortement médical"),
	("O03.9", "Avortement spontané, complet ou sans précision, sans complication"),
]
ICD_REPRO = [
	("Z30.0", "Conseils et avis généraux concernant la contraception"),
	("Z30.1", "Mise en place d'un dispositif contraceptif (intra-utérin)"),
	("Z32.1", "Grossesse confirmée"),
	("Z34", "Surveillance d'une grossesse normale"),
	("Z35.8", "Surveillance d'autres grossesses à haut risque"),
	("Z36", "Dépistage prénatal"),
	("Z31.2", "Fécondation in vitro"),
]
SENSITIVE = {
	"hiv": (ICD_HIV, ["Maladies infectieuses"]),
	"psy": (ICD_PSY, ["Psychiatrie adulte", "Addictologie"]),
	"sti": (ICD_STI, ["Maladies infectieuses", "Dermatologie"]),
	"obst": (ICD_OBST, ["Maternité", "Gynécologie-obstétrique"]),
	"repro": (ICD_REPRO, ["Gynécologie-obstétrique", "Centre de planification"]),
}
# (code, label, service, min age, max age, sex or None)
ICD_ORDINARY = [
	("I10", "Hypertension essentielle (primitive)", "Cardiologie", 30, 120, None),
	("I21.4", "Infarctus sous-endocardique aigu du myocarde", "Cardiologie", 40, 120, None),
	("I48", "Fibrillation et flutter auriculaires", "Cardiologie", 50, 120, None),
	("I50.0", "Insuffisance cardiaque congestive", "Cardiologie", 55, 120, None),
	("J18.9", "Pneumopathie, sans précision", "Pneumologie", 0, 120, None),
	("J44.1", "Maladie pulmonaire obstructive chronique avec épisodes aigus, sans précision", "Pneumologie", 45, 120, None),
	("J45.9", "Asthme, sans précision", "Pneumologie", 5, 120, None),
	("E11.9", "Diabète sucré de type 2, sans complication", "Endocrinologie", 35, 120, None),
	("E11", "Diabète sucré de type 2", "Endocrinologie", 35, 120, None),
	("E10.1", "Diabète sucré de type 1, avec acidocétose", "Endocrinologie", 5, 120, None),
	("E86", "Hypovolémie", "Gériatrie", 70, 120, None),
	("G30.9", "Maladie d'Alzheimer, sans précision", "Gériatrie", 70, 120, None),
	("K35.8", "Appendicite aiguë, autres et sans précision", "Chirurgie viscérale", 5, 120, None),
	("K80.2", "Calcul de la vésicule biliaire sans cholécystite", "Chirurgie viscérale", 25, 120, None),
	("K29.7", "Gastrite, sans précision", "Gastro-entérologie", 20, 120, None),
	("A09", "Diarrhée et gastro-entérite d'origine présumée infectieuse", "Pédiatrie", 0, 15, None),
	("B01.9", "Varicelle sans complication", "Pédiatrie", 0, 15, None),
	("J06.9", "Infection aiguë des voies respiratoires supérieures, sans précision", "Pédiatrie", 0, 15, None),
	("B18.2", "Hépatite virale chronique C", "Hépato-gastro-entérologie", 25, 120, None),
	("A41.9", "Sepsis, sans précision", "Réanimation", 20, 120, None),
	("N39.0", "Infection des voies urinaires, siège non précisé", "Urologie", 18, 120, None),
	("N20.0", "Calcul du rein", "Urologie", 25, 120, None),
	("S72.0", "Fracture du col du fémur", "Chirurgie orthopédique", 65, 120, None),
	("S52.5", "Fracture de l'extrémité inférieure du radius", "Chirurgie orthopédique", 10, 120, None),
	("S06.0", "Commotion cérébrale", "Urgences", 5, 120, None),
	("M17.1", "Autres gonarthroses primaires", "Chirurgie orthopédique", 55, 120, None),
	("C50.9", "Tumeur maligne du sein, sans précision", "Oncologie", 35, 120, "F"),
	("C34.1", "Tumeur maligne du lobe supérieur, bronches ou poumon", "Oncologie", 45, 120, None),
	("Z51.1", "Séance de chimiothérapie pour tumeur", "Oncologie", 35, 120, None),
	("R07.4", "Douleur thoracique, sans précision", "Urgences", 20, 120, None),
	("R55", "Syncope et collapsus", "Urgences", 15, 120, None),
	("G40.9", "Épilepsie, sans précision", "Neurologie", 5, 120, None),
	("I63.9", "Infarctus cérébral, sans précision", "Neurologie", 55, 120, None),
	("D50.9", "Anémie par carence en fer, sans précision", "Médecine interne", 15, 120, None),
	("U07.1", "COVID-19, virus identifié", "Maladies infectieuses", 15, 120, None),
	("L03.1", "Phlegmon d'autres parties d'un membre", "Dermatologie", 15, 120, None),
	("H25.9", "Cataracte sénile, sans précision", "Ophtalmologie", 60, 120, None),
]

# (name, unit, low, high, decimals)
ANALYSES = [
	("Hémoglobine", "g/dL", 10.5, 16.8, 1),
	("Leucocytes", "G/L", 3.2, 13.5, 2),
	("Plaquettes", "G/L", 120, 450, 0),
	("Sodium", "mmol/L", 132, 146, 0),
	("Potassium", "mmol/L", 3.2, 5.4, 1),
	("Créatinine", "µmol/L", 45, 160, 0),
	("Glycémie à jeun", "mmol/L", 4.1, 9.8, 2),
	("HbA1c", "%", 5.0, 9.9, 1),
	("CRP", "mg/L", 0.5, 140, 1),
	("TSH", "mUI/L", 0.3, 5.5, 2),
	("Cholestérol total", "g/L", 1.35, 2.9, 2),
	("Ferritine", "µg/L", 12, 420, 0),
	("INR", "", 0.9, 3.4, 2),
]
ANALYSES_HIV = [
	("Charge virale VIH-1", "copies/mL", 20, 185000, 0),
	("Lymphocytes T CD4", "/mm3", 180, 1150, 0),
]
ANALYSE_HCG = ("β-HCG", "UI/L", 40, 150000, 0)
ANALYSE_TPHA = ("Sérologie syphilis (TPHA)", "", 0, 0, 0)

# Prescriptions: (drug as pharmacy software writes it, dosage, ward).  The
# sensitive ones belong to the suppression groups of conf/sensitive/.
RX_ORDINARY = [
	("METFORMINE 850 mg, comprimé pelliculé", "1 cp matin et soir", "Endocrinologie"),
	("DOLIPRANE 1000 mg, comprimé", "1 cp x3/j si douleur", "Urgences"),
	("AMOXICILLINE 1 g, comprimé dispersible", "1 g x3/j pendant 7 jours", "Pneumologie"),
	("RAMIPRIL 5 mg, gélule", "1 gél le matin", "Cardiologie"),
	("BISOPROLOL 2,5 mg, comprimé", "1 cp/j", "Cardiologie"),
	("ENOXAPARINE 4000 UI/0,4 mL, solution injectable", "1 inj SC/j", "Chirurgie orthopédique"),
	("ATORVASTATINE 20 mg, comprimé", "1 cp le soir", "Cardiologie"),
	("LEVOTHYROX 75 microgrammes, comprimé", "1 cp à jeun", "Endocrinologie"),
	("KARDEGIC 75 mg, poudre pour solution buvable", "1 sachet/j", "Cardiologie"),
	("OMEPRAZOLE 20 mg, gélule gastro-résistante", "1 gél/j", "Gastro-entérologie"),
]
RX_SENSITIVE = {
	"hiv": [("BIKTARVY 50 mg/200 mg/25 mg, comprimé", "1 cp/j", "Maladies infectieuses"),
		("TRUVADA 200 mg/245 mg, comprimé pelliculé", "1 cp/j (PrEP)", "Maladies infectieuses")],
	"psy": [("OLANZAPINE 10 mg, comprimé", "1 cp le soir", "Psychiatrie adulte"),
		("SERTRALINE 50 mg, gélule", "1 gél le matin", "Psychiatrie adulte"),
		("METHADONE AP-HP 40 mg, sirop", "40 mg/j", "Addictologie"),
		("SUBUTEX 8 mg, comprimé sublingual", "1 cp/j", "Addictologie")],
	"sti": [("EXTENCILLINE 2,4 M UI, poudre pour suspension injectable", "1 inj IM", "Maladies infectieuses")],
	"obst": [("SYNTOCINON 5 UI/1 mL, solution injectable", "selon protocole", "Maternité")],
	"repro": [("LEELOO 0,1 mg/0,02 mg, comprimé", "1 cp/j 21 jours sur 28", "Centre de planification"),
		("NEXPLANON 68 mg, implant", "pose", "Centre de planification")],
}

BLOOD_GROUPS = [("O+", 36), ("A+", 37), ("B+", 9), ("AB+", 3), ("O-", 6),
    ("A-", 7), ("B-", 1), ("AB-", 1)]
MUTUELLES = [("MGEN", 12), ("Harmonie Mutuelle", 14), ("Malakoff Humanis", 8),
    ("AG2R La Mondiale", 7), ("MAAF Santé", 5), ("Groupama", 6), ("MNT", 3),
    ("Intériale", 2), ("Complémentaire santé solidaire", 9), ("Aucune", 4),
    ("", 8)]
MAIL_DOMAINS = [("orange.fr", 18), ("gmail.com", 30), ("free.fr", 10),
    ("laposte.net", 8), ("sfr.fr", 6), ("wanadoo.fr", 6), ("hotmail.fr", 10),
    ("yahoo.fr", 6), ("outlook.fr", 4)]
RESIDENCES = ["Les Tamaris", "Le Clos Fleuri", "Les Terrasses du Port",
    "Bellevue", "Les Jardins de l'Arsenal"]
DRUGS = ["Paracétamol 1 g x3/j", "Ramipril 5 mg le matin",
    "Amoxicilline 1 g x3/j pendant 7 jours", "Enoxaparine 4000 UI/j",
    "Metformine 850 mg x2/j", "Sertraline 50 mg le soir",
    "Bisoprolol 2,5 mg/j"]

COMMENT_PLAIN = [
	"RAS",
	"Sortie à domicile",
	"Transfert en SSR",
	"Œdème des membres inférieurs, à surveiller",
	"Sortie contre avis médical",
	"Bilan complet à 3 mois",
	"Hospitalisation programmée",
	"Retour EHPAD",
]
COMMENT_SEMICOLON = [
	"Retour à domicile avec IDE; revoir en consultation dans 1 mois",
	"Allergie pénicilline; traitement adapté",
	"Entrée par les urgences; transfert en unité le lendemain",
]
COMMENT_QUOTES = [
	'Patient dit "aller beaucoup mieux", sortie prévue',
	'Famille informée, souhaite un "suivi rapproché"',
	'Mention "ne pas réanimer" discutée avec la famille; à confirmer',
]
COMMENT_CP1252 = [
	"« Refus de soins » consigné dans le dossier",
	"Transport : 45 € — bon de transport remis",
	"Cœur : souffle systolique, écho demandée",
]

PHONE_STYLES = [("spaces", 45), ("dots", 15), ("compact", 20), ("intl", 12),
    ("hyphens", 4), ("intl0", 2), ("0033", 2)]
# ARCEP ranges reserved for fiction: the fake generator may use them, a raw
# value must not, or a leak test could not tell the two apart.
PHONE_FICTION = ("0199", "026191", "035301", "046571", "053649", "063998")
OVERSEAS_PHONE = {
	"971": ("0590", "0690"), "972": ("0596", "0696"), "973": ("0594", "0694"),
	"974": ("0262", "0692"), "976": ("0269", "0639"),
}
LANDLINE_01 = ("75", "77", "78", "91", "92", "93", "94", "95")
LANDLINE_02 = ("14", "22", "28", "29", "35", "44", "72", "76")
LANDLINE_03 = ("02", "21", "51", "54", "57", "59", "62", "67", "68", "80")
LANDLINE_05 = ("17", "31", "33")

NIR_STYLES = [("compact", 30), ("spaces", 30), ("dots", 12), ("hyphens", 12),
    ("compact13", 3), ("spaces13", 3), ("mixed", 10)]


class GenError(Exception):
	pass


def fold(s):
	"""Case-, accent- and punctuation-insensitive form used to compare names."""
	s = unicodedata.normalize("NFKD", s)
	s = "".join(c for c in s if not unicodedata.combining(c))
	s = s.casefold().replace("œ", "oe").replace("æ", "ae")
	return "".join(c for c in s if c.isalnum())


def ascii_slug(s):
	s = unicodedata.normalize("NFKD", s)
	s = "".join(c for c in s if not unicodedata.combining(c))
	s = s.lower().replace("œ", "oe").replace("æ", "ae")
	return "".join(c for c in s if c.isascii() and (c.isalnum() or c == "-"))


def read_lines(path):
	with open(path, encoding="utf-8") as fh:
		out = []
		for line in fh:
			line = line.strip()
			if line and not line.startswith("#"):
				out.append(line)
		return out


def read_fake_lists(lists_dir):
	"""Entries of conf/lists/*.txt: (name entries, every entry)."""
	names, everything = [], []
	if not os.path.isdir(lists_dir):
		return names, everything
	for fn in sorted(os.listdir(lists_dir)):
		if not fn.endswith(".txt"):
			continue
		entries = []
		for line in read_lines(os.path.join(lists_dir, fn)):
			entries.append(re.split(r"[\t;,]", line)[0].strip())
		everything.extend(entries)
		if fn in ("first_names.txt", "last_names.txt"):
			names.extend(entries)
	return names, everything


def weighted(rng, pairs):
	total = 0
	for _, w in pairs:
		total += w
	x = rng.random() * total
	for v, w in pairs:
		x -= w
		if x < 0:
			return v
	return pairs[-1][0]


def vocabulary():
	"""Text that survives pseudonymization (labels, headers, templates): a raw
	name hidden inside it would make a leak test cry wolf."""
	parts = PATIENT_HEADER + SEJOUR_HEADER + LABO_HEADER + EXPORT_HEADER
	for table in (ICD_HIV, ICD_PSY, ICD_STI, ICD_OBST, ICD_REPRO):
		parts.extend(label for _, label in table)
	for code, label, service, _, _, _ in ICD_ORDINARY:
		parts.extend((label, service))
	for _, services in SENSITIVE.values():
		parts.extend(services)
	parts.extend(a[0] for a in ANALYSES + ANALYSES_HIV + [ANALYSE_HCG, ANALYSE_TPHA])
	parts.extend(m for m, _ in MUTUELLES)
	parts.extend(COMMENT_PLAIN + COMMENT_SEMICOLON + COMMENT_QUOTES + COMMENT_CP1252)
	parts.extend(DRUGS)
	parts.extend(CONSULT_TEXTS)
	for drug, dose, ward in RX_ORDINARY + sum(RX_SENSITIVE.values(), []):
		parts.extend((drug, dose, ward))
	parts.extend(RX_HEADER)
	parts.append(LISEZMOI_STATIC)
	return "\n".join(fold(p) for p in parts)


class Names:
	"""Raw names left after removing every overlap with the fake lists."""

	def __init__(self, lists_dir):
		fake_names, fake_all = read_fake_lists(lists_dir)
		fake_set = set(fold(n) for n in fake_names)
		fake_text = "\n".join(fold(e) for e in fake_all)
		vocab = vocabulary()
		self.excluded = 0

		def keep(names):
			out, seen = [], set()
			for n in names:
				f = fold(n)
				if f in seen:
					continue
				seen.add(f)
				if (len(f) < MIN_NAME_LEN or f in fake_set or
				    f in fake_text or f in vocab):
					self.excluded += 1
					continue
				out.append(n)
			return out

		self.last = keep(read_lines(os.path.join(DATA, "last_names.txt")))
		self.first = {
			"F": keep(read_lines(os.path.join(DATA, "first_names_f.txt"))),
			"M": keep(read_lines(os.path.join(DATA, "first_names_m.txt"))),
		}
		nfirst = len(self.first["F"]) + len(self.first["M"])
		if len(self.last) < MIN_NAMES or nfirst < MIN_NAMES or \
		    min(len(self.first["F"]), len(self.first["M"])) < 20:
			raise GenError(
			    "only %d last names and %d+%d first names left after "
			    "removing overlaps with %s (need %d last, %d first, 20 "
			    "per sex): add names to tests/gen/data/" % (
			    len(self.last), len(self.first["F"]),
			    len(self.first["M"]), lists_dir, MIN_NAMES, MIN_NAMES))


def nir_key(body):
	dept = body[5:7]
	if dept == "2A":
		dept = "19"
	elif dept == "2B":
		dept = "18"
	return 97 - int(body[:5] + dept + body[7:]) % 97


def nir_groups(nir):
	"""S AA MM DD CCC OOO KK, or S AA MM DDD CC OOO KK overseas."""
	dl = 3 if nir[5:7] in ("97", "98") else 2
	cut = [1, 3, 5, 5 + dl, 10, 13, 15]
	groups, prev = [], 0
	for c in cut:
		if c <= len(nir):
			groups.append(nir[prev:c])
			prev = c
	return groups


def nir_written(rng, nir, style):
	if style.endswith("13"):
		nir = nir[:13]
		style = style[:-2]
	g = nir_groups(nir)
	if style == "compact":
		return nir
	if style == "spaces":
		return " ".join(g)
	if style == "dots":
		return ".".join(g)
	if style == "hyphens":
		return "-".join(g)
	# Hand-typed: some groups joined, some spaced.
	return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:6]) + " " + g[6]


def make_nir(rng, sex, birth, res_dept):
	r = rng.random()
	if r < 0.55:
		dept = res_dept
	elif r < 0.80:
		dept = rng.choice(METRO_DEPTS)
	elif r < 0.86:
		dept = rng.choice(("2A", "2B"))
	elif r < 0.92:
		dept = rng.choice(OVERSEAS_DEPTS)
	else:
		dept = "99"
	if dept == "99":
		commune = rng.choice(COUNTRIES)
	elif len(dept) == 3:
		commune = "%02d" % rng.randint(1, 34)
	else:
		commune = "%03d" % rng.randint(1, 640)
	body = "%s%02d%02d%s%s%03d" % ("1" if sex == "M" else "2",
	    birth.year % 100, birth.month, dept, commune, rng.randint(1, 999))
	assert len(body) == 13, body
	return body + "%02d" % nir_key(body)


def phone_digits(rng, dept):
	while True:
		if dept in OVERSEAS_PHONE:
			d = rng.choice(OVERSEAS_PHONE[dept]) + "%06d" % rng.randint(0, 999999)
		elif rng.random() < 0.7:
			d = rng.choice(("06", "07")) + "%08d" % rng.randint(0, 99999999)
		else:
			if dept in LANDLINE_01:
				p = "01"
			elif dept in LANDLINE_02:
				p = "02"
			elif dept in LANDLINE_03:
				p = "03"
			elif dept in LANDLINE_05:
				p = "05"
			else:
				p = "04"
			d = p + "%08d" % rng.randint(10000000, 99999999)
		if d.startswith("07") and d[2] < "3":
			continue	# 07 00 to 07 29 are not mobile numbers
		tail = d[2:]
		if d.startswith(PHONE_FICTION) or len(set(tail)) < 4 or \
		    "1234" in tail or "5555" in tail:
			continue
		return d


def phone_written(d, style):
	pairs = [d[i:i + 2] for i in range(0, 10, 2)]
	if style == "spaces":
		return " ".join(pairs)
	if style == "dots":
		return ".".join(pairs)
	if style == "hyphens":
		return "-".join(pairs)
	if style == "compact":
		return d
	rest = d[1] + " " + " ".join(pairs[1:])
	if style == "intl":
		return "+33 " + rest
	if style == "intl0":
		return "+33 (0)" + rest
	return "0033 " + rest


def make_phone(rng, dept, style=None):
	d = phone_digits(rng, dept)
	if style is None:
		style = weighted(rng, PHONE_STYLES)
		if dept in OVERSEAS_PHONE and style in ("intl", "intl0", "0033"):
			style = "spaces"
	return phone_written(d, style), style, d


def make_email(rng, first, last, birth):
	f, l = ascii_slug(first), ascii_slug(last)
	r = rng.random()
	if r < 0.35:
		local = "%s.%s" % (f, l)
	elif r < 0.55:
		local = "%s.%s" % (f[0], l)
	elif r < 0.75:
		local = "%s%s%02d" % (f, l, rng.randint(1, 99))
	elif r < 0.90:
		local = "%s.%s%02d" % (l, f, birth.year % 100)
	else:
		local = "%s-%s%d" % (f, l, rng.randint(1, 9))
	return local + "@" + weighted(rng, MAIL_DOMAINS)


def make_address(rng, streets):
	num = rng.randint(1, 60) if rng.random() < 0.8 else rng.randint(61, 240)
	suffix = rng.choice((" bis", " ter")) if rng.random() < 0.05 else ""
	street = rng.choice(streets)
	r = rng.random()
	if r < 0.08:
		return "%d%s, %s" % (num, suffix, street)
	if r < 0.13:
		# The ';' forces quoting in the ';' dialect.
		return "%d%s %s; bât. %s, apt %d" % (num, suffix, street,
		    rng.choice("ABCDE"), rng.randint(1, 48))
	if r < 0.16:
		return 'Résidence "%s", %d%s %s' % (rng.choice(RESIDENCES), num,
		    suffix, street)
	return "%d%s %s" % (num, suffix, street)


class Pools:
	def __init__(self, rng, names):
		self.streets = read_lines(os.path.join(DATA, "streets.txt"))
		self.communes = []
		for line in read_lines(os.path.join(DATA, "communes.txt")):
			pc, city, dept = line.split(";")
			self.communes.append((pc, city, dept))
		# Physicians take their own names so a kept prescriber column never
		# looks like a leaked patient name.
		last = list(names.last)
		rng.shuffle(last)
		ff, fm = list(names.first["F"]), list(names.first["M"])
		rng.shuffle(ff)
		rng.shuffle(fm)
		nf = 8
		phys_first = ff[:nf] + fm[:nf]
		self.physicians = []
		for i in range(N_PHYSICIANS):
			self.physicians.append("Dr %s %s" % (phys_first[i % len(phys_first)],
			    last[i].upper()))
		self.gps = self.physicians[:14]
		self.hospital = self.physicians[14:]
		# A patient's first name inside "Dr Jean-Noël ROBERT" counts too.
		taken = "\n".join(fold(d[3:]) for d in self.physicians) + "\n" + \
		    "\n".join(fold(n) for n in phys_first + last[:N_PHYSICIANS])
		self.last = [n for n in last[N_PHYSICIANS:] if fold(n) not in taken]
		self.first = {
			"F": [n for n in ff[nf:] if fold(n) not in taken],
			"M": [n for n in fm[nf:] if fold(n) not in taken],
		}
		for pool in (self.last, self.first["F"], self.first["M"]):
			if len(pool) < 20:
				raise GenError("fewer than 20 patient names left once "
				    "physicians took theirs: add names to tests/gen/data/")


def random_date(rng, lo, hi):
	return datetime.date.fromordinal(rng.randint(lo.toordinal(), hi.toordinal()))


def make_person(rng, ipp, pools, commune=None):
	sex = "F" if rng.random() < 0.52 else "M"
	first = rng.choice(pools.first[sex])
	last = rng.choice(pools.last)
	birth_name = last
	r = rng.random()
	if sex == "F" and r < 0.35:
		while birth_name == last:
			birth_name = rng.choice(pools.last)
	elif r > 0.96:
		birth_name = ""
	if rng.random() < 0.1:
		birth = random_date(rng, datetime.date(2006, 1, 1), datetime.date(2021, 12, 31))
	else:
		birth = random_date(rng, datetime.date(1931, 1, 1), datetime.date(2005, 12, 31))
	if commune is None:
		commune = rng.choice(pools.communes)
	pc, city, dept = commune
	nir = make_nir(rng, sex, birth, dept)
	nir_style = "spaces" if rng.random() < 0.12 else "compact"
	phone, phone_style, phone_d = make_phone(rng, dept)
	email = make_email(rng, first, last, birth) if rng.random() < 0.9 else ""
	age = 2024 - birth.year
	p = {
		"ipp": "%08d" % ipp, "sex": sex, "first": first, "last": last,
		"birth_name": birth_name, "birth": birth, "nir": nir,
		"nir_as_written": nir_written(rng, nir, nir_style),
		"address": make_address(rng, pools.streets), "postcode": pc,
		"city": city, "dept": dept, "phone": phone,
		"phone_style": phone_style, "phone_digits": phone_d,
		"email": email,
		"physician": rng.choice(pools.gps) if rng.random() < 0.95 else "",
		"mutuelle": weighted(rng, MUTUELLES),
		"blood": weighted(rng, BLOOD_GROUPS),
		"age": age,
		"hiv": age >= 18 and rng.random() < 0.05,
		"psy": age >= 12 and rng.random() < 0.12,
		"sti": 16 <= age <= 70 and rng.random() < 0.04,
		"obst": sex == "F" and 20 <= age <= 46 and rng.random() < 0.35,
		"repro": sex == "F" and 16 <= age <= 50 and rng.random() < 0.2,
	}
	return p


def patient_fields(p):
	return [p["ipp"], p["last"].upper(), p["first"],
	    p["birth_name"].upper(), p["sex"], p["birth"].strftime("%d/%m/%Y"),
	    p["nir_as_written"], p["address"], p["postcode"], p["city"],
	    p["phone"], p["email"], p["physician"], p["mutuelle"], p["blood"]]


def csv_line(fields, delim, quote_all=False):
	out = []
	for f in fields:
		if quote_all or delim in f or '"' in f or "\r" in f or "\n" in f:
			out.append('"' + f.replace('"', '""') + '"')
		else:
			out.append(f)
	return delim.join(out)


def write_bytes(path, data):
	os.makedirs(os.path.dirname(path), exist_ok=True)
	with open(path, "wb") as fh:
		fh.write(data)


def civ(p):
	return "Mme" if p["sex"] == "F" else "M."


def code_written(rng, code):
	r = rng.random()
	if r < 0.30 and "." in code:
		return code.replace(".", "")
	if r < 0.35 and "." in code:
		return code.split(".")[0]
	if r < 0.38:
		return code.lower()
	return code


def make_comment(rng, p, kinds):
	r = rng.random()
	if r < 0.28:
		kind, text = "empty", ""
	elif r < 0.42:
		kind, text = "plain", rng.choice(COMMENT_PLAIN)
	elif r < 0.52:
		kind, text = "semicolon", rng.choice(COMMENT_SEMICOLON)
	elif r < 0.59:
		kind, text = "quotes", rng.choice(COMMENT_QUOTES)
	elif r < 0.65:
		kind = "newline"
		d = rng.sample(DRUGS, 2)
		text = "Traitement de sortie :\r\n- %s\r\n- %s" % (d[0], d[1])
	elif r < 0.73:
		kind = "name"
		if rng.random() < 0.5:
			text = "%s %s vu(e) avec sa fille, explications données" % (civ(p), p["last"])
		else:
			text = "%s %s %s accompagné(e) par son conjoint" % (civ(p),
			    p["first"], p["last"].upper())
	elif r < 0.81:
		kind = "phone"
		phone = p["phone"]
		if rng.random() < 0.3:
			phone = phone_written(p["phone_digits"], "spaces")
		text = "Rappeler %s %s au %s pour les résultats" % (civ(p), p["last"], phone)
	elif r < 0.87:
		kind = "nir"
		text = "NIR vérifié : %s" % nir_written(rng, p["nir"],
		    rng.choice(("spaces", "compact", "dots")))
	elif r < 0.95:
		kind, text = "cp1252", rng.choice(COMMENT_CP1252)
	else:
		kind = "physician"
		text = "Courrier adressé au %s" % (p["physician"] or "médecin traitant")
	kinds[kind] = kinds.get(kind, 0) + 1
	return text


def pick_ordinary(rng, p):
	ok = [e for e in ICD_ORDINARY
	    if e[3] <= p["age"] <= e[4] and e[5] in (None, p["sex"])]
	return rng.choice(ok)


STAY_START = datetime.date(2019, 1, 1)
STAY_END = datetime.date(2024, 12, 20)


def make_stays(rng, patients):
	stays, used, kinds = [], set(), {}
	for p in patients:
		reasons = [k for k in ("hiv", "psy", "sti", "obst", "repro") if p[k]]
		n = max(rng.choice((1, 1, 2, 2, 2, 3, 3, 3, 4, 5)), len(reasons))
		while len(reasons) < n:
			reasons.append("ordinary")
		lo = max(STAY_START, p["birth"] + datetime.timedelta(days=1))
		mine = []
		for reason in reasons:
			if reason == "ordinary":
				code, label, service = pick_ordinary(rng, p)[:3]
			else:
				table, services = SENSITIVE[reason]
				code, label = rng.choice(table)
				service = rng.choice(services)
			if code.startswith("U07"):
				lo2 = max(lo, datetime.date(2020, 3, 1))
			else:
				lo2 = lo
			day = random_date(rng, lo2, STAY_END)
			entry = datetime.datetime(day.year, day.month, day.day,
			    rng.randint(0, 23), rng.randint(0, 59))
			dur = rng.choice((0, 0, 1, 2, 3, 4, 5, 7, 10, 14, 21))
			leave = entry + datetime.timedelta(days=dur,
			    hours=rng.randint(1, 9), minutes=rng.randint(0, 59))
			while True:
				num = "%02d%07d" % (entry.year % 100, rng.randint(0, 9999999))
				if num not in used:
					used.add(num)
					break
			mine.append([entry, leave, num, service, code, label])
		mine.sort(key=lambda s: s[0])
		if rng.random() < 0.04:
			mine[-1][1] = None	# still in hospital
		for entry, leave, num, service, code, label in mine:
			stays.append((entry, num, [p["ipp"], num,
			    entry.strftime("%d/%m/%Y %H:%M"),
			    leave.strftime("%d/%m/%Y %H:%M") if leave else "",
			    service, code_written(rng, code), label,
			    make_comment(rng, p, kinds)]))
	stays.sort(key=lambda s: (s[0], s[1]))
	return [s[2] for s in stays], kinds


def fmt_value(rng, lo, hi, dec):
	v = rng.uniform(lo, hi)
	return ("%.*f" % (dec, v)).replace(".", ",")


def make_labo(rng, patients, pools):
	rows, nsskinds = [], {}
	end = datetime.date(2024, 12, 31)
	for p in patients:
		lo = max(STAY_START, p["birth"] + datetime.timedelta(days=30))
		for _ in range(rng.choice((1, 2, 2, 3))):
			day = random_date(rng, lo, end).isoformat()
			prescriber = rng.choice(pools.hospital)
			panel = rng.sample(ANALYSES, rng.randint(1, 4))
			if p["hiv"]:
				panel += ANALYSES_HIV
			if p["obst"] and rng.random() < 0.5:
				panel.append(ANALYSE_HCG)
			if p["sti"]:
				panel.append(ANALYSE_TPHA)
			for name, unit, vlo, vhi, dec in panel:
				if name == ANALYSE_TPHA[0]:
					value = rng.choice(("Positif", "Négatif"))
				elif name == ANALYSES_HIV[0][0] and rng.random() < 0.6:
					value = "<20"
				else:
					value = fmt_value(rng, vlo, vhi, dec)
				style = weighted(rng, NIR_STYLES)
				nsskinds[style] = nsskinds.get(style, 0) + 1
				rows.append((day, p["ipp"], [p["ipp"],
				    nir_written(rng, p["nir"], style), day, name, value,
				    unit, prescriber]))
	rows.sort(key=lambda r: (r[0], r[1]))
	return [r[2] for r in rows], nsskinds


def make_prescriptions(rng, patients, pools):
	"""Ordinary drugs for everyone, and the drugs of their sensitive
	groups: the view must hide the latter and keep the former."""
	rows = []
	end = datetime.date(2024, 12, 31)
	for p in patients:
		lo = max(STAY_START, p["birth"] + datetime.timedelta(days=30))
		drugs = rng.sample(RX_ORDINARY, rng.randint(1, 3))
		for k in sorted(RX_SENSITIVE):
			if p[k]:
				drugs.append(rng.choice(RX_SENSITIVE[k]))
		for drug, dose, ward in drugs:
			day = random_date(rng, lo, end).strftime("%d/%m/%Y")
			rows.append((day[6:] + day[3:5] + day[:2], p["ipp"],
			    [p["ipp"], day, ward, drug, dose, rng.choice(pools.hospital)]))
	rows.sort(key=lambda r: (r[0], r[1]))
	return [r[2] for r in rows]


CONSULT_TEXTS = [
	"Suivi, tension stable, poursuite du traitement",
	"Renouvellement d'ordonnance, pas de plainte",
	'Se plaint de "fatigue", bilan sanguin prescrit',
	"Vaccination antigrippale, RAS",
	"Résultats commentés, contrôle dans 6 mois",
]


def make_single_export(rng, p, stays_by_ipp):
	diags = [(r[5], r[6]) for r in stays_by_ipp.get(p["ipp"], [])]
	diags += [("I10", "Hypertension essentielle (primitive)"),
	    ("Z00.0", "Examen médical général")]
	day = datetime.date(2022, 1, 10)
	rows = []
	for i in range(10):
		day += datetime.timedelta(days=rng.randint(20, 80))
		code, label = rng.choice(diags)
		if i == 3:
			comment = "Rappeler au %s, message laissé" % p["phone"]
		elif i == 6:
			comment = "Courrier au %s,\nà joindre au dossier" % (
			    p["physician"] or "médecin traitant")
		elif i == 8:
			comment = "%s %s informé(e) des résultats" % (civ(p), p["last"])
		else:
			comment = rng.choice(CONSULT_TEXTS)
		rows.append([p["ipp"], p["last"].upper(), p["first"],
		    p["birth"].strftime("%d/%m/%Y"), day.strftime("%d/%m/%Y"),
		    "%s (%s)" % (label, code.upper()), comment])
	return rows


LISEZMOI_STATIC = (
	"Extractions du DIM - dossier de travail\n"
	"\n"
	"Ce répertoire contient les extractions mensuelles du système\n"
	"d'information hospitalier. Ne pas diffuser en dehors du service.\n"
	"\n"
	"Les fichiers CSV sont produits par l'outil d'export (Excel, séparateur\n"
	"point-virgule). Les résultats de laboratoire sont au format TSV.\n"
)


def lisezmoi(p):
	# Notes left beside exports often name a patient: a mount that served
	# this unlisted file would leak them.
	return LISEZMOI_STATIC + (
	    "\n"
	    "À revoir : dossier IPP %s (%s %s), rappeler au %s.\n" % (
	    p["ipp"], civ(p), p["last"].upper(), p["phone"]))


def require(cond, what):
	if not cond:
		raise GenError("generated data lacks %s: change the seed or the "
		    "probabilities in gen_exports.py" % what)


def generate(out, manifest_path, seed, lists_dir):
	rng = random.Random(seed)
	names = Names(lists_dir)
	pools = Pools(rng, names)

	# Every commune once (Corsica on both sides of 20200, overseas), then
	# mainland ones so that the mix stays plausible, shuffled.
	communes = list(pools.communes)
	mainland = [c for c in pools.communes if len(c[2]) == 2 and c[2][0] != "2"]
	while len(communes) < N_PATIENTS:
		communes.append(rng.choice(mainland))
	rng.shuffle(communes)
	patients, ipp = [], 40010000
	for i in range(N_PATIENTS):
		ipp += rng.randint(1, 2500)
		patients.append(make_person(rng, ipp, pools, communes[i]))

	births = [p["nir"][5:7] for p in patients]
	require(births.count("2A") >= 2 and births.count("2B") >= 2, "Corsican births")
	require(births.count("97") >= 3, "overseas births")
	require(births.count("99") >= 3, "births abroad")
	require(sum(1 for p in patients if ";" in p["address"]) >= 3, "';' addresses")
	require(sum(1 for p in patients if '"' in p["address"]) >= 2, "quoted addresses")
	styles = set(p["phone_style"] for p in patients)
	for s in ("spaces", "dots", "compact", "intl"):
		require(s in styles, "phone style " + s)
	for k in ("hiv", "psy", "sti", "obst", "repro"):
		require(sum(1 for p in patients if p[k]) >= 2, k + " patients")

	files = {}

	lines = [csv_line(PATIENT_HEADER, ";")]
	lines += [csv_line(patient_fields(p), ";") for p in patients]
	write_bytes(os.path.join(out, "patients.csv"),
	    b"\xef\xbb\xbf" + ("\r\n".join(lines) + "\r\n").encode("utf-8"))
	files["patients.csv"] = {"encoding": "utf-8", "delimiter": ";",
	    "line_ending": "CRLF", "bom": True, "quoting": "minimal",
	    "columns": len(PATIENT_HEADER), "records": len(patients),
	    "role": "patient identities"}

	stays, kinds = make_stays(rng, patients)
	for k in ("semicolon", "quotes", "newline", "name", "phone", "nir", "cp1252"):
		require(kinds.get(k, 0) >= 2, "comments of kind " + k)
	lines = [csv_line(SEJOUR_HEADER, ";")]
	lines += [csv_line(r, ";") for r in stays]
	write_bytes(os.path.join(out, "sejours.csv"),
	    ("\r\n".join(lines) + "\r\n").encode("cp1252"))
	files["sejours.csv"] = {"encoding": "cp1252", "delimiter": ";",
	    "line_ending": "CRLF", "bom": False, "quoting": "minimal",
	    "columns": len(SEJOUR_HEADER), "records": len(stays),
	    "role": "hospital stays with ICD-10 main diagnosis"}

	labo, nsskinds = make_labo(rng, patients, pools)
	require(len(nsskinds) == len(NIR_STYLES), "every NSS form")
	lines = ["\t".join(LABO_HEADER)]
	for r in labo:
		for f in r:
			assert "\t" not in f and "\n" not in f and "\r" not in f
		lines.append("\t".join(r))
	write_bytes(os.path.join(out, "labo", "resultats.tsv"),
	    ("\n".join(lines) + "\n").encode("utf-8"))
	files["labo/resultats.tsv"] = {"encoding": "utf-8", "delimiter": "\t",
	    "line_ending": "LF", "bom": False, "quoting": "none",
	    "columns": len(LABO_HEADER), "records": len(labo),
	    "role": "lab results, NIR written in varied forms"}

	# One patient's own export, named after them as such files are.
	stays_by_ipp = {}
	for r in stays:
		stays_by_ipp.setdefault(r[0], []).append(r)
	plain = re.compile(r"[A-Za-z]+")
	one = next(p for p in patients if plain.fullmatch(p["last"]) and
	    plain.fullmatch(p["first"]) and p["ipp"] in stays_by_ipp)
	single = "export_%s_%s.csv" % (one["last"].upper(), one["first"])
	if os.path.isdir(out):
		for fn in sorted(os.listdir(out)):
			if fn.startswith("export_") and fn.endswith(".csv") and fn != single:
				os.unlink(os.path.join(out, fn))
	rows = make_single_export(rng, one, stays_by_ipp)
	lines = [csv_line(EXPORT_HEADER, ",", True)]
	lines += [csv_line(r, ",", True) for r in rows]
	write_bytes(os.path.join(out, single), ("\n".join(lines) + "\n").encode("utf-8"))
	files[single] = {"encoding": "utf-8", "delimiter": ",",
	    "line_ending": "LF", "bom": False, "quoting": "all",
	    "columns": len(EXPORT_HEADER), "records": len(rows),
	    "role": "single-patient export; the file name holds the patient's name"}

	write_bytes(os.path.join(out, "notes", "lisezmoi.txt"),
	    lisezmoi(patients[7]).encode("utf-8"))
	files["notes/lisezmoi.txt"] = {"encoding": "utf-8", "delimiter": None,
	    "line_ending": "LF", "bom": False,
	    "role": "matched by no policy rule: must not be served"}

	lines = [csv_line(CACHE_HEADER, ";")]
	for p in patients[:6]:
		lines.append(csv_line([p["ipp"], p["last"].upper(), p["first"],
		    p["nir"], p["phone"]], ";"))
	write_bytes(os.path.join(out, ".cache_export.csv"),
	    ("\n".join(lines) + "\n").encode("utf-8"))
	files[".cache_export.csv"] = {"encoding": "utf-8", "delimiter": ";",
	    "line_ending": "LF", "bom": False, "quoting": "minimal",
	    "columns": len(CACHE_HEADER), "records": 6,
	    "role": "hidden file: must never be shown"}

	# Drawn last, from a generator of its own, so that adding this file
	# left every other sample byte for byte as it was.
	rx = make_prescriptions(random.Random("prescriptions-%d" % seed),
	    patients, pools)
	for k in RX_SENSITIVE:
		require(any(r[3] in [d for d, _, _ in RX_SENSITIVE[k]] for r in rx),
		    "prescriptions of group " + k)
	lines = [csv_line(RX_HEADER, ";")] + [csv_line(r, ";") for r in rx]
	write_bytes(os.path.join(out, "prescriptions.csv"),
	    ("\n".join(lines) + "\n").encode("utf-8"))
	files["prescriptions.csv"] = {"encoding": "utf-8", "delimiter": ";",
	    "line_ending": "LF", "bom": False, "quoting": "minimal",
	    "columns": len(RX_HEADER), "records": len(rx),
	    "role": "prescriptions: ordinary drugs, and drugs of the "
	    "suppressed groups (HIV, mental health, STI, pregnancy, "
	    "contraception)"}

	write_manifest(manifest_path, out, seed, patients, files, single)
	return names


def write_manifest(path, out, seed, patients, files, single):
	gen = {"script": "tests/gen/gen_exports.py", "seed": seed,
	    "root": os.path.relpath(os.path.abspath(out), REPO_ROOT),
	    "synthetic": True,
	    "note": "values as written in patients.csv (Nom upper-case); "
	    "compare case-insensitively"}
	lines = ["{", '"generator": %s,' % json.dumps(gen, ensure_ascii=False),
	    '"single_export": %s,' % json.dumps(single, ensure_ascii=False),
	    '"hidden": [".cache_export.csv"],',
	    '"unmatched": ["notes/lisezmoi.txt"],',
	    '"patients": [']
	for i, p in enumerate(patients):
		m = {"ipp": p["ipp"], "last_name": p["last"].upper(),
		    "first_name": p["first"], "birth_name": p["birth_name"].upper(),
		    "sex": p["sex"], "birth_date": p["birth"].strftime("%d/%m/%Y"),
		    "nir": p["nir"], "address": p["address"],
		    "postcode": p["postcode"], "city": p["city"],
		    "phone": p["phone"], "email": p["email"],
		    "physician": p["physician"]}
		lines.append(json.dumps(m, ensure_ascii=False) +
		    ("," if i + 1 < len(patients) else ""))
	lines.append("],")
	lines.append('"files": ' + json.dumps(files, ensure_ascii=False, indent=1))
	lines.append("}")
	text = "\n".join(lines) + "\n"
	json.loads(text)
	write_bytes(path, text.encode("utf-8"))


def bench(path, size_mb, seed, lists_dir):
	rng = random.Random(seed)
	pools = Pools(rng, Names(lists_dir))
	target = int(size_mb * 1000 * 1000)
	ipp = 10000000
	rows = 0
	with open(path, "wb") as fh:
		data = b"\xef\xbb\xbf" + (csv_line(PATIENT_HEADER, ";") + "\r\n").encode()
		fh.write(data)
		written = len(data)
		while written < target:
			chunk = []
			for _ in range(2000):
				ipp += rng.randint(1, 3)
				chunk.append(csv_line(patient_fields(
				    make_person(rng, ipp, pools)), ";"))
			if ipp > 99999999:
				raise GenError("IPP space exhausted: size too large")
			data = ("\r\n".join(chunk) + "\r\n").encode("utf-8")
			fh.write(data)
			written += len(data)
			rows += len(chunk)
	return written, rows


def main(argv):
	ap = argparse.ArgumentParser(description=__doc__,
	    formatter_class=argparse.RawDescriptionHelpFormatter)
	ap.add_argument("--out", help="directory for the sample exports")
	ap.add_argument("--manifest", help="manifest JSON to write with --out")
	ap.add_argument("--bench-patients", metavar="FILE",
	    help="stream one big patients.csv-like file")
	ap.add_argument("--size-mb", type=float, default=100,
	    help="approximate size for --bench-patients (default 100)")
	ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
	ap.add_argument("--lists", default=DEFAULT_LISTS,
	    help="fake-value lists to stay clear of (default conf/lists)")
	args = ap.parse_args(argv)
	try:
		if args.bench_patients:
			written, rows = bench(args.bench_patients, args.size_mb,
			    args.seed, args.lists)
			print("wrote %d rows, %d bytes to %s" % (rows, written,
			    args.bench_patients), file=sys.stderr)
			return 0
		if not args.out or not args.manifest:
			ap.error("need --out and --manifest, or --bench-patients")
		names = generate(args.out, args.manifest, args.seed, args.lists)
		print("samples in %s (%d raw names dropped for overlapping the "
		    "fake lists or fixed text)" % (args.out, names.excluded),
		    file=sys.stderr)
	except GenError as e:
		print("gen_exports: " + str(e), file=sys.stderr)
		return 1
	return 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
