/* Words that name a suppressed group only beside a cue of it, and terms
 * written by a scanner that read letters as digits.  docs/scrub.md,
 * "Sensitive terms, tenth pass".
 *
 * "sevrage" is the weaning from a ventilator as often as the withdrawal
 * of an addiction, "implant" is dental as often as contraceptive: alone
 * each names nothing, so the lexicon cannot hold them (conf/sensitive/).
 * Near a term of their own group that scan_terms found already
 * ("alcoolodépendance ..., sevrage programmé", "contraception post-IVG :
 * implant") they say it.  The cue is a diagnosis span found before, so
 * the rule runs only in comments that hold one (detect_run's gate), and
 * its words are tested by their first letter first. */
#include <string.h>

#include "detect.h"
#include "detect_int.h"
#include "icd10.h"
#include "sensitive.h"

/* How far a cue may stand, in words, before or after the word: a clause
 * or two of a note, not the next note of a comment that joins several. */
#define CUE_REACH	16

/* The families of cues: what the words of a diagnosis span start with. */
enum cue_family { CUE_ADDICT, CUE_ALCOHOL, CUE_PREGNANCY, CUE_CONTRA,
    CUE_MENTAL, CUE_STI, CUE_NFAMILIES };

/* Folded beginnings of the words of a span that make it a cue of each
 * family (a span is a term of the lexicon already: these only say which
 * family).  Addiction: the substances, the dependence, its care and its
 * treatments (CIM-10 FR F10-F19; ATC N07BB, N07BC).  Alcohol: F10 and its
 * withdrawal.  Pregnancy and abortion: chapter XV and the CSP's L2212-1.
 * Contraception: Z30 and the HAS fiches' methods.  Mental health: the
 * specialty and chapter V's disorders that a conversion sits with. */
static const char *const cue_addict[] = { "alcool", "ethyl", "oh", "toxico",
    "cannabi", "cocai", "crack", "hero", "opia", "opio", "addict", "csapa",
    "caarud", "subu", "subox", "bupre", "bhd", "methadon", "metha", "tso",
    "mso", "depend", "mesusage", "ivresse", "ebriete", "injecteur", "udvi",
    "udiv", "polytox", "drogue", "usager", "surdose", "overdose", "craving",
    "baclocur", "aotal", "acamprosate", "naltrexone", "esperal",
    "disulfirame", "nalmefene", "selincro", "postcure", "sevrage", "ghb",
    "mdma", "ecstasy", "amphet", "chemsex", "slam", "zamal", "nalscue",
    "prenoxad", "nyxoid", "crackeu", "ceip", "addictovigilance",
    "pharmacodependance", NULL };
static const char *const cue_alcohol[] = { "alcool", "ethyl", "oh",
    "ivresse", "ebriete", "buveur", "delirium", "predelirium", NULL };
static const char *const cue_pregnancy[] = { "ivg", "grossesse",
    "enceinte", "interruption", "avort", "orthogenie", "mifepristone",
    "mifegyne", "misoprostol", "sa", "gestation", "gestante", "fcs",
    "cpef", "planning", NULL };
static const char *const cue_contra[] = { "contracept", "ivg", "nexplanon",
    "implanon", "pilule", "cpef", "planning", "orthogenie", "diu",
    "sterilet", "progestatif", "etonogestrel", "norlevo", "ellaone",
    "avort", "microprogestatif", NULL };
static const char *const cue_mental[] = { "psy", "pedopsy", "hysteri",
    "dissociat", "somatis", "somatoform", "cnep", "depress", "anorexi",
    "boulimi", "schizo", "bipol", "panique", "tspt", "cmpp", "epsm", NULL };
/* STI: A50-A64 by their organisms and names, the tests' and the
 * prevention's words (CeGIDD, PrEP, doxyPEP), HIV beside them. */
