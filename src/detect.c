/* Free-text detectors: numbers checked by their keys (NIR, IBAN, RPPS,
 * FINESS), phones, emails, dates, and names found three ways (the row's
 * own values, a title before them, the shipped dictionary).  Every rule
 * here was measured on the labeled corpus (tests/scrub/), see
 * docs/scrub.md; a rule that looks obvious but was not measured is a
 * guess. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#include <sodium.h>

#include "detect.h"
#include "detect_lists.h"
#include "identity.h"
#include "textnorm.h"
#include "icd10.h"
#include "nir.h"
#include "norm.h"
#include "sensitive.h"
#include "sensitive_lists.h"
#include "util.h"

#define MAX_ROW		32	/* row values looked at */
#define MAX_NAME_WORDS	4	/* words taken after a title */
#define MAX_PARTS	32	/* words of one row value */
/* Longer runs are lot and reference numbers, or NIRs whose key is wrong,
 * which the issue wants left alone (docs/scrub.md). */
#define MAX_ID_DIGITS	12

enum {
	W_DIGIT	= 1 << 0,	/* a run of digits */
	W_UPPER	= 1 << 1,	/* two or more letters, all upper case */
	W_CAP	= 1 << 2,	/* first letter upper case */
	W_DOT	= 1 << 3,	/* followed at once by '.' */
};

struct detect_word {
	size_t		start, end;
	size_t		fold_off;
	uint32_t	fold_len;
	uint32_t	flags;
	uint32_t	dflags;		/* D_*: what the dictionary says */
	uint64_t	fhash;		/* hash() of the folded word */
	size_t		nchars;
	int		lex;		/* an ordinary word? -1: not asked yet */
	int		touched;	/* a span holds some of its bytes */
};

/* ---- the dictionary: folded words and what they are ---- */

enum {
	D_FIRST = 1 << 0, D_LAST = 1 << 1, D_AMBIG = 1 << 2, D_EPONYM = 1 << 3,
	/* the small tables below, looked up through the same hash */
	D_PARTICLE = 1 << 4, D_TITLE = 1 << 5, D_NOTNAME = 1 << 6,
	D_RELATIVE = 1 << 7, D_STREET = 1 << 8, D_MONTH = 1 << 9,
	D_UNIT = 1 << 10, D_PLACE = 1 << 11, D_EPOHEAD = 1 << 12,
	D_DATECUE = 1 << 13, D_TERM = 1 << 14, D_CLINICAL = 1 << 15,
	D_SUBJVERB = 1 << 16, D_FEMALE = 1 << 17,
	/* a name only the Faker lists have that is an ordinary word or has
	 * three letters or fewer ("Appel", "Gros", "Si", "Thi") */
	D_WEAK = 1 << 18,
	/* relations and roles, verbs that announce a person, and the words
	 * between them and the name (scan_relations) */
	D_RELATION = 1 << 19, D_RELCUE = 1 << 20, D_BRIDGE = 1 << 21,
};

struct dict_entry {
	char		*w;
	uint32_t	 len;
	uint32_t	 flags;
};

static struct dict_entry *dict;
static size_t dict_cap;		/* power of two */
static int dict_ok;
static pthread_once_t dict_once = PTHREAD_ONCE_INIT;

/* What tokenize asks of each character below U+0250: ASCII letters, and
 * uc_is_alpha and uc_is_upper of U+0080-U+024F (accented letters) from
 * libunistring itself, filled by dict_init. */
#define LATIN_CLASS_END	0x250
enum { LC_ALPHA = 1, LC_UPPER = 2 };
static uint8_t latin_class[LATIN_CLASS_END];
/* An ASCII letter's lower case, 0 for any other byte. */
static uint8_t ascii_lower[256];

static void
latin_class_init(void)
{
	for (unsigned c = 'A'; c <= 'Z'; c++) {
		latin_class[c] = LC_ALPHA | LC_UPPER;
		latin_class[c + 32] = LC_ALPHA;
		ascii_lower[c] = ascii_lower[c + 32] = (uint8_t)(c + 32);
	}
	for (ucs4_t uc = 0x80; uc < LATIN_CLASS_END; uc++) {
		int alpha = uc_is_alpha(uc);
		latin_class[uc] = (uint8_t)((alpha ? LC_ALPHA : 0) |
		    (alpha && uc_is_upper(uc) ? LC_UPPER : 0));
	}
}

static uint64_t
hash(const char *s, size_t n)
{
	return util_fnv1a(UTIL_FNV1A_BASIS, s, n);
}

static struct dict_entry *
dict_slot_hashed(const char *w, size_t n, uint64_t h)
{
	size_t i = (size_t)h & (dict_cap - 1);

	while (dict[i].w != NULL &&
	    (dict[i].len != n || memcmp(dict[i].w, w, n) != 0))
		i = (i + 1) & (dict_cap - 1);
	return &dict[i];
}

static struct dict_entry *
dict_slot(const char *w, size_t n)
{
	return dict_slot_hashed(w, n, hash(w, n));
}

static uint32_t
dict_flags_hashed(const char *w, size_t n, uint64_t h)
{
	struct dict_entry *e;

	if (!dict_ok || n == 0)
		return 0;
	e = dict_slot_hashed(w, n, h);
	return e->w ? e->flags : 0;
}

/*
 * Recent words, per scratch: what the dictionary says of a folded word
 * and whether the lexicon has a word as written.  Both tables are large
 * (the Dicollecte names, the wfrench lexicon): a lookup is a cache miss or
 * two, while the words of comments repeat ("le", "patient", "rappeler").
 * Direct-mapped, short words only; a hit gives what the lookup gives.  It
 * holds words of the text, so it is wiped when freed.
 */
#define WCACHE_SLOTS	1024
#define WCACHE_KEY	22
enum { WC_EMPTY, WC_DICT, WC_LEX };

struct wcache_slot {
	uint32_t	fp;		/* high bits of the word's hash */
	uint8_t		kind, len;
	char		key[WCACHE_KEY];
	uint32_t	value;
};

struct detect_wcache {
	struct wcache_slot	slot[WCACHE_SLOTS];
};

static struct wcache_slot *
wcache_find(struct detect_scratch *s, int kind, const char *w, size_t n,
    uint64_t h, int *hit)
{
	struct wcache_slot *c;

	*hit = 0;
	if (n > WCACHE_KEY)
		return NULL;
	if (s->wcache == NULL &&
	    (s->wcache = calloc(1, sizeof(*s->wcache))) == NULL)
		return NULL;
	c = &s->wcache->slot[(h ^ (h >> 23) ^ (uint64_t)kind) % WCACHE_SLOTS];
	*hit = c->kind == kind && c->fp == (uint32_t)(h >> 32) && c->len == n &&
	    memcmp(c->key, w, n) == 0;
	return c;
}

static void
wcache_store(struct wcache_slot *c, int kind, const char *w, size_t n,
    uint64_t h, uint32_t value)
{
	if (c == NULL)
		return;
	c->kind = (uint8_t)kind;
	c->fp = (uint32_t)(h >> 32);
	c->len = (uint8_t)n;
	memcpy(c->key, w, n);
	c->value = value;
}

static uint32_t
dict_flags_cached(struct detect_scratch *s, const char *w, size_t n,
    uint64_t h)
{
	struct wcache_slot *c;
	uint32_t v;
	int hit;

	if (n == 0)
		return 0;
	c = wcache_find(s, WC_DICT, w, n, h, &hit);
	if (hit)
		return c->value;
	v = dict_flags_hashed(w, n, h);
	wcache_store(c, WC_DICT, w, n, h, v);
	return v;
}

/* The sorted lexicon cut by the top 16 bits of the hash: a lookup reads
 * one slot of this index and a few neighbouring hashes, two cache misses
 * instead of twenty for a bisection over the whole table. */
#define LEX_BUCKETS	65536
static uint32_t lex_index[LEX_BUCKETS + 1];

static void
lexicon_index(void)
{
	size_t i = 0;

	for (size_t b = 0; b <= LEX_BUCKETS; b++) {
		while (i < detect_lexicon_count &&
		    (b == LEX_BUCKETS || (detect_lexicon[i] >> 48) < b))
			i++;
		lex_index[b] = (uint32_t)i;
	}
}

/* Is w (UTF-8, any case) an ordinary French word (wfrench)?  Lower-cased
 * with its accents: "laine" is a word, "Laîné" is not (an ASCII word may
 * have lost its accents: the lexicon also has "dernieres"). */
static int
lexicon_has(const char *w, size_t n)
{
	uint8_t low[128], *lw = low;
	size_t llen = sizeof(low), lo, hi;
	ssize_t fast;
	uint64_t h;

	if (n == 0 || n > 64)
		return 0;
	/* ASCII and Latin accents from a table; libunistring for the rest. */
	if ((fast = norm_lower_latin(w, n, (char *)low, sizeof(low))) >= 0)
		llen = (size_t)fast;
	else if ((lw = u8_tolower((const uint8_t *)w, n, NULL, UNINORM_NFC,
	    low, &llen)) == NULL)
		return 0;
	h = hash((const char *)lw, llen);
	if (lw != low)
		free(lw);
	lo = lex_index[h >> 48];
	hi = lex_index[(h >> 48) + 1];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (detect_lexicon[mid] < h)
			lo = mid + 1;
		else if (detect_lexicon[mid] > h)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

static int
lexicon_has_cached(struct detect_scratch *s, const char *w, size_t n)
{
	uint64_t h = hash(w, n);
	struct wcache_slot *c;
	int hit, v;

	c = wcache_find(s, WC_LEX, w, n, h, &hit);
	if (hit)
		return (int)c->value;
	v = lexicon_has(w, n);
	wcache_store(c, WC_LEX, w, n, h, (uint32_t)v);
	return v;
}

/* Particles inside compound names: never a name on their own. */
static const char *const particles[] = {
	"de", "du", "des", "la", "le", "les", "d", "l", "da", "dos", "das",
	"do", "di", "del", "della", "dei", "van", "von", "den", "der", "ten",
	"ter", "el", "al", "ben", "bin", "ibn", "ait", "n", "mac", "mc",
	"saint", "sainte", NULL,
};

static int
in_list(const char *const *list, const char *w, size_t n)
{
	if (n == 0)
		return 0;	/* no list holds "" */
	for (; *list != NULL; list++)
		if ((*list)[0] == w[0] && strncmp(*list, w, n) == 0 &&
		    (*list)[n] == '\0')
			return 1;
	return 0;
}

/* ---- small tables ---- */

/* Titles before a name; "m" and "pr" only with a capital, see is_title. */
static const char *const titles[] = {
	"m", "mr", "mme", "mmes", "mlle", "melle", "dr", "docteur", "pr",
	"professeur", "monsieur", "madame", "mademoiselle", NULL,
};

/* Lower-case words that follow a title without being a name. */
static const char *const not_names[] = {
	"le", "la", "les", "de", "du", "des", "et", "a", "au", "aux", "en", "est",
	"sa", "son", "ses", "vu", "vue", "qui", "que", "ne", "pas", "se", "il",
	"elle", "on", "un", "une", "traitant", "traitante", "referent",
	"referente", "par", "pour", "avec", "sans", "sur", "dans", "ou", "mais",
	"donc", "ni", "car", "x", "xx", "inconnu", "inconnue",
	/* what follows a name in a sentence, and all-caps text */
	"absent", "absente", "informe", "informee", "accompagne", "accompagnee",
	"present", "presente", "joignable", "chambre", "ce", "jour", "ras", "rdv",
	"ipp", "nir", "nss", "rib", "iban", "inr", "atcd", "tel", "portable",
	"mail", "courriel", "dossier", "hospitalise", "hospitalisee", "patient",
	"patiente", "habite", "domicile", "contexte", "suivi", "transfert",
	"entree", "sortie", "maladie", "syndrome", "service", "avis", "courrier",
	"resultats", "rpps", "finess", "cs", "hdj", "urgences", "bilan", NULL,
};

/* Relatives: a capitalized name after them is a person's. */
static const char *const relatives[] = {
	"epouse", "epoux", "mari", "femme", "fils", "fille", "conjoint",
	"conjointe", "mere", "pere", "frere", "soeur", "compagnon", "compagne",
	"tuteur", "tutrice", "confiance",
	/* a maiden or former name: "née Dupont", "veuve Martin" */
	"nee", "ne", "veuve", "veuf", "dite", "dit",
	/* caregivers: "l'interne Julie", "l'IDE Martine", "le kiné Paul" */
	"interne", "externe", "ide", "ibode", "iade", "infirmier", "infirmiere",
	"kine", "kinesitherapeute", "aide", "soignante", "soignant", "as", "ash",
	"diet",
	"neveu", "niece", "oncle", "tante", "cousin", "cousine", "gendre",
	"bru", "parrain", "marraine", "curateur", "curatrice",
	"secretaire", "cadre", "medecin", "psychologue", "assistante",
	"assistant", "dieteticienne", "dieteticien", "ergotherapeute",
	"orthophoniste", "psychomotricienne", "pharmacien", "pharmacienne",
	"sage", "anesthesiste", "chirurgien", "chirurgienne", "psychiatre",
	"generaliste", "ambulancier", "brancardier", "auxiliaire", NULL,
};

static const char *const months[] = {
	"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre", NULL,
};

/* Abbreviated months ("17 juil", "12 sept.", "nov 2019", "11 juil. 1945"),
 * folded, and their month.  Not "sep" (la SEP, multiple sclerosis), "jan"
 * (Jan is a first name), "mar", "jun", "jul". */
static const struct { const char *w; int month; } month_abbrevs[] = {
	{ "janv", 1 }, { "fevr", 2 }, { "fev", 2 }, { "avr", 4 },
	{ "juil", 7 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 },
	{ "dec", 12 },
};

static const char *const month_names[] = {
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre",
};

/* Types of street, and their abbreviations of the French addressing
 * standard (AFNOR NF Z 10-011, La Poste's "abréviations des types de
 * voie": ALL, AV, BD, CHE, CHS, CRS, ESP, FG, IMP, MTE, PL, PRV, QUA, RES,
 * RLE, RPT, RTE, SQ, VLA...), those that are no common word or name
 * ("CAR", "PAS", "LOT", "HAM", "SEN", "TRA" are left out); "ch" only with
 * its dot ("110 ch. des Capucins": CH is also the hospital). */
static const char *const street_words[] = {
	"rue", "avenue", "av", "ave", "bd", "bld", "bvd", "blvd", "boulevard",
	"place", "pl", "chemin", "chem", "che", "ch", "allee", "all", "impasse",
	"imp", "route", "rte", "quai", "cours", "crs", "square", "sq",
	"residence", "res", "lotissement", "lieu", "lieudit", "ld", "ldt",
	"hameau", "cite", "villa", "vla", "voie", "sentier", "passage",
	"esplanade", "esp", "parvis", "prv", "faubourg", "fbg", "fg", "montee",
	"mte", "traverse", "domaine", "promenade", "clos", "ruelle", "rle",
	"venelle", "rond", "rpt", "chaussee", "chs", "quartier", "qua",
	NULL,
};

/* Named places without a number: "Résidence Les Mimosas", "lieu-dit
 * Kerbrat", "Hameau des Sources". */
static const char *const place_words[] = {
	"residence", "res", "lotissement", "hameau", "lieudit", "ld", "ldt",
	"domaine", "cite", "villa", "hlm", "quartier", "foyer", "maison",
	NULL,
};

/* Parts of an address that point inside a building. */
static const char *const unit_words[] = {
	"appt", "apt", "app", "appart", "appartement", "bat", "batiment", "bt",
	"escalier", "esc", "etage", "bp", "cs", "digicode", "porte", "ch",
	"chambre", NULL,
};

/* Clinical nouns whose "de X" names a sign, a test or a disease after
 * someone: "angine de Vincent", "test de Weber", "manœuvre de Valsalva". */
static const char *const eponym_heads[] = {
	"maladie", "syndrome", "signe", "signes", "test", "tests", "angine",
	"manoeuvre", "score", "echelle", "classification", "epreuve", "reflexe",
	"triade", "methode", "sonde", "fracture", "kyste", "phenomene", "tube",
	"canal", "cellule", "cellules", "lymphome", "sarcome", "tumeur",
	"ulcere", "diverticule", "paralysie", "choree", "anevrisme", "bloc",
	"critere", "criteres", "position", "incision", "operation", "technique",
	"formule", "indice", "stade", "tetralogie", "purpura", "thyroidite",
	"encephalopathie", "neuropathie", "dystrophie", "myopathie", "reaction",
	"nodule", "nodules", "corps", "ligne", "espace", "hernie", "luxation",
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
	"clou", "attelle", "corset", "masque", "bandelette", NULL,
};

/* Words before a bare "18/08" that say it is a date, not a score ("EVA
 * 3/10") or a pressure ("TA 12/08"). */
static const char *const date_cues[] = {
	"le", "du", "au", "depuis", "des", "jusqu", "jusqu'au", "avant", "apres",
	"rdv", "prevu", "prevue", "vu", "vue", "date", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "entre", "et",
	"sortie", "entree", "hospitalise", "hospitalisee", "rappel", "revu",
	"revue", "ce", "controle", "consultation", "cs", "en", "pour", "vers",
	"a", NULL,
};


/* What follows a person who is the subject of a sentence: verbs of
 * notes, auxiliaries, negation and reflexive pronouns ("Blanche dit être
 * fatiguée", "Jean a bien mangé", "Rose ne veut pas", "Marie s'est
 * levée"), folded.  Not "et", "en", "à", "de": "Olive et huile", "Rose
 * en bouton", "Grâce à". */
static const char *const subject_verbs[] = {
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
	"comprend", "retourne", "rentre", "aurait", "serait", NULL,
};

/* Abbreviations and clipped words French clinical notes are made of,
 * which the lexicon lacks and which are no one's name: a capitalized one
 * is no unknown name beside another ("NFS CRP"), and recall first keeps
 * them.  Folded (no accents).  Written from the usage of French notes
 * (measures, labs, imaging, routes, wards and services, care and social
 * bodies, forms of the file); two-letter ones that are also surnames
 * (Ho, Ly, Mi...) are left out, and so are the places that tell a
 * suppressed group (CSAPA, CAARUD: addiction care). */
static const char *const clinical_words[] = {
	/* vital signs, scores, measures */
	"ta", "pa", "pas", "pad", "fc", "fr", "spo2", "sao2", "sat", "temp",
	"eva", "en", "evs", "gcs", "mms", "mmse", "moca", "gir", "ccmu", "imc",
	"pds", "glyc", "hgt", "dextro", "diur", "aa", "o2", "lo2",
	/* labs */
	"crp", "pct", "vs", "nfs", "bnp", "ntprobnp", "inr", "tp", "tca",
	"hba1c", "hba", "tsh", "t4", "ldl", "hdl", "alat", "asat", "ggt", "pal",
	"ldh", "cpk", "hb", "ht", "vgm", "ccmh", "plq", "pnn", "gb", "dfg",
	"iono", "ionogramme", "creat", "uree", "bili", "alb", "bhcg", "hcg",
	"tropo", "ddimeres", "ecbu", "ecbc", "bu", "pcr", "gds", "gda", "hgpo",
	"neg", "pos", "vit", "vitd", "cd4", "cv", "western", "blot", "edta",
	/* imaging and tests */
	"ecg", "eeg", "emg", "irm", "tdm", "tep", "rx", "rp", "asp", "echo",
	"ett", "eto", "fogd", "efr", "ecd", "holter", "tsa",
	/* conditions */
	"hta", "avc", "ait", "bpco", "ira", "irc", "ic", "icc", "idm", "sca",
	"fa", "tvp", "ep", "dt2", "dt1", "dnid", "did", "aeg", "hdm", "hdlm",
	"ras", "rad", "nfp", "sp", "atcd", "ttt", "trt", "pec",
	/* routes, devices, drugs' forms */
	"po", "iv", "ivd", "im", "sc", "per", "os", "ivse", "sng", "sad",
	"vvp", "vvc", "picc", "pac", "kt", "pca", "vni", "iot", "ains", "hbpm",
	"avk", "aod", "lp", "ld", "dci", "prn", "cp", "cpr", "gel",
	"amp", "inj", "mg", "ml", "ui",
	/* wards, services, specialties, carers */
	"cs", "hdj", "hdn", "ide", "idel", "as", "ash", "aes", "kine", "diet",
	"ergo", "psy", "psycho", "orl", "rea", "usic", "usc", "smur", "samu",
	"sau", "uhcd", "ioa", "ssr", "smr", "usld", "had", "ssiad", "ehpad",
	"chu", "chr", "ch", "ght", "aphp", "cmp", "cmpp", "catt", "cpef",
	"pmi", "ase", "ccas", "udaf", "mdph", "cpam", "ars", "smit",
	"mt", "abdo", "respi", "cardio", "neuro", "pneumo", "gastro", "uro",
	"gyneco", "obst", "ortho", "traumato", "rhumato", "onco", "hemato",
	"dermato", "ophtalmo", "pedo", "geria", "anesth", "chir", "urg", "med",
	"mutuelle", "bilan", "echographie", "scanner", "biopsie",
	/* the file, benefits, transport, legal measures */
	"ald", "cmu", "css", "ame", "apa", "aah", "vsl", "psl", "nda", "nip",
	"ddn", "dds", "dde", "ddr", "crh", "cro", "cr", "rdv", "msg", "tel",
	"sdre", "sdt", "spdt", "spdre", "spi",
	/* shorthand */
	"ap", "apres", "avant", "ok", "cf", "etc", "nb", "env", "qq", "qqs",
	"tjrs", "bcp", "pb", "pt", "pte", "pts", "bilat", "gche", "dte", "sup",
	"inf", "ant", "post", "lat", "ext", "int", "recup", "prev", "preop",
	"postop", "sos", "vad", "sem", "sms", NULL,
};

/* Relations and roles the relatives table lacks, folded. */
static const char *const relation_nouns[] = {
	"voisin", "voisine", "voisins", "famille", "ami", "amie", "copain",
	"copine", "concubin", "concubine", "aidant", "aidante", "enfant",
	"filleul", "filleule", "mt", "idel", "educateur", "educatrice",
	"interprete", "mandataire", "osteopathe", "podologue", "dentiste",
	"orthoptiste", "psychomotricien", "tuteurs", "parents",
	"proche", "proches", "ex", "partenaire", "coordinatrice",
	"coordinateur", "infirmiere", "auxiliaire", "ambulanciere",
	NULL,
};

/* What may stand between a relation and the name: determiners,
 * complements of the relation ("voisin du dessus", "aide à domicile",
 * "auxiliaire de vie", "cadre de santé", "médecin traitant"). */
static const char *const relation_bridges[] = {
	"le", "la", "l", "les", "son", "sa", "ses", "leur", "leurs", "un",
	"une", "mon", "ma", "mes", "du", "de", "d", "des", "a", "au", "aux",
	"dessus", "dessous", "palier", "face", "en", "domicile", "vie", "sante",
	"confiance", "traitant", "traitante", "liberal", "liberale",
	"referent", "referente", "soignante", "soignant", "sociale", "social",
	"femme", "petit", "petite", "beau", "belle", "grand", "demi", NULL,
};

/* Verbs and nouns that announce a person with the preposition after
 * them ("vu par", "appel de", "vit avec", "hébergé chez", "communiqué
 * à"), or alone ("prévenu Malika", "joint DEMBÉLÉ Oumar", "chez Zbigniew"). */
static const struct { const char *w, *prep; } relation_cues[] = {
	{ "vu", "par" }, { "vue", "par" }, { "suivi", "par" },
	{ "suivie", "par" }, { "adresse", "par" }, { "adressee", "par" },
	{ "accompagne", "par" }, { "accompagnee", "par" },
	{ "amene", "par" }, { "amenee", "par" }, { "examine", "par" },
	{ "examinee", "par" }, { "contacte", "par" }, { "contactee", "par" },
	{ "accompagne", "de" }, { "accompagnee", "de" }, { "appel", "de" },
	{ "appels", "de" }, { "visite", "de" }, { "visites", "de" },
	{ "demande", "de" }, { "tel", "de" }, { "telephone", "de" },
	{ "portable", "de" }, { "numero", "de" }, { "message", "de" },
	{ "nouvelles", "de" }, { "part", "de" }, { "pharmacie", "de" },
	{ "vit", "avec" }, { "vu", "avec" }, { "vue", "avec" },
	{ "ok", "avec" }, { "voir", "avec" }, { "entretien", "avec" },
	{ "rdv", "avec" }, { "echange", "avec" }, { "contact", "avec" },
	{ "heberge", "chez" }, { "hebergee", "chez" }, { "vit", "chez" },
	{ "chez", NULL }, { "prevenu", NULL }, { "prevenue", NULL },
	{ "joint", NULL }, { "jointe", NULL }, { "communique", "a" },
	{ "communiquee", "a" }, { "transmis", "a" }, { "transmise", "a" },
	{ "laisse", "a" }, { "laissee", "a" }, { "signale", "a" },
	{ "explique", "a" },
};

static int
dict_add_list(const char *const *items, unsigned count, uint32_t flags,
    struct buf *tmp)
{
	for (unsigned i = 0; i < count; i++) {
		size_t a, b;

		if (norm_value(NORM_TEXT, items[i], strlen(items[i]), tmp) != 0)
			return -ENOMEM;
		/* "Le Goff", "D'Almeida", "Jean-Pierre": each part. */
		for (a = 0; a < tmp->len; a = b + 1) {
			struct dict_entry *e;

			for (b = a; b < tmp->len && tmp->data[b] != ' ' &&
			    tmp->data[b] != '\''; b++)
				;
			if (b == a || in_list(particles, tmp->data + a, b - a))
				continue;
			e = dict_slot(tmp->data + a, b - a);
			if (e->w == NULL) {
				if ((e->w = malloc(b - a)) == NULL)
					return -ENOMEM;
				memcpy(e->w, tmp->data + a, b - a);
				e->len = (uint32_t)(b - a);
			}
			e->flags |= flags;
		}
	}
	return 0;
}


/* The Dicollecte first names: a name the other lists do not have and
 * that is also an ordinary word ("Rose", "Olive", "Prudence") counts only
 * beside another name, like the words of ambiguous.txt. */
static int
dict_add_dicollecte(struct buf *tmp)
{
	for (unsigned i = 0; i < detect_list_first_names_dicollecte_count; i++) {
		const char *name = detect_list_first_names_dicollecte[i];
		struct dict_entry *e;

		if (norm_value(NORM_TEXT, name, strlen(name), tmp) != 0)
			return -ENOMEM;
		if (tmp->len == 0 || memchr(tmp->data, ' ', tmp->len) != NULL ||
		    memchr(tmp->data, '\'', tmp->len) != NULL) {
			/* "Jean-Pierre": its parts, as the other lists */
			if (dict_add_list(&name, 1, D_FIRST, tmp) != 0)
				return -ENOMEM;
			continue;
		}
		e = dict_slot(tmp->data, tmp->len);
		if (e->w == NULL) {
			if ((e->w = malloc(tmp->len)) == NULL)
				return -ENOMEM;
			memcpy(e->w, tmp->data, tmp->len);
			e->len = (uint32_t)tmp->len;
			/* and "Eva", "Max", "Tom" are also acronyms */
			if (lexicon_has(name, strlen(name)) || tmp->len <= 3)
				e->flags |= D_AMBIG;
		}
		e->flags |= D_FIRST;
	}
	return 0;
}

/* The words of the small tables: no list adds a name to them. */
#define D_TABLES	(D_PARTICLE | D_TITLE | D_NOTNAME | D_RELATIVE | \
    D_STREET | D_MONTH | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | \
    D_TERM | D_CLINICAL | D_SUBJVERB | D_EPONYM | D_RELATION | D_RELCUE)

