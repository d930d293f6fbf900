/* The name detectors that need no row value: after a title or a relative
 * ("Mme DUPONT", "son fils Claude"), names of the dictionary, unknown
 * capitalized words beside a name, names typed in lower case, "NOM,
 * Prénom", initials and particles; and what says a word is used as a name
 * (written as one, the subject of a verb) or is not (an eponym).  The
 * tables of titles, relatives, particles, eponym heads.  The row's own
 * values are found in detect_row.c.  docs/scrub.md. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"
#include "name_shape.h"
#include "norm.h"
#include "postcodes.h"

#define MAX_NAME_WORDS	4	/* words taken after a title */

/* ---- tables: dict_init (detect_dict.c) gives their words a D_ flag ---- */

/* Particles inside compound names: never a name on their own. */
const char *const particles[] = {
	"de", "du", "des", "la", "le", "les", "d", "l", "da", "dos", "das",
	"do", "di", "del", "della", "dei", "van", "von", "den", "der", "ten",
	"ter", "el", "al", "ben", "bin", "ibn", "ait", "n", "mac", "mc",
	"saint", "sainte", NULL,
};

/* Titles before a name; "m" and "pr" only with a capital, see is_title. */
const char *const titles[] = {
	"m", "mr", "mme", "mmes", "mlle", "melle", "dr", "docteur", "pr",
	"professeur", "monsieur", "madame", "mademoiselle",
	/* names40: the plurals besides "mmes" ("les Drs Martin et Lefort",
	 * "Messieurs Dupont et Leroux"); plural_title_items reads their
	 * lists.  Not "MM." (millimetres: "5 MM."), see plural_mm_title */
	"drs", "mesdames", "messieurs",
	/* notes written in English ("Mr" above; not "Ms": the "MS" of a
	 * nursery school's middle section) */
	"mrs", "miss", NULL,
};

/* Lower-case words that follow a title without being a name. */
const char *const not_names[] = {
	"le", "la", "les", "de", "du", "des", "et", "a", "au", "aux", "en", "est",
	"sa", "son", "ses", "vu", "vue", "qui", "que", "ne", "pas", "se", "il",
	"elle", "on", "un", "une", "traitant", "traitante", "referent",
	"referente", "par", "pour", "avec", "sans", "sur", "dans", "ou", "mais",
	"donc", "ni", "car", "x", "xx", "inconnu", "inconnue",
	/* "pas vu le dr aujourdhui": today without its apostrophe, and its
	 * shorthand (precision18) */
	"aujourdhui", "auj",
	/* what follows a name in a sentence, and all-caps text */
	"absent", "absente", "informe", "informee", "accompagne", "accompagnee",
	"present", "presente", "joignable", "chambre", "ce", "jour", "ras", "rdv",
	"ipp", "nir", "nss", "rib", "iban", "inr", "atcd", "tel", "portable",
	"mail", "courriel", "dossier", "hospitalise", "hospitalisee", "patient",
	"patiente", "habite", "domicile", "contexte", "suivi", "transfert",
	"entree", "sortie", "maladie", "syndrome", "service", "avis", "courrier",
	"resultats", "rpps", "finess", "cs", "hdj", "urgences", "bilan",
	/* the other registries whose number follows their name ("Kiné
	 * ADELI 299876543": professionals of health; "SIRET", "SIREN":
	 * INSEE's of firms) */
	"adeli", "siret", "siren",
	/* forms of "être" and "avoir" after their subject, no one's name
	 * ("QUE SON FRERE SOIT INFORME": a note in capitals) */
	"soit", "soient", "sont", "etait", "etaient", "seront", "serait",
	"ont", "avait", "avaient", "aurait", NULL,
};

/* Relatives and roles, after which a capitalized name is a person's
 * (D_RELATIVE): the entries of detect_role.c's table marked ROLE_CUE
 * (roles26). */

/* Clinical nouns whose "de X" names a sign, a test or a disease after
 * someone: "angine de Vincent", "test de Weber", "manœuvre de Valsalva". */
const char *const eponym_heads[] = {
	"maladie", "syndrome", "signe", "signes", "test", "tests", "angine",
	"manoeuvre", "score", "echelle", "classification", "epreuve", "reflexe",
	"triade", "methode", "sonde", "fracture", "kyste", "phenomene", "tube",
	"canal", "cellule", "cellules", "lymphome", "sarcome", "tumeur",
	"ulcere", "diverticule", "paralysie", "choree", "anevrisme", "bloc",
	"critere", "criteres", "position", "incision", "operation", "technique",
	"formule", "indice", "stade", "tetralogie", "purpura", "thyroidite",
	"encephalopathie", "neuropathie", "dystrophie", "myopathie", "reaction",
	"nodule", "nodules", "corps", "ligne", "espace", "hernie", "luxation",
	/* "tendon d'Achille", "tendinite d'Achille" (a first name too) */
	"tendon", "tendons", "tendinite", "tendinopathie",
	"loi", "point", "points", "cicatrice", "greffe", "protocole", "regime",
	"pince", "lambeau", "abord", "voie", "type",
	/* anatomy ("anse de Henle", "cercle de Willis", "ilots de
	 * Langerhans", "loge de Guyon"), signs and sounds ("taches de
	 * Koplik", "nodosites d'Heberden", "bruit de Duroziez"), scales and
	 * formulas ("clairance de Cockcroft", "Mini-Mental de Folstein",
	 * "grade de Gleason"), devices and procedures ("drain de Redon",
	 * "aiguille de Huber", "lame de Blake", "chambre de Malassez",
	 * "intervention de Hartmann", "solution de Dakin") */
	"anse", "cercle", "polygone", "glande", "glandes", "trompe", "ampoule",
	"sphincter", "faisceau", "nerf", "ligament", "muscle", "fosse", "loge",
	"membrane", "corpuscule", "corpuscules", "ilots", "plaques", "sillon",
	"sac", "appareil", "mal", "pied", "taches", "tache", "nodosites",
	"nodosite", "bruit", "souffle", "onde", "clairance", "equation",
	"mental", "questionnaire", "grade", "drain", "aiguille", "lame",
	"chambre", "intervention", "solution", "liquide", "valve", "prothese",
	"clou", "attelle", "corset", "masque", "bandelette",
	/* devices and skin lesions
	 * ("cathéter de Swan-Ganz", "naevus de Clark", "canule de
	 * Krishaber") */
	"catheter", "catheters", "naevus", "nevus", "canule", "ballon",
	"tige", "cerclage",
	/* "lampe de Wood" */
	"lampe",
	/* names40: "Témoin de Jéhovah" (a refusal of transfusion):
	 * Dicollecte lists "Jéhovah" as a first name */
	"temoin", "temoins",
	/* a method of rehabilitation ("rééducation McKenzie",
	 * "rééducation de Perfetti") */
	"reeducation", NULL,
};


/* What follows a person who is the subject of a sentence: verbs of
 * notes, auxiliaries, negation and reflexive pronouns ("Blanche dit être
 * fatiguée", "Jean a bien mangé", "Rose ne veut pas", "Marie s'est
 * levée"), folded.  Not "et", "en", "à", "de": "Olive et huile", "Rose
 * en bouton", "Grâce à". */
const char *const subject_verbs[] = {
	"dit", "est", "a", "se", "s", "ne", "n", "va", "sera", "etait",
	"avait", "aura", "ira", "signale", "rapporte", "declare", "refuse",
	"souhaite", "explique", "demande", "accepte", "reste", "pense",
	"appelle", "rappelle", "revient", "vient", "part", "sort", "mange",
	"dort", "marche", "decrit", "evoque", "exprime", "reconnait", "nie",
	"confirme", "affirme", "indique", "doit", "peut", "veut", "semble",
	"parait", "arrive", "passe", "prend", "fait", "raconte", "prefere",
	"ressent", "tousse", "pleure", "verbalise", "montre", "sonne",
	"chante", "crie", "tombe", "boit", "fume", "vit", "habite",
	"travaille", "souffre", "repond", "regarde", "attend", "sait",
	"comprend", "retourne", "rentre", "aurait", "serait",
	/* the future of what only a person does ("Fatou viendra lundi") */
	"viendra", "reviendra", "rappellera", "appellera", NULL,
};

static int roman_numeral(const struct detect_scratch *s, size_t i);

/* Operations named after their surgeons that the English medical
 * dictionary lacks (it has Hartmann, Whipple, Billroth, Nissen, Fontan,
 * Kocher, Kapandji, Lichtenstein...; each of these checked absent from
 * en_med_glut.dic): "plastie de Bentall", "urétérostomie de Bricker",
 * "butée de Latarjet", "gastrectomie de Finsterer", "amputation
 * abdominopérinéale de Miles"; asked by disease_head after an
 * operation's ending only (eponyms26; docs/scrub.md). */
static const char *const act_eponyms[] = {
	"bentall", "bricker", "latarjet", "jatene", "senning", "finsterer",
	"gilliam", "miles", NULL,
};
static uint64_t act_eponyms_filter;	/* word_in_filtered_list */

/* Word h, in lower case, is a disease named by its ending ("aphasie",
 * "ataxie", "myélopathie", "hémiplégie", "dyskinésie"), and word i after
 * "de" an eponym of eponyms.txt or of the English medical dictionary:
 * "aphasie de Broca", "ataxie de Friedreich" (the row's own name there
 * too).  Not "visite de", "sortie de", "amie de": no such
 * ending; not a name no dictionary has ("myopathie de Dupont"). */
static __attribute__((noinline)) int
disease_head(const struct detect_scratch *s, size_t h, size_t i)
{
	static const char *const ends[] = {
		"pathie", "phasie", "plegie", "praxie", "taxie", "algie",
		"trophie", "tonie", "kinesie", "gnosie",
		/* an operation named by its ending ("colectomie de
		 * Hartmann", "plastie de Bentall", "urétérostomie de
		 * Bricker", "gastropexie", "hernioraphie"): eponyms26 */
		"tomie", "plastie", "pexie", "raphie", NULL,
	};
	enum { ACT_ENDS_FROM = 10 };
	const struct detect_word *w = &s->words[h];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (n < 6 || f[n - 1] != 'e' || f[n - 2] != 'i' || (w->flags &
	    (W_UPPER | W_DIGIT)) || (w->dflags & (D_FIRST | D_LAST |
	    D_RELATIVE | D_RELATION)))
		return 0;
	for (size_t k = 0; ends[k] != NULL; k++) {
		size_t m = strlen(ends[k]);

		/* an operation's noun may open a line ("Plastie de
		 * Bentall"); a disease's stays in lower case */
		if ((w->flags & W_CAP) && k < ACT_ENDS_FROM)
			continue;

		/* "plastie" alone is the operation */
		if ((n > m || (n == m && k >= ACT_ENDS_FROM)) &&
		    memcmp(f + n - m, ends[k], m) == 0)
			return (s->words[i].dflags & D_EPONYM) ||
			    medical_has(s->words[i].fhash) ||
			    word_in_filtered_list(s, &s->words[i], act_eponyms);
	}
	return 0;
}

/* Word i after a clinical noun and "de": "angine de Vincent", and a
 * grade between them: "stade II de Leriche", "stade 3 de Fontaine". */
static int
after_eponym_head(const struct detect_scratch *s, size_t i)
{
	if (i < 2 || !(word_is(s, i - 1, "de") || word_is(s, i - 1, "d") ||
	    word_is(s, i - 1, "du")))
		return 0;
	/* disease_head out of line, behind its last bytes ("-ie") */
	if (word_has(s, i - 2, D_EPOHEAD) || (s->words[i - 2].fold_len >= 6 &&
	    lit_is("ie", wf(s, &s->words[i - 2]) + s->words[i - 2].fold_len -
	    2, 2) && disease_head(s, i - 2, i)))
		return 1;
	return i >= 3 && ((s->words[i - 2].flags & W_DIGIT) ||
	    roman_numeral(s, i - 2)) && word_has(s, i - 3, D_EPOHEAD);
}

/* Word i, a particle, after "de" and a disease, a syndrome, a sign, a
 * test or a fracture ("syndrome de Di George", "maladie de Van Buchem",
 * "thyroïdite de De Quervain", "fracture de Le Fort"), or a disease
 * named by its ending: the particle of an eponym.  Not after the heads
 * of after_eponym_head that name a place or a procedure as often as a
 * thing after someone ("chambre", "voie", "intervention": "intervention
 * de Le Goff" is the surgeon's). */
static int
particle_eponym_head(const struct detect_scratch *s, size_t i)
{
	static const char *const heads[] = {
		"maladie", "syndrome", "signe", "signes", "test", "tests",
		"fracture", "thyroidite", "tenosynovite", "triade", NULL,
	};

	if (i < 2 || !word_is(s, i - 1, "de"))
		return 0;
	for (size_t k = 0; heads[k] != NULL; k++)
		if (word_is_str(s, i - 2, heads[k]))
			return 1;
	return 0;
}

/* A sign or a test read, its result after it: "Allen négatif",
 * "Babinski positif" (not "+" or "-": "Rachid +33 6...", "Kouadio -
 * Entretien"). */
static int
sign_result_after(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end;

	return i + 1 < s->nwords && s->words[i + 1].start == a + 1 &&
	    t[a] == ' ' && (word_is(s, i + 1, "positif") ||
	    word_is(s, i + 1, "positive") || word_is(s, i + 1, "negatif") ||
	    word_is(s, i + 1, "negative"));
}

/* Lower-case words between a head and its name ("école maternelle
 * Louise Michel", "lycée professionnel Jean Jaurès", "collège privé
 * Saint-Exupéry", "centre hospitalier universitaire Félix Guyon".  Only
 * right after a head: "sa grand-mère maternelle Jeanne" is a person. */
static const char *const institution_kinds[] = {
	"maternelle", "prive", "privee", "public", "publique",
	"professionnel", "professionnelle", "general", "generale",
	"technique", "technologique", "agricole", "polyvalent", "polyvalente",
	"universitaire", "regional", "regionale", "departemental",
	"departementale", "intercommunal", "intercommunale", "specialise",
	"specialisee", NULL,
};
static uint64_t institution_kinds_filter;	/* word_in_filtered_list */

/* Words that name a place of care, whose own name is a person's
 * ("hôpital Albert-Schweitzer", "CHU Félix-Guyon", "clinique Pasteur"). */
const char *const institution_heads[] = {
	"hopital", "hopitaux", "chu", "chr", "chru", "clinique",
	"polyclinique", "institut", "fondation", "ehpad", "maternite",
	"lycee", "college", "ecole", "gh",
	/* places of care and work named after someone or something ("CMP
	 * Henri Wallon", "ambulances Guérin", "crèche Les Petits Loups",
	 * "menuiserie Durand", "site P. Zobda-Quitman") */
	"cmp", "cmpp", "cattp", "csapa", "ssiad", "ambulance", "ambulances",
	"taxi", "taxis", "creche", "menuiserie", "entreprise", "societe",
	"site", "pole", "foyer", "centre", "association", "mairie",
	"pharmacie", "laboratoire", "ime", "esat", "vsav",
	/* the parts of a hospital named
	 * after someone ("unité Charcot", "aile Pasteur", "pavillon
	 * Esquirol", "salle Laennec") */
	"unite", "aile", "pavillon", "salle",
	/* and hospitals abroad ("Spitalul Floreasca" in Bucharest,
	 * "Ospedale San Raffaele", "Klinikum Rechts der Isar") */
	"hospital", "spital", "spitalul", "ospedale", "krankenhaus",
	"klinikum", "klinik", "clinica",
	/* hospitals by their abbreviation
	 * or their kind ("CH Charles Perrens", "Centre hospitalier Simone
	 * Veil", "GHU Paris", "EPSM Lille-Métropole"); not "santé" ("cadre
	 * de santé Martine" is a person) */
	"ch", "chi", "chs", "chd", "chg", "ghu", "epsm", "hospitalier",
	"hospitaliere", "medical", "medicale", "medico",
	/* schools by their level ("école
	 * élémentaire Jules Ferry"; not "maternelle": "sa grand-mère
	 * maternelle Jeanne"), hospitals overseas and abroad by their
	 * abbreviation ("CHM Dzaoudzi", "CHT Gaston-Bourret", "HUG
	 * Genève") */
	"elementaire", "primaire", "chm", "cht", "hug", NULL,
};

/* Word k, a word of the lexicon in lower case, ends a capitalized head's
 * kind after "de": "Centre de santé Fernand Léger", "Centre de
 * rééducation Pasteur", "Institut de cancérologie Gustave Roussy"
 * (precision16).  "cadre de santé Martine" (no head) is a person; so is
 * a name after a head in lower case (the held-out generator's frozen
 * half lost one name, figures only, when neither was asked). */
static int
institution_of_kind(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return k >= 2 && joined(t, s, k - 1) && joined(t, s, k - 2) &&
	    !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && w->nchars >= 4 &&
	    !(w->dflags & (D_FIRST | D_LAST)) && word_is(s, k - 1, "de") &&
	    word_has(s, k - 2, D_INSTHEAD) && !word_has(s, k - 2, D_TITLE) &&
	    (s->words[k - 2].flags & W_CAP) && lexicon_has(t + w->start,
	    w->end - w->start);
}

/* The heads of institution_heads that are businesses bearing their
 * owner's name, not places of care or schools ("Taxi Bouvier",
 * "ambulances Guérin", "menuiserie Durand", "Pharmacie Abitbol"). */
const char *const business_heads[] = {
	"ambulance", "ambulances", "taxi", "taxis", "menuiserie",
	"entreprise", "societe", "pharmacie", "officine", NULL,
};

/* Word i is (a word of) the name right after a business head: back over
 * up to two capitalized words joined to it, by a space or a hyphen
 * ("Taxi Lopes", "Ambulances Dubois-Lopes", "Taxi Ana Lopes"). */
int
business_owner_position(const char *t, const struct detect_scratch *s,
    size_t i)
{
	for (int k = 0; k < 3 && i > 0 && joined(t, s, i - 1); k++) {
		const struct detect_word *p = &s->words[i - 1];

		if (word_has(s, i - 1, D_INSTHEAD | D_PHARMACY))
			return in_list(business_heads, wf(s, p), p->fold_len);
		if (!(p->flags & (W_CAP | W_UPPER)) || word_has(s, i - 1,
		    D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE |
		    D_BRIDGE | D_SUBJVERB | D_PARTICLE))
			return 0;
		i--;
	}
	return 0;
}

/* Word i, right after a head of a transport business ("taxi", "VSL",
 * "ambulance"), is a given name of the lists that no list holds as a
 * surname nor as an ordinary word: the driver ("taxi Brahim (06 ...)",
 * "ambulance Karim passera à 8h"), not the firm, which is named after
 * its owner's surname or a place or a word ("Ambulances Guérin", "Taxi
 * Alliance", "ambulance Bleu Marine": kept, as business_owner_position
 * says).  The head in lower case, the trade ("VSL" is written in
 * capitals): capitalized, it opens a firm's own name ("en taxi
 * conventionné (Taxi Erwan, 06 ...)", the hand sets' firm).  dev19b. */
static int
driver_given_name(const struct detect_scratch *s, size_t i)
{
	static const char *const transport[] = { "taxi", "taxis", "ambulance",
		"ambulances", "vsl", NULL };
	static uint64_t transport_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i], *h = &s->words[i - 1];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 3 && (w->dflags & D_FIRST) &&
	    !(w->dflags & (D_LAST | D_AMBIG | D_WEAK | D_NOTNAME | D_EPONYM |
	    D_PLACE | D_MONTH)) &&
	    word_in_filtered_list(s, h, transport) &&
	    (!(h->flags & (W_CAP | W_UPPER)) || h->fold_len == 3);
}

/* Word i is (a word of) the name after one of them: back over up to
 * two capitalized words joined to it. */
static int
institution_name(const char *t, const struct detect_scratch *s, size_t i)
{
	for (int k = 0; k < 3 && i > 0 && joined(t, s, i - 1); k++) {
		const struct detect_word *p = &s->words[i - 1];

		if (word_has(s, i - 1, D_INSTHEAD))
			return k > 0 || !driver_given_name(s, i);
		if (!(p->flags & (W_CAP | W_UPPER)))
			return (i >= 2 && joined(t, s, i - 2) &&
			    word_has(s, i - 2, D_INSTHEAD) &&
			    word_in_filtered_list(s, p, institution_kinds)) ||
			    institution_of_kind(t, s, i - 1);
		/* "SUIVIE AU CMP PAR INÊS": not over a word of the tables */
		if (word_has(s, i - 1, D_TITLE |
		    D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE | D_BRIDGE |
		    D_SUBJVERB | D_PARTICLE))
			return 0;
		i--;
	}
	return 0;
}

/* The parts of a hospital that institution_heads lacks ("service",
 * "bâtiment", "secteur", "réanimation", "département"): too common to be a
 * head of every name after them ("le service Martin a appelé" may be a
 * person), they keep only the shape below. */
static const char *const ward_heads[] = {
	"service", "services", "batiment", "bat", "secteur", "reanimation",
	"departement", "amphi", "amphitheatre", "hall", NULL,
};
static uint64_t ward_heads_filter;	/* word_in_filtered_list */

/* Word i is a part of a name of two or three capitalized parts joined by
 * hyphens, one space after a ward's word, that no capitalized word
 * follows: "Service Claude-Bernard, 3e étage", "Réanimation
 * Claude-Bernard 2", "au bâtiment Jean-Dausset", "secteur Jean-Moulin"
 * (dev21).  French typography joins a given name and a surname by a
 * hyphen when a place is named after the person (as "rue Victor-Hugo",
 * "hôpital Henri-Mondor"); a person after the same word is written with
 * a space ("service du Dr Claude Bernard"), a title, or a surname after
 * a hyphenated given name ("service Jean-Pierre Pigeon": a capitalized
 * word follows, the rule says no).  Bounded: three parts back and
 * forward. */
static int
ward_eponym(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t f = i, l = i, b;
	const struct detect_word *h;

	for (int k = 0; k < 2 && f > 0 && s->words[f - 1].end + 1 ==
	    s->words[f].start && t[s->words[f - 1].end] == '-'; k++)
		f--;
	for (int k = 0; k < 2 && l + 1 < s->nwords && s->words[l].end + 1 ==
	    s->words[l + 1].start && t[s->words[l].end] == '-'; k++)
		l++;
	if (l == f || l - f > 2 || f == 0)
		return 0;
	for (size_t k = f; k <= l; k++)
		if ((s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) != W_CAP ||
		    s->words[k].nchars < 2)
			return 0;
	/* the shape is a given name and a surname: its first part a given
	 * name of the lists ("Claude", "Jean", "Paul"); two surnames
	 * joined are a person's double name ("le service Dupont-Durand a
	 * appelé", "Service Pigeon-Vigneron"), which main took (review26) */
	if (!word_has(s, f, D_FIRST))
		return 0;
	/* names34: a given name that is one of the commonest surnames too
	 * ("Martin", "Bernard", "Thomas", "Laurent", "Robert"), before a
	 * surname of the lists, is a person's double surname ("service
	 * Martin-Durand", "service Bernard-Martin"); a ward is named after
	 * a given name that is no such surname ("Claude-Bernard",
	 * "Jean-Dausset") or after a surname no list has ("Robert-Debré") */
	if (l == f + 1 && word_has(s, f, D_COMMONLAST) &&
	    word_has(s, l, D_LAST) && !word_has(s, l, D_EPONYM))
		return 0;
	/* a fourth part, hyphen-joined, is no name of this shape */
	if ((s->words[f - 1].end + 1 == s->words[f].start &&
	    t[s->words[f - 1].end] == '-') || (l + 1 < s->nwords &&
	    s->words[l].end + 1 == s->words[l + 1].start &&
	    t[s->words[l].end] == '-'))
		return 0;
	h = &s->words[f - 1];
	if (h->end + 1 != s->words[f].start || t[h->end] != ' ' ||
	    !word_in_filtered_list(s, h, ward_heads))
		return 0;
	/* a surname after it: a person ("service Jean-Pierre Pigeon") */
	b = s->words[l].end;
	if (l + 1 < s->nwords && s->words[l + 1].start == b + 1 &&
	    t[b] == ' ' && (s->words[l + 1].flags & (W_CAP | W_UPPER)) &&
	    !(s->words[l + 1].flags & W_DIGIT))
		return 0;
	return 1;
}

/* A feast after a word of time, no name after it: "avant Noël",
 * "depuis Pâques", "jusqu'à la Toussaint" (not "avant Noël MARTIN"; nor
 * after "de", "à", "pour": "à la demande de Toussaint"). */
const char *const holidays[] = {
	"noel", "paques", "toussaint", "pentecote", "epiphanie", "ascension",
	"assomption", NULL,
};
static const char *const time_words[] = {
	"avant", "apres", "depuis", "jusqu", "vers", "pendant", "des", "entre",
	NULL,
};
static uint64_t time_words_filter;	/* word_in_filtered_list */

/* Nouns of a time or an event before "de" and a feast: "vacances de
 * Noël", "lundi de Pâques", "week-end de la Pentecôte", "pas de Noël" (a
 * negation: no person is written so after "pas"); not "appel de Noël",
 * "fils de Toussaint", "à la demande de Toussaint". */
static const char *const feast_nouns[] = {
	"fete", "fetes", "vacances", "repas", "periode", "veille", "jour",
	"lendemain", "end", "reveillon", "conges", "lundi", "treve", "nuit",
	"semaine", "pas", "messe", NULL,
};

static int
holiday_at(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p;

	if (!word_has(s, i, D_HOLIDAY))
		return 0;
	/* "Noël 1962", "Pâques 2019": the feast of a year */
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & W_DIGIT) &&
	    s->words[i + 1].end - s->words[i + 1].start == 4)
		return 1;
	if (i == 0 || (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & (W_CAP | W_UPPER))))
		return 0;
	/* the feast's article: "depuis la Toussaint", "pour l'Ascension"
	 * (no person is written "la Toussaint" in a note) */
	p = i - 1;
	if (joined(t, s, p) && (word_is(s, p, "la") || word_is(s, p, "l")))
		return 1;
	if (p > 0 && word_is(s, p, "de") && joined(t, s, p) &&
	    joined(t, s, p - 1) && in_list(feast_nouns, wf(s, &s->words[p -
	    1]), s->words[p - 1].fold_len))
		return 1;
	return word_in_filtered_list(s, &s->words[p], time_words);
}

/* Word i is a Roman numeral in capitals: a stage or a class ("NYHA
 * III", "stade IV"), no name.  A stage's substage after I to IV, a
 * letter A to D and maybe a digit 1 to 3 ("FIGO IIIC", "stade IB1",
 * "IIA", "IVB"), in a word no list of names holds ("VIC", "IVA" are
 * first names there).  Not after other numerals: no stage has them, and
 * "XIA" is a surname the lists lack. */
static int
roman_numeral(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);
	size_t k = 0, n = w->fold_len;

	if (!(w->flags & W_UPPER))
		return 0;
	while (k < n && (f[k] == 'i' || f[k] == 'v' || f[k] == 'x'))
		k++;
	if (k == n)
		return 1;
	/* I, II, III or IV before the substage's letter */
	if (!((k >= 1 && k <= 3 && memcmp(f, "iii", k) == 0) ||
	    (k == 2 && f[0] == 'i' && f[1] == 'v')) ||
	    (w->dflags & (D_FIRST | D_LAST)) || f[k] < 'a' || f[k] > 'd')
		return 0;
	k++;
	if (k < n && f[k] >= '1' && f[k] <= '3')
		k++;
	return k == n;
}

/* Words k and k + 1 are one byte apart, a hyphen or an apostrophe:
 * "Clermont-Ferrand", "Pont-l'Abbé". */
static int
hyphen_link(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = s->words[k].end;

	return s->words[k + 1].start == e + 1 && (t[e] == '-' || t[e] == '\'');
}

/* Word i is a word of a commune's name of words joined by hyphens or
 * apostrophes ("Clermont-Ferrand", "Château-Thierry", "Issy-les-
 * Moulineaux", "Saint-Pol-de-Léon": the whole chain, first word with a
 * capital, is a name of conf/places/communes.txt): a town, no person,
 * wherever it stands.  A town alone is no identifier (docs/scrub.md);
 * with its postcode or in an address, the address rules take it. */
/* Words a to b (a < b) are the whole name of a commune of two words or
 * more (conf/places/communes.txt): "saint pol de leon". */
int
chain_commune(const struct detect_scratch *s, size_t a, size_t b)
{
	char key[POSTCODES_KEY_MAX];
	size_t n = 0;

	for (size_t k = a; k <= b; k++) {
		const char *f = wf(s, &s->words[k]);
		size_t len = s->words[k].fold_len;

		if (word_is(s, k, "st") || word_is(s, k, "ste")) {
			f = len == 2 ? "saint" : "sainte";
			len = len == 2 ? 5 : 6;
		}
		if (len == 0 || n + (k > a) + len > sizeof(key))
			return 0;
		if (k > a)
			key[n++] = ' ';
		for (size_t x = 0; x < len; x++) {
			if ((unsigned char)f[x] >= 0x80)
				return 0;	/* "œ": the list spells it out */
			key[n++] = f[x];
		}
	}
	return postcodes_commune(key, n);
}

/* prec48: the end of a town's name that starts at word a of a chain of
 * words joined by hyphens and ends at b at most: the last word of the
 * longest commune of two words or more (chain_commune), or a itself when
 * it is a town alone (a commune of one word, or a proper noun of
 * Dicollecte's list: "Montréal", "Bichkek"), else NO_WORD.  *given: the
 * town alone is a name of the lists too, given name or surname ("Nancy",
 * "Martin", "Petit"). */
static size_t
route_stop(const struct detect_scratch *s, size_t a, size_t b, int *given)
{
	const struct detect_word *w = &s->words[a];

	*given = 0;
	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) != W_CAP ||
	    (w->dflags & (D_TITLE | D_RELATIVE | D_PARTICLE)))
		return NO_WORD;
	for (size_t e = b; e > a; e--)
		if (e - a < 8 && chain_commune(s, a, e))
			return e;
	if (!single_commune(s, a) && !dict_proper_noun_has(w->fhash))
		return NO_WORD;
	*given = (w->dflags & (D_FIRST | D_LAST)) != 0;
	return a;
}

/* prec48: words a to b, joined by hyphens, are a route between towns
 * ("Vol AF1234 Paris-Pointe-à-Pitre", "(Bichkek-Paris-Montréal)"):
 * every piece between two hyphens is a town (route_stop), two pieces at
 * least.  A town of one word that is a name of the lists too ("Paris",
 * "Martin", "Petit", "Nancy") may be a part of a person's double name:
 * of two pieces one at most is such a name ("Petit-Martin",
 * "Florence-Nancy" stay persons), of more pieces one at least is none.
 * Its caller, town_joined, has turned away a chain after a title, an
 * initial or a given name ("Mme Paris-Laval"). */
static int
town_route(const char *t, const struct detect_scratch *s, size_t a,
    size_t b)
{
	size_t k = a, pieces = 0, named = 0;

	while (k <= b) {
		int g;
		size_t e = route_stop(s, k, b, &g);

		if (e == NO_WORD || (e < b && t[s->words[e].end] != '-'))
			return 0;
		pieces++;
		named += (size_t)g;
		k = e + 1;
	}
	return pieces >= 2 && (pieces == 2 ? named < 2 : named < pieces);
}

static int
town_joined(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = i, b = i;

	while (a > 0 && i - a < 8 && hyphen_link(t, s, a - 1))
		a--;
	while (b + 1 < s->nwords && b - a < 8 && hyphen_link(t, s, b))
		b++;
	if (a == b || !(s->words[a].flags & (W_CAP | W_UPPER)))
		return 0;
	/* "Mme Sainte-Rose", "R. SAINT-CYR", "Margot Saint-Cyr": a title,
	 * an initial or a first name before it, or a saint's name of two
	 * words (after_saint's), make it a person's */
	if (a > 0 && (word_has(s, a - 1, D_TITLE) ||
	    ((s->words[a - 1].flags & (W_CAP | W_UPPER)) &&
	    (s->words[a - 1].nchars == 1 || word_has(s, a - 1, D_FIRST)))))
		return 0;
	if (b == a + 1 && after_saint(s, b))
		return 0;
	/* "-en-" inside: a compound no person's name is ("anse de
	 * Roux-en-Y" of Mme ROUX, "Saint-Germain-en-Laye"; French double
	 * names join names by a hyphen alone), whoever the row's patient is
	 * "Roux-Martin", "Roux en consultation" stay */
	for (size_t k = a + 1; k < b; k++)
		if (word_is(s, k, "en") && t[s->words[k].end] == '-' &&
		    !(s->words[k].flags & (W_CAP | W_UPPER)))
			return 1;
	/* a city abroad by its French name, no commune of the list
	 * (dev21): the chain ends in "-Ville" or "-City" ("Hô-Chi-Minh-Ville",
	 * "Koweït-Ville", "Quezon-City"), or stands right after "né à"
	 * ("née à Addis-Abeba", "né à Port-Louis"): a birthplace, which the
	 * conventions leave as a town alone is (docs/scrub.md, heldout21's
	 * and dev21's sections: where someone comes from is not taken, where
	 * they live is) */
	/* (not two parts whose first is a surname of the lists: "appel de
	 * Moreau-Ville", "vu avec Durand-City", a person's double name as
	 * "Mme Durand-Ville" is; review26) */
	if (((word_is(s, b, "ville") || word_is(s, b, "city")) &&
	    (s->words[b].flags & W_CAP) && !(b == a + 1 &&
	    word_has(s, a, D_LAST))) || (a >= 2 && word_is(s, a - 1, "a") &&
	    (word_is(s, a - 2, "ne") || word_is(s, a - 2, "nee") ||
	    word_is(s, a - 2, "nes") || word_is(s, a - 2, "nees"))))
		return 1;
	return chain_commune(s, a, b) || town_route(t, s, a, b);
}

/* A colour that is also a first name ("Rose", "Blanche", "Violette",
 * "Ambre", "Jade", "Prune"), after what a note describes by its colour or
 * before a shade: "Teint Rose pâle", "muqueuses Rose", "Plaie Rose,
 * bourgeonnante", "urines Ambre claire".  After a relative or a title
 * ("sa fille Rose", "Mme Rose") or before a shade with a capital ("Rose
 * Claire") it stays a name. */
static const char *const colour_words[] = {
	"rose", "roses", "rosee", "rosees", "blanche", "blanches", "violette",
	"violettes", "ambre", "ambree", "jade", "prune", NULL,
};
static uint64_t colour_words_filter;	/* word_in_filtered_list */
static const char *const coloured_things[] = {
	"teint", "peau", "plaie", "plaies", "muqueuse", "muqueuses", "selles",
	"urines", "urine", "liquide", "crachats", "expectorations", "escarre",
	"cicatrice", "lesion", "lesions", "conjonctives", "langue", "gencives",
	"ongles", "teguments", "bourgeon", "bourgeons", "aspect", "couleur",
	"coloration", "exsudat", "ecoulement", "tache", "taches", "berges",
	"tissu", NULL,
};
static uint64_t coloured_things_filter;	/* word_in_filtered_list */
static const char *const shades[] = {
	"pale", "pales", "clair", "claire", "clairs", "claires", "fonce",
	"foncee", "fonces", "foncees", "vif", "vive", "vifs", "vives",
	"violace", "violacee", "orange", "orangee", "sombre", "terne",
	"fuchsia", "saumon", NULL,
};
static uint64_t shades_filter;	/* word_in_filtered_list */

static int
colour_of_thing(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->dflags & D_FIRST) || !word_in_filtered_list(s, w, colour_words))
		return 0;
	if (i > 0 && word_in_filtered_list(s, &s->words[i - 1], coloured_things))
		return 1;
	/* the shade in lower case: "Rose Claire" is two first names */
	return i + 1 < s->nwords && s->words[i + 1].start == w->end + 1 &&
	    t[w->end] == ' ' && !(s->words[i + 1].flags & (W_CAP | W_UPPER)) &&
	    word_in_filtered_list(s, &s->words[i + 1], shades);
}

/* ---- a name of the lists used as a thing
 * (docs/scrub.md "namesprec10"); asked through eponym_position, so once
 * a word, and only of a word with a capital ---- */

/* English nouns a possessive eponym qualifies: "Murphy's sign",
 * "Hartmann's pouch", "Bell's palsy", "Addison's disease". */
static const char *const english_eponym_heads[] = {
	"sign", "signs", "test", "disease", "syndrome", "triad", "pouch",
	"procedure", "operation", "reflex", "maneuver", "manoeuvre", "law",
	"phenomenon", "fracture", "cyst", "node", "nodes", "ulcer", "palsy",
	"score", "scale", "criteria", "classification", "tumor", "tumour",
	"lymphoma", "sarcoma", "point", "line", "space", "solution", "drain",
	"incision", "method", "position", "grade", "stage", "formula",
	"angle", "triangle", "canal", "duct", "gland", "glands", "membrane",
	"nerve", "body", "bodies", "cell", "cells", "lesion", "nodule",
	"nodules", "murmur", "rule", "index", "technique", "repair", "tube",
	"hernia", "contracture", "ligament", "muscle", "fascia", "artery",
	"loop", "plexus", "area", "zone", "curve", "equation", "catheter",
	NULL,
};
static uint64_t english_eponym_heads_filter;	/* word_in_filtered_list */

/* Word i before "'s" (or "’s") and one of them: "Murphy's sign
 * irrelevant"; not after a title ("Mr Murphy's sign" would be his own)
 * and not before another noun ("Murphy's wife"). */
static int
possessive_eponym(const char *t, const struct detect_scratch *s, size_t i)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t e = s->words[i].end, k = i + 1;

	/* the apostrophe first: one byte */
	if (k + 1 >= s->nwords || (t[e] != '\'' && u[e] != 0xe2) ||
	    !word_is(s, k, "s") || (i > 0 && word_has(s, i - 1, D_TITLE)))
		return 0;
	if (!(s->words[k].start == e + 1 && t[e] == '\'') &&
	    !(s->words[k].start == e + 3 && u[e] == 0xe2 &&
	    u[e + 1] == 0x80 && u[e + 2] == 0x99))
		return 0;
	return s->words[k + 1].start == s->words[k].end + 1 &&
	    t[s->words[k].end] == ' ' && word_in_filtered_list(s, &s->words[k + 1], english_eponym_heads);
}

/* "Chung score 10", "Aldrete score : 9": a scale named after its author
 * before the word "score" in lower case and its value, in the English
 * order (French writes "score de Chung", after_eponym_head); not after a
 * title ("Mme Chung score 10 au MMS" is hers), nor without a number
 * ("Chung score bien"). */
static int
eponym_before_score(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *n;

	if (i + 2 >= s->nwords || !joined(t, s, i) ||
	    !word_is(s, i + 1, "score") ||
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)) ||
	    (i > 0 && word_has(s, i - 1, D_TITLE)))
		return 0;
	n = &s->words[i + 2];
	return (n->flags & W_DIGIT) && util_is_digit(t[n->start]) &&
	    n->start <= s->words[i + 1].end + 3;
}

/* "selon Fleischner", "en Y selon Roux": a guideline or a technique
 * when the word is an entry of the English medical dictionary
 * (hunspell-en-med, medical_has: its 600-odd names of the lists are
 * eponyms there) and no first name ("selon Fatou", "selon Martin": a
 * person's word, the relation rules), nor before a name ("selon Roux
 * Martine"). */
static int
guideline_eponym(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (i == 0 || !word_is(s, i - 1, "selon") || !joined(t, s, i - 1) ||
	    !(w->flags & W_CAP) || (w->dflags & (D_FIRST | D_TITLE)))
		return 0;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)) &&
	    word_has(s, i + 1, D_FIRST | D_LAST))
		return 0;
	return medical_has(w->fhash);
}

/* Word i alone is a commune of one word (conf/places/postcodes.txt). */
int
single_commune(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);

	if (w->fold_len == 0 || w->fold_len >= POSTCODES_KEY_MAX)
		return 0;
	for (size_t x = 0; x < w->fold_len; x++)
		if ((unsigned char)f[x] >= 0x80)
			return 0;	/* "œ": the list spells it out */
	return postcodes_town(f, w->fold_len);
}

/* What moves or places someone in a town: before "à" and a commune that
 * is also a first name ("transféré à Nancy"; not "dit à Nancy"). */
static const char *const place_verbs[] = {
	"ne", "nee", "nes", "nees", "transfere", "transferee", "hospitalise",
	"hospitalisee", "opere", "operee", "evasane", "evasanee", "originaire",
	"retour", "rentre", "rentree", "parti", "partie", "accouche",
	"accouchee", "suivi", "suivie", NULL,
};
static uint64_t place_verbs_filter;	/* word_in_filtered_list */

/* A verb of place before "à" with up to four lower-case words between
 * them in one clause ("transféré en salle de coronarographie à Nancy",
 * "hospitalisée en réanimation à Nancy"): the town is where the care
 * is, as right after the verb.  The walk back stops at a
 * punctuation, a capital, a digit, a title, a relation or a relative
 * ("transféré, a parlé à Nancy", "transféré avec sa fille à Nancy"
 * leave the first name to the name rules).  Asked only of a commune
 * that is a first name once the word right before "à" said no. */
static int
place_verb_before(const char *t, const struct detect_scratch *s, size_t a)
{
	for (size_t k = a - 2, n = 0; k > 0 && n < 4; k--, n++) {
		const struct detect_word *q = &s->words[k];

		if (!joined(t, s, k - 1) || (q->flags & (W_CAP | W_UPPER |
		    W_DIGIT)) || (q->dflags & (D_TITLE | D_CUE_A | D_RELATION |
		    D_RELATIVE)))
			return 0;
		q = &s->words[k - 1];
		if (word_in_filtered_list(s, q, place_verbs))
			return 1;
	}
	return 0;
}

/* Word v is an acronym in capitals, five letters or fewer, that no
 * list of names holds ("CDPS", "UNV", "SAMU"; not "MOAL", "LATA"). */
static int
short_acronym(const struct detect_word *v)
{
	return (v->flags & W_UPPER) && v->fold_len >= 2 && v->fold_len <= 5 &&
	    !(v->dflags & (D_FIRST | D_LAST));
}

/* Word k is "heure" or "heures" in lower case (epo_prev_opens' gate,
 * time_zone_head's first test). */
static int
time_zone_word(const struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & (W_CAP | W_UPPER)) &&
	    (word_is(s, k, "heure") || word_is(s, k, "heures"));
}

/* Word k is "heure" or "heures" after a clock time ("18h", "6h30",
 * "18:00"): "rappelé après 18h heure de Paris", "10h (heure de Nouméa)"
 * (precision17): the time of a town, a time zone.  Not without the time
 * (review, eighteenth pass): "les heures de Nancy (aide à domicile)",
 * "les 2 heures de Valence", "l'heure de Florence" are someone's hours,
 * where a first name or a surname that is also a commune stands.  A
 * clock time is short: eight bytes read at most. */
static int
time_zone_head(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t b, a, n = 0;
	int digit = 0, clock = 0;

	if (k == 0 || !time_zone_word(s, k))
		return 0;
	/* the bytes before the word: " ", "(", ", " then the time */
	for (b = s->words[k].start; b > 0 && n < 3 && (t[b - 1] == ' ' ||
	    t[b - 1] == '(' || t[b - 1] == ','); b--, n++)
		;
	for (a = b; a > 0 && b - a < 8 && ((t[a - 1] >= '0' && t[a - 1] <= '9') ||
	    (t[a - 1] | 32) == 'h' || t[a - 1] == ':'); a--)
		;
	for (size_t i = a; i < b; i++) {
		if (t[i] >= '0' && t[i] <= '9')
			digit = 1;
		else if (digit)
			clock = 1;	/* "18h", "6h30", "18:00" */
	}
	return clock && (a == 0 || !is_alnum_byte(t[a - 1]));
}

/* Word a - 1 is "à" written with its accent, right after the noun of a
 * professional (roles26's ROLE_STAFF, no kin: "psychiatre à Paris",
 * "médecin à Nancy", "cardiologue à Valence"): where the professional
 * works.  A person after a professional's noun takes no "à" ("le médecin
 * Florence", "médecin : Nancy Martin"); the colloquial "la fille à
 * Nancy" is kin's, which this leaves to the name rules.  Precision26. */
static int
staff_at_town(const char *t, const struct detect_scratch *s, size_t a)
{
	const struct detect_word *p = &s->words[a - 1];

	return p->end - p->start == 2 && (unsigned char)t[p->start] == 0xc3 &&
	    (unsigned char)t[p->start + 1] == 0xa0 &&
	    (role_kinds(s, a - 2) & (ROLE_STAFF | ROLE_KIN)) == ROLE_STAFF &&
	    /* a surname of the lists only when a town known beyond the
	     * communes' list ("Paris", "Nancy"): "courrier du psychiatre à
	     * Besson", "transmis par le médecin à Fleury" address a person
	     * (37 of conf/lists' 362 surnames are communes), whom bdc83a2
	     * took (review26) */
	    (!word_has(s, a, D_LAST) || word_has(s, a, D_WEAK) ||
	    dict_proper_noun_has(s->words[a].fhash));
}

/* A town, no person: a commune after "à" ("né à Lyon", "transféré à
 * Nancy", the row's own surname too: "M. Lyon né à Lyon") or after "de"
 * and a place of care, an acronym or "heure" ("CHU de Lyon", "CDPS de
 * Maripasoula", "heure de Paris").  Not after a verb that gives to
 * a person ("communiqué à"), a title or a relation, nor before a name
 * ("à Nancy Martin"); a commune that is a first name only after a
 * verb of place or of residence. */
static int
town_after_a(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w, *v;
	size_t a = i, b;
	int placed;

	/* "née à Sainte-Rose": the chain from its first word (a saint's
	 * name of two words too, which town_joined leaves to the names) */
	while (a > 0 && i - a < 8 && hyphen_link(t, s, a - 1))
		a--;
	if (a < 2 || !joined(t, s, a - 1))
		return 0;
	w = &s->words[a];
	v = &s->words[a - 2];
	/* "à" in lower case: "A. FONTAINE" is an initial */
	if (word_is(s, a - 1, "a") && !(s->words[a - 1].flags & (W_CAP |
	    W_UPPER | W_DOT))) {
		placed = (v->dflags & D_RESIDE) || word_in_filtered_list(s, v, place_verbs) || staff_at_town(t, s, a);
		/* "né", "née" are relatives too ("née Dupont") */
		if (!placed && (v->dflags & (D_TITLE | D_CUE_A | D_RELATION |
		    D_RELATIVE)))
			return 0;
		if ((w->dflags & D_FIRST) && !placed &&
		    !place_verb_before(t, s, a))
			return 0;
	} else if (!((word_is(s, a - 1, "de") || word_is(s, a - 1, "d")) &&
	    ((v->dflags & D_INSTHEAD) || short_acronym(v) ||
	    time_zone_head(t, s, a - 2))))
		return 0;
	for (b = a; b + 1 < s->nwords && b - a < 8 && hyphen_link(t, s, b);
	    b++)
		;
	/* "à Nancy Martin": a person; "à Cayenne 97300": an address's
	 * city, the address rules' (and recall first's) */
	if (b + 1 < s->nwords && joined(t, s, b) &&
	    (((s->words[b + 1].flags & (W_CAP | W_UPPER)) &&
	    word_has(s, b + 1, D_FIRST | D_LAST)) ||
	    (s->words[b + 1].flags & W_DIGIT)))
		return 0;
	return a == b ? single_commune(s, a) : chain_commune(s, a, b);
}

/* A commune whose name is "Le" and a name of the lists, after the
 * article it contracts with: "H2S mesuré au Robert", "au François",
 * "au Lamentin" (Martinique), "originaire du Robert" (precision18): "le
 * robert" of conf/places/communes.txt.  "au" before a name is no French
 * but colloquial; the row's own name there still goes (eponym_bare's
 * 2, as precision17 left "Faure de Roubaix"); "du" is a particle too ("Mme Marie du Roux"), so only
 * after a verb of place or residence.  Not after a title, a relation, a
 * relative, a cue of a person, a person's verb or a name ("le fils du
 * Robert", "dit au François", "passe au Robert"), nor before a name ("au
 * Robert Martin"). */
static int
article_town(const char *t, const struct detect_scratch *s, size_t i)
{
	char key[POSTCODES_KEY_MAX];
	const struct detect_word *w = &s->words[i], *v;
	int au;

	if (i < 2 || !joined(t, s, i - 1) || !(w->flags & W_CAP) ||
	    (w->flags & W_UPPER) || (s->words[i - 1].flags & (W_CAP |
	    W_UPPER)) || w->fold_len + 3 > sizeof(key))
		return 0;
	au = word_is(s, i - 1, "au");
	if (!au && !word_is(s, i - 1, "du"))
		return 0;
	v = &s->words[i - 2];
	/* "Originaire du Robert": a capital where a sentence starts, no
	 * name of the lists */
	if (((v->flags & (W_CAP | W_UPPER)) && (v->dflags & (D_FIRST |
	    D_LAST))) || (v->dflags & (D_TITLE |
	    D_RELATION | D_RELATIVE | D_RELCUE | D_NAMECUE | D_CUE_A |
	    D_SPEECH | D_SUBJVERB | D_PARTICLE)))
		return 0;
	if (!au && !(v->dflags & D_RESIDE) && !word_in_filtered_list(s, v, place_verbs))
		return 0;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    (((s->words[i + 1].flags & (W_CAP | W_UPPER)) &&
	    word_has(s, i + 1, D_FIRST | D_LAST)) ||
	    (s->words[i + 1].flags & W_DIGIT) || hyphen_link(t, s, i)))
		return 0;
	memcpy(key, "le ", 3);
	for (size_t x = 0; x < w->fold_len; x++) {
		if ((unsigned char)wf(s, w)[x] >= 0x80)
			return 0;	/* the list spells it out */
		key[3 + x] = wf(s, w)[x];
	}
	return postcodes_commune(key, w->fold_len + 3);
}

/* Animals a note names ("son chien Titus", "sa chatte (Mimi)"). */
static const char *const pet_nouns[] = {
	"chien", "chienne", "chiot", "chat", "chatte", "chaton", "cheval",
	"jument", "perroquet", "lapin", NULL,
};
static uint64_t pet_nouns_filter;	/* word_in_filtered_list */

/* Word k is one of them, in lower case. */
static int
pet_noun(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	const char c = w->fold_len > 0 ? wf(s, w)[0] : '\0';

	/* their first letters before the list's walk */
	return w->fold_len >= 4 && w->fold_len <= 9 && (c == 'c' ||
	    c == 'j' || c == 'p' || c == 'l') &&
	    !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    word_in_filtered_list(s, w, pet_nouns);
}

/* Word i names an animal (precision18): right after its noun ("son
 * chien Titus est venu"), or alone at the end of parentheses opened
 * after it, over lower-case words and a comma ("son chien (un berger
 * allemand, Titus)").  Not before a name ("le chien Titus Martin"),
 * not across a name, a title or a capital, and the row's own name there
 * still goes (eponym_bare's 2). */
static int
pet_name(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t k;

	if (i == 0 || !(w->flags & W_CAP) || (w->flags & W_UPPER))
		return 0;
	if (joined(t, s, i - 1) && pet_noun(s, i - 1))
		return !(i + 1 < s->nwords && joined(t, s, i) &&
		    (s->words[i + 1].flags & (W_CAP | W_UPPER)));
	if (w->end >= s->text_len || t[w->end] != ')')
		return 0;
	for (k = i; k > 0 && i - k < 6; k--) {
		const struct detect_word *p = &s->words[k - 1];
		const char *g = t + p->end;
		size_t n = s->words[k].start - p->end;

		if (memchr(g, '(', n) != NULL)
			return pet_noun(s, k - 1) && n <= 2;
		if (memchr(g, ')', n) != NULL || memchr(g, '.', n) != NULL ||
		    memchr(g, ':', n) != NULL || memchr(g, ';', n) != NULL ||
		    (p->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    (p->dflags & (D_TITLE | D_RELATION | D_RELATIVE |
		    D_RELCUE | D_NAMECUE | D_PARTICLE)))
			return 0;
	}
	return 0;
}

/* Who employs, houses or insures: the firm after them is no person
 * ("employeur : Transdev", "bailleur social Paris Habitat", "mutuelle
 * Harmonie").  Not a title after them ("bailleur (M. Comte)"). */
static const char *const org_cues[] = {
	"employeur", "employeuse", "bailleur", "bailleurs", "mutuelle",
	"assureur", "assurance", "operateur", "prestataire", "fournisseur",
	"banque", NULL,
};
static uint64_t org_cues_filter;	/* word_in_filtered_list */

/* Word p is one of them: 6 to 11 letters, which most words are not,
 * before the list's walk. */
static int
org_cue(const struct detect_scratch *s, size_t p)
{
	const struct detect_word *w = &s->words[p];

	return w->fold_len >= 6 && w->fold_len <= 11 &&
	    word_in_filtered_list(s, w, org_cues);
}

/* Word i is one of up to three capitalized words after one of them,
 * across " : ", " (" and "social(e)". */
static int
org_after_cue(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = i, p;

	while (k > 0 && i - k < 2 && joined(t, s, k - 1) &&
	    (s->words[k - 1].flags & (W_CAP | W_UPPER)))
		k--;
	if (k == 0)
		return 0;
	p = k - 1;
	if ((word_is(s, p, "social") || word_is(s, p, "sociale")) && p > 0 &&
	    joined(t, s, p - 1))
		p--;
	/* the cue first: most words are out there */
	if (!org_cue(s, p) || s->words[p + 1].start - s->words[p].end > 4)
		return 0;
	for (size_t x = s->words[p].end; x < s->words[p + 1].start; x++)
		if (t[x] != ' ' && t[x] != ':' && t[x] != '(')
			return 0;
	for (size_t x = k; x <= i; x++)
		if (word_has(s, x, D_TITLE))
			return 0;
	return 1;
}

/* Word i, in lower case and joined by one hyphen to the word before or
 * after, also in lower case, is a part of a compound of the lexicon: "le
 * week-end", "un tire-lait" ("week" and "end" are no French words alone;
 * after a relation's article they were read as a name).  No
 * part a name of the lists: "marie-louise" (a frame too) in a note in
 * lower case may be a person.  self_name: word i may be one (the row's
 * "Petit" in "petit-fils", detect_row.c), the other part not, and then
 * the other part a word of the lexicon is enough ("petit-déjeuner",
 * which wfrench lacks; not "jean-pierre": a first name). */
int
lower_compound_part(const char *t, const struct detect_scratch *s, size_t i,
    int self_name)
{
	size_t a = i, b = i;

	if (i > 0 && s->words[i - 1].end + 1 == s->words[i].start &&
	    t[s->words[i - 1].end] == '-')
		a = i - 1;
	else if (i + 1 < s->nwords && s->words[i].end + 1 ==
	    s->words[i + 1].start && t[s->words[i].end] == '-')
		b = i + 1;
	else
		return 0;
	for (size_t k = a; k <= b; k++)
		if ((s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    ((s->words[k].dflags & (D_FIRST | D_LAST)) &&
		    !(self_name && k == i)))
			return 0;
	if (compound_has(t + s->words[a].start, s->words[b].end -
	    s->words[a].start))
		return 1;
	/* "petit-déjeuner" (no compound of wfrench): the row's name
	 * beside an ordinary word that is no name */
	return self_name && lexicon_has(t + s->words[a + b - i].start,
	    s->words[a + b - i].end - s->words[a + b - i].start);
}

/* A word in lower case the lexicon lacks that is one of its words as
 * notes spell them (word_lexicon asks, once a word, of a word of seven
 * letters or more that no list of names has): an agent noun of one of
 * its verbs ("médecin adresseur": adresser, "régulateur": réguler;
 * "coordinatrice": "coordiner" is none, so it stays unknown). */
int
lexicon_variant(const char *t, const struct detect_scratch *s, size_t i)
{
	static const struct { const char *end; size_t n; } agents[] = {
		{ "ateurs", 6 }, { "atrices", 7 }, { "ateur", 5 },
		{ "atrice", 6 }, { "euses", 5 }, { "eurs", 4 }, { "euse", 4 },
		{ "eur", 3 },
	};
	const struct detect_word *w = &s->words[i];
	const char *f = t + w->start;
	size_t n = w->end - w->start;
	char b[40];

	if (n < 7 || n + 1 > sizeof(b))
		return 0;
	for (size_t k = 0; k < sizeof(agents) / sizeof(agents[0]); k++) {
		size_t c = agents[k].n;

		if (memcmp(f + n - c, agents[k].end, c) != 0)
			continue;
		memcpy(b, f, n - c);
		memcpy(b + n - c, "er", 2);
		if (lexicon_has(b, n - c + 2))
			return 1;
	}
	/* "identitovigilance" (detect_thing.c) */
	return learned_compound(t, s, i);
}

/* Two capitalized words beside each other that are both common English
 * words (wamerican, english_has) and no name of the lists (pair_thing
 * asks that): a team, a board, a device named in English in a French
 * line ("discuté en Heart Team", "Tumor Board"); "Kerouredan Trazibule",
 * "Grace Hill" (names of the lists) stay pairs. */
static int
english_pair(const struct detect_scratch *s, size_t j, size_t o)
{
	return s->words[j].fold_len >= 3 && s->words[o].fold_len >= 3 &&
	    english_has(s->words[j].fhash) && english_has(s->words[o].fhash);
}

/* Endings of examinations, specialties and procedures ("Nasofibroscopie
 * :", "Orthopantomogramme :", "Kinésithérapie"), which no name of the
 * lists has: a capitalized word of eight letters or more that ends so,
 * and that no list of names holds, is a clinical word (the lexicon lacks
 * many). */
static const struct { const char *end; size_t n; } clinical_endings[] = {
	{ "scopie", 6 }, { "graphie", 7 }, { "gramme", 6 }, { "logie", 5 },
	{ "therapie", 8 }, { "tomie", 5 }, { "plastie", 7 }, { "pathie", 6 },
};

static int
clinical_ending(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	/* all end in "ie" or "me": most words are out on two bytes */
	if (n < 8 || f[n - 1] != 'e' || (f[n - 2] != 'i' && f[n - 2] != 'm') ||
	    (w->dflags & (D_FIRST | D_LAST)))
		return 0;
	for (size_t k = 0; k < sizeof(clinical_endings) /
	    sizeof(clinical_endings[0]); k++)
		if (memcmp(f + n - clinical_endings[k].n, clinical_endings[k].end,
		    clinical_endings[k].n) == 0)
			return 1;
	return 0;
}

/* A score right after word i: " 4/8", " 21/30" (one or two digits, a
 * slash, one or two digits), no third part (a date "4/8/2021"). */
static int
score_after(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p = s->words[i].end, n = s->text_len, a;

	if (p + 4 > n || t[p] != ' ' || !util_is_digit(t[++p]))
		return 0;
	for (a = p; p < n && p - a < 3 && util_is_digit(t[p]); p++)
		;
	if (p - a > 2 || p + 1 >= n || t[p] != '/' ||
	    !util_is_digit(t[p + 1]))
		return 0;
	for (a = ++p; p < n && p - a < 3 && util_is_digit(t[p]); p++)
		;
	return p - a <= 2 && (p >= n || (t[p] != '/' && !util_is_digit(t[p]) &&
	    !(t[p] == '.' && p + 1 < n && util_is_digit(t[p + 1]))));
}

/* Word i names a scale written as an acronym, its score after it: "IADL
 * de Lawton 4/8" ("ADL de Katz" is in the medical
 * dictionary, "Lawton" in none).  "appel de Lawton 4/8" (no acronym) and
 * a first name of the lists there still go. */
static int
acronym_scale(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *q;

	if (i < 2 || !word_is(s, i - 1, "de") || !joined(t, s, i - 1) ||
	    !joined(t, s, i - 2) || (s->words[i].dflags & D_FIRST))
		return 0;
	q = &s->words[i - 2];
	return (q->flags & W_UPPER) && q->fold_len <= 5 &&
	    !(q->dflags & (D_FIRST | D_LAST)) && score_after(t, s, i);
}

/* An eponym after "de" where a head is a word further: an adjective
 * between ("dystrophie endothéliale de Fuchs", "maladie chronique de
 * Crohn": one lower-case word no table has, after a clinical noun), or
 * a scale written as an acronym when the English medical dictionary has
 * the name ("ADL de Katz"; not "CMP de Dupont": no entry there). */
static int
eponym_after_qualified_head(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *q;

	if (i < 3 || !(word_is(s, i - 1, "de") || word_is(s, i - 1, "d")) ||
	    !joined(t, s, i - 1) || !joined(t, s, i - 2))
		return 0;
	q = &s->words[i - 2];
	if (!(q->flags & (W_CAP | W_UPPER | W_DIGIT)) && q->fold_len >= 4 &&
	    !(q->dflags & (D_FIRST | D_LAST | D_TITLE | D_RELATIVE |
	    D_RELATION | D_PARTICLE | D_NOTNAME)) && joined(t, s, i - 3) &&
	    word_has(s, i - 3, D_EPOHEAD))
		return 1;
	/* the acronym: five capitals or fewer, no name of the lists */
	return (q->flags & W_UPPER) && q->fold_len <= 5 &&
	    !(q->dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[i].dflags & D_FIRST) && medical_has(s->words[i].fhash);
}

/* A book named after someone, read or looked up: a surname of the lists
 * that is no first name, after "le" and a word of reading ("consulte le
 * Vidal", "vérifié dans le Vidal", "selon le Vidal"), no name after it,
 * not the subject of a verb.  "Le voisin, le Dupont, a encore sonné" is
 * a person: no word of reading. */
static const char *const reading_words[] = {
	"dans", "selon", "apres", "consulte", "consulter", "consultee",
	"verifie", "verifiee", "verifier", "voir", "cf", "lu", "lire", NULL,
};
static uint64_t reading_words_filter;	/* word_in_filtered_list */

static int
surname_as_thing(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (i < 2 || !(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    !(w->dflags & D_LAST) || (w->dflags & D_FIRST) ||
	    !word_is(s, i - 1, "le") || !joined(t, s, i - 1) ||
	    !joined(t, s, i - 2) || !word_in_filtered_list(s, &s->words[i - 2], reading_words))
		return 0;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)))
		return 0;
	return !verb_follows(t, s, i);
}

/* An abbreviation alone in parentheses after the lower-case word it
 * abbreviates or qualifies: "Réunion collégiale (LATA)", "IDE de
 * coordination (PRADO)" (both surnames of the Faker lists).  Five
 * capitals or fewer; not after a relation, a relative, a title or a
 * word that announces a patient ("sa fille (LUCIE)", "épouse (LEROY)",
 * "patiente (LEROY)"), nor after a name ("M. Dufour (ALS)" is left). */
static int
acronym_in_parentheses(const char *t, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *p;

	if (!(w->flags & W_UPPER) || w->fold_len > 5 || i == 0 ||
	    !in_parentheses(t, s, i))
		return 0;
	p = &s->words[i - 1];
	return !(p->flags & (W_CAP | W_UPPER | W_DIGIT)) && p->fold_len >= 3 &&
	    !(p->dflags & (D_RELATIVE | D_RELATION | D_TITLE | D_NOTNAME |
	    D_PARTICLE | D_FIRST | D_LAST));
}

/* The uses above, behind one test of the word's capital; those that
 * start from the word before by the first letter of that word (one load
 * where five tests of words were). */
static int
thing_in_context(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p;

	if (!(s->words[i].flags & (W_CAP | W_UPPER)))
		return 0;
	if (possessive_eponym(t, s, i) || clinical_ending(s, i) ||
	    org_after_cue(t, s, i) || acronym_in_parentheses(t, s, i) ||
	    eponym_before_score(t, s, i))
		return 1;
	if (i == 0)
		return 0;
	/* "Sainte-Rose": the chain's word before */
	if (hyphen_link(t, s, i - 1))
		return town_after_a(t, s, i);
	p = &s->words[i - 1];
	switch (p->fold_len > 0 ? wf(s, p)[0] : 0) {
	case 's':	/* "selon" */
		return guideline_eponym(t, s, i);
	case 'l':	/* "le" */
		return surname_as_thing(t, s, i);
	case 'a':	/* "à" */
		return town_after_a(t, s, i);
	case 'd':	/* "de", "d'" */
		return town_after_a(t, s, i) ||
		    eponym_after_qualified_head(t, s, i);
	default:
		return 0;
	}
}

/*
 * The words eponym_position_of's rules look for around a word: the word
 * before (after_eponym_head's "de", "d", "du" and "et", town_after_a's
 * "à", surname_as_thing's "le", guideline_eponym's "selon") by their
 * hashes, and sign_result_after's results, org_after_cue's cues and
 * colour_of_thing's colours as filters of 1024 bits (one bit a word, by
 * its hash: a word whose bit is clear is none of them; set, it may be,
 * about one word in a hundred others).  Built once, with the dictionary
 * (dict_init).
 */
enum { EPO_DE, EPO_D, EPO_DU, EPO_ET, EPO_A, EPO_LE, EPO_SELON, EPO_NPREV };
#define EPO_FILTER_WORDS	16
static uint64_t epo_prev[EPO_NPREV];
static uint64_t epo_next[EPO_FILTER_WORDS], epo_org[EPO_FILTER_WORDS],
    epo_colour[EPO_FILTER_WORDS];

static void
epo_filter_add(uint64_t *f, const char *const *words)
{
	for (; *words != NULL; words++) {
		uint64_t h = hash(*words, strlen(*words));

		f[h >> 60] |= (uint64_t)1 << ((h >> 54) & 63);
	}
}

static inline uint64_t
epo_filter_has(const uint64_t *f, uint64_t h)
{
	return f[h >> 60] >> ((h >> 54) & 63) & 1;
}

void
eponym_gate_init(void)
{
	static const char *const prev[EPO_NPREV] = {
		[EPO_DE] = "de", [EPO_D] = "d", [EPO_DU] = "du", [EPO_ET] = "et",
		[EPO_A] = "a", [EPO_LE] = "le", [EPO_SELON] = "selon",
	};
	/* sign_result_after's results; eponym_before_score's "score" */
	static const char *const next[] = {
		"positif", "positive", "negatif", "negative", "score", NULL,
	};

	for (size_t k = 0; k < EPO_NPREV; k++)
		epo_prev[k] = hash(prev[k], strlen(prev[k]));
	epo_filter_add(epo_next, next);
	epo_filter_add(epo_org, org_cues);
	epo_filter_add(epo_colour, colour_words);
	score_eponym_init();
}

/* For tokenize (detect_dict.c word_wbits, W_EPOCUE): 1 if the folded
 * word of hash h and dictionary flags d may open a rule of
 * eponym_position_of for a word up to four after it, that eponym_may
 * reads in the four words before: a cue of a firm (its filter), "et",
 * "à", "selon" (the words before that epo_prev_opens reads beside the
 * particles), a place of care (D_INSTHEAD).  A superset, as the filter
 * is; eponym_gate_init has run (dict_init). */
int
eponym_cue_word(uint64_t h, uint64_t d)
{
	return (int)(epo_filter_has(epo_org, h) | (h == epo_prev[EPO_ET]) |
	    (h == epo_prev[EPO_A]) | (h == epo_prev[EPO_SELON]) |
	    ((d & D_INSTHEAD) != 0));
}

/* For the tests (test_speed30d): the k-th word that eponym_cue_word
 * must say yes of, as folded, or NULL past the last. */
const char *
eponym_cue_listed(size_t k)
{
	static const char *const prev[] = { "et", "a", "selon" };
	size_t norg = sizeof(org_cues) / sizeof(org_cues[0]) - 1;

	if (k < norg)
		return org_cues[k];
	k -= norg;
	return k < sizeof(prev) / sizeof(prev[0]) ? prev[k] : NULL;
}

/* Word j is "de", "d" or "du" (by its hash: a word that is has it). */
static inline int
epo_de(const struct detect_scratch *s, size_t j)
{
	uint64_t h = s->words[j].fhash;

	return (h == epo_prev[EPO_DE]) | (h == epo_prev[EPO_D]) |
	    (h == epo_prev[EPO_DU]);
}

/*
 * The word before word i (p) opens one of eponym_position_of's rules:
 * "de" after a head or a place of care (two or three words back), an
 * acronym, a word in "-ie" ("aphasie de Broca") or "heure(s)" ("heure de
 * Paris": town_after_a's time zone); "et" after "de" and a
 * capitalized word ("de Leriche et Fontaine"); "à"; "le" before a
 * surname that is no first name; "selon" before a capitalized word that
 * is no first name nor title.  Tested with no branch on the words.
 */
static int
epo_prev_opens(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	uint64_t h = s->words[i - 1].fhash, d2 = 0, d3 = 0;
	int de = epo_de(s, i - 1), lead = 0, et = 0;

	if (i >= 3) {
		const struct detect_word *q = &s->words[i - 2];

		d2 = q->dflags;
		d3 = s->words[i - 3].dflags;
		lead = ((q->flags & W_UPPER) != 0 && q->fold_len <= 5) ||
		    (q->fold_len >= 6 && wf(s, q)[q->fold_len - 1] == 'e') ||
		    ((q->fold_len == 5 || q->fold_len == 6) &&
		    time_zone_word(s, i - 2));
		et = (h == epo_prev[EPO_ET]) & ((q->flags & (W_CAP | W_UPPER)) !=
		    0) & epo_de(s, i - 3);
	} else if (i == 2) {
		d2 = s->words[0].dflags;
		lead = 1;
	}
	return (de & ((((d2 | d3) & (D_EPOHEAD | D_INSTHEAD)) != 0) | lead)) |
	    et | (h == epo_prev[EPO_A]) |
	    ((h == epo_prev[EPO_LE]) & ((w->dflags & (D_LAST | D_FIRST)) ==
	    D_LAST) & ((w->flags & (W_CAP | W_UPPER)) == W_CAP)) |
	    ((h == epo_prev[EPO_SELON]) & ((w->flags & W_CAP) != 0) &
	    ((w->dflags & (D_FIRST | D_TITLE)) == 0));
}

/*
 * What eponym_position_of needs for any of its rules to say yes, tested
 * all at once with few branches: a word joined to word i by a hyphen or
 * an apostrophe (town_joined, the first of "Creutzfeldt-Jakob",
 * town_after_a's chain), a word before that opens a rule
 * (epo_prev_opens), a result after it, a place of care or a cue of a
 * firm up to four words back (institution_name, org_after_cue), a
 * feast, a colour that is a first name, or, written with a capital, the
 * bytes of a possessive, the ending of a clinical word or an acronym of
 * five capitals or fewer in parentheses (thing_in_context).  Most words,
 * the patient's own names among them, have none: the dozen rules each
 * asked their own first questions of them, a quarter of which the CPU
 * mispredicted.
 */
static inline __attribute__((always_inline)) int
eponym_may(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	uint64_t may, near = 0;
	size_t n = w->fold_len;
	int cap = (w->flags & (W_CAP | W_UPPER)) != 0;

	may = (w->dflags & D_HOLIDAY) != 0;
	may |= ((w->dflags & D_FIRST) != 0) & epo_filter_has(epo_colour,
	    w->fhash);
	/* clinical_ending's "-ie", "-me" */
	if (cap && n >= 8 && wf(s, w)[n - 1] == 'e' && (wf(s, w)[n - 2] == 'i' ||
	    wf(s, w)[n - 2] == 'm'))
		may = 1;
	if (i + 1 < s->nwords) {
		const struct detect_word *q = &s->words[i + 1];
		char c = t[w->end];

		may |= epo_filter_has(epo_next, q->fhash);
		/* glued to it by a hyphen or an apostrophe: the class byte
		 * tokenize made (WCB_GLUED), where the bytes were read */
		may |= (uint64_t)((s->wcls[i + 1] & WCB_GLUED) != 0);
		/* "Murphy's sign": an apostrophe, straight or curly (a
		 * branch: rare, where the three terms cost some fourteen
		 * instructions every word, speed30d) */
		if ((c == '\'' || (unsigned char)c == 0xe2) && cap &&
		    i + 2 < s->nwords)
			may = 1;
	}
	if (i > 0) {
		const struct detect_word *p = &s->words[i - 1];
		uint64_t org = 0, h;

		may |= (uint64_t)((s->wcls[i] & WCB_GLUED) != 0);
		/* a particle before: "syndrome de Di George" (WCB_PART:
		 * D_PARTICLE) */
		may |= (uint64_t)((s->wcls[i - 1] & WCB_PART) != 0);
		/* acronym_in_parentheses (a branch on the capitals first:
		 * few words, speed30d) */
		if ((w->flags & W_UPPER) && n <= 5 && t[w->start - 1] == '(')
			may = 1;
		/* (a word that may be one already: the four words before not
		 * read, speed29e) */
		if (may)
			return 1;
		/* the four words before (fewer at the start: a loop); the
		 * cues of a firm count before a capital only.  None of them
		 * a cue, a place of care, "et", "à" or "selon" (W_EPOCUE,
		 * made by tokenize), which is most words: no rule opens
		 * (speed30d) */
		if (i >= 4) {
			if (!((p[0].flags | p[-1].flags | p[-2].flags |
			    p[-3].flags) & W_EPOCUE))
				return 0;
			near = p[0].dflags | p[-1].dflags | p[-2].dflags |
			    p[-3].dflags;
			if (cap)
				org = epo_filter_has(epo_org, p[0].fhash) |
				    epo_filter_has(epo_org, p[-1].fhash) |
				    epo_filter_has(epo_org, p[-2].fhash) |
				    epo_filter_has(epo_org, p[-3].fhash);
		} else {
			for (size_t k = 0; k < i; k++) {
				near |= s->words[k].dflags;
				org |= epo_filter_has(epo_org, s->words[k].fhash);
			}
		}
		may |= ((near & D_INSTHEAD) != 0) | (org & (uint64_t)cap);
		/* Each rule epo_prev_opens opens needs the word before to be
		 * "de", "d", "du" or "le", particles all (may is 1 above),
		 * or "et", "à" or "selon": asked of those three only, which
		 * spares its dozen loads most words (speed29e;
		 * test_eponym_prev_particles checks the four particles) */
		h = p->fhash;
		if (!may && ((h == epo_prev[EPO_ET]) | (h == epo_prev[EPO_A]) |
		    (h == epo_prev[EPO_SELON])))
			may = (uint64_t)epo_prev_opens(s, i);
	}
	return may != 0;
}

/* eponym_position_of's rules, for a word eponym_may lets through: a
 * call of its own, so that the words the gate turns away (most) pay
 * neither its prologue nor its registers (speed30d). */
static __attribute__((noinline)) int
eponym_position_rules(const char *t, const struct detect_scratch *s,
    size_t i)
{
	size_t first = i;

	/* "Creutzfeldt-Jakob": back to the first name, two steps at most */
	for (int k = 0; k < 2 && first >= 3 && s->words[first - 1].end + 1 ==
	    s->words[first].start && t[s->words[first - 1].end] == '-' &&
	    (s->words[first - 1].flags & W_CAP); k++)
		first--;
	if (after_eponym_head(s, first))
		return 1;
	/* "syndrome de Di George", "maladie de Van der Berg": the
	 * eponym's particles, two at most, between "de" and its name, as
	 * the name of a person carries them */
	for (size_t k = first, hops = 0; hops < 2 && k >= 3 &&
	    (s->words[k - 1].dflags & D_PARTICLE) &&
	    s->words[k - 1].end + 1 == s->words[k].start &&
	    t[s->words[k - 1].end] == ' '; hops++) {
		k--;
		if (particle_eponym_head(s, k))
			return 1;
	}
	/* "de Leriche et Fontaine": the second of two */
	if (first >= 4 && word_is(s, first - 1, "et") &&
	    (s->words[first - 2].flags & (W_CAP | W_UPPER)) &&
	    after_eponym_head(s, first - 2))
		return 1;
	return sign_result_after(t, s, i) || institution_name(t, s, i) ||
	    ward_eponym(t, s, i) || holiday_at(t, s, i) || town_joined(t, s, i) ||
	    colour_of_thing(t, s, i) || thing_in_context(t, s, i);
}

/* Word i in "angine de Vincent", "maladie de Creutzfeldt-Jakob": an
 * eponym there, whatever the dictionary says (1, or 0).  It depends on
 * the words alone, not on the spans, and half a dozen scans ask it of
 * the same word: asked once per word (the answer kept in the word). */
static inline int
eponym_position_of(const char *t, const struct detect_scratch *s, size_t i)
{
	return eponym_may(t, s, i) && eponym_position_rules(t, s, i);
}

/* Word i, a commune of one word (single_commune), before its region,
 * island or territory in parentheses, one capitalized word the keep list
 * or the communes hold ("Maripasoula (Guyane) :", "Apatou (Guyane)",
 * "Lannion (Bretagne)"): a town, as before its département's number
 * ("Lorient (56)").  A town alone is no identifier (docs/scrub.md). */
static int
town_before_region(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *r;
	size_t b = w->end;

	if (i + 1 >= s->nwords || b + 2 >= s->text_len || t[b] != ' ' ||
	    t[b + 1] != '(' || (w->flags & W_UPPER))
		return 0;
	r = &s->words[i + 1];
	if (r->start != b + 2 || !(r->flags & W_CAP) || (r->flags & W_DIGIT) ||
	    r->end >= s->text_len || t[r->end] != ')' ||
	    (r->dflags & (D_FIRST | D_LAST)) ||
	    !(dict_keep_has(r->fhash) || single_commune(s, i + 1)))
		return 0;
	return single_commune(s, i);
}

/* dev25: the words of a journey, before the place it goes to or comes
 * from (folded; C_TRAVEL, the gate of travel_place). */
const char *const travel_words[] = {
	"voyage", "voyages", "voyager", "voyagent", "sejour", "sejours",
	"vacances", "part", "partir", "parti", "partie", "partis", "parties",
	"retour", "rentre", "rentree", "rentres", "revenu", "revenue",
	"trip", "travel", "travelled", "traveled", "holiday", "holidays",
	"vacation", NULL,
};

/* dev25: word i, capitalized, names a place of a journey: after "à",
 * "au", "aux", "en" (English "in", "to") or, not a first name of the
 * lists, "de", "d'", "du" (a return), that a journey's word opens: right
 * before it ("voyage à Luang Prabang", "séjour en Bali", "retour de
 * Sada"), or, the place no first name of the lists, up to eight words
 * back in the clause ("part pour les funérailles de sa mère à Luang
 * Prabang").  A second capitalized word of the place after the first
 * ("Prabang").  "voyage avec Julie", "retour de Julie", "confie son
 * chien à Marie pendant son voyage" (after it) stay names. */
static int
travel_place_head(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p, k;
	int from;

	if (i < 2 || !(s->words[i].flags & W_CAP) ||
	    (s->words[i].dflags & (D_TITLE | D_RELATIVE)))
		return 0;
	/* review29a: a surname of the lists is a place only when a list of
	 * places has it too ("Retour de Dupont prévu demain", "pendant son
	 * voyage, chien confié à Moreau" left the stranger raw) */
	if ((s->words[i].dflags & D_LAST) && !(s->words[i].dflags & D_PLACE) &&
	    !dict_proper_noun_has(s->words[i].fhash) && !single_commune(s, i))
		return 0;
	p = i - 1;
	/* (review29a: "A." is an initial, no "à": "Retour à domicile avec
	 * IDE, A. HADJ-ALI se plaint" left "HADJ" raw) */
	if (t[s->words[p].end] == '.')
		return 0;
	from = word_is(s, p, "de") || word_is(s, p, "d") || word_is(s, p, "du");
	if (!from && !word_is(s, p, "a") && !word_is(s, p, "au") &&
	    !word_is(s, p, "aux") && !word_is(s, p, "en") &&
	    !word_is(s, p, "in") && !word_is(s, p, "to"))
		return 0;
	if (from && (s->words[i].dflags & D_FIRST))
		return 0;
	for (k = p; k > 0 && k + 9 > p; k--) {
		size_t g;

		/* the clause: no '.', ';', ':', '(' back to it */
		for (g = s->words[k - 1].end; g < s->words[k].start; g++)
			if (util_in_set(".;:()!?", t[g]))
				return 0;
		if (in_list(travel_words, wf(s, &s->words[k - 1]),
		    s->words[k - 1].fold_len))
			return k == p || !(s->words[i].dflags & D_FIRST);
	}
	return 0;
}

static int
travel_place(const char *t, const struct detect_scratch *s, size_t i)
{
	/* a journey's word in the comment (C_TRAVEL), which
	 * travel_place_head's walk needs: most comments have none */
	if (!comment_cue(s, 0, C_TRAVEL))
		return 0;
	/* the place's first word, or its second after a first one */
	if (travel_place_head(t, s, i))
		return 1;
	return i >= 3 && (s->words[i].flags & W_CAP) &&
	    s->words[i - 1].end + 1 == s->words[i].start &&
	    t[s->words[i - 1].end] == ' ' &&
	    (s->words[i - 1].flags & W_CAP) && !(s->words[i - 1].dflags &
	    (D_TITLE | D_FIRST | D_RELATIVE)) &&
	    travel_place_head(t, s, i - 1);
}

/* dev25: words k and k + 1 are a compound of two capitalized words
 * joined by '-' that no list calls first names ("Borel-Maisonny",
 * "Charlop-Atwell"; not "Marie-Claire") after "bilan(s) de" or "d'". */
static int
assessment_compound(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *a = &s->words[k], *b;

	if (k < 2 || k + 1 >= s->nwords)
		return 0;
	b = &s->words[k + 1];
	return (a->flags & W_CAP) && (b->flags & W_CAP) &&
	    !((a->flags | b->flags) & W_DIGIT) && b->start == a->end + 1 &&
	    t[a->end] == '-' && !((a->dflags | b->dflags) & D_FIRST) &&
	    (word_is(s, k - 1, "de") || word_is(s, k - 1, "d")) &&
	    (word_is(s, k - 2, "bilan") || word_is(s, k - 2, "bilans"));
}

/* dev25: word i names an assessment after its author, as speech
 * therapists and psychomotor therapists write them: a compound of two
 * names after "bilan(s) de" ("les bilans de Borel-Maisonny"), or the
 * name after "et de" that follows one ("... et de Chassagny").  A single
 * name after "bilan de" ("bilan de Lucas": a child's) is no eponym. */
static int
assessment_eponym(const char *t, const struct detect_scratch *s, size_t i)
{
	if (!(s->words[i].flags & W_CAP))
		return 0;
	if (assessment_compound(t, s, i) || (i >= 1 &&
	    assessment_compound(t, s, i - 1)))
		return 1;
	/* "... de Borel-Maisonny et de Chassagny" */
	return i >= 5 && !(s->words[i].dflags & D_FIRST) &&
	    word_is(s, i - 1, "de") && word_is(s, i - 2, "et") &&
	    assessment_compound(t, s, i - 4);
}

/* What w->epo holds besides eponym_position's answers 0, 1 and 2: not
 * asked yet, or not 1 with the answer 2 not asked yet (asked by the
 * row's values, which only need to know 1). */
#define EPO_UNKNOWN	(-1)
#define EPO_NOT_ONE	3

/* eponym_position once eponym_position_of said no: 2, a bare eponym by
 * its context (detect_thing.c) or a scale with its score ("IADL de
 * Lawton 4/8"), which the row's own values do not heed, or 0. */
static int
eponym_bare(const char *t, const struct detect_scratch *s, size_t i)
{
	return (s->words[i].flags & W_CAP) && (bare_thing(t, s, i) ||
	    acronym_scale(t, s, i) || article_town(t, s, i) ||
	    pet_name(t, s, i) || town_before_region(t, s, i) ||
	    travel_place(t, s, i) || assessment_eponym(t, s, i)) ? 2 : 0;
}

int
eponym_position(const char *t, const struct detect_scratch *s, size_t i)
{
	struct detect_word *w = &s->words[i];

	if (w->epo == EPO_UNKNOWN)
		w->epo = (int8_t)(eponym_position_of(t, s, i) ? 1 :
		    eponym_bare(t, s, i));
	else if (w->epo == EPO_NOT_ONE)
		w->epo = (int8_t)eponym_bare(t, s, i);
	return w->epo;
}

/* eponym_position(...) == 1 without bare_thing's look at the context
 * when the word was not asked before: the row's words (scan_row_names,
 * which asks it of the patient's own name found, nearly always no
 * eponym) are taken and most rules do not ask them again. */
int
eponym_position_row(const char *t, const struct detect_scratch *s, size_t i)
{
	struct detect_word *w = &s->words[i];

	/* "Taxi Lopes", "Ambulances Dubois-Lopes" of the patient Lopes: a
	 * business bears its owner's name, and the owner named like the
	 * patient is the patient or a relative (leaks19b); a place of
	 * care named so ("Hôpital Kerouredan") stays, the lead's rule */
	if (business_owner_position(t, s, i))
		return 0;
	if (w->epo == EPO_UNKNOWN)
		w->epo = (int8_t)(eponym_position_of(t, s, i) ? 1 :
		    EPO_NOT_ONE);
	return w->epo == 1;
}

/* Preceded by "Saint-"/"Sainte-": a place or a hospital ("Saint-Martin",
 * "Sainte-Anne"), never a person. */
int
after_saint(const struct detect_scratch *s, size_t i)
{
	return i > 0 && (word_is(s, i - 1, "saint") || word_is(s, i - 1, "sainte") ||
	    word_is(s, i - 1, "st") || word_is(s, i - 1, "ste"));
}

/* Word i starts a sentence: "Petit œdème", "Rose. Vue". */
int
sentence_start(const char *t, const struct detect_scratch *s, size_t i)
{
	if (i == 0)
		return 1;
	for (size_t k = s->words[i - 1].end; k < s->words[i].start; k++) {
		if (util_in_set(".!?:;\n\r(\"", t[k]))
			return 1;
		/* " - " between two items of a note ("RAS - Petit
		 * œdème"), not the hyphen of "Jean-Pierre" */
		if (t[k] == '-' && k > s->words[i - 1].end && t[k - 1] == ' ' &&
		    k + 1 < s->words[i].start && t[k + 1] == ' ')
			return 1;
	}
	return 0;
}

/* Is word i written as a name: with a capital where no sentence starts,
 * or in capitals among words that are not?  ("Patiente Blanc vue",
 * "Patiente BLANC vue"; not "Blanc de l'œil", "BLANC DE L'ŒIL".) */
int
written_as_name(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & (W_CAP | W_UPPER)) || sentence_start(t, s, i))
		return 0;
	if (w->flags & W_UPPER)
		return !(i > 0 && (s->words[i - 1].flags & W_UPPER)) &&
		    !(i + 1 < s->nwords && (s->words[i + 1].flags & W_UPPER));
	return 1;
}

/* Word i, capitalized, is followed by a verb it is the subject of:
 * "Blanche dit", "Jean a", "Rose ne veut", "MARIE DIT". */
int
subject_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	if (!(s->words[i].flags & (W_CAP | W_UPPER)))
		return 0;
	return verb_follows(t, s, i);
}

/* The same, whatever the case of word i ("rené a sonné"). */
int
verb_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a;

	if (i + 1 >= s->nwords)
		return 0;
	a = s->words[i].end;
	if (!((s->words[i + 1].start == a + 1 && t[a] == ' ') ||
	    (s->words[i + 1].start == a + 2 && t[a] == ' ' && t[a + 1] == ' ')))
		return 0;
	/* "a" the verb, not "à" (both fold to "a"): "Prudence à la" */
	if (word_is(s, i + 1, "a") && s->words[i + 1].end - s->words[i + 1].start != 1)
		return 0;
	return word_has(s, i + 1, D_SUBJVERB);
}

/* Word i alone in parentheses: "(Marine)", "son fils (Prudence)": a
 * first name given beside someone, not a word starting a sentence. */
int
in_parentheses(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->start > 0 && t[w->start - 1] == '(' &&
	    w->end < s->text_len && t[w->end] == ')';
}

/* May word i be (part of) a name, given how it is written?
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
inline __attribute__((always_inline)) int
namelike(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (w->flags & W_DIGIT)
		return 0;
	if (clinical_caps(s, i))
		return 0;
	if (!(w->flags & (W_CAP | W_UPPER)))
		return 0;
	/* "IDE J12 :", "kiné J3": a day of care, the letter J glued to its
	 * number and nothing after it, no initial (precision18) */
	if (w->nchars == 1 && wf(s, w)[0] == 'j' && i + 1 < s->nwords &&
	    s->words[i + 1].start == w->end &&
	    (s->words[i + 1].flags & W_DIGIT) && !(i + 2 < s->nwords &&
	    s->words[i + 2].start == s->words[i + 1].end))
		return 0;
	/* "Mme X GIR 2"; but "AIT" is a particle too ("AIT MOHAND") */
	return !word_has(s, i, D_NOTNAME) && (!word_has(s, i, D_CLINICAL) ||
	    word_has(s, i, D_PARTICLE | D_FIRST | D_LAST));
}

/* is_title (detect_int.h) past its first test: a word of the titles. */
int
is_title_rest(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!word_has(s, i, D_TITLE))
		return 0;
	/* "le pr", "AU PR", "du pr" in any case: the rheumatoid arthritis is
	 * feminine ("la PR"). */
	if (word_is(s, i, "pr") && i > 0 && joined(t, s, i - 1) &&
	    (word_is(s, i - 1, "le") || word_is(s, i - 1, "du") ||
	    word_is(s, i - 1, "au")))
		return 1;
	/* "m" and "pr" are units and abbreviations unless written "M", "Pr"
	 * ("PR" is a rheumatoid arthritis). */
	if ((word_is(s, i, "m") || word_is(s, i, "pr")) &&
	    (!(w->flags & W_CAP) || (w->flags & W_UPPER)))
		return 0;
	/* prec47a: glued by a hyphen to a code of one to three capitals or
	 * digits after it, no dot ("M-ABC 2", a motor test; "Edora 8 DR-T",
	 * a pacemaker's model), the title is a piece of that code, no title
	 * before a name.  Dotted initials after the hyphen ("M-C.D.") are not
 * read here. */
	if (!(w->flags & W_DOT) && i + 1 < s->nwords && t[w->end] == '-' &&
	    s->words[i + 1].start == w->end + 1 &&
	    ((s->words[i + 1].flags & (W_UPPER | W_DIGIT)) ||
	    s->words[i + 1].nchars == 1) &&
	    !(s->words[i + 1].flags & W_DOT) && s->words[i + 1].nchars <= 3)
		return 0;
	/* "M" needs a dot or a capitalized word after it. */
	if (word_is(s, i, "m") && !(w->flags & W_DOT) &&
	    (i + 1 >= s->nwords || !(s->words[i + 1].flags & (W_CAP | W_UPPER))))
		return 0;
	return 1;
}

/* Word j is an elided article, pronoun or negation before an ordinary
 * word: "N'A PAS PRIS", "L'AIDE", "D'ACCORD", "QU'IL"; not "N'Diaye",
 * "D'Almeida" (no ordinary words).
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
static inline __attribute__((always_inline)) int
elided(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	size_t b;

	if (j + 1 >= s->nwords || !(w->nchars == 1 || word_is(s, j, "qu")))
		return 0;
	b = s->words[j + 1].start;
	if (!((b == w->end + 1 && t[w->end] == '\'') || (b == w->end + 3 &&
	    memcmp(t + w->end, "\xe2\x80\x99", 3) == 0)))
		return 0;
	return !(s->words[j + 1].dflags & (D_FIRST | D_LAST)) &&
	    (s->words[j + 1].flags & W_DIGIT) == 0 && word_lexicon(t, s, j + 1);
}

/* Word i is held whole by a span of kind `kind`.  A word a span only
 * cuts (its start or its end inside the word: mark_words) is taken and
 * has no span (span_of is NULL there), so word_taken does not say that
 * span_of may be read (review25). */
static inline int
span_kind_at(const struct detect_scratch *s, size_t i, enum detect_kind kind)
{
	const struct detect_span *sp = span_of(s, i);

	return sp != NULL && sp->kind == kind;
}

/* Particles, one or more ("Van den", "de La", "N'"), then a name:
 * "Van den Broeck", "de La Fontaine", "N'Diaye". */
static int
particle_leads_to_name(const char *t, const struct detect_scratch *s,
    size_t j)
{
	size_t k;

	if (elided(t, (struct detect_scratch *)s, j))
		return 0;
	for (k = j; k + 1 < s->nwords && k < j + 3 && joined(t, s, k); k++)
		if (!word_has(s, k + 1, D_PARTICLE) || (namelike(s, k + 1) &&
		    !word_has(s, k + 1, D_NOTNAME)))
			/* not a title: "veuve de M. Rolland"; not a word
			 * a date took: "Mme Fonseca le Septembre 2023", "Dr
			 * Loic le Juillet 2017" (the "le" of a date,
			 * precision24; an address's word may be the name's
			 * still: "Mme de la Tour Hugo") */
			return namelike(s, k + 1) &&
			    !(s->words[k + 1].dflags & (D_EPONYM | D_TITLE)) &&
			    !span_kind_at(s, k + 1, DETECT_DATE);
	return 0;
}

/* Word i (a relative) says that a birth or married name follows: "née",
 * "ép.", and "épouse", "veuve" unless a possessive makes them the noun
 * ("son épouse").
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
birth_name_cue(const struct detect_scratch *s, size_t i)
{
	if (word_is(s, i, "nee") || word_is(s, i, "ep"))
		return 1;
	if (!word_is(s, i, "epouse") && !word_is(s, i, "veuve"))
		return 0;
	return i == 0 || !(word_is(s, i - 1, "son") || word_is(s, i - 1, "sa") ||
	    word_is(s, i - 1, "mon") || word_is(s, i - 1, "ma") ||
	    word_is(s, i - 1, "votre") || word_is(s, i - 1, "leur") ||
	    word_is(s, i - 1, "sa") || word_is(s, i - 1, "une") ||
	    word_is(s, i - 1, "l") || word_is(s, i - 1, "la") ||
	    word_is(s, i - 1, "cette"));
}

/* After "née", "ép.": particle j ("le", "de", "la" are date cues and
 * bridges too) before a name that is no ordinary word or is one of the
 * lists: "NÉE LE MEUR", "née Le Goff"; not "née le 3 mars", "NÉE LE
 * LENDEMAIN". */
static int
birth_particle(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k = j + 1;

	if (!word_has(s, j, D_PARTICLE) || k >= s->nwords || !joined(t, s, j))
		return 0;
	if (word_has(s, k, D_PARTICLE) && k + 1 < s->nwords && joined(t, s, k))
		k++;	/* "née de La Fontaine" */
	return namelike(s, k) && !(s->words[k].dflags & (D_EPONYM | D_TITLE)) &&
	    ((s->words[k].dflags & (D_FIRST | D_LAST)) ||
	    !word_lexicon(t, (struct detect_scratch *)s, k));
}

/* Word j ends as a feminine participle or an adverb does ("NÉE
 * PRÉMATURÉE", "NÉE PRÉMATURÉMENT"): what "née" (born) is said with,
 * not a name. */
static int
participle_like(const struct detect_scratch *s, size_t j)
{
	const char *f = wf(s, &s->words[j]);
	size_t n = s->words[j].fold_len;

	return (n > 3 && memcmp(f + n - 2, "ee", 2) == 0) ||
	    (n > 5 && memcmp(f + n - 4, "ment", 4) == 0);
}

/* Word j, the first after the title i, is a short name that is also a
 * word of the tables: a weak one written with a capital ("Dr Vu pour",
 * "Dr VU RPPS", Vietnamese Vũ) or two letters with a diacritic that
 * folds to a function word ("Mme Lê", "Dr Lý", "M. Võ": "le", "ly",
 * "vo").  Not in capitals after a title in capitals ("MME VU CE
 * JOUR"), nor after "M" or "Pr" alone (units, a rheumatoid arthritis). */
static int
short_name_after_title(const struct detect_scratch *s, size_t i, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (!(w->flags & (W_CAP | W_UPPER)) || (w->flags & W_DIGIT) ||
	    ((w->flags & W_UPPER) && (s->words[i].flags & W_UPPER)) ||
	    ((word_is(s, i, "m") || word_is(s, i, "pr")) &&
	    !(s->words[i].flags & W_DOT)))
		return 0;
	if ((w->dflags & (D_NOTNAME | D_WEAK)) == (D_NOTNAME | D_WEAK))
		return 1;
	return w->nchars == 2 && w->end - w->start > 2;
}

/* Word j follows "M." (no case of its own) and names all in capitals:
 * "M. JOAQUIM PINTO VERBALISE DES IDÉES", "M. GIUDICELLI RESTE": text in
 * capitals, where an ordinary word ends the name as after "MME". */
static int
caps_after_m(const struct detect_scratch *s, size_t i, size_t j)
{
	if (s->words[i].nchars != 1 || j < i + 2)
		return 0;
	for (size_t k = i + 1; k < j; k++)
		if (!(s->words[k].flags & W_UPPER) && !is_initial(s, k))
			return 0;
	return 1;
}


/* Word k is the adjective of a letter's salutation before its noun:
 * "chère madame chère consœur", "cher confrère" (a title before: the
 * lower-case word after "madame" was read as her name).
 * "madame cher" before no such noun (a surname) still goes. */
static __attribute__((noinline)) int
salutation_at(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const nouns[] = {
		"consoeur", "consoeurs", "confrere", "confreres", "collegue",
		"collegues", "ami", "amie", "amis", "amies", "docteur",
		"madame", "monsieur", "mademoiselle", "professeur", NULL,
	};
	static uint64_t nouns_filter;	/* word_in_filtered_list */

	const struct detect_word *w = &s->words[k];

	/* one load decides most words: "cher" to "cheres" */
	if (w->fold_len < 4 || w->fold_len > 6 || wf(s, w)[0] != 'c' ||
	    !(word_is(s, k, "cher") || word_is(s, k, "chere") ||
	    word_is(s, k, "chers") || word_is(s, k, "cheres")) ||
	    k + 1 >= s->nwords || !joined(t, s, k))
		return 0;
	return word_in_filtered_list(s, &s->words[k + 1], nouns);
}

/* names43: title i, in capitals, is a complement: a preposition
 * before it, or one and "LE" ("ADRESSEE PAR LE DR", "APPEL DU DR", "AU
 * DR", "AVEC LE DR").  No participle follows such a title ("PAR LE DR
 * PRÉVENU" is no French), so a word ending in "-i" or "-u" after it is
 * the surname ("PAR LE DR POLI (", "AU DR JOLI,"). */
static int
title_complement(const struct detect_scratch *s, size_t i)
{
	static const char *const preps[] = {
		"par", "au", "du", "de", "avec", "chez", "pour", NULL,
	};
	size_t p = i;

	if (!(s->words[i].flags & W_UPPER) || i == 0)
		return 0;
	p = i - 1;
	if ((word_is(s, p, "le") || word_is(s, p, "la")) && p > 0 &&
	    !word_is(s, p - 1, "au") && !word_is(s, p - 1, "du"))
		p--;
	/* names45: the preposition in any case ("vu par le DR POLI ce
	 * jour": a title in capitals in a note in lower case; no participle
	 * follows "par le DR" whatever the case of "par") */
	return in_list(preps, wf(s, &s->words[p]), s->words[p].fold_len);
}

/* All in capitals, an ordinary word after a title is a name where the
 * name ends at it: right after "DR" or "PR" before a clause end, a number
 * or a word of the tables ("DR DÉSIR RPPS", "AU DR CHAOUCH,"), or after
 * a first name or a word no dictionary has ("DR MANEX GARAT ;":
 * caps_surname_at_end); "MME CONFUSE CE MATIN", "DR PRÉVENU," stay. */
static int
caps_name_after_title(const char *t, const struct detect_scratch *s,
    size_t i, size_t j, size_t taken)
{
	const struct detect_word *w = &s->words[j];
	size_t e = w->end;

	if (taken > 0)
		return j > i + 1 && caps_surname_at_end(t, s, j);
	if (j != i + 1 || !(word_is(s, i, "dr") || word_is(s, i, "docteur") ||
	    word_is(s, i, "pr") || word_is(s, i, "professeur")) ||
	    !caps_word_name_shape_iu(t, s, j, title_complement(s, i) |
	    CAPS_SHAPE_OUX))
		return 0;
	while (e < s->text_len && t[e] == ' ')
		e++;
	return e >= s->text_len || util_in_set(",.;:/()", t[e]) ||
	    util_is_digit(t[e]) || (j + 1 < s->nwords && joined(t, s, j) &&
	    word_has(s, j + 1, D_NOTNAME));
}

/*
 * names30: all in capitals, word j right after "DR", "DOCTEUR", "PR" or
 * "PROFESSEUR" is an ordinary word shaped as a surname (caps9's shape:
 * no participle nor adjective by its ending, no word of the tables, of
 * care or of a service) before a participle of a call or a visit: the
 * doctor's surname ("DR PIGEON PREVENU", "DR VIGNERON APPELE"), since
 * the title alone stands before it ("DR PREVENU").  caps_surname_before_
 * verb's reading for the civil titles, for a doctor.  "DR DE GARDE
 * PREVENU", "DR TRAITANT PREVENU", "DR URGENTISTE APPELE", "DR SENIOR
 * PREVENU" stay.
 */
static int
caps_doctor_before_visit(const char *t, struct detect_scratch *s, size_t i,
    size_t j)
{
	static const char *const doctors[] = {
		"dr", "docteur", "pr", "professeur", NULL,
	};
	static uint64_t doctors_filter;	/* word_in_filtered_list */
	static const char *const visits[] = {
		"prevenu", "prevenue", "appele", "appelee", "contacte",
		"contactee", "informe", "informee", "joint", "jointe",
		"passe", "passee", "venu", "venue", NULL,
	};
	/* grades and posts a title is written before */
	static const char *const posts[] = {
		"senior", "junior", "interne", "chef", "regulateur", "medecin",
		"responsable", "coordinateur", "coordonnateur", NULL,
	};
	static uint64_t posts_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[j], *n;

	if (j != i + 1 || j + 1 >= s->nwords || !joined(t, s, j) ||
	    !(w->flags & W_UPPER) || !(s->words[i].flags & W_UPPER) ||
	    w->nchars < 4 ||
	    !word_in_filtered_list(s, &s->words[i], doctors) ||
	    word_in_filtered_list(s, w, posts) ||
	    !caps_word_name_shape(t, s, j) || acronym_shape(t, s, j) ||
	    service_word(s, j) || care_unit_or_agent(t, s, j) ||
	    dict_keep_has(w->fhash) || participle_like(s, j))
		return 0;
	n = &s->words[j + 1];
	return (n->flags & W_UPPER) &&
	    in_list(visits, wf(s, n), n->fold_len);
}

/*
 * names31: word i is "PR" in capitals that is_title refuses (a
 * rheumatoid arthritis, "la PR") but stands as the professor's title:
 * the next word is an ordinary word shaped as a surname before a
 * participle of a call or a visit (caps_doctor_before_visit: "PR
 * VIGNERON PREVENU", "AVIS : PR PIGEON APPELE"); a disease is no subject
 * of "PREVENU" ("PR EROSIVE CONNUE", "PR SEROPOSITIVE" stay).
 */
static int
caps_pr_before_visit(const char *t, struct detect_scratch *s, size_t i)
{
	/* what is said of the disease, which caps_doctor_before_visit's
	 * endings do not turn away ("PR RHUMATOIDE", "PR CONNUE") */
	static const char *const qualifiers[] = {
		"rhumatoide", "connue", "connu", "ancienne", "ancien",
		"hospitalier", "hospitaliere", "juvenile", "severe",
		"stable", "floride", "seronegative", "seropositive",
		"erosive", "active", "debutante", "evoluee", "recente",
		"familiale", NULL,
	};
	static uint64_t qualifiers_filter;	/* word_in_filtered_list */
	const struct detect_word *n;

	if (s->words[i].fold_len != 2 || !word_is(s, i, "pr") ||
	    !(s->words[i].flags & W_UPPER) || i + 1 >= s->nwords ||
	    !joined(t, s, i))
		return 0;
	n = &s->words[i + 1];
	return !word_in_filtered_list(s, n, qualifiers) &&
	    caps_doctor_before_visit(t, s, i, i + 1);
}

/* All in capitals, word j right after a title is an ordinary word (a
 * first name that is one: "MR JANVIER WIDNER", "MME MATERNE SCHAEFFER")
 * before a word in capitals no dictionary and no list has, four letters
 * at least, no acronym: a first name and its surname.  "MME CONFUSE CE
 * SOIR", "MR VU PAR", "MME AGITEE CETTE NUIT" stay (words after). */
static int
caps_word_before_unknown(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *n;

	if (j + 1 >= s->nwords || !joined(t, s, j) ||
	    (s->words[j].dflags & (D_NOTNAME | D_SUBJVERB | D_DATECUE |
	    D_CLINICAL | D_TERM | D_UNIT)))
		return 0;
	n = &s->words[j + 1];
	return (n->flags & W_UPPER) && !(n->flags & W_DIGIT) && n->nchars >= 4 &&
	    n->dflags == 0 && !word_lexicon(t, s, j + 1) &&
	    !dict_keep_has(n->fhash) && !acronym_shape(t, s, j + 1);
}

/*
 * All in capitals, word j right after a civil title is an ordinary word
 * that no list of names holds, and the next word is a verb it is the
 * subject of or a participle of a visit: the person's surname ("MME
 * PIGEON VUE CE JOUR", "MME CHAPELLE EST VENUE", "M. VIGNERON A
 * APPELE"), since the title alone would stand before that verb ("MME
 * EST VENUE", "MME VUE CE JOUR").  Not a word that says how the patient
 * is, by its ending ("MME ANXIEUSE EST VUE", "MME ALGIQUE A RECU", "MME
 * AGITEE", "MME SOMNOLENTE", "MME CALME" stays only while its next word
 * is no verb), nor a verb, a word of care or of the tables itself.
 */
static int verb_of_a_subject(const char *t, const struct detect_scratch *s,
    size_t k, int carer);

static int
caps_surname_before_verb(const char *t, struct detect_scratch *s, size_t i,
    size_t j)
{
	static const char *const civil[] = {
		"m", "mr", "mme", "mlle", "madame", "monsieur", "mademoiselle",
		NULL,
	};
	static const char *const state_ends[] = {
		"euse", "eux", "ique", "ive", "if", "ente", "ent", "ante",
		"ant", "ee", "ees", "able", "ible", "ile", "ale", "al", "ue",
		"ie", "ise", "use", NULL,
	};
	static const char *const visits[] = {
		"vu", "vue", "venu", "venue", "revu", "revue", "revenu",
		"revenue", "appele", "appelee", "contacte", "contactee",
		"prevenu", "prevenue", "informe", "informee", "hospitalise",
		"hospitalisee", "sorti", "sortie", "examine", "examinee", NULL,
	};
	/* "MME BIEN VUE", "MR TOUJOURS ALGIQUE" */
	static const char *const adverbs[] = {
		"bien", "mieux", "tres", "plus", "moins", "toujours", "deja",
		"encore", "aussi", "souvent", "jamais", "enfin", "puis",
		"ensuite", "egalement", "assez", "trop", "tout", "toute",
		"seul", "seule", "vite", "tard", "hier", "demain", NULL,
	};
	const struct detect_word *w = &s->words[j], *n;
	const char *f = wf(s, w);
	size_t len = w->fold_len, e;

	if (j != i + 1 || j + 1 >= s->nwords || !joined(t, s, j) ||
	    !in_list(civil, wf(s, &s->words[i]), s->words[i].fold_len) ||
	    in_list(adverbs, f, len) ||
	    w->nchars < 4 || (w->flags & W_DIGIT) ||
	    (w->dflags & (D_NOTNAME | D_SUBJVERB | D_SPEECH | D_DATECUE |
	    D_CLINICAL | D_TERM | D_UNIT | D_MONTH | D_STREET | D_TITLE |
	    D_RELATIVE | D_EPONYM)) || dict_keep_has(w->fhash) ||
	    participle_like(s, j))
		return 0;
	for (size_t k = 0; state_ends[k] != NULL; k++) {
		size_t m = strlen(state_ends[k]);
		if (len > m && memcmp(f + len - m, state_ends[k], m) == 0)
			return 0;
	}
	/* in capitals ("A", a word of one letter, is W_CAP only) */
	n = &s->words[j + 1];
	if (!(n->flags & (W_UPPER | W_CAP)) || (n->flags & W_DIGIT) ||
	    (!(n->flags & W_UPPER) && n->nchars > 1))
		return 0;
	if (verb_of_a_subject(t, s, j + 1, 0) ||
	    in_list(visits, wf(s, n), n->fold_len))
		return 1;
	/* names20: the given name after it, a first name of the lists in
	 * capitals (an ambiguous one too: "MME ABBÉ MARIE VUE CE JOUR",
	 * "M. PIGEON JEAN,"), then the clause's end or that verb: the
	 * surname first, as a title writes it in capitals */
	if (!(n->flags & W_UPPER) || n->nchars < 3 || service_word(s, j) ||
	    care_unit_or_agent(t, s, j) || !(n->dflags & D_FIRST) || (n->dflags & (D_WEAK | D_NOTNAME |
	    D_TITLE | D_RELATIVE | D_CLINICAL | D_EPONYM | D_TERM |
	    D_MONTH | D_SUBJVERB)))
		return 0;
	e = n->end;
	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e >= s->text_len || util_in_set(",.;:()", t[e]))
		return 1;
	if (j + 2 >= s->nwords || s->words[j + 2].start != e ||
	    !(s->words[j + 2].flags & (W_UPPER | W_CAP)) ||
	    (!(s->words[j + 2].flags & W_UPPER) && s->words[j + 2].nchars > 1))
		return 0;
	return verb_of_a_subject(t, s, j + 2, 0) ||
	    in_list(visits, wf(s, &s->words[j + 2]), s->words[j + 2].fold_len);
}

static size_t caps_particle_surname(const char *t, struct detect_scratch *s,
    size_t i, size_t j);

/* All in capitals after a title in capitals, particle j leads to an
 * ordinary word that no list has: "DR DE GARDE" (not "DR DE LA
 * FONTAINE"); names34: not a surname's particles and core
 * (caps_particle_surname: "MME DE LA TOUR", "SON FILS DU PONT"). */
static int
caps_particle_to_word(const char *t, struct detect_scratch *s, size_t i,
    size_t j)
{
	size_t k = j;

	if (!(s->words[i].flags & W_UPPER) || !(s->words[j].flags & W_UPPER) ||
	    caps_particle_surname(t, s, i, j) != NO_WORD)
		return 0;
	while (k + 1 < s->nwords && k < j + 3 && word_has(s, k, D_PARTICLE) &&
	    joined(t, s, k))
		k++;
	/* names20: a first name of the lists in capitals after the word
	 * says it was a surname ("MME DE LA TOUR HUGO VUE CE JOUR", "MME DU
	 * PONT CHANTAL") */
	if (k + 1 < s->nwords && joined(t, s, k) &&
	    (s->words[k + 1].flags & W_UPPER) && s->words[k + 1].nchars >= 3 &&
	    (s->words[k + 1].dflags & D_FIRST) &&
	    !(s->words[k + 1].dflags & (D_WEAK | D_NOTNAME | D_TITLE |
	    D_RELATIVE | D_CLINICAL | D_TERM | D_MONTH | D_SUBJVERB)))
		return 0;
	return (s->words[k].flags & W_UPPER) &&
	    !(s->words[k].dflags & (D_FIRST | D_LAST)) && word_lexicon(t, s, k);
}

/* precision27: role_adjective of a noun written with a capital, as a
 * ward's name is ("Transfert en Médecine Interne B.", "MÉDECINE INTERNE
 * B :"): the noun an ordinary word of the lexicon that no list of names
 * holds, "Interne" written as it is, and after it no more than a ward's
 * letter or digit, a lower-case word or punctuation.  A capitalized word
 * of two letters or more after it, or after a colon after it, or after
 * an initial after it, is left to the rules of names ("Médecine Interne
 * Pigeon", "Visite Interne : Pigeon", "Médecine Interne B Pigeon" are
 * read as the intern Pigeon, as before). */
static int
role_adjective_caps(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p = &s->words[i - 1], *w = &s->words[i];

	if ((p->flags & W_DIGIT) || p->nchars < 4 ||
	    ((p->flags & W_UPPER) && !(w->flags & W_UPPER)) ||
	    !(w->flags & (W_CAP | W_UPPER)) ||
	    (p->dflags & (D_FIRST | D_LAST | D_AMBIG | D_TITLE | D_RELATIVE |
	    D_RELATION | D_BRIDGE)) ||
	    !word_lexicon(t, (struct detect_scratch *)s, i - 1))
		return 0;
	/* nor after a colon: "Visite Interne : Pigeon" names the intern
	 * on duty (left raw at precision27; review28a) */
	if (i + 1 < s->nwords && (joined(t, s, i) || colon_then(t, s, i))) {
		const struct detect_word *n = &s->words[i + 1];

		if ((n->flags & (W_CAP | W_UPPER)) && !(n->flags & W_DIGIT) &&
		    n->nchars >= 2)
			return 0;
		/* a letter is the intern's initial, no ward's, before a
		 * surname with no dot between ("Interne B Pigeon") or in
		 * a compound ("Interne J.-P. Pigeon"); "Interne B. Mme"
		 * stays the ward (review28a) */
		if (n->nchars == 1 && i + 2 < s->nwords && joined(t, s, i + 1)) {
			const struct detect_word *m = &s->words[i + 2];

			if (t[n->end] == '.' ? t[n->end + 1] == '-' :
			    (m->flags & (W_CAP | W_UPPER)) &&
			    !(m->flags & W_DIGIT) && m->nchars >= 2)
				return 0;
		}
	}
	return 1;
}

/* Word i is "interne" or "externe" after a noun it qualifies, not the
 * caregiver: "médecine interne B", "malléole externe G.", "rotation
 * interne"; after a determiner or a preposition ("l'interne B.", "vu
 * par interne Martin") it is one.  */
int
role_adjective(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const before_role[] = {
		"pour", "avec", "selon", "chez", "vers", "sans", "contre",
		"entre", "sous", "apres", "avant", "dont", "leur", "leurs",
		"notre", "votre", "cette", "aupres", NULL,
	};
	static uint64_t before_role_filter;	/* word_in_filtered_list */
	const struct detect_word *p;

	if ((!word_is(s, i, "interne") && !word_is(s, i, "externe")) ||
	    i == 0 || !joined(t, s, i - 1))
		return 0;
	p = &s->words[i - 1];
	if (p->flags & (W_CAP | W_UPPER))
		return role_adjective_caps(t, s, i);
	return !(p->flags & W_DIGIT) && p->nchars >= 4 &&
	    !word_in_filtered_list(s, p, before_role) &&
	    !(p->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_BRIDGE));
}

/* word j, an eponym right after a title, is a surname when a
 * first name of the lists follows it, capitalized, no eponym, no word of
 * the tables ("Mme Parkinson Eleanor", "Mme Broca Yvette"), or a
 * capitalized word of three letters or more that no list, dictionary or
 * keep list has ("Miss Murphy Aoife"): "M. le Pr Parkinson a décrit" and
 * "Mme Fontaine" are left to the rules they had. */
static int
title_eponym_first(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *n;

	if (j + 1 >= s->nwords || !joined(t, s, j))
		return 0;
	n = &s->words[j + 1];
	if (!(n->flags & W_CAP) || (n->flags & (W_UPPER | W_DIGIT)))
		return 0;
	/* or a word no list nor dictionary has: "Miss Murphy Aoife" (an
	 * Irish first name), "M. Crohn Bastien" */
	if (!(n->dflags & ~(uint64_t)D_FEMALE) && n->nchars >= 3 &&
	    !word_lexicon(t, s, j + 1) && !dict_keep_has(n->fhash))
		return 1;
	return (n->dflags & D_FIRST) && !(n->dflags & (D_EPONYM | D_TITLE |
	    D_NOTNAME | D_CLINICAL | D_MONTH | D_RELATIVE));
}

/* Word j, an eponym right after a title, is a first name of the lists
 * before a surname: "Mr Gilbert Delorme", "M. Gilbert DUPONT" (the
 * syndrome is "maladie de Gilbert", never after a title and before a
 * surname).  The word after it a surname of the lists or a word no list
 * nor dictionary has, capitalized, no eponym, no word of the tables. */
static int
title_first_eponym(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *n;

	if (!(s->words[j].dflags & D_FIRST) || j + 1 >= s->nwords ||
	    !joined(t, s, j) || s->words[j + 1].start != s->words[j].end + 1)
		return 0;
	n = &s->words[j + 1];
	if (!(n->flags & (W_CAP | W_UPPER)) || (n->flags & W_DIGIT) ||
	    n->nchars < 3 || (n->dflags & (D_EPONYM | D_TITLE | D_NOTNAME |
	    D_CLINICAL | D_MONTH | D_RELATIVE | D_STREET | D_UNIT | D_TERM)))
		return 0;
	if (n->dflags & D_LAST)
		return 1;
	return !(n->dflags & ~(uint64_t)D_FEMALE) &&
	    !word_lexicon(t, s, j + 1) && !dict_keep_has(n->fhash);
}

/*
 * Word k, after the first word of a line by role, is a verb that word is
 * the subject of: then that word is a person, a surname that is also an
 * ordinary word ("Fille : Pigeon passera demain", "IDE : Vigneron fait
 * le pansement", "Voisine : Chapelle est passée"), not the line's first
 * word of care.  A verb of subject_verbs, or a future by its ending
 * ("passera", "viendra", "finira": no word of care ends so after its
 * noun).  After a carer, "fait" alone is the care's participle ("IDE :
 * Pansement fait", "Toilette fait ce matin"): a subject's only when an
 * object follows it ("fait le pansement", "fait sa toilette").
 */
static int
verb_of_a_subject(const char *t, const struct detect_scratch *s, size_t k,
    int carer)
{
	static const char *const determiners[] = {
		"le", "la", "les", "l", "un", "une", "des", "du", "son", "sa",
		"ses", "leur", "au", "aux", NULL,
	};
	static uint64_t determiners_filter;	/* word_in_filtered_list */
	const struct detect_word *v = &s->words[k];
	const char *f = wf(s, v);
	size_t n = v->fold_len;

	if (v->flags & W_DIGIT)
		return 0;
	if (n >= 5 && f[n - 1] == 'a' && f[n - 2] == 'r' &&
	    (f[n - 3] == 'e' || f[n - 3] == 'i' || f[n - 3] == 'd'))
		return 1;
	if (!(v->dflags & D_SUBJVERB))
		return 0;
	if (!carer || !word_is(s, k, "fait"))
		return 1;
	return k + 1 < s->nwords && joined(t, s, k) &&
	    word_in_filtered_list(s, &s->words[k + 1], determiners);
}

/*
 * Word j comes right after a caregiver's role or a relative and its
 * colon, a note's line by role ("IDE : Pansement refait", "AS : Toilette
 * faite", "Kiné : Marche avec déambulateur", "IDE : Lovenox 0,4 fait",
 * "IDE : paracetamol fait", "Fille : Inquiète pour le retour", "Épouse :
 * Présente ce jour"): the first word of a sentence, not the person's
 * name, when it is an ordinary word (word_lexicon), a drug or another
 * word of the keep lists (dict_keep_has: the INNs of the ATC index), a
 * clinical word or a term, that no list of names holds, and a word in
 * lower case or a number follows it: no verb of speech ("IDE : Faucon
 * signale": a surname no list has that is an ordinary word), no name's
 * word, title, relative or particle ("fille : rosier marie", "Épouse :
 * Faucon née Martin"), after a carer no time ("IDE : Vigneron ce
 * soir": who is on duty; cue_role_surnames takes a surname of the lists
 * there), after kin no verb a person is the subject of ("Fille : Vigneron
 * passera demain").  Still go: a name of the lists ("IDE : Martine fait", "IDE :
 * Marchand"), a word no dictionary has ("IDE : Kerouredan fait"), a word
 * alone or before a capitalized one ("IDE : Faucon,", "IDE : Pansement
 * Kerouredan").  The lexicon sweep found the family
 * (tests/scrub/lexicon_sweep.py; docs/scrub.md "Precision, nineteenth
 * pass").
 */
int
role_colon_content(const char *t, struct detect_scratch *s, size_t i,
    size_t j)
{
	const struct detect_word *w, *n, *r = &s->words[i];
	size_t a, b;
	unsigned role;
	int caps, carer;

	if (j != i + 1 || j >= s->nwords)
		return 0;
	a = r->end;
	b = s->words[j].start;
	if (!((b - a == 3 && memcmp(t + a, " : ", 3) == 0) || (b - a == 2 &&
	    memcmp(t + a, ": ", 2) == 0)))
		return 0;
	w = &s->words[j];
	if ((w->dflags & (D_FIRST | D_LAST)) || (w->flags & W_DIGIT) ||
	    w->nchars < 3 || j + 1 >= s->nwords || !joined(t, s, j))
		return 0;
	n = &s->words[j + 1];
	/* all in capitals, the word after is an ordinary one that no list
	 * of names holds ("IDE : PARACETAMOL FAIT"; "IDE : KEROUREDAN
	 * FAIT", "IDE : MARTINE DUPONT" still go) */
	caps = (r->flags & W_UPPER) && (w->flags & W_UPPER) &&
	    (n->flags & W_UPPER) && !(n->dflags & (D_FIRST | D_LAST)) &&
	    word_lexicon(t, s, j + 1);
	if (!(n->flags & W_DIGIT) && (((n->flags & (W_CAP | W_UPPER)) &&
	    !caps) || (n->dflags & (D_SPEECH | D_TITLE | D_RELATIVE |
	    D_PARTICLE)) || ((n->dflags & (D_FIRST | D_LAST)) &&
	    !(n->dflags & (D_WEAK | D_AMBIG)))))
		return 0;
	/* a carer or the staff (detect_role.c), or kin or a guard */
	role = role_kinds(s, i);
	carer = (role & (ROLE_CARER | ROLE_STAFF)) != 0;
	if (!carer && !(role & (ROLE_KIN | ROLE_GUARD)))
		return 0;
	if (carer && (word_is(s, j + 1, "ce") || word_is(s, j + 1, "cet") ||
	    word_is(s, j + 1, "demain") || word_is(s, j + 1, "hier")))
		return 0;
	/* a verb the word is the subject of: a person ("Fille : Vigneron
	 * passera demain", "IDE : Pigeon fait le pansement") */
	if (verb_of_a_subject(t, s, j + 1, carer))
		return 0;
	/* an acronym by its shape in a note not in capitals ("IDE : DMP
	 * consulté"; "IDE : GOAS fait" has a name's onset and goes) */
	if ((w->flags & W_UPPER) && !caps && acronym_shape(t, s, j))
		return 1;
	return (w->dflags & (D_TERM | D_CLINICAL)) || dict_keep_has(w->fhash) ||
	    word_lexicon(t, s, j);
}

/* Word j, a clinical abbreviation of two or three letters written as a
 * name is (a capital, then lower case: "Pa", "Po", "Ta"), inside a name
 * after a title, a capitalized name after it that no lexicon has: the
 * first syllable of a given name of two words after the surname, Hmong
 * ("Mme Thao Pa Nhia", "Mme Yang Pa Houa"), Lao or Vietnamese.  "PA
 * 13/8", "Mme Thao, PA 13/8", "Mme Thao Pa 13/8" stay a blood
 * pressure. */
static int
syllable_in_name(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j], *n;

	if (w->nchars < 2 || w->nchars > 3 || !(w->flags & W_CAP) ||
	    (w->flags & (W_UPPER | W_DIGIT)) || !word_has(s, j, D_CLINICAL) ||
	    j + 1 >= s->nwords || !joined(t, s, j))
		return 0;
	n = &s->words[j + 1];
	return (n->flags & W_CAP) && !(n->flags & (W_UPPER | W_DIGIT)) &&
	    n->nchars >= 3 && namelike(s, j + 1) && !word_lexicon(t, s, j + 1);
}

/* Word j is a word of care written capitalized right after a surname,
 * where a note goes on without a stop (precision20, from the lexicon
 * sweep's words after a name and the shapes of nurses' notes): a
 * carer's trade or grade, as a signature or a list of the staff writes
 * it after the carer's name ("Mme Durand Cadre de santé", "Dr Martin
 * Chef de service", "M. Petit Interne de garde", "Mme Blanc
 * Sage-femme"); a place, a means or a time of care ("Mme Dupont Bloc
 * 14h", "M. Martin Lit 3"); what was done or seen ("Mme Durand
 * Pansement refait", "Mme Dupont Chute ce matin").  The words that are
 * names of the lists ("Boulanger", "Meunier", "Marchand", "Selles") are
 * not asked (care_after_name's D_FIRST | D_LAST): they stay the name's;
 * nor a word right after a given name of the lists alone ("Mme Sophie
 * Cadre", "Mme Sophie Chute"), where it may be the surname. */
static int
care_after_surname(const char *t, const struct detect_scratch *s, size_t j)
{
	/* the trades are the role table's staff and carers, written
	 * whole (detect_role.c: not ROLE_CLIPPED, and the heads of two
	 * words below); a grade no table has */
	static const char *const grades[] = { "resident", "residente", NULL };
	/* a place, a means or a time of care written the same way, as a
	 * nurse's note goes on after the name without a stop ("Mme Dupont
	 * Bloc 14h", "Mme Dupont Ambulance 14h", "M. Martin Lit 3", "Mme
	 * Dupont Retour EHPAD demain", "Mme Dupont Repas mixé") */
	static const char *const things[] = {
		"bloc", "maternite", "laboratoire", "labo", "ambulance",
		"hopital", "clinique", "transport", "taxi", "brancard",
		"fauteuil", "lit", "repas", "retour",
		/* what the nurse's note then says was done or seen ("Mme
		 * Durand Pansement refait", "M. Martin Selles ce matin",
		 * "Mme Dupont Chute ce matin") */
		"pansement", "pansements", "toilette", "selles", "chute",
		"douleur", "douleurs", "diurese", "constantes", "glycemie",
		"tension", "sommeil", "appetit", "transit", "mobilisation",
		"lever", "traitement", "perfusion", "bilan", "surveillance",
		"refus", "agitation", "confusion", "fievre", "temperature",
		"alimentation", "hydratation", "mictions", "urines", "escarre",
		"plaie", "sonde", "injection", "prelevement", "vomissements",
		"nausees", "saturation", "poids", NULL,
	};
	static uint64_t things_filter;	/* word_in_filtered_list */
	/* the first word of a compound trade ("Sage-femme",
	 * "Aide-soignante") */
	static const char *const heads[] = { "sage", "aide", NULL };
	const struct detect_word *w = &s->words[j];

	/* after a given name alone the word may be the surname ("Mme
	 * Sophie Cadre"): only after a surname's word */
	if (j == 0 || ((s->words[j - 1].dflags & D_FIRST) &&
	    !(s->words[j - 1].dflags & D_LAST)))
		return 0;
	if (role_is(s, j, ROLE_STAFF | ROLE_CARER, ROLE_CLIPPED | ROLE_HEAD) ||
	    in_list(grades, wf(s, w), w->fold_len) ||
	    word_in_filtered_list(s, w, things))
		return 1;
	return in_list(heads, wf(s, w), w->fold_len) && w->end + 1 <
	    s->text_len && t[w->end] == '-' && (t[w->end + 1] == 'f' ||
	    t[w->end + 1] == 's' || t[w->end + 1] == 'F' ||
	    t[w->end + 1] == 'S');
}

/* Word j, capitalized, one space after a word of a person's name (a
 * title's, a relative's, the row's): a word of care rather than the
 * name's rest (precision19b, from the lexicon sweep: "Mme Dupont
 * Doliprane 1 g", "M. Martin Kinésithérapie demain", "Mme Kervazo
 * Cardiologie").  A drug (an INN of the ATC index, dict_drug_has, or a
 * one-word entry of the sensitive lexicon, the brands among them:
 * D_TERM); or a word of the lexicon that names a service or a carer by
 * its ending (service_word, care_unit_or_agent).  Not any word of the
 * lexicon before a dose: a surname that is an ordinary word stands
 * there too ("Mme Marie Pigeon 1 cp le soir", "vu avec Kerouredan Bounmy
 * 1 cp": the lead took that arm out).  A name of the lists is the name's second
 * part whatever it is ("Mme Dupont Rose", "M. Martin Pierre"), and so is
 * a word no dictionary has ("Kerouredan Bounmy 1 cp").  Not the English
 * medical dictionary: it holds eponyms and words that are surnames the
 * lists lack ("Homans", "Heberden", "Rami", "Levan": five names of the
 * dev sets lost their second word).  In capitals the title rule decides
 * ("Mme Marie DUPONT"). */
static int
care_after_name(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	/* a hyphen glues a compound name ("Mme Martin-Musique") */
	if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    (w->dflags & (D_FIRST | D_LAST)) || w->nchars < 3 ||
	    w->start == 0 || t[w->start - 1] != ' ')
		return 0;
	if ((w->dflags & D_TERM) || dict_drug_has(w->fhash))
		return 1;
	if (!word_lexicon(t, s, j))
		return 0;
	return service_word(s, j) || care_unit_or_agent(t, s, j) ||
	    care_after_surname(t, s, j);
}

/* names39: the care system's acronyms that are words of a language too
 * (English "has", "at"; "mas", a farmhouse), so that no table may hold
 * them (precision28 left them out of clinical_words): the health
 * authority (HAS), an occupational injury (AT), a specialised care home
 * (MAS), long-term illness (ALD), state medical aid (AME). */
static const char *const care_acronyms[] = {
	"has", "at", "mas", "ald", "ame", NULL,
};

/* names40: and those that are names of the lists or a surname's, which
 * care_acronym_after_name reads only after a word no list of first names
 * holds ("Mme Dupont EMA"; "Mme Marie CLAN", "Mme Martin EMA": a given
 * name's surname or birth name may follow, test_precision20): a mobile
 * team (EMA), an intercommunal hospital (CHI), a care plan or a smear
 * (PAP), the nutrition committee (CLAN). */
static const char *const care_acronyms_named[] = {
	"ema", "chi", "pap", "clan", NULL,
};

/* names39: word j, in capitals, one of care_acronyms, after a name a
 * title's run took written in mixed case ("Mme Durand HAS prévenue", "M.
 * Martin AT déclaré", "Mme Dupont MAS demandée"): the body or the file
 * the note speaks of, no birth name in capitals (which follows a name in
 * capitals as often: "Mme DURAND MAS" stays the name's).  Not before a
 * capitalized first name of the lists ("Mme Durand MAS Jeanne": a birth
 * name and its given name). */
static int
care_acronym_after_name(const char *t, const struct detect_scratch *s,
    size_t j)
{
	const struct detect_word *w = &s->words[j], *p;

	if (j == 0 || !(w->flags & W_UPPER) || (w->flags & W_DIGIT) ||
	    w->nchars < 2 || w->nchars > 4)
		return 0;
	p = &s->words[j - 1];
	/* nor after a first name alone ("Mme Marie HAS": the surname) */
	if ((p->flags & W_UPPER) || !(p->flags & W_CAP) ||
	    (p->dflags & (D_FIRST | D_LAST)) == D_FIRST ||
	    !(in_list(care_acronyms, wf(s, w), w->fold_len) ||
	    (!(p->dflags & D_FIRST) &&
	    in_list(care_acronyms_named, wf(s, w), w->fold_len))))
		return 0;
	return !(j + 1 < s->nwords && joined(t, s, j) &&
	    (s->words[j + 1].flags & W_CAP) &&
	    !(s->words[j + 1].flags & W_UPPER) &&
	    (s->words[j + 1].dflags & D_FIRST));
}

/* names40: word i is a plural title ("Mmes", "Drs", "Mesdames",
 * "Messieurs"), whose run plural_title_items goes on with. */
static int
plural_title(const struct detect_scratch *s, size_t i)
{
	static const char *const plural[] = { "mmes", "drs", "mesdames",
		"messieurs", NULL };

	return in_list(plural, wf(s, &s->words[i]), s->words[i].fold_len);
}

/* names39: word k of a list after a plural title may be an item: written
 * as the title's first name is (in capitals, or capitalized), no number,
 * no title, relative, role, month, clinical or care word ("Mmes Dupont,
 * IDE et AS": the carers). */
static int
plural_item_word(const char *t, struct detect_scratch *s, size_t k,
    uint32_t caps)
{
	const struct detect_word *w = &s->words[k];

	if ((w->flags & W_DIGIT) || w->nchars < 2 ||
	    (w->flags & (W_CAP | W_UPPER)) != caps ||
	    (w->dflags & (D_TITLE | D_RELATIVE | D_MONTH | D_DATECUE |
	    D_CLINICAL | D_TERM | D_UNIT | D_STREET | D_PLACE)) ||
	    word_has(s, k, D_ROLE) || dict_drug_has(w->fhash))
		return 0;
	return !service_word(s, k) && !care_unit_or_agent(t, s, k);
}

/* names39: the items of a list after a plural title ("Mmes PIGEON,
 * VIGNERON et CHAPELLE présentes", "Mmes Dupont, Martin et Lebras"): the
 * title's run took the first item, word j is the first word it left; each
 * item after ", " or " et " (" & ") is a surname whatever the lexicon
 * says, one word or a particle and its core ("et LE GALL"), as many as
 * six, the list ending after the item " et " brings.  A word in another
 * case or of the tables ends it ("Mmes Dupont, kiné et IDE"). */
static int
plural_title_items(const char *t, struct detect_scratch *s, size_t i,
    size_t j)
{
	uint32_t caps = s->words[i + 1].flags & (W_CAP | W_UPPER);
	int r, last = 0;

	for (int n = 0; n < 6 && !last && j < s->nwords && j > i + 1; n++) {
		size_t a = s->words[j - 1].end, b = s->words[j].start, e;

		if (b == a + 2 && t[a] == ',' && t[a + 1] == ' ')
			;
		else if (b == a + 1 && t[a] == ' ' && (word_is(s, j, "et") ||
		    word_is(s, j, "and")) && joined(t, s, j) &&
		    j + 1 < s->nwords)
			j++, last = 1;
		else if (b == a + 3 && memcmp(t + a, " & ", 3) == 0)
			last = 1;
		else
			break;
		e = j;
		/* a particle and its core: "et LE GALL", "et de La Tour" */
		while (e + 1 < s->nwords && e < j + 2 &&
		    word_has(s, e, D_PARTICLE) && joined(t, s, e) &&
		    particle_leads_to_name(t, s, e))
			e++;
		if (!plural_item_word(t, s, e, caps))
			break;
		if ((r = add_span(s, s->words[j].start, s->words[e].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		j = e + 1;
	}
	return 0;
}

/* names39: word j is an acronym of the tables written capitalized, not
 * in capitals ("Msa": the MSA, the farmers' insurer, is a word of the
 * tables; "Msa" is a Comorian surname): three to five letters, a
 * clinical word of the tables that no lexicon, English or French, holds.
 * The notes write the body in capitals; capitalized right after a title
 * it is a person ("M. Msa").  Not before a first name: the shorthand of
 * the tables is capitalized there as often ("Pte Maëlys Perrot", "Rdv
 * Marie"). */
static int
table_acronym_capitalized(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return (w->flags & (W_CAP | W_UPPER | W_DIGIT)) == W_CAP &&
	    w->nchars >= 3 && w->nchars <= 5 && (w->dflags & D_CLINICAL) &&
	    !(w->dflags & (D_TITLE | D_RELATIVE | D_NOTNAME)) &&
	    !english_has(w->fhash) && !word_lexicon(t, s, j);
}

static int	pain_score(const char *t, const struct detect_scratch *s,
		    size_t j);

/* Word j, after a name a title's run took, begins what follows the name,
 * not its next word, where a note in capitals runs everything together:
 * the birth cue ("Mme BALOGH Tunde NEE LE02.11.1970", "M. DUPONT NÉ LE
 * ..."; a birth name after it is the relative rule's: "NÉE GARAT"), the
 * pain scale before its score ("M. VERGNES Lucien EVA 7 sacrum",
 * pain_score: "Eva" is a first name of the lists). */
static int
title_run_stop(const char *t, const struct detect_scratch *s, size_t j)
{
	return word_is(s, j, "nee") || word_is(s, j, "ne") ||
	    pain_score(t, s, j);
}

/* Word j is glued to a result's "+" ("Conjoint Rh+", "Conjoint AB+"):
 * a blood group or an antigen read positive after a relative, no name.
 * Not the "-" of a negative one: a compound name cut by a space or a
 * comma ends so too ("fils Tisserand-, rappel"). */
int
sign_result_word(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t e = s->words[j].end;

	return e < s->text_len && t[e] == '+';
}

/* Word j, an eponym that is a name of the lists ("Gilbert", a first
 * name and a syndrome), right after a civil title (word i): "Mme Gilbert
 * est venue", "M. Gilbert a appelé" (names19c).  Only a doctor's title
 * names the man the disease is named after ("Dr Parkinson a décrit",
 * "Pr Charcot"); "Madame", "Monsieur", "Mme", "M." name a person of the
 * ward. */
static int
civil_title_eponym(const struct detect_scratch *s, size_t i, size_t j)
{
	static const char *const civil[] = { "m", "mr", "mme", "mmes", "mlle",
		"melle", "monsieur", "madame", "mademoiselle", "mrs", "miss",
		NULL };
	const struct detect_word *w = &s->words[j];

	return j == i + 1 && (w->flags & W_CAP) && w->nchars >= 3 &&
	    (w->dflags & (D_FIRST | D_LAST)) &&
	    !(w->dflags & (D_NOTNAME | D_CLINICAL | D_TERM)) &&
	    in_list(civil, wf(s, &s->words[i]), s->words[i].fold_len);
}

/* Word j, an eponym that is a name of the lists ("Gilbert": a first
 * name, a surname and a syndrome), right after a doctor's title (word
 * i): "transmis au Dr Gilbert pour signature", "appel du Dr Wilson",
 * "Dr Paget informé".  A note names the doctors of the ward and the
 * town; the man a disease is named after comes with what he described
 * ("Dr Parkinson a décrit", "décrite par le Pr Charcot en 1868"), which
 * keeps the word: a verb of discovery or a year within the next two
 * words (dev19b). */
static int
doctor_title_eponym(const char *t, const struct detect_scratch *s,
    size_t i, size_t j)
{
	static const char *const doctor[] = { "dr", "dre", "drs", "docteur",
		"doctoresse", "pr", "professeur", "professeure", NULL };
	static uint64_t doctor_filter;	/* word_in_filtered_list */
	static const char *const described[] = { "decrit", "decrite",
		"decrits", "decrites", "decrivit", "decouvert", "decouverte",
		"identifie", "identifiee", "publie", "publiee", "observe",
		"nomme", "nommee", "laisse", "donne", "montre", "definit",
		"defini", "definie", NULL };
	static uint64_t described_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[j];

	if (j != i + 1 || !(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    w->nchars < 3 || !(w->dflags & (D_FIRST | D_LAST)) ||
	    (w->dflags & (D_NOTNAME | D_CLINICAL | D_TERM)) ||
	    !word_in_filtered_list(s, &s->words[i], doctor))
		return 0;
	for (size_t k = j + 1; k < s->nwords && k <= j + 3; k++) {
		const struct detect_word *n = &s->words[k];

		if (!joined(t, s, k - 1) && !(n->flags & W_DIGIT))
			break;
		if (word_in_filtered_list(s, n, described))
			return 0;
		/* "Pr Charcot (1868)", "Dr Parkinson en 1817" */
		if ((n->flags & W_DIGIT) && n->end - n->start == 4 &&
		    (t[n->start] == '1' || t[n->start] == '2'))
			return 0;
	}
	return 1;
}

/* Birth cue i is "épouse" or "veuve" before "de" and a given name of
 * the lists that no list holds as a surname: the spouse's given name
 * ("Mme Mendes, épouse de Joaquim": the wife of Joaquim), no married
 * name with its particle ("épouse de La Fontaine", "veuve de Gaulle":
 * taken as before).  The given name is left to the rules that read a
 * name after "de" ("la fille de Joaquim"), as after "compagne de". */
static int
spouse_of_given_name(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *g;

	if (!(word_is(s, i, "epouse") || word_is(s, i, "veuve")) ||
	    i + 2 >= s->nwords || !word_is(s, i + 1, "de") ||
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)) || !joined(t, s, i + 1))
		return 0;
	g = &s->words[i + 2];
	return (g->flags & W_CAP) && !(g->flags & W_UPPER) &&
	    (g->dflags & D_FIRST) && !(g->dflags & (D_LAST | D_PARTICLE |
	    D_AMBIG));
}

/* The title i and word i+1 apart by one line break (LF, CR LF), a tab or
 * a vertical tab, the title's dot before it, spaces beside it, the word a
 * capital: the name on the next line ("Vu avec Mme\nVigneron", "appel de
 * M.\nPigeon Paul") or in the next cell of a text written with tabs is
 * the same evidence as after a space (names28).  Not a comma: "Madame,\nJe
 * vous adresse" is a salutation. */
static int
title_break_gap(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b, breaks = 0;

	if (i + 1 >= s->nwords ||
	    !(s->words[i + 1].flags & (W_CAP | W_UPPER)))
		return 0;
	b = s->words[i + 1].start;
	if (b - a > 6)
		return 0;
	if (a < b && t[a] == '.')
		a++;
	for (; a < b; a++) {
		if (t[a] == ' ')
			continue;
		if (t[a] == '\r' && a + 1 < b && t[a + 1] == '\n')
			a++;
		else if (t[a] != '\n' && t[a] != '\t' && t[a] != '\v')
			return 0;
		breaks++;
	}
	return breaks == 1;
}

static int sentence_opener(const struct detect_scratch *s, size_t i);
static int word_surname(const char *t, struct detect_scratch *s, size_t i);

/* names29: word j, an ordinary word at the start of the line after a
 * title written short ("Mme", "M.", "Dr", "Mlle", "Pr", "Me"), before
 * the sentence's rest in lower case ("Mme\nVigneron ce jour", "Dr\nChapelle
 * pour avis", "M.\nPigeon a appelé"): a short title is never a letter's
 * salutation ("Madame\nJe vous adresse", "Cher Monsieur\nVoici le
 * compte rendu" write the title whole), so the word that follows it is
 * its name unless it is a sentence's opener or pronoun ("Mme\nElle
 * refuse", "Dr\nVoici"), a word of the tables ("Mme\nTraitement
 * inchangé", "Dr\nService de cardiologie"), or a note's noun by its
 * ending (abstract_noun: "Mme\nConsultation ce jour").  Capitalized,
 * three letters at least, the next word in lower case. */
static int
short_title_break_word(const char *t, struct detect_scratch *s, size_t j)
{
	static const char *const shorts[] = {
		"mme", "m", "dr", "mlle", "pr", "me", "mr", "mmes", NULL,
	};
	static uint64_t shorts_filter;	/* word_in_filtered_list */
	static const char *const pronouns[] = {
		"elle", "elles", "ils", "nous", "vous", "les", "une", "des",
		"cette", "ces", "cet", "leur", "leurs", "sur", "par", "dans",
		"avec", "sans", "suite", "vue", "vu", "merci", "patient",
		"patiente", "patients", NULL,
	};
	static uint64_t pronouns_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[j], *m;

	if (j == 0 || j + 1 >= s->nwords || !(w->flags & W_CAP) ||
	    (w->flags & W_UPPER) || w->nchars < 3)
		return 0;
	m = &s->words[j - 1];
	if (!word_in_filtered_list(s, m, shorts) ||
	    (s->words[j + 1].flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    s->words[j + 1].start != w->end + 1 || t[w->end] != ' ')
		return 0;
	return !sentence_opener(s, j) && !word_in_filtered_list(s, w, pronouns) && word_surname(t, s, j) && !participle_like(s, j) &&
	    !abstract_noun(t, s, j);
}

/* Word j starts the line after a title (title_break_gap): a word of the
 * lists, one no dictionary has, or a particle before a name goes on as
 * after a space; an ordinary word only when its line or clause ends
 * after it or a first name follows ("Dr\nChapelle", "M.\nPigeon Paul"),
 * not at a line's or a heading's start ("Docteur\nCompte rendu",
 * "Madame\nJe vous adresse", "Mme\nLe patient"). */
static int
title_break_name(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (w->flags & W_DIGIT)
		return 0;
	if (word_has(s, j, D_PARTICLE))
		return particle_leads_to_name(t, s, j);
	if ((w->dflags & (D_FIRST | D_LAST)) && !word_has(s, j, D_NOTNAME))
		return 1;
	if (!word_lexicon(t, s, j) || j + 1 >= s->nwords)
		return 1;
	/* not a colon: a label at a line's start ("Madame\nObjet :",
	 * "Docteur\nConclusion :") */
	for (size_t k = w->end; k < s->words[j + 1].start; k++)
		if (util_in_set("\n\r\v\t,.;)", t[k]))
			return 1;
	if ((s->words[j + 1].flags & (W_CAP | W_UPPER)) &&
	    word_has(s, j + 1, D_FIRST) && !word_has(s, j + 1, D_NOTNAME))
		return 1;
	return short_title_break_word(t, s, j);
}

/* hostile28: the use name in capitals right before the cue of a birth or
 * married name in lower case that took a name: "TISSERAND épouse
 * CHAPELLE", "PRINCE née DAUPHIN", "VIGNERON ép. PIGEON", the identity
 * formula of an administrative record.  The name after the cue went, the
 * one before it stayed when it is an ordinary word in no list.  Not a
 * role or a title ("l'IDE épouse ..."), nor a word that is no name, nor
 * one of three letters or fewer no list of names holds (an acronym: "RAS
 * née ...", "HTA épouse ..."; "ROY née ..." goes), nor a word a span
 * has.  In a note all in capitals the cue is in capitals too: not read. */
static int
name_before_birth_cue(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w;
	size_t k;

	if (i == 0 || (s->words[i].flags & W_UPPER))
		return 0;
	k = i - 1;
	w = &s->words[k];
	if (!(w->flags & W_UPPER) || (w->flags & W_DIGIT) || (w->nchars < 4 &&
	    !word_has(s, k, D_FIRST | D_LAST)) || !joined(t, s, k) ||
	    w->end + 1 != s->words[i].start || word_taken(s, k) ||
	    word_has(s, k, D_RELATIVE | D_TITLE | D_NOTNAME))
		return 0;
	return add_span(s, w->start, w->end, DETECT_NAME, -1);
}

/* Names after a title: "Mme DUPONT", "Dr J.-P. Martin", "mme dupont". */
int
scan_titles(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *from = word_class(s, WC_TITLE, &n);
	int r;

	/* From a title or a relative (detect_run's gate; WC_TITLE). */
	for (size_t x = 0; x < n; x++) {
		size_t i = from[x], j, taken = 0, core = NO_WORD;
		int brk = 0;	/* a line break or a tab after the title */
		int relative = word_has(s, i, D_RELATIVE);
		int birth = relative && birth_name_cue(s, i);

		/* "ép." with its dot: "EP" is also a pulmonary embolism */
		if (relative && word_is(s, i, "ep") && !(s->words[i].flags & W_DOT))
			continue;
		if (relative && role_adjective(t, s, i))
			continue;
		if (relative) {
			/* "Personne de confiance : Rosine VUILLEMIN" */
			size_t a = s->words[i].end, b = s->words[i + 1].start;
			/* "son compagnon M. Prévost": the title's turn */
			if (is_title(t, s, i + 1))
				continue;
			/* "OPJ Brigadier Dumont": the rank's turn, a role
			 * before a role names no one by itself */
			if (!birth && word_has(s, i + 1, D_RELATIVE) &&
			    !word_has(s, i + 1, D_FIRST | D_LAST))
				continue;
			if (t[a] == '.' && word_is(s, i, "ep"))	/* "ép. OUCHÈNE" */
				a++;
			/* after "née", "ép.": a particle that leads to a
			 * name ("née LE MEUR", "ép. DE OLIVEIRA"; not "cadre
			 * DE SANTÉ") */
			/* names34: kin in capitals, then a surname's
			 * particles and core ("SON FILS DU PONT A APPELE":
			 * "DU" is a date's cue too) */
			core = caps_particle_surname(t, s, i, i + 1);
			if (core == NO_WORD && (!((b - a == 1 && t[a] == ' ') || (b - a == 2 &&
			    t[a] == ' ' && t[a + 1] == ' ') || (b - a == 3 &&
			    memcmp(t + a, " : ", 3) == 0) || (b - a == 2 &&
			    memcmp(t + a, ": ", 2) == 0)) || !(namelike(s, i + 1) ||
			    (birth && word_has(s, i + 1, D_PARTICLE) &&
			    particle_leads_to_name(t, s, i + 1) &&
			    !spouse_of_given_name(t, s, i))) ||
			    (word_has(s, i + 1, D_DATECUE | D_MONTH) &&
			    !(birth && birth_particle(t, s, i + 1)))))
				continue;	/* "la kiné Lundi" */
			/* "IDE : Pansement refait" (precision19) */
			if (role_colon_content(t, s, i, i + 1))
				continue;
			/* "Pharmacien : Seretide Diskus 500 1 inhalation": a
			 * product and its posology (precision16) */
			if (posology_after(t, s, i + 1) || (i + 2 < s->nwords &&
			    joined(t, s, i + 1) && posology_after(t, s, i + 2)))
				continue;
		} else if (!(is_title(t, s, i) || caps_pr_before_visit(t, s,
		    i)) || (!joined(t, s, i) &&
		    !(brk = title_break_gap(t, s, i))))
			continue;
		/* names40: the plurals the tables gained read names written
		 * with a capital only ("Drs présents ce jour") */
		else if (!word_is(s, i, "mmes") && plural_title(s, i) &&
		    !(s->words[i + 1].flags & (W_CAP | W_UPPER)))
			continue;
		for (j = i + 1; j < s->nwords && taken < MAX_NAME_WORDS &&
		    j <= i + MAX_NAME_WORDS + 3; j++) {
			const struct detect_word *w = &s->words[j];
			int ok;

			if (j > i + 1 && !joined(t, s, j - 1))
				break;
			if (brk && j == i + 1 && !title_break_name(t, s, j))
				break;
			/* names34: kin in capitals, a surname's particles
			 * and core ("SON FILS DU PONT A APPELE"): the name
			 * whole, the particles with it */
			if (relative && j == i + 1 && core != NO_WORD) {
				if ((r = add_span(s, w->start,
				    s->words[core].end, DETECT_NAME, -1)) < 0)
					return r;
				break;
			}
			/* All in capitals, a title does not swallow ordinary
			 * words: "MME BLANCHE MANOUKIAN CET APRÈS-MIDI",
			 * "SA FILLE APPELLE"; but a birth name follows "NÉE"
			 * ("NÉE GARAT": "garat" is "garât" without its
			 * accent).  But the word a particle taken led to is
			 * the name ("M. LE BRAS", "M. DE LA TOUR": the
			 * particle alone would leave it raw). */
			if (elided(t, s, j))
				break;
			/* "chère madame chère consœur": a salutation */
			if (!(w->flags & (W_CAP | W_UPPER)) && taken == 0 &&
			    !relative && salutation_at(t, s, j))
				break;
			if (!(birth && taken == 0 && !participle_like(s, j)) &&
			    (w->flags & W_UPPER) && ((s->words[i].flags & W_UPPER) ||
			    caps_after_m(s, i, j)) &&
			    !(w->dflags & (D_FIRST | D_LAST)) &&
			    !(word_has(s, j, D_PARTICLE) &&
			    particle_leads_to_name(t, s, j)) &&
			    word_lexicon(t, s, j) &&
			    !(!relative && caps_name_after_title(t, s, i, j, taken)) &&
			    !(!relative && taken == 0 && caps_word_before_unknown(t,
			    s, j)) &&
			    !(!relative && taken == 0 &&
			    caps_surname_before_verb(t, s, i, j)) &&
			    !(!relative && taken == 0 &&
			    caps_doctor_before_visit(t, s, i, j)) &&
			    !(j > i + 1 && word_has(s, j - 1, D_PARTICLE) &&
			    is_name_span(span_of(s, j - 1))))
				break;
			/* a name written with capitals does not go on with
			 * a weak name in lower case: "Dr Désir si >3" */
			if (taken > 0 && !(w->flags & (W_CAP | W_UPPER)) &&
			    (s->words[j - 1].flags & (W_CAP | W_UPPER)) &&
			    word_has(s, j, D_WEAK))
				break;
			/* "Mme Dupont Doliprane 1 g": a word of care after
			 * the name (precision19b) */
			if (taken > 0 && (care_after_name(t, s, j) ||
			    care_acronym_after_name(t, s, j)))
				break;
			/* "M. VERGNES Lucien EVA 7", "Mme X Y NEE LE ..." */
			if (taken > 0 && title_run_stop(t, s, j))
				break;
			/* "Conjoint Rh+", "Conjoint AB+" */
			if (relative && taken == 0 && sign_result_word(t, s, j))
				break;
			/* "Sage-femme PRADO :", "l'interne Erasmus :": a
			 * programme after its member (listed_thing) */
			if (relative && taken == 0 && listed_thing(t, s, j))
				break;
			if (is_initial(s, j))
				ok = 1;
			else if (word_has(s, j, D_PARTICLE) &&
			    particle_leads_to_name(t, s, j))
				ok = !caps_particle_to_word(t, s, i, j);
			else if (namelike(s, j))
				ok = 1;
			else if (notname_as_name(t, s, j))
				ok = 1;	/* "Dr VU (RPPS)", "M. Vu," */
			else if (taken == 0 && !relative &&
			    short_name_after_title(s, i, j))
				ok = 1;	/* "Dr Vu pour", "Mme Lê accompagnée" */
			else if (taken > 0 && !relative && !(w->flags & W_DIGIT) &&
			    (w->dflags & (D_FIRST | D_LAST)) &&
			    !word_has(s, j, D_NOTNAME))
				ok = 1;	/* "dr. héléna cousin" */
			else if (taken > 0 && !relative &&
			    syllable_in_name(t, s, j))
				ok = 1;	/* "Mme Thao Pa Nhia" */
			else if (taken == 0 && !relative && j == i + 1 &&
			    caps_pr_before_visit(t, s, i))
				ok = 1;	/* "PR VIGNERON PREVENU" (names31) */
			else if (taken == 0 && !relative && j == i + 1 &&
			    table_acronym_capitalized(t, s, j))
				ok = 1;	/* "M. Msa" (names39) */
			else if (taken == 0 && !relative && !(w->flags & W_DIGIT) &&
			    !word_is(s, i, "m") && !word_is(s, i, "pr") &&
			    w->nchars >= 3 && !word_has(s, j, D_NOTNAME) &&
			    !(w->dflags & (D_AMBIG | D_SUBJVERB | D_SPEECH)))
				ok = 1;	/* "mme dupont": case lost; "mme refuse" */
			else
				ok = 0;
			if (!ok)
				break;
			/* "Dr Parkinson" is rare; "de Parkinson" not.  But
			 * a first name after it says whose name it
			 * is ("Mme Parkinson Eleanor", "M. Crohn Bastien") */
			if (w->dflags & D_EPONYM && !(w->flags & W_UPPER) &&
			    !title_eponym_first(t, s, j) &&
			    !(taken == 0 && !relative &&
			    title_first_eponym(t, s, j)) &&
			    !(taken == 0 && !relative &&
			    civil_title_eponym(s, i, j)) &&
			    !(taken == 0 && !relative &&
			    doctor_title_eponym(t, s, i, j)))
				break;
			if ((r = add_span(s, w->start, w->end + (is_initial(s, j) ?
			    1 : 0), is_initial(s, j) ? DETECT_INITIAL : DETECT_NAME,
			    -1)) < 0)
				return r;
			taken += !word_has(s, j, D_PARTICLE);	/* "Van den" */
		}
		if (birth && taken > 0 &&
		    (r = name_before_birth_cue(t, s, i)) < 0)
			return r;
		/* names39: "Mmes PIGEON, VIGNERON et CHAPELLE" */
		if (!relative && taken > 0 && plural_title(s, i) &&
		    (r = plural_title_items(t, s, i, j)) < 0)
			return r;
	}
	return 0;
}

/* The word beside word i (dir -1: before, 1: after), over up to two
 * particles ("Jean Le Bihan", "Mamadou De Smet"), all joined; NO_WORD if
 * none.
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
inline __attribute__((always_inline)) size_t
across_particles(const char *t, const struct detect_scratch *s, size_t i,
    int dir)
{
	size_t j = i;

	for (int k = 0; k < 3; k++) {
		/* (after: the last word is joined to none, tokenize says
		 * so, so that its bit alone answers; speed31c) */
		if (dir < 0 ? j == 0 || !joined(t, s, j - 1) :
		    !s->words[j].joined)
			return NO_WORD;
		j = dir < 0 ? j - 1 : j + 1;
		/* one test of the word's bits (speed31c) */
		if ((s->words[j].dflags & D_PARTICLE) == 0 ||
		    (s->words[j].touched | (k == 2)))
			return k == 2 && word_has(s, j, D_PARTICLE) ? NO_WORD : j;
	}
	return NO_WORD;
}

/* English verbs after their subject, as a note quotes an English
 * speaker's words or a message ("Hill called", "Ward says he"): with
 * the past tenses in -ed (english_person_verb). */
static const char *const english_person_verbs[] = {
	"said", "says", "came", "comes", "went", "goes", "rang", "rings",
	"told", "tells", "left", "asked", "asks", "wants", "needs", "thinks",
	"feels", "gave", "gives", "took", "takes", "saw", "sees", "spoke",
	"speaks", "wrote", "writes", "brought", "was", "has", "had", "will",
	"would", "can", "could", "should", "does", "did", "knows", "knew",
	"got", "gets", "lives", "works", NULL,
};

/* The folded word f of n bytes is an English verb after a person:
 * english_person_verbs or a past tense in -ed ("called", "phoned",
 * "visited"; not "bed", "red": four letters at least). */
static int
english_person_verb(const char *f, size_t n)
{
	if (n >= 4 && f[n - 2] == 'e' && f[n - 1] == 'd')
		return 1;
	return in_list(english_person_verbs, f, n);
}

/* Word i, a surname of the lists that English writes as a common noun
 * (wamerican, english_has: "ward", "will"), before a lower-case common
 * English word that is no verb a person is the subject of (D_SUBJVERB:
 * "est", "part", "sort" are English words too): an English compound at
 * the head of a line ("Ward round: patient stable"), read
 * like the lexicon where no name is shown as one.  "Ward appelle",
 * "Ward est là" (a verb after it), "Mr Ward round" (a title) stay a
 * person's. */
static int
english_compound(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *v;

	if (i + 1 >= s->nwords || !joined(t, s, i) || w->fold_len < 3 ||
	    !(w->flags & W_CAP) || (w->flags & W_UPPER))
		return 0;
	v = &s->words[i + 1];
	if ((v->flags & (W_CAP | W_UPPER | W_DIGIT)) || v->fold_len < 3 ||
	    (v->dflags & (D_FIRST | D_LAST | D_SUBJVERB)) ||
	    !english_has(w->fhash) || !english_has(v->fhash))
		return 0;
	/* in a note not written in English, an English verb a person is
	 * the subject of makes the word a person's name ("Hill called
	 * today", "Ward says"): the compound only before another word */
	return comment_english(t, s) || !english_person_verb(wf(s, v),
	    v->fold_len);
}

/* Word i does not stand where a capital says "name": at the start of a
 * sentence, right after a comma (but "KONATÉ, Toussaint"), or in
 * capitals among capitals; after a colon or alone in parentheses it may
 * ("Famille : Poirier", "son mari (Toussaint)"). */
static int
weak_name_position(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t k = s->words[i].start;

	while (k > 0 && t[k - 1] == ' ')
		k--;
	if (k > 0 && (t[k - 1] == ':' || (t[k - 1] == '(' &&
	    in_parentheses(t, s, i))))
		return 0;
	if (k > 0 && t[k - 1] == ',')
		return !(i > 0 && is_name_span(span_of(s, i - 1)));
	return !written_as_name(t, s, i);
}

/* Word j is a word of not_names that the Faker lists also hold as a
 * name ("Vu", Vietnamese Vũ: D_NOTNAME | D_WEAK), after a title or a
 * relation, with a capital before a punctuation mark ("Dr VU (RPPS)",
 * "Mme Vu,", "l'AS VU ;", "Van Hung Vu, pas", "la sage-femme VU --
 * RDV", a dash between spaces), never before a word or a
 * number ("Dr Martin vu ce jour", "VU PAR", "M. Dupont Vu ce jour", "LA
 * FAMILLE AU 05..."). */
int
notname_as_name(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	size_t k;

	if ((w->dflags & (D_NOTNAME | D_WEAK)) != (D_NOTNAME | D_WEAK) ||
	    !(w->flags & (W_CAP | W_UPPER)) || w->nchars < 2)
		return 0;
	if (w->end < s->text_len && t[w->end] == '(')
		return 0;	/* "VU(E) CE JOUR" */
	if (j + 1 >= s->nwords)
		return 1;
	for (k = w->end; k < s->words[j + 1].start; k++)
		if (util_in_set(",;:.)?!/(", t[k]))
			return 1;
	/* a dash between spaces ends an item too ("la sage-femme VU --
	 * RDV", " - ", " — ") after a relative or a carer in lower case
	 * ("Patient VU - RAS" stays): a hyphen glued is a compound's */
	k = w->end;
	if (j > 0 && word_has(s, j - 1, D_RELATIVE) &&
	    !(s->words[j - 1].flags & (W_CAP | W_UPPER)) &&
	    !word_is(s, j - 1, "patient") && !word_is(s, j - 1, "patiente") &&
	    k + 2 < s->words[j + 1].start && t[k] == ' ' && (t[k + 1] == '-' ||
	    ((unsigned char)t[k + 1] == 0xe2 && (unsigned char)t[k + 2] ==
	    0x80 && k + 3 < s->words[j + 1].start &&
	    ((unsigned char)t[k + 3] == 0x93 || (unsigned char)t[k + 3] ==
	    0x94))))
		return 1;
	return 0;
}

/* Word i is followed by the result of a sign or a test ("Allen négatif",
 * "Lasègue positif", "Murphy +"): a sign named after someone, not a
 * person, without "signe de" before it ("Allen" is a name of the Faker
 * lists, and a test). */
static int
sign_result_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const results[] = {
		"positif", "positive", "negatif", "negative", "pos", "neg",
		NULL,
	};
	static uint64_t results_filter;	/* word_in_filtered_list */
	size_t e = s->words[i].end;

	if (e < s->text_len && t[e] == ' ')
		e++;
	if (e < s->text_len && t[e] == '+' &&
	    (e + 1 == s->text_len || !is_alnum_byte(t[e + 1])))
		return 1;	/* "Murphy +" ("Pierre - RAS" is a name) */
	return i + 1 < s->nwords && s->words[i + 1].start - s->words[i].end <= 2 &&
	    word_in_filtered_list(s, &s->words[i + 1], results);
}

/* Word j is a name of the lists written as one, not a weak one (nor the
 * "h" of "Floc'h", a part of a listed name: "17H. GROS"). */
int
listed_name(const struct detect_scratch *s, size_t j)
{
	return namelike(s, j) && (s->words[j].dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[j].dflags & D_WEAK) && s->words[j].nchars >= 2;
}

/* A weak name (D_WEAK: "Duc", "Thi", "Gros") is one only right beside a
 * name found or a name of the lists that is no ordinary word ("Duc
 * PHAM"): not across a particle ("Appel de Mme X"), not beside an initial
 * ("17H. GROS"). */
int
weak_beside(const char *t, const struct detect_scratch *s, size_t i)
{
	if (i > 0 && joined(t, s, i - 1) && (is_name_span(span_of(s, i - 1)) ||
	    (listed_name(s, i - 1) && !word_has(s, i - 1, D_AMBIG))))
		return 1;
	return i + 1 < s->nwords && joined(t, s, i) &&
	    (is_name_span(span_of(s, i + 1)) || (listed_name(s, i + 1) &&
	    !word_has(s, i + 1, D_AMBIG)));
}

/* Word i is a possessive determiner ("son", "sa", "ses", "leur"...). */
static int
possessive_word(const struct detect_scratch *s, size_t i)
{
	static const char *const possessives[] = {
		"son", "sa", "ses", "mon", "ma", "mes", "ton", "ta", "tes",
		"leur", "leurs", "notre", "nos", "votre", "vos", NULL,
	};
	static uint64_t possessives_filter;	/* word_in_filtered_list */

	return word_in_filtered_list(s, &s->words[i], possessives);
}

/* Word i is a relative or a relation written with its capital where a
 * sentence or an item starts, before a capitalized word: "Neveu Pierre
 * Gauthier présent", "Bébé Lucas né le", "Fils Marc au tel": the word
 * that announces the name (scan_titles, scan_relations take what
 * follows), not a part of it, though "Neveu" and "Bebe" are in the name
 * lists.  In capitals ("NEVEU Pierre") or after a title ("M. Neveu") it
 * is a name. */
static int
kin_before_name(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (!(word_has(s, i, D_RELATIVE | D_RELATION) || word_is(s, i, "bebe")))
		return 0;
	/* precision24: after a possessive, in capitals too ("VIT AVEC SON
	 * NEVEU KOUADIO", "MSG LAISSE A SON VOISIN MARIE-JOSEE BERTIN"): a
	 * possessive never comes before a surname */
	if (!(i > 0 && joined(t, s, i - 1) && possessive_word(s, i - 1)) &&
	    (!(w->flags & W_CAP) || (w->flags & W_UPPER) ||
	    !(sentence_start(t, s, i) || !joined(t, s, i - 1))))
		return 0;
	return i + 1 < s->nwords && joined(t, s, i) &&
	    (s->words[i + 1].flags & (W_CAP | W_UPPER)) &&
	    !word_has(s, i + 1, D_TITLE);
}

/* Word i starts an employer's name, after a "chez" of work
 * (employer_chez): "travaille en CDI chez Renault Flins", "technicienne
 * chez Thales", "boulangère chez Maison Fabre"; not a first name before
 * a name of the lists ("cuisinier chez Paul Bocuse": a person, maybe the
 * employer) nor a title ("chez M. Dupont"). */
static int
employer_name(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t c = i;

	/* "boulangère chez Maison Fabre": a firm's "Maison" between */
	if (c >= 2 && word_is(s, c - 1, "maison") && (s->words[c - 1].flags &
	    W_CAP) && joined(t, s, c - 1))
		c--;
	if (c == 0 || !word_is(s, c - 1, "chez") || !joined(t, s, c - 1) ||
	    word_has(s, i, D_TITLE) || !employer_chez(t, s, c - 1))
		return 0;
	return !((s->words[i].dflags & D_FIRST) && i + 1 < s->nwords &&
	    joined(t, s, i) && (s->words[i + 1].dflags & (D_FIRST | D_LAST)));
}

/* Word i, a name of the lists ("German" is a first name of Faker's
 * Spanish list), is a nation's adjective before the English noun it
 * qualifies: "Mr Müller Stefan, German national", "German tourist".  An
 * adjective of detect_demonym (the languages of ISO 639-2, in -ish,
 * -ese, -man) capitalized, and a common English word in lower case after
 * it that is no name of the lists nor a verb a person is the subject of
 * ("German est venu" is a person).  Asked of a capitalized name of the
 * lists whose last bytes are those endings. */
int
nation_adjective(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *n;
	const char *f = wf(s, w);

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER) || w->fold_len < 5 ||
	    !(lit_is("man", f + w->fold_len - 3, 3) || lit_is("ish", f +
	    w->fold_len - 3, 3) || lit_is("ese", f + w->fold_len - 3, 3)) ||
	    i + 1 >= s->nwords || !joined(t, s, i))
		return 0;
	n = &s->words[i + 1];
	if ((n->flags & (W_CAP | W_UPPER | W_DIGIT)) || (n->dflags & (D_FIRST |
	    D_LAST | D_SUBJVERB | D_PARTICLE | D_TITLE)) || n->fold_len < 3 ||
	    (i > 0 && word_has(s, i - 1, D_TITLE | D_RELATIVE | D_RELATION)))
		return 0;
	return demonym_has(w->fhash) && english_has(n->fhash);
}

/* The words of [base, base + 64) scan_dictionary's loops visit, bit k
 * word base + k: m's (bit k: word k) for the first 64 of a comment of
 * 64 words or fewer, every word when all (a comment of more than 64
 * words).  The loops take the bits one by one (one branch a word: a
 * next-bit function's test of what was left and the loop's own of the
 * index it returned were mispredicted together at each loop's end,
 * speed31c). */
static inline uint64_t
mask_chunk(uint64_t m, size_t base, size_t n, int all)
{
	size_t left = n - base;

	if (!all)
		return base == 0 ? m : 0;
	return left >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << left) - 1;
}

/* The words scan_dictionary's loops may start from, by what they are
 * alone (flags and dictionary bits: the same whenever read), one bit a
 * word: in *names a name of the lists, no number, no eponym, with a
 * capital or, in lower case, a first name neither weak nor ambiguous
 * (the only one that loop takes there); in *caps a word in capitals of
 * three letters or more and of no table.  Made without a branch on the
 * word: the loops visit the few words set, where they tested and
 * mispredicted the flags of every word, up to three times. */
static void
dictionary_starts(const struct detect_scratch *s, uint64_t *names,
    uint64_t *caps)
{
	/* The masks in locals, stored once: through the pointers (a
	 * uint64_t may be s->nwords, a size_t) the compiler stored both and
	 * reloaded the words' count and address at every word.  Then the
	 * whole tests only of the words that may pass one, a name of the
	 * lists or a word in capitals (the first mask, a few instructions a
	 * word; its bits visited in order, no branch on a word's flags):
	 * the tests of every word were some forty instructions a word
	 * (speed23c). */
	const struct detect_word *w = s->words;
	size_t n = s->nwords < 64 ? s->nwords : 64;
	uint64_t may = 0, nm = 0, cp = 0;

	if (s->nwords <= 64)
		/* the names of the lists from tokenize's mask, the words
		 * in capitals from their class bytes: the walk that tested
		 * both of every word was some thirteen instructions a word
		 * (speed30c) */
		may = s->name_words | wcls_mask64(s, W_UPPER);
	else
		for (size_t i = 0; i < n; i++)
			may |= (uint64_t)(((w[i].dflags & (D_FIRST | D_LAST)) |
			    (w[i].flags & W_UPPER)) != 0) << i;
	for (; may != 0; may &= may - 1) {
		size_t i = (size_t)__builtin_ctzll(may);
		uint64_t f = w[i].dflags;
		uint32_t fl = w[i].flags, nc = w[i].nchars;
		unsigned cap = (fl & (W_CAP | W_UPPER)) != 0;

		nm |= (uint64_t)(((fl & W_DIGIT) == 0) &
		    (nc >= 2) & ((f & (D_FIRST | D_LAST)) != 0) &
		    ((f & D_EPONYM) == 0) & (cap | (((f & (D_WEAK |
		    D_AMBIG)) == 0) & ((f & D_FIRST) != 0)))) << i;
		cp |= (uint64_t)(((fl & W_UPPER) != 0) &
		    (nc >= 3) & ((f & (D_NOTNAME | D_TITLE | D_RELATIVE |
		    D_EPONYM | D_CLINICAL)) == 0)) << i;
	}
	*names = nm;
	*caps = cp;
}

/* Names from the dictionary.  A word that is also a common French word
 * ("Petit", "Blanc", "Marie") counts only next to another name. */
int
scan_dictionary(const char *t, struct detect_scratch *s)
{
	int r, changed = 1, all = s->nwords > 64;
	size_t n = s->nwords;
	uint64_t names, caps;

	/* From a name of the dictionary, both loops (detect_run's gate),
	 * over the words dictionary_starts lets through. */
	dictionary_starts(s, &names, &caps);
	/* Twice: an ambiguous word beside a name found in the first pass. */
	for (int pass = 0; pass < 3 && changed; pass++) {
		changed = 0;
		for (size_t base = 0; base < n; base += 64)
		for (uint64_t b = mask_chunk(names, base, n, all); b != 0;
		    b &= b - 1) {
			size_t i = base + (size_t)__builtin_ctzll(b);
			const struct detect_word *w = &s->words[i];
			uint64_t f;
			int left, right;

			if (w->flags & W_DIGIT || word_taken(s, i) || w->nchars < 2)
				continue;
			f = w->dflags;
			if (!(f & (D_FIRST | D_LAST)) || (f & D_EPONYM) ||
			    after_saint(s, i) || eponym_position(t, s, i) ||
			    sign_result_follows(t, s, i) || clinical_caps(s, i) ||
			    kin_before_name(t, s, i) || employer_name(t, s, i) ||
			    lab_notation(t, s, i) ||
			    /* names40: "Mme Dupont EMA ce jour", a name
			     * of the lists the care system's acronym is */
			    ((w->flags & W_UPPER) &&
			    care_acronym_after_name(t, s, i)))
				continue;
			size_t pl = across_particles(t, s, i, -1);
			size_t pr = across_particles(t, s, i, 1);

			left = pl != NO_WORD && (is_name_span(span_of(s, pl)) ||
			    is_initial(s, pl) || listed_name(s, pl));
			right = pr != NO_WORD && (is_name_span(span_of(s, pr)) ||
			    listed_name(s, pr));
			/* A surname that is an ordinary word where no name
			 * is shown as one ("Rivière de larmes", "..., Poirier
			 * en fleurs", "SON FILS EST BOULANGER"): only beside
			 * another name, as ambiguous.txt's. */
			if ((f & D_LAST) && !(f & (D_FIRST | D_AMBIG)) &&
			    !left && !right && !(i > 0 && joined(t, s, i - 1) &&
			    is_initial(s, i - 1)) && weak_name_position(t, s, i) &&
			    (word_lexicon(t, s, i) || english_compound(t, s, i)) &&
			    !(pr != NO_WORD &&
			    unknown_capitalized(t, s, pr)) && !(pl != NO_WORD &&
			    unknown_capitalized(t, s, pl)))
				continue;
			if (f & D_WEAK) {
				if (!(w->flags & (W_CAP | W_UPPER)) ||
				    !weak_beside(t, s, i))
					continue;
			} else if (f & D_AMBIG) {
				if (!((w->flags & (W_CAP | W_UPPER)) && (left || right)))
					continue;
			} else if (!(w->flags & (W_CAP | W_UPPER))) {
				/* lower case: "jean dupont" typed fast */
				uint64_t g = 0;
				if (i + 1 < s->nwords && joined(t, s, i))
					g = s->words[i + 1].dflags;
				if (!(g & (D_FIRST | D_LAST)) || (g & (D_AMBIG | D_EPONYM)) ||
				    !(f & D_FIRST) || !(g & D_LAST))
					continue;
				if ((r = add_span(s, s->words[i + 1].start,
				    s->words[i + 1].end, DETECT_NAME, -1)) < 0)
					return r;
			}
			/* asked last, of the words about to be taken */
			if (nation_adjective(t, s, i))
				continue;
			if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
				return r;
			changed |= r;
		}
	}
	/* A surname the dictionary lacks, in capitals beside a first name it
	 * has: "Véronique HENNEQUART", "HENNEQUART Véronique". */
	for (size_t base = 0; base < n; base += 64)
	for (uint64_t b = mask_chunk(caps, base, n, all); b != 0; b &= b - 1) {
		size_t i = base + (size_t)__builtin_ctzll(b);
		const struct detect_word *w = &s->words[i];
		int beside = 0;

		if (!(w->flags & W_UPPER) || w->nchars < 3 || word_taken(s, i) ||
		    word_has(s, i, D_NOTNAME) || word_has(s, i, D_TITLE) ||
		    word_has(s, i, D_RELATIVE) || (w->dflags & D_EPONYM) ||
		    word_has(s, i, D_CLINICAL))	/* "Danuta GIR 2" */
			continue;
		for (int side = -1; side <= 1; side += 2) {
			size_t j = i + (size_t)side;
			uint64_t f;

			if ((side < 0 && i == 0) || j >= s->nwords ||
			    !joined(t, s, side < 0 ? j : i) ||
			    (s->words[j].flags & W_UPPER) ||
			    !is_name_span(span_of(s, j)))
				continue;
			f = s->words[j].dflags;
			if ((f & D_FIRST) && !(f & D_AMBIG))
				beside = 1;
		}
		if (beside && (r = add_span(s, w->start, w->end, DETECT_NAME,
		    -1)) < 0)
			return r;
	}
	return 0;
}

/* Particle i, before a name, is the name's: a foreign one written as a
 * name ("Van Hung", "AIT OUALI", "DOS SANTOS", "Da Silva"), a French one
 * with a capital where no sentence starts ("la kiné Le Berre", "Mme X et
 * De Smet"), in capitals among words that are not ("appel de LE
 * GOAZIOU") or after a relative ("L'ASH LE HIR"), or glued by its apostrophe ("N'Guessan", "D'Almeida"); not
 * "de", "le" in lower case ("appel de Dupont"), nor "Saint-". */
int
particle_french(const struct detect_scratch *s, size_t i)
{
	return word_is(s, i, "le") || word_is(s, i, "la") ||
	    word_is(s, i, "les") || word_is(s, i, "de") || word_is(s, i, "du") ||
	    word_is(s, i, "des") || word_is(s, i, "d") || word_is(s, i, "l") ||
	    word_is(s, i, "saint") || word_is(s, i, "sainte");
}

static int visit_participle_follows(const char *t,
    const struct detect_scratch *s, size_t k);

/* Word k is a town's first part: "La Roche-sur-Yon", "Le Puy-en-Velay"
 * (a hyphen, then a letter in lower case). */
static int
town_hyphen(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return w->end + 1 < s->text_len && t[w->end] == '-' &&
	    t[w->end + 1] >= 'a' && t[w->end + 1] <= 'z';
}

/* The initial i may open a person's name: it starts a sentence or
 * follows a word that brings a person (a particle "de", a title, a
 * relative, "avec", "par", "et", "chez"), not a word it qualifies
 * ("vitamine D. Le", "hépatite B. La"). */
static int
initial_opens_name(const char *t, const struct detect_scratch *s, size_t i)
{
	return sentence_start(t, s, i) || word_has(s, i - 1, D_PARTICLE |
	    D_TITLE | D_RELATIVE | D_NAMECUE) || word_is(s, i - 1, "avec") ||
	    word_is(s, i - 1, "par") || word_is(s, i - 1, "et") ||
	    word_is(s, i - 1, "chez") || word_is(s, i - 1, "ou");
}

/* names23: particle i, written with a capital where a sentence starts,
 * before the name found at k, right after an initial ("S. Le Roux
 * prévenu", "J. De Oliveira", "L. De La Fontaine") or first of two
 * capitalized particles ("De La Cruz refuse", "Van Der Berg"): no article
 * comes right after an initial, nor two of them capitalized in a row.
 * Names22 left the "Le", "De" raw and took the rest: the particle beside
 * a kept surname tells who it is.  "Le patient", "De plus", "La
 * Roche-sur-Yon" (no name found after them) are no concern of this. */
static int
initial_or_paired_particle(const char *t, const struct detect_scratch *s,
    size_t i, size_t k)
{
	const struct detect_word *w = &s->words[i];

	if (!(w->flags & W_CAP) || (w->flags & W_UPPER))
		return 0;
	if (i > 0 && is_initial(s, i - 1) &&
	    w->start - s->words[i - 1].end <= 2)
		return initial_opens_name(t, s, i - 1) &&
		    !town_hyphen(t, s, k);
	return i + 1 <= k && i + 1 < s->nwords && joined(t, s, i) &&
	    word_has(s, i + 1, D_PARTICLE) &&
	    (s->words[i + 1].flags & W_CAP) &&
	    !(s->words[i + 1].flags & W_UPPER) &&
	    !word_is(s, i + 1, "saint") && !word_is(s, i + 1, "sainte");
}

static int particle_commune(const struct detect_scratch *s, size_t p,
    size_t k);

/* Word k, capitalized, and the word right after it, a first name of the
 * lists written as one (capitalized, no weak name nor table word), are
 * both names found: "Roux Yann", "Fontaine Marie".  (names26) */
static int
core_then_first(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k], *f;

	(void)t;
	if (k + 1 >= s->nwords || !(w->flags & W_CAP) ||
	    (w->flags & W_UPPER) || !joined(t, s, k))
		return 0;
	f = &s->words[k + 1];
	return (f->flags & W_CAP) && !(f->flags & (W_UPPER | W_DIGIT)) &&
	    (f->dflags & D_FIRST) && !(f->dflags & (D_WEAK | D_NOTNAME |
	    D_TITLE | D_PLACE | D_MONTH)) && is_name_span(span_of(s, k + 1));
}

static int
leading_particle(const char *t, const struct detect_scratch *s, size_t i,
    size_t k)
{
	const struct detect_word *w = &s->words[i];
	int french = particle_french(s, i);

	if (word_is(s, i, "saint") || word_is(s, i, "sainte"))
		return 0;
	/* "Van den Broeck", "Van der Berg": a foreign particle in lower
	 * case after one written as a name's (names20) */
	if (!(w->flags & (W_CAP | W_UPPER)))
		return !french && i > 0 && joined(t, s, i - 1) &&
		    word_has(s, i - 1, D_PARTICLE) &&
		    (s->words[i - 1].flags & W_CAP) &&
		    !(s->words[i - 1].flags & W_UPPER) &&
		    !particle_french(s, i - 1);
	if (w->end < s->words[i + 1].start && t[w->end] == '\'' &&
	    w->nchars == 1)
		return 1;	/* "N'Guessan" */
	if (!french)
		return 1;
	/* all in capitals, "LE" or "LA" right after a relative or a
	 * carer ("L'ASH LE HIR TEL", "LA KINÉ LE BERRE", "SA FILLE LA
	 * FONTAINE"): no article stands between them and a name found
	 * ("LA FILLE DE DUPONT": "de" stays) */
	/* names26: the second of two particles in capitals after a word
	 * that is not ("Patiente DE LA CRUZ Chantal", "Vu avec VAN DEN
	 * BROECK Lies", "M. DE LOS SANTOS"): the first opened the name as
	 * the rule above lets it, and one particle may follow it */
	if (w->flags & W_UPPER)
		return (i == 0 || !(s->words[i - 1].flags & W_UPPER) ||
		    (i == k - 1 && (word_is(s, i, "le") || word_is(s, i, "la")) &&
		    joined(t, s, i - 1) && word_has(s, i - 1, D_RELATIVE)) ||
		    (i >= 1 && word_has(s, i - 1, D_PARTICLE) &&
		    joined(t, s, i - 1) && (i == 1 ||
		    !(s->words[i - 2].flags & W_UPPER)))) &&
		    (s->words[k].flags & W_UPPER);
	/* names20: at a sentence's start, "Le" or "La" right before a
	 * name found that no dictionary has as a word, after an initial or
	 * before what a person does ("Le Floch refuse", "C. Le Hir
	 * prévenu"): no article stands before a surname there.  "La
	 * Fontaine", "Le Martin" (ordinary words), "Le Vidal a été consulté"
	 * (the drugs' compendium; the row's name Vidal) stay */
	/* names26: or the name found goes on with a first name of the
	 * lists, the surname first ("Le Roux Yann refuse", "La Fontaine
	 * Marie, 82 ans"): no article stands before a surname and a first
	 * name together, even when the surname is a word ("roux"); not a
	 * town's name with its article ("La Rochelle Paul") unless its word
	 * is a surname of the lists ("Le Roux" is a commune too) */
	if (sentence_start(t, s, i))
		return initial_or_paired_particle(t, s, i, k) ||
		    ((word_is(s, i, "le") || word_is(s, i, "la")) &&
		    k == i + 1 && ((!word_lexicon(t, (struct detect_scratch *)s, k) &&
		    !eponym_position(t, s, k) && ((i > 0 && is_initial(s, i - 1)) ||
		    person_verb_follows(t, s, k) ||
		    visit_participle_follows(t, s, k))) ||
		    (core_then_first(t, s, k) && ((s->words[k].dflags & D_LAST) ||
	    !particle_commune(s, i, k)))));
	return 1;
}

/* Particles [i, k) in lower case and no French one ("da", "dos", "van",
 * "el") after a name found in lower case lead to a surname of the lists
 * in lower case: "m. joaquim ferreira da silva calme", "mme maria dos
 * santos".  "m. dupont de retour", "mme martin da capo" (no surname)
 * stay. */
static int
lower_particle_tail(const char *t, const struct detect_scratch *s, size_t i,
    size_t k)
{
	const struct detect_word *w = &s->words[k];

	if (!(w->dflags & D_LAST) || (w->dflags & (D_NOTNAME | D_WEAK |
	    D_PARTICLE | D_TITLE | D_MONTH | D_CLINICAL)) ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
	    i == 0 || (s->words[i - 1].flags & (W_CAP | W_UPPER)) ||
	    word_taken(s, k) || !joined(t, s, i - 1) ||
	    !is_name_span(span_of(s, i - 1)))
		return 0;
	for (size_t p = i; p < k; p++)
		if ((s->words[p].flags & (W_CAP | W_UPPER)) || particle_french(s, p))
			return 0;
	return 1;
}

/* names29: word k is a word of the lexicon with the ending of an act,
 * a discipline or a disease ("TRAITEMENT", "CONSULTATION", "CARDIOLOGIE",
 * "ARTHROSE", "PRISE"... a participle): a note's noun, no surname. */
int
abstract_noun(const char *t, struct detect_scratch *s, size_t k)
{
	static const char *const endings[] = {
		"ment", "tion", "sion", "ique", "ie", "ose", "ite", "ee",
		"ise", "ance", "ence", "age", "ure", "leur", NULL,
	};
	const char *f = wf(s, &s->words[k]);
	size_t n = s->words[k].fold_len;

	if (!word_lexicon(t, s, k))
		return 0;
	return fold_ends_in(endings, f, n, 1);
}

/* names29: French particles in capitals ("DE", "DE LA", "DU", "DES",
 * "LE", "LA"), after a word that is not in capitals or at the text's
 * start, then a word in capitals, then a capitalized first name of the
 * lists: a surname written in capitals with its particles, then the first
 * name ("Patient DE LA TOUR Hugo", "Vu avec DE LA BROSSE Pierre", "DU
 * PONT Marie, 82 ans").  The surname is any word in capitals of three
 * letters or more that is no title, relative, month, unit, clinical word,
 * term, drug, service or carer: an ordinary word as often ("TOUR",
 * "BROSSE", "PONT"), which the name rules leave (the address rules read
 * "TOUR Hugo" as a tower's name); what tells it is the shape, particles
 * in capitals among words that are not, and the first name after.  A
 * heading in capitals ("COMPTE RENDU DE LA CONSULTATION Marie") has a
 * word in capitals before its particle.  Runs before the address rules.
 * (detect_run's gate: a word in capitals and a particle, a capitalized
 * word and a first name.)  0 or -errno. */
int
scan_capital_particle_names(const char *t, struct detect_scratch *s)
{
	size_t n, next = 0;
	/* WC_PAIR (a particle in capitals before a particle or a word in
	 * capitals is one), which scan_unknown_pairs asks of every comment
	 * with a capital: made once, not a list of its own (WC_PARTICLE
	 * made early cost 0.2 M instructions a pass) */
	const uint32_t *from = word_class(s, WC_PAIR, &n);
	const uint64_t not = D_TITLE | D_RELATIVE | D_RELATION | D_MONTH |
	    D_DATECUE | D_PARTICLE | D_UNIT | D_CLINICAL | D_HOLIDAY |
	    D_NAMECUE | D_TERM | D_SUBJVERB | D_SPEECH | D_INSTHEAD |
	    D_NOTNAME;

	for (size_t x = 0; x < n; x++) {
		size_t i = from[x], k;
		const struct detect_word *w, *f;
		int r;

		/* one test (speed31c) */
		if ((i < next) | ((s->words[i].flags & W_UPPER) == 0) |
		    ((s->words[i].dflags & D_PARTICLE) == 0) ||
		    (i > 0 && (s->words[i - 1].flags & W_UPPER)))
			continue;
		for (k = i; k < s->nwords && k < i + 2 &&
		    (s->words[k].flags & W_UPPER) && (word_is(s, k, "de") ||
		    word_is(s, k, "du") || word_is(s, k, "des") ||
		    word_is(s, k, "le") || word_is(s, k, "la")) &&
		    joined(t, s, k); k++)
			;
		if (k == i || k + 1 >= s->nwords || !joined(t, s, k))
			continue;
		w = &s->words[k];
		f = &s->words[k + 1];
		if (!(w->flags & W_UPPER) || (w->flags & W_DIGIT) ||
		    w->nchars < 3 || (w->dflags & not) ||
		    dict_drug_has(w->fhash) || service_word(s, k) ||
		    care_unit_or_agent(t, s, k) || word_taken(s, k) ||
		    !(f->flags & W_CAP) || (f->flags & (W_UPPER | W_DIGIT)) ||
		    f->nchars < 3 || !(f->dflags & D_FIRST) ||
		    (f->dflags & (D_WEAK | D_NOTNAME | D_TITLE | D_PLACE |
		    D_MONTH | D_CLINICAL | D_RELATIVE)) || word_taken(s, k + 1) ||
		    abstract_noun(t, s, k))
			continue;
		if ((r = add_span(s, s->words[i].start, f->end, DETECT_NAME,
		    -1)) < 0)
			return r;
		next = k + 2;
	}
	return 0;
}

/* Particles between two parts of a name go with it: "Jean-Claude LE
 * GOFF", "Marie de La Fontaine"; and one or two before a name found,
 * written as a name's (leading_particle: "Van Hung", "la kiné Le
 * Berre").  With the row value of the part after them, so that the whole
 * name becomes one pseudonym (finish_spans). */
int
scan_particles(const char *t, struct detect_scratch *s)
{
	size_t n, next = 0;
	const uint32_t *from = word_class(s, WC_PARTICLE, &n);
	int r;

	/* From a particle beside a name found (detect_run's gate).  A
	 * letter and its dot is an initial (scan_initials, which leaves the
	 * side of "genou D. Rozenn"), not "D'" (WC_PARTICLE). */
	for (size_t x = 0; x < n; x++) {
		const struct detect_span *sp;
		size_t i = from[x], k, p;

		if (i < next || word_taken(s, i))
			continue;
		for (k = i; k < s->nwords && k < i + 3 && word_has(s, k, D_PARTICLE) &&
		    !word_taken(s, k) && joined(t, s, k); k++)
			;
		if (k < s->nwords && k > i && (s->words[k].dflags & D_LAST) &&
		    lower_particle_tail(t, s, i, k)) {
			if ((r = add_span(s, s->words[i].start, s->words[k].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			next = k + 1;
			continue;
		}
		if (k >= s->nwords || k == i || (sp = span_of(s, k)) == NULL ||
		    sp->kind != DETECT_NAME)
			continue;
		if (!(i > 0 && joined(t, s, i - 1) &&
		    is_name_span(span_of(s, i - 1)))) {
			for (p = i; p < k && leading_particle(t, s, p, k); p++)
				;
			if (p < k)
				continue;
		}
		if ((r = add_span(s, s->words[i].start, s->words[k - 1].end,
		    DETECT_NAME, sp->ctx)) < 0)
			return r;
		next = k + 1;
	}
	return 0;
}

/* A word of a name written in lower case after a relative or a title:
 * a name of the lists or a word no dictionary has ("zimmermann"), and
 * no word of the tables ("présente", "le", "rdv", "dit"). */
static int
lower_name_word(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if ((w->flags & (W_DIGIT | W_CAP | W_UPPER)) || w->nchars < 2 ||
	    word_taken(s, j) || (w->dflags & (D_NOTNAME | D_TITLE |
	    D_RELATIVE | D_CLINICAL | D_STREET | D_MONTH | D_UNIT | D_DATECUE |
	    D_TERM | D_EPOHEAD | D_EPONYM | D_PARTICLE | D_SUBJVERB)) ||
	    eponym_position(t, s, j))
		return 0;
	/* a drug typed in lower case after a name ("Mme Dupont
	 * acetazolamide 250 mg", precision19's lexicon sweep): a word of the
	 * keep lists (the ATC index's INNs, no name of the lists) that the
	 * English medical dictionary holds too; the keep lists alone hold
	 * places and firms that are surnames as well ("kerguelen",
	 * "delcourt", "aldi"); the INNs of the ATC index alone
	 * (dict_drug_has, without Dicollecte's nouns: precision19b) hold
	 * none of them ("Mme Dupont amlodipine") */
	return (w->dflags & (D_FIRST | D_LAST)) ||
	    (!word_lexicon(t, (struct detect_scratch *)s, j) &&
	    !(dict_keep_has(w->fhash) && medical_has(w->fhash)) &&
	    !dict_drug_has(w->fhash) &&
	    !lower_ordinary_word(t, (struct detect_scratch *)s, j));
}

/* Word k is the "n'" of a negation ("M. Printemps n'aime pas", "Mme
 * Dupont n'ose plus"): "n" in lower case glued by an apostrophe to a
 * word in lower case, then "pas", "plus", "jamais", "rien", "guère" or
 * "point" (precision23).  "N'Diaye", "N'Guessan" are capitalized or
 * no negation follows them; the verb after it is no name, even when a
 * list holds it ("aime": Aimé). */
static int
elided_negation(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const negations[] = {
		"pas", "plus", "jamais", "rien", "guere", "point", NULL,
	};
	static uint64_t negations_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[k], *v;

	if (w->fold_len != 1 || t[w->start] != 'n' || k + 2 >= s->nwords ||
	    (t[w->end] != '\'' && (unsigned char)t[w->end] != 0xe2))
		return 0;
	v = &s->words[k + 1];
	if ((v->flags & (W_CAP | W_UPPER | W_DIGIT)) || !joined(t, s, k) ||
	    !joined(t, s, k + 1) || (s->words[k + 2].flags & (W_CAP |
	    W_UPPER | W_DIGIT)))
		return 0;
	return word_in_filtered_list(s, &s->words[k + 2], negations);
}

/* Word i is a relative after which a lower-case name may come: not one
 * that is also a common word of its own ("ne", "dit", "as", "aide"). */
static int
lower_relative(const struct detect_scratch *s, size_t i)
{
	return word_has(s, i, D_RELATIVE) && !word_is(s, i, "ne") &&
	    !word_is(s, i, "dit") && !word_is(s, i, "dite") &&
	    !word_is(s, i, "as") && !word_is(s, i, "aide") &&
	    !word_is(s, i, "sage") && !word_is(s, i, "cadre");
}

/* Word k, in lower case, after "née", "ép.", "épouse", "veuve" (birth
 * name cues, not after a possessive): a birth or married name, the lists'
 * or an ordinary word ("nee lutz", "née fortuné"), when a clause end or a
 * name word follows it; "née le 3 mars", "née à Brest", "née prématurée",
 * "née avant terme", "veuve depuis 2010" stay. */
static int
birth_lower_word(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];
	size_t e = w->end;

	if ((w->flags & (W_DIGIT | W_CAP | W_UPPER)) || w->nchars < 3 ||
	    word_taken(s, k) || (w->dflags & (D_NOTNAME | D_TITLE | D_RELATIVE |
	    D_CLINICAL | D_STREET | D_MONTH | D_UNIT | D_DATECUE | D_TERM |
	    D_EPOHEAD | D_EPONYM | D_PARTICLE | D_SUBJVERB | D_RELATION |
	    D_BRIDGE | D_RELCUE | D_PLACE)) || participle_like(s, k) ||
	    eponym_position(t, s, k))
		return 0;
	if (w->dflags & (D_FIRST | D_LAST))
		return 1;
	/* "Épouse soutenante,": the feminine of a word of the lexicon, or
	 * a word of it slipped in typing, is no birth name */
	if (!word_lexicon(t, (struct detect_scratch *)s, k))
		return !lexicon_misspelt(t + w->start, w->end - w->start);
	if (e >= s->text_len || util_in_set(",;.)", t[e]))
		return 1;
	return k + 1 < s->nwords && joined(t, s, k) &&
	    lower_name_word(t, s, k + 1) &&
	    (s->words[k + 1].dflags & (D_FIRST | D_LAST));
}

/* Word k, in lower case, right after a relative of the family: a first
 * name of the lists that no list calls ambiguous, even if also an
 * ordinary word ("son mari bernard passera"); "son fils pierre",
 * "sa fille présente" stay (an ambiguous name, no name). */
static int
relative_first_name(const struct detect_scratch *s, size_t i, size_t k)
{
	uint64_t f = s->words[k].dflags;

	/* kin, and carers, whom a note calls by their first name ("l'ide
	 * laure", "ide romain passera", "le kiné paulo"): the role table
	 * (detect_role.c); "belle" of "belle-fille", "belle-mère" */
	return k == i + 1 && (f & D_FIRST) && !(f & (D_AMBIG | D_WEAK)) &&
	    s->words[k].nchars >= 3 && ((role_kinds(s, i) & (ROLE_KIN |
	    ROLE_CARER)) || word_is(s, i, "belle"));
}

/* Word k, in lower case, glued by a hyphen to word k - 1 of a name in
 * lower case just taken: its second part, an ordinary word or a
 * relative too ("sa compagne heloise petit-frere", "mme dupont-pere"),
 * as scan_name_neighbours takes it written as a name ("Firmin
 * PETIT-FRÈRE"). */
static int
lower_hyphen_part(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k], *p = &s->words[k - 1];

	return w->start == p->end + 1 && t[p->end] == '-' &&
	    !(w->flags & (W_DIGIT | W_CAP | W_UPPER)) &&
	    !(p->flags & (W_CAP | W_UPPER)) && w->nchars >= 2 &&
	    !word_taken(s, k) && is_name_span(span_of(s, k - 1)) &&
	    !eponym_position(t, s, k);
}

/* names27: a bare "M" before a name in lower case, as a hurried note
 * writes the civil title ("pour M hamon rené", "M durand a appelé"), or
 * "m." in lower case ("voisin m. lebreton"), or "m" with neither dot nor
 * capital before two names of the lists ("pour m hamon rené").  is_title
 * wants a dot or a capitalized word after "M": "2 M", "M1", "m²", "M de
 * grossesse" are units and abbreviations.  Here the word before must be
 * no number and "M" must stand alone, one space before the next word. */
static int
bare_m_title_shape(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (w->nchars != 1 || !word_is(s, i, "m") || (w->flags & W_UPPER) ||
	    i + 1 >= s->nwords || !joined(t, s, i) ||
	    s->words[i + 1].start != w->end + 1 + ((w->flags & W_DOT) ? 1 : 0))
		return 0;
	if (i > 0 && ((s->words[i - 1].flags & W_DIGIT) ||
	    s->words[i - 1].end == w->start))
		return 0;
	/* "M" (a capital, no dot) or "m." (the dot, no capital); "m" alone
	 * is asked for two names below */
	return 1;
}

/* bare_m_title_shape, the next word in lower case. */
static int
bare_m_title(const char *t, const struct detect_scratch *s, size_t i)
{
	return bare_m_title_shape(t, s, i) &&
	    !(s->words[i + 1].flags & (W_CAP | W_UPPER | W_DIGIT));
}

/* The first word k after bare_m_title's word i: a name of the lists
 * that is no word of the lexicon ("hamon", "durand"), or a name word
 * (lower_name_word: "pigeon" is none) before a name of the lists
 * ("martin rené"); after "m" with
 * neither dot nor capital, a name of the lists before a name of the
 * lists ("m hamon rené"). */
/* The word before "M" (word i) brings a person: a name of the lists
 * that is also a word goes after it ("vu M baron ce matin", "pour M
 * blanc"), not after a size or a group ("taille M blanc", "groupe M
 * martin"). */
static int
m_cue_before(const struct detect_scratch *s, size_t i)
{
	static const char *const cues[] = {
		"pour", "vu", "vue", "avec", "chez", "par", "appel",
		"voisin", "prevenu", "prevenue", "transmis", "rappeler",
		"appeler", "contacter", "concernant", NULL,
	};
	static uint64_t cues_filter;	/* word_in_filtered_list */

	/* names33: "de" after what a person sends or gives ("appel de M
	 * vigneron", "message de M pigeon", "de la part de M dauphin") */
	static const char *const from[] = {
		"appel", "message", "courrier", "mail", "sms", "lettre",
		"part", "nouvelles", "visite", "fils", "fille", "epouse",
		"mari", NULL,
	};
	static uint64_t from_filter;	/* word_in_filtered_list */

	if (i > 1 && word_is(s, i - 1, "de"))
		return word_in_filtered_list(s, &s->words[i - 2], from);
	return i > 0 && word_in_filtered_list(s, &s->words[i - 1], cues);
}

static int
bare_m_first(const char *t, struct detect_scratch *s, size_t i, size_t k)
{
	const struct detect_word *w = &s->words[i];
	int next = k + 1 < s->nwords && joined(t, s, k) &&
	    lower_name_word(t, s, k + 1) &&
	    (s->words[k + 1].dflags & (D_FIRST | D_LAST));

	if (!lower_name_word(t, s, k) || s->words[k].nchars < 3)
		return 0;
	if (!(w->flags & (W_CAP | W_DOT)))
		return (s->words[k].dflags & (D_FIRST | D_LAST)) && next;
	return next || ((s->words[k].dflags & (D_FIRST | D_LAST)) &&
	    (!word_lexicon(t, s, k) || m_cue_before(s, i)));
}

/* names29: word k, in lower case, one space after "m." or "M." (word i,
 * its dot written) is a surname that is an ordinary word ("m. pigeon a
 * appelé", "vu M. vigneron ce matin", "pour m. dauphin"): lower_name_word
 * wants a name of the lists or a word of no lexicon, and "mme pigeon",
 * "dr pigeon" were taken by the title's walk already.  With its dot the
 * letter is a civil title (a unit is "m" and a number: bare_m_title
 * refuses one before it); what may follow it that is no name: a function
 * word ("m. le maire", "M. et Mme", "M. ou Mme"), a word of the tables
 * (a month, a unit, a clinical word, a relative: word_surname_tables), a
 * participle or an adverb, and a species' Latin epithet ("M.
 * tuberculosis", "M. pneumoniae", "M. bovis": its ending). */
static int word_surname_tables(const char *t, struct detect_scratch *s,
    size_t i);

static int
dotted_m_surname(const char *t, struct detect_scratch *s, size_t i, size_t k)
{
	static const char *const function[] = {
		"les", "des", "aux", "une", "qui", "que", "quoi", "dont",
		"est", "sont", "etait", "ses", "son", "sa", "mon", "ma", "mes",
		"ton", "leur", "leurs", "votre", "notre", "vos", "nos", "cette",
		"ces", "cet", "elle", "elles", "lui", "eux", "ils", "nous",
		"vous", "par", "pour", "sur", "sous", "avec", "sans", "chez",
		"dans", "entre", "vers", "puis", "donc", "mais", "car", "pas",
		"plus", "tres", "bien", "tout", "tous", "toute", "toutes",
		"meme", "aussi", "deja", "encore", "madame", "monsieur",
		"mademoiselle", "docteur", "professeur", "maitre", "abbe",
		"pere", "mere", "fils", "fille", "epouse", "mari", "dit",
		"dite", "alias", "ainsi", "selon", "apres", "avant", "contre",
		"patient", "patiente", "enfant", NULL,
	};
	static const char *const latin[] = {
		"is", "us", "ae", "ii", "um", "ensis", "ella", NULL,
	};
	const struct detect_word *m = &s->words[i], *w;
	const char *f;
	size_t n;

	/* names32: "M" with its capital but no dot, after a word that
	 * brings a person (m_cue_before: "vu M pigeon", "appel de M
	 * vigneron"); "taille M blanc" stays */
	if (k != i + 1 || !((m->flags & W_DOT) || ((m->flags & W_CAP) &&
	    m_cue_before(s, i))) || m->nchars != 1 ||
	    !word_is(s, i, "m") || (m->flags & W_UPPER) ||
	    !bare_m_title_shape(t, s, i))
		return 0;
	w = &s->words[k];
	f = wf(s, w);
	n = w->fold_len;
	if ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) || w->nchars < 3 ||
	    word_taken(s, k) || in_list(function, f, n) ||
	    participle_like(s, k) || !word_surname_tables(t, s, k) ||
	    !word_lexicon(t, s, k))
		return 0;
	return !fold_ends_in(latin, f, n, 2);
}

/* names27: word k, in lower case, one space after a relative or a
 * carer (word i) with no colon, in a place where a name may stand: no
 * adjective that follows kin and carers ("fils cadet", "fille unique",
 * "ide référente", "kiné libéral", "ide de nuit"), no participle, no
 * word of the tables.  "unité mère-bébé (UMB)": a hyphen is no space. */
static int
relative_name_slot(const char *t, struct detect_scratch *s, size_t i,
    size_t k)
{
	static const char *const after_kin[] = {
		"aine", "ainee", "cadet", "cadette", "unique", "jumeau",
		"jumelle", "majeur", "majeure", "mineur", "mineure", "adoptif",
		"adoptive", "present", "presente", "absent", "absente", "seul",
		"seule", "referent", "referente", "liberal", "liberale",
		"titulaire", "remplacant", "remplacante", "stagiaire", "nuit",
		"jour", "matin", "soir", "ainsi", "aussi", "egalement",
		"habituel", "habituelle", "actuel", "actuelle", "respiratoire",
		"motrice", "domicile", "nouveau", "nouvelle", "ancien",
		"ancienne",
		/* what a number is called after its owner: "fille portable
		 * 06 ...", "kiné cabinet (04 ...)" */
		"cabinet", "portable", "fixe", "tel", "telephone", "joignable",
		"astreinte", "secteur", "ville", "perso", "pro", "bureau",
		"mobile", "urgence", "numero", "standard", "accueil", "travail",
		NULL,
	};
	static uint64_t after_kin_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[k];

	/* "cousine germaine", "frères germains" (precision28) */
	if (germain_after_kin(s, k, i))
		return 0;
	/* kin, people near and carers (detect_role.c), not "papa", "maman"
	 * (ROLE_CALLED) */
	return k == i + 1 && w->start == s->words[i].end + 1 &&
	    t[s->words[i].end] == ' ' && w->nchars >= 3 &&
	    !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) &&
	    role_is(s, i, ROLE_KIN | ROLE_NEAR | ROLE_CARER, ROLE_CALLED) &&
	    !word_in_filtered_list(s, w, after_kin) &&
	    !participle_like(s, k);
}

/* Right after word k: a phone, in parentheses or not ("kiné lebrun (04
 * 91 ...)", "fils lebrun 06 12 ..."). */
static int
phone_follows(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = s->words[k].end, j = k + 1;
	const struct detect_span *sp;

	if (e + 1 < s->text_len && t[e] == ' ' && t[e + 1] == '(')
		e += 2;
	else if (e < s->text_len && (t[e] == ' ' || t[e] == '('))
		e++;
	else
		return 0;
	return j < s->nwords && s->words[j].start == e &&
	    (sp = span_of(s, j)) != NULL && sp->kind == DETECT_PHONE &&
	    sp->start == e;
}

/* names27: word k in relative_name_slot, a name of the lists, even one
 * that is also an ordinary word ("sage-femme sauvage a appelé", "ide
 * marie passera", "sa nièce duc à 11h"), or a word no lexicon has, when
 * what comes after it is what follows a person: a verb of a person, a
 * call or a visit to come, "à", a phone, a parenthesis, the text's end.
 * An ordinary noun no list holds stays even before a phone: nothing
 * tells "le kiné colombe (04 ...)" from "kiné secrétariat (04 ...)",
 * "fille pharmacie 06 ...". */
static int person_after_name(const char *t, struct detect_scratch *s,
    size_t k);

static int
relative_list_name(const char *t, struct detect_scratch *s, size_t i,
    size_t k)
{

	/* lower_name_word holds: a name of the lists, or a word of no
	 * lexicon ("fils zaouch a appelé") */
	if (!relative_name_slot(t, s, i, k))
		return 0;
	return person_after_name(t, s, k);
}

/* What comes after word k is what follows a person (relative_list_name,
 * kin_word_first_name): the text's end, a parenthesis, a phone, "à", a
 * verb of a person, a call or a visit to come. */
static int
person_after_name(const char *t, struct detect_scratch *s, size_t k)
{
	static const char *const comes[] = {
		"rappellera", "passera", "viendra", "appellera", "appelle",
		"rappelle", "repassera", "telephonera", "reviendra", NULL,
	};
	static uint64_t comes_filter;	/* word_in_filtered_list */
	size_t e = s->words[k].end;

	if (e >= s->text_len || t[e] == '(' || (t[e] == ' ' &&
	    e + 1 < s->text_len && t[e + 1] == '('))
		return 1;
	if (k + 1 >= s->nwords || s->words[k + 1].start != e + 1 || t[e] != ' ')
		return 0;
	if (phone_follows(t, s, k))
		return 1;
	/* "à" written with its accent: "a" is the verb */
	if (s->words[k + 1].fold_len == 1 && wf(s, &s->words[k + 1])[0] == 'a' &&
	    s->words[k + 1].end - s->words[k + 1].start == 2)
		return 1;
	return person_verb_follows(t, s, k) ||
	    word_in_filtered_list(s, &s->words[k + 1], comes);
}

/* The word shape after kin (names29's kin_word_first_name, asked of
 * each word of "sa fille colombe pigeon" by names31): word k, in lower
 * case, three letters or more, not taken, no word of the tables, of
 * state or of function, no drug, no participle, adjective, plural or
 * verb form by its ending. */
static int kin_word_shape_after(const char *t, struct detect_scratch *s,
    size_t k, int particle);

int
kin_word_shape(const char *t, struct detect_scratch *s, size_t k)
{
	return kin_word_shape_after(t, s, k, 0);
}

/* names33: a verb's endings that a particle rules out ("du pont", "le
 * bras" no: "-s" stays refused; a particle opens a noun, and a noun
 * ending like a verb's present or future is a surname as often: "du
 * pont", "le mont", "la fontaine" has none) */
static int
verb_only_ending(const char *f, size_t n)
{
	static const char *const verbish[] = {
		"ont", "ons", "ez", "ais", "ait", "ai", "ra", "rai", NULL,
	};

	return fold_ends_in(verbish, f, n, 1);
}

/* names38: the endings a surname's core after a title and a particle
 * in capitals may have (kin_word_shape_after's 8): "-s", "-x" but "-ais"
 * and the other verb endings ("DU BOIS" goes), "-ent" of six letters or more but
 * "-ement", "-ument" ("LE BRAS", "LE ROUX", "LE FROMENT"; not "LE SAIS",
 * "LE TRAITEMENT", "LE DOCUMENT": "LE CLEMENT" is lost): the
 * caller asks no "A" before the title ("EXPLIQUE A MME LE TRAITEMENT":
 * the object) */
int
title_core_ending(const char *f, size_t n)
{
	static const char *const verbish[] = {
		"ais", "ons", "iez", "ions", "erent", "ement", "ument",
		NULL,
	};

	if (n < 4 || fold_ends_in(verbish, f, n, 0))
		return 0;
	return f[n - 1] == 's' || f[n - 1] == 'x' ||
	    (n >= 6 && memcmp(f + n - 3, "ent", 3) == 0);
}

/* names43: a short noun's core after a title and "LE" or "LA" in
 * capitals, four or five letters ending as kin_word_shape_after's
 * endings refuse ("MR LE CHAT", "MME LE PAIN", "MR LE LION", "MME LA
 * ROSE"): after a title and its article no noun of the note stands (the
 * caller asks no "A" before the title), and a short noun there is the
 * surname as title_core_ending's are.  Not "-it", "-ie": a verb's
 * present after the pronoun "LE" ("MR LE DIT", "MME LA CONFIE"). */
static int
title_short_core(const char *f, size_t n)
{
	static const char *const nouns[] = {
		"at", "ain", "ion", "ose", "ure", NULL,
	};

	return n >= 4 && n <= 5 && fold_ends_in(nouns, f, n, 0);
}

/* kin_word_shape; particle: the word follows a particle, 1 "du", "de
 * la", "van"... ("du pont": verb_only_ending's endings are no reason to
 * refuse it), 2 "le" or "la", a pronoun before a verb as often ("sa
 * fille le conduira", "son fils la rappellera": the endings stay); a
 * street's word that is no unit either way. */
static int
kin_word_shape_after(const char *t, struct detect_scratch *s, size_t k,
    int particle)
{
	static const char *const states[] = {
		"malade", "enceinte", "autiste", "handicape", "ado", "bebe",
		"petit", "petite", "grand", "grande", "jeune", "vieux",
		"vieille", "mort", "morte", "vivant", "vivante", "age",
		"agee", "tres", "est", "etait", "sera", "qui", "que", "dont",
		"les", "des", "une", "aux", "par", "pour", "sur", "avec",
		"sans", "dans", "chez", "elle", "lui", "leur", "puis", "donc",
		"mais", "pas", "plus", "bien", "tout", "toute", "deja",
		"encore", "toujours", "souvent", "jamais", "hier", "demain",
		"ce", "cette", "ici", "la", "venu", "venue", "vient", "viendra",
		"appelle", "appele", "passe", "passera", "rappellera",
		"rappelle", "telephone", "telephonera", "dit", "signale",
		"refuse", "demande", "souhaite", "accompagne", "accompagnera",
		"present", "presente", "absent", "absente", "prevenu",
		"prevenue", "informe", "informee", "joint", "jointe", "vu",
		"vue", "rencontre", "rencontree", "garde", "aide", "aidant",
		"aidante", "infirmiere", "infirmier", "medecin", "pharmacien",
		"pharmacienne", "kine", "dentiste", "avocat", "avocate",
		"policier", "pompier", "etudiant", "etudiante", "eleve",
		"retraite", "retraitee", "tuteur", "tutrice", "mineur",
		"mineure", "majeur", "majeure", "unique", "inquiet",
		"inquiete", "jaloux", "jalouse", "triste", "calme", "perdu",
		"perdue", "sourd", "sourde", "aveugle", "muet", "muette",
		"ivre", "fou", "folle", "fier", "fiere", "las", "lasse",
		"seul", "seule", "aussi", "meme", "lui-meme", "enfin", "alors",
		"ensuite", "actuellement", "sur", "non", "oui", NULL,
	};
	static const char *const endings[] = {
		"ique", "if", "ive", "eux", "euse", "able", "ible", "ant",
		"ante", "ent", "ente", "aire", "al", "ale", "ien", "ienne",
		"ee", "ment", "ais", "ait", "ez", "ons", "ont", "s", "x",
		"ir", "ai", "as", "ra", "rai", "iez", "ions", "erent",
		"a", "asse", "at", "ie", "ion", "isme", "ose", "teur", "cheur",
		"seur", "neur", "ain", "aine", "aise", "isse", "it", "ure",
		"ite", NULL,
	};
	const struct detect_word *w = &s->words[k];
	const char *f = wf(s, w);
	size_t n = w->fold_len, e = w->end;

	/* names33: after a particle a street's word is a name's core as
	 * often ("de la tour", "du pont", "du moulin", "de la fontaine"),
	 * not an address's unit or way ("de la rue", "du bâtiment") */
	static const char *const units[] = {
		"rue", "avenue", "boulevard", "bd", "av", "route", "chemin",
		"impasse", "allee", "batiment", "bat", "etage", "escalier",
		"appartement", "appt", "chambre", "lit", "porte", "couloir",
		"cour", "hall", "entree", "residence", "immeuble", "cite",
		"lotissement", "quartier", "secteur", "zone", "unite",
		"service", "salle", "box", "aile", "pavillon", "centre",
		"gare", "hotel", "foyer", "camp", "parc", "square", "jardin",
		"quai", "place", "mail", NULL,
	};
	static uint64_t units_filter;	/* word_in_filtered_list */
	/* names34: 4 in particle, the word in capitals after particles in
	 * capitals (caps_particle_surname: "SON FILS DU PONT") */
	uint32_t cased = particle & 4 ? 0 : W_CAP | W_UPPER;
	uint64_t street;
	/* names38: 8 in particle, after a title in capitals ("MME LE BRAS",
	 * "MR LE FROMENT"): a singular's "-s", "-x" (after "le", "la" no
	 * plural stands) and "-ent" (no verb of the plural after a title)
	 * are a surname's endings as often */
	int titled = (particle & 8) != 0;

	particle &= 3;
	street = particle && !word_in_filtered_list(s, w, units) ?
	    D_STREET : 0;
	/* names40: after a title in capitals and "LE", a core of three
	 * letters ending as a singular noun may ("MME LE DOS", "MR LE NEZ":
	 * "dos" is a particle too, "LE" before it says it is not one here) */
	int short_core = titled && n == 3 && (f[2] == 's' || f[2] == 'x' ||
	    f[2] == 'z') && !word_is(s, k, "des") && !word_is(s, k, "les") &&
	    !word_is(s, k, "mes") && !word_is(s, k, "ses") &&
	    !word_is(s, k, "tes") && !word_is(s, k, "aux");
	uint64_t refused = short_core ? ~(uint64_t)D_PARTICLE : ~(uint64_t)0;

	if (w->nchars < 3 || (w->flags & (cased | W_DIGIT)) ||
	    word_taken(s, k) ||
	    (w->dflags & ~street & refused & (D_NOTNAME | D_TITLE | D_RELATIVE | D_CLINICAL |
	    D_STREET | D_MONTH | D_UNIT | D_DATECUE | D_TERM | D_EPOHEAD |
	    D_EPONYM | D_PARTICLE | D_SUBJVERB | D_SPEECH | D_HOLIDAY)) ||
	    in_list(states, f, n) || (dict_drug_has(w->fhash) &&
	    !(titled && word_lexicon(t, s, k))) ||
	    (e >= w->start + 2 && (unsigned char)t[e - 2] == 0xc3 &&
	    (unsigned char)t[e - 1] == 0xa9))
		return 0;
	if (fold_ends_in(endings, f, n, 1) &&
	    !(particle == 1 && verb_only_ending(f, n)) &&
	    !(titled && (title_core_ending(f, n) ||
	    title_short_core(f, n))) && !short_core)
		return 0;
	/* an infinitive ("-er"), not a trade's noun ("-ier": "cordonnier",
	 * "jardinier", surnames as often) */
	return !(n > 4 && memcmp(f + n - 2, "er", 2) == 0 && f[n - 3] != 'i');
}

/* names29: word k, in lower case, an ordinary word one space after kin
 * (word i: "fille", "fils", "mari", "sœur"...) that a possessive opens
 * ("sa", "son", "leur", "votre"...), before what follows a person
 * (person_after_name; kin_word_slot is the position, kin_word_shape
 * the word): a first name that is also a word ("sa fille colombe a
 * appelé", "son fils modeste passera", "sa sœur perle (06
 * ...)").  relative_list_name wants a name of the lists or a word of no
 * lexicon, and a carer (names27's "kiné colombe") is not read here: a
 * care noun follows a carer as often ("kiné secrétariat").  Kin is
 * followed by its state as often ("son fils malade a appelé", "sa fille
 * enceinte passera", "son fils handicapé", "sa fille aînée"): not a
 * word of relative_name_slot's list, a participle (an "é" at its end,
 * "-ée"), an adjective by its ending ("-ique", "-if", "-ive", "-eux",
 * "-euse", "-able", "-ible", "-ant", "-ent", "-aire", "-al", "-ien",
 * "-ienne") or one of the states listed, nor a function word, a plural
 * or a verb's form by its ending ("-er" but "-ier", "-ir", "-ra",
 * "-ait"...). */
/* The possessives and the kin of kin_word_slot and kin_particle_name
 * ("son fils", "sa nièce"): one list each (review26 folded names32's
 * copies). */
static const char *const kin_openers[] = {
	"sa", "son", "ses", "leur", "votre", "notre", "mon", "ma", "ton", "ta",
	NULL,
};
static uint64_t kin_openers_filter;	/* word_in_filtered_list */
static const char *const kin_nouns[] = {
	"mari", "epouse", "epoux", "fils", "fille", "frere", "soeur", "mere",
	"pere", "compagnon", "compagne", "conjoint", "conjointe", "neveu",
	"niece", "oncle", "tante", "cousin", "cousine", "gendre", "bru", NULL,
};
static uint64_t kin_nouns_filter;	/* word_in_filtered_list */

static int
kin_word_slot(const char *t, struct detect_scratch *s, size_t i,
    size_t k)
{
	const struct detect_word *w = &s->words[k];

	/* the cheap tests first: asked of every word after a relative */
	if (i == 0 || k != i + 1 || w->nchars < 3 ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    s->words[i - 1].fold_len > 5 || !joined(t, s, i - 1) ||
	    !word_in_filtered_list(s, &s->words[i - 1], kin_openers) ||
	    !(word_in_filtered_list(s, &s->words[i], kin_nouns) ||
	    word_is(s, i, "petite") || word_is(s, i, "petit")) ||
	    !relative_name_slot(t, s, i, k) || !kin_word_shape(t, s, k))
		return 0;
	return 1;
}

/* names32: after a possessive and kin (word i: kin_word_slot's lists),
 * the particles of a name in lower case from word k, then its core:
 * "son fils de la tour", "sa nièce le borgne passera", "sa fille du pont
 * a appelé", "son mari van der berg".  The particles: "le", "la", "du",
 * "de la", "van", "von", "van der", "van den", "da", "di", "del",
 * "della", "dos", "das", one space apart ("de" alone is kin's
 * complement as often: "son fils de retour", "sa fille de garde").  The
 * core is a name of the lists or a word of no lexicon
 * (lower_name_word, or found already: "le goff"), or a word of
 * kin_word_shape's shape that is no word of time, rank or place ("son
 * fils le matin", "sa fille la cadette", "son fils le plus jeune", "son
 * fils du coin", "sa fille la voisine" stay), then what follows a person
 * (person_after_name).  The core's index, or NO_WORD. */
/* The particles and core of particle_name_core from word k (the first
 * particle), the person's words kin or a title give. */
static size_t particle_name_core(const char *t, struct detect_scratch *s,
    size_t k, int titled);

static size_t
kin_particle_name(const char *t, struct detect_scratch *s, size_t i,
    size_t k)
{
	const struct detect_word *w = &s->words[k];

	/* the cheap tests first: a short word in lower case after kin */
	if (i == 0 || k != i + 1 || w->fold_len > 5 ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    s->words[i - 1].fold_len > 5 || !joined(t, s, i - 1) ||
	    !word_in_filtered_list(s, &s->words[i - 1], kin_openers) ||
	    !word_in_filtered_list(s, &s->words[i], kin_nouns))
		return NO_WORD;
	return particle_name_core(t, s, k, 0);
}

/* names33: the same particles and core after a civil or medical title
 * (word i: "Mme de la tour", "dr du pont", "m. de la tour", "vu M le
 * goff", "appel de M vigneron": "M" without its dot after a word that
 * brings a person, m_cue_before).  The core may be an ordinary word
 * (ordinary_surname_word: no person, group, place, service, drug a note
 * writes there: "Dr de la clinique", "Mme de la banque", "M. du
 * laboratoire" stay) and no office a title heads ("M. le maire", "Mme
 * la directrice", "M. le juge"); then what follows a person, or the
 * clause's end.  The core's index, or NO_WORD. */
static size_t
title_particle_name(const char *t, struct detect_scratch *s, size_t i,
    size_t k)
{
	const struct detect_word *w = &s->words[k], *m = &s->words[i];

	if (k != i + 1 || w->fold_len > 5 ||
	    (w->flags & (W_CAP | W_UPPER | W_DIGIT)) || !joined(t, s, i))
		return NO_WORD;
	if (!is_title(t, s, i) && !(m->nchars == 1 && word_is(s, i, "m") &&
	    !(m->flags & W_UPPER) && bare_m_title_shape(t, s, i) &&
	    ((m->flags & W_DOT) || ((m->flags & W_CAP) &&
	    m_cue_before(s, i)))))
		return NO_WORD;
	return particle_name_core(t, s, k, 1);
}

/* names33: the clause ends after word e (title_particle_name): the
 * text's end, a punctuation, or a word of time or purpose that follows
 * a person seen or called ("vu M le goff ce matin", "pour Mme de la
 * tour, ..."). */
static int
clause_ends_after(const char *t, const struct detect_scratch *s, size_t e)
{
	static const char *const next[] = {
		"ce", "cet", "cette", "hier", "demain", "pour", "concernant",
		"au", "aux", "en", "le", "lundi", "mardi", "mercredi", "jeudi",
		"vendredi", "samedi", "dimanche", NULL,
	};
	size_t p = s->words[e].end;

	if (p >= s->text_len || util_in_set(",.;:)!?\n\r", t[p]))
		return 1;
	return t[p] == ' ' && e + 1 < s->nwords &&
	    s->words[e + 1].start == p + 1 &&
	    in_list(next, wf(s, &s->words[e + 1]), s->words[e + 1].fold_len);
}

/* particle_name_core's lists (names34: caps_particle_surname asks them
 * too): what follows a particle and is no name */
static const char *const particle_time_rank[] = {
	"matin", "soir", "midi", "jour", "lendemain", "veille",
	"weekend", "week-end", "semaine", "mois", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"premier", "premiere", "dernier", "derniere", "second",
	"seconde", "cadet", "cadette", "aine", "ainee", "benjamin",
	"benjamine", "moins", "mieux", "pire", "meilleur",
	"meilleure", "prochain", "prochaine", "suivant",
	/* where kin lives, whom kin is to the patient ("son fils
	 * du coin", "sa fille la voisine") */
	"voisin", "voisine", "coin", "maison", "campagne", "ville",
	"famille", "quartier", "cite", "rue", "region", "ferme",
	"village", "montagne", "mer", "plage", "foyer", "residence",
	"patiente", "patient", "malade", "mariee", "marie", NULL,
};
static uint64_t particle_time_rank_filter;	/* word_in_filtered_list */
/* names33: the offices a title heads ("M. le maire", "Mme la
 * juge", "M. le curé"; "-eur", "-rice", "-aire" by their ending) */
static const char *const particle_offices[] = {
	"juge", "maire", "prefet", "cure", "ministre", "president",
	"presidente", "procureur", "commissaire", "chef", "patron",
	"patronne", "comte", "comtesse", "baron", "baronne", "duc",
	"duchesse", "marquis", "marquise", "vicomte", "general",
	"colonel", "capitaine", "lieutenant", "commandant", "adjudant",
	"pretre", "pasteur", "rabbin", "imam", "depute", "deputee",
	"senateur", "consul", "principal", "principale", "gerant",
	"gerante", "responsable", "cadre", "pere", "frere", "soeur",
	"docteur", "professeur", "prof", "interne", "chirurgien",
	"medecin", "avocat", "avocate", "notaire", "delegue",
	"deleguee", "conseiller", "conseillere", "referent",
	"referente", "tuteur", "tutrice", "curateur", "curatrice",
	"mandataire", "gardien", "gardienne", "concierge", "proprio",
	"proprietaire", "bailleur", "veuf", "veuve", "fils", "fille",
	"epouse", "mari", "nomme", "nommee", "dit", "dite", "susnomme",
	"susnommee", "precite", "precitee", "meme", "dernier", NULL,
};
static uint64_t particle_offices_filter;	/* word_in_filtered_list */
/* names33: where a person after a title works ("Mme de la
 * cantine", "M. de l'école": the place, not a name) */
static const char *const particle_workplaces[] = {
	"cantine", "ecole", "college", "lycee", "mairie", "poste",
	"banque", "agence", "association", "asso", "mutuelle",
	"caisse", "boutique", "epicerie", "boulangerie", "pharmacie",
	"clinique", "garderie", "creche", "paroisse", "prefecture",
	"gendarmerie", "caserne", "usine", "entreprise", "societe",
	"compagnie", "direction", "administration", "comptabilite",
	"facturation", "cuisine", "lingerie", "blanchisserie",
	"securite", "permanence", "consultation", "cellule",
	"plateforme", "maison", "fondation", "structure", "antenne",
	"delegation", "regie", "tutelle", "curatelle", "justice",
	"police", "protection", "sante", "ville", "commune",
	"region", "departement", "hopital", "maternite", "garage",
	"cabinet", "labo", "laboratoire", "bureau", "centre",
	"service", "planning", "travail", "famille", "paroisse",
	"residence", "foyer", "pension", "ferme", "boucherie",
	"pressing", "magasin", "supermarche", "marche", "bibliotheque",
	"piscine", "salle", "club", "equipe", "brigade", "caserne",
	NULL,
};
static uint64_t particle_workplaces_filter;	/* word_in_filtered_list */

/* The particles of a surname from word k, in any case ("le", "la",
 * "du", "de la", "van", "van der", "von", "da", "di", "del", "della",
 * "dos", "das"; "de" only before "la", "van", "von" before "der",
 * "den"): the word after them (the core), or NO_WORD; *pronoun 2 after
 * "le", "la" (a pronoun as often), else 1.  particle_name_core's and
 * caps_particle_surname's first step. */
static size_t
particle_heads_core(const struct detect_scratch *s, size_t k, int *pronoun)
{
	static const char *const heads[] = {
		"le", "la", "du", "de", "van", "von", "da", "di", "del",
		"della", "dos", "das", NULL,
	};
	const struct detect_word *w = &s->words[k];
	size_t e = k;

	if (w->fold_len > 5 || !in_list(heads, wf(s, w), w->fold_len))
		return NO_WORD;
	*pronoun = word_is(s, k, "le") || word_is(s, k, "la") ? 2 : 1;
	if (word_is(s, k, "de")) {
		if (k + 1 >= s->nwords || !word_is(s, k + 1, "la"))
			return NO_WORD;
		e++;
	} else if ((word_is(s, k, "van") || word_is(s, k, "von")) &&
	    k + 1 < s->nwords && (word_is(s, k + 1, "der") ||
	    word_is(s, k + 1, "den")))
		e++;
	e++;
	return e < s->nwords ? e : NO_WORD;
}

static size_t
particle_name_core(const char *t, struct detect_scratch *s, size_t k,
    int titled)
{
	size_t e;
	int pronoun;

	if ((s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    (e = particle_heads_core(s, k, &pronoun)) == NO_WORD)
		return NO_WORD;
	for (size_t x = k; x < e; x++)
		if (s->words[x + 1].start != s->words[x].end + 1 ||
		    t[s->words[x].end] != ' ' ||
		    (s->words[x + 1].flags & (W_UPPER | W_DIGIT)) ||
		    (x + 1 < e && (s->words[x + 1].flags & W_CAP)))
			return NO_WORD;
	if (word_in_filtered_list(s, &s->words[e], particle_time_rank))
		return NO_WORD;
	/* names33: the core capitalized after particles in lower case ("son
	 * fils du Pont", "sa fille de la Chapelle"): a name written as one;
	 * no word of the tables, an ordinary word ordinary_surname_word's,
	 * a street's or a place's word, or no lexicon's */
	if (s->words[e].flags & W_CAP) {
		if (s->words[e].nchars < 3 || (s->words[e].dflags & (D_TITLE |
		    D_RELATIVE | D_RELATION | D_MONTH | D_DATECUE | D_CLINICAL |
		    D_TERM | D_INSTHEAD | D_NOTNAME | D_SUBJVERB | D_SPEECH |
		    D_HOLIDAY | D_UNIT)) || (word_taken(s, e) &&
		    !is_name_span(span_of(s, e))) ||
		    !(is_name_span(span_of(s, e)) || !word_lexicon(t, s, e) ||
		    word_has(s, e, D_STREET | D_PLACE | D_FIRST | D_LAST) ||
		    ordinary_surname_word(t, s, e)))
			return NO_WORD;
		return person_after_name(t, s, e) ||
		    (titled && clause_ends_after(t, s, e)) ? e : NO_WORD;
	}
	if (!titled)
		return (is_name_span(span_of(s, e)) ||
		    lower_name_word(t, s, e) ||
		    kin_word_shape_after(t, s, e, pronoun)) &&
		    person_after_name(t, s, e) ? e : NO_WORD;
	/* after a title: the office, a place of work, or no word the shape
	 * or ordinary_surname_word allows, stays */
	if (word_in_filtered_list(s, &s->words[e], particle_offices) ||
	    word_in_filtered_list(s, &s->words[e], particle_workplaces) ||
	    !(is_name_span(span_of(s, e)) || lower_name_word(t, s, e) ||
	    (kin_word_shape_after(t, s, e, pronoun) &&
	    (word_has(s, e, D_STREET | D_PLACE) ||
	    ordinary_surname_word(t, s, e)))))
		return NO_WORD;
	return person_after_name(t, s, e) || clause_ends_after(t, s, e) ?
	    e : NO_WORD;
}

/* names34: all in capitals, after a title or kin in capitals (word i),
 * the particles of a surname from word j, as particle_name_core reads
 * them in lower case ("DU", "DE LA", "LE", "LA", "VAN", "VAN DER",
 * "VON", "DA", "DI", "DEL", "DELLA", "DOS", "DAS", one space apart; not
 * "DE" alone: "DR DE GARDE", "SON FILS DE RETOUR"), then a core in
 * capitals of particle_name_core's shape: no word of time, rank or
 * place, office or place of work ("SON FILS DU COIN", "MME LA CADRE",
 * "DR DU SERVICE", "MME DE LA BANQUE" stay), kin_word_shape's word (no
 * state, function word, adjective or verb form by its ending), a
 * street's or place's word, a surname of the lists or
 * ordinary_surname_word's; then what follows a person
 * (person_after_name) or, after a title, the clause's end ("LE", "LA"
 * after kin are pronouns before a verb as often: "SA FILLE LA RAMENE.",
 * so a verb of a person must follow).  "SON FILS DU PONT A APPELE",
 * "VU AVEC MME DE LA TOUR CE JOUR", "APPEL DE MME DU PIGEON." go. */
/* names40: the word one space after word e says a person's presence or
 * visit, as a note writes it after a title's name ("MME LE BRAS
 * présente", "MR LE GRAS vu ce jour"). */
static int
presence_after(const char *t, struct detect_scratch *s, size_t e)
{
	static const char *const presence[] = {
		"vu", "vue", "revu", "revue", "present", "presente", "absent",
		"absente", "prevenu", "prevenue", "informe", "informee",
		"accompagne", "accompagnee", "hospitalise", "hospitalisee",
		"examine", "examinee", "installe", "installee", "sorti",
		"sortie", "joint", "jointe", "contacte", "contactee", NULL,
	};
	/* names45: the auxiliary of a visit first ("MME LE PAIN EST
	 * VENUE", "MR LE CHAT ETAIT PRESENT"): no thing "est venu" */
	static const char *const came[] = {
		"venu", "venue", "passe", "passee", "revenu", "revenue",
		"arrive", "arrivee", "reparti", "repartie", "parti", "partie",
		NULL,
	};
	size_t p = s->words[e].end;

	if (!(e + 1 < s->nwords && t[p] == ' ' &&
	    s->words[e + 1].start == p + 1))
		return 0;
	if ((word_is(s, e + 1, "est") || word_is(s, e + 1, "etait")) &&
	    e + 2 < s->nwords && joined(t, s, e + 1) &&
	    (in_list(presence, wf(s, &s->words[e + 2]),
	    s->words[e + 2].fold_len) || in_list(came,
	    wf(s, &s->words[e + 2]), s->words[e + 2].fold_len)))
		return 1;
	return in_list(presence, wf(s, &s->words[e + 1]),
	    s->words[e + 1].fold_len);
}

static size_t
caps_particle_surname(const char *t, struct detect_scratch *s, size_t i,
    size_t j)
{
	const struct detect_word *w;
	size_t e;
	int pronoun, titled, kin = word_has(s, i, D_RELATIVE);

	if (!(s->words[j].flags & W_UPPER) ||
	    !(s->words[i].flags & W_UPPER) || (kin &&
	    !word_in_filtered_list(s, &s->words[i], kin_nouns)) ||
	    (e = particle_heads_core(s, j, &pronoun)) == NO_WORD)
		return NO_WORD;
	for (size_t x = j; x < e; x++)
		if (s->words[x + 1].start != s->words[x].end + 1 ||
		    t[s->words[x].end] != ' ' ||
		    !(s->words[x + 1].flags & W_UPPER) ||
		    (s->words[x + 1].flags & W_DIGIT))
			return NO_WORD;
	w = &s->words[e];
	/* names38: after a title (not kin), no "A" before it, a core of
	 * title_core_ending's endings is the surname's whatever the word
	 * ("MME LE BRAS", "MR LE FROMENT": a body's part, a grain; after a
	 * title and "LE" no noun of the note stands) */
	titled = !kin && !(i > 0 && (word_is(s, i - 1, "a") ||
	    word_is(s, i - 1, "au")));
	if (word_in_filtered_list(s, w, particle_time_rank) ||
	    word_in_filtered_list(s, w, particle_offices) ||
	    word_in_filtered_list(s, w, particle_workplaces) ||
	    !kin_word_shape_after(t, s, e, pronoun | 4 | (titled ? 8 : 0)) ||
	    !(word_has(s, e, D_STREET | D_PLACE | D_LAST) ||
	    ordinary_surname_word(t, s, e) || (titled &&
	    title_core_ending(wf(s, w), w->fold_len) &&
	    /* names41: an ordinary word the ATC index holds too ("MR LE
	     * GRAS": a fat) is a surname after a title and "LE" as the
	     * other words are */
	    (!dict_drug_has(w->fhash) || word_lexicon(t, s, e)) &&
	    !service_word(s, e) &&
	    !care_unit_or_agent(t, s, e)) || (titled &&
	    (w->nchars == 3 || (title_short_core(wf(s, w), w->fold_len) &&
	    !dict_drug_has(w->fhash) && !service_word(s, e) &&
	    !care_unit_or_agent(t, s, e))) && word_lexicon(t, s, e))))
		return NO_WORD;
	return person_after_name(t, s, e) ||
	    (!(kin && pronoun == 2) && clause_ends_after(t, s, e)) ||
	    (titled && presence_after(t, s, e)) ? e : NO_WORD;
}

static int
kin_word_first_name(const char *t, struct detect_scratch *s, size_t i,
    size_t k)
{
	return kin_word_slot(t, s, i, k) && person_after_name(t, s, k);
}

/* names31: after kin_word_first_name's first word k (its slot and
 * shape), a second word of the same shape one space after it, then what
 * follows a person: a first name and a surname that are both ordinary
 * words ("sa fille colombe pigeon a appelé", "son fils modeste vigneron
 * passera demain").  The second word is asked what the first is, so a
 * state after a name stays ("sa fille colombe enceinte", "son fils
 * pierre malade": "enceinte", "malade" are states).  Two words after kin
 * are a trade and its qualifier as often ("son mari chauffeur routier",
 * "son fils maçon couvreur", "sa fille chef cuisinière"): neither word
 * is a trade of kin_pair_trade's list or by its ending ("-eur", "-euse",
 * "-ier", "-ière", "-iste", "-ien"), at the cost of a surname of a
 * trade after a first name ("sa fille colombe cordonnier": left). */
static int kin_pair_trade(const struct detect_scratch *s, size_t k);

static int
kin_word_pair(const char *t, struct detect_scratch *s, size_t i, size_t k)
{
	size_t e = s->words[k].end;

	return k + 1 < s->nwords && s->words[k + 1].start == e + 1 &&
	    t[e] == ' ' && kin_word_slot(t, s, i, k) &&
	    kin_word_shape(t, s, k + 1) && !kin_pair_trade(s, k) &&
	    !kin_pair_trade(s, k + 1) && person_after_name(t, s, k + 1);
}

/* A trade's word (kin_word_pair): listed, or by its ending. */
static int
kin_pair_trade(const struct detect_scratch *s, size_t k)
{
	static const char *const trades[] = {
		"chef", "macon", "marin", "soldat", "gendarme", "prof",
		"pilote", "cadre", "boucher", "boulanger", "peintre", "garcon",
		"agent", "employe", "ouvrier", "artisan", "patron", "patronne",
		"coach", "sergent", "capitaine", "lieutenant", "caporal",
		"commandant", "adjudant", "interne", "notaire", "juge", "maire",
		"pasteur", "pretre", "moine", "nounou", "aide", "auxiliaire",
		"sage", "femme", "homme", "baby", "sitter", "garde", "fermier",
		"paysan", "paysanne", "eleveur", "pecheur", "routier", NULL,
	};
	static const char *const endings[] = {
		"eur", "euse", "ier", "iere", "iste", "ien", "ienne", NULL,
	};
	const char *f = wf(s, &s->words[k]);
	size_t n = s->words[k].fold_len;

	if (in_list(trades, f, n))
		return 1;
	return fold_ends_in(endings, f, n, 1);
}

/* Text typed in lower case: the names after a relative ("son fils claude
 * zimmermann", "personne de confiance : clara quiniou", "nee leroux") or a
 * title ("le pr fontaine-leclerc", "dr bonnet", "docteur françois
 * troadec"), up to four words, particles inside ("da rocha").  After a
 * relative the first word must be a name of the lists, and, if it is
 * also an ordinary word ("pierre"), followed by another name word: "sa
 * fille présente", "son fils pierre a appelé" stay. */
int
scan_lower_names(const char *t, struct detect_scratch *s)
{
	size_t nfrom;
	const uint32_t *from = word_class(s, WC_TITLE, &nfrom);
	int r;

	/* From a relative or a title (detect_run's gate), not the last
	 * word (WC_TITLE) */
	for (size_t x = 0; x < nfrom; x++) {
		size_t i = from[x], k, n = 0, e;
		size_t a = s->words[i].end, b = s->words[i + 1].start;
		int rel = lower_relative(s, i);
		/* "ép." with its dot: "EP bilatérale" is an embolism */
		int birth = rel && birth_name_cue(s, i) && !(word_is(s, i, "ep") &&
		    !(s->words[i].flags & W_DOT));

		/* "pour M hamon rené" (names27); "vu M le goff" (names33) */
		if (!rel && !is_title(t, s, i) && (!bare_m_title(t, s, i) ||
		    (!bare_m_first(t, s, i, i + 1) &&
		    !dotted_m_surname(t, s, i, i + 1) &&
		    title_particle_name(t, s, i, i + 1) == NO_WORD)))
			continue;
		if (!joined(t, s, i) && !(rel && ((b - a == 3 &&
		    memcmp(t + a, " : ", 3) == 0) || (b - a == 2 &&
		    memcmp(t + a, ": ", 2) == 0))))
			continue;
		for (k = i + 1; k < s->nwords && n < MAX_NAME_WORDS; k++) {
			const struct detect_word *w = &s->words[k];

			if (k > i + 1 && !joined(t, s, k - 1))
				break;
			if (k > i + 1 && is_name_span(span_of(s, k))) {
				n++;	/* found already ("dr. héléna") */
				continue;
			}
			/* a name written with capitals does not go on with
			 * a weak name in lower case: "Dr Lebon si besoin"
			 * ("Mme Jessica françois" does) */
			if (n > 0 && (s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
			    word_has(s, k, D_WEAK))
				break;
			if (k == i + 1 && is_name_span(span_of(s, k))) {
				n++;
				continue;
			}
			/* "sa cousine germaine" (precision28) */
			if (n == 0 && rel && k == i + 1 &&
			    germain_after_kin(s, k, i))
				break;
			/* "son fils de la tour" (names32): the particles and
			 * the core, the words untaken ("le goff": "goff" may
			 * be found already) */
			if (n == 0 && rel && (e = kin_particle_name(t, s, i,
			    k)) != NO_WORD) {
				for (size_t y = k; y <= e; y++)
					if (!word_taken(s, y) &&
					    (r = add_span(s, s->words[y].start,
					    s->words[y].end, DETECT_NAME,
					    -1)) < 0)
						return r;
				break;
			}
			/* "m. de la tour", "Mme du pont", "vu M le goff"
			 * (names33): the particles and the core */
			if (n == 0 && !rel && (e = title_particle_name(t, s,
			    i, k)) != NO_WORD) {
				for (size_t y = k; y <= e; y++)
					if (!word_taken(s, y) &&
					    (r = add_span(s, s->words[y].start,
					    s->words[y].end, DETECT_NAME,
					    -1)) < 0)
						return r;
				break;
			}
			/* "da rocha": with the word after it; first after a
			 * title too ("dr da silva", "dr le floch" when floch
			 * is found already) */
			if ((n > 0 || !rel) && word_has(s, k, D_PARTICLE) &&
			    !word_taken(s, k) && k + 1 < s->nwords &&
			    !elided_negation(t, s, k) &&
			    joined(t, s, k) && (lower_name_word(t, s, k + 1) ||
			    is_name_span(span_of(s, k + 1))))
				;
			else if (n == 0 && birth && birth_lower_word(t, s, k))
				;	/* "nee lutz,", "née fortuné," */
			else if (!rel && lower_initial(s, k) && k + 1 < s->nwords &&
			    joined(t, s, k) && (lower_initial(s, k + 1) ||
			    lower_name_word(t, s, k + 1)))
				;	/* "dr c. lemaire", "dr m. d. fontaine" */
			else if (n == 0 && !rel && salutation_at(t, s, k))
				break;	/* "chère madame chère consœur" */
			else if (n > 0 && lower_hyphen_part(t, s, k))
				;	/* "heloise petit-frere" */
			else if (n == 0 && rel && lower_first_surname(t, s, k)) {
				/* "le patient pigeon marie a appelé" */
				if ((r = add_span(s, w->start, s->words[k +
				    1].end, DETECT_NAME, -1)) < 0)
					return r;
				break;
			} else if (n == 0 && !rel && dotted_m_surname(t, s, i, k))
				;	/* "m. pigeon a appelé" (names29) */
			else if (n == 0 && rel && kin_word_first_name(t, s, i, k))
				;	/* "sa fille colombe a appelé" (names29) */
			else if (n == 0 && rel && kin_word_pair(t, s, i, k)) {
				/* "sa fille colombe pigeon a appelé" */
				if ((r = add_span(s, w->start, s->words[k +
				    1].end, DETECT_NAME, -1)) < 0)
					return r;
				break;
			}
			else if (!lower_name_word(t, s, k))
				break;
			else if (n == 0 && rel && relative_first_name(s, i, k))
				;	/* "son mari bernard passera" */
			else if (n == 0 && rel && relative_list_name(t, s, i, k))
				;	/* "sage-femme sauvage a appelé" (names27) */
			else if (n == 0 && rel && (!(w->dflags & (D_FIRST | D_LAST)) ||
			    (word_lexicon(t, s, k) && !(k + 1 < s->nwords &&
			    joined(t, s, k) && lower_name_word(t, s, k + 1)))))
				break;
			/* nor with an English word ("Mr Fernandes João
			 * prefers"), asked of a word about to be taken only */
			if (n > 0 && (s->words[k - 1].flags & (W_CAP | W_UPPER)) &&
			    lower_english(s, k))
				break;
			if ((r = add_span(s, w->start, w->end +
			    (lower_initial(s, k) ? 1 : 0), lower_initial(s, k) ?
			    DETECT_INITIAL : DETECT_NAME, -1)) < 0)
				return r;
			n += !word_has(s, k, D_PARTICLE);
		}
	}
	return 0;
}

/* "NOM, Prénom" after a title: "Mme DOUMBIA, Garazi", "MME SIMON, MARINE".
 * The word after the comma is a first name of the lists, or (not in
 * capitals) a capitalized word no dictionary has. */
int
scan_comma_first_names(const char *t, struct detect_scratch *s)
{
	int r;

	size_t n;
	const uint32_t *from = word_class(s, WC_CAPTITLED, &n);

	/* A word in capitals after a title (WC_CAPTITLED), then ", "
	 * (detect_run's gate: W_UPPER, D_TITLE and a ',' in the text). */
	for (size_t x = 0; x < n; x++) {
		size_t i = from[x];
		const struct detect_word *w = &s->words[i], *f;

		if (i + 1 >= s->nwords)
			continue;
		f = &s->words[i + 1];
		if (f->start != w->end + 2 ||
		    t[w->end] != ',' || t[w->end + 1] != ' ' ||
		    !is_name_span(span_of(s, i)) || word_taken(s, i + 1) ||
		    !is_title(t, s, i - 1) ||
		    !(f->flags & (W_CAP | W_UPPER)) || (f->dflags & (D_EPONYM |
		    D_NOTNAME | D_TITLE | D_CLINICAL)))
			continue;
		if (!((f->dflags & D_FIRST) || (!(f->flags & W_UPPER) &&
		    unknown_capitalized(t, s, i + 1))))
			continue;
		if ((r = add_span(s, f->start, f->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/*
 * A name before "né(e) le" and a date: "même patient MEUNIER né(e) le
 * 2014-06-16", "Coumba Gros née le 12/01/1953" (issue 10, the dev half's
 * patients in files without row values).  Up to three words back from
 * "né", "née", "né(e)", each capitalized or in capitals, no word of the
 * tables, and either no ordinary word or a name of the lists: "Enfant
 * né le 3 mars", "PATIENT NÉ LE" stay.  The date must have been found
 * (scan_text_dates runs first): "Paul ne le voit pas" has none.
 */
/* Word i is "né", "née" or "né(e)" followed by "le" and a date, or
 * eight digits the id rule took ("12011953"), found before. */
int
born_on_date(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *d;
	size_t j = i + 1;

	if (!word_is(s, i, "ne") && !word_is(s, i, "nee"))
		return 0;
	/* "né(e)": the "e" in parentheses */
	if (j < s->nwords && word_is(s, j, "e") &&
	    s->words[j].start == s->words[i].end + 1 &&
	    t[s->words[i].end] == '(')
		j++;
	return j + 1 < s->nwords && word_is(s, j, "le") &&
	    (d = span_of(s, j + 1)) != NULL && (d->kind == DETECT_DATE ||
	    d->kind == DETECT_ID);
}

static int strong_first(const struct detect_scratch *s, size_t i);
static int word_surname(const char *t, struct detect_scratch *s, size_t i);
static int word_surname_tables(const char *t, struct detect_scratch *s,
    size_t i);

/* Word k - 1, an ordinary word, is the surname before the first name of
 * the lists (word k, the first taken) before a birth cue: "Cordonnier
 * Paul né le 12/05/1948" (names19c, word_surname). */
static int
born_word_surname(const char *t, struct detect_scratch *s, size_t k,
    size_t first)
{
	return first == k && strong_first(s, k) && word_surname(t, s, k - 1);
}

int
scan_born_names(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a date (or an eight-digit id) found (detect_run's gate). */
	for (size_t i = 1; i + 2 < s->nwords; i++) {
		size_t first = i;

		if (!born_on_date(t, s, i))
			continue;
		for (size_t k = i; k > 0 && first + 3 > i; k--) {
			const struct detect_word *w = &s->words[k - 1];

			if (word_taken(s, k - 1) || !joined(t, s, k - 1) ||
			    !namelike(s, k - 1) || (w->dflags & (D_TITLE |
			    D_RELATIVE | D_PARTICLE | D_EPONYM | D_CLINICAL |
			    D_STREET | D_MONTH | D_UNIT)) || (w->nchars < 3 &&
			    !(w->dflags & (D_FIRST | D_LAST))) ||
			    eponym_position(t, s, k - 1) ||
			    (!(w->dflags & (D_FIRST | D_LAST)) &&
			    word_lexicon(t, s, k - 1) &&
			    !born_word_surname(t, s, k, first)))
				break;
			first = k - 1;
		}
		if (first < i && (r = add_span(s, s->words[first].start,
		    s->words[i - 1].end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word w, in lower case, is a first name of the lists that no list
 * calls ambiguous or weak and no table holds: what lower_sure_first
 * asks of the word alone (NS_LOWER_FIRST).  Its tests and-ed with no
 * branch: scan_lower_first_pairs asks it of every word (its tests one
 * after the other were mispredicted several times a comment). */
static inline int
lower_first_shape(const struct detect_word *w)
{
	return ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) == 0) &
	    (w->nchars >= 3) & ((w->dflags & D_FIRST) != 0) &
	    ((w->dflags & (D_AMBIG | D_WEAK | D_NOTNAME | D_TITLE |
	    D_RELATIVE | D_CLINICAL | D_TERM | D_EPONYM | D_PLACE)) == 0);
}

/* Word j, in lower case, is a first name of the lists that is no
 * ordinary word and that no list calls ambiguous or weak ("karim",
 * "fatoumata"; not "pierre", "rose", "eva").
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
inline __attribute__((always_inline)) int
lower_sure_first(const char *t, struct detect_scratch *s, size_t j)
{
	return lower_first_shape(&s->words[j]) && !word_taken(s, j) &&
	    !word_lexicon(t, s, j);
}

/* The words the summary looks for, in the dictionary (dict_build) with a
 * bit that tokenize moves to the word's flags: a comment's flags (the or
 * of its words') say at no cost whether it has one, where a walk of
 * every word of every comment looked them up by their hash (speed24b).
 * "Où" folds to "ou", "né" to "ne". */
const char *const detect_summary_etou[] = { "et", "ou", NULL };
const char *const detect_summary_age[] = { "an", "ans", "mois", NULL };
const char *const detect_summary_rare[] = {
	"ne", "nee", "mille", "cents", "avec", NULL,
};

/* The summary of detect_int.h (NS_*), from the words alone: "et", "ou"
 * and the words of an age by the comment's flags (W_SUMETOU,
 * W_SUMAGE); "né", "née", "mille", "cents" and "avec" (W_SUMRARE, one
 * bit for three of the summary's) told apart by a walk of the comment's
 * words only when it has one, as the first names in lower case only
 * when it has a first name of the lists.  The rules it gates walked
 * every word of every comment their old gate let through (a first name,
 * a name or a date found) for a word few comments have. */
void
name_summary_make(struct detect_scratch *s)
{
	unsigned m = NS_MADE | (s->name_summary & NS_COLONS);
	uint32_t wfl = s->word_flags;
	const struct detect_word *w = s->words;
	size_t n = s->nwords;

	m |= ((wfl & W_SUMETOU) ? NS_ETOU : 0) | ((wfl & W_SUMAGE) ? NS_AGE : 0);
	if (wfl & W_SUMRARE)
		for (size_t i = 0; i < n; i++)
			if (w[i].flags & W_SUMRARE) {
				/* "ne", "nee"; "avec"; "mille", "cents" */
				char c = wf(s, &w[i])[0];

				m |= c == 'n' ? NS_BORN : c == 'a' ? NS_AVEC :
				    NS_MILLE;
			}
	/* a first name of the lists: one word or two a comment, a branch
	 * seldom taken where the whole test of every word was half of
	 * the walk */
	if ((s->word_dflags & D_FIRST) && n <= 64)
		/* tokenize's mask of the names of the lists (D_FIRST or
		 * D_LAST): their bits, not every word (speed30c) */
		for (uint64_t b = s->name_words; b != 0; b &= b - 1) {
			size_t i = (size_t)__builtin_ctzll(b);

			if (w[i].dflags & D_FIRST)
				m |= lower_first_shape(&w[i]) ?
				    NS_LOWER_FIRST : 0;
		}
	else if (s->word_dflags & D_FIRST)
		for (size_t i = 0; i < n; i++)
			if (w[i].dflags & D_FIRST)
				m |= lower_first_shape(&w[i]) ?
				    NS_LOWER_FIRST : 0;
	s->name_summary = m;
}

/* prec48: the words of a text message's register that no dictionary
 * has (folded): negation and prepositions cut ("pa", "pr", "ds"), the
 * pronoun glued to its verb ("jsuis", "jpeux", "jai", "chui"), time and
 * politeness clipped ("dmn", "auj", "tkt", "dsl", "stp").  A word of
 * these after "c" is the message going on, no sender's name; the
 * sender's name is the word between. */
static const char *const sms_words[] = {
	"pa", "pas", "pr", "ds", "tt", "tte", "ts", "tkt", "tqt", "mdr", "dsl",
	"bcp", "demin", "dmn", "dem1", "stp", "svp", "mrc", "pk", "pq", "pcq",
	"qd", "kan", "koi", "ki", "ke", "tjs", "tjrs", "vrmt", "cv", "oki",
	"bsx", "biz", "rdv", "auj", "ajd", "aujd", "mtn", "jsp", "nn", "ui",
	"wsh", "stv", "jai", "jarrive", "javais", "jaurai", "jirai", "jattends",
	"chui", "chuis", "chai", "moi", "toi", "re", "encore", "msg", "sms",
	"tel", "jtm", "jm", NULL,
};
static uint64_t sms_words_filter;	/* word_in_filtered_list */

/* prec48: word j, in lower case, is a word of a text message's register
 * (sms_words), or a pronoun glued to its verb as the register writes it:
 * "j" and a consonant ("jpeux", "jsuis", "jvais", "jpourrai"), which no
 * given name or surname of French usage starts with. */
static int
sms_word(const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);

	if (w->fold_len >= 3 && f[0] == 'j' && !util_in_set("aeiouy", f[1]))
		return 1;
	return word_in_filtered_list(s, w, sms_words);
}

/* Word j, in lower case, is a word no dictionary or table has, four
 * letters or more, no drug or device of the keep lists, no acronym
 * ("bouaziz", "ouedraogo"; not "doliprane", "ecbu", "svp"), no word of a
 * text message's register (sms_word: "jsuis", "jpeux"; prec48). */
int
lower_unknown(const char *t, struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && w->nchars >= 4 &&
	    !(w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_STREET |
	    D_MONTH | D_UNIT | D_DATECUE | D_TERM | D_CLINICAL | D_EPONYM |
	    D_EPOHEAD | D_PLACE | D_RELATION | D_SUBJVERB | D_PARTICLE |
	    D_SPEECH | D_BRIDGE | D_RELCUE)) && !word_taken(s, j) &&
	    !word_lexicon(t, s, j) && !dict_keep_has(w->fhash) &&
	    !acronym_shape(t, s, j) && !eponym_position(t, s, j) &&
	    !sms_word(s, j);
}

/* dev25: word j, in lower case, is an elided word written without its
 * apostrophe, as patients type: "l", "d", "j", "n", "qu" glued to a word
 * of the lexicon of seven letters or more that starts with a vowel or an
 * "h" ("loperation", "lhopital", "daccident"): no surname after a first
 * name ("avan loperation", a typo run, stays; "karim bouaziz" goes; so
 * do the surnames made so, shorter: "karim lenfant", "lamour"). */
static int
elided_word(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	const char *f = wf(s, w);
	size_t n = w->fold_len, c;

	(void)t;
	if (n < 6 || (w->flags & (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	if (f[0] == 'q' && f[1] == 'u')
		c = 2;
	else if (f[0] == 'l' || f[0] == 'd' || f[0] == 'j' || f[0] == 'n')
		c = 1;
	else
		return 0;
	if (n - c < 7 || !strchr("aeiouyh", f[c]))
		return 0;
	return lexicon_has(f + c, n - c);
}

/* Text in lower case, no title or relation before the name: a first
 * name of the lists beside a word no dictionary has ("karim bouaziz
 * agité cette nuit", "bouaziz karim vu ce jour"); "nadia présente",
 * "marie doliprane", "eva 3/10" stay. */
int
scan_lower_first_pairs(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a first name of the lists in lower case (detect_run's
	 * gate: NS_LOWER_FIRST, lower_first_shape). */
	for (size_t i = 0; i < s->nwords; i++) {
		size_t a, b;

		if (!lower_sure_first(t, s, i))
			continue;
		if (i + 1 < s->nwords && joined(t, s, i) &&
		    lower_unknown(t, s, i + 1) && !elided_word(t, s, i + 1))
			a = i, b = i + 1;
		else if (i > 0 && joined(t, s, i - 1) && lower_unknown(t, s, i - 1))
			a = i - 1, b = i;
		else
			continue;
		if ((r = add_span(s, s->words[a].start, s->words[b].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word i is capitalized, no ordinary word and no word of the tables:
 * "Wojciech", "Kowalczyk", "Iparraguirre".
 * (In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much; speed29c.) */
inline __attribute__((always_inline)) int
unknown_capitalized(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return !(w->flags & W_DIGIT) && (w->flags & (W_CAP | W_UPPER)) &&
	    w->nchars >= 3 && !(w->dflags & (D_TITLE | D_NOTNAME | D_EPONYM |
	    D_STREET | D_RELATIVE | D_PARTICLE | D_CLINICAL)) &&
	    !word_taken(s, i) && !roman_numeral(s, i) &&
	    !word_lexicon(t, (struct detect_scratch *)s, i) &&
	    !eponym_position(t, s, i) && !after_saint(s, i);
}

/* Word j is "EVA" (the visual analogue pain scale) before its score, 0
 * to 10, then no unit of an age and no other number ("CVO MSD EVA 8
 * MORPHINE", "EVA 3/10"; not "DIALLO EVA 8 ANS", "EVA 06 12 34 56 78"):
 * no first name there.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
pain_score(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *n;

	if (!word_is(s, j, "eva") || j + 1 >= s->nwords || !joined(t, s, j))
		return 0;
	n = &s->words[j + 1];
	if (!(n->flags & W_DIGIT) || n->end - n->start > 2 ||
	    digits_value(t + n->start, n->end - n->start) > 10)
		return 0;
	if (j + 2 >= s->nwords)
		return 1;
	if (t[n->end] == '/')
		return 1;	/* "EVA 3/10" */
	return !(s->words[j + 2].flags & W_DIGIT) && !word_is(s, j + 2, "ans") &&
	    !word_is(s, j + 2, "an") && !word_is(s, j + 2, "a") &&
	    !word_is(s, j + 2, "mois");
}

/* Word j may anchor an unknown word as a name: a first name of the
 * dictionary written with a capital ("Jean Le Bihan", "Rose Kerbrat"),
 * or another unknown capitalized word ("Aïssatou Paoli"). */
static int
name_anchor(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	uint64_t f = w->dflags;
	int cap = (w->flags & (W_CAP | W_UPPER)) != 0;

	/* Either way below needs a capital, and its tables' bits: tested
	 * first, before eponym_position's dozen looks at the words around
	 * (most capitalized words scan_unknown_pairs asks of are titles,
	 * "Mme", "Dr", or words of the tables), which depend on the words
	 * alone and are asked again by whichever rule needs them.  Both
	 * ways in one value, one branch (speed31c). */
	int first = ((f & D_FIRST) != 0) & ((f & (D_NOTNAME | D_TITLE |
	    D_EPONYM | D_WEAK)) == 0) & (w->nchars >= 2);
	int other = ((w->flags & W_DIGIT) == 0) & (w->nchars >= 3) &
	    ((f & (D_TITLE | D_NOTNAME | D_EPONYM | D_STREET | D_RELATIVE |
	    D_PARTICLE | D_CLINICAL)) == 0);

	if (!(cap & (first | other)))
		return 0;
	/* No first name of the lists: unknown_capitalized below, whose
	 * word in the lexicon ("Patient", "Bonne", a sentence's first
	 * word) is no anchor; asked before eponym_position's look at the
	 * words around (both are answers of the words alone, kept in the
	 * word: the order changes no answer; speed48) */
	if (!first && (word_taken(s, j) || roman_numeral(s, j) ||
	    word_lexicon(t, (struct detect_scratch *)s, j)))
		return 0;
	/* "Saint-Laurent-du-Maroni", "Saint-Jean-de-Luz": a place */
	if (word_taken(s, j) || (w->flags & W_DIGIT) || eponym_position(t, s, j) ||
	    after_saint(s, j) || pain_score(t, s, j))
		return 0;
	if ((w->flags & (W_CAP | W_UPPER)) && (w->dflags & D_FIRST) &&
	    !(w->dflags & (D_NOTNAME | D_TITLE | D_EPONYM | D_WEAK)) &&
	    w->nchars >= 2)
		return 1;
	return unknown_capitalized(t, s, j);
}

/* Word j names a thing, not a person, and word o no name of the lists
 * beside it: j is written as an acronym ("DREPANO CVO MSD": crise
 * vaso-occlusive, membre supérieur droit) or is a place, an organization
 * or a substance of the keep lists ("EVASAN Mayotte", "UNV de Brest"),
 * and no name of the lists either ("Marie DIA", "Pierre Morlaix" stay
 * pairs).  */
static int
pair_thing(const char *t, const struct detect_scratch *s, size_t j, size_t o)
{
	const struct detect_word *w = &s->words[j];

	return !((w->dflags | s->words[o].dflags) & (D_FIRST | D_LAST)) &&
	    (acronym_shape(t, s, j) || dict_keep_has(w->fhash) ||
	    english_pair(s, j, o) || graded_after(t, s, j > o ? j : o) ||
	    (j < o && organism_genus(t, s, j) &&
	    medical_has(s->words[o].fhash)) || product_pair(t, s, j, o));
}

/* Word i, capitalized, is a place of Dicollecte's proper nouns that no
 * list of names holds (dict_keep_has: "Lille", "Roubaix", "Belgique"). */
static int
kept_place(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    !(w->dflags & (D_FIRST | D_LAST)) && dict_keep_has(w->fhash);
}

/* The pair from word i to word k is a name (added), unless a particle
 * leads to a place of Dicollecte's proper nouns (kept_place: "Faure de
 * Lille", add_neighbour).  Out of line: asked of the pairs found only.
 * 0, 1 or -ENOMEM, as add_span. */
static __attribute__((noinline)) int
add_pair(struct detect_scratch *s, size_t i, size_t k)
{
	if (k > i + 1 && kept_place(s, k))
		return 0;
	return add_span(s, s->words[i].start, s->words[k].end, DETECT_NAME,
	    -1);
}

/* Word k is a Vietnamese surname of two letters, capitalized, with a
 * diacritic no French word of two letters has ("Lê", "Lý", "Võ", "Vũ",
 * "Tô": they fold to function words, "le", "ly", "vo"), after a
 * capitalized first name of the lists, one space between: "Jade Lê, MS".
 * Not "là", "où", "çà", "dû", "né" (a grave, a circumflex on u, a cedilla,
 * an acute). */
static int
short_accented_surname(const char *t, const struct detect_scratch *s,
    size_t i, size_t k)
{
	const struct detect_word *w = &s->words[k], *f = &s->words[i];
	const unsigned char *u = (const unsigned char *)t + w->start;
	size_t n = w->end - w->start;

	if (k != i + 1 || w->nchars != 2 || n <= 2 || !(w->flags & W_CAP) ||
	    (w->flags & (W_UPPER | W_DIGIT)) || w->start != f->end + 1 ||
	    t[f->end] != ' ' || !(f->flags & W_CAP) || (f->flags & W_UPPER) ||
	    !(f->dflags & D_FIRST) || f->nchars < 3 ||
	    (f->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_MONTH)))
		return 0;
	for (size_t b = 0; b + 1 < n; b++)
		if (u[b] == 0xc3 && (u[b + 1] == 0xa0 || u[b + 1] == 0xb9 ||
		    u[b + 1] == 0xa7 || u[b + 1] == 0xbb || u[b + 1] == 0xa9 ||
		    u[b + 1] == 0xa8))
			return 0;
	return 1;
}

/* Word k in capitals is joined by a '-' to a number: a code, an enzyme's,
 * a variant's, a virus's ("OXA-48", "NDM-1", "KPC-2", "COVID-19"), no
 * word of a name ("EPC OXA-48" read as a pair of unknown capitals) when
 * no name of the lists stands in the pair ("JEAN KERGOAT-2" of a
 * numbered list stays a name). */
static int
caps_code_word(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return (w->flags & W_UPPER) && w->end + 1 < s->text_len &&
	    t[w->end] == '-' && util_is_digit(t[w->end + 1]);
}

static int word_surname_pair(const char *t, struct detect_scratch *s,
    size_t i);
static int caps_word_surname_pair(const char *t, struct detect_scratch *s,
    size_t i);
static int person_slot_before(const char *t, const struct detect_scratch *s,
    size_t i);

/* After word k, a participle of a visit or a call said of a person
 * ("prévenu", "présente", "vue", "absent"), one space between. */
static int
visit_participle_follows(const char *t, const struct detect_scratch *s,
    size_t k)
{
	static const char *const visits[] = {
		"prevenu", "prevenue", "present", "presente", "vu", "vue",
		"venu", "venue", "appele", "appelee", "informe", "informee",
		"absent", "absente", "joint", "jointe", "contacte",
		"contactee", NULL,
	};

	return k + 1 < s->nwords && s->words[k + 1].start == s->words[k].end + 1 &&
	    t[s->words[k].end] == ' ' &&
	    in_list(visits, wf(s, &s->words[k + 1]), s->words[k + 1].fold_len);
}

/* Word a, the first of a name of two, stands where a person is named
 * (names20): after a preposition that leads to one or a closing
 * (person_slot_before), or a relative or a relation, one space between
 * ("sa fille L. Pigeon"). */
static int
person_slot(const char *t, const struct detect_scratch *s, size_t a)
{
	return person_slot_before(t, s, a) || (a > 0 &&
	    s->words[a].start == s->words[a - 1].end + 1 &&
	    t[s->words[a - 1].end] == ' ' &&
	    word_has(s, a - 1, D_RELATIVE | D_RELATION));
}

/* Nouns a letter labels ("Groupe A.", "Salle B.", "Vitamine D."): no
 * surname before an initial. */
static const char *const lettered[] = {
	"groupe", "type", "classe", "stade", "grade", "niveau", "zone",
	"salle", "lit", "chambre", "secteur", "unite", "aile",
	"batiment", "pavillon", "annexe", "plan", "porte", "etage",
	"bloc", "box", "vitamine", "hepatite", "categorie", "phase",
	"option", "lot", "serie", "tranche", "rhesus", "equipe",
	"liste", "cote", "hall", "escalier", "entree", "tour",
	"module", "section", NULL,
};
static uint64_t lettered_filter;	/* word_in_filtered_list */

/* A surname in capitals that is an ordinary word, then an initial
 * ("PRINCE A.", "VIGNERON P.", "CHAPELLE H."), as a lab sheet's sampler,
 * a signature or a staff list writes it: where a sentence, a line or a
 * label's value starts, or a person is named (person_slot); the clause
 * ends after the initial's dot, goes on in lower case, or a dash or a
 * note in parentheses follows.  The word passes word_surname's tables
 * in capitals, and no noun a letter labels ("GROUPE A.", "STADE B.",
 * "VITAMINE D.": lettered).  1 or 0 (review21). */
static int
caps_surname_initial(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t k = i + 1, e;
	int slot;

	if (!(w->flags & W_UPPER) || k >= s->nwords || !is_initial(s, k) ||
	    s->words[k].start != w->end + 1 || t[w->end] != ' ' ||
	    word_taken(s, i) || word_taken(s, k) ||
	    word_in_filtered_list(s, w, lettered) ||
	    !word_surname_tables(t, s, i))
		return 0;
	if (!(slot = person_slot(t, s, i)) && !sentence_start(t, s, i))
		return 0;
	e = s->words[k].end + 1;	/* past the initial's dot */
	if (e >= s->text_len || util_in_set(",;:)\n\r", t[e]))
		return 1;
	if (t[e] != ' ' || e + 1 >= s->text_len)
		return 0;
	if (t[e + 1] == '-' || t[e + 1] == '(')
		return 1;
	/* lower case after only where a person is named ("vu par
	 * CHAPELLE H. ce jour"; "CAT : POURSUITE A. voir" stays) */
	return slot && k + 1 < s->nwords && s->words[k + 1].start == e + 1 &&
	    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT));
}

/* An initial beside a surname that is an ordinary word no list has
 * (names20; the initial rule takes "J. Dupont" only beside a name
 * found): 1 for the initial first at word i ("L. Pigeon prévenu ce
 * jour", "vu avec L. Pigeon"), 2 for the surname first ("Vu avec Pigeon
 * L. ce matin"), 0 for none.  The surname passes word_surname (no word
 * of care, of the tables, of the keep lists); the pair stands where a
 * person is named (person_slot) or, the initial first at a sentence's
 * start, before a person's verb or a participle of a visit ("A.
 * Histoire de la maladie", "B. Examen", "vitamine D. Pomme cuite" stay);
 * after it the clause ends or goes on in lower case. */
static int
initial_word_surname(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1, e;
	int ini;

	if (k >= s->nwords)
		return 0;
	/* the spacing and the spans in one test, the initial (a rare
	 * letter alone, a predicted branch) first (speed31c) */
	ini = is_initial(s, i);
	if (!((s->words[k].start == s->words[i].end + 1 + (unsigned)ini) &
	    !(s->words[i].touched | s->words[k].touched)))
		return 0;
	if (ini) {
		if (t[s->words[i].end] != '.' || t[s->words[i].end + 1] != ' ' ||
		    is_title(t, s, i) || word_has(s, i, D_TITLE) ||
		    !word_surname(t, s, k))
			return 0;
		e = s->words[k].end;
		if (!(e >= s->text_len || util_in_set(",.;:)", t[e]) ||
		    (t[e] == ' ' && k + 1 < s->nwords &&
		    s->words[k + 1].start == e + 1 &&
		    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT)))))
			return 0;
		if (person_slot(t, s, i))
			return 1;
		return sentence_start(t, s, i) &&
		    (person_verb_follows(t, s, k) ||
		    visit_participle_follows(t, s, k)) ? 1 : 0;
	}
	if (!is_initial(s, k) || t[s->words[i].end] != ' ' ||
	    word_in_filtered_list(s, &s->words[i], lettered) ||
	    !word_surname(t, s, i) || !person_slot(t, s, i))
		return 0;
	e = s->words[k].end + 1;	/* past the initial's dot */
	return e >= s->text_len || util_in_set(",;:)", t[e]) ||
	    (t[e] == ' ' && k + 1 < s->nwords &&
	    s->words[k + 1].start == e + 1 &&
	    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT))) ? 2 : 0;
}

/* Before the particles that lead to word k, a street's type ("rue Du
 * Pont", "place de la Tour"). */
static int
street_before_particles(const struct detect_scratch *s, size_t k)
{
	size_t p = k;

	while (p > 0 && p + 3 > k && word_has(s, p - 1, D_PARTICLE))
		p--;
	return p > 0 && p < k && word_has(s, p - 1, D_STREET);
}

/* Word k, after particles, ends a surname that is an ordinary word or
 * unknown to every list: capitalized, three letters or more, a
 * word_surname or a word no dictionary has, the clause ending after it
 * or going on in lower case. */
static int
particle_core(const char *t, struct detect_scratch *s, size_t k, int glued)
{
	const struct detect_word *w;
	size_t e;
	int place;

	if (k >= s->nwords || word_taken(s, k) ||
	    !(s->words[k].flags & W_CAP) || (s->words[k].flags & W_UPPER))
		return 0;
	w = &s->words[k];
	place = kept_place(s, k) || word_has(s, k, D_PLACE);
	/* glued to "N'", "O'", a town's name is a name's core ("N'Dour":
	 * Dour is a town of Belgium too); after "de", "Du", the town is
	 * where someone is from ("Marie de Lyon") */
	if (place && !glued)
		return 0;
	/* a street's word after the particle ("Du Pont", "de la Tour"),
	 * not after a street's own type ("rue Du Pont") */
	if (!place && !(word_surname(t, s, k) || unknown_capitalized(t, s, k) ||
	    ((w->dflags & D_STREET) && w->nchars >= 3 &&
	    !(w->dflags & (D_TITLE | D_NOTNAME | D_MONTH | D_DATECUE |
	    D_CLINICAL | D_TERM | D_UNIT)) && !dict_keep_has(w->fhash) &&
	    !street_before_particles(s, k))))
		return 0;
	e = w->end;
	return e >= s->text_len || util_in_set(",.;:)", t[e]) ||
	    (t[e] == ' ' && k + 1 < s->nwords && s->words[k + 1].start == e + 1 &&
	    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT)));
}

/* A surname with a particle whose core is an ordinary word or in no list
 * (names20), from word i; the index past its last word, or 0:
 * - "Du", "Des", "De" with a capital where no sentence starts, after a
 *   word in lower case or a first name ("Vue par Du Pont", "avec Hugo
 *   Des Rosiers", "et De La Cruz"): French writes the article of a
 *   common noun in lower case, and "La", "Le" are left, the articles of
 *   towns ("à La Rochelle");
 * - "de", "du", "des", "de la", "d'" in lower case right after a first
 *   name found ("Hugo de la Tour", "Marie du Pont");
 * - the letter O, N or M and an apostrophe, glued to a capitalized word
 *   no dictionary has ("avec O'Neill", "Marie N'Dour", "par M'Bappé"):
 *   the Irish and the West African prefixes (not "D'", "L'": French
 *   elisions).
 * The core passes particle_core: no place, street, drug, word of care or
 * of the tables. */
/* Word i (a particle) and word i + 1 are not an eponym's and no eponym's
 * head stands before ("test O'Sullivan", "maladie de De Quervain"):
 * particle_surname's condition, asked last because eponym_position is
 * its costliest test (it reads the words alone, not the spans: asked
 * late or early, the same answer).  i + 1 < nwords. */
static int
particle_not_eponym(const char *t, struct detect_scratch *s, size_t i)
{
	return !eponym_position(t, s, i) && !eponym_position(t, s, i + 1) &&
	    !(i > 0 && (s->words[i - 1].dflags & D_EPOHEAD));
}

/* In line where this file asks it: thousands of calls a pass for a
 * test of a dozen instructions, the call cost as much (speed29c). */
static inline __attribute__((always_inline)) size_t
particle_surname(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t k = i + 1;
	int cap = (w->flags & W_CAP) && !(w->flags & W_UPPER);

	/* not a disease's, a sign's or a test's man ("test O'Sullivan"):
	 * particle_not_eponym, asked below only of the shapes that pass
	 * (speed20: two eponym_position a word, most never needed) */
	if (word_taken(s, i) || k >= s->nwords)
		return 0;
	/* "O'Neill", "N'Dour" */
	if (w->nchars == 1 && cap && (t[w->start] == 'O' || t[w->start] == 'N' ||
	    t[w->start] == 'M') && ((s->words[k].start == w->end + 1 &&
	    t[w->end] == '\'') || (s->words[k].start == w->end + 3 &&
	    memcmp(t + w->end, "\xe2\x80\x99", 3) == 0)) &&
	    !word_lexicon(t, s, k) &&
	    !(s->words[k].dflags & (D_TITLE | D_NOTNAME | D_SUBJVERB |
	    D_PARTICLE | D_STREET | D_CLINICAL | D_TERM)) &&
	    particle_not_eponym(t, s, i) && particle_core(t, s, k, 1))
		return k + 1;
	if (!word_has(s, i, D_PARTICLE) || !joined(t, s, i))
		return 0;
	if (cap && (word_is(s, i, "du") || word_is(s, i, "des") ||
	    word_is(s, i, "de")) && !sentence_start(t, s, i) &&
	    s->words[i].start == s->words[i - 1].end + 1 &&
	    t[s->words[i - 1].end] == ' ' &&
	    /* not after a particle: "(pas de De Quervain)" */
	    !word_has(s, i - 1, D_PARTICLE) &&
	    (!(s->words[i - 1].flags & (W_CAP | W_UPPER | W_DIGIT)) ||
	    ((s->words[i - 1].dflags & D_FIRST) &&
	    is_name_span(span_of(s, i - 1))))) {
		/* "De La Cruz" */
		if (word_is(s, i, "de") && (word_is(s, k, "la") ||
		    word_is(s, k, "le")) && (s->words[k].flags & W_CAP) &&
		    joined(t, s, k))
			k++;
		return particle_not_eponym(t, s, i) &&
		    particle_core(t, s, k, 0) ? k + 1 : 0;
	}
	if (w->flags & (W_CAP | W_UPPER) || i == 0 ||
	    !(word_is(s, i, "de") || word_is(s, i, "du") ||
	    word_is(s, i, "des")) ||
	    s->words[i].start != s->words[i - 1].end + 1 ||
	    t[s->words[i - 1].end] != ' ' ||
	    !(s->words[i - 1].flags & W_CAP) ||
	    !(s->words[i - 1].dflags & D_FIRST) ||
	    !is_name_span(span_of(s, i - 1)))
		return 0;
	if (word_is(s, i, "de") && word_is(s, k, "la") &&
	    !(s->words[k].flags & (W_CAP | W_UPPER)) && joined(t, s, k))
		k++;
	return particle_not_eponym(t, s, i) &&
	    particle_core(t, s, k, 0) ? k + 1 : 0;
}

/* particle_surname may find something from word i: a letter alone
 * ("O'Neill") or a particle; else it is 0 before any test with a cost,
 * asked here without the call (speed21: twice a word of WC_PAIR). */
static inline int
particle_surname_may(const struct detect_scratch *s, size_t i)
{
	/* (no branch between the two: speed31c) */
	return (s->words[i].nchars == 1) |
	    ((s->words[i].dflags & D_PARTICLE) != 0);
}

/* names41: word i is "MM." (messieurs) before a list of names ("MM.
 * Kervadec, Tursun et Okonkwo", "Vu MM. Durand et Petit"): "MM" in
 * capitals, its dot and one space, no number before it ("5 MM.",
 * "12 MM. Biopsie": millimetres), then two items at least, each as
 * plural_title_items reads them (written as the first, no word of the
 * tables, care or drug; "MM. les médecins" has none).  The first item
 * goes here, the others through plural_title_items.  The index past
 * the first item, or 0. */
static __attribute__((noinline)) size_t
plural_mm_title(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t j = i + 1, e, a, b;
	uint32_t caps;

	if (w->nchars != 2 || !(w->flags & W_UPPER) || j + 2 >= s->nwords ||
	    !word_is(s, i, "mm") || w->end + 2 != s->words[j].start ||
	    t[w->end] != '.' || t[w->end + 1] != ' ')
		return 0;
	/* no number before, a space or a comma between ("5 MM.", "5,5 MM.") */
	for (a = w->start; a > 0 && util_in_set(" ,.", t[a - 1]); a--)
		;
	if (a > 0 && util_is_digit(t[a - 1]))
		return 0;
	caps = s->words[j].flags & (W_CAP | W_UPPER);
	if (!caps)
		return 0;
	e = j;
	while (e + 1 < s->nwords && e < j + 2 && word_has(s, e, D_PARTICLE) &&
	    joined(t, s, e) && particle_leads_to_name(t, s, e))
		e++;
	if (!plural_item_word(t, s, e, caps) || e + 2 >= s->nwords)
		return 0;
	/* a second item, after ", " or " et " */
	a = s->words[e].end;
	b = s->words[e + 1].start;
	if (b == a + 2 && t[a] == ',' && t[a + 1] == ' ')
		b = e + 1;
	else if (b == a + 1 && t[a] == ' ' && word_is(s, e + 1, "et") &&
	    joined(t, s, e + 1))
		b = e + 2;
	else
		return 0;
	while (b + 1 < s->nwords && word_has(s, b, D_PARTICLE) &&
	    joined(t, s, b) && particle_leads_to_name(t, s, b))
		b++;
	if (b >= s->nwords || !plural_item_word(t, s, b, caps))
		return 0;
	return e + 1;
}

/* names41: word k is in brackets right after word i, " (" before and
 * ")" glued after, as a note writes a person's other name beside the
 * one it uses ("Gulnar (Tursun) ce jour", "c'est Gulnar (Tursun)."):
 * the two words pass the pair's tests (an anchor, one of them no
 * dictionary's word, no thing nor employer), neither a drug, a kept word
 * or place ("Xarelto (Rivaroxaban)", "Bilan (Nantes)").  Each word is
 * a name of its own. */
static __attribute__((noinline)) int
bracket_pair(const char *t, struct detect_scratch *s, size_t i, size_t k)
{
	const struct detect_word *a = &s->words[i], *b = &s->words[k];

	if (b->start != a->end + 2 || t[a->end] != ' ' ||
	    t[a->end + 1] != '(' || b->end >= s->text_len || t[b->end] != ')' ||
	    ((a->flags | b->flags) & (W_UPPER | W_DIGIT)) ||
	    !(a->flags & b->flags & W_CAP) || word_taken(s, k))
		return 0;
	if (!(unknown_capitalized(t, s, i) || unknown_capitalized(t, s, k)) ||
	    !name_anchor(t, s, i) || !name_anchor(t, s, k) ||
	    dict_drug_has(a->fhash) || dict_drug_has(b->fhash) ||
	    dict_keep_has(a->fhash) || dict_keep_has(b->fhash) ||
	    kept_place(s, i) || kept_place(s, k) ||
	    (a->dflags & (D_TERM | D_PLACE | D_UNIT | D_MONTH)) ||
	    (b->dflags & (D_TERM | D_PLACE | D_UNIT | D_MONTH)))
		return 0;
	return !employer_name(t, s, i) && !pair_thing(t, s, i, k) &&
	    !pair_thing(t, s, k, i);
}

/* Two words of one name that no list knows: the unknown word i and an
 * anchor beside it, particles between ("Jean Le Bihan"). */
int
scan_unknown_pairs(const char *t, struct detect_scratch *s)
{
	size_t n, next = 0;
	const uint32_t *from = word_class(s, WC_PAIR, &n);
	size_t e, b;
	int r, c;

	/* From a capitalized word (detect_run's gate), the next word
	 * capitalized or a particle (WC_PAIR), past the last pair found */
	for (size_t x = 0; x < n; x++) {
		size_t i = from[x], k = i + 1;

		if (i < next)
			continue;
		/* "MM. Kervadec, Tursun et Okonkwo" (names41) */
		/* (the bytes first: the rules are out of line, asked of
		 * a few words a pass) */
		if (s->words[i].nchars == 2 && t[s->words[i].end] == '.' &&
		    (e = plural_mm_title(t, s, i)) != 0) {
			if ((r = add_span(s, s->words[i + 1].start,
			    s->words[e - 1].end, DETECT_NAME, -1)) < 0 ||
			    (r = plural_title_items(t, s, i, e)) < 0)
				return r;
			next = e;
			continue;
		}
		/* "Rose Vigneron a appelé", "Vigneron Marie, née le" */
		if (word_surname_pair(t, s, i) ||
		    caps_word_surname_pair(t, s, i)) {
			/* the first name found already ("Cordonnier Paul
			 * né le": the birth rule's), the surname alone; the
			 * first name found already ("Sophie Février signale":
			 * calendar_surname), the month alone */
			if ((r = word_taken(s, i + 1) ? add_span(s,
			    s->words[i].start, s->words[i].end, DETECT_NAME,
			    -1) : word_taken(s, i) ? add_span(s,
			    s->words[i + 1].start, s->words[i + 1].end,
			    DETECT_NAME, -1) : add_pair(s, i, i + 1)) < 0)
				return r;
			next = i + 2;
			continue;
		}
		/* "Vue par Du Pont", "Hugo de la Tour", "avec O'Neill"
		 * (names20) */
		/* (the particle in lower case after the first name word i
		 * is no word of WC_PAIR, and the pair below would take "N"
		 * of "Marie N'Dour" with word i: asked from i) */
		b = i;
		if ((e = particle_surname_may(s, i) ? particle_surname(t, s,
		    i) : 0) == 0 && i + 1 < s->nwords)
			e = particle_surname_may(s, b = i + 1) ?
			    particle_surname(t, s, b) : 0;
		if (e != 0) {
			/* names29: a first name of the lists right before an
			 * apostrophe's name ("Marie O'Brien", "Jean O’Neill"),
			 * which the pair found from the letter left raw */
			if (b == i + 1 && s->words[b].nchars == 1 &&
			    strong_first(s, i) && !word_taken(s, i) &&
			    joined(t, s, i) &&
			    s->words[b].start == s->words[i].end + 1)
				b = i;
			if ((r = add_span(s, s->words[b].start,
			    s->words[e - 1].end, DETECT_NAME, -1)) < 0)
				return r;
			next = e;
			continue;
		}
		/* "L. Pigeon prévenu", "vu avec Pigeon L." (names20) */
		/* "PRINCE A." (review21): as the surname first below */
		if (caps_surname_initial(t, s, i)) {
			if ((r = add_span(s, s->words[k].start,
			    s->words[k].end + 1, DETECT_INITIAL, -1)) < 0 ||
			    (r = add_span(s, s->words[i].start,
			    s->words[i].end, DETECT_NAME, -1)) < 0)
				return r;
			next = i + 2;
			continue;
		}
		if ((c = initial_word_surname(t, s, i)) != 0) {
			size_t ini = c == 1 ? i : i + 1, sur = c == 1 ? i + 1 : i;

			if ((r = add_span(s, s->words[ini].start,
			    s->words[ini].end + 1, DETECT_INITIAL, -1)) < 0 ||
			    (r = add_span(s, s->words[sur].start,
			    s->words[sur].end, DETECT_NAME, -1)) < 0)
				return r;
			next = i + 2;
			continue;
		}
		/* "Jade Lê": "Lê" is a particle to the tables */
		if (k < s->nwords && ((s->words[k].nchars == 2) &
		    (s->words[k].end - s->words[k].start > 2)) &&
		    short_accented_surname(t, s, i, k)) {
			if ((r = add_pair(s, i, k)) < 0)
				return r;
			next = k + 1;
			continue;
		}
		/* "Gulnar (Tursun) ce jour" (names41) */
		if (k < s->nwords && t[s->words[i].end] == ' ' &&
		    t[s->words[i].end + 1] == '(' && bracket_pair(t, s, i, k)) {
			if ((!word_taken(s, i) && (r = add_span(s,
			    s->words[i].start, s->words[i].end, DETECT_NAME,
			    -1)) < 0) || (r = add_span(s, s->words[k].start,
			    s->words[k].end, DETECT_NAME, -1)) < 0)
				return r;
			next = k + 1;
			continue;
		}
		while (k < s->nwords && k < i + 3 && joined(t, s, k - 1) &&
		    word_has(s, k, D_PARTICLE) && !word_taken(s, k))
			k++;
		/* Two capitalized words first (an anchor is one): the lexicon
		 * that unknown_capitalized asks is a cache miss or two. */
		if (k >= s->nwords || !joined(t, s, k - 1) ||
		    !(s->words[k].flags & (W_CAP | W_UPPER)))
			continue;
		if ((!unknown_capitalized(t, s, i) && !name_anchor(t, s, i)) ||
		    !(unknown_capitalized(t, s, i) || unknown_capitalized(t, s, k)) ||
		    !name_anchor(t, s, k) || employer_name(t, s, i) ||
		    pair_thing(t, s, i, k) || pair_thing(t, s, k, i) ||
		    ((caps_code_word(t, s, i) || caps_code_word(t, s, k)) &&
		    !((s->words[i].dflags | s->words[k].dflags) &
		    (D_FIRST | D_LAST))))
			continue;
		if ((r = add_pair(s, i, k)) < 0)
			return r;
		next = k + 1;
	}
	return 0;
}

/* Unknown capitalized word i beside a name found is one of its words
 * (added as a name), but not, after a particle with no name after it,
 * a place of Dicollecte's proper nouns (kept_place): where the
 * person is from ("Faure de Lille ? Non, Faure de Roubaix"), no part of
 * the name; a place tells less than the name, which still goes.  0, 1
 * or -ENOMEM, as add_span. */
static __attribute__((noinline)) int
add_neighbour(const char *t, struct detect_scratch *s, size_t i)
{
	size_t pr;
	const struct detect_span *rt;

	if (i > 0 && word_has(s, i - 1, D_PARTICLE) && kept_place(s, i) &&
	    !((pr = across_particles(t, s, i, 1)) != NO_WORD &&
	    (rt = span_of(s, pr)) != NULL && rt->kind == DETECT_NAME))
		return 0;
	return add_span(s, s->words[i].start, s->words[i].end, DETECT_NAME,
	    -1);
}

/* Word i, a name found, begins after a capital O, N or M glued by an
 * apostrophe that no rule took: "Ms O'Connell", "N'Guessan", "M'Barek"
 * (the letter is the name's: O' is Irish, N' and M' West African and
 * Maghrebi); not "D'" nor "L'" ("D'après Martin": French elisions). */
static int
elided_prefix(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p;
	size_t e, g;
	char c;

	if (i == 0 || s->words[i - 1].nchars != 1)
		return 0;
	p = &s->words[i - 1];
	e = p->end;
	g = s->words[i].start - e;
	c = t[p->start];
	if ((c != 'O' && c != 'N' && c != 'M') || !((g == 1 && t[e] == '\'') ||
	    (g == 3 && memcmp(t + e, "\xe2\x80\x99", 3) == 0)))
		return 0;
	return !word_taken(s, i - 1) && is_name_span(span_of(s, i));
}

/* Word i, in capitals, follows a name in capitals after " / ", as a
 * door's or a letterbox's label lists who lives there ("interphone
 * « CARDOSO / PIRES »"): a surname of the lists (an ordinary word too)
 * or a word no dictionary has.  "DUPONT / RAS", "MARTIN / HDJ" stay. */
static int
slash_surname(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;

	if (i == 0 || !(w->flags & W_UPPER) || (w->flags & W_DIGIT) ||
	    w->nchars < 3 || word_taken(s, i))
		return 0;
	p = &s->words[i - 1];
	if (!(p->flags & W_UPPER) || w->start != p->end + 3 ||
	    memcmp(t + p->end, " / ", 3) != 0 ||
	    !is_name_span(span_of(s, i - 1)) ||
	    (w->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_MONTH |
	    D_DATECUE | D_PARTICLE | D_STREET | D_UNIT | D_CLINICAL | D_TERM |
	    D_NOTNAME)))
		return 0;
	return (w->dflags & D_LAST) || !word_lexicon(t, s, i);
}

/* Word i, capitalized, may be a surname that is an ordinary word
 * ("Chapelle", "Pigeon", "Vigneron") beside a first name of the lists:
 * no word of the tables (a title, a relative, a month or a weekday, a
 * particle, a street's or a unit's word, a clinical word, a term, a
 * verb of a subject), no eponym unless a name of the lists too
 * ("Gilbert"), no drug, no place or institution of the keep lists, no
 * service or carer ("Marie Pharmacie", "Jean Doliprane", "Pierre
 * Bénite"), not in an eponym's position ("maladie de Jean Charcot") nor
 * after "Saint" (names19c). */
static int
word_surname(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_CAP) && !(w->flags & W_UPPER) &&
	    word_surname_tables(t, s, i);
}

/* word_surname's tables, whatever the word's case: "PRINCE" passes as
 * "Prince" does (caps_surname_initial). */
static int
word_surname_tables(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if ((w->flags & W_DIGIT) ||
	    w->nchars < 3 || (w->dflags & (D_TITLE | D_RELATIVE | D_RELATION |
	    D_MONTH | D_DATECUE | D_PARTICLE | D_STREET | D_UNIT | D_CLINICAL |
	    D_HOLIDAY | D_NAMECUE | D_TERM | D_SUBJVERB | D_SPEECH | D_PLACE |
	    D_INSTHEAD | D_NOTNAME)) || kept_place(s, i))
		return 0;
	if ((w->dflags & D_EPONYM) && !(w->dflags & (D_FIRST | D_LAST)))
		return 0;
	return !dict_drug_has(w->fhash) && !dict_keep_has(w->fhash) &&
	    !service_word(s, i) && !care_unit_or_agent(t, s, i) &&
	    !eponym_position(t, s, i) && !after_saint(s, i);
}

/* Word i, capitalized, is a first name of the lists that is no weak
 * name nor a table's word: "Rose", "Jean", "Marie" (ordinary words too,
 * D_AMBIG: the person's verb or the birth cue after the pair decides),
 * not "Appel". */
static int
strong_first(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 3 && (w->dflags & D_FIRST) &&
	    !(w->dflags & (D_WEAK | D_NOTNAME | D_EPONYM | D_TITLE |
	    D_RELATIVE | D_CLINICAL | D_MONTH | D_TERM | D_PLACE));
}

/* strong_first's word in lower case: "marie", "jean", "rose". */
static int
lower_strong_first(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return !(w->flags & (W_CAP | W_UPPER | W_DIGIT)) && w->nchars >= 3 &&
	    (w->dflags & D_FIRST) && !(w->dflags & (D_WEAK | D_NOTNAME |
	    D_EPONYM | D_TITLE | D_RELATIVE | D_CLINICAL | D_MONTH | D_TERM |
	    D_PLACE));
}

/* The pair from word i to word i + 1, two capitalized words one space
 * apart, is a first name of the lists and a surname that is an ordinary
 * word (word_surname), as the subject of what only a person does or
 * before a birth date, where no other rule took the first name (a
 * sentence's first word): "Rose Vigneron a appelé", "Jean Pigeon n'a pas
 * mangé", "Marie Chapelle née le 3/4/1950"; or the surname first before
 * the birth cue, a comma between or not: "Vigneron Marie, née le
 * 3/4/1950".  The surname first before a verb is left ("Puis Jean a
 * appelé", "Hier Marie a dit": the word before a first name at a
 * sentence's start is an adverb as often).  names19c. */
/* Word i starts a person's name by its place (names20): right after a
 * preposition that leads to a person, in lower case, one space between
 * ("Courrier de Marie Abbé", "adressée par Jean Pigeon", "avec",
 * "et", "chez", "pour", "selon"), or after the salutation that closes a
 * letter, the name ending the text or its line ("Cordialement. Marie
 * Abbé": the signature). */
static int
person_slot_before(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const preps[] = {
		"de", "par", "avec", "et", "chez", "pour", "selon", NULL,
	};
	static const char *const closings[] = {
		"cordialement", "amicalement", "confraternellement",
		"salutations", "sincerement", "respectueusement", NULL,
	};
	static uint64_t closings_filter;	/* word_in_filtered_list */
	const struct detect_word *p;
	size_t e, k;

	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if (s->words[i].start == p->end + 1 && t[p->end] == ' ' &&
	    !(p->flags & (W_CAP | W_UPPER | W_DIGIT)))
		/* not a disease's or a sign's man ("signe de Marcus Gunn") */
		return in_list(preps, wf(s, p), p->fold_len) &&
		    !eponym_position(t, s, i);
	if (!word_in_filtered_list(s, p, closings) ||
	    s->words[i].start > p->end + 3)
		return 0;
	for (k = p->end; k < s->words[i].start; k++)
		if (!util_in_set(".,! \n", t[k]))
			return 0;
	/* the name ends the text or its line */
	e = s->words[i + 1].end;
	while (e < s->text_len && t[e] == ' ')
		e++;
	return e >= s->text_len || t[e] == '\n' || t[e] == '\r';
}

/* After word k, "a écrit": the header of a quoted e-mail ("Le 3 mars,
 * Marie Abbé a écrit :"). */
static int
wrote_follows(const struct detect_scratch *s, size_t k)
{
	return k + 2 < s->nwords && word_is(s, k + 1, "a") &&
	    s->words[k + 1].end - s->words[k + 1].start == 1 &&
	    word_is(s, k + 2, "ecrit");
}

/* After word k, "est" and a participle or an adjective said of a
 * person who came, left or was told ("Marie Abbé est passée", "Jean
 * Pigeon est injoignable"): after a pair of a first name and a word
 * surname, no drug nor wound is that subject (names20). */
static int
est_person_follows(const struct detect_scratch *s, size_t k)
{
	static const char *const states[] = {
		"passe", "passee", "venu", "venue", "revenu", "revenue",
		"sorti", "sortie", "arrive", "arrivee", "parti", "partie",
		"present", "presente", "absent", "absente", "joignable",
		"injoignable", "informe", "informee", "prevenu", "prevenue",
		"inquiet", "inquiete", "decede", "decedee", "d", NULL,
	};

	return k + 2 < s->nwords && word_is(s, k + 1, "est") &&
	    in_list(states, wf(s, &s->words[k + 2]), s->words[k + 2].fold_len) &&
	    (!word_is(s, k + 2, "d") || (k + 3 < s->nwords &&
	    word_is(s, k + 3, "accord")));
}

/* Word i, a sentence's first, is a word that starts a sentence before a
 * first name as often as a surname does: an adverb, a conjunction, a
 * greeting, a determiner ("Puis Jean a appelé", "Hier Marie a dit",
 * "Bonjour Marie,"): no surname before the first name there. */
static int
sentence_opener(const struct detect_scratch *s, size_t i)
{
	static const char *const openers[] = {
		"puis", "hier", "ensuite", "enfin", "alors", "donc", "aussi",
		"demain", "aujourd", "ce", "cet", "cette", "bonjour",
		"bonsoir", "merci", "mais", "car", "or", "sinon", "ainsi",
		"depuis", "apres", "avant", "pendant", "lorsque", "quand",
		"si", "comme", "oui", "non", "bien", "deja", "encore",
		"toujours", "jamais", "parfois", "souvent", "finalement",
		"egalement", "cependant", "pourtant", "neanmoins", "cher",
		"chere", "salut", "coucou", "bravo", "pour", "selon", "avec",
		"chez", "sans", "voici", "voila", "ici", "maintenant",
		"desormais", "tout", "toute", "tous", "seul", "seule", "meme",
		"notre", "votre", "leur", "mon", "ton", "son", "cependant",
		"heureusement", "malheureusement", "actuellement", "ce",
		"donc", "soudain", "tantot", "autrement", "surtout", NULL,
	};
	static uint64_t openers_filter;	/* word_in_filtered_list */

	return word_in_filtered_list(s, &s->words[i], openers);
}

/* After word k, a note in parentheses that says who the person is to
 * the patient or in the team: " (IDE)", " (PH)", " (fille)", " (médecin
 * traitant)", the note's first word a relative's or a carer's
 * (the role table, any kind) or a hospital's grade, closed on its line
 * within 40 bytes.
 * A staff list's or a letterhead's line ("Claire Vigneron (IDE)", "Luc
 * Prince (CCA)"), a lab sheet's sampler: the note says a person's name
 * is before it (review21). */
static int
role_note_follows(const char *t, const struct detect_scratch *s, size_t k)
{
	/* the grades the role table lacks (detect_role.c) */
	static const char *const grades[] = {
		"ph", "pu", "cca", "ahu", "mcu", "dr", "puph", "pa", "fff",
		"ffi", "iao", "idec", "biologiste", "referent", "referente",
		NULL,
	};
	const struct detect_word *n;
	size_t e = s->words[k].end;

	if (k + 1 >= s->nwords || e + 2 >= s->text_len || t[e] != ' ' ||
	    t[e + 1] != '(')
		return 0;
	n = &s->words[k + 1];
	if (n->start != e + 2 || (n->flags & W_DIGIT) ||
	    !((role_kinds(s, k + 1) & ROLE_ANY) ||
	    in_list(grades, wf(s, n), n->fold_len)))
		return 0;
	for (size_t j = n->end; j < s->text_len && j < n->end + 40; j++) {
		if (t[j] == ')')
			return 1;
		if (t[j] == '\n' || t[j] == '\r' || t[j] == '(')
			return 0;
	}
	return 0;
}

/* Word i is a first name of the lists, a weak one too ("Claire",
 * "Luc"), capitalized, no word of the tables but an ordinary word's: the
 * first name before a word surname and a role's note. */
static int
noted_first(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 3 && (w->dflags & D_FIRST) &&
	    !(w->dflags & (D_NOTNAME | D_EPONYM | D_TITLE | D_RELATIVE |
	    D_CLINICAL | D_MONTH | D_TERM | D_PLACE));
}

/* Word k, capitalized right after a first name of the lists
 * (word_surname_pair's strong_first), is a month or a feast, which French
 * writes in lower case in a sentence and never right after a person's
 * name as a time ("vu Marie en février", "le 3 février"): a surname there
 * ("Sophie Février signale", "Hugo Janvier, né(e) le", "Cordialement.
 * Luc Pâques"), which word_surname's tables turn away as a date's word.
 * Not before a number ("Marie Mars 2020": a date written after the
 * name).  A weekday is left: it is a time right after a name ("Vu avec
 * Marie Lundi ce jour", names19c's test; "Marie lundi a appelé").  Asked
 * of the word's flags first, only by word_surname_pair.  names22. */
static int
calendar_surname(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 4 && (w->dflags & (D_MONTH | D_HOLIDAY)) &&
	    !(w->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_CLINICAL |
	    D_TERM | D_STREET | D_PLACE | D_UNIT)) &&
	    !(k + 1 < s->nwords && (s->words[k + 1].flags & W_DIGIT) &&
	    s->words[k + 1].start <= w->end + 1) &&
	    !eponym_position(t, s, k) && !after_saint(s, k);
}

/* names41: word i may be a given name or a surname no list holds beside
 * an ordinary word used as a surname ("Hasina Rabe", "Mialy Rabe"):
 * capitalized (not in capitals, where a heading's words are), four
 * letters or more, no word of the tables nor of the lists (a first name
 * of the lists is strong_first's), no ordinary word, drug, place or kept
 * word, not in an eponym's position; taken already only as a name of
 * its own ("Vu avec Hasina" found by the cue, "Rabe" left). */
static inline __attribute__((always_inline)) int
unknown_name_flags(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	/* one branch for the flags (speed31c's way) */
	return ((w->flags & (W_CAP | W_UPPER | W_DIGIT)) == W_CAP) &
	    (w->nchars >= 4) & ((w->dflags & (D_FIRST | D_TITLE | D_NOTNAME |
	    D_EPONYM | D_STREET | D_RELATIVE | D_RELATION | D_PARTICLE |
	    D_CLINICAL | D_TERM | D_MONTH | D_DATECUE | D_UNIT | D_PLACE |
	    D_INSTHEAD | D_SUBJVERB | D_SPEECH | D_HOLIDAY | D_NAMECUE)) == 0);
}

static __attribute__((noinline)) int
unknown_name_word(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	const struct detect_span *sp;

	if (!unknown_name_flags(s, i) || word_lexicon(t, s, i))
		return 0;
	if (word_taken(s, i) && ((sp = span_of(s, i)) == NULL ||
	    !is_name_span(sp) || sp->start != w->start || sp->end != w->end))
		return 0;
	return !dict_drug_has(w->fhash) &&
	    !dict_keep_has(w->fhash) && !kept_place(s, i) &&
	    !roman_numeral(s, i) && !eponym_position(t, s, i) &&
	    !after_saint(s, i);
}

/* names41: word k, an ordinary word beside unknown_name_word's, is a
 * surname of the lists or has no adjective's nor participle's ending
 * ("Echodoppler Veineux", "Uroculture Stérile": a test and its
 * qualifier), nor a note's noun by its ending (abstract_noun: "Europ
 * Assistance"); "Rabe", "Masse" pass. */
static int
surname_word_shape(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return ((w->dflags & D_LAST) && !(w->dflags & D_WEAK)) ||
	    (caps_word_name_shape(t, s, k) &&
	    !abstract_noun(t, (struct detect_scratch *)s, k));
}

static int
word_surname_pair(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1, c;
	int born;

	if (k >= s->nwords || s->words[k].start != s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ' || (word_taken(s, i) &&
	    !(is_name_span(span_of(s, i)) && !word_taken(s, k) &&
	    (calendar_surname(t, s, k) || (unknown_name_flags(s, i) &&
	    unknown_name_word(t, s, i))))) ||
	    (word_taken(s, k) && !is_name_span(span_of(s, k))))
		return 0;
	/* the birth cue after word k, a comma between or not */
	c = k + 1;
	born = c < s->nwords && (word_is(s, c, "ne") || word_is(s, c, "nee")) &&
	    (s->words[c].start == s->words[k].end + 1 ||
	    (s->words[c].start == s->words[k].end + 2 &&
	    t[s->words[k].end] == ','));
	/* "Claire Vigneron (IDE)", "Luc Prince (CCA)" (review21) */
	if (noted_first(s, i) && role_note_follows(t, s, k) &&
	    word_surname(t, s, k))
		return 1;
	if (strong_first(s, i) && (word_surname(t, s, k) ||
	    calendar_surname(t, s, k)))
		return born || person_verb_follows(t, s, k) ||
		    wrote_follows(s, k) || person_slot_before(t, s, i) ||
		    est_person_follows(s, k);
	/* names41: a given name no list holds before a surname that is an
	 * ordinary word ("Hasina Rabe passera", "Mialy Rabe a appelé",
	 * "Vu avec Hasina Rabe ce jour"), either order ("Rabe Hasina a
	 * appelé"): unknown_name_word stands for the list's first name */
	if (((s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT)) == W_CAP) &&
	    unknown_name_flags(s, i) && unknown_name_word(t, s, i) &&
	    word_surname(t, s, k) && surname_word_shape(t, s, k))
		return born || person_verb_follows(t, s, k) ||
		    wrote_follows(s, k) || est_person_follows(s, k) ||
		    /* where a person stands ("avec", "par", "et"; not an
		     * employer after a "chez" of work: "chez Renault
		     * Flins"; after "de", "pour", which lead to a thing as
		     * often, only beside a name a cue took or of the
		     * lists) */
		    (person_slot_before(t, s, i) && !employer_name(t, s, i) &&
		    (word_taken(s, i) ||
		    !(word_is(s, i - 1, "de") || word_is(s, i - 1, "pour")) ||
		    ((s->words[k].dflags & (D_FIRST | D_LAST)) &&
		    !(s->words[k].dflags & D_WEAK))));
	if (!strong_first(s, k) && !(((s->words[i].flags & (W_CAP | W_UPPER |
	    W_DIGIT)) == W_CAP) && unknown_name_flags(s, k) &&
	    !word_taken(s, k) && unknown_name_word(t, s, k) &&
	    word_surname(t, s, i) &&
	    surname_word_shape(t, s, i) && sentence_start(t, s, i) &&
	    !sentence_opener(s, i) && person_verb_follows(t, s, k)))
		return 0;
	if (!strong_first(s, k))
		return 1;
	if (!word_surname(t, s, i))
		return 0;
	/* names20: the surname first at a sentence's start before a
	 * person's verb ("Vigneron Marie a appelé"), not after a word that
	 * opens sentences ("Puis Jean a appelé") */
	return born || (sentence_start(t, s, i) && !sentence_opener(s, i) &&
	    (person_verb_follows(t, s, k) || est_person_follows(s, k)));
}

/* names30: a word in capitals that is a first name of the lists, no
 * weak one nor a table's word (strong_first read in capitals: "MARIE",
 * "LOUIS", "JEANNE"). */
static int
caps_strong_first(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_UPPER) && !(w->flags & W_DIGIT) &&
	    w->nchars >= 3 && (w->dflags & D_FIRST) &&
	    !(w->dflags & (D_WEAK | D_NOTNAME | D_EPONYM | D_TITLE |
	    D_RELATIVE | D_CLINICAL | D_MONTH | D_TERM | D_PLACE));
}

/* names30: a word in capitals that may be an ordinary word used as a
 * surname: word_surname's tables and caps9's shape (no participle nor
 * adjective by its ending), no acronym ("PIGEON", "VIGNERON",
 * "CHAPELLE"; not "PREVENU", "CALME", "CHU"). */
static int
caps_word_surname(const char *t, struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return (w->flags & W_UPPER) && w->nchars >= 4 &&
	    caps_word_name_shape(t, s, k) && !acronym_shape(t, s, k) &&
	    word_surname_tables(t, s, k);
}

/* names30: word i, in capitals, starts a person's name by its place in
 * a note all in capitals, person_slot_before read in capitals: right
 * after a preposition that leads to a person, itself in capitals, one
 * space between ("APPEL DE", "VU AVEC", "DE LA PART DE", "CHEZ", "POUR",
 * "PAR", "ET", "SELON"), not a disease's or a sign's man; after a
 * relative or a relation ("SA FILLE", "SON FILS"); after a title ("DR",
 * "IDE", "MME"); or a closing's ("CORDIALEMENT,"). */
static int
caps_person_slot_before(const char *t, const struct detect_scratch *s,
    size_t i)
{
	static const char *const preps[] = {
		"de", "par", "avec", "et", "chez", "pour", "selon", NULL,
	};
	/* what a person sends or makes: "APPEL DE MARIE PIGEON" is no
	 * disease's man ("MALADIE DE PIERRE MARIE") */
	static const char *const sent[] = {
		"appel", "appels", "message", "messages", "courrier", "mail",
		"sms", "lettre", "visite", "nouvelles", NULL,
	};
	static uint64_t sent_filter;	/* word_in_filtered_list */
	const struct detect_word *p;

	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if (!(p->flags & W_UPPER) || s->words[i].start != p->end + 1 ||
	    t[p->end] != ' ')
		return person_slot_before(t, s, i);
	return (in_list(preps, wf(s, p), p->fold_len) &&
	    (!eponym_position(t, s, i) || (i >= 2 && word_is(s, i - 1, "de") &&
	    word_in_filtered_list(s, &s->words[i - 2], sent)))) ||
	    word_has(s, i - 1, D_RELATIVE | D_RELATION) || is_title(t, s, i - 1);
}

/* names30: the pair from word i to word i + 1 signs the note: it ends
 * the note after a sentence's end ("TRANSMISSIONS FAITES. PIGEON
 * MARIE"), or stands alone on its line, a carer's word after it or not
 * ("RAS\nMARIE PIGEON\n", "NUIT CALME\nPIGEON MARIE IDE",
 * "...\nMARIE VIGNERON\nIDE").  On a line of its own before more
 * lines, the surname first ("PIGEON MARIE") only before a carer's word:
 * a care's word before a first name heads a line as often ("MOTIF\nCHUTE
 * MARIE\nAVIS"). */
static int
caps_pair_signs(const char *t, const struct detect_scratch *s, size_t i,
    int first_name_first)
{
	static const char *const carers[] = {
		"ide", "as", "ash", "asd", "aide", "inf", "infirmier",
		"infirmiere", "idec", "ipa", "interne", "externe", "kine",
		"cadre", NULL,
	};
	static uint64_t carers_filter;	/* word_in_filtered_list */
	size_t e = s->words[i + 1].end, k = i + 2, b;
	int line = 0, carer = 0;

	if (i == 0 || !sentence_start(t, s, i))
		return 0;
	for (b = s->words[i].start; b > s->words[i - 1].end; b--)
		if (t[b - 1] == '\n' || t[b - 1] == '\r')
			line = 1;
	while (e < s->text_len && util_in_set(" .", t[e]))
		e++;
	/* a carer's word after the name, on its line */
	if (k < s->nwords && s->words[k].start == e &&
	    (s->words[k].flags & W_UPPER) &&
	    word_in_filtered_list(s, &s->words[k], carers)) {
		carer = 1;
		e = s->words[k].end;
		while (e < s->text_len && util_in_set(" .", t[e]))
			e++;
	}
	if (e < s->text_len && t[e] != '\n' && t[e] != '\r')
		return 0;	/* the name does not end its line */
	return carer || e >= s->text_len || (first_name_first && line);
}

/*
 * names30: word_surname_pair read in capitals.  Words i and i + 1, both
 * in capitals one space apart, are a first name of the lists and an
 * ordinary word in no list shaped as a surname, either order, where a
 * person stands: after a preposition that leads to one, kin, a title or
 * a closing (caps_person_slot_before: "APPEL DE PIGEON MARIE", "VU AVEC
 * MARIE VIGNERON", "SA FILLE CHAPELLE JEANNE", "DR PRINCE LOUIS"), at a
 * sentence's start before what only a person does ("PIGEON MARIE
 * APPELLE", "MARIE DAUPHIN A APPELE"), or as a signature ending the note.
 * In capitals the title of a heading is no person ("APPEL DE GARDE",
 * "POUR BILAN", "CHEZ ELLE"): two words, one a first name of the lists,
 * the other name-shaped, are asked.
 */
static int
caps_word_surname_pair(const char *t, struct detect_scratch *s, size_t i)
{
	size_t k = i + 1;
	int fs;

	if (k >= s->nwords || !(((s->words[i].flags & s->words[k].flags &
	    W_UPPER) != 0) & (s->words[k].start == s->words[i].end + 1) &
	    (t[s->words[i].end] == ' ')))
		return 0;
	if ((word_taken(s, i) && !is_name_span(span_of(s, i))) ||
	    (word_taken(s, k) && !is_name_span(span_of(s, k))) ||
	    (word_taken(s, i) && word_taken(s, k)))
		return 0;
	if (caps_strong_first(s, i) && caps_word_surname(t, s, k))
		fs = 1;
	else if (caps_strong_first(s, k) && caps_word_surname(t, s, i))
		fs = 0;
	else
		return 0;
	if (caps_person_slot_before(t, s, i) || caps_pair_signs(t, s, i, fs))
		return 1;
	if (!sentence_start(t, s, i) || (!fs && sentence_opener(s, i)))
		return 0;
	return person_verb_follows(t, s, k) || est_person_follows(s, k) ||
	    visit_participle_follows(t, s, k);
}

/* A heading's name of two words before its colon (scan_heading_names'
 * heading_at, detect_shape.c) that no dictionary test lets through: a
 * first name of the lists, then a surname that is an ordinary word, one
 * space apart ("Marie Pigeon : chute", "Jean Vigneron : RAS"): the colon
 * is the cue names19c's verb is in a sentence.  Word j is the heading's
 * first, n - j its words before the colon.  The surname first is left
 * ("Pigeon Marie :", "Pigeon (Marie) :"): a section of the note before
 * the nurse's first name has that shape ("Transmissions Marie :",
 * "Relève Marie :", "Toilette (Paul) :").  names22. */
int
heading_name_pair(const char *t, struct detect_scratch *s, size_t j, size_t n)
{
	size_t k = j + 1;

	return n == k + 1 && k < s->nwords &&
	    s->words[k].start == s->words[j].end + 1 && strong_first(s, j) &&
	    word_surname(t, s, k);
}

/* Word k, in lower case right after a relative ("le patient", "sa
 * fille"), starts a first name of the lists and a surname that is an
 * ordinary word, in either order, one space apart, before what only a
 * person does ("le patient pigeon marie a appelé", "sa fille marie
 * pigeon refuse"): scan_lower_names took neither (an ordinary word is no
 * lower_name_word, and a first name that is an ordinary word too waits
 * for a name of the lists after it).  "le patient marie dort", "sa fille
 * marie demain" stay: no verb after the pair.  names22. */
int
lower_first_surname(const char *t, struct detect_scratch *s, size_t k)
{
	size_t f, o;

	if (k + 1 >= s->nwords || s->words[k + 1].start != s->words[k].end + 1 ||
	    t[s->words[k].end] != ' ' || word_taken(s, k + 1) ||
	    ((s->words[k].flags | s->words[k + 1].flags) &
	    (W_CAP | W_UPPER | W_DIGIT)))
		return 0;
	f = lower_strong_first(s, k) ? k : k + 1;
	o = f == k ? k + 1 : k;
	return lower_strong_first(s, f) && !(s->words[o].dflags & D_FIRST) &&
	    word_surname_tables(t, s, o) && !lower_ordinary_word(t, s, o) &&
	    person_verb_follows(t, s, k + 1);
}

/* names25: word i, capitalized at the start of an item right before a
 * verb of will or speech and its object (person_act_follows: "refuse
 * le", "signale une", "dit que", "souhaite rentrer"), is a surname that
 * is an ordinary word, alone: "Pigeon refuse le traitement", "Vigneron
 * signale une douleur", "Chapelle dit que".  A note that drops the
 * article writes a role or a body there as often ("Patient refuse",
 * "Famille signale", "Voisine appelle", "Mutuelle refuse", "Juge
 * demande"): word_surname's tables turn away the relatives, titles,
 * carers, services and places, and the words for a person or a body
 * no table has are listed here (detect_shape.c's not_persons, the
 * things, is asked beside).  Pronouns and openers ("Elle", "Puis") are
 * D_NOTNAME or sentence_opener's; a weekday, a month or a feast is a
 * date's word (word_surname's tables); four letters at least and no
 * plural (below). */
int
bare_word_subject(const char *t, struct detect_scratch *s, size_t i)
{
	/* the roles and relatives are the table's (detect_role.c): here
	 * the other words for a person or a body */
	static const char *const persons[] = {
		"patient", "patiente", "famille", "entourage", "voisins",
		"amis", "tutelle", "curatelle", "patron", "patronne",
		"proprietaire", "bailleur", "locataire", "gardien",
		"gardienne", "concierge", "specialiste", "pompier",
		"pompiers", "gendarmerie", "juge", "avocat", "avocate",
		"notaire", "maire", "mairie", "prefet", "prefecture",
		"procureur", "parquet", "pretre", "aumonerie", "imam",
		"pasteur", "rabbin", "mutuelle", "caisse", "assurance",
		"assureur", "banque", "ehpad", "foyer", "structure",
		"association", "enfant", "ado", "adolescent", "adolescente",
		"mineur", "mineure", "malade", "usager", "client", "cliente",
		"beneficiaire", "hebergeant", "directeur", "directrice",
		"direction", "standardiste", "regulateur", "regulation",
		"centre", "hopital", "clinique", "cabinet", "unite", "ecole",
		"college", "lycee", "universite", "entreprise", "societe",
		"agence", "transporteur", "livreur", "facteur", "chauffeur",
		"hote", "hotesse", "visiteur", "visiteuse", "intervenant",
		"intervenante", "referent", "referente", "titulaire",
		"remplacant", "remplacante", "cheffe", "superieur", "madame",
		"monsieur", "mademoiselle", "demoiselle", "dame", "homme",
		"garcon", "gamin", "gamine", "petit", "petite", "jeune",
		"individu", "inconnu", "inconnue", "tiers", "interlocuteur",
		"interlocutrice", "correspondant", "correspondante", "temoin",
		"victime", "agresseur", "auteur", "plaignant", "plaignante",
		"requerant", "requerante", "demandeur", "demandeuse", NULL,
	};
	static uint64_t persons_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i];

	size_t n = w->fold_len;

	/* four letters at least ("Psy", "Kiné" clipped), no plural
	 * ("Soins refuse", "Selles demande": a note's nouns without their
	 * participle's accent) */
	/* the verb first: the cheaper test, and the rarer */
	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 4 && wf(s, w)[n - 1] != 's' && wf(s, w)[n - 1] != 'x' &&
	    !word_taken(s, i) && person_act_follows(t, s, i) &&
	    word_surname(t, s, i) && !sentence_opener(s, i) &&
	    !(role_kinds(s, i) & ROLE_ANY) &&
	    !word_in_filtered_list(s, w, persons);
}

/* The gap t[a, b) is one line's end ("\n" or "\r\n"), spaces or tabs
 * after it at most.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
line_break_gap(const char *t, size_t a, size_t b)
{
	if (a < b && t[a] == '\r')
		a++;
	if (a >= b || t[a] != '\n')
		return 0;
	for (a++; a < b; a++)
		if (t[a] != ' ' && t[a] != '\t')
			return 0;
	return 1;
}

/* After word i, one space and a word in lower case: the sentence goes
 * on. */
static int
lower_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end;

	return i + 1 < s->nwords && e < s->text_len && t[e] == ' ' &&
	    s->words[i + 1].start == e + 1 &&
	    !(s->words[i + 1].flags & (W_CAP | W_UPPER | W_DIGIT));
}

/* Word i, capitalized, is the surname after a first name found alone
 * (span l).  After a relative's first name: "père (Ludovic Bastide)",
 * "son fils Frédéric Broca présent", an ordinary word, a place or an
 * eponym as well (the relative and the first name say whose name it
 * is); the relative right before the first name (or before its
 * parenthesis).  After any other first name of the lists found as a name
 * (names19c): "Vu avec Marie Chapelle ce jour", "Appel de Jean Pigeon,
 * son fils", "Rose Gilbert a appelé" (a surname that is an ordinary word
 * no list has, or an eponym that is a name of the lists), but no word of
 * care (a drug, a term, a service, an eponym's position: "Jean Pharmacie",
 * "Marie Doliprane", "maladie de Jean Charcot" stays the rule's it had)
 * and no place of the keep lists.  Either way one space between, and the
 * clause (or the line) ends after the word or goes on in lower case: "son fils Frédéric
 * Lundi" (a date's word), "sa fille Marie Paris Lyon" (a run of
 * capitals), "son mari Jean (Lyon)" stay. */
/* Word k, a first name, comes right after a title ("Mme H\xc3\xa9l\xc3\xa8ne",
 * "M. Paul", "Dr Martin"): one space, or the title's point and one
 * space.  (names26) */
static int
titled_first(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *g;
	size_t a;

	if (k < 1 || !word_has(s, k - 1, D_TITLE))
		return 0;
	g = &s->words[k - 1];
	a = g->end;
	return (s->words[k].start == a + 1 && t[a] == ' ') ||
	    (s->words[k].start == a + 2 && t[a] == '.' && t[a + 1] == ' ');
}

/* Word i, after a title and a first name at the line before, ends the
 * name by itself: a comma then a relative ("Pigeon, sa fille", "Vigneron,
 * son fils"), the line's end before a role or a specialist
 * ("Vigneron\nCardiologue", "Chapelle\nIDE": a signature), or the text's
 * end after a word no dictionary has.  A word alone at the text's end or
 * before another line ("Appel de Mme H\xc3\xa9l\xc3\xa8ne\nInjoignable",
 * "\nR\xc3\xa9pondeur", "\nMerci", "Mme Rose\nDouleur\nRAS") or before a comma
 * and the clause's rest ("\nInjoignable, rappeler demain") is the note's
 * next item: a sweep of wfrench's words at the text's end took 97% of
 * them in a first version.  (names26)  The roles of a signature are the
 * role table's carers and staff (detect_role.c, roles26). */

/* a specialist's ending ("Cardiologue", "Psychiatre", "Pédiatre") */
static const char *const signature_role_ends[] = {
	"ologue", "iatre", NULL,
};

static int
ends_in_list(const struct detect_scratch *s, size_t i,
    const char *const *ends)
{
	const struct detect_word *w = &s->words[i];

	return fold_ends_in(ends, wf(s, w), w->fold_len, 2);
}

static int
titled_surname_alone(const char *t, struct detect_scratch *s, size_t i)
{
	size_t e = s->words[i].end, len = s->text_len;

	if (e < len && t[e] == '.')
		e++;
	while (e < len && t[e] == ' ')
		e++;
	if (e >= len)
		return !word_lexicon(t, s, i);
	if (t[s->words[i].end] == ',')
		return (i + 1 < s->nwords && word_has(s, i + 1,
		    D_RELATIVE)) || (i + 2 < s->nwords &&
		    word_has(s, i + 2, D_RELATIVE) &&
		    s->words[i + 1].nchars <= 3);
	if (i + 1 >= s->nwords || !line_break_gap(t, s->words[i].end,
	    s->words[i + 1].start))
		return 0;
	return word_has(s, i + 1, D_TITLE) || care_unit_or_agent(t, s, i + 1) ||
	    (role_kinds(s, i + 1) & (ROLE_CARER | ROLE_STAFF)) ||
	    ends_in_list(s, i + 1, signature_role_ends);
}

static int
kin_surname(const char *t, struct detect_scratch *s, size_t i,
    const struct detect_span *l)
{
	const struct detect_word *w = &s->words[i], *f;
	size_t g, e = w->end;
	int kin, nl, titled;

	if (i < 1 || !(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    w->nchars < 3 || (w->dflags & (D_TITLE | D_RELATIVE | D_RELATION |
	    D_MONTH | D_DATECUE | D_PARTICLE | D_STREET | D_UNIT | D_CLINICAL |
	    D_HOLIDAY | D_NAMECUE | D_TERM)) || kept_place(s, i))
		return 0;
	f = &s->words[i - 1];
	if (l->start != f->start || !(f->flags & W_CAP) ||
	    !(f->dflags & D_FIRST))
		return 0;
	nl = line_break_gap(t, f->end, w->start);
	if (!nl && (w->start != f->end + 1 || t[f->end] != ' '))
		return 0;
	g = i - 2;
	kin = i >= 2 && word_has(s, g, D_RELATIVE | D_RELATION) &&
	    ((f->start == s->words[g].end + 1 && t[s->words[g].end] == ' ') ||
	    (f->start == s->words[g].end + 2 &&
	    memcmp(t + s->words[g].end, " (", 2) == 0));
	/* across a line's end ("sa fille Hélène\nChapelle a appelé": a
	 * text wrapped at its width), only after a relative, and a word
	 * surname before a person's verb ("a appelé", "est venue"), or a
	 * word no dictionary has before the sentence's lower-case rest: a
	 * line that starts a new item ("son fils Jean\nRepas pris",
	 * "Nuit calme", "Traitement inchangé": the care note's heads, no
	 * list has them all) is no name's rest (leaks21) */
	/* names26: after a title too ("Mme H\xc3\xa9l\xc3\xa8ne\nChapelle a
	 * appel\xc3\xa9", "Dr Martin\nVigneron": a title before a first name
	 * asks for the surname), and then also a word alone on its line or
	 * its clause ("Dr Martin\nVigneron\nCardiologue", "Mme Rose\n
	 * Pigeon, sa fille"): the title says a person's name is being
	 * written.  A new item's head goes on after it ("Mme H\xc3\xa9l\xc3\xa8ne\n
	 * Nuit calme", "Dr Martin\nTraitement : ...") and stays. */
	titled = !kin && nl && titled_first(t, s, i - 1);
	if (nl && (!(kin || titled) || !word_surname(t, s, i) ||
	    !(person_verb_follows(t, s, i) || est_person_follows(s, i) ||
	    (!word_lexicon(t, s, i) && lower_follows(t, s, i)) ||
	    (titled && titled_surname_alone(t, s, i)))))
		return 0;
	/* names19c: any first name of the lists found as a name, its
	 * surname an ordinary word or a name of the lists */
	/* (a first name written as one, not in capitals: "Appel de MARTIN
	 * Concernant le rdv" has the surname first, and a word after it) */
	if (!kin && ((f->dflags & (D_WEAK | D_NOTNAME | D_EPONYM | D_TITLE)) ||
	    (f->flags & W_UPPER) || !word_surname(t, s, i)))
		return 0;
	/* the first name is the name's first word: not after another
	 * capitalized word that is no title nor relation ("Novotel Paris
	 * Gare de Lyon": "Paris" is a first name of the lists too) */
	if (!kin && i >= 2 && joined(t, s, g) &&
	    (s->words[g].flags & (W_CAP | W_UPPER)) &&
	    !word_has(s, g, D_TITLE | D_RELATIVE | D_RELATION | D_NAMECUE))
		return 0;
	/* a line's end ends the clause too: a signature's name before the
	 * role under it, a mail header's before the next ("Paul Vigneron\n
	 * Cadre de sant\xc3\xa9", "\xc3\x80 : Paul Vigneron\nCc :": review20) */
	if (e >= s->text_len || util_in_set(",.;:)\n\r", t[e]))
		return 1;
	/* or a note of the person's role ("Anne Tisserand (AS)",
	 * "Jeanne Pigeon (fille)": review21) */
	if (role_note_follows(t, s, i))
		return 1;
	return t[e] == ' ' && i + 1 < s->nwords &&
	    s->words[i + 1].start == e + 1 &&
	    !(s->words[i + 1].flags & (W_CAP | W_UPPER | W_DIGIT));
}

/* Word i is "Saint" or "Sainte" joined by a '-' to a capitalized word
 * or a saint's first name one space apart (saint_compound, names25),
 * right after a first name of the lists found alone and starting the
 * name ("Courrier de Marie Saint-Martin reçu", "Jean Sainte-Marie
 * signale", "Sophie Saint Jean"), the clause ending after it or going on in lower case: the
 * compound is the surname, a place's name as often alone or after "à"
 * (after_saint, names20 left it; after a title it goes already).  Not
 * after another capitalized word ("Novotel Paris Saint-Lazare"). */
/* names25: word i is "Saint" or "Sainte", capitalized, then a
 * capitalized word joined by '-' ("Saint-Martin") or, one space apart,
 * a first name of the lists, a saint's ("Saint Jean", "Sainte Marie"),
 * not taken, and no town's rest after it ("Saint Jean de Luz",
 * "Saint-Jean-de-Luz", "Saint Martin d'Hères": a particle or an article
 * in lower case, then a capital, or a hyphen then lower case). */
static int
saint_compound(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const town_links[] = {
		"de", "du", "des", "sur", "en", "les", "la", "le", "l", "d",
		"sous", "aux", "lez", "pres", NULL,
	};
	static uint64_t town_links_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i], *n;
	size_t k = i + 2;

	if (i + 1 >= s->nwords || !(w->flags & W_CAP) ||
	    (w->flags & W_UPPER) || !(word_is(s, i, "saint") ||
	    word_is(s, i, "sainte")) || w->end >= s->text_len)
		return 0;
	n = &s->words[i + 1];
	if (n->start != w->end + 1 || !(n->flags & W_CAP) ||
	    (n->flags & (W_UPPER | W_DIGIT)) || n->nchars < 3 ||
	    word_taken(s, i + 1) || town_hyphen(t, s, i + 1) ||
	    !(t[w->end] == '-' || (t[w->end] == ' ' &&
	    (n->dflags & D_FIRST))))
		return 0;
	return !(k + 1 < s->nwords && !(s->words[k].flags &
	    (W_CAP | W_UPPER | W_DIGIT)) && s->words[k].start <= n->end + 1 &&
	    word_in_filtered_list(s, &s->words[k], town_links) &&
	    (s->words[k + 1].flags & (W_CAP | W_UPPER)));
}

static int
saint_surname(const char *t, struct detect_scratch *s, size_t i,
    const struct detect_span *l)
{
	const struct detect_word *w = &s->words[i], *f, *n;
	size_t e;

	if (i < 1 || !saint_compound(t, s, i))
		return 0;
	n = &s->words[i + 1];
	f = &s->words[i - 1];
	if (l->start != f->start ||
	    !strong_first(s, i - 1) || w->start != f->end + 1 ||
	    t[f->end] != ' ')
		return 0;
	if (i >= 2 && joined(t, s, i - 2) &&
	    (s->words[i - 2].flags & (W_CAP | W_UPPER)) &&
	    !word_has(s, i - 2, D_TITLE | D_RELATIVE | D_RELATION | D_NAMECUE))
		return 0;
	e = n->end;
	if (e >= s->text_len || util_in_set(",.;:)\n\r", t[e]))
		return 1;
	return lower_follows(t, s, i + 1);
}

/* A name's other words: an unknown capitalized word joined to a name
 * ("Wojciech MOREL", "Maïwenn Kowalczyk"), and a letter or two glued to
 * it by an apostrophe ("Guivarc'h").  Twice, so that two unknown words
 * beside a known one are both taken. */
/* names40: word i, an acronym of the tables written capitalized
 * (table_acronym_capitalized: "Msa", a Comorian surname, is the
 * farmers' insurer's), right beside a first name of the lists a rule
 * took, capitalized too: before it when a person's verb follows the
 * first name ("Msa Ali a appelé"; not the shorthand before a first name
 * and its surname, "Pte Maëlys Perrot prévenue", nor "Dossier Msa Ali à
 * compléter"), after it when the clause
 * ends or a person's act or presence follows ("vu avec Ali Msa ce jour",
 * "Mme Ali Msa présente"). */
static int
table_acronym_beside_first(const char *t, struct detect_scratch *s,
    size_t i, size_t pl, size_t pr, const struct detect_span *l,
    const struct detect_span *rt)
{
	if (!table_acronym_capitalized(t, s, i))
		return 0;
	if (rt != NULL && rt->kind == DETECT_NAME && pr == i + 1 &&
	    (s->words[pr].flags & (W_CAP | W_UPPER)) == W_CAP &&
	    word_has(s, pr, D_FIRST) && (person_verb_follows(t, s, pr) ||
	    /* names41: where a person stands ("Vu avec Msa Ali", "Appel de
	     * Msa Ali"), or a presence after ("Msa Ali présent") */
	    person_slot_before(t, s, i) || presence_after(t, s, pr)))
		return 1;
	return l != NULL && l->kind == DETECT_NAME && pl != NO_WORD &&
	    pl + 1 == i && (s->words[pl].flags & (W_CAP | W_UPPER)) == W_CAP &&
	    word_has(s, pl, D_FIRST) && (person_after_name(t, s, i) ||
	    clause_ends_after(t, s, i) || presence_after(t, s, i));
}

int
scan_name_neighbours(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *from = word_class(s, WC_NEAR, &n);
	int r, added = 1;

	/* Beside a name found (detect_run's gate), from a word of WC_NEAR:
	 * no number, capitalized and three letters or more (the last rule
	 * below, unknown_capitalized) or two letters or fewer glued by '
	 * or - (the two rules before it) */
	for (int pass = 0; pass < 2 && added; pass++) {
		added = 0;
		for (size_t x = 0; x < n; x++) {
			const struct detect_span *l = NULL, *rt = NULL, *lb;
			size_t i = from[x], pl, pr;

			if (word_taken(s, i)) {
				/* "O'Connell": the apostrophe's letter */
				if (i > 0 && s->words[i - 1].nchars == 1 &&
				    elided_prefix(t, s, i) && (r = add_span(s,
				    s->words[i - 1].start, s->words[i].start,
				    DETECT_NAME, -1)) < 0)
					return r;
				continue;
			}
			if ((s->words[i].flags & W_UPPER) &&
			    slash_surname(t, s, i)) {
				if ((r = add_neighbour(t, s, i)) < 0)
					return r;
				added |= r;
				continue;
			}
			pl = across_particles(t, s, i, -1);
			pr = across_particles(t, s, i, 1);

			if (pl != NO_WORD)
				l = span_of(s, pl);
			if (pr != NO_WORD)
				rt = span_of(s, pr);
			/* "sa fille Hélène\nChapelle ce jour": the first
			 * name's surname on the next line (leaks21) */
			if (pl == NO_WORD && i > 0 && line_break_gap(t,
			    s->words[i - 1].end, s->words[i].start) &&
			    (lb = span_of(s, i - 1)) != NULL &&
			    lb->kind == DETECT_NAME && kin_surname(t, s, i, lb)) {
				if ((r = add_neighbour(t, s, i)) < 0)
					return r;
				added |= r;
				continue;
			}
			if (!(l != NULL && l->kind == DETECT_NAME) &&
			    !(rt != NULL && rt->kind == DETECT_NAME))
				continue;
			/* "Guivarc'h": the same name, the same row value */
			if (l != NULL && l->kind == DETECT_NAME &&
			    s->words[i].nchars <= 2 && !word_taken(s, i) &&
			    !(s->words[i].flags & W_DIGIT) && pl == i - 1 &&
			    s->words[i].start == s->words[i - 1].end + 1 &&
			    t[s->words[i].start - 1] == '\'' &&
			    (i + 1 >= s->nwords ||
			    s->words[i + 1].start > s->words[i].end)) {
				if ((r = add_span(s, s->words[i].start,
				    s->words[i].end, DETECT_NAME, l->ctx)) < 0)
					return r;
				added |= r;
				continue;
			}
			/* "Firmin PETIT-FRÈRE", "Mme Martin-Boulanger": a
			 * word glued by a hyphen to a name found is its
			 * second part, an ordinary word or not */
			if (l != NULL && l->kind == DETECT_NAME && pl == i - 1 &&
			    s->words[i].start == s->words[i - 1].end + 1 &&
			    t[s->words[i - 1].end] == '-' &&
			    s->words[i].nchars >= 2 && !eponym_position(t, s, i)) {
				if ((r = add_span(s, s->words[i].start,
				    s->words[i].end, DETECT_NAME, -1)) < 0)
					return r;
				added |= r;
				continue;
			}
			/* "Courrier de Marie Saint-Martin reçu" (leaks21) */
			if (l != NULL && l->kind == DETECT_NAME && pl == i - 1 &&
			    saint_surname(t, s, i, l)) {
				if ((r = add_span(s, s->words[i].start,
				    s->words[i + 1].end, DETECT_NAME, -1)) < 0)
					return r;
				added |= r;
				continue;
			}
			/* "père (Ludovic Bastide)", "Marie Chapelle ce jour": the
			 * first name's surname (names19c) */
			if (l != NULL && l->kind == DETECT_NAME && pl == i - 1 &&
			    kin_surname(t, s, i, l)) {
				if ((r = add_neighbour(t, s, i)) < 0)
					return r;
				added |= r;
				continue;
			}
			/* names40: "Msa Ali a appelé", "vu avec Ali Msa ce
			 * jour" */
			if (table_acronym_beside_first(t, s, i, pl, pr, l, rt)) {
				if ((r = add_neighbour(t, s, i)) < 0)
					return r;
				added |= r;
				continue;
			}
			/* someone else's word, or a part the row lacks */
			if (!unknown_capitalized(t, s, i))
				continue;
			/* "Kervazo Doliprane 1 g": a drug after the name
			 * (precision19b) */
			if (l != NULL && l->kind == DETECT_NAME && pl == i - 1 &&
			    (care_after_name(t, s, i) ||
			    care_acronym_after_name(t, s, i)))
				continue;
			if ((r = add_neighbour(t, s, i)) < 0)
				return r;
			added |= r;
		}
	}
	return 0;
}

/* The gap after word k is an apostrophe, straight or curly, glued to
 * word k + 1: its length (1 or 3), else 0. */
static size_t
apostrophe_glue(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t e = s->words[k].end, n = s->words[k + 1].start;

	if (n == e + 1 && t[e] == '\'')
		return 1;
	if (n == e + 3 && memcmp(t + e, "\xe2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

static int
ascii_vowel(char c)
{
	c = (char)(c | 32);
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
	    c == 'y';
}

/*
 * A Polynesian name whose glottal stop is written as an apostrophe
 * between two vowels ("M. Fa'aua Teiki", "Mme Tehani Ta'ata"): a
 * capitalized word of two letters or more ending in a vowel, glued by
 * the apostrophe to a lower-case word starting with one, right after a
 * title or beside a name found (one space between), is a name, each
 * piece (leaks21; recall20 left it: the first piece is too short for a
 * title's rule, the second no name of the lists).  French elisions stay:
 * "aujourd'hui", "prud'homme" (a consonant before the apostrophe),
 * "Presqu'île", "Quelqu'un" (the "qu" forms).
 */
int
scan_glottal_names(const char *t, struct detect_scratch *s)
{
	/* Every word it reads is glued to the next by an apostrophe, ' or
	 * U+2019 (0xe2 first): without one of the two bytes in the text no
	 * word is read (speed23c: the walk asked the byte after each word of
	 * every comment with a title or a name, 0.73 M instructions a pass;
	 * one comment in thirteen of the bench corpus has an apostrophe).
	 * tokenize's text bytes say so (TB_APOS: ' and 0x99, TB_XE2), not
	 * two memchr over the text (speed27b). */
	if (detect_gates() && !(s->text_bytes & (TB_APOS | TB_XE2)))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		const struct detect_word *n = &s->words[i + 1];
		const struct detect_span *sp;
		size_t g, k;
		int cue = 0, r;

		/* the apostrophe's first byte right after the word first
		 * (apostrophe_glue's, in the text since word i + 1 starts
		 * after it): most words have a space there (speed21) */
		if ((t[w->end] != '\'' && (unsigned char)t[w->end] != 0xe2) ||
		    !(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
		    w->nchars < 2 || w->end - w->start != w->nchars ||
		    !ascii_vowel(t[w->end - 1]) || (w->fold_len >= 2 &&
		    memcmp(wf(s, w) + w->fold_len - 2, "qu", 2) == 0) ||
		    (g = apostrophe_glue(t, s, i)) == 0 ||
		    (n->flags & (W_CAP | W_UPPER | W_DIGIT)) ||
		    !ascii_vowel(t[n->start]) || word_taken(s, i))
			continue;
		/* a title right before ("M. ", "Mme "), or a name found one
		 * space before or after */
		if (i > 0) {
			const struct detect_word *p = &s->words[i - 1];

			cue = (is_title_word(s, i - 1) && w->start - p->end <= 2 &&
			    (w->start == p->end + 1 ? t[p->end] == ' ' :
			    memcmp(t + p->end, ". ", 2) == 0)) ||
			    (w->start == p->end + 1 && t[p->end] == ' ' &&
			    is_name_span(span_of(s, i - 1)));
		}
		/* the pieces after: "Fa'a'a" */
		for (k = i + 1; k + 1 < s->nwords && apostrophe_glue(t, s, k) &&
		    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT)); k++)
			;
		if (!cue && k + 1 < s->nwords &&
		    s->words[k + 1].start == s->words[k].end + 1 &&
		    t[s->words[k].end] == ' ' &&
		    (sp = span_of(s, k + 1)) != NULL && sp->kind == DETECT_NAME)
			cue = 1;
		if (!cue) {
			i = k;
			continue;
		}
		for (size_t j = i; j <= k; j++)
			if (!word_taken(s, j) && (r = add_span(s,
			    s->words[j].start, s->words[j].end, DETECT_NAME,
			    -1)) < 0)
				return r;
		i = k;
	}
	return 0;
}

/*
 * A name found cut by a hyphen at a line's end ("Vu avec Hélène Cha-\n
 * pelle", "M. DUPO-\nNT"): the word after the break, in lower case (in
 * capitals after capitals), is the name's rest, which no rule reads as
 * a name (leaks21; the row's own names: row_cut_words).  The hyphen
 * glued to the name's last word, one line's end and spaces after it;
 * "Dupont -\nvu" (a dash between) and a break with no hyphen stay.
 */
int
scan_name_cut_tails(const char *t, struct detect_scratch *s)
{
	for (size_t i = 1; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i], *p = &s->words[i - 1];
		const struct detect_span *sp;
		int r;

		if (t[p->end] != '-' || w->start < p->end + 2 ||
		    !line_break_gap(t, p->end + 1, w->start) ||
		    (w->flags & W_DIGIT) || word_taken(s, i) ||
		    !(p->flags & (W_CAP | W_UPPER)) ||
		    ((w->flags & (W_CAP | W_UPPER)) && !((p->flags & W_UPPER) &&
		    (w->flags & W_UPPER))) ||
		    (sp = span_of(s, i - 1)) == NULL ||
		    sp->kind != DETECT_NAME || sp->end != p->end)
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, sp->ctx)) < 0)
			return r;
	}
	return 0;
}

/*
 * A name found spelled letter by letter, one '_' or '-' between the
 * letters ("M. D_U_P_O_N_T", "M. P-I-G-E-O-N"): a title's rule takes the
 * first letter or the first parts, the rest are single letters no rule
 * reads as a name (leaks21; review20 left `U_P_O_N_T`).  From a name's
 * last word of one letter, each next word of one letter glued by the
 * same sign is the name's, to the run's end; three letters at least in
 * the run.  "M. D_UPONT" (a word after), "bilan A-B-C" (no name) stay.
 */
/* The next word from i that scan_spelled_name_tails may start from: in a
 * text with no '_', one whose next word is glued to it by one ' or -
 * (the next word's class byte has WCB_GLUED), sixteen words a step: a
 * word followed by '-' and no such word has no run (e < i + 2 below),
 * where every word was tested (speed30c); else word i itself. */
static inline size_t
spelled_tail_next(const struct detect_scratch *s, size_t i, int uscore)
{
	return uscore ? i : wcls_find(s, i, 0, WCB_GLUED);
}

int
scan_spelled_name_tails(const char *t, struct detect_scratch *s)
{
	int uscore = (s->text_bytes & TB_USCORE) != 0;

	for (size_t i = spelled_tail_next(s, 0, uscore); i + 2 < s->nwords;
	    i = spelled_tail_next(s, i + 1, uscore)) {
		const struct detect_word *w = &s->words[i];
		const struct detect_span *sp;
		size_t k, e;
		char sep;
		int r;

		if (w->nchars != 1 || w->end - w->start != 1 ||
		    (w->flags & W_DIGIT) || w->end >= s->text_len ||
		    ((sep = t[w->end]) != '_' && sep != '-') ||
		    (sp = span_of(s, i)) == NULL || sp->kind != DETECT_NAME ||
		    sp->end != w->end)
			continue;
		/* the run: one letter, the sign, one letter ... */
		for (k = i + 1; k < s->nwords; k++) {
			const struct detect_word *n = &s->words[k];

			if (n->start != s->words[k - 1].end + 1 ||
			    t[n->start - 1] != sep || n->nchars != 1 ||
			    n->end - n->start != 1 || (n->flags & W_DIGIT))
				break;
		}
		e = k - 1;
		/* a run's end: no letter nor digit glued after it */
		if (e < i + 2 || (k < s->nwords &&
		    s->words[k].start == s->words[e].end + 1 &&
		    t[s->words[e].end] == sep)) {
			i = e;
			continue;
		}
		for (k = i + 1; k <= e; k++)
			if (!word_taken(s, k) && (r = add_span(s,
			    s->words[k].start, s->words[k].end, DETECT_NAME,
			    sp->ctx)) < 0)
				return r;
		i = e;
	}
	return 0;
}

/* Word j is an acronym by its shape or a word of the keep lists (a
 * drug, a device): a name span that holds one holds it by mistake, and
 * the mistake is not to be repeated through the cell. */
static int
repeat_unlikely(const char *t, const struct detect_scratch *s, size_t j)
{
	return acronym_shape(t, s, j) || dict_keep_has(s->words[j].fhash);
}

/* Word j stands before a number ("EVA 3/10", "EVA à 2", "Glasgow 15"):
 * a scale, a score or a dose, where a name found elsewhere is the same
 * letters by chance ("Mme Eva Martin"). */
static int
before_number(const struct detect_scratch *s, size_t j)
{
	size_t k = j + 1;

	if (k < s->nwords && word_is(s, k, "a"))
		k++;
	return k < s->nwords && k <= j + 2 && (s->words[k].flags & W_DIGIT);
}

/* Word j, in capitals in a note that is not, stands alone before
 * punctuation: no capitals joined to it on either side, a ")", ",",
 * "." or ";" or the end after it, a lower-case word in the note ("Mr
 * Désir Roland (DPI : DESIR), tjs le désir"): the name again as a
 * system writes it (written_as_name turns away a word in capitals
 * beside another, "DPI" here, as a run of capitals, and after a colon,
 * as a sentence's start).  "NFS : BLANC normal" stays. */
static int
caps_alone(const char *t, const struct detect_scratch *s, size_t j,
    int *lower)
{
	const struct detect_word *w = &s->words[j];

	if (!(w->flags & W_UPPER) || j == 0 || (w->end < s->text_len &&
	    !util_in_set("),.;", t[w->end])) ||
	    (j > 0 && (s->words[j - 1].flags & W_UPPER) &&
	    joined(t, s, j - 1)) || (j + 1 < s->nwords &&
	    (s->words[j + 1].flags & W_UPPER) && joined(t, s, j)))
		return 0;
	/* the note's lower-case word, looked for once a scan (*lower -1:
	 * not yet): a walk for each word was quadratic in a note in
	 * capitals ("Mr Désir Roland DESIR. DESIR. ...") */
	if (*lower < 0) {
		*lower = 0;
		for (size_t k = 0; k < s->nwords && !*lower; k++)
			*lower = s->words[k].nchars >= 3 &&
			    !(s->words[k].flags & (W_CAP | W_UPPER | W_DIGIT));
	}
	return *lower;
}

/* Word j, the same word as a name found elsewhere in the cell, is that
 * name again: a word no dictionary has, with a capital or of four
 * letters or more ("Son fils Kodjo ... kodjo dit"), an ordinary word only written as a name (a capital where
 * no sentence starts, or before a verb it is the subject of: "Sa fille
 * COLOMBE passera. Colombe a appelé"); "Mme Petit ... petit appétit",
 * "Petit appétit", "signe de Lasègue" stay. */
static int
repeat_usable(const char *t, struct detect_scratch *s, size_t j, int *lower)
{
	const struct detect_word *w = &s->words[j];

	if (word_taken(s, j) || (w->flags & W_DIGIT) || w->nchars < 3 ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_RELATIVE | D_RELATION |
	    D_BRIDGE | D_RELCUE | D_PARTICLE | D_STREET | D_MONTH | D_UNIT |
	    D_CLINICAL | D_TERM | D_EPONYM | D_EPOHEAD | D_PLACE |
	    D_DATECUE | D_SUBJVERB | D_SPEECH)) || eponym_position(t, s, j) ||
	    after_saint(s, j) || repeat_unlikely(t, s, j) || before_number(s, j))
		return 0;
	if (!word_lexicon(t, s, j))
		return (w->flags & (W_CAP | W_UPPER)) || w->nchars >= 4;
	return written_as_name(t, s, j) || subject_follows(t, s, j) ||
	    caps_alone(t, s, j, lower);
}

/* Word i is a word that a name span holds whole and that may be
 * repeated: three letters or more, no title, particle, acronym or
 * keep-list word. */
static int
repeat_source(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp = span_of(s, i);
	const struct detect_word *w = &s->words[i];

	return sp != NULL && sp->kind == DETECT_NAME && w->nchars >= 3 &&
	    !(w->flags & W_DIGIT) && !(w->dflags & (D_TITLE | D_PARTICLE)) &&
	    !repeat_unlikely(t, s, i);
}

/* The hashes of the repeat_source words, sorted, into s->keys: how
 * many, or -ENOMEM.  Made once a scan: the spans scan_name_repeats adds
 * are words whose hash is there already, so the set does not change. */
static long
repeat_sources(const char *t, struct detect_scratch *s)
{
	size_t n = 0;
	int r;

	if ((r = detect_keys_reserve(s, s->nwords)) != 0)
		return r;
	for (size_t i = 0; i < s->nwords; i++)
		if (repeat_source(t, s, i))
			s->keys[n++] = s->words[i].fhash;
	detect_keys_sort(s, n);
	return (long)n;
}

/* A name found once names the same person wherever else the cell
 * writes it: the words not taken whose hash has its bits in name_mask
 * (mark_words), the same letters as a word of a name span
 * (repeat_source: the sorted hashes of repeat_sources), and
 * repeat_usable.  One pass over the words, the mask alone for most of
 * them.  (A walk of the words for each word the mask let through was
 * quadratic: "désir. " repeated before "Mr Désir Roland".) */
int
scan_name_repeats(const char *t, struct detect_scratch *s)
{
	uint32_t *cand = word_list_own(s, WC_OWN);
	size_t ncand = 0;
	long nsrc = -1;
	int lower = -1, r;

	/* After a name found (detect_run's gate: the mask).  The words
	 * whose hash has both bits in the mask, listed with no branch (a
	 * branch a word on a bit of its hash, which no predictor learns);
	 * a span added below is one of these words and adds no bit. */
	for (size_t j = 0; j < s->nwords; j++) {
		uint64_t h = s->words[j].fhash, m = s->name_mask;

		/* (m & name_bits(h)) == name_bits(h), in fewer steps */
		cand[ncand] = (uint32_t)j;
		ncand += (m >> (h & 63)) & (m >> ((h >> 6) & 63)) & 1;
	}
	for (size_t c = 0; c < ncand; c++) {
		size_t j = cand[c];

		if (word_taken(s, j))
			continue;
		/* a word not taken is no source: none is word j */
		if (nsrc < 0 && (nsrc = repeat_sources(t, s)) < 0)
			return (int)nsrc;
		if (!detect_keys_have(s, (size_t)nsrc, s->words[j].fhash) ||
		    !repeat_usable(t, s, j, &lower))
			continue;
		if ((r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* Is the first part of a row's first name value a woman's name (a
 * name Dicollecte marks feminine only: Marie, not Camille)? */
static int
row_first_female(struct detect_scratch *s, const struct detect_value *v)
{
	size_t n = 0;

	if (norm_value(NORM_TEXT, v->v, v->len, &s->tmp) != 0)
		return 0;
	while (n < s->tmp.len && s->tmp.data[n] != ' ' && s->tmp.data[n] != '\'')
		n++;
	return n > 0 && (dict_flags_cached(s, s->tmp.data, n,
	    hash(s->tmp.data, n)) & D_FEMALE);
}

/* "M." before the row's own surname when the row's first name starts
 * with M and is a woman's ("M. SCHNEIDER" of Mathilde SCHNEIDER): not
 * "Monsieur", her initial; it becomes the initial of the fake first
 * name.  Before a man's surname "M." is read as the title (it is one as
 * often as his initial), and before her surname and another first name
 * ("M. LOUIS-JEAN ALIX" of Marceline LOUIS-JEAN: her brother).  The
 * row's first name value, or -1. */
static int
m_initial_of_row(const char *t, struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow)
{
	const struct detect_span *sp, *nx;
	size_t j;

	if (!word_is(s, i, "m") || !(s->words[i].flags & W_DOT) ||
	    word_taken(s, i) || i + 1 >= s->nwords || !joined(t, s, i) ||
	    (sp = span_of(s, i + 1)) == NULL || sp->kind != DETECT_NAME ||
	    sp->ctx < 0 || (size_t)sp->ctx >= nrow ||
	    (row[sp->ctx].kind != DETECT_IDENT_LAST_NAME &&
	    row[sp->ctx].kind != DETECT_IDENT_NAME))
		return -1;
	for (size_t k = 0; k < nrow; k++)
		if (row[k].kind == DETECT_IDENT_FIRST_NAME && row[k].len > 0 &&
		    (row[k].v[0] | 32) == 'm' && row_first_female(s, &row[k])) {
			/* "M. LOUIS-JEAN ALIX (FRERE)": another first name
			 * after her surname: her brother, "Monsieur" */
			for (j = i + 1; j < s->nwords &&
			    (s->words[j].end <= sp->end ||
			    ((nx = span_of(s, j)) != NULL &&
			    nx->ctx == sp->ctx)); j++)
				;
			if (j < s->nwords && joined(t, s, j - 1) &&
			    (s->words[j].dflags & D_FIRST) &&
			    (s->words[j].flags & (W_CAP | W_UPPER)) &&
			    wf(s, &s->words[j])[0] != 'm')
				return -1;
			/* "chez M. Boutros Mina": the row's first name
			 * written whole after the surname; no initial of it
			 * before, the title */
			if (j < s->nwords && joined(t, s, j - 1) &&
			    (nx = span_of(s, j)) != NULL &&
			    nx->kind == DETECT_NAME && nx->ctx == (int)k)
				return -1;
			return (int)k;
		}
	return -1;
}

/* An initial beside a name ("J. DUPONT", "DUPONT J."): with the row's
 * first name when its first letter agrees. */
/* Word i is "G" or "D" after a part of the body: the side ("hématome
 * au bras G. Blanche dit", "avant-bras D. EVA 6"), no initial of the
 * name beside it. */
static int
side_of_body(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const body[] = {
		"bras", "jambe", "main", "pied", "genou", "hanche", "epaule",
		"cheville", "poignet", "coude", "cuisse", "oeil", "sein", "rein",
		"poumon", "membre", "doigt", "orteil", "talon", "fesse",
		"mollet", "cote", "hemicorps", "hemithorax", "oreille", "tympan",
		"pouce", "index", "paupiere", "aisselle", "aine", "testicule",
		"ovaire", "plante", "jarret", "avant", "mi", "ms", "fid", "fig",
		"flanc", "hypochondre", "fosse", "base", "apex", "lobe", "carotide",
		"femorale", "radiale", "humerale", "jugulaire", "tibia", "perone",
		"femur", "humerus", "radius", "cubitus", "clavicule", "omoplate",
		"scapula", NULL,
	};
	static uint64_t body_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i];

	if (w->nchars != 1 || i == 0 || !(word_is(s, i, "g") ||
	    word_is(s, i, "d")) || !joined(t, s, i - 1))
		return 0;
	return word_in_filtered_list(s, &s->words[i - 1], body);
}

/* names23: word k, after or before capitalized particles beside an
 * initial, may be a surname's last part: written with a capital, no
 * word of the tables (title, relative, particle, care term, month,
 * unit), not taken. */
static int
particle_name_tail(const char *t, const struct detect_scratch *s, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 2 && !word_taken(s, k) && !(w->dflags & (D_TITLE |
	    D_RELATIVE | D_PARTICLE | D_CLINICAL | D_MONTH | D_UNIT |
	    D_SPLITT | D_PLACE | D_INSTHEAD | D_NOTNAME)) &&
	    !town_hyphen(t, s, k);
}


/* Word p is a particle written as a name's (a capital, not in capitals,
 * not "Saint"), joined by one space to the word after it. */
static int
cap_particle(const char *t, const struct detect_scratch *s, size_t p)
{
	const struct detect_word *w = &s->words[p];

	return word_has(s, p, D_PARTICLE) && (w->flags & W_CAP) &&
	    !(w->flags & W_UPPER) && w->nchars >= 2 && !word_taken(s, p) &&
	    joined(t, s, p) && !word_is(s, p, "saint") &&
	    !word_is(s, p, "sainte");
}

/* A surname with its particles beside an initial, where no name of the
 * lists is found: "C. Du Pont prévenu", "J. Le Pen", "H. Des Rosiers",
 * "L. De La Fontaine", "Vu avec Du Pont C. ce matin".  A capitalized
 * particle after an initial is no article (names23; names22 left these
 * whole: the word after the particle is an ordinary word or in no
 * list).  Before the initial, the first particle must stand where no
 * sentence starts ("Le Pont C." could be a heading).  Bounded: three
 * particles and one word each side of each initial. */
/* Some word may be an initial (is_initial: one letter, a capital, its
 * dot): the words' class bytes with W_CAP and W_DOT, then their length.
 * (Was a memchr walk over the text's dots, speed27b: the bytes say it in
 * a load or two a comment.) */
static int
text_may_have_initial(const struct detect_scratch *s)
{
	for (size_t i = wcls_find(s, 0, W_CAP | W_DOT, 0); i < s->nwords;
	    i = wcls_find(s, i + 1, W_CAP | W_DOT, 0))
		if (s->words[i].nchars == 1)
			return 1;
	return 0;
}

int
scan_initial_particle_names(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *from;
	int r;

	if (!detect_no_gates && !text_may_have_initial(s))
		return 0;
	from = word_class(s, WC_INITIAL, &n);

	for (size_t x = 0; x < n; x++) {
		size_t i = from[x], p, k;

		if (!is_initial(s, i) || word_taken(s, i) || is_title(t, s, i) ||
		    side_of_body(t, s, i))
			continue;
		/* after: "C. Du Pont" (the dot, one space) */
		if (i + 2 < s->nwords && initial_opens_name(t, s, i) &&
		    s->words[i + 1].start ==
		    s->words[i].end + 2 && t[s->words[i].end] == '.') {
			for (k = i + 1; k < s->nwords && k < i + 4 &&
			    cap_particle(t, s, k); k++)
				;
			if (k > i + 1 && k < s->nwords && particle_name_tail(t, s, k) &&
			    (r = add_span(s, s->words[i + 1].start, s->words[k].end,
			    DETECT_NAME, -1)) < 0)
				return r;
		}
		/* before: "avec Du Pont C." */
		if (i >= 2 && joined(t, s, i - 1) && particle_name_tail(t, s, i - 1)) {
			k = i - 1;
			for (p = k; p > 0 && p + 3 > k && cap_particle(t, s, p - 1); p--)
				;
			if (p < k && !sentence_start(t, s, p) &&
			    !word_is(s, p - 1, "a") && !word_is(s, p - 1, "au") &&
			    !word_is(s, p - 1, "en") && !word_has(s, p - 1,
			    D_STREET | D_INSTHEAD | D_PLACE) &&
			    (r = add_span(s, s->words[p].start, s->words[k].end,
			    DETECT_NAME, -1)) < 0)
				return r;
		}
	}
	return 0;
}

/* names24: words that bring a person's name right after them: "et",
 * "avec", "chez", "par" ("Présents : sa fille et Le Roux", "vu avec La
 * Rocca"), a title, and "de" after a word of a call or a letter ("Appel
 * de Du Pont", "courrier de Des Rosiers").  Not "à", "au", "en", "vers"
 * (the places: "à La Rochelle", "vers La Réunion"), not "de" elsewhere
 * ("service de La Poste"). */
static int
person_cue_before(const struct detect_scratch *s, size_t p)
{
	static const char *const call_words[] = {
		"appel", "appels", "message", "messages", "courrier",
		"courriers", "lettre", "mail", "mails", "email", "sms", "visite",
		"visites", "part", "nouvelles", NULL,
	};
	static uint64_t call_words_filter;	/* word_in_filtered_list */
	size_t c = p - 1;

	if (word_is(s, c, "et") || word_is(s, c, "avec") ||
	    word_is(s, c, "chez") || word_is(s, c, "par") ||
	    word_has(s, c, D_TITLE))
		return 1;
	return c > 0 && (word_is(s, c, "de") || word_is(s, c, "d")) &&
	    word_in_filtered_list(s, &s->words[c - 1], call_words);
}

/* The particles p..k-1 and the word k, folded and one space apart, are a
 * commune's whole name ("Le Havre", "La Rochelle", "Le Mans"). */
static int
particle_commune(const struct detect_scratch *s, size_t p, size_t k)
{
	char key[64];
	size_t n = 0;

	for (size_t j = p; j <= k; j++) {
		const struct detect_word *w = &s->words[j];

		if (n + w->fold_len + 1 >= sizeof(key))
			return 0;
		if (j > p)
			key[n++] = ' ';
		memcpy(key + n, wf(s, w), w->fold_len);
		n += w->fold_len;
	}
	return postcodes_commune(key, n);
}

/* The word k after the capitalized particles p..k-1 is a surname's, not
 * an ordinary noun's or a town's: after an article ("Le", "La", "Les"),
 * a word no French lexicon has ("et Le Pen", "avec La Rocca"; not "de La
 * Poste", "et La Famille"), or a surname of the lists ("et Le Roux");
 * after a particle that is no article mid sentence ("Du", "Des", "Van",
 * "De"), any name's word ("Appel de Du Pont").  The particles and the
 * word are no commune, nor after an article the word alone (the lists
 * cut the article: "chez Le Guilvinec Marée", an employer), unless the
 * word is a surname of the lists ("Le Roux" is both). */
static int
cue_particle_tail(const char *t, struct detect_scratch *s, size_t p,
    size_t k)
{
	int surname = word_has(s, k, D_LAST) != 0;

	if (!surname && particle_commune(s, p, k))
		return 0;
	if (!(word_is(s, p, "le") || word_is(s, p, "la") ||
	    word_is(s, p, "les")) || k > p + 1)
		return 1;
	return surname || (!word_lexicon(t, s, k) && !single_commune(s, k));
}

/* names29: after "Le" alone at a sentence's start, word k, capitalized,
 * a surname of the lists that is also a French word ("Le Roux refuse le
 * traitement", "Le Gall signale", "Le Brun dit que"): the Breton and
 * Norman names of an article are written with "Le" (Le Roux, Le Bris,
 * Le Goff, Le Gall, Le Brun, Le Borgne); a noun after a sentence's "Le"
 * is written in lower case unless it is a name or a body's, and a body
 * is no surname of the lists or a word of word_surname's tables ("Le
 * Centre refuse", "Le Samu", "Le Patient", "Le Service", "Le Juge").
 * "La" before a feminine noun that is a surname too is the noun as
 * often (names20's "La Fontaine refuse de couler"): not taken. */
static int
le_word_surname(const char *t, struct detect_scratch *s, size_t p, size_t k)
{
	const struct detect_word *w = &s->words[k];

	return word_is(s, p, "le") && (w->flags & W_CAP) &&
	    !(w->flags & (W_UPPER | W_DIGIT)) && w->nchars >= 3 &&
	    (w->dflags & D_LAST) && !(w->dflags & (D_WEAK | D_FIRST)) &&
	    word_surname(t, s, k) && !sentence_opener(s, k);
}

/* names25: the particles p..k-1 and the word k start a sentence (no
 * cue before them), so the verb after the word is the cue: one of will
 * or speech with its object (person_act_follows: "Le Pen refuse le
 * traitement", "Du Pont signale une douleur", "De La Fontaine dit
 * que").  After an article alone the word is no French word, even a
 * surname of the lists (names20's "La Fontaine refuse de couler": the
 * fountain; "Le Roux" stays raw there), no acronym nor body of the keep
 * lists ("La Caf refuse", "La Cpam demande"). */
static int
start_particle_subject(const char *t, struct detect_scratch *s, size_t p,
    size_t k)
{
	if (k == p + 1 && (word_is(s, p, "le") || word_is(s, p, "la") ||
	    word_is(s, p, "les")) && (acronym_shape(t, s, k) ||
	    dict_keep_has(s->words[k].fhash) || (word_lexicon(t, s, k) &&
	    !le_word_surname(t, s, p, k))))
		return 0;
	/* a surname of the lists after "Le": any verb of a person, as
	 * after a name ("Le Roux refuse", "Le Roux a appelé") */
	if (k == p + 1 && word_lexicon(t, s, k) && le_word_surname(t, s, p, k))
		return person_verb_follows(t, s, k) ||
		    person_act_follows(t, s, k) || est_person_follows(s, k);
	return person_act_follows(t, s, k);
}

/* names25: word k, capitalized, is one of the named buildings' words
 * that are surnames too ("de la Tour", "du Clos", "de la Ferme", "du
 * Manoir"), a place's word only before the building's name (detect_addr.c
 * weak_place_words: "tour Rubis"): no capitalized word or number right
 * after it.  particle_name_tail's tables but D_PLACE. */
static int
building_surname(const char *t, const struct detect_scratch *s, size_t k)
{
	static const char *const buildings[] = {
		"tour", "clos", "ferme", "manoir", NULL,
	};
	static uint64_t buildings_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[k];

	if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    word_taken(s, k) || !word_in_filtered_list(s, w, buildings) ||
	    (w->dflags & (D_TITLE | D_RELATIVE | D_PARTICLE | D_CLINICAL |
	    D_MONTH | D_UNIT | D_SPLITT | D_INSTHEAD | D_NOTNAME)) ||
	    town_hyphen(t, s, k))
		return 0;
	return k + 1 >= s->nwords || s->words[k + 1].start > w->end + 2 ||
	    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT));
}

/* names25: after a first name found (capitalized, the name's last word
 * so far) or an initial that may open a name, particles in lower case
 * ("de la", "de", "du", "des") and a capitalized word are the surname:
 * "Hugo de la Tour signale", "Courrier de Hugo de la Tour", "H. de la
 * Tour prévenu", "Marie de Villiers".  A person's first name followed
 * by "de la X" names where she works as often ("Marie de la Poste",
 * "Julie du Samu", "Anne des Urgences", "Jean de Brest"): the word is no
 * word of the tables (particle_name_tail; a building's word alone,
 * building_surname), no drug, place, institution,
 * service or carer (word_surname's lists), no body of the list below,
 * and after "de", "du", "des" no commune unless a surname of the lists
 * ("Jean de Brest"; after "de la" in lower case the lists' communes
 * that cut their article, "La Tour", would be written "de La Tour").
 * The word after the particles k, or NO_WORD. */
static size_t
lower_particle_surname(const char *t, struct detect_scratch *s, size_t f)
{
	static const char *const bodies[] = {
		"poste", "mairie", "mutuelle", "caf", "cpam", "msa", "banque",
		"croix", "maison", "residence", "clinique", "pharmacie",
		"police", "gendarmerie", "prefecture", "caisse", "famille",
		"plateforme", "permanence", "direction", "maternite", "pmi",
		"securite", "creche", "region", "ville", "commune", "paroisse",
		"fondation", "association", "societe", "mission", "ligue",
		"cellule", "unite", "regie", "sncf", "ratp", "foyer", "centre",
		"cabinet", "service", "laboratoire", "labo", "secteur",
		"departement", "conseil", "smur", "samu", "cmp", "ccas",
		"residence", "pension", "equipe", "reanimation", "rea",
		"cardio", "pneumo", "neuro", "gastro", "pedia", "pediatrie",
		"psychiatrie", "psy", "chirurgie", "chir", "ortho", "uro",
		"gyneco", "onco", "hemato", "nephro", "radio", "radiologie",
		"medecine", "urgence", "urgences", "nuit", "journee", "matin",
		"soir", "semaine", "veille", "garde", "pitie", "timone",
		"salpetriere", NULL,
	};
	static uint64_t bodies_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[f];
	const struct detect_span *sp;
	size_t p = f + 1, k;

	if (p + 1 >= s->nwords || !joined(t, s, f) ||
	    (s->words[p].flags & (W_CAP | W_UPPER | W_DIGIT)))
		return NO_WORD;
	if (is_initial(s, f)) {
		if (word_taken(s, f) || !initial_opens_name(t, s, f))
			return NO_WORD;
	} else if (!(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    !(w->dflags & D_FIRST) || (sp = span_of(s, f)) == NULL ||
	    sp->kind != DETECT_NAME || sp->end != w->end)
		return NO_WORD;
	if (word_is(s, p, "de")) {
		k = p + 1;
		if (word_is(s, k, "la") && joined(t, s, p) &&
		    !(s->words[k].flags & (W_CAP | W_UPPER)))
			k++;
	} else if (word_is(s, p, "du") || word_is(s, p, "des"))
		k = p + 1;
	else
		return NO_WORD;
	if (k >= s->nwords || !joined(t, s, k - 1) ||
	    !(particle_name_tail(t, s, k) || building_surname(t, s, k)) ||
	    s->words[k].nchars < 3 ||
	    (s->words[k].dflags & (D_STREET | D_TERM | D_EPONYM | D_HOLIDAY |
	    D_DATECUE | D_RELATION)) ||
	    dict_drug_has(s->words[k].fhash) ||
	    dict_keep_has(s->words[k].fhash) || service_word(s, k) ||
	    care_unit_or_agent(t, s, k) || eponym_position(t, s, k) ||
	    word_in_filtered_list(s, &s->words[k], bodies) ||
	    (k == p + 1 && !word_has(s, k, D_LAST) && single_commune(s, k)))
		return NO_WORD;
	return k;
}

/* names24: a surname with capitalized particles and no initial beside
 * it, right after a word that brings a person (person_cue_before), mid
 * sentence: "sa fille et Le Roux.", "Appel de Du Pont pour", "avec La
 * Rocca", "chez Van Den Broeck".  The word after the particles is a
 * name's (particle_name_tail: no word of the tables, place, institution
 * or D_NOTNAME word, no town's hyphen: "Du Pont-de-Claix"), and the
 * particles with it no commune ("et Le Havre").  At a sentence's start
 * ("Le patient" is ordinary French there) only before a person's act
 * (start_particle_subject, names25).  Starts from the
 * capitalized words before a capitalized word or a particle (WC_PAIR,
 * which scan_unknown_pairs has listed already for a comment with a
 * capital: the particles' own list cost +0.36% made for this rule),
 * three particles at most: a bounded window each. */
int
scan_cue_particle_names(const char *t, struct detect_scratch *s)
{
	size_t n;
	const uint32_t *from = word_class(s, WC_PAIR, &n);
	int r;

	for (size_t x = 0; x < n; x++) {
		size_t p = from[x], k;
		int start;

		if (!(s->words[p].dflags & D_PARTICLE)) {
			/* a capitalized word before a capitalized one: none
			 * of the two rules below (most of WC_PAIR) */
			if (!(s->words[p + 1].dflags & D_PARTICLE))
				continue;
			/* "J. Sainte-Marie", "S. Saint Jean" (names25): no
			 * place comes after an initial */
			if (is_initial(s, p) && p + 2 < s->nwords &&
			    !word_taken(s, p) && joined(t, s, p) &&
			    initial_opens_name(t, s, p) &&
			    saint_compound(t, s, p + 1)) {
				if ((r = add_span(s, s->words[p + 1].start,
				    s->words[p + 2].end, DETECT_NAME, -1)) < 0)
					return r;
				continue;
			}
			/* "Hugo de la Tour", "H. de la Tour" (names25) */
			if ((s->words[p].flags & W_CAP) &&
			    (k = lower_particle_surname(t, s, p)) != NO_WORD) {
				if ((r = add_span(s, s->words[p + 1].start,
				    s->words[k].end, DETECT_NAME, -1)) < 0)
					return r;
				while (x + 1 < n && from[x + 1] <= k)
					x++;
			}
			continue;
		}
		if (!cap_particle(t, s, p))
			continue;
		start = sentence_start(t, s, p);
		if (!start && (!person_cue_before(s, p) || !joined(t, s, p - 1)))
			continue;
		for (k = p + 1; k < s->nwords && k < p + 3 &&
		    cap_particle(t, s, k); k++)
			;
		if (k >= s->nwords || !particle_name_tail(t, s, k) ||
		    !cue_particle_tail(t, s, p, k) ||
		    (start && !start_particle_subject(t, s, p, k)))
			continue;
		if ((r = add_span(s, s->words[p].start, s->words[k].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		while (x + 1 < n && from[x + 1] <= k)
			x++;
	}
	return 0;
}

/* The Arabic and Berber particles written before a name's core
 * (D_ARABPART, moved to W_ARABPART). */
const char *const arabic_particles[] = {
	"abou", "abu", "ben", "bin", "ibn", "ould", "abd", "bou", "el", "al",
	"ait", NULL,
};

/* names25: a name found that ends on an Arabic or Berber particle
 * ("Abou", "Ben", "Ould", "El": a first name of the lists as often, which
 * is why a rule took it) goes on with the word right after it, written
 * as the particle is (capitalized, or in capitals after one in
 * capitals): "Louis Abou Nasser signale", "Vu avec ABOU NASSER", "L. Abou
 * Nasser", "Ben Salah".  The word is a name's: three letters at least,
 * no word of the tables (particle_name_tail's, the function words, the
 * verbs, the dates' words: "Vu avec Ben Ce matin", "AVEC BEN ET SA
 * FILLE", "Abou Samedi" stay), one space after the particle.  The
 * lexicon is not asked: it has "Nasser".  One word after each particle: a bounded window. */
int
scan_arabic_particle_tails(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		const struct detect_word *w = &s->words[i], *n = &s->words[i + 1];
		const struct detect_span *sp;
		int r;

		if (!(w->flags & W_ARABPART) || !(w->flags & (W_CAP | W_UPPER)) ||
		    n->start != w->end + 1 || t[w->end] != ' ' ||
		    (sp = span_of(s, i)) == NULL || sp->kind != DETECT_NAME ||
		    sp->end != w->end || word_taken(s, i + 1) ||
		    n->nchars < 3 || (n->flags & W_DIGIT) ||
		    ((w->flags & W_UPPER) ? !(n->flags & W_UPPER) :
		    (!(n->flags & W_CAP) || (n->flags & W_UPPER))) ||
		    (n->dflags & (D_TITLE | D_RELATIVE | D_PARTICLE | D_CLINICAL |
		    D_MONTH | D_UNIT | D_SPLITT | D_PLACE | D_INSTHEAD |
		    D_NOTNAME | D_STREET | D_TERM | D_SUBJVERB | D_SPEECH |
		    D_DATECUE | D_HOLIDAY)) || town_hyphen(t, s, i + 1) ||
		    eponym_position(t, s, i + 1))
			continue;
		if ((r = add_span(s, n->start, n->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* names26: word i ends a name written surname first in capitals and two
 * short given names, the east-Asian way ("TAN Boon Huat", "WONG Kar
 * Wai", "PARK Ji Woo"): a rule took the surname (capitals, two to
 * six letters) and the first given name (capitalized, two to four
 * letters), one space apart, and word i, one space after them, is
 * capitalized, two to five ASCII letters, no word of word_surname's
 * tables, and the clause ends after it or goes on in lower case.  The
 * lexicon is not asked: a syllable is a French word form as often
 * ("huât", "wai").  "DUPONT Marie Repas pris" (a French first name of
 * five letters), "DUPONT Marie Nuit calme" stay this rule's. */
static int
asian_given_tail(const char *t, struct detect_scratch *s, size_t i)
{
	/* what a note says of a patient after the name ("LUC Eva Bien",
	 * "LI Eva Calme") */
	static const char *const note_states[] = {
		"bien", "mal", "bon", "bonne", "ras", "calme", "stable", "vu",
		"vue", "sortie", "nuit", "jour", "soir", "matin", "mieux",
		"pareil", "idem", "ok", "fatigue", "douleur", "repas", "rdv",
		"vus", "appel", "sortant", "sortante", NULL,
	};
	const struct detect_word *w = &s->words[i], *g, *f;
	const struct detect_span *l;
	size_t e = w->end;
	int syllable;

	if (i < 2 || !(w->flags & W_CAP) || (w->flags & (W_UPPER | W_DIGIT)) ||
	    w->nchars < 2 || w->nchars > 5 || w->end - w->start != w->nchars)
		return 0;
	g = &s->words[i - 1];
	f = &s->words[i - 2];
	if (!(g->flags & W_CAP) || (g->flags & (W_UPPER | W_DIGIT)) ||
	    g->nchars < 2 || g->nchars > 4 || !(f->flags & W_UPPER) ||
	    f->nchars < 2 || f->nchars > 6 || !joined(t, s, i - 2) ||
	    !joined(t, s, i - 1) || word_taken(s, i) ||
	    (l = span_of(s, i - 1)) == NULL || l->kind != DETECT_NAME ||
	    l->end != g->end || !is_name_span(span_of(s, i - 2)))
		return 0;
	if (!(e >= s->text_len || util_in_set(",.;:)\n\r", t[e]) ||
	    lower_follows(t, s, i)))
		return 0;
	/* after a first name of the French lists, an ordinary word is the
	 * sentence's next ("MARTIN Eva Mal au dos"); after a surname of
	 * four capitals or fewer, the east-Asian ones' length ("HO Chi
	 * Minh", "TRAN Chi Tam", "WONG Kar Wai": "chi", "kar" are first
	 * names of the lists, "tam", "wai" forms of the lexicon), the shape
	 * decides (names29), but for an opener or a note's state word */
	if ((g->dflags & D_FIRST) && word_lexicon(t, s, i) && (f->nchars > 4 ||
	    sentence_opener(s, i) || in_list(note_states, wf(s, w),
	    w->fold_len)))
		return 0;
	/* names29: the word is the name's here, after a surname in capitals
	 * and a given name found, even where eponym_position reads a named
	 * thing after "Chi" ("HO Chi Minh", "TRAN Chi Tam": the city, a
	 * test), and a name of the lists even when the keep lists hold it;
	 * the other tables as word_surname_tables' */
	if ((w->dflags & D_EPONYM) && !(w->dflags & (D_FIRST | D_LAST)))
		return 0;
	/* names31: a syllable of three letters or fewer after a surname of
	 * four capitals or fewer is the name's even where Dicollecte lists a
	 * place of that spelling ("WONG Kar Wai": "Wai" is an Indian town,
	 * kept_place and the keep lists held it) */
	syllable = w->nchars <= 3 && f->nchars <= 4;
	return w->nchars >= 2 && (syllable || !kept_place(s, i)) &&
	    !after_saint(s, i) && (syllable || !dict_keep_has(w->fhash) ||
	    (w->dflags & (D_FIRST | D_LAST))) &&
	    !(w->dflags & (D_TITLE | D_RELATIVE | D_RELATION |
		    D_MONTH | D_DATECUE | D_PARTICLE | D_STREET | D_UNIT |
		    D_CLINICAL | D_HOLIDAY | D_NAMECUE | D_TERM | D_SUBJVERB |
		    D_SPEECH | D_PLACE | D_INSTHEAD | D_NOTNAME)) &&
		    !dict_drug_has(w->fhash) && !service_word(s, i) &&
		    !care_unit_or_agent(t, s, i);
}

/* The third word of "TAN Boon Huat" (asian_given_tail), after every rule
 * that takes the surname and the first given name.  (detect_run's gate:
 * a name span and a word in capitals.)  0 or -errno. */
/* The bytes before e (a span's end, e >= 6) are a capital, one space,
 * then a word of two to four letters: "TAN Boon|", "WONG Kar|" (the
 * shape asian_given_tail reads by words, tested first by bytes). */
static int
short_after_capitals(const char *t, size_t e)
{
	for (size_t n = 2; n <= 4; n++) {
		size_t p = e - n - 1;

		if (t[p] == ' ')
			return t[p - 1] >= 'A' && t[p - 1] <= 'Z' &&
			    t[p + 1] >= 'A' && t[p + 1] <= 'Z';
	}
	return 0;
}

/* names45's given names after the family name span k ends with: 1 if
 * a span was added, 0 if not, -errno (below). */
static int asian_family_given_at(const char *t, struct detect_scratch *s,
    size_t k);

/* The byte shape both east-Asian tails start from at a name span's end:
 * one space, a capital, then a lower-case letter (e + 2 < len).  The
 * tests as one branch: few spans pass, and each test alone was taken as
 * often as not (speed47). */
static inline __attribute__((always_inline)) int
asian_tail_shape(const char *t, const struct detect_scratch *s, size_t k,
    size_t len)
{
	size_t e = s->spans[k].end;

	if (e + 2 >= len)
		return 0;
	return (s->spans[k].kind == DETECT_NAME) & (t[e] == ' ') &
	    ((unsigned char)(t[e + 1] - 'A') < 26) &
	    ((unsigned char)(t[e + 2] - 'a') < 26);
}

/* The third word after a name span's end (asian_given_tail): 1 if the
 * span was added, 0 if not, -errno. */
static int
asian_given_tail_at(const char *t, struct detect_scratch *s, size_t k)
{
	size_t e = s->spans[k].end, i;

	if (e < 6 || !short_after_capitals(t, e))
		return 0;
	i = word_at(s, e + 1);
	if (i >= s->nwords || s->words[i].start != e + 1 ||
	    !asian_given_tail(t, s, i))
		return 0;
	return add_span(s, s->words[i].start, s->words[i].end, DETECT_NAME,
	    -1);
}

/* (speed47) the two east-Asian tails of a name span in one walk of the
 * spans: asian_given_tail's third word ("TAN Boon Huat"), then names45's
 * given names after a family name taken alone (asian_family_given_at),
 * as the two rules ran one after the other, each reading the spans the
 * other adds.  From each name span's end, backwards (a span added lies
 * after the one read: the ones before keep their index), the bytes first
 * (speed: a walk of every word cost 0.8 M instructions a pass, most
 * comments having a name and a word in capitals).  The first walk keeps
 * the spans whose bytes the second asks (add_span only appends, and a
 * span's kind and end do not change), so the second reads the spans the
 * first added, then those.  tails, given: each rule's gate (a word in
 * capitals, a capitalized word).  0 or -errno. */
int
scan_asian_tails(const char *t, struct detect_scratch *s, int tails,
    int given)
{
	uint32_t keep[48];
	size_t len = s->text_len, n0 = s->nspans, nkeep = 0, k;
	int r, all = 0;

	for (k = n0; k-- > 0; ) {
		if (!asian_tail_shape(t, s, k, len))
			continue;
		if (tails && (r = asian_given_tail_at(t, s, k)) < 0)
			return r;
		if (s->spans[k].end + 3 >= len)
			continue;
		if (nkeep < sizeof(keep) / sizeof(keep[0]))
			keep[nkeep++] = (uint32_t)k;
		else
			all = 1;
	}
	if (!given)
		return 0;
	/* the spans the first walk added, then the ones it kept */
	for (k = s->nspans; k-- > n0; )
		if (asian_tail_shape(t, s, k, len) &&
		    s->spans[k].end + 3 < len &&
		    (r = asian_family_given_at(t, s, k)) < 0)
			return r;
	if (all) {
		for (k = n0; k-- > 0; )
			if (asian_tail_shape(t, s, k, len) &&
			    s->spans[k].end + 3 < len &&
			    (r = asian_family_given_at(t, s, k)) < 0)
				return r;
		return 0;
	}
	for (size_t j = 0; j < nkeep; j++)
		if ((r = asian_family_given_at(t, s, keep[j])) < 0)
			return r;
	return 0;
}

/* names32: a word of an east-Asian name after its family name in
 * capitals (asian_triple): capitalized, not in capitals, two to four
 * ASCII letters, untaken, no word of the tables nor a note's state or an
 * opener, no drug, service or carer.  The first given name may be a
 * particle of the lists ("NGUYEN Van An": "Van" is a Dutch particle
 * too); a first name of the lists that heads an institution's name too
 * is a syllable ("WONG Chi Wai": "CHI" is a hospital, in capitals). */
static int asian_syllable_word(const char *t, struct detect_scratch *s,
    size_t i, int first);

static int
asian_syllable(const char *t, struct detect_scratch *s, size_t i, int first)
{
	const struct detect_word *w = &s->words[i];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    asian_syllable_word(t, s, i, first);
}

/* asian_syllable's tests but the case (names33: "LEE MIN HO" in
 * capitals after a cue). */
static int
asian_syllable_word(const char *t, struct detect_scratch *s, size_t i,
    int first)
{
	static const char *const note_states[] = {
		"bien", "mal", "bon", "ras", "vu", "vue", "vus", "nuit", "jour",
		"soir", "ok", "rdv", "idem", "sous", "sans", "avec", "pour",
		"par", "chez", "dans", "vers", "puis", "mais", "donc", "car",
		"non", "oui", "pas", "plus", "tres", "peu", "est", "sont", "va",
		"vont", "fait", "dit", "le", "la", "les", "de", "du", "des",
		"un", "une", "et", "ou", "en", "au", "aux", "ce", "se", "sa",
		"son", "ses", "ne", "il", "on", "si", "ni", "a", "y", NULL,
	};
	const struct detect_word *w = &s->words[i];

	return !(w->flags & W_DIGIT) && w->nchars >= 2 && w->nchars <= 4 &&
	    w->end - w->start == w->nchars &&
	    !(w->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_MONTH |
	    D_DATECUE | D_STREET | D_UNIT | D_CLINICAL | D_HOLIDAY |
	    D_NAMECUE | D_TERM | D_SUBJVERB | D_SPEECH | D_NOTNAME |
	    (first ? 0 : D_PARTICLE))) &&
	    (!(w->dflags & D_INSTHEAD) || (w->dflags & D_FIRST)) &&
	    (!word_taken(s, i) || is_name_span(span_of(s, i))) &&
	    !in_list(note_states, wf(s, w), w->fold_len) &&
	    !sentence_opener(s, i) &&
	    !dict_drug_has(w->fhash) && !service_word(s, i) &&
	    !care_unit_or_agent(t, s, i);
}

/* A letter of word w is a vowel (asian_triple: a name's syllable, not an
 * abbreviation's letters, "NFS Hb Plq"). */
static int
has_vowel(const char *t, const struct detect_word *w)
{
	for (size_t p = w->start; p < w->end; p++)
		if (util_in_set("aeiouyAEIOUY", t[p]))
			return 1;
	return 0;
}

/* names33: word i, in capitals, is an east-Asian family name of the
 * list below (Chinese, Vietnamese, Korean romanized; the ones that are
 * French words in capitals are left out: "DU", "SU", "LU", "LIN", "MAI",
 * "PAN", "FAN", "TON", "LE", "MA", "DO", "VU", "HO", "OH", "LAI").
 * Asked only of a word of two to six ASCII capitals. */
static int
asian_family_list(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_word *any)
{
	static const char *const families[] = {
		/* Chinese (pinyin, Cantonese, Hokkien) */
		"wang", "zhang", "liu", "chen", "yang", "huang", "zhao",
		"zhou", "xu", "sun", "zhu", "hu", "guo", "luo", "gao", "liang",
		"zheng", "xie", "tang", "feng", "deng", "cao", "peng", "zeng",
		"xiao", "tian", "dong", "yuan", "jiang", "cai", "yu", "cheng",
		"wei", "ding", "shen", "yao", "fang", "shi", "liao", "zou",
		"xiong", "jin", "qin", "wu", "li", "wong", "chan", "cheung",
		"leung", "lau", "yeung", "chow", "chiu", "tsang", "kwok", "ng",
		"tan", "lim", "lam", "goh", "teo", "koh", "chua", "ong", "tay",
		"chong", "yap", "hui", "mak", "kwan", "fung", "tse", "poon",
		/* Vietnamese */
		"nguyen", "tran", "pham", "hoang", "huynh", "phan", "dang",
		"bui", "ngo", "duong", "truong", "luong", "dinh", "trinh",
		"vuong", "quach", "thai", "ly",
		/* Korean */
		"kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon",
		"jang", "shin", "han", "seo", "kwon", "hwang", "ahn", "yoo",
		"hong", "baek", "nam", "moon", "jeon", "song",
		/* Japanese */
		"sato", "suzuki", "tanaka", "ito", "kato", "yamada", "sasaki",
		"inoue", "kimura", "saito", "ogawa", NULL,
	};
	static uint64_t families_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[i];

	(void)t;
	if (any != NULL)	/* (asian_family_word: the list alone) */
		return word_in_filtered_list(s, any, families);
	return (w->flags & W_UPPER) && !(w->flags & W_DIGIT) &&
	    w->nchars >= 2 && w->nchars <= 6 &&
	    w->end - w->start == w->nchars &&
	    word_in_filtered_list(s, w, families);
}

/* names38: word w is a family name of asian_family's list, in any case */
static int
asian_family_word(const struct detect_scratch *s, const struct detect_word *w)
{
	return asian_family_list(NULL, s, 0, w);
}

static int
asian_family(const char *t, const struct detect_scratch *s, size_t i)
{
	return asian_family_list(t, s, i, NULL);
}

/* names45: word q, capitalized (not in capitals), may be an east-Asian
 * given name after a family name found: two to five ASCII letters with a
 * vowel, untaken, the lists' months and ordinary words let through ("Mai",
 * "Lan", "Hoa", "Long": Vietnamese given names that are French words), but
 * no word of the tables of a note's clause, a note's state or an opener,
 * no drug, service or carer. */
static int
asian_given_word(const char *t, struct detect_scratch *s, size_t q)
{
	static const char *const states[] = {
		"bien", "mal", "bon", "ras", "vu", "vue", "vus", "nuit", "jour",
		"soir", "ok", "rdv", "idem", "sous", "sans", "avec", "pour",
		"par", "chez", "dans", "vers", "puis", "mais", "donc", "car",
		"non", "oui", "pas", "plus", "tres", "peu", "est", "sont", "va",
		"vont", "fait", "dit", "et", "ou", "en", "au", "aux", "ce",
		"sa", "son", "ses", "ne", "il", "elle", "on", "si", "ni", "a",
		"y", "le", "la", "les", "de", "du", "des", "un", "une", "calme",
		"sorti", "sortie", "stable", "mieux", "appel", "seul", "seule",
		"avis", "suivi", "suite", "note", "motif", "rien", "fin",
		"apres", "avant", NULL,
	};
	static uint64_t states_filter;	/* word_in_filtered_list */
	const struct detect_word *w = &s->words[q];

	return (w->flags & W_CAP) && !(w->flags & (W_UPPER | W_DIGIT)) &&
	    w->nchars >= 2 && w->nchars <= 5 &&
	    w->end - w->start == w->nchars && has_vowel(t, w) &&
	    !word_taken(s, q) &&
	    !(w->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_DATECUE |
	    D_STREET | D_UNIT | D_CLINICAL | D_HOLIDAY | D_NAMECUE | D_TERM |
	    D_SUBJVERB | D_SPEECH | D_INSTHEAD | D_EPOHEAD)) &&
	    !word_in_filtered_list(s, w, states) && !sentence_opener(s, q) &&
	    !dict_drug_has(w->fhash) && !service_word(s, q) &&
	    !care_unit_or_agent(t, s, q);
}

/* names45: where an east-Asian name found ends: the clause ends, goes
 * on in lower case, or an acronym in capitals follows ("Tran Van Long
 * ODG": an eye's); lexical: a word of the lexicon was read, the clause
 * must end (no lower case after). */
static int
asian_given_ends(const char *t, struct detect_scratch *s, size_t e,
    int lexical)
{
	size_t p = s->words[e].end;

	if (p >= s->text_len || util_in_set(",.;:)\n\r", t[p]) ||
	    (!lexical && lower_follows(t, s, e)))
		return 1;
	return e + 1 < s->nwords && s->words[e + 1].start == p + 1 &&
	    t[p] == ' ' && (s->words[e + 1].flags & W_UPPER) &&
	    s->words[e + 1].nchars <= 4 && !word_taken(s, e + 1) &&
	    !(s->words[e + 1].dflags & (D_FIRST | D_LAST));
}

/* names45: the given names after an east-Asian family name of
 * asian_family's list a rule took alone, capitalized, in any order of
 * the text ("l'aînée, Hoang Mai, demande", "Tran Van Long ODG", "Mme
 * Hoang Thi Lan"): one or two words of asian_given_word's, the clause
 * ending after them.  The family name is the evidence the lexicon is
 * not asked for (a month, "Long", "Lan" are the name's here).  Asked by
 * scan_asian_tails of name span k, whose end asian_tail_shape's bytes
 * and a fourth byte follow.  1 if a span was added, 0 if not, -errno. */
static int
asian_family_given_at(const char *t, struct detect_scratch *s, size_t k)
{
	size_t e = s->spans[k].end, i, q, last = NO_WORD;
	int lexical = 0;

	/* the word after the span, then the span's last */
	i = word_at(s, e + 1);
	/* the sizes first, the list last (speed: a list's walk for
	 * every name before a capitalized word cost 0.5 M
	 * instructions a pass) */
	if (i == 0 || i >= s->nwords || s->words[--i].end != e ||
	    !(s->words[i].flags & (W_CAP | W_UPPER)) ||
	    s->words[i].nchars < 2 || s->words[i].nchars > 6 ||
	    s->words[i].end - s->words[i].start != s->words[i].nchars ||
	    s->words[i + 1].nchars > 5 ||
	    s->words[i + 1].end - s->words[i + 1].start !=
	    s->words[i + 1].nchars ||
	    (s->words[i + 1].flags & (W_UPPER | W_DIGIT)) ||
	    !asian_family_word(s, &s->words[i]))
		return 0;
	for (q = i + 1; q < s->nwords && q <= i + 2; q++) {
		if (!joined(t, s, q - 1) ||
		    s->words[q].start != s->words[q - 1].end + 1 ||
		    !asian_given_word(t, s, q))
			break;
		/* an ordinary word of the lexicon, no name of the
		 * lists: the clause must end after it (a comma, a
		 * stop, an acronym), a word in lower case after it
		 * is the note's next ("Dr Park Avis favorable") */
		if (!(s->words[q].dflags & (D_FIRST | D_LAST)) &&
		    word_lexicon(t, s, q))
			lexical = 1;
		if (asian_given_ends(t, s, q, lexical))
			last = q;
	}
	if (last == NO_WORD)
		return 0;
	return add_span(s, s->words[i + 1].start, s->words[last].end,
	    DETECT_NAME, -1);
}

/* names32: words i, i+1, i+2 are an east-Asian name in its usual order,
 * the family name in capitals then two given names of one syllable each
 * ("LEE Min Ho", "WONG Chi Wai", "TAN Boon Huat", "NGUYEN Van An"),
 * wherever it stands ("Chambre 12 : TAN Boon Huat", "Vu avec LEE Min Ho
 * ce jour"): the family name two to six ASCII capitals, no word of the
 * tables, drug or service; the two syllables asian_syllable's, one space
 * apart, each with a vowel; the clause ends after them or goes on in
 * lower case.  The shape is asked with evidence of a name: a word of the
 * three is a name of the lists ("LEE", "TAN", "Chi"), or the family name
 * or both syllables are in no French lexicon ("WONG").  After a family
 * name of five capitals or more and a French first name of the lists, a
 * third word the lexicon has is the sentence's next ("MARTIN Eva Sort
 * demain": names29's reading), unless it is two letters ("NGUYEN Van
 * An"). */
static int
asian_triple(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *f = &s->words[i], *g, *h;
	size_t e;

	if (!(f->flags & W_UPPER) || (f->flags & W_DIGIT) || f->nchars < 2 ||
	    f->nchars > 6 || f->end - f->start != f->nchars ||
	    i + 2 >= s->nwords || !joined(t, s, i) || !joined(t, s, i + 1))
		return 0;
	g = &s->words[i + 1];
	h = &s->words[i + 2];
	/* the shape first (bytes and sizes), the tables after */
	if (g->start != f->end + 1 || h->start != g->end + 1 ||
	    t[f->end] != ' ' || t[g->end] != ' ' || g->nchars > 4 ||
	    h->nchars > 4 || g->nchars < 2 || h->nchars < 2 ||
	    (g->flags & W_UPPER) || (h->flags & W_UPPER) ||
	    !asian_syllable(t, s, i + 1, 1) || !asian_syllable(t, s, i + 2, 0))
		return 0;
	e = h->end;
	if (!(e >= s->text_len || util_in_set(",.;:)\n\r", t[e]) ||
	    lower_follows(t, s, i + 2)))
		return 0;
	/* each syllable has a vowel; the evidence of a name: a name of the
	 * lists, or words no French lexicon has */
	if (!has_vowel(t, g) || !has_vowel(t, h))
		return 0;
	if (!(((f->dflags | g->dflags | h->dflags) & (D_FIRST | D_LAST)) ||
	    !word_lexicon(t, s, i) || (!word_lexicon(t, s, i + 1) &&
	    !word_lexicon(t, s, i + 2))))
		return 0;
	if ((g->dflags & D_FIRST) && f->nchars > 4 && h->nchars > 2 &&
	    word_lexicon(t, s, i + 2) && !(h->dflags & (D_FIRST | D_LAST)) &&
	    !asian_family(t, s, i))
		return 0;
	return !(f->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_MONTH |
	    D_DATECUE | D_STREET | D_UNIT | D_CLINICAL | D_HOLIDAY |
	    D_NAMECUE | D_TERM | D_SUBJVERB | D_SPEECH | D_INSTHEAD |
	    D_NOTNAME | D_PARTICLE | D_PLACE)) && !dict_drug_has(f->fhash) &&
	    !service_word(s, i) && !care_unit_or_agent(t, s, i);
}

/* names33: what stands before word i says a person is named there: a
 * title or kin right before it ("M. LEE MIN HO", "son fils KIM Ji"), or a
 * colon and a space (a triage's, a room's, a form's prefix: "IOA : ZHANG
 * Lei", "Chambre 12 : LEE MIN HO", "Patient : WANG Li"). */
static int
asian_cue_before(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p = s->words[i].start;

	if (p >= 2 && t[p - 1] == ' ' && t[p - 2] == ':')
		return 1;
	return i > 0 && s->words[i - 1].end + 2 >= p &&
	    word_has(s, i - 1, D_TITLE | D_RELATIVE);
}

/* names33: the clause ends after word e, or goes on in lower case. */
static int
asian_name_ends(const char *t, const struct detect_scratch *s, size_t e)
{
	size_t p = s->words[e].end;

	return p >= s->text_len || util_in_set(",.;:)\n\r", t[p]) ||
	    lower_follows(t, s, e);
}

/* names34: word i heads a line (the text's start or a line's end
 * before it, spaces and a bullet "-", "*" apart) or an item of a list of
 * people (",", ";", "/" after a name found: "LEE MIN HO, NGUYEN VAN
 * AN"): where a name stands with no cue before it. */
static int
asian_line_head(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t p = s->words[i].start;

	while (p > 0 && t[p - 1] == ' ')
		p--;
	if (p > 0 && i > 0 && util_in_set(",;/", t[p - 1]) &&
	    is_name_span(span_of(s, i - 1)))
		return 1;
	if (p > 0 && (t[p - 1] == '-' || t[p - 1] == '*'))
		for (p--; p > 0 && t[p - 1] == ' '; p--)
			;
	return p == 0 || t[p - 1] == '\n' || t[p - 1] == '\r';
}

/* names34: syllable w of a name with no cue before it
 * (asian_cued_name) says the name is one: a word no French lexicon has,
 * a name of the lists, or a Vietnamese middle name ("VAN", "THI", "DUC":
 * "NGUYEN VAN AN", "TRAN THI HOA"). */
static int
asian_syllable_evidence(const char *t, struct detect_scratch *s, size_t i)
{
	static const char *const middles[] = {
		"van", "thi", "duc", "huu", "minh", "ngoc", "thanh", "quoc",
		"xuan", "dinh", "cong", "bao", NULL,
	};
	static uint64_t middles_filter;	/* word_in_filtered_list */

	return (s->words[i].dflags & (D_FIRST | D_LAST)) ||
	    word_in_filtered_list(s, &s->words[i], middles) ||
	    !word_lexicon(t, s, i);
}

/* names35: after word e, one space apart, what start_person_follows
 * reads as a person's act ("APPELE", "PASSERA", "VU"), or "A", "EST"
 * and such an act ("LEE MIN HO A APPELE", "ZHANG LEI EST VENU"): the
 * clause goes on in capitals and says a person. */
static int
asian_act_follows(const char *t, const struct detect_scratch *s, size_t e)
{
	const struct detect_word *x;

	for (int k = 0; k < 2; k++, e++) {
		if (e + 1 >= s->nwords)
			return 0;
		x = &s->words[e + 1];
		if (x->start != s->words[e].end + 1 || t[x->start - 1] != ' ' ||
		    (x->flags & W_DIGIT))
			return 0;
		/* (start_person_follows reads a lower-case act only) */
		if (x->flags & W_PERSONACT)
			return in_list(person_act_called, wf(s, x),
			    x->fold_len) || in_list(person_act_planned,
			    wf(s, x), x->fold_len);
		if (k > 0 || !(word_is(s, e + 1, "a") ||
		    word_is(s, e + 1, "est")))
			return 0;
	}
	return 0;
}

/* names35: after word e the clause goes on in capitals with a word that
 * names no one ("APPEL DE LEE MIN HO POUR RDV", "VU AVEC ZHANG LEI CE
 * JOUR"): read after a cue in capitals that brings a person only. */
static int
asian_caps_goes_on(const char *t, const struct detect_scratch *s, size_t e)
{
	static const char *const goes_on[] = {
		"ce", "cet", "cette", "pour", "a", "au", "hier", "demain",
		"concernant", "qui", "le", "en", NULL,
	};
	const struct detect_word *x;

	if (e + 1 >= s->nwords)
		return 0;
	x = &s->words[e + 1];
	return x->start == s->words[e].end + 1 && t[x->start - 1] == ' ' &&
	    (x->flags & (W_UPPER | W_CAP)) && !(x->flags & W_DIGIT) &&
	    in_list(goes_on, wf(s, x), x->fold_len);
}

/* names33: an east-Asian name whose family name is asian_family's, after
 * asian_cue_before's cue: in capitals whole ("M. LEE MIN HO", "Chambre
 * 12 : LEE MIN HO": two syllables of asian_syllable_word's, each with a
 * vowel, one space apart), or the family name and one given name of one
 * syllable ("IOA : ZHANG Lei, 27 ans", "Chambre 12 : WANG Li"), the
 * clause ending after it.  names35: or, at a sentence's start, a
 * person's act after the name (asian_act_follows: "RAS. LEE MIN HO VU
 * CE JOUR", "NG VAN MINH A APPELE", a family name of two letters too),
 * and two words in capitals at a line's head, the syllable with
 * evidence ("WANG WEI"), or before an act ("ZHANG LEI A APPELE").  The last
 * word's index, or NO_WORD. */
static size_t
asian_cued_name(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *f = &s->words[i], *g, *h;
	int cued, ccue, line, head, short_line, act;

	/* the bytes and sizes first, the list last */
	if (i + 1 >= s->nwords || f->nchars > 6)
		return NO_WORD;
	/* names34: or at a line's or a list's head, a family name of three
	 * letters or more, with the evidence of a syllable ("LEE MIN HO"
	 * heading a line; "NGUYEN VAN AN, TRAN THI HOA"; not "LI NA BAS":
	 * two letters, "NA" a term) */
	cued = asian_cue_before(t, s, i);
	line = !cued && asian_line_head(t, s, i);
	if (!cued && !line && !(f->flags & W_UPPER))
		return NO_WORD;
	g = &s->words[i + 1];
	if (g->start != f->end + 1 || t[f->end] != ' ' || g->nchars < 2 ||
	    g->nchars > 4 || !has_vowel(t, g))
		return NO_WORD;
	/* names35: or after a word in capitals that brings a person
	 * (row_caps_person_cue: "APPEL DE", "VU AVEC", "CHEZ"), the clause
	 * ending or going on (asian_caps_goes_on), a syllable with
	 * evidence (after the shape of the next word: speed) */
	ccue = !cued && !line && row_caps_person_cue(t, s, i) &&
	    (!(word_is(s, i - 1, "avec") || word_is(s, i - 1, "par")) ||
	    (i >= 2 && (word_is(s, i - 2, "vu") || word_is(s, i - 2, "vue") ||
	    word_is(s, i - 2, "entretien"))));
	head = cued || (f->nchars >= 3 && (line || ccue));
	/* names35: a family name of two letters at a line's head or after
	 * such a cue too, both syllables with evidence ("NG VAN AN", "LY
	 * THI HOA"); else a sentence's start, a person's act after */
	short_line = (line || ccue) && !head;
	if (!head && !short_line && !sentence_start(t, s, i))
		return NO_WORD;
	/* the list after the shape of what follows (names34: a line's
	 * head asks it of many notes' first word) */
	if (g->flags & W_UPPER) {
		if (!(f->flags & W_UPPER))
			return NO_WORD;
		h = i + 2 < s->nwords ? &s->words[i + 2] : NULL;
		if (h && (h->flags & W_UPPER) && h->start == g->end + 1 &&
		    t[g->end] == ' ' && h->nchars >= 2 && h->nchars <= 4 &&
		    has_vowel(t, h) && ((act = asian_act_follows(t, s,
		    i + 2)) || ((head || short_line) &&
		    asian_name_ends(t, s, i + 2)) || (ccue &&
		    asian_caps_goes_on(t, s, i + 2))) &&
		    asian_family(t, s, i) &&
		    asian_syllable_word(t, s, i + 1, 1) &&
		    asian_syllable_word(t, s, i + 2, 0) && (cued ||
		    (short_line && !act ? asian_syllable_evidence(t, s,
		    i + 1) && asian_syllable_evidence(t, s, i + 2) :
		    asian_syllable_evidence(t, s, i + 1) ||
		    asian_syllable_evidence(t, s, i + 2))))
			return i + 2;
		/* names35: two words in capitals, the syllable a name of
		 * the lists or no lexicon's word, the family name of three
		 * letters or more at a line's head or before an act */
		act = asian_act_follows(t, s, i + 1);
		if (!(act || (head && f->nchars >= 3 &&
		    (asian_name_ends(t, s, i + 1) || (ccue &&
		    asian_caps_goes_on(t, s, i + 1))))) ||
		    !asian_family(t, s, i) ||
		    !asian_syllable_word(t, s, i + 1, 0) || !(act ||
		    (g->dflags & (D_FIRST | D_LAST)) ||
		    !word_lexicon(t, s, i + 1)))
			return NO_WORD;
		return i + 1;
	}
	return (g->flags & W_CAP) && (head ? asian_name_ends(t, s, i + 1) :
	    asian_act_follows(t, s, i + 1)) &&
	    asian_family(t, s, i) && asian_syllable(t, s, i + 1, 1) && (cued ||
	    asian_syllable_evidence(t, s, i + 1)) ? i + 1 : NO_WORD;
}

/*
 * names38: an east-Asian name written with capitals only ("Li Na a
 * appelé", "Wong Ka Ho a appelé", "Mme Cheung Ka Ho", "Hsu Mei, 34
 * ans", "Ho Van Minh"), from word i, capitalized, not in capitals:
 * - the family name: asian_family's (in any case here), or a
 *   Wade-Giles or Cantonese spelling of the list below ("Hsu", "Tsai",
 *   "Chang", "Yip"); "Ho", "Vo", "Vu", "Do", "Ma", "Lu", "Du" (a word
 *   or a unit as often) only before a Vietnamese middle name ("Ho Van
 *   Minh", "Vu Thi Lan"; "Vu Paul ce jour" stays);
 * - one or two given syllables (asian_syllable: capitalized, two to four
 *   letters, no word of the tables, state or drug), one space apart,
 *   with a vowel; two before an act or an age, or with the evidence of
 *   one (asian_syllable_evidence) after a cue,
 *   one a syllable of pinyin's table ("Na", "Lei", "Wei"), before an act
 *   or an age whatever else it is ("Li Na": "Na" is sodium too), after
 *   a cue a name of the lists or no lexicon's word;
 * - then a person's act (asian_act_follows: "a appelé", "vu", "passera"),
 *   an age (", 34 ans"), or, after a title, kin or a form's colon
 *   (asian_cue_before), the clause's end.
 * The same family name in English or Spanish prose ("Chan is", "Wong
 * Kar-wai's film", "Ho Chi Minh-Ville") has no act, age or cue after.
 * The index of the last word, or NO_WORD.
 */
static size_t
asian_mixed_name(const char *t, struct detect_scratch *s, size_t i)
{
	static const char *const more[] = {
		"hsu", "hsieh", "tsai", "chang", "chiang", "kuo", "chou",
		"chung", "yip", "tam", "siu", "tsui", "kwong", "lo", "au",
		"lui", "choy", "kwok", "fong", "wan", NULL,
	};
	static const char *const weak[] = {
		"ho", "vo", "vu", "do", "ma", "lu", "du", NULL,
	};
	static const char *const middles[] = {
		"van", "thi", "duc", "huu", "minh", "ngoc", "thanh", "quoc",
		"xuan", "dinh", "cong", "bao", NULL,
	};
	const struct detect_word *f = &s->words[i], *g, *h = NULL;
	size_t e, a;
	int weakf, middle, two = 0, cue, termed, act;

	/* the bytes and sizes first, the lists last */
	if (i + 1 >= s->nwords || f->nchars < 2 || f->nchars > 6 ||
	    f->end - f->start != f->nchars || (f->flags & (W_UPPER | W_DIGIT)))
		return NO_WORD;
	g = &s->words[i + 1];
	if (g->start != f->end + 1 || t[f->end] != ' ' || g->nchars < 2 ||
	    g->nchars > 4 || !has_vowel(t, g) || !(g->flags & W_CAP) ||
	    (g->flags & (W_UPPER | W_DIGIT)))
		return NO_WORD;
	/* a syllable that is a term too ("Na", sodium; "Li"): one of
	 * pinyin's table, then an act or an age only (below) */
	termed = !asian_syllable(t, s, i + 1, 1);
	if (termed && (g->end - g->start != g->nchars ||
	    (g->dflags & (D_TITLE | D_RELATIVE | D_MONTH | D_DATECUE |
	    D_NOTNAME | D_SUBJVERB)) || word_taken(s, i + 1) ||
	    !name_shape_pinyin_syllable(wf(s, g), g->fold_len)))
		return NO_WORD;
	if (!termed && i + 2 < s->nwords) {
		h = &s->words[i + 2];
		two = h->start == g->end + 1 && t[g->end] == ' ' &&
		    h->nchars >= 2 && h->nchars <= 4 && has_vowel(t, h) &&
		    asian_syllable(t, s, i + 2, 0);
	}
	e = i + 1 + (size_t)two;
	/* what follows: an act, an age, or after a cue the clause's end */
	cue = asian_cue_before(t, s, i);
	a = s->words[e].end;
	act = asian_act_follows(t, s, e) || (a + 2 < s->text_len &&
	    t[a] == ',' && t[a + 1] == ' ' && e + 2 < s->nwords &&
	    (s->words[e + 1].flags & W_DIGIT) &&
	    (word_is(s, e + 2, "ans") || word_is(s, e + 2, "an")));
	if (!act && !(cue && !termed && asian_name_ends(t, s, e)))
		return NO_WORD;
	middle = in_list(middles, wf(s, g), g->fold_len);
	weakf = in_list(weak, wf(s, f), f->fold_len);
	if (weakf ? !(middle && two) : !(in_list(more, wf(s, f), f->fold_len) ||
	    asian_family_word(s, f)))
		return NO_WORD;
	/* two syllables before an act or an age need no more ("Yip Ka
	 * Wai a appelé": "ka", "wai" are Dicollecte's) */
	if (two)
		return act || asian_syllable_evidence(t, s, i + 1) ||
		    asian_syllable_evidence(t, s, i + 2) ? e : NO_WORD;
	return name_shape_pinyin_syllable(wf(s, g), g->fold_len) &&
	    (act || (g->dflags & (D_FIRST | D_LAST)) ||
	    !word_lexicon(t, s, i + 1)) ? e : NO_WORD;
}

/* The east-Asian names of asian_triple, one span each, from the
 * capitalized pairs (WC_PAIR: the family name and the first syllable).
 * (detect_run's gate: a word in capitals; names34: no capitalized one
 * asked, for a line "LEE MIN HO" in capitals.)  0 or
 * -errno. */
int
scan_asian_triples(const char *t, struct detect_scratch *s)
{
	size_t n, next = 0;
	const uint32_t *pairs = word_class(s, WC_PAIR, &n);

	for (size_t q = 0; q < n; q++) {
		size_t i = pairs[q];
		int r;

		/* the cheap tests first: the three words' case */
		size_t e;

		if (i < next)
			continue;
		/* names38: "Li Na a appelé", "Wong Ka Ho", "Ho Van Minh" */
		if (!(s->words[i].flags & W_UPPER)) {
			if ((s->words[i].flags & W_CAP) &&
			    (e = asian_mixed_name(t, s, i)) != NO_WORD) {
				for (size_t k = i; k <= e; k++)
					if (!word_taken(s, k) && (r = add_span(s,
					    s->words[k].start, s->words[k].end,
					    DETECT_NAME, -1)) < 0)
						return r;
				next = e + 1;
			}
			continue;
		}
		if (i + 2 >= s->nwords ||
		    !(s->words[i + 1].flags & W_CAP) ||
		    !(s->words[i + 2].flags & W_CAP) || !asian_triple(t, s, i)) {
			/* names33: "M. LEE MIN HO", "IOA : ZHANG Lei" */
			if ((e = asian_cued_name(t, s, i)) == NO_WORD)
				continue;
			for (size_t k = i; k <= e; k++)
				if (!word_taken(s, k) && (r = add_span(s,
				    s->words[k].start, s->words[k].end,
				    DETECT_NAME, -1)) < 0)
					return r;
			next = e + 1;
			continue;
		}
		/* a rule took the family name, or the first syllable, already
		 * (add_span refuses an overlap): the words untaken */
		for (size_t k = i; k <= i + 2; k++)
			if (!word_taken(s, k) && (r = add_span(s,
			    s->words[k].start, s->words[k].end, DETECT_NAME,
			    -1)) < 0)
				return r;
		next = i + 3;
	}
	return 0;
}

/* names27: the headings of a column of initials (D_INITCUE). */
const char *const initials_cues[] = {
	"initiale", "initiales", NULL,
};

/* Byte p of t is a cell's edge: the text's start or end, or, spaces
 * apart, a separator of a pasted table or a list ("/", "|", ";", ",",
 * ":", "-", a tab, a line's end). */
static int
cell_edge(const char *t, size_t len, size_t p, int back)
{
	while (back ? p > 0 && t[p - 1] == ' ' : p < len && t[p] == ' ')
		back ? p-- : p++;
	if (back ? p == 0 : p >= len)
		return 1;
	return util_in_set("/|;,:-\t\r\n", t[back ? p - 1 : p]);
}

/* names27: a table of initials, as a study's or a ward's table pasted in
 * a note writes its patients or its staff ("N° pt / Initiales / Date
 * incl. -- 001 / D.M. / 02/10/2025"): after the word "initiale(s)",
 * every token of two or three capitals each with its dot and glued
 * ("D.M.", "J.-P.": no, "A.B.C."), alone in its cell, is a name whole
 * (heldout17 dev's convention: one name).  Out of such a table "D.M." is
 * left to the initial rules, which take it beside a name only.  One walk
 * of the words from the heading on. */
int
scan_initials_table(const char *t, struct detect_scratch *s)
{
	size_t i = 0;

	/* from the heading (W_INITCUE: detect_run's gate) */
	while (i < s->nwords && !(s->words[i].flags & W_INITCUE))
		i++;
	for (i++; i + 1 < s->nwords; i++) {
		size_t j = i, start = s->words[i].start, end;
		int r;

		while (j < s->nwords && j < i + 3 && s->words[j].nchars == 1 &&
		    (s->words[j].flags & W_CAP) && (s->words[j].flags & W_DOT) &&
		    t[s->words[j].end] == '.' && (j == i ||
		    s->words[j].start == s->words[j - 1].end + 1))
			j++;
		if (j < i + 2)
			continue;
		end = s->words[j - 1].end + 1;
		if ((end < s->text_len && (unsigned char)t[end] > ' ' &&
		    !util_in_set("/|;,", t[end])) || !cell_edge(t, s->text_len,
		    start, 1) || !cell_edge(t, s->text_len, end, 0) ||
		    word_taken(s, i)) {
			i = j - 1;
			continue;
		}
		if ((r = add_span(s, start, end, DETECT_NAME, -1)) < 0)
			return r;
		i = j - 1;
	}
	return 0;
}

int
scan_initials(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	int r;

	size_t n;
	const uint32_t *from = word_class(s, WC_INITIAL, &n);

	/* From a letter and a dot (WC_INITIAL: every way below starts
	 * there), beside a name found (detect_run's gate). */
	for (size_t x = 0; x < n; x++) {
		size_t i = from[x];
		int ctx = -1;

		const struct detect_word *w = &s->words[i];
		const struct detect_span *sp;

		if (w->nchars == 1 && (w->flags & W_DOT) && side_of_body(t, s, i))
			continue;
		if ((ctx = m_initial_of_row(t, s, i, row, nrow)) >= 0) {
			if ((r = add_span(s, w->start, w->end + 1,
			    DETECT_INITIAL, ctx)) < 0)
				return r;
			continue;
		}
		/* "p. pietri" in lower-case text: beside the row's own name
		 * ("m." there is the title). */
		if (w->nchars == 1 && (w->flags & W_DOT) && !(w->flags & W_CAP) &&
		    !(w->flags & W_DIGIT) && !word_has(s, i, D_TITLE) &&
		    !word_taken(s, i) && i + 1 < s->nwords && joined(t, s, i) &&
		    (sp = span_of(s, i + 1)) != NULL && sp->kind == DETECT_NAME &&
		    sp->ctx >= 0) {
			/* falls through to the checks below */
		} else if (!is_initial(s, i) || word_taken(s, i) ||
		    is_title(t, s, i))
			continue;
		if (!((i + 1 < s->nwords && joined(t, s, i) &&
		    is_name_span(span_of(s, i + 1))) ||
		    (i > 0 && joined(t, s, i - 1) &&
		    is_name_span(span_of(s, i - 1)))))
			continue;
		for (size_t k = 0; k < nrow; k++)
			if (row[k].kind == DETECT_IDENT_FIRST_NAME && row[k].len > 0 &&
			    (row[k].v[0] | 32) == (wf(s, &s->words[i])[0] | 32))
				ctx = (int)k;
		if ((r = add_span(s, s->words[i].start, s->words[i].end + 1,
		    DETECT_INITIAL, ctx)) < 0)
			return r;
	}
	return 0;
}

/* Word j may be a name coordinated with the name word p: capitalized,
 * a first name of the lists that no list calls ambiguous or weak; after
 * "et" or "ou" (not a comma, which as often starts the next item: "Dr
 * Barbe, Parent présent", "M. Etxeberria, Lachman +") also a word no
 * dictionary has or a name of the lists written as one (a capital where
 * no sentence starts); a word in capitals only beside a name in
 * capitals, or if a list has it ("Mme Etienne et SEP" stays).  In lower
 * case, a first name of the lists that is no ordinary word
 * (lower_sure_first), or after "et"/"ou" a word no dictionary has
 * (lower_unknown).  Never a word of the tables (title, relation, place,
 * street, eponym, term, month), a drug or device of the keep lists, an
 * acronym, a word glued to a number ("SpO2"). */
static int
coord_word(const char *t, struct detect_scratch *s, size_t j, size_t p,
    int comma)
{
	const struct detect_word *w = &s->words[j];

	if (word_taken(s, j) || (w->flags & W_DIGIT) || w->nchars < 3 ||
	    (w->dflags & (D_TITLE | D_NOTNAME | D_EPONYM | D_EPOHEAD |
	    D_STREET | D_RELATIVE | D_RELATION | D_PARTICLE | D_CLINICAL |
	    D_TERM | D_PLACE | D_MONTH | D_UNIT | D_INSTHEAD | D_HOLIDAY |
	    D_DATECUE | D_SPEECH | D_BRIDGE)) || repeat_unlikely(t, s, j) ||
	    eponym_position(t, s, j) || after_saint(s, j) ||
	    roman_numeral(s, j) || (w->end < s->text_len &&
	    t[w->end] >= '0' && t[w->end] <= '9'))
		return 0;
	if (!(w->flags & (W_CAP | W_UPPER)))
		return lower_sure_first(t, s, j) ||
		    (!comma && lower_unknown(t, s, j));
	if ((w->dflags & D_FIRST) && !(w->dflags & (D_AMBIG | D_WEAK)))
		return !nation_adjective(t, s, j);
	if (comma || ((w->flags & W_UPPER) && !(s->words[p].flags & W_UPPER)))
		return 0;
	if (!word_lexicon(t, s, j))
		return 1;
	return (w->dflags & (D_FIRST | D_LAST)) && written_as_name(t, s, j);
}

/* The hashes of the folds "et" and "ou" (fhash). */
#define COORD_ET	LIT_HASH("et")
#define COORD_OU	LIT_HASH("ou")

/* The link between words a and b = a + 1 (or a + 2 over "de"/"d'"):
 * "et" or "ou" alone between them (returns 1: the word after it), or a
 * comma and a space (returns 2); 0 otherwise.  *next is the other
 * side's word. */
#define COORD_PAREN_WORDS	4	/* words of a note in parentheses */

static int
coord_link(const char *t, const struct detect_scratch *s, size_t a,
    size_t *next)
{
	size_t e = s->words[a].end;

	if (a + 1 >= s->nwords)
		return 0;
	/* "Yasmine (2017), Ilyes", "Adam (IDE) et Ilyes": a short note in
	 * parentheses after the name, then the link */
	if (t[e] == ' ' && t[e + 1] == '(' && s->words[a + 1].start == e + 2) {
		size_t m = a + 1;

		while (m + 1 < s->nwords && m < a + COORD_PAREN_WORDS &&
		    t[s->words[m].end] != ')' &&
		    memchr(t + s->words[m].end, '(', s->words[m + 1].start -
		    s->words[m].end) == NULL &&
		    memchr(t + s->words[m].end, ')', s->words[m + 1].start -
		    s->words[m].end) == NULL)
			m++;
		if (m + 1 >= s->nwords || t[s->words[m].end] != ')')
			return 0;	/* (the last word may end the text) */
		/* the link is read after the parenthesis */
		a = m;
		e = s->words[m].end + 1;
	}
	if (s->words[a + 1].start == e + 2 && t[e] == ',' && t[e + 1] == ' ') {
		*next = a + 1;
		return 2;
	}
	if (s->words[a + 1].start != e + 1 || t[e] != ' ' ||
	    !(word_is(s, a + 1, "et") || word_is(s, a + 1, "ou")) ||
	    a + 2 >= s->nwords ||
	    s->words[a + 2].start != s->words[a + 1].end + 1)
		return 0;
	*next = a + 2;
	return 1;
}

/* names38: word k may go on a list's item whose name was found in part
 * (list_item_tails): capitalized as the name is, no word of the tables
 * but a month's or a particle's ("Hoang Mai", "Tran Van Long": "Mai" a
 * month, "Van" a particle, "Long" a weak name), a name of the lists or
 * a word no lexicon has; no service, role or unit ("Martin Cardio,
 * Dupont Neuro" stay). */
static int
list_tail_word(const char *t, struct detect_scratch *s, size_t k,
    uint32_t cased)
{
	const struct detect_word *w = &s->words[k];

	if (word_taken(s, k) || (w->flags & (W_DIGIT | W_ROLE)) ||
	    (w->flags & (W_CAP | W_UPPER)) != cased || w->nchars < 2 ||
	    (w->dflags & (D_TITLE | D_RELATIVE | D_RELATION | D_CLINICAL |
	    D_TERM | D_UNIT | D_EPONYM | D_EPOHEAD | D_INSTHEAD | D_STREET |
	    D_PLACE | D_HOLIDAY | D_DATECUE | D_SPEECH | D_NOTNAME |
	    D_SUBJVERB)) || service_word(s, k) || dict_drug_has(w->fhash))
		return 0;
	return (w->dflags & (D_FIRST | D_LAST | D_PARTICLE | D_MONTH)) ||
	    !word_lexicon(t, s, k);
}

/*
 * names38: a list of names, each item a name of two or three words,
 * some found in part ("[Hoang] Mai, [Tran Van Long] et [Pham Thi Lan]",
 * "[Hoang Mai] et [Tran] Van Long"): after a name's span, one or two
 * words one space apart that list_tail_word allows, then a link of the
 * list (", ", " et ", " ou "), the text's, the line's or the sentence's
 * end, or a word in lower case ("... et Tran Van Long ce jour"), and a
 * name found on the list's other side (the item
 * after the link starts a name's span, or a link ends right before
 * this span, after a name's span).  The tail goes with the name.  A
 * particle is no item's last word.  (scan_name_coordination's gate: a
 * name found, a comma or "et"/"ou".)
 */
static int
list_item_tails(const char *t, struct detect_scratch *s)
{
	/* from the names' spans (the spans found before: those added
	 * here are tails), not every word */
	size_t nsp = s->nspans;

	for (size_t q = 0; q < nsp; q++) {
		const struct detect_span *sp = &s->spans[q], *o;
		size_t i, k, n, e, c, st;
		uint32_t cased;
		int listed = 0, r;

		if (sp->kind != DETECT_NAME ||
		    (i = word_at(s, sp->end)) == 0 || (k = --i) + 1 >=
		    s->nwords || sp->end != s->words[i].end ||
		    span_of(s, i) != sp || !joined(t, s, i))
			continue;
		cased = s->words[i].flags & (W_CAP | W_UPPER);
		if (!cased || s->words[i + 1].start != s->words[i].end + 1 ||
		    !(s->words[i + 1].flags & cased))
			continue;
		while (k < i + 2 && k + 1 < s->nwords && (k == i ||
		    joined(t, s, k)) && s->words[k + 1].start ==
		    s->words[k].end + 1 && list_tail_word(t, s, k + 1, cased))
			k++;
		while (k > i && word_has(s, k, D_PARTICLE) &&
		    !word_has(s, k, D_FIRST | D_LAST))
			k--;
		if (k == i)
			continue;
		e = s->words[k].end;
		/* the item ends: a link, or the end */
		if (coord_link(t, s, k, &n) != 0) {
			o = span_of(s, n);
			listed = o != NULL && o->kind == DETECT_NAME &&
			    o->start == s->words[n].start;
		} else if (!(e >= s->text_len ||
		    util_in_set(".;:)\n\r", t[e]) || lower_follows(t, s, k)))
			continue;
		/* or the item before it, a name's, across a link */
		st = sp->start;
		for (c = i; !listed && c > 0 && s->words[c].start > st; c--)
			;
		if (!listed && c > 0 && s->words[c].start == st &&
		    coord_link(t, s, c - 1, &n) == 2 && n == c)
			listed = is_name_span(span_of(s, c - 1));
		else if (!listed && c > 1 && s->words[c].start == st &&
		    coord_link(t, s, c - 2, &n) == 1 && n == c)
			listed = is_name_span(span_of(s, c - 2));
		if (!listed)
			continue;
		if ((r = add_span(s, s->words[i + 1].start, e, DETECT_NAME,
		    -1)) < 0)
			return r;
	}
	return 0;
}

/* Names coordinated with a name found ("Fallou et Modou (ses fils)",
 * "Issouf Sawadogo et de Rasmané", "ses filles Morgane, Katell et
 * Maëlle", "moussa et fanta"): the class goes along "et", "ou" and
 * commas, each way, word by word, while the other side passes
 * coord_word; a second word beside a word taken that way goes with it
 * when it passes too ("et Rasmané Kaboré").  "Mme Martin et Doliprane",
 * "M. Dupont et Parkinson", "M. Petit, RAS", "Mme Blanc et petit
 * appétit" stay.  Each word is taken once: linear. */
int
scan_name_coordination(const char *t, struct detect_scratch *s)
{
	const struct detect_word *w = s->words;
	uint32_t *link = word_list_own(s, WC_OWN);
	uint32_t *after = word_list_own(s, WC_OWN2);
	size_t nlink = 0, nafter = 0, from = 0;
	uint32_t last = UINT32_MAX;
	int r;

	/* The words a link may follow (coord_link: ", " or " et "/" ou "),
	 * listed with no branch: the walks below visit these and the words
	 * one or two after them, where they tested every word's span (taken
	 * or not as the text goes, a branch the CPU mispredicted often).
	 * The list holds every word coord_link accepts (which tests it
	 * exactly: here a comma after the word, or a next word "et" or
	 * "ou" by its flag W_SUMETOU, a few tests a word); the text alone
	 * decides it, not the spans the walks add. */
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		/* (w[i].end < w[i + 1].start: t[end] is in the text) */
		link[nlink] = (uint32_t)i;
		/* (end + 1 <= the next word's start: both bytes in the
		 * text, read with no branch; the && was a tenth of the
		 * name rules' mispredictions, speed31c) */
		nlink += (t[w[i].end] == ',') | ((w[i + 1].flags & W_SUMETOU) !=
		    0) | ((t[w[i].end] == ' ') & (t[w[i].end + 1] == '('));
	}
	/* After a name found, across a comma, "et" or "ou" (coord_link;
	 * detect_run's gate: a ',' in the text or NS_ETOU). */
	for (size_t x = 0; x < nlink; x++) {
		size_t i = link[x], j, k;
		const struct detect_span *sp = span_of(s, i);
		int how;

		if (i < from)
			continue;	/* inside a name taken below */
		if (sp == NULL || sp->kind != DETECT_NAME ||
		    sp->end != s->words[i].end ||
		    (how = coord_link(t, s, i, &j)) == 0)
			continue;
		if (how == 1 && (word_is(s, j, "de") || word_is(s, j, "d")) &&
		    j + 1 < s->nwords && s->words[j + 1].start <=
		    s->words[j].end + 1)
			j++;
		if (!coord_word(t, s, j, i, how == 2))
			continue;
		k = j;
		if (k + 1 < s->nwords && joined(t, s, k) &&
		    coord_word(t, s, k + 1, i, 1) &&
		    !((s->words[k].flags ^ s->words[k + 1].flags) & W_CAP))
			k++;
		if ((r = add_span(s, s->words[j].start, s->words[k].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		from = k;
	}
	/* Before a name found: the words one or two after a link, from the
	 * last (in descending order, each once). */
	for (size_t x = nlink; x-- > 0;)
		for (uint32_t d = 2; d >= 1; d--) {
			uint32_t i = link[x] + d;

			after[nafter] = i;
			nafter += (i < s->nwords) & (i < last);
			last = ((i < s->nwords) & (i < last)) ? i : last;
		}
	from = SIZE_MAX;
	for (size_t x = 0; x < nafter; x++) {
		size_t i = after[x];
		const struct detect_span *sp = span_of(s, i);
		size_t j = NO_WORD, c;
		int how = 0;

		if (i > from)
			continue;	/* after a name taken below */
		if (sp == NULL || sp->kind != DETECT_NAME ||
		    sp->start != s->words[i].start)
			continue;
		for (c = i - 1; c + 2 >= i && c < i; c--) {
			size_t n;

			if ((how = coord_link(t, s, c, &n)) != 0 && n == i) {
				j = c;
				break;
			}
			if (c == 0)
				break;
		}
		if (j == NO_WORD || !coord_word(t, s, j, i, how == 2))
			continue;
		if ((r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		from = j;
	}
	return list_item_tails(t, s);
}

/*
 * A surname that is an ordinary word and in no list, alone after "et"
 * that follows a person (names20): a relative, a relation or a role
 * ("Présents : la patiente, sa fille et Pigeon.", "l'IDE et Vigneron ce
 * matin"), or a name found ("Mme Martin et Chapelle"); the word passes
 * word_surname (no drug, place, service, weekday, feast, word of the
 * tables: "sa fille et Doliprane", "son fils et Noël" stay) and the
 * clause ends after it or goes on in lower case.  scan_name_coordination
 * takes only words no dictionary has there.
 */
int
scan_et_word_surnames(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t j = 1; j + 1 < s->nwords; j++) {
		size_t p = j - 1, k = j + 1, e;
		const struct detect_span *sp;

		if (s->words[j].fhash != COORD_ET || !word_is(s, j, "et") ||
		    (s->words[j].flags & (W_CAP | W_UPPER)) ||
		    !joined(t, s, p) || s->words[j].start != s->words[p].end + 1 ||
		    s->words[k].start != s->words[j].end + 1 ||
		    t[s->words[j].end] != ' ' || word_taken(s, k) ||
		    !word_surname(t, s, k))
			continue;
		sp = span_of(s, p);
		if (!word_has(s, p, D_RELATIVE | D_RELATION) &&
		    !(sp != NULL && sp->kind == DETECT_NAME &&
		    sp->end == s->words[p].end))
			continue;
		e = s->words[k].end;
		if (!(e >= s->text_len || util_in_set(",.;:)", t[e]) ||
		    (t[e] == ' ' && k + 1 < s->nwords &&
		    s->words[k + 1].start == e + 1 &&
		    !(s->words[k + 1].flags & (W_CAP | W_UPPER | W_DIGIT)))))
			continue;
		if ((r = add_span(s, s->words[k].start, e, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* dev20: the words of a name's label from word i ("nom"): "nom d'usage",
 * "nom de naissance", "nom de jeune fille", "nom d'épouse", "nom
 * marital", "nom usuel", "nom de famille", and a colon after it, each
 * word joined to the last.  The first word after the label, or NO_WORD. */
static size_t
name_label_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t j = i + 1;

	if (!word_is(s, i, "nom") || j + 1 >= s->nwords || !joined(t, s, i))
		return NO_WORD;
	if (word_is(s, j, "d") && (word_is(s, j + 1, "usage") ||
	    word_is(s, j + 1, "epouse")))
		j += 2;
	else if (word_is(s, j, "de") && (word_is(s, j + 1, "naissance") ||
	    word_is(s, j + 1, "famille")))
		j += 2;
	else if (word_is(s, j, "de") && word_is(s, j + 1, "jeune") &&
	    j + 2 < s->nwords && word_is(s, j + 2, "fille"))
		j += 3;
	else if (word_is(s, j, "marital") || word_is(s, j, "usuel"))
		j += 1;
	else
		return NO_WORD;
	if (j >= s->nwords)
		return NO_WORD;
	if (joined(t, s, j - 1))
		return j;
	/* "nom d'usage : du Plessis", "nom marital: de la Tour" */
	{
		size_t a = s->words[j - 1].end, b = s->words[j].start;

		while (a < b && t[a] == ' ')
			a++;
		if (a >= b || t[a] != ':')
			return NO_WORD;
		for (a++; a < b && t[a] == ' '; a++)
			;
		return a == b && b - s->words[j - 1].end <= 4 ? j : NO_WORD;
	}
}

/* dev20: a surname with its particles in lower case after a name's
 * label: "(nom d'usage du Plessis)", "nom de naissance de Kerguélen",
 * "nom de jeune fille de la Tour", "nom marital : des Essarts".  The
 * label says a name follows, as "née" does (birth_name_cue); with a
 * capitalized particle ("nom d'usage Du Plessis") or none, scan_name_cues
 * reads it already.  The particles lead to a capitalized name
 * (particle_leads_to_name: not "nom d'usage de la patiente", "nom de
 * naissance de sa mère"); the name's hyphenated parts go with it.  From
 * each "nom" (detect_run's gate: a particle and a cue word), a bounded
 * window after it. */
int
scan_label_particle_names(const char *t, struct detect_scratch *s)
{
	for (size_t i = 0; i + 2 < s->nwords; i++) {
		size_t j, k, e;
		int r;

		if (!(s->words[i].dflags & D_NAMECUE) ||
		    (j = name_label_end(t, s, i)) == NO_WORD ||
		    !word_has(s, j, D_PARTICLE) ||
		    (s->words[j].flags & (W_CAP | W_UPPER)) ||
		    word_taken(s, j) || !particle_leads_to_name(t, s, j))
			continue;
		for (k = j; k < j + 3 && k + 1 < s->nwords &&
		    word_has(s, k, D_PARTICLE) && !namelike(s, k); k++)
			;
		if (!namelike(s, k) ||
		    (s->words[k].dflags & (D_TITLE | D_EPONYM | D_MONTH)))
			continue;
		/* the name found already by another rule ("du
		 * Plessis-Bellière": the compound read as an unknown
		 * pair's): its particles go as its own words */
		if (word_taken(s, k)) {
			const struct detect_span *sp = span_of(s, k);

			if (sp == NULL || !is_name_span(sp) ||
			    sp->start != s->words[k].start)
				continue;
			if ((r = add_span(s, s->words[j].start,
			    s->words[k - 1].end, DETECT_NAME, -1)) < 0)
				return r;
			i = k;
			continue;
		}
		for (e = k; e + 1 < s->nwords && t[s->words[e].end] == '-' &&
		    s->words[e + 1].start == s->words[e].end + 1 &&
		    namelike(s, e + 1); e++)
			;
		if ((r = add_span(s, s->words[j].start, s->words[e].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		i = e;
	}
	return 0;
}

/* names40: word j is written in a script beyond Latin from its first byte
 * to its last (no ASCII letter or digit: "ΔPA", "γGT" are measures), two
 * letters at least, and capitalized where the script has a case (Greek,
 * Cyrillic, Armenian: "μg", "γ" stay; Hebrew, Arabic, the Indic scripts,
 * CJK have none).  (script_of_word, detect_int.h: the script, as
 * row_script_names reads it.) */
static int
script_word(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];
	enum text_script sc;

	if (w->nchars < 2 ||
	    (sc = script_of_word(t, w->start, w->end)) == SCRIPT_NONE)
		return 0;
	return !script_cased(sc) || (w->flags & W_CAP);
}

/* names40: a word in another script in a French note ("ДЮПОН a appelé",
 * "Vu محمد ce jour", "Vu Παπαδόπουλος"): no cue needed, a French note
 * writes nothing else so (names39 read it only after a cue).  Only where
 * the other script is the minority, four words at most and no more than the
 * Latin ones: a text in that script ("Пациент РОМЕО", test_hostile32) or a
 * sentence quoted in it is not read. */
int
scan_script_names(const char *t, struct detect_scratch *s)
{
	size_t latin = 0, other = 0;
	int r;

	for (size_t j = 0; j < s->nwords; j++) {
		const struct detect_word *w = &s->words[j];

		if (script_at(t + w->start, w->end - w->start) != SCRIPT_NONE)
			other++;
		else if (!(w->flags & W_DIGIT))
			latin++;
	}
	if (other == 0 || other > 4 || latin < other)
		return 0;
	for (size_t j = 0; j < s->nwords; j++)
		if (!word_taken(s, j) && script_word(t, s, j) &&
		    (r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
	return 0;
}