static const char *const cue_sti[] = { "syphili", "gonoco", "gonorr",
    "chlamyd", "ist", "mst", "cegidd", "ciddist", "trichomon", "lgv",
    "condylom", "hpv", "papillomavirus", "herpes", "hsv", "extencilline",
    "doxypep", "vih", "hiv", "prep", "chaude", "neurosyphilis", "ct",
    "mycoplasm", NULL };

/* Words after the gated word that give it its other sense. */
static const char *const not_addict[] = { "tabac", "tabagique",
    "tabagisme", "nicotinique", "nicotine", "cigarette", "ventilatoire",
    "ventilation", "ventilateur", "respirateur", "respiratoire", "vni",
    "vm", "oxygene", "o2", "oxygenotherapie", "allaitement", "maternel",
    "sein", "biberon", "corticoides", "corticotherapie", "cortisone",
    "catecholamines", "amines", "noradrenaline", "dialyse", "sonde",
    "canule", "tracheotomie", "intubation", "optiflow", "morphine",
    "morphinique", "morphiniques", "antalgique", "antalgiques", NULL };
static const char *const not_pregnancy[] = { "primaire", "secondaire",
    "hypothalamique", "fonctionnelle", "iatrogene", "psychogene", NULL };
static const char *const not_contra[] = { "dentaire", "dentaires",
    "cochleaire", "cochleaires", "mammaire", "mammaires", "oculaire",
    "intraoculaire", "osseux", "orthopedique", "retinien", "penien",
    "capillaire", "capillaires", "vertebral", "cardiaque", "auditif",
    "cristallin", "dent", "dents", "molaire", "prothetique", NULL };
/* An urethritis after a catheter or a chemical is no STI. */
static const char *const not_sti[] = { "sonde", "sondage", "chimique",
    "traumatique", "iatrogene", "post", "reactionnelle", NULL };
static const char *const not_conversion[] = { "en", "de", "d", "du", "des",
    "vers", "au", "aux", "a", "hemorragique", "hemorragiques", "sinusale",
    "chirurgicale", "laparotomique", "rapide", "metabolique", "analogique",
    "numerique", NULL };
/* "DG" is also the diagnosis ("DG de sortie", "DG principal"). */
static const char *const not_dg[] = { "sortie", "principal", "retenu",
    "associe", "associes", "final", "differentiel", "entree", NULL };
/* Words of the comment that make "DT" the chest pain of emergency notes. */
static const char *const chest_pain[] = { "thoracique", "thoraciques",
    "ecg", "troponine", "tropo", "angor", "sca", "idm", "coronarien",
    "coronarienne", NULL };

/* A gated word: its forms (folded), its group, its cue's family, the
 * words after it that give it its other sense. */
struct cue_word {
	const char *const	*forms;
	uint32_t		 group;
	enum cue_family		 family;
	const char *const	*not_after;
};

static const char *const f_sevrage[] = { "sevrage", "sevrages", NULL };
static const char *const f_mesusage[] = { "mesusage", "mesusages", NULL };
static const char *const f_opiaces[] = { "opiace", "opiaces", "opiacee",
    "opiacees", NULL };
static const char *const f_naloxone[] = { "naloxone", NULL };
static const char *const f_dt[] = { "dt", NULL };
static const char *const f_amenorrhee[] = { "amenorrhee", "amenorrhees",
    NULL };
static const char *const f_implant[] = { "implant", "implants", NULL };
static const char *const f_conversion[] = { "conversion", NULL };
static const char *const f_dg[] = { "dg", NULL };
/* The signs an STI is diagnosed by (CIM-10 FR A54.0 urétrite, A56
 * cervicite, A51.0 chancre, A54.2 épididymite, A54.6 and A56.3 rectite):
 * each has other causes (N34, N72, N45, K62.8), so only beside an STI. */
static const char *const f_uretrite[] = { "uretrite", "uretrites", NULL };
static const char *const f_cervicite[] = { "cervicite", "cervicites",
    NULL };
static const char *const f_chancre[] = { "chancre", "chancres", NULL };
static const char *const f_epididymite[] = { "epididymite",
    "epididymites", NULL };