/* The Faker lists (tests/gen/faker_names.sh), after the small tables: a
 * word of a table stays the table's ("Can", "Pas", "Vit" are names
 * somewhere), and a part no other list has that is an ordinary French
 * word ("Rosa", "Sala", "Long") or has three letters or fewer ("Thi",
 * "Duc", "Ly") counts only beside another name or after a relative, like
 * the Dicollecte names. */
static int
dict_add_faker(const char *const *items, unsigned count, uint32_t flags,
    struct buf *tmp)
{
	for (unsigned i = 0; i < count; i++) {
		size_t a, b;

		if (norm_value(NORM_TEXT, items[i], strlen(items[i]), tmp) != 0)
			return -ENOMEM;
		for (a = 0; a < tmp->len; a = b + 1) {
			struct dict_entry *e;

			for (b = a; b < tmp->len && tmp->data[b] != ' ' &&
			    tmp->data[b] != '\''; b++)
				;
			if (b == a)
				continue;
			e = dict_slot(tmp->data + a, b - a);
			if (e->w != NULL && (e->flags & D_TABLES))
				continue;
			if (e->w == NULL) {
				if ((e->w = malloc(b - a)) == NULL)
					return -ENOMEM;
				memcpy(e->w, tmp->data + a, b - a);
				e->len = (uint32_t)(b - a);
				if (b - a <= 3 || lexicon_has(tmp->data + a, b - a))
					e->flags |= D_AMBIG | D_WEAK;
			} else if (!(e->flags & (D_FIRST | D_LAST)) &&
			    (b - a <= 3 || lexicon_has(tmp->data + a, b - a)))
				e->flags |= D_WEAK;	/* "Gros" of ambiguous.txt */
			e->flags |= flags;
		}
	}
	return 0;
}

/* Folded words of the small tables, as they are. */
static int
dict_add_words(const char *const *words, uint32_t flags)
{
	for (; *words != NULL; words++) {
		size_t n = strlen(*words);
		struct dict_entry *e = dict_slot(*words, n);

		if (e->w == NULL) {
			if ((e->w = malloc(n)) == NULL)
				return -ENOMEM;
			memcpy(e->w, *words, n);
			e->len = (uint32_t)n;
		}
		e->flags |= flags;
	}
	return 0;
}

/* A word of each entry of the sensitive lexicon that scrub looks for: a
 * comment with none of them is not scanned for terms (most are not;
 * src/sensitive.c tokenizes the text again). */
static int is_alnum_byte(char c);

static int
dict_add_sensitive(struct buf *tmp)
{
	for (unsigned k = 0; k < sensitive_raw_count; k++) {
		const struct sensitive_raw *e = &sensitive_raw[k];
		struct dict_entry *d;
		size_t a, b;

		if (e->kind != SENSITIVE_RAW_TERM && e->kind != SENSITIVE_RAW_ABBREV &&
		    e->kind != SENSITIVE_RAW_DRUG)
			continue;
		if (norm_value(NORM_TEXT, e->text, strlen(e->text), tmp) != 0)
			return -ENOMEM;
		/* Its last word of letters, the most telling ("traitement
		 * de substitution", "VIH-1": "vih"). */
		for (b = tmp->len; b > 0 && (!is_alnum_byte(tmp->data[b - 1]) ||
		    util_is_digit(tmp->data[b - 1])); b--)
			;
		for (a = b; a > 0 && is_alnum_byte(tmp->data[a - 1]) &&
		    !util_is_digit(tmp->data[a - 1]); a--)
			;
		if (b == a)
			continue;
		d = dict_slot(tmp->data + a, b - a);
		if (d->w == NULL) {
			if ((d->w = malloc(b - a)) == NULL)
				return -ENOMEM;
			memcpy(d->w, tmp->data + a, b - a);
			d->len = (uint32_t)(b - a);
		}
		d->flags |= D_TERM;
	}
	return 0;
}

/* Built once, read-only afterwards: threads share it without a lock. */
/* The abbreviated months are months to the dictionary too. */
static int
dict_add_month_abbrevs(void)
{
	for (size_t k = 0; k < sizeof(month_abbrevs) / sizeof(month_abbrevs[0]);
	    k++) {
		const char *w[] = { month_abbrevs[k].w, NULL };
		int r;

		if ((r = dict_add_words(w, D_MONTH)) != 0)
			return r;
	}
	return 0;
}

/* The words of the relation cues, and their prepositions' not. */
static int
dict_add_relation_cues(void)
{
	for (size_t k = 0; k < sizeof(relation_cues) / sizeof(relation_cues[0]);
	    k++) {
		const char *w[] = { relation_cues[k].w, NULL };
		int r;

		if ((r = dict_add_words(w, D_RELCUE)) != 0)
			return r;
	}
	return 0;
}

static void
dict_init(void)
{
	struct buf tmp = BUF_INIT;
	size_t n = detect_list_first_names_count + detect_list_last_names_count +
	    detect_list_ambiguous_count + detect_list_eponyms_count +
	    detect_list_first_names_dicollecte_count +
	    detect_list_first_names_female_count +
	    detect_list_first_names_faker_count + detect_list_last_names_faker_count;

	n += 1024 + sensitive_raw_count;	/* the small tables */
	lexicon_index();
	latin_class_init();
	for (dict_cap = 64; dict_cap < n * 2; dict_cap *= 2)
		;
	if ((dict = calloc(dict_cap, sizeof(*dict))) == NULL)
		return;
	if (dict_add_list(detect_list_first_names, detect_list_first_names_count,
	    D_FIRST, &tmp) == 0 &&
	    dict_add_list(detect_list_last_names, detect_list_last_names_count,
	    D_LAST, &tmp) == 0 &&
	    dict_add_list(detect_list_ambiguous, detect_list_ambiguous_count,
	    D_AMBIG, &tmp) == 0 &&
	    dict_add_list(detect_list_eponyms, detect_list_eponyms_count,
	    D_EPONYM, &tmp) == 0 &&
	    dict_add_dicollecte(&tmp) == 0 &&
	    dict_add_list(detect_list_first_names_female,
	    detect_list_first_names_female_count, D_FEMALE, &tmp) == 0 &&
	    dict_add_words(particles, D_PARTICLE) == 0 &&
	    dict_add_words(titles, D_TITLE) == 0 &&
	    dict_add_words(not_names, D_NOTNAME) == 0 &&
	    dict_add_words(relatives, D_RELATIVE) == 0 &&
	    dict_add_words(street_words, D_STREET) == 0 &&
	    dict_add_words(months, D_MONTH) == 0 &&
	    dict_add_month_abbrevs() == 0 &&
	    dict_add_words(unit_words, D_UNIT) == 0 &&
	    dict_add_words(place_words, D_PLACE) == 0 &&
	    dict_add_words(eponym_heads, D_EPOHEAD) == 0 &&
	    dict_add_words(date_cues, D_DATECUE) == 0 &&
	    dict_add_words(clinical_words, D_CLINICAL) == 0 &&
	    dict_add_words(subject_verbs, D_SUBJVERB) == 0 &&
	    dict_add_sensitive(&tmp) == 0 &&
	    dict_add_words(relation_nouns, D_RELATION) == 0 &&
	    dict_add_words(relation_bridges, D_BRIDGE) == 0 &&
	    dict_add_relation_cues() == 0 &&
	    dict_add_faker(detect_list_first_names_faker,
	    detect_list_first_names_faker_count, D_FIRST, &tmp) == 0 &&
	    dict_add_faker(detect_list_last_names_faker,
	    detect_list_last_names_faker_count, D_LAST, &tmp) == 0)
		dict_ok = 1;
	buf_free(&tmp);
}

int
detect_ident_parse(const char *name, enum detect_ident *out)
{
	static const char *const names[] = {
		"", "name", "first_name", "last_name", "nir", "phone", "email",
		"address", "id",
	};

	for (size_t i = 1; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0) {
			*out = (enum detect_ident)i;
			return 0;
		}
	return -EINVAL;
}

const char *
detect_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

/* ---- checks ---- */

int
detect_luhn(const char *digits, size_t n)
{
	int sum = 0;

	for (size_t i = 0; i < n; i++) {
		int d = digits[n - 1 - i] - '0';
		if (d < 0 || d > 9)
			return 0;
		if (i % 2 == 1 && (d *= 2) > 9)
			d -= 9;
		sum += d;
	}
	return sum % 10 == 0;
}

/* ISO 7064 mod 97-10 over the rearranged IBAN; spaces are skipped. */
int
detect_iban_valid(const char *s, size_t len)
{
	char c[40];
	size_t n = 0;
	unsigned rem = 0;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (n == sizeof(c))
			return 0;
		c[n++] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
	}
	if (n < 15 || n > 34 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' ||
	    c[1] > 'Z' || c[2] < '0' || c[2] > '9' || c[3] < '0' || c[3] > '9')
		return 0;
	if (c[0] == 'F' && c[1] == 'R' && n != 27)
		return 0;
	for (size_t k = 0; k < n; k++) {
		char ch = c[(k + 4) % n];
		if (ch >= '0' && ch <= '9')
			rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
		else if (ch >= 'A' && ch <= 'Z')
			rem = (rem * 100 + (unsigned)(ch - 'A' + 10)) % 97;
		else
			return 0;
	}
	return rem == 1;
}

/* ---- spans ---- */

static int
is_alnum_byte(char c)
{
	return util_is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (unsigned char)c >= 0x80;
}

static int
overlaps(const struct detect_scratch *s, size_t start, size_t end)
{
	for (size_t b = start; b < end; b++)
		if (s->taken[b >> 6] >> (b & 63) & 1)
			return 1;
	return 0;
}

/* The first word that starts at or after byte `at`. */
static size_t
word_at(const struct detect_scratch *s, size_t at)
{
	size_t lo = 0, hi = s->nwords;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (s->words[mid].start < at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Record span k as the span of every word it holds whole. */
static void
mark_words(struct detect_scratch *s, size_t k)
{
	const struct detect_span *sp = &s->spans[k];
	size_t i = word_at(s, sp->start);

	if (i > 0 && s->words[i - 1].end > sp->start)
		s->words[i - 1].touched = 1;
	for (; i < s->nwords && s->words[i].start < sp->end; i++) {
		s->words[i].touched = 1;
		if (s->words[i].end <= sp->end)
			s->wspan[i] = (int32_t)k;
	}
}

/* Add a span unless an earlier (stronger) detector took any of it.
 * 1 if added, 0 if not, -ENOMEM. */
static int
add_span(struct detect_scratch *s, size_t start, size_t end,
    enum detect_kind kind, int ctx)
{
	struct detect_span *sp;

	if (end <= start || overlaps(s, start, end))
		return 0;
	if (s->nspans == s->spans_cap) {
		size_t cap = s->spans_cap ? s->spans_cap * 2 : 16;
		if ((sp = realloc(s->spans, cap * sizeof(*sp))) == NULL)
			return -ENOMEM;
		s->spans = sp;
		s->spans_cap = cap;
	}
	sp = &s->spans[s->nspans++];
	memset(sp, 0, sizeof(*sp));
	sp->start = start;
	sp->end = end;
	sp->kind = kind;
	sp->ctx = ctx;
	for (size_t b = start; b < end; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	if (s->tokenized)
		mark_words(s, s->nspans - 1);
	return 1;
}

/*
 * Add an address span that wins over the name spans it meets: the row's
 * first name in "12 Imp. Jean Jaurès", its last name in "rue Victor Hugo"
 * were taken first (scan_row_names runs before the addresses), and the
 * street cut short there would leave the rest of it raw.  A name span
 * inside [start, end) or overlapping it is absorbed (the address grows to
 * hold it whole); any other span there (a date, a phone, an id: as
 * structured as the address, and found by a stronger detector) keeps its
 * bytes and the address is not added, as add_span does.  The absorbed
 * spans become empty (finish_spans drops them): their words all lie in
 * the address, whose index mark_words gives them.  1, 0 or -ENOMEM.
 */
static int
add_address(struct detect_scratch *s, size_t start, size_t end)
{
	size_t first = s->nspans;
	int absorb = 0;

	if (end <= start)
		return 0;
	if (!overlaps(s, start, end))
		return add_span(s, start, end, DETECT_ADDRESS, -1);
	for (size_t k = 0; k < s->nspans; k++) {
		const struct detect_span *sp = &s->spans[k];
		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		if (sp->kind != DETECT_NAME)
			return 0;
		absorb = 1;
	}
	if (!absorb)
		return 0;	/* taken by bytes of no span: never so */
	for (size_t k = 0; k < s->nspans; k++) {
		struct detect_span *sp = &s->spans[k];
		if (sp->end <= start || sp->start >= end || sp->end <= sp->start)
			continue;
		if (sp->start < start)
			start = sp->start;
		if (sp->end > end)
			end = sp->end;
		if (first == s->nspans)
			first = k;
		else
			sp->start = sp->end;
	}
	memset(&s->spans[first], 0, sizeof(s->spans[first]));
	s->spans[first].start = start;
	s->spans[first].end = end;
	s->spans[first].kind = DETECT_ADDRESS;
	s->spans[first].ctx = -1;
	for (size_t b = start; b < end; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	mark_words(s, first);
	return 1;
}

/* ---- numbers ---- */

/*
 * Collect up to `want` digits from t[i], allowing between two digits one
 * '.' or '-', or one or two spaces (spacing typos), or a no-break space.
 * With `nir`, 'A'/'B' count as the 7th character after a '2'.  Stores the
 * characters in out and returns how many; *end is the byte after the last.
 */
static size_t
collect(const char *t, size_t len, size_t i, size_t want, int nir, char *out,
    size_t *end)
{
	size_t n = 0;
	char slash = 0;	/* '/' or a tab, once used, is the only separator */

	*end = i;
	while (i < len && n < want) {
		char c = t[i];

		if (util_is_digit(c) || (nir && n == 6 && out[5] == '2' &&
		    (c == 'A' || c == 'B' || c == 'a' || c == 'b'))) {
			out[n++] = (char)(c >= 'a' ? c - 32 : c);
			*end = ++i;
			continue;
		}
		if (n == 0)
			break;
		/* A separator: one of them, or two spaces. */
		size_t j = i;
		if (t[j] == ' ' && j + 1 < len && t[j + 1] == ' ')
			j += 2;
		else if (nir_is_separator(t[j]) && !slash)
			j++;
		else if ((unsigned char)t[j] == 0xc2 && j + 1 < len &&
		    (unsigned char)t[j + 1] == 0xa0 && !slash)
			j += 2;
		else if (nir && (t[j] == '/' || t[j] == '\t') &&
		    (slash == t[j] || (!slash && n <= 1)))
			slash = t[j++];
		else
			break;
		if (j >= len || !util_is_digit(t[j]))
			break;
		i = j;
	}
	return n;
}

/* What follows `end` continues the number (a digit, or a separator then a
 * digit): a 13-character NIR body must not be cut out of a longer number. */
static int
continues(const char *t, size_t len, size_t end)
{
	if (end < len && is_alnum_byte(t[end]))
		return 1;
	if (end + 1 < len && (nir_is_separator(t[end]) || t[end] == '/' ||
	    t[end] == '\t') && util_is_digit(t[end + 1]))
		return 1;
	if (end + 2 < len && t[end] == ' ' && t[end + 1] == ' ' &&
	    util_is_digit(t[end + 2]))
		return 1;
	return 0;
}

static int
ctx_match_digits(const struct detect_value *row, size_t nrow,
    enum detect_ident kind, const char *digits, size_t n, size_t tail)
{
	for (size_t k = 0; k < nrow; k++) {
		char d[40];
		size_t m = 0;

		if (row[k].kind != kind)
			continue;
		for (size_t i = 0; i < row[k].len && m < sizeof(d); i++)
			if (util_is_digit(row[k].v[i]))
				d[m++] = row[k].v[i];
		/* Phones compare their last 9 digits (+33, 0033, 0 differ). */
		if (tail && m >= tail && n >= tail &&
		    memcmp(d + m - tail, digits + n - tail, tail) == 0)
			return (int)k;
		if (!tail && m == n && m > 0 && memcmp(d, digits, n) == 0)
			return (int)k;
	}
	return -1;
}

static int
ctx_match_nir(const struct detect_value *row, size_t nrow, const char *body)
{
	struct nir n;

	for (size_t k = 0; k < nrow; k++)
		if (row[k].kind == DETECT_IDENT_NIR &&
		    nir_parse(row[k].v, row[k].len, &n) == 0 &&
		    memcmp(n.body, body, NIR_BODY) == 0)
			return (int)k;
	return -1;
}

/* After a 13-character NIR ending at `at`: " clé 31", " CLE: 31",
 * " clef 31".  The two digits into key, *end after them; 0 if not so. */
static int
nir_key_after_word(const char *t, size_t len, size_t at, char *key,
    size_t *end)
{
	size_t j = at;

	while (j < len && j - at < 2 && t[j] == ' ')
		j++;
	if (j + 3 > len || (t[j] | 32) != 'c' || (t[j + 1] | 32) != 'l')
		return 0;
	j += 2;
	if ((t[j] | 32) == 'e')
		j++;
	else if (j + 2 <= len && (unsigned char)t[j] == 0xc3 &&
	    ((unsigned char)t[j + 1] == 0xa9 || (unsigned char)t[j + 1] == 0x89))
		j += 2;
	else
		return 0;
	if (j < len && (t[j] | 32) == 'f')
		j++;
	while (j < len && (t[j] == ' ' || t[j] == ':'))
		j++;
	if (j + 2 > len || !util_is_digit(t[j]) || !util_is_digit(t[j + 1]) ||
	    (j + 2 < len && is_alnum_byte(t[j + 2])) || j - at > 8)
		return 0;
	key[0] = t[j];
	key[1] = t[j + 1];
	*end = j + 2;
	return 1;
}

static int
try_nir(const char *t, size_t len, size_t i, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	char c[NIR_FULL];
	struct nir n;
	size_t end, end13, k;

	if (strchr("123478", t[i]) == NULL)
		return 0;
	k = collect(t, len, i, NIR_FULL, 1, c, &end);
	if (k == NIR_FULL && !continues(t, len, end) &&
	    nir_parse(c, NIR_FULL, &n) == 0)
		return add_span(s, i, end, DETECT_NIR, ctx_match_nir(row, nrow,
		    n.body));
	/* Without the key: only a number that stops after 13 characters,
	 * so a 15-digit number with a wrong key is not half taken. */
	if (k < NIR_BODY)
		return 0;
	collect(t, len, i, NIR_BODY, 1, c, &end13);
	if (continues(t, len, end13) || nir_parse(c, NIR_BODY, &n) != 0)
		return 0;
	/* "2 41 11 13 022 517 clé 31": the key after its word, if valid. */
	if (nir_key_after_word(t, len, end13, c + NIR_BODY, &end) &&
	    nir_parse(c, NIR_FULL, &n) == 0)
		end13 = end;
	return add_span(s, i, end13, DETECT_NIR, ctx_match_nir(row, nrow,
	    n.body));
}

/* Overseas country codes written instead of +33, with their digit count. */
static const struct { const char *code; size_t digits; } overseas[] = {
	{ "262", 9 }, { "269", 9 }, { "590", 9 }, { "594", 9 }, { "596", 9 },
	{ "508", 6 }, { "681", 6 }, { "687", 6 }, { "689", 8 },
};

/* "+351 912 345 678", "+48 527 137 755", "00 221 77 186 22 40": any
 * other country (E.164): "+" or "00", the country code and 7 to 12 more
 * digits, 15 at most, grouped as phones are ("00" needs 9 digits after it:
 * "00 12 34 56 78" is no phone).  The digits into d; 0 if not a phone. */
static size_t
phone_international(const char *t, size_t len, size_t i, char *d,
    size_t *end)
{
	size_t j = t[i] == '+' ? i + 1 : i + 2, n;

	if (t[i] != '+' && (i + 2 > len || t[i + 1] != '0'))
		return 0;
	if (t[i] != '+' && j < len && t[j] == ' ')
		j++;
	if (j >= len || !util_is_digit(t[j]) || t[j] == '0')
		return 0;
	n = collect(t, len, j, 15, 0, d, end);
	if (n < (t[i] == '+' ? 8u : 9u) || (*end < len &&
	    is_alnum_byte(t[*end])) || (n == 15 && continues(t, len, *end)))
		return 0;
	return n;
}

/* "06/09/87/65/43": five pairs between slashes (a date reads the first
 * three otherwise).  The digits into d; 0 if not so. */
static size_t
phone_slashed(const char *t, size_t len, size_t i, char *d, size_t *end)
{
	for (size_t k = 0; k < 5; k++) {
		size_t p = i + 3 * k;

		if (p + 2 > len || !util_is_digit(t[p]) ||
		    !util_is_digit(t[p + 1]) ||
		    (k < 4 && (p + 2 >= len || t[p + 2] != '/')))
			return 0;
		d[2 * k] = t[p];
		d[2 * k + 1] = t[p + 1];
	}
	*end = i + 14;
	if (d[0] != '0' || d[1] == '0' || (*end < len &&
	    (is_alnum_byte(t[*end]) || t[*end] == '/')))
		return 0;
	return 10;
}

/* "+33 6 12 34 56 78", "0033 6...", "+33 (0)6...", "+262 692...": France
 * and its overseas codes, with their digit counts.  The digits into d. */
static size_t
phone_french_code(const char *t, size_t len, size_t i, char *d, size_t *end)
{
	size_t j, k, n, want = 9;

	if (t[i] == '+' && i + 3 <= len && memcmp(t + i + 1, "33", 2) == 0) {
		j = i + 3;
	} else if (t[i] == '+') {
		for (k = 0; k < sizeof(overseas) / sizeof(overseas[0]); k++)
			if (i + 4 <= len && memcmp(t + i + 1, overseas[k].code,
			    3) == 0)
				break;
		if (k == sizeof(overseas) / sizeof(overseas[0]))
			return 0;
		j = i + 4;
		want = overseas[k].digits;
	} else if (i + 4 < len && memcmp(t + i, "0033", 4) == 0) {
		j = i + 4;
	} else {
		return 0;
	}
	while (j < len && t[j] == ' ')
		j++;
	if (j + 3 <= len && memcmp(t + j, "(0)", 3) == 0) {
		j += 3;
		while (j < len && t[j] == ' ')
			j++;
	}
	if (j >= len || !util_is_digit(t[j]) || (want == 9 && t[j] == '0'))
		return 0;
	n = collect(t, len, j, want, 0, d, end);
	if (n != want || (*end < len && util_is_digit(t[*end])))
		return 0;
	return n;
}

static int
try_phone(const char *t, size_t len, size_t i, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	char d[16];
	size_t end, n = 0;

	if (t[i] == '+' || (t[i] == '0' && i + 1 < len && t[i + 1] == '0')) {
		n = phone_french_code(t, len, i, d, &end);
		if (n == 0)
			n = phone_international(t, len, i, d, &end);
	} else if (t[i] == '0' && i + 1 < len) {
		n = phone_slashed(t, len, i, d, &end);
		if (n == 0) {
			n = collect(t, len, i, 10, 0, d, &end);
			if (n != 10 || d[1] == '0' || (end < len &&
			    is_alnum_byte(t[end])))
				n = 0;
		}
	}
	if (n == 0)
		return 0;
	return add_span(s, i, end, DETECT_PHONE, ctx_match_digits(row, nrow,
	    DETECT_IDENT_PHONE, d, n, n < 9 ? n : 9));
}

/* A date written with digits: the longest date_parse accepts from i. */
static int
try_date(const char *t, size_t len, size_t i, struct detect_scratch *s)
{
	struct date_value d;
	size_t n = 0, m;
	int r;

	while (i + n < len && n < 10 &&
	    (util_is_digit(t[i + n]) || t[i + n] == '/' || t[i + n] == '-' ||
	    t[i + n] == '.'))
		n++;
	for (m = n; m >= 6; m--) {
		if (!util_is_digit(t[i + m - 1]) || (i + m < len && util_is_digit(t[i + m])))
			continue;
		/* YYYYMMDD alone is an IPP as often as a date. */
		if (memchr(t + i, '/', m) == NULL && memchr(t + i, '-', m) == NULL &&
		    memchr(t + i, '.', m) == NULL)
			continue;
		if (date_parse(t + i, m, &d) != 0) {
			/* "12-03-21", "12.03.21": datefmt reads two-digit
			 * years after '/' only; here the context says date. */
			char tmp[10];
			if (m != 8 || (t[i + 2] != '-' && t[i + 2] != '.') ||
			    t[i + 5] != t[i + 2])
				continue;
			memcpy(tmp, t + i, 8);
			tmp[2] = tmp[5] = '/';
			if (date_parse(tmp, 8, &d) != 0)
				continue;
			d.sep = t[i + 2];
		}
		if ((r = add_span(s, i, i + m, DETECT_DATE, -1)) == 1)
			s->spans[s->nspans - 1].date = d;
		return r;
	}
	return 0;
}

/* The number detectors at byte i (a digit, or a '+'); *next: the first
 * byte they may look at after it. */
static int
number_at(const struct detect_options *o, const char *t, size_t len, size_t i,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s,
    size_t *next)
{
	char d[40], c = t[i];
	size_t end, n;
	int r, k;

	*next = i + 1;
	/* Only where a number starts; glued to letters it does
	 * ("N°0612345678", "IPP40099999", "(NIR184...)"), not to digits. */
	if (i > 0 && (util_is_digit(t[i - 1]) || t[i - 1] == '+'))
		return 0;
	if (c == '+' && (i + 1 >= len || !util_is_digit(t[i + 1])))
		return 0;
	/* Nor inside one: "08 14 168 025" in a 15-digit number whose NIR key
	 * is wrong is not a phone.  A number found whole before it
	 * ("12/03/2021 15/04/2021") ends there. */
	if (i >= 2 && (t[i - 1] == ' ' || t[i - 1] == '.' || t[i - 1] == '-') &&
	    ((util_is_digit(t[i - 2]) && !overlaps(s, i - 2, i - 1)) ||
	    (t[i - 2] == ' ' && i >= 3 && util_is_digit(t[i - 3]) &&
	    !overlaps(s, i - 3, i - 2))))
		return 0;
	r = 0;
	if (o->kinds & DETECT_BIT(DETECT_PHONE))
		r = try_phone(t, len, i, row, nrow, s);
	if (r == 0 && c != '+' && (o->kinds & DETECT_BIT(DETECT_NIR)))
		r = try_nir(t, len, i, row, nrow, s);
	if (r == 0 && c != '+' && (o->kinds & DETECT_BIT(DETECT_DATE)))
		r = try_date(t, len, i, s);
	if (r != 0) {
		if (r > 0)
			*next = s->spans[s->nspans - 1].end;
		return r < 0 ? r : 0;
	}
	if (c == '+')
		return 0;
	/* One run of digits: RPPS, FINESS, an id. */
	for (n = 0; i + n < len && util_is_digit(t[i + n]) && n < sizeof(d); n++)
		d[n] = t[i + n];
	end = i + n;
	if (end < len && is_alnum_byte(t[end]))
		return 0;
	*next = end;
	k = ctx_match_digits(row, nrow, DETECT_IDENT_ID, d, n, 0);
	if (k >= 0 && n >= 4)
		r = add_span(s, i, end, DETECT_ID, k);
	else if (n == 11 && (o->kinds & DETECT_BIT(DETECT_RPPS)) &&
	    detect_luhn(d, n))
		r = add_span(s, i, end, DETECT_RPPS, -1);
	else if (n == 9 && (o->kinds & DETECT_BIT(DETECT_FINESS)) &&
	    detect_luhn(d, n))
		r = add_span(s, i, end, DETECT_FINESS, -1);
	else if (o->min_digits > 0 && n >= (size_t)o->min_digits &&
	    n <= MAX_ID_DIGITS && (o->kinds & DETECT_BIT(DETECT_ID)))
		r = add_span(s, i, end, DETECT_ID, -1);
	return r < 0 ? r : 0;
}

/* Numbers start at a run of digits, or at a '+' before one: the runs are
 * tokenize's digit words, so the text is not read byte by byte again. */
static int
scan_numbers(const struct detect_options *o, const char *t, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	size_t next = 0;
	int r;

	for (size_t w = 0; w < s->nwords; w++) {
		size_t i = s->words[w].start;

		if (!(s->words[w].flags & W_DIGIT))
			continue;
		if (i > 0 && t[i - 1] == '+' && i - 1 >= next &&
		    (r = number_at(o, t, len, i - 1, row, nrow, s, &next)) != 0)
			return r;
		if (i >= next &&
		    (r = number_at(o, t, len, i, row, nrow, s, &next)) != 0)
			return r;
	}
	return 0;
}

/* Letters beyond ASCII too: "lætitia-leroy@sfr.fr" is written, if not
 * always delivered. */
static int
is_email_local(char c)
{
	return util_is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    c == '.' || c == '_' || c == '%' || c == '+' || c == '-' ||
	    (unsigned char)c >= 0x80;
}

static int
scan_emails(const char *t, size_t len, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	const char *at;
	size_t i = 0, a, b, dot;
	int r, k;

	while (i < len && (at = memchr(t + i, '@', len - i)) != NULL) {
		size_t p = (size_t)(at - t);

		i = p + 1;
		for (a = p; a > 0 && is_email_local(t[a - 1]); a--)
			;
		while (a < p && (t[a] == '.' || t[a] == '-'))
			a++;
		for (b = p + 1; b < len && (is_email_local(t[b]) &&
		    t[b] != '+' && t[b] != '%' && t[b] != '_'); b++)
			;
		while (b > p + 1 && (t[b - 1] == '.' || t[b - 1] == '-'))
			b--;
		dot = 0;
		for (size_t q = p + 1; q < b; q++)
			if (t[q] == '.')
				dot = q;
		if (a == p || dot == 0 || dot >= b - 2 || dot == p + 1)
			continue;
		k = -1;
		for (size_t j = 0; j < nrow; j++)
			if (row[j].kind == DETECT_IDENT_EMAIL &&
			    row[j].len == b - a &&
			    strncasecmp(row[j].v, t + a, b - a) == 0)
				k = (int)j;
		if ((r = add_span(s, a, b, DETECT_EMAIL, k)) < 0)
			return r;
		i = b;
	}
	return 0;
}

static int
scan_ibans(const char *t, size_t len, struct detect_scratch *s)
{
	size_t next = 0;

	/* Two letters, then the check digits: a run of digits (tokenize's
	 * digit words) starts two bytes after an IBAN does. */
	for (size_t w = 0; w < s->nwords; w++) {
		size_t i = s->words[w].start - 2, j, n = 0, best = 0;
		char c0, c1;
		int r;

		if (!(s->words[w].flags & W_DIGIT) || s->words[w].start < 2 ||
		    i < next || i + 15 > len)
			continue;
		c0 = t[i];
		c1 = t[i + 1];
		if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= 'a' && c0 <= 'z')) ||
		    !((c1 >= 'A' && c1 <= 'Z') || (c1 >= 'a' && c1 <= 'z')) ||
		    !util_is_digit(t[i + 2]) || !util_is_digit(t[i + 3]) ||
		    (i > 0 && is_alnum_byte(t[i - 1])))
			continue;
		/* Groups of letters and digits, one space apart; the longest
		 * valid prefix ending on a group boundary. */
		for (j = i; j < len && n < 34; j++) {
			if (t[j] == ' ') {
				if (j + 1 >= len || !is_alnum_byte(t[j + 1]) ||
				    t[j - 1] == ' ')
					break;
				if (detect_iban_valid(t + i, j - i))
					best = j;
				continue;
			}
			if (!util_is_digit(t[j]) && !(t[j] >= 'A' && t[j] <= 'Z') &&
			    !(t[j] >= 'a' && t[j] <= 'z'))
				break;
			n++;
		}
		if ((j >= len || !is_alnum_byte(t[j])) &&
		    detect_iban_valid(t + i, j - i))
			best = j;
		if (best == 0)
			continue;
		if ((r = add_span(s, i, best, DETECT_IBAN, -1)) < 0)
			return r;
		next = best + 1;
	}
	return 0;
}

/* ---- words ---- */

#define FNV_PRIME	0x100000001b3ULL	/* util_fnv1a's, one byte at a time */

/* A word with a byte beyond ASCII: folded by norm_value (NFKD, case
 * folding, accents off), as the row values are. */
static int
fold_word_text(struct detect_scratch *s, const char *w, size_t n,
    struct detect_word *word)
{
	int r;

	word->fold_off = s->fold.len;
	if ((r = norm_value(NORM_TEXT, w, n, &s->tmp)) != 0 ||
	    (r = buf_append(&s->fold, s->tmp.data, s->tmp.len)) != 0)
		return r;
	word->fold_len = (uint32_t)(s->fold.len - word->fold_off);
	word->fhash = hash(s->fold.data ? s->fold.data + word->fold_off : "",
	    word->fold_len);
	return 0;
}

/* Skip one character that is not part of a word; the next index. */
static size_t
skip_char(const uint8_t *p, size_t len, size_t i)
{
	ucs4_t uc;
	int n;

	if (p[i] < 0x80)
		return i + 1;
	n = u8_mbtouc(&uc, p + i, len - i);
	return i + (size_t)(n > 0 ? n : 1);
}

/*
 * One word from t[i] (a run of digits, or of letters), into the next
 * struct detect_word; *end is the byte after it (i itself if no word
 * starts there).  An ASCII word is folded (lower case) and hashed in the
 * same loop that reads it, into s->fold, whose room the caller made.
 */
static int
read_word(const char *t, size_t len, size_t i, struct detect_scratch *s,
    struct detect_word *w, size_t *end)
{
	const uint8_t *p = (const uint8_t *)t;
	char *f = s->fold.data + s->fold.len;
	size_t start = i, nchars = 0, upper = 0, fl = 0;
	uint64_t h = UTIL_FNV1A_BASIS;
	uint32_t flags = 0;
	int ascii = 1;

	if (util_is_digit(t[i])) {
		while (i < len && util_is_digit(t[i])) {
			f[fl++] = t[i];
			h = (h ^ p[i]) * FNV_PRIME;
			i++;
		}
		nchars = fl;
		flags = W_DIGIT;
	} else {
		uint8_t c;

		/* ASCII letters first, the common case: one test a letter. */
		while (i < len && (c = ascii_lower[p[i]]) != 0) {
			f[fl++] = (char)c;
			h = (h ^ c) * FNV_PRIME;
			upper += c != p[i];
			i++;
		}
		if (fl > 0 && ascii_lower[p[start]] != p[start])
			flags |= W_CAP;
		nchars = fl;
		/* Beyond ASCII: accents, other scripts. */
		while (i < len && (p[i] >= 0x80 || !ascii)) {
			unsigned cls;
			int n = 1;

			if (p[i] < 0x80) {
				cls = latin_class[p[i]];
				if (!(cls & LC_ALPHA))
					break;
				f[fl++] = (char)(p[i] | 0x20);	/* letters only */
				h = (h ^ (p[i] | 0x20)) * FNV_PRIME;
			} else if (p[i] >= 0xc2 && p[i] <= 0xc9 && i + 1 < len &&
			    (p[i + 1] & 0xc0) == 0x80) {
				/* Latin accents: libunistring's answers, kept. */
				n = 2;
				cls = latin_class[((p[i] & 0x1f) << 6) |
				    (p[i + 1] & 0x3f)];
				ascii = 0;
			} else {
				ucs4_t uc;

				n = u8_mbtouc(&uc, p + i, len - i);
				cls = uc_is_alpha(uc) ? LC_ALPHA : 0;
				if (cls && uc_is_upper(uc))
					cls |= LC_UPPER;
				ascii = 0;
			}
			if (!(cls & LC_ALPHA))
				break;
			upper += (cls & LC_UPPER) != 0;
			if (nchars == 0 && (cls & LC_UPPER))
				flags |= W_CAP;
			nchars++;
			i += (size_t)n;
		}
		if (nchars >= 2 && upper == nchars)
			flags |= W_UPPER;
	}
	*end = i;
	if (nchars == 0)
		return 0;
	if (i < len && t[i] == '.')
		flags |= W_DOT;
	w->flags = flags;
	w->start = start;
	w->end = i;
	w->nchars = nchars;
	w->lex = -1;
	w->touched = 0;
	if (ascii) {
		w->fold_off = s->fold.len;
		w->fold_len = (uint32_t)fl;
		w->fhash = h;
		s->fold.len += fl;
		return 0;
	}
	return fold_word_text(s, t + start, i - start, w);
}

static int
words_grow(struct detect_scratch *s)
{
	size_t cap = s->words_cap ? s->words_cap * 2 : 64;
	struct detect_word *g = realloc(s->words, cap * sizeof(*g));
	int32_t *ws;

	if (g == NULL)
		return -ENOMEM;
	s->words = g;
	if ((ws = realloc(s->wspan, cap * sizeof(*ws))) == NULL)
		return -ENOMEM;
	s->wspan = ws;
	s->words_cap = cap;
	return 0;
}

/* The words of the text, folded, with what the dictionary says of each;
 * s->word_flags and s->word_dflags: every word's flags, or-ed. */
static int
tokenize(const char *t, size_t len, struct detect_scratch *s)
{
	const uint8_t *p = (const uint8_t *)t;
	size_t i = 0, end;
	int r;

	s->nwords = 0;
	s->word_flags = s->word_dflags = 0;
	buf_reset(&s->fold);
	while (i < len) {
		struct detect_word *w;

		if (s->nwords == s->words_cap && (r = words_grow(s)) != 0)
			return r;
		/* Room for the rest of the text folded as ASCII. */
		if (s->fold.cap - s->fold.len < len - i &&
		    (r = buf_reserve(&s->fold, len - i)) != 0)
			return r;
		/* Spaces and punctuation: no word starts there. */
		if (p[i] < 0x80 && ascii_lower[p[i]] == 0 && !util_is_digit(t[i])) {
			i++;
			continue;
		}
		w = &s->words[s->nwords];
		if ((r = read_word(t, len, i, s, w, &end)) != 0)
			return r;
		if (end == i) {
			/* Not part of a word: skip one character. */
			i = skip_char((const uint8_t *)t, len, i);
			continue;
		}
		i = end;
		s->wspan[s->nwords++] = -1;
		w->dflags = (w->flags & W_DIGIT) ? 0 : dict_flags_cached(s,
		    s->fold.data + w->fold_off, w->fold_len, w->fhash);
		s->word_flags |= w->flags;
		s->word_dflags |= w->dflags;
	}
	return 0;
}

static const char *
wf(const struct detect_scratch *s, const struct detect_word *w)
{
	if (s->fold.data == NULL)
		return "";
	return s->fold.data + w->fold_off;
}

/* The first letters decide most calls: no strlen of the literal. */
static inline int
word_is(const struct detect_scratch *s, size_t i, const char *lit)
{
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w);
	size_t n = w->fold_len;

	if (n == 0)
		return lit[0] == '\0';
	return f[0] == lit[0] && strncmp(f, lit, n) == 0 && lit[n] == '\0';
}