static const char *const f_rectite[] = { "rectite", "rectites", NULL };

static const struct cue_word cue_words[] = {
	{ f_sevrage, ICD10_MENTAL, CUE_ADDICT, not_addict },
	{ f_mesusage, ICD10_MENTAL, CUE_ADDICT, NULL },
	{ f_opiaces, ICD10_MENTAL, CUE_ADDICT, not_addict },
	{ f_naloxone, ICD10_MENTAL, CUE_ADDICT, NULL },
	{ f_dt, ICD10_MENTAL, CUE_ALCOHOL, NULL },
	{ f_amenorrhee, ICD10_PREGNANCY, CUE_PREGNANCY, not_pregnancy },
	{ f_implant, ICD10_REPRODUCTIVE, CUE_CONTRA, not_contra },
	{ f_conversion, ICD10_MENTAL, CUE_MENTAL, not_conversion },
	{ f_dg, ICD10_PREGNANCY, CUE_PREGNANCY, not_dg },
	{ f_uretrite, ICD10_STI, CUE_STI, not_sti },
	{ f_cervicite, ICD10_STI, CUE_STI, not_sti },
	{ f_chancre, ICD10_STI, CUE_STI, NULL },
	{ f_epididymite, ICD10_STI, CUE_STI, not_sti },
	{ f_rectite, ICD10_STI, CUE_STI, not_sti },
};

/* The cue lists by family (enum cue_family's order). */
static const char *const *const cue_lists[] = { cue_addict, cue_alcohol,
    cue_pregnancy, cue_contra, cue_mental, cue_sti };

static int
cue_in(const struct detect_scratch *s, size_t i, const char *const *list)
{
	for (; *list != NULL; list++)
		if (word_is_str(s, i, *list))
			return 1;
	return 0;
}

/* Word i's fold starts with one of list's beginnings; one of two letters
 * is the whole word. */
static int
cue_starts(const struct detect_scratch *s, size_t i, const char *const *list)
{
	const char *f = wf(s, &s->words[i]);
	size_t n = s->words[i].fold_len;

	for (; *list != NULL; list++) {
		size_t k = strlen(*list);

		/* two letters ("oh", "sa"): the word itself */
		if (k <= n && f[0] == (*list)[0] && memcmp(f, *list, k) == 0 &&
		    (k > 2 || k == n))
			return 1;
	}
	return 0;
}

/* A word of a diagnosis span within CUE_REACH words of word i (not word
 * i itself) starts as a cue of the family does. */
static int
cue_near(const struct detect_scratch *s, size_t i, enum cue_family fam)
{
	size_t a = i > CUE_REACH ? i - CUE_REACH : 0;
	size_t b = i + CUE_REACH < s->nwords ? i + CUE_REACH : s->nwords - 1;

	for (size_t j = a; j <= b; j++) {
		const struct detect_span *sp = span_of(s, j);

		if (j != i && sp != NULL && sp->kind == DETECT_DIAGNOSIS &&
		    cue_starts(s, j, cue_lists[fam]))
			return 1;
	}
	return 0;
}

/* Word i is the target of a nursing transmission ("CIBLE : sevrage. D :
 * ... A : ... R : ..."): it names the subject of the whole transmission,
 * whose data and actions follow, often further than CUE_REACH words. */
static int
cue_is_target(const struct detect_scratch *s, size_t i)
{
	return i > 0 && word_is(s, i - 1, "cible");
}

/* A word of a diagnosis span anywhere in the comment starts as a cue of
 * the family does; computed once per family and comment (*memo: -1 not
 * yet), so a comment of many targets is still read once. */
static int
cue_anywhere(const struct detect_scratch *s, enum cue_family fam, int *memo)
{
	if (*memo < 0) {
		*memo = 0;
		for (size_t j = 0; j < s->nwords && *memo == 0; j++) {
			const struct detect_span *sp = span_of(s, j);

			*memo = sp != NULL && sp->kind == DETECT_DIAGNOSIS &&
			    cue_starts(s, j, cue_lists[fam]);
		}
	}
	return *memo;
}