static int
word_has(const struct detect_scratch *s, size_t i, uint32_t flag)
{
	return (s->words[i].dflags & flag) != 0;
}

/*
 * Most detectors start from a word of one of the tables (a title, a
 * month, a street word...): one whose table no word of the comment is in
 * has nothing to do, and is not run (each pass over the words costs
 * branches and cache whatever it finds).  Each detector says what it
 * starts from at its top; change that line with its rules.
 */
static int
comment_has(const struct detect_scratch *s, uint32_t wflags, uint32_t dflags)
{
#ifdef DETECT_NO_GATES
	/* tests/integration/test_scrub_gates.sh: every detector on every
	 * comment must find what the gated ones find. */
	(void)s;
	(void)wflags;
	(void)dflags;
	return 1;
#endif
	return (s->word_flags & wflags) == wflags &&
	    (dflags == 0 || (s->word_dflags & dflags) != 0);
}

/* A span of one of these kinds (DETECT_BIT) was found. */
static int
has_span_kind(const struct detect_scratch *s, unsigned kinds)
{
#ifdef DETECT_NO_GATES
	(void)s;
	(void)kinds;
	return 1;
#endif
	for (size_t i = 0; i < s->nspans; i++)
		if (kinds & DETECT_BIT(s->spans[i].kind))
			return 1;
	return 0;
}

static int is_title_word(const struct detect_scratch *s, size_t i);

/* Words i and i+1 belong to one name: one or two spaces, a hyphen or an
 * apostrophe alone ("Marie-Thérèse", "D'Almeida"), or ". " after an
 * initial or a title.  " - " or ". " after a word ends a name. */
static int
joined(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start, k = a;
	const unsigned char *u = (const unsigned char *)t;

	if (b - a == 1 && (t[a] == '-' || t[a] == '\''))
		return 1;
	if (b - a == 3 && u[a] == 0xe2 && u[a + 1] == 0x80 && u[a + 2] == 0x99)
		return 1;	/* ’ */
	if (k < b && t[k] == '.') {
		if (s->words[i].nchars != 1 && !is_title_word(s, i))
			return 0;
		k++;
		if (k < b && t[k] == '-')	/* "J.-P." */
			k++;
	}
	if (b - k > 2)
		return 0;
	for (; k < b; k++) {
		if (t[k] == ' ')
			continue;
		if (u[k] == 0xc2 && k + 1 < b && u[k + 1] == 0xa0) {
			k++;
			continue;
		}
		return 0;
	}
	return 1;
}

/* After tokenize: kept up to date by mark_words. */
static int
word_taken(const struct detect_scratch *s, size_t i)
{
	return s->words[i].touched;
}

/* The span holding word i, if any. */
static const struct detect_span *
span_of(const struct detect_scratch *s, size_t i)
{
	return s->wspan[i] >= 0 ? &s->spans[s->wspan[i]] : NULL;
}

static int
is_name_span(const struct detect_span *sp)
{
	return sp != NULL && (sp->kind == DETECT_NAME || sp->kind == DETECT_INITIAL);
}

/* Word i in "angine de Vincent", "maladie de Creutzfeldt-Jakob": an
 * eponym there, whatever the dictionary says. */
static int
eponym_position(const char *t, const struct detect_scratch *s, size_t i)
{
	/* "Creutzfeldt-Jakob": back to the first name, two steps at most */
	for (int k = 0; k < 2 && i >= 3 && s->words[i - 1].end + 1 ==
	    s->words[i].start && t[s->words[i - 1].end] == '-' &&
	    (s->words[i - 1].flags & W_CAP); k++)
		i--;
	return i >= 2 && (word_is(s, i - 1, "de") || word_is(s, i - 1, "d") ||
	    word_is(s, i - 1, "du")) &&
	    word_has(s, i - 2, D_EPOHEAD);
}

/* Preceded by "Saint-"/"Sainte-": a place or a hospital ("Saint-Martin",
 * "Sainte-Anne"), never a person. */
static int
after_saint(const struct detect_scratch *s, size_t i)
{
	return i > 0 && (word_is(s, i - 1, "saint") || word_is(s, i - 1, "sainte") ||
	    word_is(s, i - 1, "st") || word_is(s, i - 1, "ste"));
}

/* lexicon_has for word i, asked once per word. */
static int
word_lexicon(const char *t, struct detect_scratch *s, size_t i)
{
	struct detect_word *w = &s->words[i];

	if (w->lex < 0)
		w->lex = lexicon_has_cached(s, t + w->start,
		    w->end - w->start);
	return w->lex;
}

static int namelike(const struct detect_scratch *s, size_t i);
static int is_initial(const struct detect_scratch *s, size_t i);
static int is_title(const char *t, const struct detect_scratch *s, size_t i);

/* Is word j one of the parts of the row's name values? */
static int
row_name_word(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen)
{
	const struct detect_word *w = &s->words[j];

	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		const char *v = s->ctxfold.data + off[k];

		if (flen[k] == 0 || row[k].kind == DETECT_IDENT_ADDRESS)
			continue;
		for (size_t a = 0, b; a < flen[k]; a = b + 1) {
			for (b = a; b < flen[k] && v[b] != ' ' && v[b] != '\''; b++)
				;
			if (b - a == w->fold_len && b - a > 0 &&
			    memcmp(v + a, wf(s, w), b - a) == 0)
				return 1;
		}
	}
	return 0;
}

/* Word j reads as (part of) a name: a row name part or an unambiguous
 * name of the dictionary, written as a name. */
static int
name_neighbour(const struct detect_scratch *s, size_t j,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen)
{
	const struct detect_word *w = &s->words[j];

	/* "J. Petit", and "m. roux" typed fast */
	if (is_initial(s, j) || (w->nchars == 1 && (w->flags & W_DOT)) ||
	    row_name_word(s, j, row, nrow, off, flen))
		return 1;
	return namelike(s, j) && (s->words[j].dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[j].dflags & (D_AMBIG | D_EPONYM));
}

/* Word i starts a sentence: "Petit œdème", "Rose. Vue". */
static int
sentence_start(const char *t, const struct detect_scratch *s, size_t i)
{
	if (i == 0)
		return 1;
	for (size_t k = s->words[i - 1].end; k < s->words[i].start; k++) {
		if (strchr(".!?:;\n\r(\"", t[k]) != NULL)
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
static int
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
static int
subject_follows(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a;

	if (!(s->words[i].flags & (W_CAP | W_UPPER)) || i + 1 >= s->nwords)
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
static int
in_parentheses(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->start > 0 && t[w->start - 1] == '(' &&
	    w->end < s->text_len && t[w->end] == ')';
}

/*
 * May word i, which equals a part of a row name value, be taken?  Parts
 * of one or two letters never inside a word ("18h" is not the "H" of
 * GUIVARC'H) and, in a compound value, only beside the rest of it (like
 * the particles, see scan_row_names).  A value that is also an ordinary
 * word ("Petit", "Rose", "Masse") only where it is used as a name: after
 * a title or a relative ("née"), beside another name part, or written
 * with a capital where a sentence does not start (or in capitals among
 * words that are not).
 */
static int
row_part_usable(const char *t, const struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow, const size_t *off,
    const size_t *flen, int first)
{
	const struct detect_word *w = &s->words[i];

	if (w->nchars <= 2) {
		if ((i > 0 && s->words[i - 1].end == w->start) ||
		    (i + 1 < s->nwords && s->words[i + 1].start == w->end))
			return 0;	/* glued to digits or other letters */
		if (!(w->flags & (W_CAP | W_UPPER)))
			return 0;
	}
	/* Not an ordinary word, or used as a name.  The lexicon (a cache
	 * miss or two in a large table) is asked last, when the rest does
	 * not decide. */
	if (i > 0 && joined(t, s, i - 1) && (is_title(t, s, i - 1) ||
	    word_has(s, i - 1, D_RELATIVE) ||
	    name_neighbour(s, i - 1, row, nrow, off, flen)))
		return 1;
	if (i + 1 < s->nwords && joined(t, s, i) &&
	    name_neighbour(s, i + 1, row, nrow, off, flen))
		return 1;
	/* A first name as the subject ("Blanche dit être fatiguée") or
	 * in parentheses ("Mlle MEUNIER (Marine)") */
	if ((first || (w->dflags & D_FIRST)) && (subject_follows(t, s, i) ||
	    in_parentheses(t, s, i)))
		return 1;
	if (written_as_name(t, s, i))
		return 1;
	return !word_lexicon(t, (struct detect_scratch *)s, i);
}

/* Word i is a particle of a row value (v, vlen), at [a, b) of it: is the
 * value's next part the next word of the text, or its previous part the
 * previous word?  "le" of "LE GALL" only beside "gall". */
static int
particle_beside_rest(const char *t, const struct detect_scratch *s, size_t i,
    const char *v, size_t vlen, size_t a, size_t b)
{
	size_t c = b + 1, e;

	for (e = c; e < vlen && v[e] != ' ' && v[e] != '\''; e++)
		;
	if (b < vlen && i + 1 < s->nwords && joined(t, s, i) &&
	    s->words[i + 1].fold_len == e - c &&
	    memcmp(wf(s, &s->words[i + 1]), v + c, e - c) == 0)
		return 1;
	if (a > 0 && i > 0 && joined(t, s, i - 1)) {
		size_t pe = a - 1, ps;

		for (ps = pe; ps > 0 && v[ps - 1] != ' ' && v[ps - 1] != '\'';
		    ps--)
			;
		return s->words[i - 1].fold_len == pe - ps &&
		    memcmp(wf(s, &s->words[i - 1]), v + ps, pe - ps) == 0;
	}
	return 0;
}

/* The parts of one folded row value, split once (at spaces and
 * apostrophes): the word loop runs for every word of the comment. */
struct row_parts {
	uint16_t	off[MAX_PARTS], len[MAX_PARTS];
	size_t		n;
	int		compound;	/* more than one part */
};

/* A 256-bit filter of the parts' hashes (two bits each): a word whose
 * bits are not all set is no part of any row value, which is most words;
 * a word that passes is compared byte by byte as before. */
static void
bloom_add(uint64_t *bloom, uint64_t h)
{
	bloom[(h >> 6) & 3] |= (uint64_t)1 << (h & 63);
	bloom[(h >> 14) & 3] |= (uint64_t)1 << ((h >> 8) & 63);
}

static int
bloom_has(const uint64_t *bloom, uint64_t h)
{
	return (bloom[(h >> 6) & 3] >> (h & 63) & 1) &&
	    (bloom[(h >> 14) & 3] >> ((h >> 8) & 63) & 1);
}

static void
row_value_split(const char *v, size_t vlen, struct row_parts *p,
    uint64_t *bloom)
{
	p->n = 0;
	p->compound = 0;
	for (size_t a = 0, b; a < vlen && p->n < MAX_PARTS; a = b + 1) {
		uint64_t h = UTIL_FNV1A_BASIS;

		for (b = a; b < vlen && v[b] != ' ' && v[b] != '\''; b++)
			h = (h ^ (uint8_t)v[b]) * FNV_PRIME;
		p->compound |= b < vlen;
		p->off[p->n] = (uint16_t)a;
		p->len[p->n++] = (uint16_t)(b - a);
		bloom_add(bloom, h);
	}
}

/* Row value k found at the words listed in cand (ncand of them, in
 * order; all words if cand is NULL). */
static int
row_value_words(const char *t, const struct detect_value *row, size_t nrow,
    size_t k, const size_t *off, const size_t *flen, const struct row_parts *p,
    const uint32_t *cand, size_t ncand, struct detect_scratch *s)
{
	const char *v = s->ctxfold.data + off[k];
	int addr = row[k].kind == DETECT_IDENT_ADDRESS;
	size_t next = 0;	/* words before it belong to an address found */
	int r;

	for (size_t c = 0; c < ncand; c++) {
		size_t i = cand != NULL ? cand[c] : c;
		const struct detect_word *w = &s->words[i];
		const char *f;
		size_t a = flen[k], b = 0, j, q;

		if (i < next || (w->flags & W_DIGIT && !addr))
			continue;
		f = wf(s, w);
		/* Each part of the value; an address only as a run of at
		 * least two of its parts (its number and street). */
		for (q = 0; q < p->n; q++)
			if (p->len[q] == w->fold_len && v[p->off[q]] == f[0] &&
			    memcmp(v + p->off[q], f, p->len[q]) == 0) {
				a = p->off[q];
				b = a + p->len[q];
				break;
			}
		if (a >= flen[k])
			continue;
		/* "le" of "LE GALL", "n" of "N'DIAYE", "sainte" of
		 * "MARIE-SAINTE": only beside the rest of the value. */
		if (in_list(particles, v + a, b - a) && p->compound) {
			if (!particle_beside_rest(t, s, i, v, flen[k], a, b))
				continue;
		} else if (!addr && (!row_part_usable(t, s, i, row, nrow, off,
		    flen, row[k].kind == DETECT_IDENT_FIRST_NAME) ||
		    eponym_position(t, s, i)))
			continue;
		if (!addr) {
			if ((r = add_span(s, w->start, w->end, DETECT_NAME,
			    (int)k)) < 0)
				return r;
			continue;
		}
		/* Address: extend over the following words of the value. */
		for (j = i; j + 1 < s->nwords && b < flen[k]; j++) {
			size_t c2 = b + 1, e;
			for (e = c2; e < flen[k] && v[e] != ' ' && v[e] != '\''; e++)
				;
			if (!joined(t, s, j) || s->words[j + 1].fold_len != e - c2 ||
			    memcmp(wf(s, &s->words[j + 1]), v + c2, e - c2) != 0)
				break;
			b = e;
		}
		/* A one-word value (a city) stands alone. */
		if (p->n == 1 && w->fold_len >= 3) {
			if ((r = add_span(s, w->start, w->end, DETECT_ADDRESS,
			    (int)k)) < 0)
				return r;
			continue;
		}
		/* "de la" alone is not the address. */
		size_t real = 0;
		for (size_t x = i; x <= j; x++)
			real += !word_has(s, x, D_PARTICLE) &&
			    !word_has(s, x, D_STREET);
		if (j > i && real > 0) {
			if ((r = add_span(s, w->start, s->words[j].end,
			    DETECT_ADDRESS, (int)k)) < 0)
				return r;
			next = j + 1;
		}
	}
	return 0;
}

/* Words that the filter lets through, at most MAX_CAND (more: every word
 * is a candidate). */
#define MAX_CAND	128

/* The row's names and address, found word by word (any case, any
 * accents), each word of a compound value on its own. */
static int
scan_row_names(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	size_t off[MAX_ROW], flen[MAX_ROW], ncand = 0;
	struct row_parts parts[MAX_ROW];
	uint64_t bloom[4] = { 0, 0, 0, 0 };
	uint32_t cand[MAX_CAND];
	int r, any = 0;

	buf_reset(&s->ctxfold);
	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		off[k] = s->ctxfold.len;
		flen[k] = 0;
		if (row[k].kind != DETECT_IDENT_NAME &&
		    row[k].kind != DETECT_IDENT_FIRST_NAME &&
		    row[k].kind != DETECT_IDENT_LAST_NAME &&
		    row[k].kind != DETECT_IDENT_ADDRESS)
			continue;
		if ((r = norm_value(NORM_TEXT, row[k].v, row[k].len, &s->tmp)) != 0 ||
		    (r = buf_append(&s->ctxfold, s->tmp.data, s->tmp.len)) != 0)
			return r;
		flen[k] = s->ctxfold.len - off[k];
	}
	for (size_t k = 0; k < nrow && k < MAX_ROW; k++)
		if (flen[k] > 0) {
			row_value_split(s->ctxfold.data + off[k], flen[k], &parts[k],
			    bloom);
			any = 1;
		}
	if (!any)
		return 0;	/* and ctxfold may still be empty (NULL) */
	for (size_t i = 0; i < s->nwords && ncand <= MAX_CAND; i++)
		if (bloom_has(bloom, s->words[i].fhash)) {
			if (ncand < MAX_CAND)
				cand[ncand] = (uint32_t)i;
			ncand++;
		}
	for (size_t k = 0; k < nrow && k < MAX_ROW; k++) {
		if (flen[k] == 0)
			continue;
		if ((r = row_value_words(t, row, nrow, k, off, flen, &parts[k],
		    ncand <= MAX_CAND ? cand : NULL, ncand <= MAX_CAND ? ncand :
		    s->nwords, s)) != 0)
			return r;
	}
	return 0;
}

/* May word i be (part of) a name, given how it is written? */
static int
namelike(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (w->flags & W_DIGIT)
		return 0;
	if (w->flags & (W_CAP | W_UPPER))
		/* "Mme X GIR 2"; but "AIT" is a particle too ("AIT MOHAND") */
		return !word_has(s, i, D_NOTNAME) && (!word_has(s, i, D_CLINICAL) ||
		    word_has(s, i, D_PARTICLE | D_FIRST | D_LAST));
	return 0;
}

static int
is_initial(const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return w->nchars == 1 && (w->flags & W_CAP) && (w->flags & W_DOT);
}

static int
is_title_word(const struct detect_scratch *s, size_t i)
{
	return word_has(s, i, D_TITLE);
}

static int
is_title(const char *t, const struct detect_scratch *s, size_t i)
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
	/* "M" needs a dot or a capitalized word after it. */
	if (word_is(s, i, "m") && !(w->flags & W_DOT) &&
	    (i + 1 >= s->nwords || !(s->words[i + 1].flags & (W_CAP | W_UPPER))))
		return 0;
	return 1;
}

/* Particles, one or more ("Van den", "de La", "N'"), then a name:
 * "Van den Broeck", "de La Fontaine", "N'Diaye". */
static int
particle_leads_to_name(const char *t, const struct detect_scratch *s,
    size_t j)
{
	size_t k;

	for (k = j; k + 1 < s->nwords && k < j + 3 && joined(t, s, k); k++)
		if (!word_has(s, k + 1, D_PARTICLE) || (namelike(s, k + 1) &&
		    !word_has(s, k + 1, D_NOTNAME)))
			return namelike(s, k + 1) &&
			    !(s->words[k + 1].dflags & D_EPONYM);
	return 0;
}

/* Names after a title: "Mme DUPONT", "Dr J.-P. Martin", "mme dupont". */
static int
scan_titles(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a title or a relative. */
	if (!comment_has(s, 0, D_TITLE | D_RELATIVE))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j, taken = 0;

		int relative = word_has(s, i, D_RELATIVE);

		if (relative) {
			/* "Personne de confiance : Rosine VUILLEMIN" */
			size_t a = s->words[i].end, b = s->words[i + 1].start;
			/* "son compagnon M. Prévost": the title's turn */
			if (is_title(t, s, i + 1))
				continue;
			if (!((b - a == 1 && t[a] == ' ') || (b - a == 2 &&
			    t[a] == ' ' && t[a + 1] == ' ') || (b - a == 3 &&
			    memcmp(t + a, " : ", 3) == 0) || (b - a == 2 &&
			    memcmp(t + a, ": ", 2) == 0)) || !namelike(s, i + 1))
				continue;
		} else if (!is_title(t, s, i) || !joined(t, s, i))
			continue;
		for (j = i + 1; j < s->nwords && taken < MAX_NAME_WORDS &&
		    j <= i + MAX_NAME_WORDS + 3; j++) {
			const struct detect_word *w = &s->words[j];
			int ok;

			if (j > i + 1 && !joined(t, s, j - 1))
				break;
			/* All in capitals, a title does not swallow ordinary
			 * words: "MME BLANCHE MANOUKIAN CET APRÈS-MIDI",
			 * "SA FILLE APPELLE". */
			if ((w->flags & W_UPPER) && (s->words[i].flags & W_UPPER) &&
			    !(w->dflags & (D_FIRST | D_LAST)) &&
			    word_lexicon(t, s, j))
				break;
			if (is_initial(s, j))
				ok = 1;
			else if (word_has(s, j, D_PARTICLE) &&
			    particle_leads_to_name(t, s, j))
				ok = 1;
			else if (namelike(s, j))
				ok = 1;
			else if (taken > 0 && !relative && !(w->flags & W_DIGIT) &&
			    (w->dflags & (D_FIRST | D_LAST)))
				ok = 1;	/* "dr. héléna cousin" */
			else if (taken == 0 && !relative && !(w->flags & W_DIGIT) &&
			    !word_is(s, i, "m") && !word_is(s, i, "pr") &&
			    w->nchars >= 3 && !word_has(s, j, D_NOTNAME) &&
			    !(w->dflags & D_AMBIG))
				ok = 1;	/* "mme dupont": case lost */
			else
				ok = 0;
			if (!ok)
				break;
			if (w->dflags & D_EPONYM &&
			    !(w->flags & W_UPPER))
				break;	/* "Dr Parkinson" is rare; "de Parkinson" not */
			if ((r = add_span(s, w->start, w->end + (is_initial(s, j) ?
			    1 : 0), is_initial(s, j) ? DETECT_INITIAL : DETECT_NAME,
			    -1)) < 0)
				return r;
			taken += !word_has(s, j, D_PARTICLE);	/* "Van den" */
		}
	}
	return 0;
}

#define NO_WORD	((size_t)-1)

/* The word beside word i (dir -1: before, 1: after), over up to two
 * particles ("Jean Le Bihan", "Mamadou De Smet"), all joined; NO_WORD if
 * none. */
static size_t
across_particles(const char *t, const struct detect_scratch *s, size_t i,
    int dir)
{
	size_t j = i;

	for (int k = 0; k < 3; k++) {
		if (dir < 0 ? j == 0 || !joined(t, s, j - 1) :
		    j + 1 >= s->nwords || !joined(t, s, j))
			return NO_WORD;
		j = dir < 0 ? j - 1 : j + 1;
		if (!word_has(s, j, D_PARTICLE) || word_taken(s, j) || k == 2)
			return k == 2 && word_has(s, j, D_PARTICLE) ? NO_WORD : j;
	}
	return NO_WORD;
}