/* The word after i, or the one after a preposition ("sevrage de la
 * ventilation", "implant d'oreille"), is in list. */
static int
cue_other_sense(const struct detect_scratch *s, size_t i,
    const char *const *list)
{
	static const char *const preps[] = { "de", "du", "des", "d", "la",
	    "l", "en", "au", "aux", NULL };

	if (list == NULL)
		return 0;
	for (size_t j = i + 1; j < s->nwords && j <= i + 3; j++) {
		if (cue_in(s, j, list))
			return 1;
		if (!cue_in(s, j, preps))
			return 0;
	}
	return 0;
}

/* "DG" (diabète gestationnel, O24.4) in capitals, not a heading ("DG :"
 * opens a diagnosis). */
static int
cue_dg_counts(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t k = w->end;

	if (t[w->start] != 'D' || t[w->start + 1] != 'G')
		return 0;
	while (k < len && t[k] == ' ')
		k++;
	return k >= len || t[k] != ':';
}

/* "DT" in capitals, not a type ("DT2", "DT 1"), in a comment that is not
 * about a chest pain ("DT depuis 2 h, ECG normal"). */
static int
cue_dt_counts(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (t[w->start] != 'D' || t[w->start + 1] != 'T' ||
	    (i + 1 < s->nwords && (s->words[i + 1].flags & W_DIGIT) &&
	    s->words[i + 1].start <= w->end + 1))
		return 0;
	for (size_t j = 0; j < s->nwords; j++)
		if (cue_in(s, j, chest_pain))
			return 0;
	return 1;
}

/* Word i is a form of e that names its group here. */
static int
cue_counts(const char *t, size_t len, const struct detect_scratch *s,
    size_t i, const struct cue_word *e, int *memo)
{
	if (!cue_in(s, i, e->forms) || cue_other_sense(s, i, e->not_after))
		return 0;
	if ((e->forms == f_dt && !cue_dt_counts(t, s, i)) ||
	    (e->forms == f_dg && !cue_dg_counts(t, len, s, i)))
		return 0;
	/* "conversion" after "de": "taux de conversion", and the terms
	 * ("trouble de conversion") are found already */
	if (e->forms == f_conversion && i > 0 && (word_is(s, i - 1, "de") ||
	    word_is(s, i - 1, "d") || word_is(s, i - 1, "taux")))
		return 0;
	if (e->forms == f_opiaces && i > 0 && (word_is(s, i - 1,
	    "antalgiques") || word_is(s, i - 1, "antalgique") ||
	    word_is(s, i - 1, "analgesiques")))
		return 0;
	return cue_near(s, i, e->family) || (cue_is_target(s, i) &&
	    cue_anywhere(s, e->family, &memo[e->family]));
}

/* The treponemal and non-treponemal serologies (NABM "Sérologie
 * bactérienne"; conf/sensitive/sti.txt holds them as analyses, for the
 * analysis columns): their names alone are a test, which every check-up
 * orders ("Bilan : TPHA, VDRL", "TPHA négatif"), but a positive result
 * beside a syphilis says it, as "VIH+" does HIV. */
static const char *const f_treponemal[] = { "tpha", "vdrl", "tppa", "rpr",
    NULL };
static const char *const positive_words[] = { "positif", "positifs",
    "positive", "positives", "reactif", "reactifs", "reactive",
    "reactives", "pos", NULL };

/* Word i starts a run of serologies of f_treponemal, glued by '-' or '/'
 * ("TPHA-VDRL", "TPHA/VDRL"), whose result is positive: '+' glued to its
 * last word ("TPHA+") or a word of positive_words after it ("TPHA/VDRL
 * positifs").  A titre ("VDRL 1/16"), a result in parentheses' other
 * side ("(TPHA-VDRL) positive") or a negative one stays.  The run's last
 * word, or NO_WORD. */
static size_t
treponemal_positive(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	size_t j = i, k;

	if (!cue_in(s, i, f_treponemal))
		return NO_WORD;
	/* four serologies at most ("TPHA-VDRL-RPR-TPPA"): each word of a
	 * longer run is a start again, and a walk to its end from each
	 * would be quadratic */
	while (j + 1 < s->nwords && j < i + 3 && s->words[j + 1].start ==
	    s->words[j].end + 1 && (t[s->words[j].end] == '-' ||
	    t[s->words[j].end] == '/') && cue_in(s, j + 1, f_treponemal))
		j++;
	k = s->words[j].end;
	if (k < len && t[k] == '+')
		return j;
	if (j + 1 < s->nwords && s->words[j + 1].start == k + 1 &&
	    t[k] == ' ' && cue_in(s, j + 1, positive_words))
		return j;
	return NO_WORD;
}

/* The serologies of treponemal_positive near an STI term found (within
 * CUE_REACH words): the run one span of the group ("TPHA-VDRL"), *i
 * moved to its last word.  0 or -ENOMEM. */
static int
scan_treponemal(const char *t, size_t len, uint32_t groups,
    struct detect_scratch *s, size_t *i)
{
	size_t e;
	int r;

	if (!(groups & ICD10_STI) ||
	    (e = treponemal_positive(t, len, s, *i)) == NO_WORD ||
	    !cue_near(s, *i, CUE_STI))
		return 0;
	r = add_span(s, s->words[*i].start, s->words[e].end, DETECT_DIAGNOSIS,
	    -1);
	*i = e;
	return r < 0 ? r : 0;
}

/* The words of cue_words near a cue of their group ((detect_run's gate):
 * a diagnosis span found); the serologies of scan_treponemal. */
/* The first letters of the cue words' forms below (scan_cued_terms),
 * bit c - 'a' */
#define CUE_FIRST_LETTERS						\
	(UINT32_C(1) << ('s' - 'a') | UINT32_C(1) << ('m' - 'a') |	\
	UINT32_C(1) << ('o' - 'a') | UINT32_C(1) << ('n' - 'a') |	\
	UINT32_C(1) << ('d' - 'a') | UINT32_C(1) << ('a' - 'a') |	\
	UINT32_C(1) << ('i' - 'a') | UINT32_C(1) << ('c' - 'a') |	\
	UINT32_C(1) << ('u' - 'a') | UINT32_C(1) << ('e' - 'a') |	\
	UINT32_C(1) << ('r' - 'a'))

int
scan_cued_terms(const char *t, size_t len, uint32_t groups,
    struct detect_scratch *s)
{
	int r, memo[CUE_NFAMILIES];

	for (size_t f = 0; f < CUE_NFAMILIES; f++)
		memo[f] = -1;
	for (size_t i = 0; i < s->nwords; i++) {
		const struct detect_word *w = &s->words[i];
		uint32_t fl = w->fold_len;
		unsigned char c = fl ? (unsigned char)wf(s, w)[0] : 0;
		unsigned ci = (unsigned)(c - 'a') & 31;
		/* "TPHA", "VDRL", "RPR" in capitals (no form below has
		 * three or four letters); the forms below have 2 letters
		 * ("dt") or 6 to 11, and start with one of 11 letters.  Each
		 * test is a bit of the word's, and the two families one
		 * branch: the tests were a chain of branches on every word,
		 * taken or not as the text went (speed31d) */
		unsigned trep = (fl - 3 <= 1) & ((w->flags & W_UPPER) != 0) &
		    ((c == 't') | (c == 'v') | (c == 'r'));
		unsigned cue = (fl < 12) & (UINT32_C(0xfc4) >> (fl & 15) & 1) &
		    ((w->flags & W_DIGIT) == 0) & (word_taken(s, i) == 0) &
		    ((unsigned)(c - 'a') < 26) &
		    (unsigned)(CUE_FIRST_LETTERS >> ci & 1);

		if (!(trep | cue))
			continue;
		if (fl - 3 <= 1) {
			if ((r = scan_treponemal(t, len, groups, s, &i)) < 0)
				return r;
			continue;
		}
		for (size_t k = 0; k < sizeof(cue_words) / sizeof(cue_words[0]);
		    k++) {
			if (!(cue_words[k].group & groups) ||
			    cue_words[k].forms[0][0] != c ||
			    !cue_counts(t, len, s, i, &cue_words[k], memo))
				continue;
			if ((r = add_span(s, w->start, w->end,
			    DETECT_DIAGNOSIS, -1)) < 0)
				return r;
			break;
		}
	}
	return 0;
}