/* Word j is a name of the lists written as one, not a weak one (nor the
 * "h" of "Floc'h", a part of a listed name: "17H. GROS"). */
static int
listed_name(const struct detect_scratch *s, size_t j)
{
	return namelike(s, j) && (s->words[j].dflags & (D_FIRST | D_LAST)) &&
	    !(s->words[j].dflags & D_WEAK) && s->words[j].nchars >= 2;
}

/* A weak name (D_WEAK: "Duc", "Thi", "Gros") is one only right beside a
 * name found or a name of the lists that is no ordinary word ("Duc
 * PHAM"): not across a particle ("Appel de Mme X"), not beside an initial
 * ("17H. GROS"). */
static int
weak_beside(const char *t, const struct detect_scratch *s, size_t i)
{
	if (i > 0 && joined(t, s, i - 1) && (is_name_span(span_of(s, i - 1)) ||
	    (listed_name(s, i - 1) && !word_has(s, i - 1, D_AMBIG))))
		return 1;
	return i + 1 < s->nwords && joined(t, s, i) &&
	    (is_name_span(span_of(s, i + 1)) || (listed_name(s, i + 1) &&
	    !word_has(s, i + 1, D_AMBIG)));
}

/* Names from the dictionary.  A word that is also a common French word
 * ("Petit", "Blanc", "Marie") counts only next to another name. */
static int
scan_dictionary(const char *t, struct detect_scratch *s)
{
	int r, changed = 1;

	/* From a name of the dictionary (both loops). */
	if (!comment_has(s, 0, D_FIRST | D_LAST))
		return 0;
	/* Twice: an ambiguous word beside a name found in the first pass. */
	for (int pass = 0; pass < 3 && changed; pass++) {
		changed = 0;
		for (size_t i = 0; i < s->nwords; i++) {
			const struct detect_word *w = &s->words[i];
			uint32_t f;
			int left, right;

			if (w->flags & W_DIGIT || word_taken(s, i) || w->nchars < 2)
				continue;
			f = w->dflags;
			if (!(f & (D_FIRST | D_LAST)) || (f & D_EPONYM) ||
			    after_saint(s, i) || eponym_position(t, s, i))
				continue;
			size_t pl = across_particles(t, s, i, -1);
			size_t pr = across_particles(t, s, i, 1);

			left = pl != NO_WORD && (is_name_span(span_of(s, pl)) ||
			    is_initial(s, pl) || listed_name(s, pl));
			right = pr != NO_WORD && (is_name_span(span_of(s, pr)) ||
			    listed_name(s, pr));
			if (f & D_WEAK) {
				if (!(w->flags & (W_CAP | W_UPPER)) ||
				    !weak_beside(t, s, i))
					continue;
			} else if (f & D_AMBIG) {
				if (!((w->flags & (W_CAP | W_UPPER)) && (left || right)))
					continue;
			} else if (!(w->flags & (W_CAP | W_UPPER))) {
				/* lower case: "jean dupont" typed fast */
				uint32_t g = 0;
				if (i + 1 < s->nwords && joined(t, s, i))
					g = s->words[i + 1].dflags;
				if (!(g & (D_FIRST | D_LAST)) || (g & (D_AMBIG | D_EPONYM)) ||
				    !(f & D_FIRST) || !(g & D_LAST))
					continue;
				if ((r = add_span(s, s->words[i + 1].start,
				    s->words[i + 1].end, DETECT_NAME, -1)) < 0)
					return r;
			}
			if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
				return r;
			changed |= r;
		}
	}
	/* A surname the dictionary lacks, in capitals beside a first name it
	 * has: "Véronique HENNEQUART", "HENNEQUART Véronique". */
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		int beside = 0;

		if (!(w->flags & W_UPPER) || w->nchars < 3 || word_taken(s, i) ||
		    word_has(s, i, D_NOTNAME) || word_has(s, i, D_TITLE) ||
		    word_has(s, i, D_RELATIVE) || (w->dflags & D_EPONYM) ||
		    word_has(s, i, D_CLINICAL))	/* "Danuta GIR 2" */
			continue;
		for (int side = -1; side <= 1; side += 2) {
			size_t j = i + (size_t)side;
			uint32_t f;

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

/* Particles between two parts of a name go with it: "Jean-Claude LE
 * GOFF", "Marie de La Fontaine".  With the row value of the part after
 * them, so that the whole name becomes one pseudonym (finish_spans). */
static int
scan_particles(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a particle after a name found. */
	if (!comment_has(s, 0, D_PARTICLE) || !has_span_kind(s,
	    DETECT_BIT(DETECT_NAME) | DETECT_BIT(DETECT_INITIAL)))
		return 0;
	for (size_t i = 1; i < s->nwords; i++) {
		const struct detect_span *sp;
		size_t k;

		if (!word_has(s, i, D_PARTICLE) || word_taken(s, i) ||
		    !joined(t, s, i - 1) || !is_name_span(span_of(s, i - 1)))
			continue;
		for (k = i; k < s->nwords && k < i + 3 && word_has(s, k, D_PARTICLE) &&
		    !word_taken(s, k) && joined(t, s, k); k++)
			;
		if (k >= s->nwords || (sp = span_of(s, k)) == NULL ||
		    sp->kind != DETECT_NAME || k == i)
			continue;
		if ((r = add_span(s, s->words[i].start, s->words[k - 1].end,
		    DETECT_NAME, sp->ctx)) < 0)
			return r;
		i = k;
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
	return (w->dflags & (D_FIRST | D_LAST)) ||
	    !word_lexicon(t, (struct detect_scratch *)s, j);
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

/* Text typed in lower case: the names after a relative ("son fils claude
 * zimmermann", "personne de confiance : clara quiniou", "nee leroux") or a
 * title ("le pr fontaine-leclerc", "dr bonnet", "docteur françois
 * troadec"), up to four words, particles inside ("da rocha").  After a
 * relative the first word must be a name of the lists, and, if it is
 * also an ordinary word ("pierre"), followed by another name word: "sa
 * fille présente", "son fils pierre a appelé" stay. */
static int
scan_lower_names(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a relative or a title. */
	if (!comment_has(s, 0, D_RELATIVE | D_TITLE))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t a = s->words[i].end, b = s->words[i + 1].start, k, n = 0;
		int rel = lower_relative(s, i);

		if (!rel && !is_title(t, s, i))
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
			if (k == i + 1 && is_name_span(span_of(s, k))) {
				n++;
				continue;
			}
			if (n > 0 && word_has(s, k, D_PARTICLE) && !word_taken(s, k) &&
			    k + 1 < s->nwords && joined(t, s, k) &&
			    lower_name_word(t, s, k + 1))
				;	/* "da rocha": with the word after it */
			else if (!lower_name_word(t, s, k))
				break;
			if (n == 0 && rel && (!(w->dflags & (D_FIRST | D_LAST)) ||
			    (word_lexicon(t, s, k) && !(k + 1 < s->nwords &&
			    joined(t, s, k) && lower_name_word(t, s, k + 1)))))
				break;
			if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
				return r;
			n += !word_has(s, k, D_PARTICLE);
		}
	}
	return 0;
}

static int unknown_capitalized(const char *t, const struct detect_scratch *s,
    size_t i);

/* "NOM, Prénom" after a title: "Mme DOUMBIA, Garazi", "MME SIMON, MARINE".
 * The word after the comma is a first name of the lists, or (not in
 * capitals) a capitalized word no dictionary has. */
static int
scan_comma_first_names(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t i = 1; i + 1 < s->nwords; i++) {
		const struct detect_word *w = &s->words[i], *f = &s->words[i + 1];

		if (!(w->flags & W_UPPER) || f->start != w->end + 2 ||
		    t[w->end] != ',' || t[w->end + 1] != ' ' ||
		    !is_name_span(span_of(s, i)) || word_taken(s, i + 1) ||
		    !joined(t, s, i - 1) || !is_title(t, s, i - 1) ||
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

/* Word i is capitalized, no ordinary word and no word of the tables:
 * "Wojciech", "Kowalczyk", "Iparraguirre". */
static int
unknown_capitalized(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	return !(w->flags & W_DIGIT) && (w->flags & (W_CAP | W_UPPER)) &&
	    w->nchars >= 3 && !(w->dflags & (D_TITLE | D_NOTNAME | D_EPONYM |
	    D_STREET | D_RELATIVE | D_PARTICLE | D_CLINICAL)) &&
	    !word_taken(s, i) &&
	    !word_lexicon(t, (struct detect_scratch *)s, i) &&
	    !eponym_position(t, s, i) && !after_saint(s, i);
}

/* Word j may anchor an unknown word as a name: a first name of the
 * dictionary written with a capital ("Jean Le Bihan", "Rose Kerbrat"),
 * or another unknown capitalized word ("Aïssatou Paoli"). */
static int
name_anchor(const char *t, const struct detect_scratch *s, size_t j)
{
	const struct detect_word *w = &s->words[j];

	if (word_taken(s, j) || (w->flags & W_DIGIT) || eponym_position(t, s, j))
		return 0;
	if ((w->flags & (W_CAP | W_UPPER)) && (w->dflags & D_FIRST) &&
	    !(w->dflags & (D_NOTNAME | D_TITLE | D_EPONYM | D_WEAK)) &&
	    w->nchars >= 2)
		return 1;
	return unknown_capitalized(t, s, j);
}

/* Two words of one name that no list knows: the unknown word i and an
 * anchor beside it, particles between ("Jean Le Bihan"). */
static int
scan_unknown_pairs(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a capitalized word. */
	if (!comment_has(s, W_CAP, 0) && !comment_has(s, W_UPPER, 0))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t k = i + 1;

		if (!(s->words[i].flags & (W_CAP | W_UPPER)))
			continue;
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
		    !name_anchor(t, s, k))
			continue;
		if ((r = add_span(s, s->words[i].start, s->words[k].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		i = k;
	}
	return 0;
}

/* A name's other words: an unknown capitalized word joined to a name
 * ("Wojciech MOREL", "Maïwenn Kowalczyk"), and a letter or two glued to
 * it by an apostrophe ("Guivarc'h").  Twice, so that two unknown words
 * beside a known one are both taken. */
static int
scan_name_neighbours(const char *t, struct detect_scratch *s)
{
	int r, added = 1;

	/* Beside a name found. */
	if (!has_span_kind(s, DETECT_BIT(DETECT_NAME)))
		return 0;
	for (int pass = 0; pass < 2 && added; pass++) {
		added = 0;
		for (size_t i = 0; i < s->nwords; i++) {
			const struct detect_span *l = NULL, *rt = NULL;
			size_t pl, pr;

			if (word_taken(s, i) || (s->words[i].flags & W_DIGIT) ||
			    (!(s->words[i].flags & (W_CAP | W_UPPER)) &&
			    s->words[i].nchars > 2))
				continue;
			pl = across_particles(t, s, i, -1);
			pr = across_particles(t, s, i, 1);

			if (pl != NO_WORD)
				l = span_of(s, pl);
			if (pr != NO_WORD)
				rt = span_of(s, pr);
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
			/* someone else's word, or a part the row lacks */
			if (!unknown_capitalized(t, s, i))
				continue;
			if ((r = add_span(s, s->words[i].start, s->words[i].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			added |= r;
		}
	}
	return 0;
}

/* ---- names after a relation or a role (issue 10) ---- */

/*
 * "sa fille Aminata passera", "famille : Tiago", "le voisin du dessus
 * santu filippi", "l'aide à domicile (Krzysztof)", "Visite de le curateur
 * (Aloyse)", "vu par sa belle-fille battittu elizondo": after a relation
 * or a role (the relatives table, and relation_nouns), or a verb and a
 * preposition that announce a person (relation_cues), over determiners,
 * other relations and their complements ("du dessus", "à domicile", "de
 * vie", "de santé"), lower-case titles and " : " or " (", the next one to
 * four words that are no ordinary word (the lexicon), no word of the
 * tables and no clinical abbreviation are a name, in any case; a name of
 * the lists that is also a word ("Rose", "Céleste") counts written with a
 * capital or before another name word ("olive nowak"), and particles go
 * with the words they join ("dos santos", "Le Berre", "AIT OUALI", "Van
 * Hung").  "sa fille présente", "famille prévenue", "vu par le médecin",
 * "appel de la pharmacie" stay.
 */

/* Word i is a title, in any case, with its dot ("le curateur m. dos
 * santos", "MT : Dr"). */
static int
relation_title(const struct detect_scratch *s, size_t i)
{
	return word_has(s, i, D_TITLE);
}

/* May the bytes between words i and i+1 lie inside a relation phrase:
 * spaces, " : ", " (", an apostrophe or a hyphen ("l'aide",
 * "belle-fille"), a dot after a title ("m. dos santos")? */
static int
relation_gap(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start;
	const unsigned char *u = (const unsigned char *)t;

	if (b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		/* not "veuf(ve)", "Accompagné(e)" */
		if (t[k] == '(' && k == a)
			return 0;
		if (t[k] == ' ' || t[k] == ':' || t[k] == '(' || t[k] == '\'' ||
		    t[k] == '-')
			continue;
		if (t[k] == '.' && k == a && relation_title(s, i))
			continue;
		if (u[k] == 0xc2 && k + 1 < b && u[k + 1] == 0xa0) {
			k++;
			continue;
		}
		if (u[k] == 0xe2 && k + 2 < b && u[k + 1] == 0x80 &&
		    u[k + 2] == 0x99) {	/* ’ */
			k += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

/* The word after the cue that ends at word i ("appel de", "vu par",
 * "son voisin", "prévenu"), or NO_WORD if word i ends none. */
static size_t
relation_cue_end(const char *t, const struct detect_scratch *s, size_t i)
{
	if (word_has(s, i, D_RELATIVE | D_RELATION))
		/* "née X", "dit X", "ne veut" are the title rules' */
		return word_is(s, i, "ne") || word_is(s, i, "dit") ||
		    word_is(s, i, "dite") ? NO_WORD : i + 1;
	if (!word_has(s, i, D_RELCUE))
		return NO_WORD;
	for (size_t c = 0; c < sizeof(relation_cues) / sizeof(relation_cues[0]);
	    c++) {
		size_t p = i + 1;

		if (!word_is(s, i, relation_cues[c].w))
			continue;
		if (relation_cues[c].prep == NULL)
			return i + 1;
		/* "Accompagné(e) de" */
		if (p + 1 < s->nwords && (word_is(s, p, "e") ||
		    word_is(s, p, "es")) && t[s->words[p].start - 1] == '(')
			p++;
		if (p < s->nwords && word_is(s, p, relation_cues[c].prep) &&
		    s->words[p].start - s->words[p - 1].end <= 3 &&
		    memchr(t + s->words[p - 1].end, '.',
		    s->words[p].start - s->words[p - 1].end) == NULL)
			return p + 1;
	}
	return NO_WORD;
}

/* Word j may be a word of the name after a relation: no word of the
 * tables (a month only after a first name: "Thi Mai"; an eponym only if
 * also a name of the lists: "Gilbert"), and no ordinary word unless used
 * as a name: a name of the lists with a capital, or after a name word
 * ("coulibaly moussa"), or before one ("olive nowak", "laurent
 * vigneron"); any word with a capital before a name word that is no
 * ordinary word ("Rosette JEAN-LOUIS") or alone in parentheses ("sa
 * voisine (Materne)"). */
static int
relation_name_word(const char *t, struct detect_scratch *s, size_t j,
    int prev)
{
	const struct detect_word *w = &s->words[j];
	uint32_t f = w->dflags;

	if ((w->flags & W_DIGIT) || w->nchars < 2 || (f & (D_TITLE |
	    D_NOTNAME | D_RELATIVE | D_RELATION | D_RELCUE | D_BRIDGE |
	    D_STREET | D_UNIT | D_PLACE | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_CLINICAL | D_SUBJVERB | D_PARTICLE)) ||
	    ((f & D_EPONYM) && !(f & (D_FIRST | D_LAST))) ||
	    ((f & D_MONTH) && (!prev || !(w->flags & W_CAP) ||
	    (j + 1 < s->nwords && (s->words[j + 1].flags & W_DIGIT)))) ||
	    eponym_position(t, s, j) || after_saint(s, j))
		return 0;
	if (!word_lexicon(t, s, j))
		return 1;
	if ((f & (D_FIRST | D_LAST)) && ((w->flags & (W_CAP | W_UPPER)) ||
	    prev))
		return 1;
	if (prev < 0)
		return 0;	/* looking ahead: one word */
	if ((w->flags & (W_CAP | W_UPPER)) && (in_parentheses(t, s, j) ||
	    written_as_name(t, s, j)))
		return 1;	/* "(Materne)", "son voisin Olive" */
	if (j + 1 >= s->nwords || !joined(t, s, j) ||
	    (word_taken(s, j + 1) && !is_name_span(span_of(s, j + 1))))
		return 0;
	if (is_name_span(span_of(s, j + 1)))
		return (w->flags & (W_CAP | W_UPPER)) != 0;
	if (!relation_name_word(t, s, j + 1, -1))
		return 0;
	/* capitalized before an unknown word; a first name before a name */
	return ((w->flags & (W_CAP | W_UPPER)) && !word_lexicon(t, s, j + 1)) ||
	    ((f & D_FIRST) && (!word_lexicon(t, s, j + 1) ||
	    (s->words[j + 1].dflags & (D_FIRST | D_LAST))));
}

/* The name after the relation phrase that starts at word k (its bridge
 * words first); 0 or -ENOMEM. */
static int
relation_name(const char *t, struct detect_scratch *s, size_t k, size_t cue)
{
	size_t n = 0, j, first;
	int r, prev = 0;

	for (; k < s->nwords && k < cue + 8; k++) {
		if (!relation_gap(t, s, k - 1) || word_taken(s, k))
			return 0;
		if (!word_has(s, k, D_RELATIVE | D_RELATION | D_BRIDGE |
		    D_TITLE))
			break;
	}
	if (k >= s->nwords || k >= cue + 8)
		return 0;
	first = k;
	/* "la kiné Le Berre", "LA DIET LE BRIS": a capitalized particle
	 * before the name is the name's; so is "le"/"la" right after the
	 * preposition of a verb ("msg laissé à le meur youenn": "à le" is
	 * no French) */
	if (k > cue + 1 && word_has(s, k - 1, D_PARTICLE) &&
	    ((s->words[k - 1].flags & W_CAP) || ((s->words[k - 1].flags &
	    W_UPPER) && !(s->words[k - 2].flags & W_UPPER)) ||
	    (k == cue + 3 && word_has(s, cue, D_RELCUE) &&
	    !word_has(s, cue, D_RELATION | D_RELATIVE))) &&
	    relation_name_word(t, s, k, 0))
		first = k - 1;
	for (j = first; j < s->nwords && n < MAX_NAME_WORDS; j++) {
		if (j > first && !joined(t, s, j - 1))
			break;
		if (word_taken(s, j)) {
			if (!is_name_span(span_of(s, j)))
				break;
			n++;
			prev = 1;
			continue;
		}
		/* "dos santos", "n'guessan", "AIT OUALI", "Van Hung" */
		if (word_has(s, j, D_PARTICLE) && j + 1 < s->nwords &&
		    joined(t, s, j) && (is_name_span(span_of(s, j + 1)) ||
		    (!word_taken(s, j + 1) &&
		    relation_name_word(t, s, j + 1, prev)))) {
			if ((r = add_span(s, s->words[j].start, s->words[j].end,
			    DETECT_NAME, -1)) < 0)
				return r;
			continue;
		}
		if (!relation_name_word(t, s, j, prev))
			break;
		if ((r = add_span(s, s->words[j].start, s->words[j].end,
		    DETECT_NAME, -1)) < 0)
			return r;
		n++;
		prev = 1;
	}
	return 0;
}

static int
scan_relations(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a relation, a role or a verb that announces a person. */
	if (!comment_has(s, 0, D_RELATIVE | D_RELATION | D_RELCUE))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t k;

		if (!word_has(s, i, D_RELATIVE | D_RELATION | D_RELCUE) ||
		    (k = relation_cue_end(t, s, i)) == NO_WORD ||
		    k >= s->nwords)
			continue;
		if ((r = relation_name(t, s, k, i)) < 0)
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
 * often as his initial).  The row's first name value, or -1. */
static int
m_initial_of_row(const char *t, struct detect_scratch *s, size_t i,
    const struct detect_value *row, size_t nrow)
{
	const struct detect_span *sp;

	if (!word_is(s, i, "m") || !(s->words[i].flags & W_DOT) ||
	    word_taken(s, i) || i + 1 >= s->nwords || !joined(t, s, i) ||
	    (sp = span_of(s, i + 1)) == NULL || sp->kind != DETECT_NAME ||
	    sp->ctx < 0 || (size_t)sp->ctx >= nrow ||
	    (row[sp->ctx].kind != DETECT_IDENT_LAST_NAME &&
	    row[sp->ctx].kind != DETECT_IDENT_NAME))
		return -1;
	for (size_t k = 0; k < nrow; k++)
		if (row[k].kind == DETECT_IDENT_FIRST_NAME && row[k].len > 0 &&
		    (row[k].v[0] | 32) == 'm' && row_first_female(s, &row[k]))
			return (int)k;
	return -1;
}

/* An initial beside a name ("J. DUPONT", "DUPONT J."): with the row's
 * first name when its first letter agrees. */
static int
scan_initials(const char *t, const struct detect_value *row, size_t nrow,
    struct detect_scratch *s)
{
	int r;

	/* From a letter and a dot, beside a name found. */
	if (!comment_has(s, W_DOT, 0) || !has_span_kind(s,
	    DETECT_BIT(DETECT_NAME) | DETECT_BIT(DETECT_INITIAL)))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		int ctx = -1;

		const struct detect_word *w = &s->words[i];
		const struct detect_span *sp;

		if ((ctx = m_initial_of_row(t, s, i, row, nrow)) >= 0) {
			if ((r = add_span(s, w->start, w->end + 1,
			    DETECT_INITIAL, ctx)) < 0)
				return r;
			continue;
		}
		/* "p. pietri" in lower-case text: beside the row's own name
		 * ("m." there is the title). */
		if (w->nchars == 1 && (w->flags & W_DOT) && !(w->flags & W_CAP) &&
		    !word_has(s, i, D_TITLE) &&
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

/* Words that say the number after them is a patient's or a stay's
 * identifier ("NIP 779679", "N° dossier 2021/92822", "n° séjour
 * 18-992225"), and the small words that may stand between ("n°", "de"). */
static const char *const id_labels[] = {
	"ipp", "nip", "nda", "dossier", "sejour", "prelevement", "episode",
	"venue", "ins", NULL,
};
static const char *const id_label_fillers[] = {
	"n", "no", "num", "numero", "de", "du", "d", "le", "l", NULL,
};

/* Word k is an id label, or a filler after one; between the words
 * nothing but a few spaces, colons or signs ("NDA : ", "N° "). */
static int
id_label_before(const char *t, const struct detect_scratch *s, size_t j)
{
	for (size_t k = j, hops = 0; k > 0 && hops < 4; k--, hops++) {
		const struct detect_word *w = &s->words[k - 1];
		const char *f = wf(s, w);

		if (s->words[k].start - w->end > 4 ||
		    memchr(t + w->end, ',', s->words[k].start - w->end) ||
		    memchr(t + w->end, ';', s->words[k].start - w->end) ||
		    (w->flags & W_DIGIT))
			return 0;
		if (in_list(id_labels, f, w->fold_len))
			return 1;
		if (!in_list(id_label_fillers, f, w->fold_len))
			return 0;
	}
	return 0;
}

/* An identifier after its label, of any length from 5 digits and with
 * "/", "-" or "." between its groups: the `digits` option is for numbers
 * that nothing names.  The row's own id keeps its pseudonym. */
static int
scan_labeled_ids(const char *t, size_t len, const struct detect_value *row,
    size_t nrow, struct detect_scratch *s)
{
	for (size_t j = 1; j < s->nwords; j++) {
		char d[40];
		size_t e = j, n = 0;
		int r;

		if (!(s->words[j].flags & W_DIGIT) || word_taken(s, j))
			continue;
		for (;;) {
			const struct detect_word *w = &s->words[e];

			for (size_t b = w->start; b < w->end && n < sizeof(d); b++)
				d[n++] = t[b];
			if (e + 1 >= s->nwords || !(s->words[e + 1].flags & W_DIGIT) ||
			    s->words[e + 1].start != w->end + 1 ||
			    strchr("/-.", t[w->end]) == NULL)
				break;
			e++;
		}
		if (n < 5 || n >= sizeof(d) || (s->words[e].end < len &&
		    is_alnum_byte(t[s->words[e].end])) ||
		    !id_label_before(t, s, j)) {
			j = e;
			continue;
		}
		r = add_span(s, s->words[j].start, s->words[e].end, DETECT_ID,
		    ctx_match_digits(row, nrow, DETECT_IDENT_ID, d, n, 0));
		if (r < 0)
			return r;
		j = e;
	}
	return 0;
}

static int is_measure_unit(const char *w, size_t n);

static int
digits_value(const char *p, size_t n)
{
	int v = 0;

	for (size_t i = 0; i < n && p[i] >= '0' && p[i] <= '9'; i++)
		v = v * 10 + (p[i] - '0');
	return v;
}

/* Before a month alone, words that place an event in it ("mi-mars",
 * "début juin", "fin janvier", "courant mars", "dès décembre"). */
static const char *const month_alone_cues[] = {
	"mi", "debut", "fin", "courant", "des", "en", "depuis", "mois",
	"jusqu'en", "avant", "apres", NULL,
};

/* After a day and a month: words that make "le 3/4" a quantity ("le 3/4
 * du comprimé", "le 12 mars 20 mg"). */
static const char *const not_after_date[] = {
	"de", "d", "du", "des", "dose", "doses", "comprime", "comprimes", NULL,
};

static const char *const weekdays[] = {
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	NULL,
};

/* The month word i names, 0 if none; *abbrev: written abbreviated. */
static int
month_of(const struct detect_scratch *s, size_t i, int *abbrev)
{
	*abbrev = 0;
	if (!word_has(s, i, D_MONTH))
		return 0;
	for (int k = 0; months[k] != NULL; k++)
		if (word_is(s, i, months[k]))
			return k + 1;
	for (size_t k = 0; k < sizeof(month_abbrevs) / sizeof(month_abbrevs[0]);
	    k++)
		if (word_is(s, i, month_abbrevs[k].w)) {
			*abbrev = 1;
			return month_abbrevs[k].month;
		}
	return 0;
}

/* What follows the number word i: not a unit, a time, a decimal or
 * another number ("le 12 mars 20 mg", "mardi 7h", "25 juin 45,5"). */
static int
number_stands_alone(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	size_t e = s->words[i].end;

	if (e < len && (is_alnum_byte(t[e]) || t[e] == ':' || t[e] == '%'))
		return 0;
	if (e + 1 < len && strchr(",./-", t[e]) != NULL && util_is_digit(t[e + 1]))
		return 0;
	/* The next word, after spaces only ("refait le 16/5, M. X" is a
	 * date); a time after it is no quantity ("samedi 18/01 14h"). */
	if (i + 1 < s->nwords && s->words[i + 1].start - e <= 2 &&
	    t[e] == ' ' && (s->words[i + 1].start == e + 1 || t[e + 1] == ' ')) {
		const struct detect_word *u = &s->words[i + 1];

		if (is_measure_unit(wf(s, u), u->fold_len) ||
		    in_list(not_after_date, wf(s, u), u->fold_len))
			return 0;
		if ((u->flags & W_DIGIT) && !(u->end < len && (t[u->end] == ':' ||
		    (t[u->end] | 32) == 'h')))
			return 0;
	}
	return 1;
}

/* "12 mars 2021", "1er mars 2021", "11 juil. 1945"; with two digits for
 * the year, "25 juin 45" (DATE_PIVOT_YY of datefmt.c: 1945). */
static int
scan_text_dates(const char *t, size_t len, struct detect_scratch *s)
{
	int r;

	/* From a number before a month. */
	if (!comment_has(s, W_DIGIT, D_MONTH))
		return 0;
	for (size_t i = 0; i + 2 < s->nwords; i++) {
		const struct detect_word *d = &s->words[i], *y;
		size_t m = i + 1, yn;
		int month, abbrev, day, year;

		if (!(d->flags & W_DIGIT) || d->end - d->start > 2)
			continue;
		if (word_is(s, m, "er"))
			m++;
		if (m + 1 >= s->nwords)
			continue;
		month = month_of(s, m, &abbrev);
		y = &s->words[m + 1];
		yn = y->end - y->start;
		if (!month || !(y->flags & W_DIGIT) || (yn != 4 && yn != 2) ||
		    (s->words[m].start - d->end) > 4 || y->start - s->words[m].end > 2)
			continue;
		if (yn == 2 && !number_stands_alone(t, len, s, m + 1))
			continue;
		/* The text is not NUL-terminated: read the words' digits only. */
		day = digits_value(t + d->start, d->end - d->start);
		year = digits_value(t + y->start, yn);
		if (yn == 2)
			year += year <= 30 ? 2000 : 1900;
		struct date_value dv;
		char buf[16];
		int n = snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month,
		    day);
		if (n != 10 || date_parse(buf, 10, &dv) != 0)
			continue;
		if ((r = add_span(s, d->start, y->end, DETECT_DATE, -1)) < 0)
			return r;
		if (r == 1) {
			dv.year_digits = (int)yn;
			s->spans[s->nspans - 1].date = dv;
			s->spans[s->nspans - 1].text_month = abbrev ?
			    DETECT_MONTH_ABBREV : DETECT_MONTH_WORD;
		}
	}
	return 0;
}

/* A partial date: the span and its parsed value (year 2001 stands for
 * none, 2000 for a 29 February; day 15 for none), in the shape written:
 * the separator and the digits of day and month ("03.04", "25/3"). */
static int
add_partial_date(struct detect_scratch *s, size_t a, size_t b,
    const struct date_value *shape, int part, int text_month)
{
	struct date_value dv;
	char buf[16];
	int n, r;

	n = snprintf(buf, sizeof(buf), "%04d-%02d-%02d", shape->year,
	    shape->month, shape->day);
	if (n != 10 || date_parse(buf, 10, &dv) != 0)
		return 0;
	if ((r = add_span(s, a, b, DETECT_DATE, -1)) == 1) {
		dv.sep = shape->sep;
		dv.day_digits = shape->day_digits;
		dv.month_digits = shape->month_digits;
		s->spans[s->nspans - 1].date = dv;
		s->spans[s->nspans - 1].text_month = text_month;
		s->spans[s->nspans - 1].partial = part;
	}
	return r;
}

/* A cue before word i that announces a date: any of date_cues for
 * "18/08"; for a one-digit day or month ("le 25/3", "du 2/10") or a dot
 * ("le 03.04") not the weak ones ("EVA 3/10 et 4/10" is a score, "vers
 * 11.05" a time); or two and two digits alone in parentheses ("(10/04)",
 * "(03.03)"). */
static int
numeric_date_cue(const struct detect_scratch *s, size_t i, int one_digit,
    int dot, int in_parens)
{
	int strong_only = one_digit || dot;

	static const char *const weak[] = { "et", "a", "en", "pour", "vers",
	    "ce", "entre", "cs", "consultation", "vu", "vue", NULL };
	const struct detect_word *p;

	if (in_parens && !one_digit)
		return 1;
	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if ((p->flags & W_DIGIT) || !word_has(s, i - 1, D_DATECUE))
		return 0;
	return !strong_only || !in_list(weak, wf(s, p), p->fold_len);
}

/* "18/08", "03.04", "25/3", "2/10" after a cue word, not "18/08/..." nor
 * "2.5 mg"; a dot only between two digits and two. */
static int
try_numeric_partial(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *m;
	struct date_value sh = { 0 };
	size_t dn = w->end - w->start, mn;
	char sep;

	if (i + 1 >= s->nwords || w->end >= len)
		return 0;
	m = &s->words[i + 1];
	mn = m->end - m->start;
	sep = t[w->end];
	if ((sep != '/' && sep != '.') || m->start != w->end + 1 ||
	    !(m->flags & W_DIGIT) || mn > 2 || (sep == '.' && (dn != 2 ||
	    mn != 2)) || (m->end < len && (t[m->end] == '/' ||
	    t[m->end] == '.') && m->end + 1 < len &&
	    util_is_digit(t[m->end + 1])) || word_taken(s, i + 1) ||
	    !number_stands_alone(t, len, s, i + 1) ||
	    !numeric_date_cue(s, i, dn == 1 || mn == 1, sep == '.',
	    w->start > 0 && t[w->start - 1] == '(' && m->end < len &&
	    t[m->end] == ')'))
		return 0;
	sh.year = 2001;
	sh.month = digits_value(t + m->start, mn);
	sh.day = digits_value(t + w->start, dn);
	if (sh.month == 2 && sh.day == 29)
		sh.year = 2000;
	sh.sep = sep;
	sh.day_digits = (int)dn;
	sh.month_digits = (int)mn;
	return add_partial_date(s, w->start, m->end, &sh, DETECT_PART_NO_YEAR,
	    DETECT_MONTH_DIGITS);
}

/* From a day number at word i: "3 mars", "1er mai", "17 juil" (not "3
 * mars 2021": a full date), "18/08", "03.04", or "mardi 7". */
static int
partial_from_day(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	struct date_value sh = { 0 };
	size_t m = i + 1;
	int month, abbrev;

	sh.day = digits_value(t + w->start, w->end - w->start);
	sh.year = 2001;
	sh.day_digits = (int)(w->end - w->start);
	if (m < s->nwords && word_is(s, m, "er") && s->words[m].start == w->end)
		m++;
	if (m < s->nwords && (month = month_of(s, m, &abbrev)) != 0 &&
	    s->words[m].start - s->words[m - 1].end <= 2 && !word_taken(s, m)) {
		sh.month = month;
		if (month == 2 && sh.day == 29)
			sh.year = 2000;
		return add_partial_date(s, w->start, s->words[m].end, &sh,
		    DETECT_PART_NO_YEAR, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	if (m == i + 1 && w->end + 1 < len && (t[w->end] == '/' ||
	    t[w->end] == '.') && util_is_digit(t[w->end + 1]))
		return try_numeric_partial(t, len, s, i);
	/* "passera mardi 7": a day of this month; January stands in. */
	if (i > 0 && !(s->words[i - 1].flags & W_DIGIT) &&
	    s->words[i].start - s->words[i - 1].end <= 2 &&
	    in_list(weekdays, wf(s, &s->words[i - 1]), s->words[i - 1].fold_len) &&
	    number_stands_alone(t, len, s, i) && sh.day >= 1 && sh.day <= 31) {
		sh.month = 1;
		return add_partial_date(s, w->start, w->end, &sh,
		    DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS);
	}
	return 0;
}

/* From a month word at i: "mars 2021", "nov 2019" (a day of 15 stands in),
 * or a month alone after a word that places an event in it ("mi-mars",
 * "fin janvier": docs/scrub.md says why they are taken). */
static int
partial_from_month(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;
	struct date_value sh = { 0 };
	size_t m = i + 1;
	int abbrev;

	if ((sh.month = month_of(s, i, &abbrev)) == 0)
		return 0;
	sh.day = 15;
	if (m < s->nwords && (s->words[m].flags & W_DIGIT) &&
	    s->words[m].end - s->words[m].start == 4 &&
	    s->words[m].start - w->end <= 2 && !word_taken(s, m)) {
		sh.year = digits_value(t + s->words[m].start, 4);
		if (sh.year < 1900 || sh.year > 2100)
			return 0;
		return add_partial_date(s, w->start, s->words[m].end, &sh,
		    DETECT_PART_NO_DAY, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	if (abbrev || i == 0)
		return 0;
	p = &s->words[i - 1];
	if (w->start - p->end > 2 || (p->flags & W_DIGIT) ||
	    !in_list(month_alone_cues, wf(s, p), p->fold_len))
		return 0;
	sh.year = 2001;
	return add_partial_date(s, w->start, w->end, &sh, DETECT_PART_MONTH_ONLY,
	    DETECT_MONTH_WORD);
}

/* Dates without a year, a day or both, which shift like the others: "le 3
 * mars", "1er mai", "mars 2021", "le 18/08", "le 03.04", "mardi 7",
 * "mi-mars" (docs/scrub.md). */
static int
scan_partial_dates(const char *t, size_t len, struct detect_scratch *s)
{
	int r = 0;

	/* A number ("(03.03)" needs no cue word), or a month. */
	if (!comment_has(s, W_DIGIT, 0) && !comment_has(s, 0, D_MONTH))
		return 0;
	for (size_t i = 0; i < s->nwords && r >= 0; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if ((w->flags & W_DIGIT) && w->end - w->start <= 2)
			r = partial_from_day(t, len, s, i);
		else if (!(w->flags & W_DIGIT))
			r = partial_from_month(t, s, i);
	}
	return r < 0 ? r : 0;
}

/* Between words i and i + 1 of an address: spaces, and at most one comma
 * or hyphen ("12, rue", "Brest - CEDEX"). */
static int
addr_gap(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t a = s->words[i].end, b = s->words[i + 1].start, marks = 0;

	if (b - a > 4)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == '-' || t[k] == '\'')
			marks++;
		else if (t[k] != ' ' && t[k] != '.')
			return 0;
	}
	return marks <= 1;
}

static int
is_postcode(const char *t, const struct detect_word *w)
{
	int d;

	if (!(w->flags & W_DIGIT) || w->end - w->start != 5)
		return 0;
	/* Départements 01-95 (Corsica's 2A/2B are 20xxx), overseas 971-976,
	 * Monaco 980, the Pacific 986-988 (La Poste). */
	d = digits_value(t + w->start, 3);
	return (d >= 10 && d <= 959) || (d >= 971 && d <= 976) || d == 980 ||
	    (d >= 986 && d <= 988);
}

/* Between an address's last byte and byte b: spaces and at most one
 * comma, hyphen, slash or opening parenthesis ("..., 29200", "... /
 * 69008", "... - 20250", "Tolbiac (75013)"). */
static int
postcode_gap(const char *t, size_t a, size_t b)
{
	size_t marks = 0;

	if (b - a > 4 || b == a)
		return 0;
	for (size_t k = a; k < b; k++) {
		if (t[k] == ',' || t[k] == '-' || t[k] == '/' || t[k] == '(')
			marks++;
		else if (t[k] != ' ')
			return 0;
	}
	return marks <= 1;
}

/* The address span that word i - 1 ends, or NULL; a date inside a
 * street's name counts ("rue du 8 mai 1945 59000 Lille": the date
 * detector took "8 mai 1945" from the street). */
static const struct detect_span *
address_before(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp, *st;
	size_t d;

	if (i == 0 || (sp = span_of(s, i - 1)) == NULL)
		return NULL;
	if (sp->kind == DETECT_ADDRESS)
		return sp;
	if (sp->kind != DETECT_DATE || (d = word_at(s, sp->start)) == 0 ||
	    (st = span_of(s, d - 1)) == NULL || st->kind != DETECT_ADDRESS ||
	    !joined(t, s, d - 1))
		return NULL;
	return sp;
}

/* Word i follows an address (a span of it ends just before). */
static int
after_address(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp = address_before(t, s, i);

	return sp != NULL && postcode_gap(t, sp->end, s->words[i].start);
}

/* A city written before its postcode, after an address ("166 Imp.
 * Gambetta / LYON 69008", "ld Ty Nevez - 20250 CORTE", "CORTE 20250"):
 * the first word of up to four capitalized or upper-case words joined by
 * spaces or hyphens right before postcode word i, or i itself. */
static size_t
city_before(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t c = i;

	const struct detect_word *w = &s->words[i];
	int paren = w->start > 0 && t[w->start - 1] == '(' &&
	    w->end < s->text_len && t[w->end] == ')';

	/* "Saint-Denis (93200)": the parentheses say it is a postcode */
	if (i == 0 || w->start - s->words[i - 1].end > 2 ||
	    !(joined(t, s, i - 1) || (paren && w->start - s->words[i -
	    1].end == 2 && t[w->start - 2] == ' ')))
		return i;
	/* "POINTE-À-PITRE": "à" inside a hyphenated name */
	while (c > 0 && i - c < 4 && !word_taken(s, c - 1) &&
	    !(s->words[c - 1].flags & W_DIGIT) &&
	    !word_has(s, c - 1, D_CLINICAL | D_TITLE) &&
	    (c == i || joined(t, s, c - 1)) &&
	    (!word_has(s, c - 1, D_NOTNAME) || (c < i &&
	    s->words[c].start == s->words[c - 1].end + 1 &&
	    t[s->words[c - 1].end] == '-')))
		c--;
	if (c == i || !(paren || after_address(t, s, c)))
		return i;
	return c;
}

/* A city after a postcode: capitalized words, words joined by hyphens
 * ("Villeneuve-sur-Lot"), "CEDEX" and its number.  The last word. */
static size_t
city_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t j = i, k;

	/* "SAINT-JEAN-PIED-DE-PORT Cedex 9": nine words at most */
	for (k = i + 1; k < s->nwords && k <= i + 9; k++) {
		const struct detect_word *w = &s->words[k];
		int hyphen = w->start == s->words[k - 1].end + 1 &&
		    t[w->start - 1] == '-';

		if (w->flags & W_DIGIT) {
			if (!word_is(s, k - 1, "cedex") || !joined(t, s, k - 1))
				break;
		} else if (k == i + 1 ? !addr_gap(t, s, k - 1) ||
		    (memchr(t + s->words[i].end, '-', w->start -
		    s->words[i].end) != NULL && !word_is(s, k, "cedex")) :
		    !(joined(t, s, k - 1) || hyphen))
			break;	/* "56100 - Recherche": no city */
		else if (word_has(s, k, D_NOTNAME) && !hyphen &&
		    !(word_has(s, k, D_PARTICLE) && (w->flags & W_CAP)))
			break;	/* "La Rochelle", "Le Gosier" go on */
		else if (!(w->flags & (W_CAP | W_UPPER)) && !hyphen &&
		    k != i + 1 && !word_is(s, k, "cedex"))
			break;	/* the first word in any case: "22500 paimpol" */
		j = k;
	}
	return j;
}

/* A postcode and its city after an address, or after "CP". */
static int
scan_postcodes(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a number of five digits. */
	if (!comment_has(s, W_DIGIT, 0))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		size_t c, e;
		int after = 0;

		if (!is_postcode(t, &s->words[i]) || word_taken(s, i) || i == 0)
			continue;
		if ((c = city_before(t, s, i)) < i) {
			/* "LYON 69008", "BASTIA 20200 CEDEX" */
			e = i;
			if (i + 1 < s->nwords && word_is(s, i + 1, "cedex") &&
			    joined(t, s, i))
				e = city_end(t, s, i);
			if ((r = add_span(s, s->words[c].start, s->words[e].end,
			    DETECT_ADDRESS, -1)) < 0)
				return r;
			continue;
		}
		if (after_address(t, s, i))
			after = 1;
		else if (word_is(s, i - 1, "cp") || word_is(s, i - 1, "postal"))
			after = 1;
		if (!after)
			continue;
		if ((r = add_span(s, s->words[i].start,
		    s->words[city_end(t, s, i)].end, DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}

/* Span k starts earlier, at byte `start`: the bytes and words between
 * become its own. */
static void
extend_left(struct detect_scratch *s, size_t k, size_t start)
{
	for (size_t b = start; b < s->spans[k].start; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	s->spans[k].start = start;
	mark_words(s, k);
}

/* Words k - 1 and k of an address: joined, or after an abbreviation's
 * dot ("Rés. Ker Avel", "Av. des Mouettes"). */
static int
place_joined(const char *t, const struct detect_scratch *s, size_t k)
{
	size_t a = s->words[k - 1].end, b = s->words[k].start;

	if (joined(t, s, k - 1))
		return 1;
	return (s->words[k - 1].flags & W_DOT) && b - a >= 2 && b - a <= 3 &&
	    t[a + 1] == ' ' && (b - a == 2 || t[a + 2] == ' ');
}

/* Word k is a unit with its value ("appt 5A", "porte 7", "esc. c"): a
 * street's name stops before it. */
static int
unit_follows(const struct detect_scratch *s, size_t k)
{
	const struct detect_word *n = &s->words[k + 1];

	return k + 1 < s->nwords && word_has(s, k, D_UNIT) &&
	    ((n->flags & W_DIGIT) || n->nchars == 1) &&
	    n->start - s->words[k].end <= 3;
}

/* Word k is taken by a name span only (the row's name, found first),
 * which an address may absorb (add_address). */
static int
name_taken(const struct detect_scratch *s, size_t k)
{
	return word_taken(s, k) && s->wspan[k] >= 0 &&
	    s->spans[s->wspan[k]].kind == DETECT_NAME &&
	    s->spans[s->wspan[k]].start == s->words[k].start;
}

/* The word after the name of the street whose type is word j: up to a
 * comma, a digit, a unit, a word that is no name, or six words.  A word
 * taken as a name goes on the street within its first three words ("rue
 * Jean Moulin", "rue Victor Hugo", "rue du Docteur Jean Moulin": the
 * row's name is the street's), not further ("rue de la Paix Jean
 * DUPONT" with no comma: the patient after the address). */
static size_t
street_end(const char *t, const struct detect_scratch *s, size_t j)
{
	size_t k;

	/* "Av. des Mouettes": the street word's dot */
	for (k = j + 1; k < s->nwords && k < j + 7 &&
	    (joined(t, s, k - 1) || (s->words[k].start ==
	    s->words[k - 1].end + 1 && t[s->words[k].start - 1] == '-') ||
	    (k == j + 1 && place_joined(t, s, k)));
	    k++)
		if ((s->words[k].flags & W_DIGIT) ||
		    (word_taken(s, k) && (k > j + 3 || !name_taken(s, k))) ||
		    (!word_has(s, k, D_PARTICLE) && word_has(s, k, D_NOTNAME)) ||
		    unit_follows(s, k))
			break;
	return k;
}

/* A street without a number right after a word that says an address
 * follows ("domicile : route de st florent", "adresse : impasse des
 * Lilas", "demeurant chemin du Moulin"). */
static int
scan_cued_streets(const char *t, struct detect_scratch *s)
{
	static const char *const cues[] = {
		"adresse", "domicile", "demeurant", "domicilie", "domiciliee",
		"habite", "habitant", "reside", "residant", NULL,
	};
	int r;

	for (size_t i = 1; i + 1 < s->nwords; i++) {
		size_t k, a = s->words[i - 1].end, real = 0;

		if (!word_has(s, i, D_STREET) || word_taken(s, i) ||
		    word_has(s, i, D_PLACE) || word_is(s, i, "lieu") ||
		    s->words[i].start - a > 3 ||
		    !in_list(cues, wf(s, &s->words[i - 1]),
		    s->words[i - 1].fold_len))
			continue;
		for (; a < s->words[i].start; a++)
			if (t[a] != ' ' && t[a] != ':')
				break;
		if (a < s->words[i].start)
			continue;
		k = street_end(t, s, i);
		/* a name in it, not "domicile : rue calme" */
		for (size_t x = i + 1; x < k; x++)
			real += !word_has(s, x, D_PARTICLE) &&
			    ((s->words[x].flags & (W_CAP | W_UPPER)) ||
			    !word_lexicon(t, s, x));
		if (real == 0)
			continue;
		if ((r = add_address(s, s->words[i].start,
		    s->words[k - 1].end)) < 0)
			return r;
	}
	return 0;
}

/* "12 rue de la Paix", "12 bis, avenue Foch", "3 ter rue": a number, a
 * street word, and what follows up to a comma, a digit or a word that is
 * no name. */
static int
scan_streets(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a number and a street word. */
	if (!comment_has(s, W_DIGIT, D_STREET))
		return 0;
	for (size_t i = 0; i + 2 < s->nwords; i++) {
		size_t j = i + 1, k;

		if (!(s->words[i].flags & W_DIGIT) ||
		    s->words[i].end - s->words[i].start > 4 || word_taken(s, i))
			continue;
		/* "12 bis", "12bis", "12a", "157B" */
		if (word_is(s, j, "bis") || word_is(s, j, "ter") ||
		    word_is(s, j, "quater") || (s->words[j].nchars == 1 &&
		    !(s->words[j].flags & W_DIGIT) &&
		    s->words[j].start == s->words[i].end))
			j++;
		if (j + 1 >= s->nwords || !word_has(s, j, D_STREET) ||
		    !addr_gap(t, s, j - 1) || (j > i + 1 && !addr_gap(t, s, i)) ||
		    (word_is(s, j, "ch") && !(s->words[j].flags & W_DOT)))
			continue;
		/* The row's address found without its number ("66 allée des
		 * Cerisiers" written "60  allée des Cerisiers"): the number
		 * goes with it. */
		if (s->wspan[j] >= 0 &&
		    s->spans[s->wspan[j]].kind == DETECT_ADDRESS &&
		    s->spans[s->wspan[j]].start == s->words[j].start) {
			if (!overlaps(s, s->words[i].start, s->words[j].start))
				extend_left(s, (size_t)s->wspan[j],
				    s->words[i].start);
			continue;
		}
		k = street_end(t, s, j);
		/* The row's street found from its name ("43, Av. des
		 * Capucins": "des Capucins"): number and type join it. */
		if (k < s->nwords && word_taken(s, k) && s->wspan[k] >= 0 &&
		    s->spans[s->wspan[k]].kind == DETECT_ADDRESS &&
		    s->spans[s->wspan[k]].start == s->words[k].start &&
		    !overlaps(s, s->words[i].start, s->words[k].start)) {
			extend_left(s, (size_t)s->wspan[k], s->words[i].start);
			continue;
		}
		if (k == j + 1)
			continue;
		if ((r = add_address(s, s->words[i].start,
		    s->words[k - 1].end)) < 0)
			return r;
	}
	return 0;
}

/* The end of the value after unit word i ("Appt 12", "Apt. 3B", "Bât.
 * B2", "esc. c", "digicode 8927A", "digicode 1650#"), or 0.  A room or a
 * door ("ch. 212", "chambre 12", "porte 12") only right after an address
 * ("5 rue Lécuyer, ch. 212"): a hospital room is no one's address. */
static size_t
unit_value(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *n = &s->words[i + 1];
	size_t b = n->end, m = i + 2;
	const struct detect_span *sp;

	if (!addr_gap(t, s, i))
		return 0;
	if (word_is(s, i, "ch") || word_is(s, i, "chambre") ||
	    word_is(s, i, "porte")) {
		if (i == 0 || !(n->flags & W_DIGIT) ||
		    (sp = address_before(t, s, i)) == NULL ||
		    !addr_gap(t, s, i - 1))
			return 0;
	} else if (!(n->flags & W_DIGIT)) {
		/* One letter ("Bât A", "esc. c"), not "d'" of "porte d'entrée" */
		if (n->nchars != 1 || (b < s->text_len && t[b] == '\''))
			return 0;
	}
	/* "3B", "B2", "8927A": one glued word more */
	if (m < s->nwords && s->words[m].start == b &&
	    ((s->words[m].flags & W_DIGIT) ? !(n->flags & W_DIGIT) :
	    s->words[m].nchars == 1))
		b = s->words[m].end;
	if (word_is(s, i, "digicode") && b < s->text_len &&
	    (t[b] == '#' || t[b] == '*'))
		b++;
	return b;
}

/* "Appt 12", "Apt. 3B", "Bât. B", "escalier C", "BP 123", "3e étage". */
static int
scan_units(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a unit word. */
	if (!comment_has(s, 0, D_UNIT))
		return 0;
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *n = &s->words[i + 1];
		size_t a = s->words[i].start, b;

		if (!word_has(s, i, D_UNIT) || word_taken(s, i) ||
		    (i + 1 == s->nwords && !word_is(s, i, "etage")))
			continue;
		if (word_is(s, i, "etage")) {
			/* "3e étage", "3ème étage", "2 ème étage" */
			if (i < 2 || !(s->words[i - 2].flags & W_DIGIT) ||
			    !(word_is(s, i - 1, "e") || word_is(s, i - 1, "eme") ||
			    word_is(s, i - 1, "er") || word_is(s, i - 1, "ier")) ||
			    !joined(t, s, i - 2) || !joined(t, s, i - 1))
				continue;
			a = s->words[i - 2].start;
			b = s->words[i].end;
		} else if (word_is(s, i, "bp") || word_is(s, i, "cs")) {
			/* Upper case and a number: "CS" is also a consultation */
			if (!(s->words[i].flags & W_UPPER) || !(n->flags & W_DIGIT) ||
			    n->end - n->start < 2 || !addr_gap(t, s, i))
				continue;
			b = n->end;
		} else if ((b = unit_value(t, s, i)) == 0)
			continue;
		if ((r = add_span(s, a, b, DETECT_ADDRESS, -1)) < 0)
			return r;
	}
	return 0;
}

/* Word k is a proper name: no ordinary word, no word of the tables. */
static int
proper_word(const char *t, struct detect_scratch *s, size_t k)
{
	return !(s->words[k].flags & W_DIGIT) && s->words[k].nchars >= 2 &&
	    !(s->words[k].dflags & (D_NOTNAME | D_CLINICAL | D_TITLE | D_MONTH |
	    D_TERM | D_RELATIVE)) && !word_lexicon(t, s, k);
}

/* Word k may be part of a place's name: capitalized or upper case ("Les
 * Mimosas", "Bas Uhart"), or, written in lower case, no ordinary word
 * ("lieu-dit kerampuil", "hameau de peyrolles"). */
static int
place_name_word(const char *t, struct detect_scratch *s, size_t k,
    int lieudit)
{
	const struct detect_word *w = &s->words[k];

	if ((w->flags & W_DIGIT) || word_taken(s, k) ||
	    word_has(s, k, D_UNIT | D_STREET))
		return 0;
	if ((w->flags & (W_CAP | W_UPPER)) || lieudit)
		return !word_has(s, k, D_NOTNAME | D_CLINICAL);
	return proper_word(t, s, k);
}

/* Word i starts a place: 1 (2 for a lieu-dit, whose name may be
 * ordinary words: "lieu-dit le haut bois"), and *last its last word
 * ("lieu-dit": "dit").  "Foyer", "Maison" only before a proper name
 * ("Foyer ADEF", "Maison Ithurria"), not "foyer infectieux", "Maison de
 * retraite"; "ld", "Ldt" before a capital, not in capitals ("LD" is also
 * a drug's slow-release form). */
static int
place_word(const char *t, struct detect_scratch *s, size_t i, size_t *last)
{
	size_t n = i + 1;

	*last = i;
	if (word_is(s, i, "lieu") && i + 2 < s->nwords &&
	    word_is(s, i + 1, "dit") && joined(t, s, i)) {
		*last = i + 1;
		return 2;
	}
	if (!word_has(s, i, D_PLACE) || word_taken(s, i))
		return 0;
	if (word_is(s, i, "foyer") || word_is(s, i, "maison"))
		return (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    proper_word(t, s, n) && !(s->words[i].flags & W_DOT);
	if (word_is(s, i, "ld") || word_is(s, i, "ldt"))
		return !(s->words[i].flags & W_UPPER) &&
		    (s->words[n].flags & (W_CAP | W_UPPER)) &&
		    !word_has(s, n, D_NOTNAME | D_CLINICAL);
	return word_is(s, i, "lieudit") ? 2 : 1;
}

/* "Résidence Les Mimosas", "lieu-dit Kerbrat", "HLM Les Glycines",
 * "quartier Bas Uhart", "Foyer ADEF": the place word and up to four words
 * of its name; a unit after it ("Bât A") is a span of its own. */
static int
scan_places(const char *t, struct detect_scratch *s)
{
	int r;

	/* From a place word, or "lieu" (a street word) of "lieu-dit". */
	if (!comment_has(s, 0, D_PLACE | D_STREET))
		return 0;
	for (size_t i = 0; i + 1 < s->nwords; i++) {
		size_t j, k, taken = 0;
		int kind;

		if ((kind = place_word(t, s, i, &j)) == 0)
			continue;
		for (k = j + 1; k < s->nwords && k <= j + 5 &&
		    (k == j + 1 ? place_joined(t, s, k) : joined(t, s, k - 1));
		    k++) {
			if (word_has(s, k, D_PARTICLE) && !word_taken(s, k) &&
			    k + 1 < s->nwords)
				continue;
			if (!place_name_word(t, s, k, kind == 2))
				break;
			taken = k;
		}
		if (taken == 0)
			continue;
		if ((r = add_span(s, s->words[i].start, s->words[taken].end,
		    DETECT_ADDRESS, -1)) < 0)
			return r;
		i = taken;
	}
	return 0;
}

static int
scan_addresses(const char *t, struct detect_scratch *s)
{
	int r;

	if ((r = scan_streets(t, s)) != 0 ||
	    (comment_has(s, 0, D_STREET) && (r = scan_cued_streets(t, s)) != 0) ||
	    (r = scan_units(t, s)) != 0 ||
	    (r = scan_places(t, s)) != 0 || (r = scan_postcodes(t, s)) != 0)
		return r;
	return 0;
}

static int scan_terms_in(const char *t, size_t len, size_t a, size_t b,
    uint32_t groups, unsigned kinds, struct detect_scratch *s);

/* A term found whole in a later window ("grossesse extra-utérine") whose
 * first words an earlier window, cut short, took as a shorter term
 * ("grossesse"): that span grows to the whole term, if nothing else holds
 * the bytes it gains. */
static void
grow_term(struct detect_scratch *s, size_t start, size_t end)
{
	size_t i = word_at(s, start);
	int32_t k;
	struct detect_span *sp;

	if (i >= s->nwords || (k = s->wspan[i]) < 0)
		return;
	sp = &s->spans[k];
	if (sp->kind != DETECT_DIAGNOSIS || sp->start != start || sp->end >= end ||
	    overlaps(s, sp->end, end))
		return;
	for (size_t b = sp->end; b < end; b++)
		s->taken[b >> 6] |= (uint64_t)1 << (b & 63);
	sp->end = end;
	mark_words(s, (size_t)k);
}

/* An abbreviation that is also an ordinary word ("SA" of "semaines
 * d'aménorrhée", "sa") counts only written as one: two capitals at least,
 * and not among words all in capitals ("SA FILLE").  Others ("ivg", "TS")
 * in any case. */
static int
abbrev_written(const char *t, const struct detect_scratch *s, size_t a,
    size_t b)
{
	size_t upper = 0, i;

	if (!lexicon_has(t + a, b - a))
		return 1;
	for (size_t k = a; k < b; k++)
		upper += t[k] >= 'A' && t[k] <= 'Z';
	if (upper < 2)
		return 0;
	i = word_at(s, a);
	return !((i > 0 && (s->words[i - 1].flags & W_UPPER)) ||
	    (i + 1 < s->nwords && (s->words[i + 1].flags & W_UPPER)));
}

/* An abbreviation right after a count ("12 SA", "grossesse de 8 sa",
 * "DE 19 SA, BPCO"): a number of 1 to 45 just before it, and no word
 * right after it, unless in capitals among words that are not ("à 12 sa
 * fille", "LE 12 SA FILLE" stay; "12 SA ce jour" goes). */
static int
abbrev_after_count(const char *t, const struct detect_scratch *s, size_t a)
{
	size_t i = word_at(s, a);
	const struct detect_word *n;
	int v;

	if (i == 0 || i >= s->nwords || s->words[i].start != a ||
	    !(s->words[i - 1].flags & W_DIGIT) ||
	    s->words[i - 1].end - s->words[i - 1].start > 2 ||
	    a - s->words[i - 1].end > 2)
		return 0;
	for (size_t k = s->words[i - 1].end; k < a; k++)
		if (t[k] != ' ')
			return 0;
	v = digits_value(t + s->words[i - 1].start, s->words[i - 1].end -
	    s->words[i - 1].start);
	if (v < 1 || v > 45)
		return 0;
	if (i + 1 >= s->nwords)
		return 1;
	n = &s->words[i + 1];
	if ((n->flags & W_DIGIT) || n->start > s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ')
		return 1;
	/* A word follows: "12 SA ce jour" but not "LE 12 SA FILLE" */
	return (s->words[i].flags & W_UPPER) && !(n->flags & W_UPPER);
}

/* Gravidity and parity written as one token: "G3P2", "G2 P1", "g1p0",
 * "G4P2A1" (the obstetric history: a pregnancy term). */
static int
scan_gravidity(const char *t, struct detect_scratch *s)
{
	int r;

	for (size_t i = 0; i + 3 < s->nwords; i++) {
		const struct detect_word *w = s->words + i;
		size_t k = i + 3;

		if (w->nchars != 1 || !word_is(s, i, "g") ||
		    (i > 0 && s->words[i - 1].end == w->start) ||
		    !(w[1].flags & W_DIGIT) || w[1].start != w->end ||
		    w[2].nchars != 1 || !word_is(s, i + 2, "p") ||
		    !(w[3].flags & W_DIGIT) || w[3].start != w[2].end ||
		    w[2].start - w[1].end > 1 ||
		    (w[2].start > w[1].end && t[w[1].end] != ' ') ||
		    w[1].end - w[1].start > 2 || w[3].end - w[3].start > 2)
			continue;
		/* "G4P2A1": abortions after it */
		if (k + 2 < s->nwords && s->words[k + 1].nchars == 1 &&
		    s->words[k + 1].start == s->words[k].end &&
		    (s->words[k + 2].flags & W_DIGIT) &&
		    s->words[k + 2].start == s->words[k + 1].end)
			k += 2;
		if (k + 1 < s->nwords && s->words[k + 1].start == s->words[k].end)
			continue;	/* glued to more: a reference */
		if ((r = add_span(s, w->start, s->words[k].end,
		    DETECT_DIAGNOSIS, -1)) < 0)
			return r;
		i = k;
	}
	return 0;
}

/* Diagnosis terms, abbreviations ("TS", "IVG", "PrEP") and the drugs of
 * the suppressed groups (Biktarvy, Truvada, lithium...): the shared
 * sensitive lexicon (src/sensitive.c, conf/sensitive/), the vocabulary
 * op = icd10 and the analysis, drug and ward columns use too. */
static int
scan_terms(const char *t, size_t len, uint32_t groups, struct detect_scratch *s)
{
	unsigned kinds = SENSITIVE_BIT(SENSITIVE_TERM) |
	    SENSITIVE_BIT(SENSITIVE_ABBREV) | SENSITIVE_BIT(SENSITIVE_DRUG);
	size_t w, from = 0, a, b;
	int r;

	if ((groups & ICD10_PREGNANCY) && comment_has(s, W_DIGIT, 0) &&
	    (r = scan_gravidity(t, s)) != 0)
		return r;
	/* Only around the words that end an entry: eight words before (the
	 * longest entries), two after ("VIH-1"). */
	if (!comment_has(s, 0, D_TERM))
		return 0;
	for (w = 0; w < s->nwords; w++) {
		size_t e = w + 2 < s->nwords ? w + 2 : s->nwords - 1;

		if (!word_has(s, w, D_TERM) || w < from)
			continue;
		a = s->words[w > 8 ? w - 8 : 0].start;
		b = s->words[e].end;
		from = e;	/* a term ending at e may go on after it */
		if ((r = scan_terms_in(t, len, a, b, groups, kinds, s)) != 0)
			return r;
	}
	return 0;
}

static int
scan_terms_in(const char *t, size_t len, size_t a, size_t b, uint32_t groups,
    unsigned kinds, struct detect_scratch *s)
{
	int r;

	if ((r = sensitive_scan(t + a, b - a, kinds, &s->sens)) != 0)
		return r;
	for (size_t i = 0; i < s->sens.nhits; i++) {
		const struct sensitive_hit *h0 = &s->sens.hits[i];
		struct sensitive_hit hit = *h0, *h = &hit;
		size_t end;

		h->start += a;
		h->end += a;
		end = h->end;

		if (!(h->groups & groups) || (h->kind == SENSITIVE_ABBREV &&
		    !abbrev_written(t, s, h->start, h->end) &&
		    !abbrev_after_count(t, s, h->start)))
			continue;
		/* "VIH+", "HIV-": the sign says as much as the word. */
		if (end < len && (t[end] == '+' || t[end] == '-') &&
		    (end + 1 >= len || !is_alnum_byte(t[end + 1])))
			end++;
		if ((r = add_span(s, h->start, end, DETECT_DIAGNOSIS, -1)) < 0)
			return r;
		if (r == 0)
			grow_term(s, h->start, end);
	}
	return 0;
}

/* ---- the patient's identity from another file (identity.h) ---- */

/* Word i is one of the identity source's name words for the row's
 * patient (not a particle: "le" of "LE GOFF" only beside the rest). */
static int
ident_name(const struct detect_scratch *s, size_t i,
    const struct identity_row *id)
{
	const struct detect_word *w = &s->words[i];

	return !(w->flags & W_DIGIT) && !word_has(s, i, D_PARTICLE) &&
	    identity_row_has(id, IDENTITY_NAME, wf(s, w), w->fold_len);
}

/* An address word: of the patient's address, or a street word or a
 * particle between them ("12 rue des Lilas": 12 and lilas are the
 * patient's). */
static int
ident_address_word(const struct detect_scratch *s, size_t i,
    const struct identity_row *id, int *real)
{
	const struct detect_word *w = &s->words[i];

	*real = 0;
	if (identity_row_has(id, IDENTITY_ADDRESS, wf(s, w), w->fold_len)) {
		*real = !word_has(s, i, D_PARTICLE) && !word_has(s, i, D_STREET);
		return 2;
	}
	return word_has(s, i, D_PARTICLE) || word_has(s, i, D_STREET);
}

static int
scan_identity_address(const char *t, struct detect_scratch *s, size_t i,
    const struct identity_row *id, size_t *last)
{
	size_t j = i, matched = 0, real = 0;
	int m, rl;

	*last = i;
	if ((m = ident_address_word(s, i, id, &rl)) != 2)
		return 0;
	matched = 1;
	real = (size_t)rl;
	/* An address is a dozen words at most: a run is cut there, so a
	 * comment of particles is not read again from each of its words. */
	while (j + 1 < s->nwords && j - i < 16 && joined(t, s, j) &&
	    (m = ident_address_word(s, j + 1, id, &rl)) != 0) {
		j++;
		if (m == 2) {
			matched++;
			real += (size_t)rl;
			*last = j;
		}
	}
	if (matched >= 2 && real > 0)
		return add_span(s, s->words[i].start, s->words[*last].end,
		    DETECT_ADDRESS, -1);
	/* A city alone. */
	*last = i;
	if (s->words[i].fold_len >= 3 && identity_row_has(id, IDENTITY_CITY,
	    wf(s, &s->words[i]), s->words[i].fold_len))
		return add_span(s, s->words[i].start, s->words[i].end,
		    DETECT_ADDRESS, -1);
	return 0;
}

/*
 * The patient's phone however it is written: digits with at most one
 * byte that is not a letter or a digit between two of them ("06/12/34/56/
 * 78", "+33 6 12 34 56 78"), whose last nine are the patient's.  Before
 * the number detectors, which would read "06/12/34" as a date and leave
 * the rest.
 */
static int
scan_identity_phones(const char *t, size_t len, struct detect_scratch *s,
    const struct identity_row *id)
{
	char d[16];
	int r;

	for (size_t i = 0; i < len; i++) {
		size_t n = 0, j = i, start = i;

		if (!util_is_digit(t[i]) || (i > 0 && is_alnum_byte(t[i - 1])))
			continue;
		if (i > 0 && t[i - 1] == '+')
			start = i - 1;
		while (j < len && n < sizeof(d)) {
			if (util_is_digit(t[j])) {
				d[n++] = t[j++];
				if (n >= 9 && (j >= len || !is_alnum_byte(t[j])) &&
				    identity_row_has(id, IDENTITY_PHONE, d + n - 9,
				    9)) {
					sodium_memzero(d, sizeof(d));
					if ((r = add_span(s, start, j, DETECT_PHONE,
					    -1)) < 0)
						return r;
					break;
				}
				continue;
			}
			if ((unsigned char)t[j] >= 0x80 || is_alnum_byte(t[j]) ||
			    j + 1 >= len || !util_is_digit(t[j + 1]) ||
			    !util_is_digit(t[j - 1]))
				break;
			j++;
		}
		i = j > i ? j - 1 : i;
	}
	sodium_memzero(d, sizeof(d));
	return 0;
}

/* The row's patient's names, address and phone, known only as keyed
 * fingerprints: a word is taken where a row value's word would be
 * (row_part_usable: short words not glued, ordinary words only where
 * used as a name), or beside another name word of the patient. */
static int
scan_identity(const char *t, struct detect_scratch *s,
    const struct identity_row *id)
{
	size_t last;
	int r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if ((r = scan_identity_address(t, s, i, id, &last)) < 0)
			return r;
		if (r > 0 || (w->flags & W_DIGIT)) {
			i = r > 0 ? last : i;
			continue;
		}
		if (!ident_name(s, i, id) || eponym_position(t, s, i))
			continue;
		if (!row_part_usable(t, s, i, NULL, 0, NULL, NULL, 0) &&
		    !(i > 0 && joined(t, s, i - 1) && ident_name(s, i - 1, id)) &&
		    !(i + 1 < s->nwords && joined(t, s, i) &&
		    ident_name(s, i + 1, id)))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

/* ---- recall first (scrub: mode = recall) ---- */

/* Units that make the number before them a measurement: "1 000 mg",
 * "12500 /mm3", "30000 UI". */
static const char *const measure_units[] = {
	"mg", "g", "kg", "ug", "mcg", "ng", "pg", "ml", "l", "dl", "cl", "ul",
	"mmol", "umol", "nmol", "mol", "\xc2\xb5mol", "\xce\xbcmol",
	"\xc2\xb5g", "\xce\xbcg", "meq", "mosm", "ui", "u", "mui", "kui",
	"mmhg", "cmh2o", "cm", "mm", "mm3", "m", "km", "h", "min", "s", "j",
	"jours", "jour", "mois", "ans", "an", "semaines", "sa", "bpm", "kcal",
	"cp", "cps", "gel", "amp", "gouttes", "fois", "x", "giga", "g/l",
	"elements", "cellules", "copies", "pas", "metres", "calories", NULL,
};

static int
is_measure_unit(const char *w, size_t n)
{
	return in_list(measure_units, w, n);
}

/* Is the digit word i a measurement: a unit, '%' or '°' right after it,
 * a decimal or a fraction written with it? */
static int
recall_measure(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t e = w->end;

	if (e < len && (t[e] == '%' || (unsigned char)t[e] == 0xc2))
		return 1;	/* "%", "°C" (U+00B0 starts with 0xc2) */
	if (e + 1 < len && (t[e] == ',' || t[e] == '.' || t[e] == '/') &&
	    util_is_digit(t[e + 1]))
		return 1;	/* "12,5", "130/80" */
	if (w->start > 0 && (t[w->start - 1] == ',' || t[w->start - 1] == '.' ||
	    t[w->start - 1] == '/'))
		return 1;
	if (i + 1 < s->nwords && s->words[i + 1].start - e <= 1) {
		const struct detect_word *u = &s->words[i + 1];

		if (in_list(measure_units, wf(s, u), u->fold_len))
			return 1;
	}
	return 0;
}

/* A clinical token glued to its digits ("HbA1c", "SpO2", "mm3"): the
 * folded letters and digits of the run around word i, looked up whole in
 * the two tables above.  Only for a word glued to another. */
static int
recall_glued_clinical(const struct detect_scratch *s, size_t i)
{
	char run[24];
	size_t a = i, b = i, n = 0;

	while (a > 0 && s->words[a - 1].end == s->words[a].start)
		a--;
	while (b + 1 < s->nwords && s->words[b + 1].start == s->words[b].end)
		b++;
	if (a == b)
		return 0;
	for (size_t k = a; k <= b; k++) {
		const struct detect_word *w = &s->words[k];

		if (n + w->fold_len >= sizeof(run))
			return 0;
		memcpy(run + n, wf(s, w), w->fold_len);
		n += w->fold_len;
	}
	run[n] = '\0';
	return (dict_flags_hashed(run, n, hash(run, n)) & D_CLINICAL) ||
	    in_list(measure_units, run, n);
}

/* Endings of clinical words the lexicon lacks, folded: inflammations,
 * conditions, blood and urine levels, procedures ("pyélonéphrite",
 * "kaliémie", "cholécystectomie", "coronarographie").  No name of the
 * lists has them; a word that is one stays a name. */
static const char *const clinical_endings[] = {
	"ite", "ites", "ose", "oses", "emie", "emies", "algie", "algies",
	"ectomie", "otomie", "ostomie", "plastie", "scopie", "graphie",
	"pathie", "pathies", "penie", "cytose", "iase", NULL,
};

static int
ends_with(const char *w, size_t n, const char *end)
{
	size_t m = strlen(end);

	return n > m && memcmp(w + n - m, end, m) == 0;
}

/* A word the lexicon lacks but is made of one (recall mode only, and
 * not for a word written as a name: "Bartholomé", "Hippolyte"): a
 * participle or adjective in -é, -ée, -és, -ées of a noun in -e it has
 * ("hémolysé" of "hémolyse", "dosée" of "dose"), or a clinical word by
 * its ending, seven letters at least. */
static int
recall_derived_word(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const participle[] = {
		"\xc3\xa9" "es", "\xc3\xa9" "e", "\xc3\xa9" "s", "\xc3\xa9",
		"\xc3\x89" "ES", "\xc3\x89" "E", "\xc3\x89" "S", "\xc3\x89",
		"ees", "ee", "es", NULL,
	};
	const struct detect_word *w = &s->words[i];
	const char *f = wf(s, w), *word = t + w->start;
	size_t n = w->end - w->start;
	char stem[72];

	if (w->dflags & (D_FIRST | D_LAST))
		return 0;
	if (w->nchars >= 7)
		for (size_t k = 0; clinical_endings[k] != NULL; k++)
			if (ends_with(f, w->fold_len, clinical_endings[k]))
				return 1;
	for (size_t k = 0; participle[k] != NULL; k++) {
		size_t m = strlen(participle[k]);

		if (n <= m + 2 || n - m + 1 > sizeof(stem) ||
		    memcmp(word + n - m, participle[k], m) != 0)
			continue;
		memcpy(stem, word, n - m);
		stem[n - m] = 'e';
		return lexicon_has(stem, n - m + 1);
	}
	return 0;
}

/* Word i is joined to a name: a name span, an initial ("L. BLANC") or a
 * capitalized word no list knows, which this pass takes ("Identité :
 * Blanc Wojciech"). */
static int
recall_beside_name(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t side[4] = { across_particles(t, s, i, -1),
	    across_particles(t, s, i, 1),
	    i > 0 && joined(t, s, i - 1) ? i - 1 : NO_WORD,
	    i + 1 < s->nwords && joined(t, s, i) ? i + 1 : NO_WORD };

	for (int k = 0; k < 4; k++) {
		size_t j = side[k];

		if (j != NO_WORD && (is_name_span(span_of(s, j)) ||
		    is_initial(s, j) || unknown_capitalized(t, s, j)))
			return 1;
	}
	return 0;
}

/* Words after which a capitalized word is a drug: "sous Genvoya",
 * "relais par Topalgic", "traitée par Leponex", "arrêt du Deroxat",
 * "refuse son Orocal", "n'a pas pris son Spasfon", "Traitement : Smecta",
 * "Renouvellement Coversyl" (folded; a pair is "word next"). */
static const char *const drug_cues[] = {
	"sous", "renouvellement", "traitement", "ordonnance", "prescription",
	"relais par", "traite par", "traitee par", "arret du", "arret de",
	"refuse son", "refuse sa", "pris son", "pris sa", "introduction de",
	"introduction du", NULL,
};

/* Word i, no word of the lexicon, is a drug by where it stands (recall
 * mode; brand names are in no dictionary Debian ships): after a cue
 * above, or before a dose or a posology ("Kardégic 75", "Skenan LP 30",
 * "Ogast 1 cp", "Primpéran si douleur", "Lantus 18UI"). */
static int
recall_drug_context(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *n;
	char pair[48];

	if (s->words[i].dflags & (D_FIRST | D_LAST))
		return 0;
	if (i > 0 && in_list(drug_cues, wf(s, &s->words[i - 1]),
	    s->words[i - 1].fold_len))
		return 1;
	if (i > 1) {
		const struct detect_word *a = &s->words[i - 2], *b = &s->words[i - 1];

		if (a->fold_len + b->fold_len + 2 < sizeof(pair)) {
			memcpy(pair, wf(s, a), a->fold_len);
			pair[a->fold_len] = ' ';
			memcpy(pair + a->fold_len + 1, wf(s, b), b->fold_len);
			if (in_list(drug_cues, pair, a->fold_len + 1 + b->fold_len))
				return 1;
		}
	}
	if (i + 1 >= s->nwords || s->words[i + 1].start != s->words[i].end + 1 ||
	    t[s->words[i].end] != ' ')
		return 0;
	n = &s->words[i + 1];
	if (word_is(s, i + 1, "lp") || word_is(s, i + 1, "si") ||
	    word_is(s, i + 1, "cp"))
		return 1;
	/* a dose: digits, then a unit or a posology, or the end of an item */
	if (!(n->flags & W_DIGIT) || n->end - n->start > 4 || t[n->start] == '0')
		return 0;	/* "Tiago 07/60/36/55/78" is a phone */
	if (i + 2 >= s->nwords)
		return 1;
	if (s->words[i + 2].start == n->end || word_is(s, i + 2, "cp") ||
	    in_list(measure_units, wf(s, &s->words[i + 2]),
	    s->words[i + 2].fold_len))
		return 1;	/* "18UI", "1 cp", "20 mg" */
	return strchr(",;.)/", t[n->end]) != NULL;	/* "Kardégic 75," */
}

/* Word i names the town of a hospital: "CHU de Brest", "hôpital de
 * Lannion", "clinique de Lorient" (where care was given, not where the
 * patient lives; recall mode). */
static int
recall_hospital_town(const struct detect_scratch *s, size_t i)
{
	return i >= 2 && (word_is(s, i - 1, "de") || word_is(s, i - 1, "d")) &&
	    (word_is(s, i - 2, "chu") || word_is(s, i - 2, "ch") ||
	    word_is(s, i - 2, "chr") || word_is(s, i - 2, "chi") ||
	    word_is(s, i - 2, "hopital") || word_is(s, i - 2, "clinique") ||
	    word_is(s, i - 2, "polyclinique") ||
	    word_is(s, i - 2, "hospitalier"));
}

/* The digit word i is a lot number: "lot 4417", "lot n° 184127512345699",
 * "n° de lot 1234567" (a drug's or a device's, not a person's). */
static int
recall_lot_number(const struct detect_scratch *s, size_t i)
{
	for (size_t k = i, back = 0; k > 0 && back < 3; k--, back++)
		if (word_is(s, k - 1, "lot"))
			return 1;
		else if (!word_is(s, k - 1, "n") && !word_is(s, k - 1, "no") &&
		    !word_is(s, k - 1, "numero") && !word_is(s, k - 1, "de"))
			return 0;
	return 0;
}

/*
 * Recall first, as Philter does: after every other detector, what is not
 * known to be safe goes.  A word of letters that is no ordinary French
 * word (the wfrench lexicon, lower-cased with its accents), no word of
 * the detectors' tables (titles, months, street words, particles, the
 * sensitive lexicon's words, eponyms) and no clinical abbreviation above,
 * becomes [NOM]; a run of five digits or more that is no measurement
 * becomes [ID].  docs/scrub.md measures what it costs in precision.
 */
static int
scan_recall(const char *t, size_t len, struct detect_scratch *s)
{
	const uint32_t safe = D_TITLE | D_MONTH | D_STREET | D_PARTICLE |
	    D_NOTNAME | D_RELATIVE | D_UNIT | D_EPOHEAD | D_DATECUE | D_TERM |
	    D_EPONYM | D_CLINICAL;
	int r;

	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if (w->flags & W_DIGIT) {
			if (w->end - w->start < 5 || recall_measure(t, len, s, i) ||
			    recall_lot_number(s, i))
				continue;
			if ((r = add_span(s, w->start, w->end, DETECT_ID, -1)) < 0)
				return r;
			continue;
		}
		if (w->nchars <= 1 || (w->dflags & safe) ||
		    eponym_position(t, s, i) || after_saint(s, i) ||
		    in_list(measure_units, wf(s, w), w->fold_len) ||
		    recall_glued_clinical(s, i))
			continue;
		/* An ordinary word stays, unless it is a name of the lists
		 * used as one: written as a name ("Patiente Blanc vue",
		 * "Rose PETIT"), joined to a name ("L. ROCHER"), or a first
		 * name as the subject of a verb ("Jean dit", "Blanche a").
		 * At the start of a sentence otherwise it is the word
		 * ("Petit appétit", "Masse abdominale", "Prudence à la
		 * mobilisation", "Marine nationale"). */
		if (word_lexicon(t, s, i)) {
			if (!(w->flags & (W_CAP | W_UPPER)) ||
			    !(w->dflags & (D_FIRST | D_LAST)))
				continue;
			/* "Appel", "Gros": only beside a name */
			if ((w->dflags & D_WEAK) && !weak_beside(t, s, i))
				continue;
			if (!written_as_name(t, s, i) &&
			    !recall_beside_name(t, s, i) &&
			    !((w->dflags & D_FIRST) && (subject_follows(t, s, i) ||
			    in_parentheses(t, s, i))))
				continue;
		} else if ((!written_as_name(t, s, i) &&
		    recall_derived_word(t, s, i)) || recall_drug_context(t, s, i) ||
		    recall_hospital_town(s, i))
			continue;
		if ((r = add_span(s, w->start, w->end, DETECT_NAME, -1)) < 0)
			return r;
	}
	return 0;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct detect_span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Only spaces, hyphens and apostrophes between a and b. */
static int
name_gap(const char *t, size_t a, size_t b)
{
	if (b - a > 3 || b <= a)
		return b == a;
	if (b - a == 3)
		return memcmp(t + a, "\xe2\x80\x99", 3) == 0;	/* ’ */
	for (size_t k = a; k < b; k++)
		if (t[k] != ' ' && t[k] != '-' && t[k] != '\'')
			return 0;
	return 1;
}

/* In order (spans are disjoint); the words of one row value side by side
 * as one span ("Jean-Claude", "LE GOFF": one pseudonym each, not one per
 * word), and so the words of one name no row holds (one placeholder);
 * back to the source's bytes. */
static void
finish_spans(const char *t, struct detect_scratch *s)
{
	size_t n = 0;

	/* Disjoint spans have distinct starts: any sort gives one order.  A
	 * comment has a few, mostly in order already. */
	if (s->nspans > 16)
		qsort(s->spans, s->nspans, sizeof(s->spans[0]), span_cmp);
	for (size_t i = 1; s->nspans <= 16 && i < s->nspans; i++) {
		struct detect_span x = s->spans[i];
		size_t j = i;

		for (; j > 0 && s->spans[j - 1].start > x.start; j--)
			s->spans[j] = s->spans[j - 1];
		s->spans[j] = x;
	}
	for (size_t i = 0; i < s->nspans; i++) {
		struct detect_span *p = n > 0 ? &s->spans[n - 1] : NULL;
		const struct detect_span *q = &s->spans[i];

		if (q->end <= q->start)
			continue;	/* absorbed by an address (add_address) */
		if (p != NULL && p->kind == DETECT_NAME && q->kind == DETECT_NAME &&
		    p->ctx == q->ctx && name_gap(t, p->end, q->start)) {
			p->end = q->end;
			continue;
		}
		s->spans[n++] = *q;
	}
	s->nspans = n;
	if (!s->tn.changed)
		return;
	for (size_t i = 0; i < s->nspans; i++) {
		s->spans[i].start = textnorm_src_start(&s->tn, s->spans[i].start);
		s->spans[i].end = textnorm_src_end(&s->tn, s->spans[i].end);
	}
}

/* The bit map of taken bytes, cleared for a text of len bytes. */
static int
reset_taken(struct detect_scratch *s, size_t len)
{
	size_t need = len / 64 + 1;

	if (need > s->taken_cap) {
		uint64_t *g = realloc(s->taken, need * sizeof(*g));
		if (g == NULL)
			return -ENOMEM;
		s->taken = g;
		s->taken_cap = need;
	}
	memset(s->taken, 0, need * sizeof(*s->taken));
	return 0;
}

int
detect_run(const struct detect_options *o, const char *text, size_t len,
    const struct detect_value *row, size_t nrow, struct detect_scratch *s)
{
	unsigned k = o->kinds;
	int r;

	pthread_once(&dict_once, dict_init);
	if (!dict_ok)
		return -ENOMEM;
	s->nspans = 0;
	s->tokenized = 0;
	if (nrow > MAX_ROW)
		nrow = MAX_ROW;
	/* The detectors read the normalized text; finish_spans maps back. */
	if ((r = textnorm_run(&s->tn, text, len)) != 0)
		return r;
	if (s->tn.changed) {
		text = s->tn.text.data ? s->tn.text.data : "";
		len = s->tn.text.len;
	}
	if ((r = reset_taken(s, len)) != 0)
		return r;
	s->text_len = len;
	if ((r = tokenize(text, len, s)) != 0)
		return r;
	s->tokenized = 1;
	/* Strongest first: a span is never taken twice. */
	if ((k & DETECT_BIT(DETECT_EMAIL)) &&
	    (r = scan_emails(text, len, row, nrow, s)) != 0)
		return r;
	if ((k & DETECT_BIT(DETECT_IBAN)) && (r = scan_ibans(text, len, s)) != 0)
		return r;
	if (o->ident != NULL &&
	    (r = scan_identity_phones(text, len, s, o->ident)) != 0)
		return r;
	if ((r = scan_numbers(o, text, len, row, nrow, s)) != 0)
		return r;
	if ((k & DETECT_BIT(DETECT_DATE)) &&
	    ((r = scan_text_dates(text, len, s)) != 0 ||
	    (r = scan_partial_dates(text, len, s)) != 0))
		return r;
	if ((k & DETECT_BIT(DETECT_ID)) &&
	    (r = scan_labeled_ids(text, len, row, nrow, s)) != 0)
		return r;
	if (o->diagnosis_groups && (k & DETECT_BIT(DETECT_DIAGNOSIS)) &&
	    (r = scan_terms(text, len, o->diagnosis_groups, s)) != 0)
		return r;
	if ((r = scan_row_names(text, row, nrow, s)) != 0)
		return r;
	if (o->ident != NULL && (r = scan_identity(text, s, o->ident)) != 0)
		return r;
	if ((k & DETECT_BIT(DETECT_ADDRESS)) && (r = scan_addresses(text, s)) != 0)
		return r;
	if (k & DETECT_BIT(DETECT_NAME)) {
		if ((r = scan_titles(text, s)) != 0 ||
		    (r = scan_dictionary(text, s)) != 0)
			return r;
	}
	if ((k & DETECT_BIT(DETECT_NAME)) &&
	    ((r = scan_relations(text, s)) != 0 ||
	    (r = scan_unknown_pairs(text, s)) != 0 ||
	    (r = scan_name_neighbours(text, s)) != 0))
		return r;
	if ((k & DETECT_BIT(DETECT_NAME)) &&
	    ((r = scan_lower_names(text, s)) != 0 ||
	    (r = scan_comma_first_names(text, s)) != 0))
		return r;
	if ((r = scan_initials(text, row, nrow, s)) != 0 ||
	    (r = scan_particles(text, s)) != 0)
		return r;
	if (o->recall && (r = scan_recall(text, len, s)) != 0)
		return r;
	finish_spans(text, s);
	return 0;
}

void
detect_scratch_free(struct detect_scratch *s)
{
	free(s->spans);
	free(s->words);
	free(s->taken);
	free(s->wspan);
	textnorm_free(&s->tn);
	sensitive_scratch_free(&s->sens);
	if (s->wcache != NULL) {
		explicit_bzero(s->wcache, sizeof(*s->wcache));
		free(s->wcache);
		s->wcache = NULL;
	}
	s->spans = NULL;
	s->words = NULL;
	s->taken = NULL;
	s->wspan = NULL;
	s->taken_cap = 0;
	s->nspans = s->spans_cap = s->nwords = s->words_cap = 0;
	buf_free(&s->fold);
	buf_free(&s->tmp);
	buf_free(&s->ctxfold);
}