/* A run of glued words, letters in capitals and numbers of 0 and 1 only,
 * from word i: one past its last word, 0 if it is not one ("V1H", "D0VATO",
 * "S1DA"; not "H1N1" as a run of 2s or more). */
static size_t
ocr_run_end(const char *t, const struct detect_scratch *s, size_t i)
{
	size_t j = i, letters = 0, digits = 0;

	for (; j < s->nwords && (j == i || s->words[j].start ==
	    s->words[j - 1].end); j++) {
		const struct detect_word *w = &s->words[j];

		for (size_t k = w->start; k < w->end; k++) {
			char c = t[k];

			if (c == '0' || c == '1')
				digits++;
			else if (c >= 'A' && c <= 'Z')
				letters++;
			else
				return 0;
		}
	}
	if (letters < 2 || digits == 0 || letters + digits > 12 ||
	    (j < s->nwords && s->words[j].start == s->words[j - 1].end))
		return 0;
	return j;
}

/* Terms of the suppressed groups that a scanner's reading wrote with a
 * 1 for an I and a 0 for an O ("infection à V1H", "D0VATO"): the word read
 * back with letters is looked up whole, three letters at least (not "0H",
 * "T5"), among the terms, abbreviations and drugs.  Only the words of
 * digits are visited ((detect_run's gate): a digit and a capital). */
int
scan_ocr_terms(const char *t, uint32_t groups, struct detect_scratch *s)
{
	unsigned kinds = SENSITIVE_BIT(SENSITIVE_TERM) |
	    SENSITIVE_BIT(SENSITIVE_ABBREV) | SENSITIVE_BIT(SENSITIVE_DRUG);
	char buf[16];
	int r;

	for (size_t x = 0; x < s->ndwords; x++) {
		size_t d = s->dwords[x], i = d, e, n = 0;
		char c = t[s->words[d].start];

		/* most numbers are no 0 or 1 glued to a letter.  One branch
		 * for the three tests (d - (d > 0), d + (d + 1 < nwords): in
		 * bounds, and a word is not glued to itself): each was a
		 * branch on the text the CPU mispredicted (docs/performance.md,
		 * "the cost of each rule"). */
		if (((c != '0') & (c != '1')) |
		    ((s->words[d - (d > 0)].end != s->words[d].start) &
		    (s->words[d + (d + 1 < s->nwords)].start !=
		    s->words[d].end)))
			continue;
		if (i > 0 && s->words[i - 1].end == s->words[i].start)
			i--;	/* the run starts with letters */
		if ((i > 0 && s->words[i - 1].end == s->words[i].start) ||
		    word_taken(s, i) || (e = ocr_run_end(t, s, i)) == 0)
			continue;
		for (size_t k = s->words[i].start; k < s->words[e - 1].end; k++)
			buf[n++] = t[k] == '1' ? 'I' : t[k] == '0' ? 'O' : t[k];
		if ((r = sensitive_scan(buf, n, kinds, &s->sens)) != 0)
			return r;
		for (size_t h = 0; h < s->sens.nhits; h++) {
			if (s->sens.hits[h].start != 0 ||
			    s->sens.hits[h].end != n ||
			    !(s->sens.hits[h].groups & groups))
				continue;
			if ((r = add_span(s, s->words[i].start,
			    s->words[e - 1].end, DETECT_DIAGNOSIS, -1)) < 0)
				return r;
			break;
		}
	}
	return 0;
}
