/* Unit tests for op = scrub: the policy options, the replacement of each
 * span (the row value's own pseudonym, typed placeholders, shifted dates,
 * the diagnosis placeholder), and the whole pipeline with the row context
 * reaching the operator.  Every test checks that the raw values are gone. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "linear.h"

#include "engine.h"
#include "icd10.h"
#include "keys.h"
#include "memo.h"
#include "ops.h"
#include "policy.h"
#include "../../src/policy_column.h"	/* white-box: the parsed fields */
#include "testlib.h"
#include "spancheck.h"
#include "view.h"

static const uint8_t MASTER[KEYS_MASTER_BYTES] = SPANCHECK_MASTER_INIT;

static const char POLICY[] =
    SPANCHECK_POLICY_HEAD("scrub-test")
    "[column nom]\n"
    "headers = nom\n"
    "op = fake\n"
    "kind = last_name\n"
    "identifies = last_name\n"
    "[column prenom]\n"
    "headers = prenom\n"
    "op = fake\n"
    "kind = first_name\n"
    "identifies = first_name\n"
    "[column tel]\n"
    "headers = tel\n"
    "op = fake\n"
    "kind = phone\n"
    "identifies = phone\n"
    "[column ville]\n"
    "headers = ville\n"
    "op = drop\n"
    "identifies = address\n"
    "[column com]\n"
    "headers = commentaire\n"
    "op = scrub\n"
    "dates = shift\n"
    "digits = 8\n"
    "suppress = hiv, pregnancy\n"
    "[column com2]\n"
    "headers = note\n"
    "op = scrub\n"
    "replace = placeholder\n"
    "placeholder = [X]\n"
    "suppress = default\n"
    "[column com3]\n"
    "headers = note3\n"
    "op = scrub\n"
    "mode = recall\n"
    "dates = shift\n";

struct fixture {
	struct engine	*e;
	struct policy	*p;		/* e's */
	struct ops_scratch s;
	struct buf	 out;
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	f->e = test_engine_key(POLICY, MASTER);
	f->p = f->e->policy;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	ops_scratch_free(&f->s);
	buf_free(&f->out);
	engine_free(f->e);
	free(f);
	return 0;
}

static const struct policy_column *
rule(const struct fixture *f, const char *name)
{
	for (size_t i = 0; i < f->p->ncolumns; i++)
		if (strcmp(f->p->columns[i].name, name) == 0)
			return &f->p->columns[i];
	return NULL;
}

/* The view of one value under a rule, NUL-terminated in a static buffer. */
static const char *
apply(struct fixture *f, const char *name, const struct ops_row *row,
    const char *v)
{
	static char text[1024];

	buf_reset(&f->out);
	assert_int_equal(ops_apply(f->p, rule(f, name), row, v, strlen(v), &f->s,
	    &f->out), 0);
	assert_true(f->out.len < sizeof(text));
	memcpy(text, f->out.data, f->out.len);
	text[f->out.len] = '\0';
	return text;
}

/* Under rule `name` with the row's values, the view of each of the n
 * cells holds no string of gone[] (test_gone_kept). */
static void
cells_lose(struct fixture *f, const char *name, const struct ops_row *row,
    const char *const *cells, size_t n, const char *const *gone,
    size_t ngone)
{
	for (size_t c = 0; c < n; c++)
		test_gone_kept(apply(f, name, row, cells[c]), gone, ngone, NULL,
		    0);
}

/* Under rule "com2" with no row values: each in[k] must lose gone[k], and
 * the views of kept_in, together, must hold every kept[k] (the clinical
 * text of the same shapes stays). */
#define ASSERT_GONE_KEPT(f, in, gone, kept_in, kept)			\
	assert_gone_kept(f, in, gone, sizeof(in) / sizeof(in[0]), kept_in,	\
	    sizeof(kept_in) / sizeof(kept_in[0]), kept,			\
	    sizeof(kept) / sizeof(kept[0]))

static void
assert_gone_kept(struct fixture *f, const char *const *in,
    const char *const *gone, size_t nin, const char *const *kept_in,
    size_t nkept_in, const char *const *kept, size_t nkept)
{
	struct ops_row row = { 0 };
	char all[2048] = "";

	for (size_t i = 0; i < nin; i++)
		assert_null(strstr(apply(f, "com2", &row, in[i]), gone[i]));
	for (size_t i = 0; i < nkept_in; i++) {
		const char *out = apply(f, "com2", &row, kept_in[i]);

		assert_true(strlen(all) + strlen(out) + 2 < sizeof(all));
		strcat(all, out);
		strcat(all, "\n");
	}
	for (size_t i = 0; i < nkept; i++)
		assert_non_null(strstr(all, kept[i]));
}

#define V(k, s)	{ k, s, sizeof(s) - 1 }

/* A row whose identifying values are a surname and a first name, with
 * the nom and prenom rules that give their pseudonyms; r holds what the
 * row points to and must outlive it. */
struct name_row {
	struct detect_value		 ctx[2];
	const struct policy_column	*rules[2];
	struct ops_row			 row;
};

static const struct ops_row *
name_row(const struct fixture *f, struct name_row *r, const char *last,
    const char *first)
{
	memset(r, 0, sizeof(*r));
	r->ctx[0] = (struct detect_value){ DETECT_IDENT_LAST_NAME, last,
	    strlen(last) };
	r->ctx[1] = (struct detect_value){ DETECT_IDENT_FIRST_NAME, first,
	    strlen(first) };
	r->rules[0] = rule(f, "nom");
	r->rules[1] = rule(f, "prenom");
	r->row.ctx = r->ctx;
	r->row.ctx_rules = r->rules;
	r->row.nctx = 2;
	return &r->row;
}

static void
test_row_pseudonyms(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_ID, "40012308"),
		V(DETECT_IDENT_LAST_NAME, "DUPONT"),
		V(DETECT_IDENT_FIRST_NAME, "Jean"),
		V(DETECT_IDENT_PHONE, "06 12 34 56 78"),
		V(DETECT_IDENT_ADDRESS, "Villeneuve-sur-Lot"),
	};
	const struct policy_column *rules[] = { rule(f, "ipp"), rule(f, "nom"),
	    rule(f, "prenom"), rule(f, "tel"), rule(f, "ville") };
	struct ops_row row = { 0 };
	char nom[64], prenom[64], tel[64], ipp[64], want[512];
	const char *out;

	row.has_shift = 1;
	row.shift = 10;
	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 5;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "DUPONT"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row, "Jean"));
	snprintf(tel, sizeof(tel), "%s", apply(f, "tel", &row, "06 12 34 56 78"));
	snprintf(ipp, sizeof(ipp), "%s", apply(f, "ipp", &row, "40012308"));

	out = apply(f, "com", &row, "Jean DUPONT vu le 12/03/2021, rappeler au "
	    "06.12.34.56.78, IPP 40012308, habite Villeneuve-sur-Lot");
	snprintf(want, sizeof(want), "%s %s vu le 22/03/2021, rappeler au %s, "
	    "IPP %s, habite [ADRESSE]", prenom, nom, tel, ipp);
	assert_string_equal(out, want);

	/* Any case, no accents, the other order, an initial. */
	out = apply(f, "com", &row, "dupont jean; J. Dupont");
	assert_null(strstr(out, "upont"));
	assert_null(strstr(out, "ean"));
	assert_non_null(strstr(out, prenom));

	/* Placeholders by policy, whatever the row holds. */
	out = apply(f, "com2", &row, "Jean DUPONT au 0612345678, le 12 mars 2021");
	assert_string_equal(out, "[NOM] au [TEL], le [DATE]");
}

/* The row values' pseudonyms from the reader's memo (src/scrub.c,
 * scrub_pseudonym): the same bytes as made afresh, on the first cell (a
 * miss) and the next (a hit), remembered under the value itself (another
 * patient's name gets its own pseudonym, never the one before), and with
 * the pseudonym, never the raw value, as what is remembered. */
static void
test_pseudonyms_remembered(void **state)
{
	struct fixture *f = *state;
	const struct detect_value dupont[] = {
		V(DETECT_IDENT_LAST_NAME, "DUPONT"),
		V(DETECT_IDENT_FIRST_NAME, "Jean"),
	}, martin[] = {
		V(DETECT_IDENT_LAST_NAME, "MARTIN"),
		V(DETECT_IDENT_FIRST_NAME, "Paul"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"),
	    rule(f, "prenom") };
	static const char note[] = "Vu Jean DUPONT ce jour, DUPONT Jean rappel";
	static const char other[] = "Vu Paul MARTIN ce jour, MARTIN Paul rappel";
	struct ops_scratch with = { 0 };
	struct ops_row row = { 0 };
	struct memo_ref ref;
	struct buf out = BUF_INIT;
	char fresh[256], nom1[64], nom2[64];

	assert_int_equal(memo_new(&with.memo), 0);
	row.ctx_rules = rules;
	row.nctx = 2;
	for (int patient = 0; patient < 2; patient++) {
		const char *name = patient ? "MARTIN" : "DUPONT";
		const char *text = patient ? other : note;
		char *nom = patient ? nom2 : nom1;

		row.ctx = patient ? martin : dupont;
		snprintf(nom, 64, "%s", apply(f, "nom", &row, name));
		/* made afresh (the fixture's scratch has no memo) */
		snprintf(fresh, sizeof(fresh), "%s", apply(f, "com", &row, text));
		assert_null(strstr(fresh, name));
		assert_non_null(strstr(fresh, nom));
		for (int pass = 0; pass < 2; pass++) {	/* a miss, then a hit */
			buf_reset(&out);
			assert_int_equal(ops_apply(f->p, rule(f, "com"), &row,
			    text, strlen(text), &with, &out), 0);
			assert_int_equal(out.len, strlen(fresh));
			assert_memory_equal(out.data, fresh, out.len);
		}
		/* remembered: the pseudonym under the raw name */
		assert_int_equal(memo_find(with.memo, MEMO_COLS, MEMO_TAG_PSEUDONYM |
		    (uint32_t)row.fake.sex, name, strlen(name), &ref), 1);
		assert_int_equal(ref.vlen, strlen(nom));
		assert_memory_equal(ref.val, nom, ref.vlen);
	}
	assert_string_not_equal(nom1, nom2);
	buf_free(&out);
	memo_free(with.memo);
	with.memo = NULL;
	ops_scratch_free(&with);
}

/* The known misses of docs/scrub.md, each as a rule: a first name that
 * is an ordinary word used as the subject at the start of a sentence,
 * "M." as the initial of a woman's first name, third parties in lower
 * case after a relative or "le pr".  The raw values must not appear; the
 * clinical words around them must. */
/* Issue 10, the held-out corpus's dev half: the words of the suppressed
 * groups it showed missed (self-harm, involuntary care, pregnancy by its
 * shape, addiction, HPV, sterilization) go; the clinical words that look
 * like them stay. */
static void
test_sensitive_families(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"IMV", "suicidaires", "de mort", "autolyse", "volontaire",
		"maniaque", "consentement", "SDRE", "SDT", "SPI", "Patiente G3P2",
		"G2 P1", "32 SA", "8 sa", "27  SA", "GEU", "extra", "primigeste", "partum",
		"CSAPA", "rono", "HPV", "trompes", "ROSSESSE",
	};
	static const char *const kept[] = {
		"sa fille", "SA FILLE", "Sevrage tabac", "EVA 6/10", "lot G3P2X",
		"Stérilisation du matériel", "TA 13/8",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "ATCD IMV (Seroplex), id\xc3\xa9" "es "
	    "suicidaires, id\xc3\xa9" "es de mort, tentative d'autolyse, "
	    "phl\xc3\xa9" "botomie volontaire, \xc3\xa9pisode maniaque ; "
	    "admis en soins sans consentement (SDRE puis SDT, soins en SPI). Patiente "
	    "G3P2, G2 P1, grossesse de 32 SA, TA 13/8, grossesse de 8 sa, 27  SA, "
	    "EVA 6/10 ; GEU ; grossesse extra-ut\xc3\xa9rine ; primigeste, "
	    "post-partum. Suivi CSAPA, h\xc3\xa9ro\xc3\xaf" "nomane. "
	    "HPV positif. Ligature des trompes. DE 19 SA, BPCO, GROSSESSE "
	    "EXTRA-UT\xc3\x89RINE. Sevrage tabac. Vu avec sa fille le 12 "
	    "SA FILLE. lot G3P2X. St\xc3\xa9rilisation du mat\xc3\xa9riel.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* the classes added after the third hand rows
 * (docs/scrub.md, "Sensitive terms, fourth pass"): personality disorders
 * with their type, addiction with its object, acute alcohol, inhalants,
 * eating disorders with their qualifier, the spelled-out STIs and their
 * treatments, contraception methods, abortion; and the look-alikes kept. */
static void
sensitive_more_classes(struct fixture *f)
{
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		/* mental, addiction */
		"vitante", "aux jeux", "ludopathie", "OH aigu", "protoxyde",
		"au crack", "restrictive", "Elvanse", "sniff", "vrose",
		"hyst\xc3\xa9rie", "de pendaison", "auto-agressif",
		/* hiv */
		"sid\xc3\xa9" "en", "post-exposition",
		/* sti */
		"neurosyphilis", "chlamydiose", "verrues g", "doxyPEP", "LGV",
		"Lentocilline", "sexuellement",
		/* reproductive */
		"servatif f", "spermicide", "Levosert", "Drospibel",
		"cape cervicale", "Ogino",
		/* pregnancy */
		"IVGM", "orthog", "Misolfa",
	};
	static const char *const kept[] = {
		"asth\xc3\xa9nie, anorexie, amaigrissement", "25 OH vitamine D",
		"MEOPA", "vomissements provoqu\xc3\xa9s par la toux",
		"diaphragme", "verrues plantaires",
		"pr\xc3\xa9servatif urinaire", "jeux de soci\xc3\xa9t\xc3\xa9",
	};
	const char *out;

	out = apply(f, "com2", &row, "Trouble de la personnalit\xc3\xa9 "
	    "\xc3\xa9vitante. Addiction aux jeux, ludopathie. OH aigu, "
	    "protoxyde d'azote, d\xc3\xa9pendance au crack, anorexie "
	    "restrictive, Elvanse, sniffe, n\xc3\xa9vrose, hyst\xc3\xa9rie, "
	    "tentative de pendaison, passage \xc3\xa0 l'acte auto-agressif. "
	    "Patient sid\xc3\xa9" "en, "
	    "traitement post-exposition. Neurosyphilis, chlamydiose, verrues "
	    "g\xc3\xa9nitales, doxyPEP, LGV, Lentocilline, infections "
	    "sexuellement transmissibles. Pr\xc3\xa9servatif f\xc3\xa9minin, "
	    "spermicide, Levosert, Drospibel, cape cervicale, m\xc3\xa9thode "
	    "Ogino. IVGM en orthog\xc3\xa9nie, Misolfa. Restent : "
	    "asth\xc3\xa9nie, anorexie, amaigrissement ; 25 OH vitamine D ; "
	    "MEOPA ; vomissements provoqu\xc3\xa9s par la toux ; coupole du "
	    "diaphragme ; verrues plantaires ; pr\xc3\xa9servatif urinaire ; "
	    "jeux de soci\xc3\xa9t\xc3\xa9 ; crise d'angoisse ; "
	    "phl\xc3\xa9" "botomie pour h\xc3\xa9mochromatose.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* Issue 10, helper terms: each group's vocabulary as notes write it, built
 * by class (CIM-10 chapter F labels, WHO ATC classes, French brands), and
 * what stays because it is not the group's (docs/scrub.md, "Sensitive
 * terms by group"). */
static void
test_sensitive_vocabulary(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		/* mental */
		"pisode d", "TROUBLE", "BIPOLAIRE", "carifications", "Maintena",
		"Anafranil", "Nozinan", "pakote", "TOC", "TSPT", "personnalit",
		"schizo", "Brintellix", "noires", "anxio", "PVVIH",
		/* addiction */
		"zamal", "crack", "alcoolisation", "sp\xc3\xa9ral", "tremens",
		"Baclocur", "chemsex", "GHB", "Orobupr", "OH chronique",
		/* hiv */
		"Aptivus", "Fuzeon", "Apretude",
		/* pregnancy */
		"G2P1", "enceinte",
		/* reproductive */
		"pilule", "Trinordiol", "oestroprogestatif",
		/* sti */
		"chlamydiae", "Extencilline",
	};
	static const char *const kept[] = {
		"D\xc3\xa9pakine", "drop\xc3\xa9ridol", "Zyban", "anxieux avant",
		"maladie d'Alzheimer", "solution hydro-alcoolique",
		"Sevrage tabac", "Lior\xc3\xa9sal", "baclof\xc3\xa8ne", "naloxone",
		"1 amp.", "TP/TCA", "Doppler des TSA", "tumeur borderline",
		"Seresta", "sa fille",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "\xc3\x89pisode d\xc3\xa9pressif ; "
	    "TROUBLE BIPOLAIRE DE TYPE I. Scarifications. Abilify Maintena, "
	    "Anafranil, Nozinan, D\xc3\xa9pakote ; TOC, TSPT, personnalit\xc3\xa9 "
	    "borderline, trouble schizo-affectif, Brintellix, id\xc3\xa9" "es "
	    "noires, syndrome anxio-d\xc3\xa9pressif, PVVIH. Zamal et crack, "
	    "alcoolisation, Esp\xc3\xa9ral, delirium tremens, Baclocur, chemsex "
	    "(GHB), Orobupr\xc3\xa9, OH chronique. Aptivus, Fuzeon, Apretude. "
	    "G2P1, enceinte. Sa pilule, Trinordiol, oestroprogestatif. "
	    "Chlamydiae, Extencilline. Restent : D\xc3\xa9pakine (\xc3\xa9pilepsie), "
	    "drop\xc3\xa9ridol, Zyban, anxieux avant le bloc, maladie "
	    "d'Alzheimer, solution hydro-alcoolique, Sevrage tabac, "
	    "Lior\xc3\xa9sal, baclof\xc3\xa8ne, naloxone, Vitamine D 1 amp. "
	    "TP/TCA normaux, Doppler des TSA, tumeur borderline de l'ovaire, "
	    "Seresta 10, vu avec sa fille.");
	TEST_GONE_KEPT(out, gone, kept);
	sensitive_more_classes(f);
}

/* the lexicon matched as a capability, not as
 * a list of spellings: plural, feminine and participle forms of an entry
 * (sensitive_canon), abbreviations written with dots, the verbs of
 * self-harm; and what stays: "dépression" of a physiological value (keep
 * entries), "TS 3 min" (the bleeding time), "TSH", lower-case "t.s.". */
static void
test_sensitive_forms(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"pressives", "PSYCHOTIQUES", "scarifi", "T.S", "I.V.G",
		"opositives", "mentaux", "sid\xc3\xa9" "ennes", "S.P.D.R.E",
		"morbides", "mutil",
	};
	static const char *const kept[] = {
		"D\xc3\xa9pression respiratoire", "d\xc3\xa9pression du segment ST",
		"TS 3 min", "TSH", "p.o.", "niveaux",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Patientes d\xc3\xa9pressives, "
	    "PSYCHOTIQUES. Elle s'est scarifi\xc3\xa9" "e hier ; ATCD de T.S. "
	    "et d'I.V.G ; femmes s\xc3\xa9ropositives ; troubles mentaux ; "
	    "patientes sid\xc3\xa9" "ennes ; admis en S.P.D.R.E. ; id\xc3\xa9" "es "
	    "morbides ; s'est mutil\xc3\xa9" "e. Restent : D\xc3\xa9pression "
	    "respiratoire sous morphine, d\xc3\xa9pression du segment ST, "
	    "TS 3 min, TSH normale, parac\xc3\xa9tamol p.o., niveaux de "
	    "soins.");
	TEST_GONE_KEPT(out, gone, kept);
	/* A dotted abbreviation alone in its comment: no other word opens
	 * the term scan (W_ACRO does). */
	out = apply(f, "com2", &row, "ATCD de T.S par phl\xc3\xa9" "botomie.");
	assert_null(strstr(out, "T.S"));
	out = apply(f, "com2", &row, "Demande d'I.V.G. ce jour.");
	assert_null(strstr(out, "I.V.G"));
}

/* CIM-10 codes of the suppressed groups written
 * in the text, and the care that names a group (the psychiatrist, the
 * screening and planning centres), with "alcoolique" alone now that the
 * antiseptics are kept whole.  What stays: a letter and two digits that
 * are a place, a vitamin, a vertebra, a code outside the groups or
 * without a word saying it is one; the antiseptics; CMP (cardiomyopathy). */
static void
test_sensitive_codes_and_care(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"F32.1", "F10.2", "DAS Z21", "B24", "A51.0", "O80", "F43",
		"psychiatre", "suivi psy", "CATTP", "chaude", "HSV-2", "FCS",
		"CPEF", "Puregon", "alcoolique connu", "korsakoff", "Rexulti",
		"Sayana", "PrEPeur", "Tybost", "lirante aigu", "psychotrauma",
		"emtricitabine/t",
	};
	static const char *const kept[] = {
		"chambre B21", "box F12", "vitamine B12", "SpO2", "T12",
		"K21.0", "Z21 sans", "hydro-alcoolique", "Chlorhexidine alcoolique",
		"CMP dilat", "HSV-1", "neuro-psy",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Codage : F32.1 ; DP F10.2, DAS Z21 ; "
	    "CIM-10 B24 ; code A51.0 ; O80 ; (F43.1). Vu par le psychiatre, "
	    "suivi psy, CATTP. Chaude-pisse, HSV-2, FCS, adress\xc3\xa9" "e au "
	    "CPEF, Puregon. Patient alcoolique connu, syndrome de Korsakoff. "
	    "Rexulti, Sayana Press, PrEPeur sous Tybost, "
	    "emtricitabine/t\xc3\xa9nofovir. Bouff\xc3\xa9" "e "
	    "d\xc3\xa9lirante aigu\xc3\xab, psychotrauma. "
	    "Restent : chambre B21, box F12, vitamine B12, SpO2 97 %, T12, "
	    "K21.0, Z21 sans contexte, friction hydro-alcoolique, "
	    "Chlorhexidine alcoolique, CMP dilat\xc3\xa9" "e, HSV-1 labial, "
	    "bilan neuro-psy.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* a term holds the words that name its
 * group, not an ordinary qualifier after it ("contraception d'urgence",
 * "DIU au cuivre", "stérilet au cuivre", "contraception par implant",
 * "rupture de préservatif": the qualifier stays); the condom and the
 * progestogen-only pill by their everyday names, "post-natal(e)"; the
 * signs an STI is diagnosed by (urétrite, cervicite, chancre, épididymite,
 * rectite) beside an STI.  What stays: the qualifiers, the urinary sheath
 * ("préservatif urinaire"), the same signs with no STI near or after a
 * catheter, Viread in a note of a hepatitis B with no HIV (hbv_drug_alone
 * in detect_term.c; beside HIV it goes). */
static void
test_sensitive_bounds_and_classes(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"contraception d'", "DIU au", "st\xc3\xa9rilet au",
		"Contraception par", "par implant", "de pr\xc3\xa9servatif",
		"Pr\xc3\xa9servatifs remis", "micropilule", "minipilule",
		"post-natale", "postnatal", "ur\xc3\xa9trite", "cervicite",
		"chancre", "pididymite", "rectite", "Truvada", "Viread",
	};
	static const char *const kept[] = {
		"X] d'urgence (", "X] au cuivre en", "X] au cuivre \xc3\xa0",
		"rupture de [X", "X] par [X",
	};
	static const char *const gone2[] = { "IVG" };
	static const char *const kept2[] = {
		"pr\xc3\xa9servatif urinaire", "ur\xc3\xa9trite sur sonde",
		"rectite radique", "cervicite chronique", "Viread",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Demande la contraception d'urgence "
	    "(rapport hier). DIU au cuivre en place ; st\xc3\xa9rilet au "
	    "cuivre \xc3\xa0 retirer. Contraception par implant. D\xc3\xa9pistage "
	    "apr\xc3\xa8s rupture de pr\xc3\xa9servatif. Pr\xc3\xa9servatifs "
	    "remis, micropilule \xc3\xa0 la sortie, ou minipilule. Visite "
	    "post-natale, entretien postnatal. CeGIDD : gonococcie, "
	    "ur\xc3\xa9trite purulente ; chlamydia et cervicite ; syphilis, "
	    "chancre ; \xc3\xa9pididymite ; rectite \xc3\xa0 gonocoque. PrEP "
	    "par Truvada ; co-infection VHB, Viread.");
	TEST_GONE_KEPT(out, gone, kept);
	out = apply(f, "com2", &row, "Urologie : pr\xc3\xa9servatif urinaire "
	    "la nuit, ur\xc3\xa9trite sur sonde. H\xc3\xa9patite B chronique "
	    "sous Viread. Radioth\xc3\xa9rapie : rectite radique. Gyn\xc3\xa9" "co : "
	    "cervicite chronique, frottis normal, IVG en 2019.");
	TEST_GONE_KEPT(out, gone2, kept2);
}

/* derived forms the matcher's endings do not
 * reach (the adjectives "toxicomaniaque", "chlamydien(ne)", "post-abortum"),
 * the withdrawal state by its French names, labour induction (dinoprostone,
 * G02AD02) and a drospirenone pill.  What stays: "manque" of an ordinary
 * lack, an infection that is not chlamydial, a look-alike drug
 * (Prostigmine). */
static void
test_sensitive_derived_forms(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"toxicomaniaque", "chlamydienne", "post-abortum",
		"syndrome de manque", "tat de manque", "Prostine", "Propess",
		"dinoprostone", "Felixita",
	};
	static const char *const kept[] = {
		"manque d'app\xc3\xa9tit", "manque de sommeil",
		"infection urinaire", "Prostigmine",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Patiente toxicomaniaque, infection "
	    "chlamydienne, suites post-abortum simples. Syndrome de manque "
	    "aux opiac\xc3\xa9s, \xc3\xa9tat de manque. Maturation par "
	    "Prostine puis Propess (dinoprostone). Pilule Felixita. "
	    "Restent : manque d'app\xc3\xa9tit, manque de sommeil, infection "
	    "urinaire, Prostigmine.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* helper sensaddr16: the cannabis screen by its lab name, the
 * antiretrovirals by the pairs of abbreviations
 * prescriptions write, the English names of the treatment, anogenital
 * warts by the adjective, the clipped self-poisoning, and "sevrage" as the
 * target of a nursing transmission whose cue stands far after it.  What
 * stays: a negative cannabis screen, "sevrage" as the target of a weaning
 * from the ventilator, "L'ABC", "3TC" alone (hepatitis B too), a cart, a
 * lesion that is no wart. */
static void
test_sensitive_screens_and_pairs(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"des positifs", "TDF/FTC", "DRV/r", "ABC/3TC",
		"Cabenuva", "HAART", "condylomateuses", "intox m", "sevrage",
	};
	static const char *const kept[] = {
		"cannabino\xc3\xaf" "des n\xc3\xa9gatifs", "Cushman 8",
	};
	static const char *const gone2[] = { "schizo " };
	static const char *const kept2[] = {
		"Cible : sevrage. D", "L'ABC de", "sous 3TC", "Cart de",
		"l\xc3\xa9sions cutan\xc3\xa9" "es",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Toxicologie urinaire : "
	    "cannabino\xc3\xaf" "des positifs, opiac\xc3\xa9s n\xc3\xa9gatifs. "
	    "Sous TDF/FTC, puis DRV/r et "
	    "ABC/3TC, ou Cabenuva ; on HAART. L\xc3\xa9sions "
	    "condylomateuses. Admise pour intox m\xc3\xa9" "dicamenteuse "
	    "volontaire. CIBLE : sevrage. D : J2, tremblements, sueurs, "
	    "Cushman 8, dit boire 2 L de vin par jour avant l'entr\xc3\xa9" "e, "
	    "bilan fait (OH chronique). Contr\xc3\xb4le : "
	    "cannabino\xc3\xaf" "des n\xc3\xa9gatifs.");
	TEST_GONE_KEPT(out, gone, kept);
	out = apply(f, "com2", &row, "Cible : sevrage. D : intub\xc3\xa9 "
	    "depuis 10 jours, \xc3\xa9preuve de VS sur tube tol\xc3\xa9r\xc3\xa9" "e "
	    "30 min, gaz du sang corrects, kin\xc3\xa9 faite ce matin, famille "
	    "inform\xc3\xa9" "e, pas de fi\xc3\xa8vre. Son fr\xc3\xa8re, "
	    "schizo et suivi. L'ABC de la prise en charge. H\xc3\xa9patite B "
	    "sous 3TC. Cart de transport. Pas de l\xc3\xa9sions "
	    "cutan\xc3\xa9" "es.");
	TEST_GONE_KEPT(out, gone2, kept2);
}

/* alcohol named alone and its antiseptics kept
 * whole (keep entries), drunkenness and overdose, detoxification and harm
 * reduction, the other involuntary-care abbreviations, self-harm with a
 * hyphen, mood swings, dementia (F00-F03), the STI names and the steps of
 * assisted reproduction the lists lacked; and what stays: the alcohol of
 * disinfection and excipients, the blood alcohol level, Alzheimer's
 * disease and confusion (not chapter F), the dental implant, an overdose
 * of anticoagulant written "surdosage", the subarachnoid haemorrhage
 * (HSA), the care places the hand sets leave unlabeled, the right upper
 * lobe (LSD) of radiology, the rheumatoid factor's "séropositive". */
static void
test_sensitive_alcohol_and_more(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		/* addiction */
		"GHB + alcool", "Xanax + alcool", "Alcool :", "pas d'alcool",
		"bri\xc3\xa9t\xc3\xa9", "buveur", "overdose", "surdose",
		"sintoxication", "postcure", "St\xc3\xa9ribox", "BHD",
		"kit naloxone", "polyaddiction", "alcoolotabagisme",
		"binge",
		/* mental */
		"sous contrainte", "SPPI", "SDDE", "auto-mutilation",
		"auto-agressif", "virage maniaque", "Asperger", "d\xc3\xa9mence",
		"NAP", "Bipolarit",
		/* sti */
		"donovanose", "coq",
		/* pregnancy, reproductive */
		"Cytotec", "IVGs", "oeticide", "Implanon", "Ella One",
		"implant, don", "don de sperme", "vitrification", "DMPA",
		"LSD en", "patiente s\xc3\xa9ropositive",
	};
	static const char *const kept[] = {
		"alcool \xc3\xa0 70", "Compresse d'alcool", "alcool modifi\xc3\xa9",
		"alcool benzylique", "gel hydroalcoolique", "Alcool\xc3\xa9mie nulle",
		"maladie d'Alzheimer", "syndrome confusionnel", "implant dentaire",
		"Surdosage en AVK", "HSA de grade 2", "CeGIDD", "Cs addicto",
		"TPHA", "sevrage de la VNI", "nodule pulmonaire LSD",
		"rhumato\xc3\xaf" "de s\xc3\xa9ropositive",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Amen\xc3\xa9 pour GHB + alcool en "
	    "soir\xc3\xa9" "e ; IMV : 20 cp de Xanax + alcool. Alcool : 3 "
	    "bi\xc3\xa8res/j, hier pas d'alcool. Etat d'\xc3\xa9" "bri\xc3\xa9"
	    "t\xc3\xa9, ancien buveur, overdose samedi, surdose d'opiac\xc3\xa9s. "
	    "Cure de d\xc3\xa9sintoxication puis postcure, St\xc3\xa9ribox, BHD "
	    "8 mg, kit naloxone remis, polyaddiction, alcoolotabagisme, binge "
	    "drinking. Hospitalis\xc3\xa9" "e sous contrainte (SPPI puis SDDE), "
	    "auto-mutilation, geste auto-agressif, virage maniaque, syndrome "
	    "d'Asperger, d\xc3\xa9mence mixte, NAP mensuel, Bipolarit\xc3\xa9. "
	    "Donovanose, cr\xc3\xaates de coq. Cytotec \xc3\xa0 J3, deux IVGs, "
	    "foeticide, Implanon retir\xc3\xa9, Ella One, contraception par "
	    "implant, don de sperme, vitrification ovocytaire, DMPA. LSD en "
	    "soir\xc3\xa9" "e, patiente s\xc3\xa9ropositive. "
	    "Restent : d\xc3\xa9sinfection \xc3\xa0 l'alcool \xc3\xa0 70\xc2\xb0, "
	    "Compresse d'alcool, alcool modifi\xc3\xa9, excipient alcool "
	    "benzylique, gel hydroalcoolique, Alcool\xc3\xa9mie nulle, "
	    "maladie d'Alzheimer, syndrome confusionnel, implant dentaire, "
	    "Surdosage en AVK, HSA de grade 2, RDV au CeGIDD, Cs addicto, "
	    "TPHA positif, sevrage de la VNI, nodule pulmonaire LSD 9 mm, "
	    "polyarthrite rhumato\xc3\xaf" "de s\xc3\xa9ropositive.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* the rest of chapter XV (O13-O72 as obstetric
 * notes write them), the HIV infection named whole and the virus's type
 * glued to it, nurses' shortenings; a term of four words whose first word
 * ends another entry ("mort" of "idées de mort") grows whole (grow_term).
 * Kept: "rpm" after a number (a unit), the pregnancy's dates (DDR, "terme
 * prévu": no hand set labels them), "sérologie" before VIH, a dose after
 * VIH ("1 cp/j"), "cerclage" of the retina, a surgical péridurale. */
static void
test_sensitive_obstetrics_and_types(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"HTA gravidique", "HELLP", "RPM", "membranes", "HRP",
		"praevia", "cerclage du col", "RCIU", "hydramnios",
		"chorioamniotite", "HPP", "mort f", "in utero", "pisiotomie",
		"nullipare", "gestante", "GIU", "ITG", "th\xc3\xa9rapeutique",
		"infection VIH", "H-1", "VIH2", "1/2", "subu", "m\xc3\xa9tha",
		"polytox", "UDVI", "scarifs", "gono", "Wartec",
	};
	static const char *const kept[] = {
		"120 rpm", "DDR", "terme pr\xc3\xa9vu", "S\xc3\xa9rologie",
		"1 cp/j", "cerclage scl\xc3\xa9ral", "anesth\xc3\xa9sie p\xc3\xa9ridurale",
		"infection urinaire",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "HTA gravidique puis HELLP syndrome, "
	    "RPM \xc3\xa0 34 SA (rupture pr\xc3\xa9matur\xc3\xa9" "e des "
	    "membranes), HRP, placenta praevia, cerclage du col, RCIU, "
	    "hydramnios, chorioamniotite, HPP, mort foetale in utero, "
	    "\xc3\xa9pisiotomie ; nullipare, gestante, GIU \xc3\xa0 l'\xc3\xa9" "cho, "
	    "ITG (interruption th\xc3\xa9rapeutique de grossesse). Infection "
	    "VIH stade C, VIH-1 et VIH2, S\xc3\xa9rologie VIH1/2 ; subu 8 mg, "
	    "m\xc3\xa9tha 40, polytox, UDVI, scarifs, gono +, Wartec. Restent : "
	    "pouls 120 rpm, DDR le 3, terme pr\xc3\xa9vu le 4, Ordonnance VIH "
	    "1 cp/j, cerclage scl\xc3\xa9ral de la r\xc3\xa9tine, anesth\xc3\xa9sie "
	    "p\xc3\xa9ridurale pour la hanche, infection urinaire.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* Terms disguised in a comment: look-alike letters (Cyrillic, Greek,
 * full-width), capitals spelled apart, laboratory mnemonics, a sexual
 * health consultation.  Kept: a blood group spelled apart, dotted
 * initials, ordinary acronyms, a Cyrillic word that is no term. */
static void
test_sensitive_disguised_terms(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"V\xd0\x86H", "\xce\x97\xce\x99V",
		"\xef\xbc\xb6\xef\xbc\xa9\xef\xbc\xa8", "V-I-H",
		"V I H", "V_I_H", "V/I/H", "CVVIH", "ARNVIH", "AgP24",
		"HIV1RNA", "decine sexuelle",
	};
	static const char *const kept[] = {
		"A B O", "V.I.P.", "CMV", "HTA", "\xd0\xbc\xd0\xb8\xd1\x80",
		"groupe ABO",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Bilan : s\xc3\xa9rologie V\xd0\x86H "
	    "positive, \xce\x97\xce\x99V connu, charge virale "
	    "\xef\xbc\xb6\xef\xbc\xa9\xef\xbc\xa8 basse ; V-I-H et V I H "
	    "cit\xc3\xa9s, V_I_H, V/I/H. CVVIH 40 cp, ARNVIH ind\xc3\xa9tectable, "
	    "AgP24 n\xc3\xa9gatif, HIV1RNA < 20. Suivi en m\xc3\xa9" "decine "
	    "sexuelle. Restent : groupe A B O, patient V.I.P., CMV n\xc3\xa9gatif, "
	    "HTA, le mot \xd0\xbc\xd0\xb8\xd1\x80 en russe, groupe ABO.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* "anorexie" alone is the disorder, not beside
 * the other signs of a general state (keep entries: the symptom stays);
 * "OH" alone is alcohol, not the hydroxyl after a number ("25 OH", "Vit D
 * 25-OH", "17-OH") nor "oh" nor among words in capitals. */
static void
test_sensitive_anorexia_and_oh(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"anorexie :", "anorexie, hosp", "OH 2 verres", "sevrage OH",
		"OH+", "conso OH",
	};
	static const char *const kept[] = {
		"asth\xc3\xa9nie, anorexie, amaigrissement",
		"AEG avec anorexie", "anorexie et perte de poids",
		"25 OH vitamine D", "Vit D 25-OH", "17-OH", "Oh,",
		"OH MON DIEU",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Suivie pour anorexie : IMC 15,2 ; "
	    "anorexie, hospitalisation en janvier. OH 2 verres/j, sevrage OH ; "
	    "ivre, OH+ \xc3\xa0 l'arriv\xc3\xa9" "e ; conso OH. Restent : asth\xc3\xa9nie, "
	    "anorexie, amaigrissement ; AEG avec anorexie ; anorexie et perte "
	    "de poids ; 25 OH vitamine D 18 ng/ml, Vit D 25-OH : 12, 17-OH "
	    "progest\xc3\xa9rone normale. Oh, il tombe. OH MON DIEU.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* the French obstetric formula in its other
 * forms (gp_formula): a hyphen or slash inside, the count before the
 * letter, Roman numerals in capitals.  Kept: a reference glued to more,
 * "IIG" without its P, "Windows XP", a lot number. */
static void
test_sensitive_obstetric_formula(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"G2-P1", "G3/P2", "2G1P", "3G 2P", "IIG IP", "IIIGIIP",
		"G4 P2 A1", "vaginalis", "CT/NG", "HPV 16", "micro-",
		"avort\xc3\xa9" "e",
	};
	static const char *const kept[] = {
		"G2P1X", "IIG sans", "XG XP", "lot 4G", "CT thorax",
		"sonde NG",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Patientes : G2-P1 ; G3/P2 ; 2G1P ; "
	    "3G 2P ; IIG IP ; IIIGIIP ; G4 P2 A1. Trichomonas vaginalis, "
	    "PCR CT/NG positive, HPV 16 positif, micro-progestatif, "
	    "avort\xc3\xa9" "e en 2019. Restent : dossier G2P1X, IIG sans "
	    "suite, XG XP, lot 4G, CT thorax, sonde NG.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* Each form of the obstetric formula found alone in its comment, where
 * scan_terms runs scan_gravidity only when the text has the two bytes
 * every form has side by side (detect_term.c gravidity_hint, read
 * sixteen pairs at a time): a comment shorter than sixteen bytes, and
 * the form at the start, inside and at the very end of a longer one (the
 * last sixteen bytes read apart).  Kept in the same places: "lot 4G",
 * "IIG sans suite", a reference glued to more. */
static void
test_sensitive_obstetric_formula_alone(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const forms[] = {
		"G3P2", "g2p1", "G2-P1", "G3/P2", "2G1P", "3G 2P", "IIG IP",
		"IIIGIIP", "VG IP", "G4 P2 A1",
	};
	static const char *const keep[] = { "lot 4G", "IIG sans suite",
	    "G2P1X", "XG XP" };
	static const char *const where[] = {
		"%s", "%s : suivi", "Patiente enceinte, %s", "%s, suivi de "
		    "grossesse normal", "Suivi de grossesse normal ; %s",
		"Suivi de grossesse normal. %s. RAS",
	};
	char text[256];

	for (size_t k = 0; k < sizeof(forms) / sizeof(forms[0]); k++)
		for (size_t w = 0; w < sizeof(where) / sizeof(where[0]); w++) {
			const char *gone[] = { forms[k] }, *kept[] = { "uivi" };

			snprintf(text, sizeof(text), where[w], forms[k]);
			test_gone_kept(apply(f, "com2", &row, text), gone, 1,
			    kept, strstr(where[w], "uivi") != NULL);
		}
	for (size_t k = 0; k < sizeof(keep) / sizeof(keep[0]); k++)
		for (size_t w = 0; w < sizeof(where) / sizeof(where[0]); w++) {
			const char *kept[] = { keep[k] };

			snprintf(text, sizeof(text), where[w], keep[k]);
			test_gone_kept(apply(f, "com2", &row, text), NULL, 0,
			    kept, 1);
		}
}

/* one slip of typing in a term of a group
 * (scan_slips, sensitive_near): the misspelled words gone; the ordinary
 * words one letter from a term kept ("addition", "adduction": one edit
 * from "addiction", but the lexicon knows them).  Helper terms9: a slip
 * in the first three letters too ("shizophrénie", "etylisme",
 * "clamydia", "siphilis"); the ordinary words one edit from a term there
 * kept ("artistique" from "autistique", "dégressif" from "dépressif",
 * "restant" from "gestant", "monocoque" from "gonocoque"). */
static void
test_sensitive_slips(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"hyzophr", "chlamidia", "gonnocoque", "Syphillis", "avortment",
		"TOXICOMNIE", "shizophr", "etylisme", "clamydia", "siphilis",
	};
	static const char *const kept[] = {
		"addition des doses", "adduction de hanche",
		"atelier artistique", "tarif d\xc3\xa9gressif",
		"reliquat restant", "voilier monocoque",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "ATCD de schyzophr\xc3\xa9nie. PCR "
	    "chlamidia et gonnocoque. Syphillis trait\xc3\xa9" "e, avortment "
	    "en 2019, TOXICOMNIE. Aussi shizophr\xc3\xa9nie, etylisme "
	    "chronique, clamydia, siphilis. Restent : addition des doses, "
	    "adduction de hanche, atelier artistique, tarif "
	    "d\xc3\xa9gressif, reliquat restant, voilier monocoque.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* Data: Tourette's syndrome, MSO, the crack
 * user, purple drank, misuse of pregabalin; a hydatidiform mole, the
 * toxaemia of pregnancy whole, lochia, DPNI, the nuchal translucency, the
 * dating scan: gone.  Kept: "tics" alone, "mésusage" alone, a first name
 * Gilles in a name, "née" and "ne ... pas" (no entry ends in them). */
static void
test_sensitive_more_chapters(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"Tourette", "MSO", "crackeu", "drank", "gabaline", "hydatiforme",
		"tox\xc3\xa9mie", "lochies", "DPNI", "nucale", "datation",
	};
	static const char *const kept[] = {
		"tics moteurs", "m\xc3\xa9susage du mat\xc3\xa9riel",
		"ne mange pas",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Syndrome de Gilles de la Tourette sous "
	    "MSO, crackeur, purple drank, m\xc3\xa9susage de "
	    "pr\xc3\xa9gabaline. M\xc3\xb4le hydatiforme, tox\xc3\xa9mie "
	    "gravidique, lochies, DPNI, clart\xc3\xa9 nucale, "
	    "\xc3\xa9" "chographie de datation. Restent : tics moteurs, "
	    "m\xc3\xa9susage du mat\xc3\xa9riel, ne mange pas.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* suicidal ideas under other heads, whole
 * ("pensées suicidaires", "envie d'en finir", "s'est ouvert les veines"),
 * TPL, the psychiatric care of prisons (UHSA, SMPR): gone.  Kept: the
 * veins of a vascular note, "finir" of a treatment, "USIP". */
static void
test_sensitive_suicidal_heads(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"Pens\xc3\xa9" "es", "intention", "envie d", "ouvert les",
		"TPL", "UHSA", "SMPR",
	};
	static const char *const kept[] = {
		"veines superficielles", "finir son traitement", "USIP",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Pens\xc3\xa9" "es suicidaires, "
	    "intention suicidaire, envie d'en finir : s'est ouvert les veines. "
	    "TPL connu, transfert UHSA puis SMPR. Restent : veines "
	    "superficielles, veut finir son traitement, lit en USIP.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* a keep entry longer than the scan window
 * after the word that opened it ("dépression de la fontanelle", four
 * words from "dépression"): the window grows to its end, and it is kept;
 * the mood disorder beside it still gone. */
static void
test_sensitive_long_keep(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"pression s\xc3\xa9v\xc3\xa8re",
	};
	static const char *const kept[] = {
		"D\xc3\xa9pression de la fontanelle",
		"d\xc3\xa9pression de la conscience",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Nourrisson : D\xc3\xa9pression de la "
	    "fontanelle ant\xc3\xa9rieure. M\xc3\xa8re : d\xc3\xa9pression "
	    "s\xc3\xa9v\xc3\xa8re. Adulte : d\xc3\xa9pression de la "
	    "conscience, GCS 9.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* weeks of amenorrhoea after a count written
 * out, as dictation writes them ("trente deux sa", "vingt-huit SA",
 * "trente et un sa"): the "sa" gone; the possessive after a number word
 * and a word ("ses deux sa fille") kept. */
static void
test_sensitive_spelled_weeks(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"deux sa,", "huit SA", "un sa.",
	};
	static const char *const kept[] = {
		"deux sa fille", "quatre sa m\xc3\xa8re",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Dict\xc3\xa9" "e : trente deux sa, "
	    "puis vingt-huit SA ; termin\xc3\xa9" "e \xc3\xa0 trente et un sa. "
	    "Restent : voit ses deux sa fille, les quatre sa m\xc3\xa8re.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* the DSM-5 names of substance use disorders
 * whole, the psychoses a substance induced, the psychogenic seizures, MAP
 * (menace d'accouchement prématuré), a slip that leaves a letter out of
 * "grossesse": gone.  Kept: IMV as a ventilator's mode, MAP as a pressure
 * with its unit, "conversion" of a stroke or of a surgery. */
static void
test_sensitive_use_disorders(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"usage de la", "usage du", "induite", "psychog", "CNEP",
		"MAP \xc3\xa0", "grosesse", "grossese", "IMV par",
	};
	static const char *const kept[] = {
		"sous IMV, FiO2", "mode IMV", "MAP 65 mmHg", "MAP > 65 mmHg",
		"Conversion h\xc3\xa9morragique", "conversion en laparotomie",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Trouble de l'usage de la coca\xc3\xafne, "
	    "trouble de l'usage du cannabis, psychose induite. Crises non "
	    "\xc3\xa9pileptiques psychog\xc3\xa8nes (CNEP). MAP \xc3\xa0 28 SA, "
	    "grosesse g\xc3\xa9mellaire, grossese \xc3\xa9volutive. IMV par Xanax. "
	    "Restent : r\xc3\xa9" "a, sous IMV, FiO2 40 %, mode IMV ; MAP 65 mmHg, "
	    "MAP > 65 mmHg. Conversion h\xc3\xa9morragique de l'AVC, "
	    "conversion en laparotomie.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* a word that names a group only beside a cue
 * of it (src/detect_cue.c) goes there, and stays in its other sense or
 * with no cue; the terms a scanner wrote with digits for letters go, the
 * codes of that shape stay. */
static void
test_sensitive_cued(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"sevrage programm", "sevrage complet", "m\xc3\xa9susage de",
		"opiac\xc3\xa9s hors", "bupr\xc3\xa9", "naloxone remise",
		"DT \xc3\xa9vit\xc3\xa9", "conversion probable",
		"implant (", "am\xc3\xa9norrh\xc3\xa9" "e de 6", "V1H",
		"D0VATO", "lithi\xc3\xa9mie", "plan suicidaire",
	};
	static const char *const kept[] = {
		"sevrage ventilatoire", "sevrage tabagique",
	};
	static const char *const gone2[] = {
		"Psy :", "Grossesse :", "\xc3\x89thylisme",
	};
	static const char *const kept2[] = {
		"sevrage de la VNI", "conversion en sinusal", "implant dentaire",
		"am\xc3\xa9norrh\xc3\xa9" "e secondaire", "DT depuis 2 h",
		"DT2", "H1N1", "T1N0", "antalgiques opiac\xc3\xa9s",
		"naloxone si besoin", "m\xc3\xa9susage de l'anticoagulant",
		"implant cochl\xc3\xa9" "aire", "conversion h\xc3\xa9morragique",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Alcoolod\xc3\xa9pendance, sevrage "
	    "programm\xc3\xa9 ; sevrage ventilatoire en cours, sevrage "
	    "tabagique conseill\xc3\xa9. CSAPA : coca\xc3\xafne, "
	    "n\xc3\xa9gatif opiac\xc3\xa9s hors bupr\xc3\xa9, "
	    "m\xc3\xa9susage de Skenan, naloxone remise, sevrage complet. "
	    "Sevrage alcoolique, DT \xc3\xa9vit\xc3\xa9. Liaison "
	    "psychiatrique : conversion probable. Contraception post-IVG : "
	    "implant (Nexplanon). IVG demand\xc3\xa9" "e, "
	    "am\xc3\xa9norrh\xc3\xa9" "e de 6 semaines. Infection \xc3\xa0 "
	    "V1H sous D0VATO, lithi\xc3\xa9mie \xc3\xa0 0,8, plan suicidaire.");
	TEST_GONE_KEPT(out, gone, kept);
	out = apply(f, "com2", &row, "Post-op : antalgiques opiac\xc3\xa9s, "
	    "naloxone si besoin, sevrage de la VNI, m\xc3\xa9susage de "
	    "l'anticoagulant, implant cochl\xc3\xa9" "aire. Psy : d\xc3\xa9pression, "
	    "FA, conversion en sinusal ; AVC, conversion h\xc3\xa9morragique. "
	    "Contraception par pilule, implant dentaire. Grossesse : "
	    "am\xc3\xa9norrh\xc3\xa9" "e secondaire. \xc3\x89thylisme, DT depuis "
	    "2 h, ECG normal, DT2. Grippe H1N1, tumeur T1N0.");
	TEST_GONE_KEPT(out, gone2, kept2);
}

/* Second step: "DG" (diabète gestationnel)
 * beside a pregnancy, the eighth hand set's forms (PTSD, OHc, syndrome
 * délirant, anténatale, a report to the CEIP-A); kept: "DG :" opening a
 * diagnosis, the confusion of geriatric notes, alcohol in the advice
 * given with a prescription. */
static void
test_sensitive_cued_more(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"DG ?", "PTSD", "OHc", "syndrome d\xc3\xa9lirant",
		"ant\xc3\xa9natale", "CEIP", "m\xc3\xa9susage suspect",
	};
	static const char *const kept[] = {
		"DG : diab\xc3\xa8te de type 2", "syndrome confusionnel",
		"\xc3\xa9viter alcool", "\xc3\xa9viter l'alcool",
	};
	static const char *const kept1[] = { "Suivi pour", "pers\xc3\xa9" };
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Enceinte, DG ? glyc\xc3\xa9mie 0,98, "
	    "20 SA. Suivi pour PTSD. ATCD : OHc. Syndrome d\xc3\xa9lirant de "
	    "pers\xc3\xa9" "cution. Corticoth\xc3\xa9rapie ant\xc3\xa9natale. "
	    "Pr\xc3\xa9gabaline : m\xc3\xa9susage suspect\xc3\xa9, "
	    "signalement au CEIP-A.");
	TEST_GONE_KEPT(out, gone, kept1);
	out = apply(f, "com2", &row, "DG : diab\xc3\xa8te de type 2. "
	    "G\xc3\xa9riatrie : syndrome confusionnel. Conseils : "
	    "\xc3\xa9viter alcool, \xc3\xa9viter l'alcool au volant.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* Issue 10, addresses the held-out corpus's dev half showed missed: the
 * raw street, place, unit, postcode and city gone; the words of a
 * sentence that look alike kept. */
static void
test_places(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = {
		"Mouettes", "Capucins", "93200", "saint-denis", "Glycines",
		"Uhart", "Menez", "Ithurria", "ADEF", "212", "Bellevue",
		"Bât A", "porte 12", "8927", "LYON", "69008", "75013", "12a",
		"Moulin", "SELESTAT", "paimpol", "gambetta",
	};
	static const char *const kept[] = {
		"la rue est calme", "porte d'entr\xc3\xa9" "e", "chambre 12",
		"lieu de r\xc3\xa9sidence", "foyer infectieux", "Maison de retraite",
	};
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "Vit au 167, Av. des Mouettes ; sa "
	    "s\xc5\x93ur au 110 ch. des Capucins 93200 saint-denis ; HLM Les "
	    "Glycines ; quartier Bas Uhart ; Ldt Menez Bras ; ferme isol\xc3\xa9"
	    "e (Maison Ithurria) ; Foyer ADEF (5 rue L\xc3\xa9" "cuyer, ch. "
	    "212) ; R\xc3\xa9sidence Bellevue B\xc3\xa2t A ; 142 venelle du "
	    "port, porte 12 ; impasse des Lilas - digicode 8927A ; 166 Imp. "
	    "Gambetta / LYON 69008 ; 18 rue de Tolbiac (75013) ; 12a rue du "
	    "Moulin 67600 SELESTAT ; 50 imp. gambetta 22500 paimpol. "
	    "En chambre 12, la rue est calme, porte d'entr\xc3\xa9" "e ferm\xc3\xa9"
	    "e, lieu de r\xc3\xa9sidence : domicile, foyer infectieux basal, "
	    "Maison de retraite.");
	TEST_GONE_KEPT(out, gone, kept);
}

/* Issue 10: the row's own name inside a street's name ("12 Imp. Jean
 * Jaurès" with first name Jean, "rue Victor Hugo" with last name Hugo)
 * is part of the address: the whole address goes, not the name alone
 * with the rest of the street left raw.  The name elsewhere in the same
 * comment is still the row's name. */
static void
test_row_name_in_street(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_LAST_NAME, "HUGO"),
		V(DETECT_IDENT_FIRST_NAME, "Jean"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	static const char *const gone[] = {
		"Jean", "Jaur", "56100", "Lorient", "Victor", "Hugo", "HUGO",
		"Moulin", "29200", "Brest",
	};
	struct ops_row row = { 0 };
	char prenom[64], nom[64], want[512];
	const char *out;

	(void)state;
	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 2;
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row, "Jean"));
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "HUGO"));
	for (int c = 0; c < 2; c++) {
		out = apply(f, c ? "com2" : "com", &row, "Domicile : 12 Imp. "
		    "Jean Jaur\xc3\xa8s, 56100 Lorient. Sa s\xc5\x93ur au 4 rue "
		    "Victor Hugo ; travaille 3 rue Jean Moulin 29200 Brest. "
		    "Jean HUGO vu ce jour.");
		test_gone_kept(out, gone, sizeof(gone) / sizeof(gone[0]),
		    NULL, 0);
		if (c == 0) {
			/* The name outside the streets: the row's pseudonyms;
			 * each street one address, no name. */
			snprintf(want, sizeof(want), "Domicile : [ADRESSE], "
			    "[ADRESSE]. Sa s\xc5\x93ur au [ADRESSE] ; travaille "
			    "[ADRESSE] [ADRESSE]. %s %s vu ce jour.", prenom, nom);
			assert_string_equal(out, want);
		}

	}
}

/* The lead's decision (docs/scrub.md, "Review, seventeenth pass"): the
 * row's first name and surname side by side are the patient even where
 * an institution's name is read ("Unit\xc3\xa9 de soins Martine
 * Kerouredan" kept both on main a035100); an institution named after
 * someone else still stays ("Unit\xc3\xa9 de soins Marie Curie"). */
static void
test_row_full_name_in_institution(void **state)
{
	struct fixture *f = *state;
	struct name_row r;
	const struct ops_row *row = name_row(f, &r, "KEROUREDAN", "Martine");
	static const char *const cells[] = {
		"Unit\xc3\xa9 de soins Martine Kerouredan, cadre",
		"transf\xc3\xa9r\xc3\xa9" "e \xc3\xa0 l'EHPAD Martine "
		    "Kerouredan ce jour",
		"Centre de sant\xc3\xa9 Martine Kerouredan",
		"Centre de soins KEROUREDAN Martine",
		"Unit\xc3\xa9 de soins martine de kerouredan",
	};
	static const char *const gone[] = {
		"Martine", "Kerouredan", "KEROUREDAN", "martine", "kerouredan",
	};
	static const char *const kept[] = { "Marie Curie" };
	const char *out;

	cells_lose(f, "com", row, cells, sizeof(cells) / sizeof(cells[0]),
	    gone, sizeof(gone) / sizeof(gone[0]));
	out = apply(f, "com", row, "Unit\xc3\xa9 de soins Marie Curie, "
	    "cadre");
	TEST_GONE_KEPT(out, gone, kept);
}

/* The row's pair in an institution's name over the other half of a
 * compound first name ("Martine-Claire Kerouredan": Martine stayed) or
 * across a parenthesis ("Centre de santé Kerouredan (Martine)":
 * Kerouredan stayed): review, eighteenth pass.  One part alone there
 * stays the older rule's (a place named after someone), and so does an
 * institution named after someone else. */
static void
test_row_compound_name_in_institution(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_LAST_NAME, "KEROUREDAN"),
		V(DETECT_IDENT_FIRST_NAME, "Martine-Claire"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	static const char *const cells[] = {
		"Unit\xc3\xa9 de soins Martine-Claire Kerouredan, cadre",
		"Unit\xc3\xa9 de soins Martine Claire Kerouredan, cadre",
		"Unit\xc3\xa9 de soins KEROUREDAN Martine-Claire, cadre",
		"Centre de sant\xc3\xa9 Kerouredan (Martine-Claire)",
	};
	static const char *const gone[] = {
		"Martine", "Claire", "Kerouredan", "KEROUREDAN",
	};
	static const char *const kept[] = { "Marie Curie" };
	struct ops_row row = { 0 };
	const char *out;

	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 2;
	cells_lose(f, "com", &row, cells, sizeof(cells) / sizeof(cells[0]),
	    gone, sizeof(gone) / sizeof(gone[0]));
	out = apply(f, "com", &row, "Unit\xc3\xa9 de soins Marie Curie, "
	    "cadre");
	test_gone_kept(out, gone, sizeof(gone) / sizeof(gone[0]), kept, 1);
}

/* The same pair with one of its names misspelt: the typo search takes
 * the typo beside the row's other name, and that name with it. */
static void
test_row_typo_name_in_institution(void **state)
{
	struct fixture *f = *state;
	struct name_row r;
	const struct ops_row *row = name_row(f, &r, "KEROUREDAN", "Martine");
	static const char *const cells[] = {
		"Unit\xc3\xa9 de soins Martine Kerouredn, cadre",
		"Centre de soins KEROUREDAN Martinne",
		"l'EHPAD Martine Keroueradan a appel\xc3\xa9",
	};
	static const char *const gone[] = {
		"Martine", "Kerouredn", "KEROUREDAN", "Martinne", "Keroueradan",
	};
	static const char *const kept[] = { "Marie Kerbrat" };
	const char *out;

	cells_lose(f, "com", row, cells, sizeof(cells) / sizeof(cells[0]),
	    gone, sizeof(gone) / sizeof(gone[0]));
	/* someone else's name in an institution's name stays */
	out = apply(f, "com", row, "Unit\xc3\xa9 de soins Marie Kerbrat, "
	    "cadre");
	TEST_GONE_KEPT(out, gone, kept);
}

/* A word right after the row's name is the rest of the name, even
 * before a strength and a count (posology_after, review, seventeenth
 * pass): "Bounmy" of "vu avec Kerouredan Bounmy 20 1 cp" stayed raw. */
static void
test_name_before_posology(void **state)
{
	struct fixture *f = *state;
	struct name_row r;
	const struct ops_row *row = name_row(f, &r, "KEROUREDAN", "Martine");
	static const char *const gone[] = { "Kerouredan", "Bounmy" };
	static const char *const kept[] = { "Solupred" };
	const char *out;

	out = apply(f, "com", row, "vu avec Kerouredan Bounmy 20 1 cp");
	test_gone_kept(out, gone, sizeof(gone) / sizeof(gone[0]), NULL, 0);
	/* a count and a dose alone (eponym_grade's dose; the eighteenth
	 * pass: Bounmy was left raw) */
	out = apply(f, "com", row, "vu avec Kerouredan Bounmy 1 cp");
	test_gone_kept(out, gone, sizeof(gone) / sizeof(gone[0]), NULL, 0);
	out = apply(f, "com", row, "transmis \xc3\xa0 Kerouredan Bounmy 2 cp");
	test_gone_kept(out, gone, sizeof(gone) / sizeof(gone[0]), NULL, 0);
	/* a product after the name and a comma stays */
	out = apply(f, "com", row, "vu avec Kerouredan, Solupred 20 1 cp");
	TEST_GONE_KEPT(out, gone, kept);
	out = apply(f, "com", row, "vu avec Kerouredan, Solupred 1 cp");
	TEST_GONE_KEPT(out, gone, kept);
}

static void
test_known_misses(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_LAST_NAME, "MASSE"),
		V(DETECT_IDENT_FIRST_NAME, "Blanche"),
	};
	const struct detect_value ctx_m[] = {
		V(DETECT_IDENT_LAST_NAME, "SCHNEIDER"),
		V(DETECT_IDENT_FIRST_NAME, "Mathilde"),
	};
	const struct detect_value ctx_man[] = {
		V(DETECT_IDENT_LAST_NAME, "SCHNEIDER"),
		V(DETECT_IDENT_FIRST_NAME, "Michel"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	char prenom[64], nom[64], want[512];
	const char *out;

	(void)state;
	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 2;
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row, "Blanche"));
	out = apply(f, "com2", &row, "Petit app\xc3\xa9tit. Blanche dit "
	    "\xc3\xaatre fatigu\xc3\xa9" "e. Masse abdominale souple, "
	    "urines blanches.");
	assert_string_equal(out, "Petit app\xc3\xa9tit. [NOM] dit \xc3\xaatre "
	    "fatigu\xc3\xa9" "e. Masse abdominale souple, urines blanches.");
	out = apply(f, "com", &row, "Blanche a bien mang\xc3\xa9. Blanche de "
	    "l'\xc5\x93il normale.");
	snprintf(want, sizeof(want), "%s a bien mang\xc3\xa9. Blanche de "
	    "l'\xc5\x93il normale.", prenom);
	assert_string_equal(out, want);

	/* "M." before a woman's surname is her initial; before a man's, the
	 * title stays. */
	row.ctx = ctx_m;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "SCHNEIDER"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row, "Mathilde"));
	out = apply(f, "com", &row, "M. SCHNEIDER vue ce jour");
	snprintf(want, sizeof(want), "%c. %s vue ce jour", prenom[0], nom);
	assert_string_equal(out, want);
	assert_null(strstr(out, "SCHNEIDER"));
	row.ctx = ctx_man;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "SCHNEIDER"));
	out = apply(f, "com", &row, "M. SCHNEIDER vu ce jour");
	snprintf(want, sizeof(want), "M. %s vu ce jour", nom);
	assert_string_equal(out, want);

	/* Third parties in lower case; what is no name stays. */
	row.nctx = 0;
	out = apply(f, "com2", &row, "son fils claude zimmermann pr\xc3\xa9sente, "
	    "adress\xc3\xa9 par le pr fontaine-leclerc, personne de "
	    "confiance : clara quiniou. sa fille pr\xc3\xa9sente ce jour, "
	    "la pr est stable, nee leroux");
	assert_null(strstr(out, "claude"));
	assert_null(strstr(out, "zimmermann"));
	assert_null(strstr(out, "fontaine"));
	assert_null(strstr(out, "leclerc"));
	assert_null(strstr(out, "clara"));
	assert_null(strstr(out, "quiniou"));
	assert_null(strstr(out, "leroux"));
	assert_non_null(strstr(out, "son fils [NOM] pr\xc3\xa9sente"));
	assert_non_null(strstr(out, "sa fille pr\xc3\xa9sente ce jour"));
	assert_non_null(strstr(out, "la pr est stable"));
}

/* Names of third parties (issue 10, src/detect_relation.c and the
 * Faker lists): after a relation, a role or a verb that announces a
 * person, in any case; weak list names only beside a name; particles
 * before a name.  Each raw name gone; the ordinary words, the clinical
 * abbreviations and the eponyms beside them stay. */
static void
test_third_party_names(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	/* A relation or a role, then a name no list holds. */
	out = apply(f, "com2", &row, "sa fille Kealoha passera demain, sa "
	    "fille pr\xc3\xa9sente ce jour. famille : Tuilagi, famille "
	    "pr\xc3\xa9venue. le voisin du dessus wiremu tamihana est "
	    "pass\xc3\xa9. vu par l'aide \xc3\xa0 domicile (Keoni), vu par le "
	    "m\xc3\xa9" "decin de garde, appel de la pharmacie");
	assert_null(strstr(out, "Kealoha"));
	assert_null(strstr(out, "Tuilagi"));
	assert_null(strstr(out, "wiremu"));
	assert_null(strstr(out, "tamihana"));
	assert_null(strstr(out, "Keoni"));
	assert_non_null(strstr(out, "sa fille [NOM] passera demain, sa fille "
	    "pr\xc3\xa9sente ce jour. famille : [NOM], famille "
	    "pr\xc3\xa9venue. le voisin du dessus [NOM] est pass\xc3\xa9. vu "
	    "par l'aide \xc3\xa0 domicile ([NOM]), vu par le m\xc3\xa9" "decin "
	    "de garde, appel de la pharmacie"));

	/* Verbs that announce a person; particles; a title in lower case;
	 * an ordinary word used as a name; eponyms and "veuf(ve)" stay. */
	out = apply(f, "com2", &row, "h\xc3\xa9" "berg\xc3\xa9 chez Tuilagi, "
	    "joint Ihaia MAREKO, le curateur m. dos reis joignable, Visite de "
	    "l'interne Van Thieu, la kin\xc3\xa9 Le Qu\xc3\xa9" "au, son "
	    "p\xc3\xa8re rose wakaruru, sa voisine (Framboise). Veuf(ve), vu "
	    "par le kin\xc3\xa9 pour une maladie de Parkinson, signe de "
	    "Babinski");
	assert_null(strstr(out, "Tuilagi"));
	assert_null(strstr(out, "Ihaia"));
	assert_null(strstr(out, "MAREKO"));
	assert_null(strstr(out, "reis"));
	assert_null(strstr(out, "Van"));
	assert_null(strstr(out, "Thieu"));
	assert_null(strstr(out, "Le Qu"));
	assert_null(strstr(out, "wakaruru"));
	assert_null(strstr(out, "rose"));
	assert_null(strstr(out, "Framboise"));
	assert_non_null(strstr(out, "le curateur m. [NOM] joignable"));
	assert_non_null(strstr(out, "la kin\xc3\xa9 [NOM], son p\xc3\xa8re "
	    "[NOM], sa voisine ([NOM]). Veuf(ve), vu par le kin\xc3\xa9 pour "
	    "une maladie de Parkinson, signe de Babinski"));

	/* A short or ordinary-word name of the Faker lists ("Lan", "Gros",
	 * "Si", "Appel") only beside another name: not across a particle,
	 * not beside an initial, not beside a drug or an abbreviation. */
	out = apply(f, "com2", &row, "Lan DUPONT vu. Appel de Mme Dupont. "
	    "RAPPELER APR\xc3\x88S 17H. GROS \xc5\x92" "D\xc3\x88ME MI ; "
	    "PRIMP\xc3\x89RAN SI DOULEUR ; Tomasz GIR 2");
	assert_null(strstr(out, "Lan"));
	assert_null(strstr(out, "DUPONT"));
	assert_null(strstr(out, "Tomasz"));
	assert_string_equal(out, "[NOM] vu. Appel de Mme [NOM]. RAPPELER "
	    "APR\xc3\x88S 17H. GROS \xc5\x92" "D\xc3\x88ME MI ; "
	    "PRIMP\xc3\x89RAN SI DOULEUR ; [NOM] GIR 2");

	/* Names of the Faker locales added last (tests/gen/faker_names.sh,
	 * EXTRA: Indian, Ugandan English) alone at the start of a sentence
	 * or after "de", which no rule finds without the lists; their
	 * ordinary French words ("Elle", "Cher", "Min" are names there) are
	 * not added and stay. */
	out = apply(f, "com2", &row, "Agarwal rappellera demain. "
	    "Subramanian passera lundi, passage de Akumu ce jour. Cher "
	    "confr\xc3\xa8re, Elle rappellera, O2 2L/MIN.");
	assert_null(strstr(out, "Agarwal"));
	assert_null(strstr(out, "Subramanian"));
	assert_null(strstr(out, "Akumu"));
	assert_string_equal(out, "[NOM] rappellera demain. [NOM] passera "
	    "lundi, passage de [NOM] ce jour. Cher confr\xc3\xa8re, Elle "
	    "rappellera, O2 2L/MIN.");

	/* Names of the Faker for JavaScript locales (tests/gen/fakerjs_names.sh:
	 * Senegal, Ghana, Yoruba, Kurmanji) alone at the start of a sentence
	 * or after "de"; their ordinary French words ("Dame", "Soda", "Manga"
	 * are names there) are not added and stay. */
	out = apply(f, "com2", &row, "Acheampong passera lundi, passage de "
	    "Abena ce jour, visite de Berfin. Dame \xc3\xa2g\xc3\xa9" "e, boit du "
	    "Soda, lit un Manga.");
	assert_null(strstr(out, "Acheampong"));
	assert_null(strstr(out, "Abena"));
	assert_null(strstr(out, "Berfin"));
	assert_string_equal(out, "[NOM] passera lundi, passage de [NOM] ce "
	    "jour, visite de [NOM]. Dame \xc3\xa2g\xc3\xa9" "e, boit du Soda, lit "
	    "un Manga.");

	/* What follows a cue and is no person stays: a care team's
	 * abbreviation, a town after "à", an institution, a weekday.  (The
	 * town where someone lives, "vit avec ses parents à Quimper", is an
	 * address: test_residence_cities in test_addrdate.c.) */
	out = apply(f, "com2", &row, "famille : NRP, vu par l'EMSP, appel de "
	    "la PTA, venu avec ses parents \xc3\xa0 Quimper, appel de P\xc3\xb4le "
	    "emploi, adress\xc3\xa9 par la Clinique, le kin\xc3\xa9 Lundi");
	assert_string_equal(out, "famille : NRP, vu par l'EMSP, appel de "
	    "la PTA, venu avec ses parents \xc3\xa0 Quimper, appel de P\xc3\xb4le "
	    "emploi, adress\xc3\xa9 par la Clinique, le kin\xc3\xa9 Lundi");

	/* A sign's result after a name of the lists: the test, not a person
	 * ("Allen" is in Faker's en_GB); a home care association; a language
	 * after "l'interprète". */
	out = apply(f, "com2", &row, "ASA 2, Allen n\xc3\xa9gatif, Murphy +. "
	    "Aide \xc3\xa0 domicile (ADMR) 1h/j. Interpr\xc3\xa8te sonink\xc3\xa9.");
	assert_string_equal(out, "ASA 2, Allen n\xc3\xa9gatif, Murphy +. "
	    "Aide \xc3\xa0 domicile (ADMR) 1h/j. Interpr\xc3\xa8te sonink\xc3\xa9.");

	/* "Vu" (Vũ) is a name before a punctuation mark after a title or a
	 * relation; the participle stays; " - " ends a relation phrase. */
	out = apply(f, "com2", &row, "m\xc3\xa9" "decin pr\xc3\xa9venu (Dr "
	    "VU?), le kin\xc3\xa9 Vu ; M. Dupont vu ce jour, LE DR VU CE "
	    "JOUR, M CLAUDE VU(E) CE JOUR, par son conjoint - Rocher droit");
	assert_null(strstr(out, "VU?"));
	assert_null(strstr(out, "Vu ;"));
	assert_string_equal(out, "m\xc3\xa9" "decin pr\xc3\xa9venu (Dr "
	    "[NOM]?), le kin\xc3\xa9 [NOM] ; M. [NOM] vu ce jour, LE DR VU CE "
	    "JOUR, M [NOM] VU(E) CE JOUR, par son conjoint - Rocher droit");

	/* The subject of a verb of speech at the start of a sentence; the
	 * patient, the family, a drug stay. */
	out = apply(f, "com2", &row, "Appel re\xc3\xa7u : Keala Tuilagi "
	    "signale que le patient signale une douleur. La famille demande "
	    "si Kardegic arr\xc3\xaat\xc3\xa9. Refuse les soins.");
	assert_null(strstr(out, "Keala"));
	assert_null(strstr(out, "Tuilagi"));
	assert_string_equal(out, "Appel re\xc3\xa7u : [NOM] signale que le "
	    "patient signale une douleur. La famille demande si Kardegic "
	    "arr\xc3\xaat\xc3\xa9. Refuse les soins.");

	/* Lower case: "dr da silva"; a first name of the lists after a
	 * possessive and a relative, though an ordinary word too ("son fils
	 * pierre a appelé": lower_first_after_kin; "son fils malade"
	 * stays); two names of the lists after a relation ("chauvin
	 * bernadette"). */
	out = apply(f, "com2", &row, "rendue au dr da silva, son fils pierre "
	    "a appel\xc3\xa9, son fils malade, pr\xc3\xa9venu chauvin "
	    "bernadette");
	assert_string_equal(out, "rendue au dr [NOM], son fils [NOM] a "
	    "appel\xc3\xa9, son fils malade, pr\xc3\xa9venu [NOM]");
}

/* The patient's own name written with a typo (issue 10, fuzzy against
 * the row's name parts): the row's pseudonym, not the raw word; what is
 * near a name but no name stays. */
static void
test_row_name_typos(void **state)
{
	struct fixture *f = *state;
	const struct detect_value kuntz[] = {
		V(DETECT_IDENT_LAST_NAME, "KUNTZ"),
		V(DETECT_IDENT_FIRST_NAME, "Lucien"),
	};
	const struct detect_value saout[] = {
		V(DETECT_IDENT_LAST_NAME, "LE SAOUT"),
		V(DETECT_IDENT_FIRST_NAME, "Ronan"),
	};
	const struct detect_value martin[] = {
		V(DETECT_IDENT_LAST_NAME, "MARTIN"),
		V(DETECT_IDENT_FIRST_NAME, "Camille"),
	};
	const struct detect_value dia[] = {
		V(DETECT_IDENT_LAST_NAME, "DIA"),
		V(DETECT_IDENT_FIRST_NAME, "Awa"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	char nom[64], prenom[64], want[512];
	const char *out;

	row.ctx_rules = rules;
	row.nctx = 2;

	/* A letter doubled, dropped, two swapped; any case. */
	row.ctx = kuntz;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "KUNTZ"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row, "Lucien"));
	out = apply(f, "com", &row, "m\xc3\xaame patient KUNNTZ vu, Mme Kutnz "
	    "et Lucein");
	snprintf(want, sizeof(want), "m\xc3\xaame patient %s vu, Mme %s et %s",
	    nom, nom, prenom);
	assert_string_equal(out, want);
	assert_null(strstr(out, "KUNNTZ"));
	assert_null(strstr(out, "Kutnz"));
	assert_null(strstr(out, "Lucein"));

	/* A compound value: the typo takes its particle along. */
	row.ctx = saout;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "LE SAOUT"));
	out = apply(f, "com", &row, "IOA : MR LE SAAOUT, 33 ans");
	snprintf(want, sizeof(want), "IOA : MR %s, 33 ans", nom);
	assert_string_equal(out, want);

	/* An ordinary word near the name stays unless a title, a relative
	 * or the row's other name says it is one; so does someone else's
	 * name of the lists ("Martine": a placeholder, not the patient's
	 * pseudonym) and "la famille" beside a patient named Camille. */
	row.ctx = martin;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "MARTIN"));
	out = apply(f, "com", &row, "Vu ce matin. MATIN : RAS. Appeler la "
	    "famille. Sa voisine Martine pr\xc3\xa9sente.");
	assert_string_equal(out, "Vu ce matin. MATIN : RAS. Appeler la "
	    "famille. Sa voisine [NOM] pr\xc3\xa9sente.");
	out = apply(f, "com", &row, "vu Mme Matin");
	snprintf(want, sizeof(want), "vu Mme %s", nom);
	assert_string_equal(out, want);

	/* Values of three letters or fewer: no typo is read ("DIAA"). */
	row.ctx = dia;
	assert_string_equal(apply(f, "com", &row, "code DIAA envoy\xc3\xa9"),
	    "code DIAA envoy\xc3\xa9");
}

/* The typo search walks the words fuzzy_may lets through, listed up to
 * MAX_CAND (128, detect_row.c) and then all words: a typo of the row's
 * name after 126 to 130 such words (nonsense words of no list, which
 * stay) is found on either side of the limit. */
static void
test_row_name_typo_after_many_words(void **state)
{
	struct fixture *f = *state;
	const struct detect_value kuntz[] = {
		V(DETECT_IDENT_LAST_NAME, "KUNTZ"),
		V(DETECT_IDENT_FIRST_NAME, "Lucien"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	char text[900], nom[64], want[96];
	const char *out;

	row.ctx_rules = rules;
	row.nctx = 2;
	row.ctx = kuntz;
	/* the row's pseudonym, not a placeholder: the row's rule found it */
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "KUNTZ"));
	snprintf(want, sizeof(want), "qzxw qzxw vu Mme %s", nom);
	for (size_t n = 126; n <= 130; n++) {
		size_t len = 0;

		for (size_t k = 0; k < n; k++)
			len += (size_t)snprintf(text + len, sizeof(text) - len,
			    "qzxw ");
		snprintf(text + len, sizeof(text) - len, "vu Mme Kutnz");
		out = apply(f, "com", &row, text);
		assert_null(strstr(out, "Kutnz"));
		assert_non_null(strstr(out, want));
	}
}

/* The row's names side by side across a comma or a parenthesis ("NOM,
 * Prénom"), and its first name as the subject of a verb in lower case:
 * even when they are ordinary words. */
static void
test_row_name_pairs(void **state)
{
	struct fixture *f = *state;
	const struct detect_value bouvier[] = {
		V(DETECT_IDENT_LAST_NAME, "BOUVIER"),
		V(DETECT_IDENT_FIRST_NAME, "Constant"),
	};
	const struct detect_value marteau[] = {
		V(DETECT_IDENT_LAST_NAME, "MARTEAU"),
		V(DETECT_IDENT_FIRST_NAME, "Aurore"),
	};
	const struct detect_value petit[] = {
		V(DETECT_IDENT_LAST_NAME, "PETIT"),
		V(DETECT_IDENT_FIRST_NAME, "Rose"),
	};
	const struct detect_value chauvin[] = {
		V(DETECT_IDENT_LAST_NAME, "CHAUVIN"),
		V(DETECT_IDENT_FIRST_NAME, "Ren\xc3\xa9"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	char nom[64], prenom[64], want[512];
	const char *out;

	row.ctx_rules = rules;
	row.nctx = 2;
	row.ctx = bouvier;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "BOUVIER"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row,
	    "Constant"));
	out = apply(f, "com", &row, "entr\xc3\xa9" "e de mme. bouvier, "
	    "constant, 38 ans. BOUVIER, Constant : chute");
	snprintf(want, sizeof(want), "entr\xc3\xa9" "e de mme. %s, %s, 38 ans. "
	    "%s, %s : chute", nom, prenom, nom, prenom);
	assert_string_equal(out, want);
	assert_null(strstr(out, "constant"));

	row.ctx = marteau;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "MARTEAU"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row,
	    "Aurore"));
	out = apply(f, "com", &row, "MARTEAU (Aurore) : chute. Un marteau "
	    "perdu.");
	snprintf(want, sizeof(want), "%s (%s) : chute. Un marteau perdu.", nom,
	    prenom);
	assert_string_equal(out, want);

	/* Two ordinary words in lower case with a comma: a description. */
	row.ctx = petit;
	assert_string_equal(apply(f, "com", &row, "nodule petit, rose et "
	    "souple"), "nodule petit, rose et souple");

	row.ctx = chauvin;
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row,
	    "Ren\xc3\xa9"));
	out = apply(f, "com", &row, "nuit calme. ren\xc3\xa9 a sonn\xc3\xa9 "
	    "2 fois");
	snprintf(want, sizeof(want), "nuit calme. %s a sonn\xc3\xa9 2 fois",
	    prenom);
	assert_string_equal(out, want);
}

/* A birth or married name after "née", "ép.", "épouse": particles and
 * capitals included; "née" (born) before a date or a participle, "EP"
 * (an embolism) and "son épouse" stay. */
static void
test_birth_names(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	out = apply(f, "com2", &row, "Patiente de 47 ans, ép. OUCHENE, "
	    "hospitalis\xc3\xa9" "e. NEE GARAT. n\xc3\xa9" "e LE MEUR, ep. DE "
	    "OLIVEIRA.");
	assert_null(strstr(out, "OUCHENE"));
	assert_null(strstr(out, "GARAT"));
	assert_null(strstr(out, "MEUR"));
	assert_null(strstr(out, "OLIVEIRA"));
	assert_string_equal(apply(f, "com2", &row, "NEE PREMATUREE, suspicion "
	    "d'EP bilat\xc3\xa9rale, son \xc3\xa9pouse pr\xc3\xa9sente"),
	    "NEE PREMATUREE, suspicion d'EP bilat\xc3\xa9rale, son "
	    "\xc3\xa9pouse pr\xc3\xa9sente");
	out = apply(f, "com2", &row, "NEE LE 12 MARS 1950");
	assert_non_null(strstr(out, "NEE LE "));
	assert_null(strstr(out, "MARS"));

	/* A name before "né(e) le" and a date (no row values); "Enfant",
	 * "PATIENT" stay. */
	out = apply(f, "com2", &row, "m\xc3\xaame patient MEUNIER n\xc3\xa9(e) "
	    "le 16/06/2014, Coumba Gros n\xc3\xa9" "e le 12/01/1953. Enfant "
	    "n\xc3\xa9 le 3 mars 2020, PATIENT N\xc3\x89 LE 3 MARS 2020");
	assert_null(strstr(out, "MEUNIER"));
	assert_null(strstr(out, "Coumba"));
	assert_null(strstr(out, "Gros"));
	assert_non_null(strstr(out, "Enfant n\xc3\xa9 le "));
	assert_non_null(strstr(out, "PATIENT N\xc3\x89 LE "));
}

/* Ordinary words that the name rules took (issue 10, dev half): each
 * stays, and the name beside it still goes. */
static void
test_name_precision(void **state)
{
	struct fixture *f = *state;
	const struct detect_value yaya[] = {
		V(DETECT_IDENT_LAST_NAME, "THEOPHILE"),
		V(DETECT_IDENT_FIRST_NAME, "Yaya"),
	};
	const struct detect_value noel[] = {
		V(DETECT_IDENT_LAST_NAME, "MARTIN"),
		V(DETECT_IDENT_FIRST_NAME, "No\xc3\xabl"),
	};
	char prenom[64], want[256];
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	const char *out;
	static const char *const stay[] = {
		/* a surname that is an ordinary word, where no name is
		 * written as one */
		"Rivi\xc3\xa8re de larmes \xc3\xa0 l'annonce. Toilette faite, "
		    "Poirier en fleurs dans le jardin.",
		"SON FILS EST BOULANGER",
		/* a time, not an initial, and what follows it */
		"RAPPELER APR\xc3\x88S 17H. MARINE NATIONALE, RETRAIT\xc3\x89. "
		    "RAPPELER APR\xc3\x88S 17H. MOULIN \xc3\x80 COMPRIM\xc3\x89S. "
		    "RAPPELER APR\xc3\x88S 17H. PETIT APP\xc3\x89TIT",
		/* elisions before an ordinary word */
		"PERSONNE DE CONFIANCE : L'AIDE \xc3\x80 DOMICILE",
		/* names that name a sign, a grade, a place of care, a feast */
		"ASA 2, Allen n\xc3\xa9gatif \xc3\xa0 droite, stade II de "
		    "Leriche et Fontaine, insuffisance cardiaque NYHA III",
		"adress\xc3\xa9" "e par l'h\xc3\xb4pital Albert-Schweitzer de "
		    "Colmar, transf\xc3\xa9r\xc3\xa9" "e du CHU F\xc3\xa9lix-Guyon",
	};

	for (size_t i = 0; i < sizeof(stay) / sizeof(stay[0]); i++)
		assert_string_equal(apply(f, "com2", &row, stay[i]), stay[i]);
	/* ... while the same words as names go */
	out = apply(f, "com2", &row, "Vu par Dr Poirier et Mme Rivi\xc3\xa8re. "
	    "H. DUPONT. Famille : Boulanger");
	assert_null(strstr(out, "Poirier"));
	assert_null(strstr(out, "Rivi"));
	assert_null(strstr(out, "DUPONT"));
	assert_null(strstr(out, "Boulanger"));

	/* In capitals, a name after "M." stops at an ordinary word; "N'A"
	 * is no "N'Diaye"; a particle leads on to the name ("MR LE SAOUT");
	 * "GIR 2" is a score. */
	out = apply(f, "com2", &row, "M. JOAQUIM PINTO VERBALISE DES DOULEURS "
	    "DIFFUSES. M. THANH PHAN N'A PAS PRIS SON TRAITEMENT. Mme N'DIAYE "
	    "vue. IOA : MR LE SAOUT, 33 ANS. EHPAD : Mlle LUTZ Huguette GIR 2");
	assert_non_null(strstr(out, " VERBALISE DES DOULEURS DIFFUSES"));
	assert_non_null(strstr(out, " N'A PAS PRIS"));
	assert_non_null(strstr(out, " GIR 2"));
	assert_null(strstr(out, "PINTO"));
	assert_null(strstr(out, "PHAN"));
	assert_null(strstr(out, "DIAYE"));
	assert_null(strstr(out, "SAOUT"));
	assert_null(strstr(out, "Huguette"));

	out = apply(f, "com2", &row, "Mme Fontaine et M. Schweitzer vus");
	assert_null(strstr(out, "Fontaine"));
	assert_null(strstr(out, "Schweitzer"));

	/* The row's first name is a name in parentheses, a feast after
	 * "avant". */
	row.ctx = noel;
	row.ctx_rules = rules;
	row.nctx = 2;
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row,
	    "No\xc3\xabl"));
	out = apply(f, "com", &row, "M. MARTIN (No\xc3\xabl) : bilan avant "
	    "No\xc3\xabl");
	snprintf(want, sizeof(want), "(%s) : bilan avant No\xc3\xabl", prenom);
	assert_non_null(strstr(out, want));

	/* "2,5." before the row's first name is a dose, not an initial. */
	row.ctx = yaya;
	row.ctx_rules = rules;
	row.nctx = 2;
	out = apply(f, "com", &row, "Bisoprolol 2,5. Yaya a bien mang\xc3\xa9");
	assert_non_null(strstr(out, "Bisoprolol 2,5. "));
	assert_null(strstr(out, "Yaya"));
}

/* The patient's own name in a compound with "-en-" is a thing ("anse de
 * Roux-en-Y" of Mme ROUX): kept, while her name beside it, after a
 * title or hyphenated to another name, goes. */
static void
test_row_name_in_en_compound_kept(void **state)
{
	struct fixture *f = *state;
	const struct detect_value roux[] = {
		V(DETECT_IDENT_LAST_NAME, "ROUX"),
		V(DETECT_IDENT_FIRST_NAME, "\xc3\x89lodie"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	const char *out;

	row.ctx = roux;
	row.ctx_rules = rules;
	row.nctx = 2;
	out = apply(f, "com", &row, "Mme Roux \xc3\x89lodie, anastomose de "
	    "Roux-en-Y en 2021. Fille Roux-Martin vue.");
	assert_non_null(strstr(out, "anastomose de Roux-en-Y en 2021"));
	assert_null(strstr(out, "Mme Roux"));
	assert_null(strstr(out, "Roux-Martin"));
	assert_null(strstr(out, "\xc3\x89lodie"));
}

/* "M." before the row's surname and another first name is the title of
 * a man of her family ("M. LOUIS-JEAN ALIX (FRERE)" of Mathilde
 * LOUIS-JEAN): it stays; before her surname alone it is still her
 * initial, and the surname and the brother's first name still go. */
static void
test_m_title_before_another_first_name(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_LAST_NAME, "LOUIS-JEAN"),
		V(DETECT_IDENT_FIRST_NAME, "Mathilde"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	char prenom[64];
	const char *out;

	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 2;
	out = apply(f, "com", &row, "PERSONNE A PREVENIR : M. LOUIS-JEAN "
	    "ALIX (FRERE)");
	assert_non_null(strstr(out, "PREVENIR : M. "));
	assert_null(strstr(out, "LOUIS-JEAN"));
	assert_null(strstr(out, "ALIX"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row,
	    "Mathilde"));
	out = apply(f, "com", &row, "M. LOUIS-JEAN vue ce jour");
	assert_int_equal(out[0], prenom[0]);
	assert_null(strstr(out, "LOUIS-JEAN"));
}

/* The row's surname in lower case after its first name and a comma,
 * where the name is written with capitals, is the ordinary word ("M.
 * Berger Pascal, berger dans les Pyrénées", "Mme Page Marine, page 3"):
 * it stays; the name itself, and "NOM, Prénom" with its capitals, still
 * go. */
static void
test_row_name_as_word_after_comma_kept(void **state)
{
	struct fixture *f = *state;
	const struct detect_value berger[] = {
		V(DETECT_IDENT_LAST_NAME, "BERGER"),
		V(DETECT_IDENT_FIRST_NAME, "Pascal"),
	};
	const struct detect_value bouvier[] = {
		V(DETECT_IDENT_LAST_NAME, "BOUVIER"),
		V(DETECT_IDENT_FIRST_NAME, "Constant"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"), rule(f, "prenom") };
	struct ops_row row = { 0 };
	const char *out;

	row.ctx = berger;
	row.ctx_rules = rules;
	row.nctx = 2;
	out = apply(f, "com", &row, "M. Berger Pascal, berger dans les "
	    "Pyr\xc3\xa9n\xc3\xa9" "es.");
	assert_non_null(strstr(out, ", berger dans les"));
	assert_null(strstr(out, "Berger"));
	assert_null(strstr(out, "Pascal"));
	row.ctx = bouvier;
	out = apply(f, "com", &row, "Mme BOUVIER, Constant, vue ce jour.");
	assert_null(strstr(out, "BOUVIER"));
	assert_null(strstr(out, "Constant"));
}

/* Issue 10: what a nurse or a physiotherapist is there for, written
 * after the role ("IDE ETP", "IDE DP :", "kiné resp"), and the
 * mother-baby unit's acronym, are no names; the name after the role or
 * its title still goes. */
static void
test_care_abbreviations_after_roles_kept(void **state)
{
	struct fixture *f = *state;
	static const char *const in[] = {
		"IDE DP : Mme Gsell, \xc3\xa9" "changes appris.",
		"Vu par la kin\xc3\xa9 Kerleroux ce matin.",
	};
	static const char *const gone[] = { "Gsell", "Kerleroux" };
	static const char *const kept_in[] = {
		"CR nursing : SpO2 95 %, kin\xc3\xa9 resp 2x/j.",
		"Cs IDE ETP : technique d'injection revue.",
		"Transfert en unit\xc3\xa9 m\xc3\xa8re-b\xc3\xa9" "b\xc3\xa9 "
		"(UMB) organis\xc3\xa9.",
		"IDE DP : Mme Gsell, \xc3\xa9" "changes appris.",
	};
	static const char *const kept[] = { "resp 2x", "IDE ETP", "(UMB)",
	    "IDE DP" };

	ASSERT_GONE_KEPT(f, in, gone, kept_in, kept);
}

/* Issue 10: notes written in English (a tourist, a letter for a doctor
 * abroad) name the groups in English: each term gone, alone in its
 * sentence; kept, the English words of the same shapes that name no
 * condition (a cross-section, a labour ward, anxiety and low mood as
 * symptoms, walking aids, a hepatitis B drug's abbreviation, the French
 * words "épisode" and "infection" that end no English entry). */
static void
test_sensitive_english_terms(void **state)
{
	struct fixture *f = *state;
	static const char *const in[] = {
		"Previous caesarean x2, repeat elective surgery booked.",
		"28-year-old primigravida, 41 weeks, induction of labour.",
		"She is 32 weeks pregnant, admitted for pre-eclampsia.",
		"Known panic disorder, on escitalopram.",
		"History of bipolar disorder since 2010.",
		"Treated for gonorrhoea last year.",
		"Newborn on AZT for four weeks.",
		"No suicidal ideation today.",
		/* no entry ends in "section": a Guadeloupe address stays one */
		"Adresse : Section Fonds Cara\xc3\xaf" "bes 97130 CAPESTERRE.",
	};
	static const char *const gone[] = {
		"caesarean", "primigravida", "pregnant", "panic disorder",
		"bipolar", "gonorrhoea", "AZT", "suicidal", "Fonds Cara",
	};
	static const char *const kept_in[] = {
		"CT cross-section at L3, transferred from the labour ward.",
		"Anxiety and low mood after the fall, walking aids given.",
		"Hepatitis B on TDF, section 4 of the form.",
		"\xc3\x89pisode f\xc3\xa9" "brile, infection urinaire.",
	};
	static const char *const kept[] = {
		"cross-section", "labour ward", "Anxiety", "low mood",
		"walking aids", "TDF", "section 4",
		"\xc3\x89pisode f\xc3\xa9" "brile", "infection urinaire",
	};

	ASSERT_GONE_KEPT(f, in, gone, kept_in, kept);
}

/* Issue 10: after a relation ("son fils", "patient"), "en" and a
 * capitalized word is a country or a region, no relative's name; a
 * name right after the relation, or after "d'en face", still goes. */
static void
test_relative_en_region_kept(void **state)
{
	struct fixture *f = *state;
	static const char *const in[] = {
		"Son fils Kevin en Martinique appelle le soir.",
		"Sa voisine d'en face Mme Durand a les clés.",
		"SON FILS GWENDAL EN MARTINIQUE APPELLE.",
	};
	static const char *const gone[] = { "Kevin", "Durand", "GWENDAL" };
	static const char *const kept_in[] = {
		"Son fils en Martinique appelle tous les jours.",
		"T\xc3\xa9l\xc3\xa9" "consultation (patient en Guyane, suivi).",
		"SA FILLE EN BRETAGNE EST PR\xc3\x89VENUE.",
		"Son fils Kevin en Martinique appelle le soir.",
	};
	static const char *const kept[] = {
		"Martinique", "Guyane", "BRETAGNE",
	};

	ASSERT_GONE_KEPT(f, in, gone, kept_in, kept);
}

/* A head that names a condition anyone may have, before the adjective
 * that tells the group: the adjective alone goes ("HTA [gravidique]",
 * "cirrhose [alcoolique]", "hémorragie du [post-partum]"), as the hand
 * sets label it; the head stays. */
static void
test_sensitive_adjective_alone_after_head(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	static const char *const gone[] = { "gravidique", "alcoolique",
	    "post-partum", "intra-h\xc3\xa9patique gravidique" };
	static const char *const kept[] = { "HTA ", "cirrhose ",
	    "h\xc3\xa9morragie du ", "Cholestase " };
	const char *out;

	(void)state;
	out = apply(f, "com2", &row, "HTA gravidique \xc3\xa0 33 SA, cirrhose "
	    "alcoolique, h\xc3\xa9morragie du post-partum. Cholestase "
	    "intra-h\xc3\xa9patique gravidique.");
	TEST_GONE_KEPT(out, gone, kept);
}

static void
test_placeholders_and_dates(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	/* No row values: typed placeholders. */
	out = apply(f, "com", &row, "NIR 2 55 08 14 168 025 38, Mme Kerguelen, "
	    "c.dupont@orange.fr, IBAN FR76 3000 6000 0112 3456 7890 189");
	assert_string_equal(out, "NIR [NIR], Mme [NOM], [EMAIL], IBAN [IBAN]");
	/* No patient, no shift: the date is hidden, not kept. */
	out = apply(f, "com", &row, "vu le 12/03/2021");
	assert_string_equal(out, "vu le [DATE]");
	row.has_shift = 1;
	row.shift = -3;
	out = apply(f, "com", &row, "vu le 1er mars 2021 puis le 2021-03-12 14:30");
	assert_string_equal(out, "vu le 26 février 2021 puis le 2021-03-09 14:30");
	out = apply(f, "com", &row, "VU LE 12 MARS 2021, vu le 12 fevrier 2021");
	assert_string_equal(out, "VU LE 9 MARS 2021, vu le 9 fevrier 2021");
	/* Dates without a year or a day move with the patient too. */
	row.shift = -30;
	out = apply(f, "com", &row, "vu le 3 mars, RDV le 18/08, en mars 2021, "
	    "le 1er mai; EVA 3/10, TA 12/08");
	assert_string_equal(out, "vu le 1 février, RDV le 19/07, en février "
	    "2021, le 1er avril; EVA 3/10, TA 12/08");
	/* ... and are hidden when dates are (com2: dates = redact). */
	out = apply(f, "com2", &row, "vu le 3 mars, RDV le 18/08, en mars 2021");
	assert_string_equal(out, "vu le [DATE], RDV le [DATE], en [DATE]");
	/* Issue 10: the shapes the held-out corpus showed move the same way
	 * and keep their shape (a dot date stays a dot date, one digit stays
	 * one digit, an abbreviation stays one, two-digit years stay two). */
	out = apply(f, "com", &row, "rdv le 03.04 a 16h, le 25/3, du 2/10, le "
	    "17 juil, le 12 sept., nov 2019, JUIL 2020, passera mardi 7.");
	assert_string_equal(out, "rdv le 04.03 a 16h, le 23/2, du 2/09, le "
	    "17 juin, le 13 août., oct 2019, JUIN 2020, passera dimanche 8.");
	/* dev21: a day of this month, in digits or in words, moves as
	 * "mardi 7" does (a day alone) and is written back in digits */
	out = apply(f, "com", &row, "depuis le deux de ce mois, vu le 12 du "
	    "mois dernier");
	assert_string_equal(out, "depuis le 3 de ce mois, vu le 13 du "
	    "mois dernier");
	out = apply(f, "com2", &row, "depuis le deux de ce mois, vu le 12 du "
	    "mois dernier");
	assert_string_equal(out, "depuis le [DATE] de ce mois, vu le [DATE] "
	    "du mois dernier");
	out = apply(f, "com", &row, "née le 11 juil. 1945, DDN 26 juin 89, "
	    "le 15 mars 2021, RDV mi-mars, fin Janvier");
	assert_string_equal(out, "née le 11 juin 1945, DDN 27 mai 89, "
	    "le 13 février 2021, RDV mi-février, fin Décembre");
	out = apply(f, "com", &row, "le 2 oct. 2020, le 1er févr. 2021");
	assert_string_equal(out, "le 2 sept. 2020, le 2 janv. 2021");
	out = apply(f, "com2", &row, "rdv le 03.04, le 25/3, le 17 juil, "
	    "nov 2019, mardi 7, mi-mars, DDN 26 juin 89, le 11 juil. 1945");
	assert_string_equal(out, "rdv le [DATE], le [DATE], le [DATE], "
	    "[DATE], [DATE] [DATE], [DATE], DDN [DATE], le [DATE]");
	/* Look-alikes stay, byte for byte. */
	out = apply(f, "com", &row, "2.5 mg le 3/4 du comprimé, EVA 3/10 et "
	    "4/10, TA 12/8, note 15/20, 18h30, en 2015, ch. 212, Hb 12.5 g/dL");
	assert_string_equal(out, "2.5 mg le 3/4 du comprimé, EVA 3/10 et "
	    "4/10, TA 12/8, note 15/20, 18h30, en 2015, ch. 212, Hb 12.5 g/dL");
	/* recall27: a year alone of a birth or a death moves, recall first,
	 * as its middle day (2 July) does, in its digits; hidden with no
	 * shift; the default mode leaves it (the project's rule there) */
	row.shift = -200;
	out = apply(f, "com3", &row, "sa tante (née en 1944, † 1990), il est "
	    "né en 87");
	assert_string_equal(out, "sa tante (née en 1943, † 1989), il est "
	    "né en 86");
	row.has_shift = 0;
	out = apply(f, "com3", &row, "sa tante (née en 1944, † 1990), il est "
	    "né en 87");
	assert_null(strstr(out, "1944"));
	assert_null(strstr(out, "1990"));
	assert_null(strstr(out, " 87"));
	out = apply(f, "com", &row, "sa tante (née en 1944)");
	assert_string_equal(out, "sa tante (née en 1944)");
}

/* dev20: a week of the patient's care moves with the patient's shift in
 * the shape written ("S12" -30 days is "S8", "S05" stays two digits, a
 * year written moves by ISO 8601 weeks), and is [DATE] when dates are
 * redacted; a vertebra, a room and a ward's week stay. */
static void
test_week_numbers_move(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	out = apply(f, "com", &row, "revoir en S12");
	assert_string_equal(out, "revoir en S[DATE]");
	row.has_shift = 1;
	row.shift = -30;
	out = apply(f, "com", &row, "contr\xc3\xb4le en S12, bilan S45, d\xc3\xa8s "
	    "la semaine 38, fin S02, en S12-2026");
	assert_string_equal(out, "contr\xc3\xb4le en S8, bilan S41, d\xc3\xa8s "
	    "la semaine 34, fin S50, en S8-2026");
	out = apply(f, "com2", &row, "contr\xc3\xb4le en S12, d\xc3\xa8s la "
	    "semaine 38");
	assert_string_equal(out, "contr\xc3\xb4le en S[DATE], d\xc3\xa8s la "
	    "semaine [DATE]");
	out = apply(f, "com", &row, "hernie L5-S1, lit S12, Semaine 37 : ferm\xc3\xa9");
	assert_string_equal(out, "hernie L5-S1, lit S12, Semaine 37 : ferm\xc3\xa9");
}

/* recall21: "S 12" with a space after a cue moves its number only, the
 * "S " stays as written; "à S 12" (weeks of a treatment) stays. */
static void
test_spaced_week_numbers_move(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	out = apply(f, "com", &row, "revoir en S 12");
	assert_string_equal(out, "revoir en S [DATE]");
	row.has_shift = 1;
	row.shift = -30;
	out = apply(f, "com", &row, "revoir en S 12, pr\xc3\xa9vu S 05, "
	    "r\xc3\xa9ponse \xc3\xa0 S 12");
	assert_string_equal(out, "revoir en S 8, pr\xc3\xa9vu S 01, "
	    "r\xc3\xa9ponse \xc3\xa0 S 12");
}

/* review25: a week written with its year moves to the ISO week of the
 * moved day's Thursday: at the year's edges that week may be the next
 * year's first or the last year's 53rd.  Week 52 of 2025 five days on
 * is 2026's first (its Tuesday 30 December 2025 is in the week of
 * Thursday 1 January 2026; "S53-2025", a week 2025 has not, was
 * written); week 13 of 2027 90 days back is 2026's 53rd (Friday 1
 * January 2027; "S1-2027" was written). */
static void
test_week_numbers_year_edge(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	row.has_shift = 1;
	row.shift = 5;
	out = apply(f, "com", &row, "contr\xc3\xb4le en S52-2025");
	assert_string_equal(out, "contr\xc3\xb4le en S1-2026");
	row.shift = -90;
	out = apply(f, "com", &row, "contr\xc3\xb4le en S13-2027");
	assert_string_equal(out, "contr\xc3\xb4le en S53-2026");
	/* mid-year, a shift of days not a multiple of seven: the week of
	 * the moved day (Thursday 19 March 2026 + 4 is Monday 23 March,
	 * week 13) */
	row.shift = 4;
	out = apply(f, "com", &row, "contr\xc3\xb4le en S12-2026");
	assert_string_equal(out, "contr\xc3\xb4le en S13-2026");
}

/* hostile27: a week redacted keeps its noun in each of its three shapes
 * ("S[DATE]", "S [DATE]", "semaine [DATE]"; "S12" alone gave "[DATE]"),
 * and a week written with its year is moved as a week, never as a month
 * ("S06/2027" 30 days back is week 2, where the month reading wrote
 * "S05/2027"), with or without a cue. */
static void
test_week_one_shape(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	row.has_shift = 1;
	row.shift = -30;
	out = apply(f, "com2", &row, "revoir en S12, pr\xc3\xa9vu S 12, "
	    "d\xc3\xa8s la semaine 38, en S06/2027");
	assert_string_equal(out, "revoir en S[DATE], pr\xc3\xa9vu S [DATE], "
	    "d\xc3\xa8s la semaine [DATE], en S[DATE]");
	out = apply(f, "com", &row, "contr\xc3\xb4le en S06/2027");
	assert_string_equal(out, "contr\xc3\xb4le en S02/2027");
	out = apply(f, "com", &row, "consultation S06/2027, puis S3-2027 et "
	    "(S38/2026)");
	assert_string_equal(out, "consultation S02/2027, puis S52-2026 et "
	    "(S34/2026)");
	/* a month and its year without the "S" is still one */
	out = apply(f, "com", &row, "contr\xc3\xb4le en 06/2027");
	assert_string_equal(out, "contr\xc3\xb4le en 05/2027");
}

static void
test_diagnoses_and_survivors(void **state)
{
	struct fixture *f = *state;
	struct ops_row row = { 0 };
	const char *out;

	out = apply(f, "com", &row, "VIH+, IVG en 2019, syphilis, maladie de Crohn");
	assert_string_equal(out, "[SUPPRIME], [SUPPRIME] en 2019, syphilis, "
	    "maladie de Crohn");
	out = apply(f, "com2", &row, "sérologie VIH positive, suivi psychiatrique");
	assert_string_equal(out, "sérologie [X] positive, suivi [X]");
	/* What must survive, byte for byte. */
	out = apply(f, "com", &row, "Paracétamol 1 000 mg, Hb 12,5 g/dL, lot "
	    "255081416802599, Parkinson");
	assert_string_equal(out, "Paracétamol 1 000 mg, Hb 12,5 g/dL, lot "
	    "255081416802599, Parkinson");
	out = apply(f, "com", &row, "");
	assert_string_equal(out, "");
}

static void
test_policy_errors(void **state)
{
	static const char *const bad[] = {
		"identifies = name\n",			/* on the scrub column */
		"dates = later\n",
		"digits = 3\n",
		"replace = token\n",
		"suppress =\n",
		/* ranges are read as for icd10, and must name a group */
		"suppress = C00-C97\n",
		"suppress = hiv, cancer\n",
		"suppress = B24-B20\n",
		"mode = philter\n",
	};
	char text[1024];
	struct test_errors err;
	struct policy *p;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(text, sizeof(text), "[project]\nname = x\n[file a]\n"
		    "match = *\n[column c]\nheaders = c\nop = scrub\n%s", bad[i]);
		assert_int_equal(policy_load_string(text, "t", &p,
		    test_errors(&err)), -EINVAL);
	}
	/* identifies on another column, and its values checked. */
	assert_int_equal(policy_load_string("[project]\nname = x\n[file a]\n"
	    "match = *\n[column c]\nheaders = c\nop = drop\nidentifies = nom\n",
	    "t", &p, test_errors(&err)), -EINVAL);
	assert_non_null(strstr(err.text, "identifies"));
	/* dates = shift needs a patient rule. */
	assert_int_equal(policy_load_string("[project]\nname = x\n[file a]\n"
	    "match = *\n[column c]\nheaders = c\nop = scrub\ndates = shift\n",
	    "t", &p, test_errors(&err)), -EINVAL);
}

/* scrub's suppress reads ranges as op = icd10 and the analysis, drug and
 * ward columns do (one parser, src/icd10.c): a range hides the terms of
 * the groups it overlaps. */
static void
test_suppress_ranges(void **state)
{
	static const char text[] = "[project]\nname = x\n[file a]\nmatch = *\n"
	    "[column c]\nheaders = c\nop = scrub\nsuppress = b20 - B24, O04\n";
	struct policy *p;
	struct keys *k;
	struct ops_scratch s = { 0 };
	struct ops_row row = { 0 };
	struct buf out = { 0 };
	struct test_errors err;
	const char *in = "VIH+ sous Biktarvy, IVG en 2019, syphilis";

	(void)state;
	assert_int_equal(policy_load_string(text, "t", &p, test_errors(&err)), 0);
	assert_int_equal(p->columns[0].scrub_groups,
	    ICD10_HIV | ICD10_PREGNANCY);
	assert_int_equal(keys_from_bytes(MASTER, &k), 0);
	assert_int_equal(policy_bind(p, k, test_errors(&err)), 0);
	assert_int_equal(ops_apply(p, &p->columns[0], &row, in, strlen(in), &s,
	    &out), 0);
	assert_int_equal(buf_putc(&out, '\0'), 0);
	/* HIV and pregnancy terms gone; syphilis (sti, not asked) stays. */
	assert_null(strstr(out.data, "VIH"));
	assert_null(strstr(out.data, "Biktarvy"));
	assert_null(strstr(out.data, "IVG"));
	assert_non_null(strstr(out.data, "syphilis"));
	buf_free(&out);
	ops_scratch_free(&s);
	policy_free(p);
	keys_free(k);
}

/* mode = recall through the operator: every unknown word goes. */
static void
test_recall_mode(void **state)
{
	static const char text[] = "[project]\nname = x\n[file a]\nmatch = *\n"
	    "[column c]\nheaders = c\nop = scrub\nmode = recall\n"
	    "[column d]\nheaders = d\nop = scrub\n";
	struct policy *p;
	struct keys *k;
	struct ops_scratch s = { 0 };
	struct ops_row row = { 0 };
	struct buf out = { 0 };
	struct test_errors err;
	const char *in = "Jean dit que kerherve a appelé, TA 130/80";

	(void)state;
	assert_int_equal(policy_load_string(text, "t", &p, test_errors(&err)), 0);
	assert_int_equal(keys_from_bytes(MASTER, &k), 0);
	assert_int_equal(policy_bind(p, k, test_errors(&err)), 0);
	assert_int_equal(ops_apply(p, &p->columns[0], &row, in, strlen(in), &s,
	    &out), 0);
	assert_int_equal(buf_putc(&out, '\0'), 0);
	assert_string_equal(out.data, "[NOM] dit que [NOM] a appelé, TA 130/80");
	/* The default mode leaves the unknown word in mid-sentence (the
	 * test could fail); "Jean dit" is a first name as a subject there
	 * too (docs/scrub.md, "Names with no row values"). */
	buf_reset(&out);
	assert_int_equal(ops_apply(p, &p->columns[1], &row, in, strlen(in), &s,
	    &out), 0);
	assert_int_equal(buf_putc(&out, '\0'), 0);
	assert_string_equal(out.data, "[NOM] dit que kerherve a appel\xc3\xa9, "
	    "TA 130/80");
	buf_free(&out);
	ops_scratch_free(&s);
	policy_free(p);
	keys_free(k);
}

/* The pipeline: the row's cells reach the operator, even from a dropped
 * column, and the view holds none of the raw values. */
static void
test_view(void **state)
{
	struct fixture *f = *state;
	static const char csv[] =
	    "ipp;nom;prenom;ville;commentaire\n"
	    "40012308;THÉBAULT;Christelle;Quimper;Mme Thébault de Quimper, "
	    "dossier 40012308, née le 21/06/1947\n"
	    "40013196;GUÉZENNEC;Sylvère;Brest;RAS\n";
	struct view_reader *rd;
	struct pfs_error err;
	struct buf out = BUF_INIT;
	struct view *v;
	int fd = test_temp_fd(csv, sizeof(csv) - 1);

	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_open(f->e, &f->p->files[0], rd, &v, &err), 0);
	assert_int_equal(view_ncontext(v), 4);
	assert_int_equal(view_run(v, rd, view_data_line(v), test_collect, &out,
	    &err), 0);
	assert_int_equal(buf_putc(&out, '\0'), 0);
	assert_null(strstr(out.data, "hébault"));
	assert_null(strstr(out.data, "HÉBAULT"));
	assert_null(strstr(out.data, "Quimper"));
	assert_null(strstr(out.data, "40012308"));
	assert_null(strstr(out.data, "21/06/1947"));
	assert_non_null(strstr(out.data, "[ADRESSE]"));
	assert_non_null(strstr(out.data, ";RAS\n"));
	view_free(v);
	view_reader_free(rd);
	close(fd);
	buf_free(&out);
}

/* A file that shows an email beside the names: the row's fake names are
 * made once for the email (src/view.c, row_fakes) and scrub writes those
 * for the names in the note (scrub_pseudonym).  They must be the names
 * the Nom and Prénom columns show, on each row (the second patient's
 * note gets their names, not the first's), and no raw name may stay. */
static void
test_view_names_with_email(void **state)
{
	static const char policy[] =
	    SPANCHECK_POLICY_HEAD("scrub-email")
	    "[column nom]\nheaders = nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column prenom]\nheaders = prenom\nop = fake\nkind = first_name\n"
	    "identifies = first_name\n"
	    "[column mail]\nheaders = email\nop = fake\nkind = email\n"
	    "identifies = email\n"
	    "[column com]\nheaders = commentaire\nop = scrub\n";
	static const char csv[] =
	    "ipp;nom;prenom;email;commentaire\n"
	    "40012308;THEBAULT;Christelle;c.thebault@exemple.fr;"
	    "Vue Christelle THEBAULT, rappel THEBAULT\n"
	    "40013196;GUEZENNEC;Sylvere;s.guezennec@exemple.fr;"
	    "Vu Sylvere GUEZENNEC, rappel GUEZENNEC\n";
	static const uint8_t master[KEYS_MASTER_BYTES] = SPANCHECK_MASTER_INIT;
	struct engine *e = test_engine_key(policy, master);
	struct view_reader *rd;
	struct pfs_error err;
	struct buf out = BUF_INIT;
	struct view *v;
	char *line, *save = NULL;
	int fd = test_temp_fd(csv, sizeof(csv) - 1), rows = 0;

	(void)state;
	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_open(e, &e->policy->files[0], rd, &v, &err), 0);
	assert_int_equal(view_run(v, rd, view_data_line(v), test_collect, &out,
	    &err), 0);
	assert_int_equal(buf_putc(&out, '\0'), 0);
	assert_null(strstr(out.data, "THEBAULT"));
	assert_null(strstr(out.data, "Christelle"));
	assert_null(strstr(out.data, "GUEZENNEC"));
	assert_null(strstr(out.data, "Sylvere"));
	for (line = strtok_r(out.data, "\n", &save); line != NULL;
	    line = strtok_r(NULL, "\n", &save), rows++) {
		char *f[5], *p = line, want[256];

		for (int i = 0; i < 5; i++)
			f[i] = strsep(&p, ";");
		assert_non_null(f[4]);
		snprintf(want, sizeof(want), "%s %s, rappel %s", f[2], f[1],
		    f[1]);
		assert_non_null(strstr(f[4], want));
	}
	assert_int_equal(rows, 2);
	view_free(v);
	view_reader_free(rd);
	close(fd);
	buf_free(&out);
	engine_free(e);
}

/*
 * A note's row values are written as their own columns show them in the
 * same row: before the note, scrub takes those bytes from the record
 * (src/view.c, struct ops_row_views); after it, or quoted in the source,
 * it makes them again (the operator or the memo).  Both ways must give
 * the bytes of the row's own cells: each note holds its row's Nom, IPP
 * token, phone and NIR views, the same with the note first or last, and
 * no raw value.  A view taken from the wrong column or row fails it.
 */
static void
run_views(struct engine *e, const char *csv, size_t n, struct buf *out)
{
	struct view_reader *rd;
	struct pfs_error err;
	struct view *v;
	int fd = test_temp_fd(csv, n);

	assert_int_equal(view_reader_new(fd, &rd), 0);
	assert_int_equal(view_open(e, &e->policy->files[0], rd, &v, &err), 0);
	assert_int_equal(view_run(v, rd, view_data_line(v), test_collect, out,
	    &err), 0);
	assert_int_equal(buf_putc(out, '\0'), 0);
	view_free(v);
	view_reader_free(rd);
	close(fd);
}

static void
test_view_pseudonyms_as_shown(void **state)
{
	static const char policy[] =
	    SPANCHECK_POLICY_HEAD("scrub-views")
	    "[column nom]\nheaders = nom\nop = fake\nkind = last_name\n"
	    "identifies = last_name\n"
	    "[column tel]\nheaders = tel\nop = fake\nkind = phone\n"
	    "identifies = phone\n"
	    "[column nir]\nheaders = nir\nop = nir\nidentifies = nir\n"
	    "[column com]\nheaders = commentaire\nop = scrub\n";
	/* the third row's Nom is quoted: not taken from the record */
	static const char last[] =
	    "ipp;nom;tel;nir;commentaire\n"
	    "40012308;THEBAULT;06 12 34 56 78;109099713322002;"
	    "Vue Mme THEBAULT (dossier 40012308), tel 06 12 34 56 78, "
	    "NIR 109099713322002\n"
	    "40013196;GUEZENNEC;02 98 44 10 20;281077511403517;"
	    "Vu M. GUEZENNEC (dossier 40013196), tel 02 98 44 10 20, "
	    "NIR 281077511403517\n"
	    "40012308;\"THEBAULT\";06 12 34 56 78;109099713322002;"
	    "Vue Mme THEBAULT (dossier 40012308), tel 06 12 34 56 78, "
	    "NIR 109099713322002\n";
	static const char first[] =
	    "commentaire;ipp;nom;tel;nir\n"
	    "Vue Mme THEBAULT (dossier 40012308), tel 06 12 34 56 78, "
	    "NIR 109099713322002;40012308;THEBAULT;06 12 34 56 78;"
	    "109099713322002\n"
	    "Vu M. GUEZENNEC (dossier 40013196), tel 02 98 44 10 20, "
	    "NIR 281077511403517;40013196;GUEZENNEC;02 98 44 10 20;"
	    "281077511403517\n"
	    "Vue Mme THEBAULT (dossier 40012308), tel 06 12 34 56 78, "
	    "NIR 109099713322002;40012308;\"THEBAULT\";06 12 34 56 78;"
	    "109099713322002\n";
	static const uint8_t master[KEYS_MASTER_BYTES] = SPANCHECK_MASTER_INIT;
	static const char *const raw[] = { "THEBAULT", "GUEZENNEC", "40012308",
	    "40013196", "06 12 34 56 78", "02 98 44 10 20", "109099713322002",
	    "281077511403517" };
	struct engine *e = test_engine_key(policy, master);
	struct buf a = BUF_INIT, b = BUF_INIT;
	char *la, *lb, *sa = NULL, *sb = NULL;
	int rows = 0;

	(void)state;
	run_views(e, last, sizeof(last) - 1, &a);
	run_views(e, first, sizeof(first) - 1, &b);
	for (size_t i = 0; i < sizeof(raw) / sizeof(*raw); i++) {
		assert_null(strstr(a.data, raw[i]));
		assert_null(strstr(b.data, raw[i]));
	}
	for (la = strtok_r(a.data, "\n", &sa), lb = strtok_r(b.data, "\n", &sb);
	    la != NULL && lb != NULL; la = strtok_r(NULL, "\n", &sa),
	    lb = strtok_r(NULL, "\n", &sb), rows++) {
		char *fa[5], *fb[5], *p = la, *q = lb, want[512];

		for (int i = 0; i < 5; i++) {
			fa[i] = strsep(&p, ";");
			fb[i] = strsep(&q, ";");
		}
		assert_non_null(fa[4]);
		assert_non_null(fb[4]);
		/* the note first: the same bytes, made again */
		assert_string_equal(fb[0], fa[4]);
		for (int i = 0; i < 4; i++)
			assert_string_equal(fb[i + 1], fa[i]);
		if (fa[1][0] == '"') {	/* the quoted Nom: its view, unquoted */
			fa[1]++;
			fa[1][strlen(fa[1]) - 1] = '\0';
		}
		snprintf(want, sizeof(want), "(dossier %s), tel %s, NIR %s",
		    fa[0], fa[2], fa[3]);
		assert_non_null(strstr(fa[4], want));
		assert_non_null(strstr(fa[4], fa[1]));
	}
	assert_int_equal(rows, 3);
	buf_free(&a);
	buf_free(&b);
	engine_free(e);
}

/*
 * A scrubbed note quoted in its source is quoted again where scrub wrote
 * it (src/view.c, settle_cell_again, speed29d): its quotes doubled, one
 * before and one after, as csvio_write_value writes them.  Notes with
 * nothing to replace come out as they went in: quotes first, last, in
 * the middle, doubled twice, a delimiter, a line end, an empty quoted
 * note, a note of one quote.
 */
static void
test_view_quoted_notes(void **state)
{
	static const char policy[] =
	    SPANCHECK_POLICY_HEAD("scrub-quoted")
	    "[column com]\nheaders = commentaire\nop = scrub\n";
#define QUOTED_NOTES(ipp)						\
	"\"\"\"ddn\"\": vu ce jour\"" ipp "\n"				\
	"\"examen \"\"normal\"\" ce jour\"" ipp "\n"			\
	"\"controle dans un mois \"\"\"\"ok\"\"\"\"\"" ipp "\n"		\
	"\"pansement; a refaire\"" ipp "\n"				\
	"\"deux lignes\nde texte\"" ipp "\n"				\
	"\"\"" ipp "\n"							\
	"\"\"\"\"" ipp "\n"						\
	"\"fin \"\"x\"\"\"" ipp "\n"
	static const char csv[] = "commentaire;ipp\n" QUOTED_NOTES(";40012308");
	static const char want[] = QUOTED_NOTES("");
#undef QUOTED_NOTES
	static const uint8_t master[KEYS_MASTER_BYTES] = SPANCHECK_MASTER_INIT;
	struct engine *e = test_engine_key(policy, master);
	struct buf out = BUF_INIT;
	size_t n = 0;

	(void)state;
	run_views(e, csv, sizeof(csv) - 1, &out);
	/* the notes alone: each ";P-" and the token's sixteen characters
	 * after it taken out */
	for (size_t i = 0; out.data[i] != '\0'; i++) {
		if (strncmp(out.data + i, ";P-", 3) == 0 &&
		    strlen(out.data + i) >= 19) {
			i += 18;
			continue;
		}
		out.data[n++] = out.data[i];
	}
	out.data[n] = '\0';
	assert_string_equal(out.data, want);
	buf_free(&out);
	engine_free(e);
}

/* One pseudonym per name, not per word: "Jean-Claude LE GOFF" is the
 * views of Prénom and Nom, not "Norbert-Norbert GERMAIN GERMAIN". */
static void
test_one_fake_per_name(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_LAST_NAME, "LE GOFF"),
		V(DETECT_IDENT_FIRST_NAME, "Jean-Claude"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"),
	    rule(f, "prenom") };
	struct ops_row row = { 0 };
	char nom[64], prenom[64], want[256];

	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 2;
	snprintf(nom, sizeof(nom), "%s", apply(f, "nom", &row, "LE GOFF"));
	snprintf(prenom, sizeof(prenom), "%s", apply(f, "prenom", &row,
	    "Jean-Claude"));
	snprintf(want, sizeof(want), "%s %s vu, M. %s", prenom, nom, nom);
	assert_string_equal(apply(f, "com", &row,
	    "Jean-Claude LE GOFF vu, M. Le Goff"), want);
	/* A name no row holds: one placeholder, whatever its words. */
	assert_string_equal(apply(f, "com2", &row,
	    "Dr Jean-Pierre Van den Broeck"), "Dr [NOM]");
}

/* CPU time of scrubbing `unit` repeated n times (the best of three). */
struct scrub_timing {
	struct fixture		*f;
	const struct ops_row	*row;
	/* written once before and after the repeated unit, or NULL */
	const char		*prefix, *suffix;
};

static double
scrub_time(void *arg, const char *unit, size_t n)
{
	struct scrub_timing *st = arg;
	struct fixture *f = st->f;
	const struct ops_row *row = st->row;
	struct buf text = BUF_INIT;
	double best = 1e9;

	if (st->prefix != NULL)
		assert_int_equal(buf_append_str(&text, st->prefix), 0);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(buf_append_str(&text, unit), 0);
	if (st->suffix != NULL)
		assert_int_equal(buf_append_str(&text, st->suffix), 0);
	for (int k = 0; k < 3; k++) {
		double t0 = linear_cpu_seconds();

		buf_reset(&f->out);
		assert_int_equal(ops_apply(f->p, rule(f, "com"), row, text.data,
		    text.len, &f->s, &f->out), 0);
		t0 = linear_cpu_seconds() - t0;
		if (t0 < best)
			best = t0;
	}
	buf_free(&text);
	return best;
}

/* A phone or a NIR whose separators are Unicode dashes (the
 * non-breaking hyphen a web page writes so that a number does not wrap,
 * an en dash, a minus sign) is one: it went through raw.  Negative: the
 * same dashes between clinical numbers and words stay, byte for byte. */
static void
test_unicode_dashes_in_numbers(void **state)
{
	struct fixture *f = *state;
	static const char *const dash[] = {
		"\xe2\x80\x91", "\xe2\x80\x93", "\xe2\x88\x92", "\xe2\x80\x90",
	};
	static const char *const keep[] = {
		"J1\xe2\x80\x93J3, 5\xe2\x80\x93" "10 mg, score 2\xe2\x80\x91" "3",
		"T\xc2\xb0 37\xe2\x80\x93" "38,5 \xe2\x80\x94 RAS, Saint\xe2\x80\x91"
		    "Malo, L4\xe2\x88\x92L5",
	};
	struct ops_row row = { 0 };
	char in[256];
	const char *out;

	for (size_t i = 0; i < sizeof(dash) / sizeof(dash[0]); i++) {
		const char *d = dash[i];

		snprintf(in, sizeof(in), "tel 06%s51%s94%s88%s22, NIR 1%s84%s02"
		    "%s75%s123%s456%s74", d, d, d, d, d, d, d, d, d, d);
		out = apply(f, "com2", &row, in);
		if (strcmp(out, "tel [TEL], NIR [NIR]") != 0)
			fail_msg("dash #%zu: %s", i, out);
	}
	for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		assert_string_equal(apply(f, "com2", &row, keep[i]), keep[i]);
}

/* A phone or a NIR whose groups a middle dot, an underscore, or any other
 * punctuation or space character beyond ASCII separates (a bullet, a
 * one-dot leader, the Arabic thousands separator, the Ogham space mark,
 * which NFKC leaves as it is) is one number: they went through raw
 * Negative: the same signs between words, a dose with a
 * middle dot, a ratio, an underscored file name with fewer digits,
 * stay byte for byte. */
static void
test_punct_between_number_groups(void **state)
{
	struct fixture *f = *state;
	static const char *const sep[] = {
		"\xc2\xb7", "_", "\xe2\x80\xa2", "\xe2\x80\xa4", "\xd9\xac",
		"\xe1\x9a\x80", "\xe2\x80\xa7", "\xe3\x83\xbb",
	};
	static const char *const keep[] = {
		"Saint\xc2\xb7Malo, 5\xc2\xb7" "10 mg, J1_J3, scan_2023_v2",
		"score 2\xe2\x80\xa2" "3 \xe2\x80\xa2 RAS, 37\xc2\xb7" "5 C",
	};
	struct ops_row row = { 0 };
	char in[256];
	const char *out;

	for (size_t i = 0; i < sizeof(sep) / sizeof(sep[0]); i++) {
		const char *d = sep[i];

		snprintf(in, sizeof(in), "tel 06%s51%s94%s88%s22, NIR 1%s84%s02"
		    "%s75%s123%s456%s74", d, d, d, d, d, d, d, d, d, d);
		out = apply(f, "com2", &row, in);
		if (strcmp(out, "tel [TEL], NIR [NIR]") != 0)
			fail_msg("separator #%zu: %s", i, out);
	}
	for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		assert_string_equal(apply(f, "com2", &row, keep[i]), keep[i]);
}

/* A phone or a NIR glued to a sign beyond ASCII (a closing guillemet, a
 * typographic apostrophe, a middle dot, a bullet, a euro, degree or
 * superscript sign) is one still, and so is an IBAN between guillemets:
 * every byte >= 0x80 next to it counted as a letter.  A phone whose five pairs the same other sign
 * separates (a colon, a bar, a dot operator, spaced dashes, the first
 * pair in parentheses), and a date of a day, a month and a four-digit
 * year between the same underscore or sign beyond ASCII, are found too.
 * Negative: six pairs, a list of numbers, a time range, a dose, a
 * temperature, a year out of range, stay byte for byte. */
static void
test_signs_around_numbers(void **state)
{
	struct fixture *f = *state;
	static const struct { const char *in, *out; } found[] = {
		{ "tel \xc2\xab" "0612345678\xc2\xbb", "tel \xc2\xab[TEL]\xc2\xbb" },
		{ "tel 06 12 34 56 78\xe2\x80\x99", "tel [TEL]\xe2\x80\x99" },
		{ "NIR 184027512345674\xc2\xb7", "NIR [NIR]\xc2\xb7" },
		{ "tel 0612345678\xe2\x82\xac, 0612345678\xc2\xb0",
		    "tel [TEL]\xe2\x82\xac, [TEL]\xc2\xb0" },
		{ "tel 06.12.34.56.78\xe2\x80\xa2", "tel [TEL]\xe2\x80\xa2" },
		{ "tel 06:12:34:56:78", "tel [TEL]" },
		{ "tel 06\xe2\x88\x99" "12\xe2\x88\x99" "34\xe2\x88\x99" "56\xe2\x88\x99" "78",
		    "tel [TEL]" },
		{ "tel 06 - 12 - 34 - 56 - 78 ok", "tel [TEL] ok" },
		{ "tel 06|12|34|56|78", "tel [TEL]" },
		{ "tel (06) 12 34 56 78", "tel ([TEL]" },
		{ "le 12\xc2\xb7" "03\xc2\xb7" "1984 vu", "le [DATE] vu" },
		{ "le 12_03_1984", "le [DATE]" },
		{ "le 12\xe2\x88\x95" "03\xe2\x88\x95" "1984", "le [DATE]" },
		{ "le 1984\xc2\xb7" "03\xc2\xb7" "12.", "le [DATE]." },
		{ "IBAN \xc2\xab" "FR7630006000011234567890189\xc2\xbb",
		    "IBAN \xc2\xab[IBAN]\xc2\xbb" },
		{ "le 1\xe2\x80\xa2" "3\xe2\x80\xa2" "2021", "le [DATE]" },
	};
	static const char *const keep[] = {
		"codes 01:02:03:04:05:06, notes 05, 12, 34, 56, 78",
		"de 08:30-12:45 puis 14:00, 5\xc2\xb7" "10 mg, T 37\xc2\xb7" "5",
		"version 12\xc2\xb7" "03\xc2\xb7" "1850, lot 12_03_19845",
	};
	struct ops_row row = { 0 };

	for (size_t i = 0; i < sizeof(found) / sizeof(found[0]); i++) {
		const char *out = apply(f, "com2", &row, found[i].in);

		if (strcmp(out, found[i].out) != 0)
			fail_msg("#%zu: %s", i, out);
	}
	for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		assert_string_equal(apply(f, "com2", &row, keep[i]), keep[i]);
}

/* A NIR whose groups one ASCII sign (a colon, a comma, a semicolon, a
 * bar) separates, if its key is valid or after a NIR cue; a phone of five
 * pairs a comma or a semicolon alone separates, the first 0[1-9]; an
 * email spaced around its "@" and dots (they went through raw).
 * Negative: the same shapes with a wrong key and no cue, lab series, a
 * list of numbers, six pairs, an "@" between words stay byte for byte. */
static void
test_ascii_signs_in_numbers(void **state)
{
	struct fixture *f = *state;
	static const struct { const char *in, *out; } found[] = {
		{ "vu 1:84:02:75:123:456:74 ok", "vu [NIR] ok" },
		{ "vu 1,84,02,75,123,456,74.", "vu [NIR]." },
		{ "vu 1;84;02;75;123;456;74", "vu [NIR]" },
		{ "vu 1|84|02|75|123|456|74", "vu [NIR]" },
		{ "NIR 1:84:02:75:123:456:99", "NIR [NIR]" },
		{ "tel 06,12,34,56,78 ok", "tel [TEL] ok" },
		{ "tel 06;12;34;56;78", "tel [TEL]" },
		{ "ecrire a jean.dupont @ laposte.net svp",
		    "ecrire a [EMAIL] svp" },
		{ "mail jean . dupont @ gmail . com", "mail [EMAIL]" },
		{ "mail jean.dupont@ gmail.com.", "mail [EMAIL]." },
	};
	static const char *const keep[] = {
		"lot 1:84:02:75:123:456:99, K 4,5;6,2, serie 12,5,8",
		"valeurs 05, 12, 34, 56, 78 et 01,02,03,04,05,06 ; 10,12,34,56,78",
		"Hb 12,5;13,1;12,8;11,9;12,2",
		"rdv @ 14h, 3 @ 5 mg, voir @ domicile.",
	};
	struct ops_row row = { 0 };

	for (size_t i = 0; i < sizeof(found) / sizeof(found[0]); i++) {
		const char *out = apply(f, "com2", &row, found[i].in);

		if (strcmp(out, found[i].out) != 0)
			fail_msg("#%zu: %s", i, out);
	}
	for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		assert_string_equal(apply(f, "com2", &row, keep[i]), keep[i]);
}

/* A phone whose pairs one letter separates (the katakana prolonged mark a
 * Japanese input method types for a dash, its half-width form, an 'x'),
 * its pairs between ", " after a phone cue, a NIR whose groups mixed or
 * spaced ASCII signs separate, an email spelled out in words or without
 * its top-level domain: each went through raw (documented limits until
 * redteam13).  The raw value must not survive; the negatives stay byte
 * for byte. */
static void
test_letters_words_and_mixed_signs_in_numbers(void **state)
{
	struct fixture *f = *state;
	static const struct { const char *in, *out; } found[] = {
		{ "tel 06\xe3\x83\xbc" "12\xe3\x83\xbc" "34\xe3\x83\xbc" "56"
		    "\xe3\x83\xbc" "78 ok", "tel [TEL] ok" },
		{ "vu 06\xef\xbd\xb0" "12\xef\xbd\xb0" "34\xef\xbd\xb0" "56"
		    "\xef\xbd\xb0" "78", "vu [TEL]" },
		{ "vu 06x12x34x56x78.", "vu [TEL]." },
		{ "vu 06 x 12 x 34 x 56 x 78", "vu [TEL]" },
		{ "portable 06, 12, 34, 56, 78 merci", "portable [TEL] merci" },
		{ "tel : 06 ; 12 ; 34 ; 56 ; 78", "tel : [TEL]" },
		{ "NIR 1.84-02 75:123:456", "NIR [NIR]" },
		{ "n\xc2\xb0 s\xc3\xa9" "cu 1 : 84 : 02 : 75 : 123 : 456 : 99",
		    "n\xc2\xb0 s\xc3\xa9" "cu [NIR]" },
		{ "vu 1:84.02-75:123:456:74 ok", "vu [NIR] ok" },
		{ "ecrire a jean point dupont arobase gmail point com",
		    "ecrire a [EMAIL]" },
		{ "MAIL JEAN.DUPONT AROBASE LAPOSTE POINT NET",
		    "MAIL [EMAIL]" },
		{ "mail jean.dupont@gmail ok", "mail [EMAIL] ok" },
		{ "mail jean.dupont at gmail.com", "mail [EMAIL]" },
		{ "mail jean_dupont arobase orange", "mail [EMAIL]" },
		{ "vu 06 - 12.34 56/78 ok", "vu [TEL] ok" },
		{ "vu 1840275123456/74 ok", "vu [NIR] ok" },
		{ "vu jean.dupont%40gmail.com ok", "vu [EMAIL] ok" },
		{ "lien https://x.fr/?mail=jean.dupont%40gmail.com&id=3",
		    "lien https://x.fr/?mail=[EMAIL]&id=3" },
		{ "vu jean.dupont&#64;gmail.com ok", "vu [EMAIL] ok" },
		{ "vu jean.dupont&#x40;gmail.com", "vu [EMAIL]" },
		{ "mail jean.dupont [at] gmail [dot] com ok", "mail [EMAIL] ok" },
		{ "mail jean.dupont@ gmail ok", "mail [EMAIL] ok" },
		{ "tel 06%2012%2034%2056%2078 ok", "tel [TEL] ok" },
		{ "tel 6 12 34 56 78 ok", "tel [TEL] ok" },
		{ "vu FR76-3000-6000-0112-3456-7890-189 ok", "vu [IBAN] ok" },
		{ "vu FR 76 3000 6000 0112 3456 7890 189 ok", "vu [IBAN] ok" },
		{ "vu FR76.3000.6000.0112.3456.7890.189", "vu [IBAN]" },
		{ "iban FR76:3000:6000:0112:3456:7890:189", "iban [IBAN]" },
		{ "RIB 30006 00001 12345678901 89 ok", "RIB [IBAN] ok" },
		{ "mail jean.dupont@\ngmail.com ok", "mail [EMAIL] ok" },
		{ "tel \xd9\xa0\xd9\xa6\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4"
		    "\xd9\xa5\xd9\xa6\xd9\xa7\xd9\xa8 ok", "tel [TEL] ok" },
		/* digits carrying combining marks (U+0301, U+0651): the
		 * marks must not hide the number */
		{ "tel 0\xcc\x81" "6\xcc\x81" "1\xcc\x81" "2\xcc\x81" "3\xcc\x81"
		    "4\xcc\x81" "5\xcc\x81" "6\xcc\x81" "7\xcc\x81" "8\xcc\x81" " ok",
		    "tel [TEL] ok" },
		{ "tel \xd9\xa0\xd9\x91\xd9\xa6\xd9\x91\xd9\xa1\xd9\x91\xd9\xa2"
		    "\xd9\x91\xd9\xa3\xd9\x91\xd9\xa4\xd9\x91\xd9\xa5\xd9\x91"
		    "\xd9\xa6\xd9\x91\xd9\xa7\xd9\x91\xd9\xa8\xd9\x91 ok",
		    "tel [TEL] ok" },
		{ "portable 612345678", "portable [TEL]" },
		{ "vu 1%2084%2002%2075%20123%20456%2074", "vu [NIR]" },
		{ "NIR 1840275123456/99 ok", "NIR [NIR] ok" },
		{ "mail jean[.]dupont[@]gmail[.]com ok", "mail [EMAIL] ok" },
		{ "mail jean.dupont(a)gmail.com", "mail [EMAIL]" },
		{ "mail jean.dupont{at}gmail.com ok", "mail [EMAIL] ok" },
		{ "mail jean.dupont{at}gmail{dot}com", "mail [EMAIL]" },
		{ "mail jean.dupont@gmail\xc2\xb7" "com ok", "mail [EMAIL] ok" },
		{ "mail jeandupont at gmail ok", "mail [EMAIL] ok" },
		{ "ecrire j.dupont chez gmail.com", "ecrire [EMAIL]" },
		{ "ecrire jdupont@orange ou a j-martin@chu-lyon", "ecrire [EMAIL] ou a [EMAIL]" },
	};
	static const char *const keep[] = {
		"valeurs 05, 12, 34, 56, 78 ; Hb 12,5; 13,1; 12,8; 11,9; 12,2",
		"plaie 10x12x34 mm, 05x12 mm, lot 06A12B34",
		"lot 1:84.02-75:123:456:99 et 1 : 84 : 02, ref 1840275123456/99",
		"seen at St.Mary, rdv at home.",
		"le signe arobase est sur le clavier, 3@5mg, rdv@14h, tr@nsmission",
		"heberge chez sa fille, chez elle, vu at free, note(a) et b",
		"dose {a} et {b}, ensemble {at}, plage [3-5] {dot}",
		"hausse de 50%20 mg, R&D, 100%40 cas, a&#64;b, voir @ gmail",
		"tel 6 12 34 56 78 90, lot 6 12 34 56 78",
		"lot 30006 00001 12345678901 88, FR76-3000-6000-0112-3456-7890-18",
		"scores 06 - 12.34 56/78/12 et 10 - 12.34 56 78, 06 - 12.34 5",
	};
	struct ops_row row = { 0 };

	for (size_t i = 0; i < sizeof(found) / sizeof(found[0]); i++) {
		const char *out = apply(f, "com2", &row, found[i].in);

		if (strcmp(out, found[i].out) != 0)
			fail_msg("#%zu: %s", i, out);
	}
	for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		assert_string_equal(apply(f, "com2", &row, keep[i]), keep[i]);
}

/* Scrubbing is linear in the cell (linear.h).  Each pattern once made a
 * detector quadratic or could. */
static void
test_linear_time(void **state)
{
	struct fixture *f = *state;
	const struct detect_value ctx[] = {
		V(DETECT_IDENT_LAST_NAME, "LE GOFF"),
		V(DETECT_IDENT_FIRST_NAME, "Jean"),
		V(DETECT_IDENT_ADDRESS, "12 rue de la Paix"),
	};
	const struct policy_column *rules[] = { rule(f, "nom"),
	    rule(f, "prenom"), rule(f, "ville") };
	static const char *const units[] = {
		"Mme ", "Mme DUPONT ", "Dr J. Le Goff ", "le 12 rue de la ",
		"a@b.", "1 2 3 ", "Jean ", "VIH ", "D\xe2\x80\x8bUPONT ",
		"\xef\xbc\x91\xef\xbc\x92 ",
		/* typos of the row's names, "NOM, Prénom", a birth name */
		"MR LE GOFFE Jeaan ", "Goff, Jean ", "n\xc3\xa9" "e LE GOF ",
		/* addresses that absorb the row's name spans (add_address):
		 * each once walked every span of the comment */
		"12 rue Le Goff ", "12 rue de la Paix ", "3 Imp. Jean Le Goff, ",
		/* letters, words and mixed signs in numbers and emails */
		"a point b arobase c point ", "x at y.z ", "06x12x", "1 : 84.",
		"06, 12, tel ",
		/* a line of a table's labels, each of which read the line
		 * and the rows under it */
		"nom;", "prenom\t",
		/* review20: the row's name cut at a line's end, its pair
		 * across one, a table's heading of names and its rows */
		"Le Gof-\nf ", "GOFF\nJean\n", "Le-\n", "Nom;Pr\xc3\xa9nom\nA;B\n",
		"| Nom |\n", "Jean Vigneron\n", "Jean\nVigneron\n",
		/* the cues and shapes of the fifteenth pass (review,
		 * sixteenth pass): birth names, "(sic)", O', a name after
		 * " / ", a relative's surname, a bare "prénom", a message's
		 * sender, a pet name, Vietnamese short surnames, particles in
		 * lower case, substages, scores, "(English)", a name again in
		 * capitals, a commune in parentheses */
		"n\xc3\xa9" "e ", "Mme Dupont n\xc3\xa9" "e ", "M. Kowalsky (sic) ",
		"M. Kowalsky (sic) Zbigniew ", "Mme Fourmier (sic, Fournier) ",
		"(sic) ", "O'", "Ms O'", "Ms O'Connell ", "CARDOSO / ",
		"DUPONT / PIRES / ", "p\xc3\xa8re (Ludovic Bastide) ",
		"son fils Fr\xc3\xa9" "d\xc3\xa9ric Broca pr\xc3\xa9sent ",
		"pr\xc3\xa9nom No\xc3\xabl, ", "Bonjour c'est Hery, ",
		"bisous Sandrine Avril ", "Je suis Kerby Fils-Aim\xc3\xa9, ",
		"\"Lulu\" ", "\xc2\xab D\xc3\xa9" "d\xc3\xa9 \xc2\xbb (M. Lucien Ferrand) ",
		"Jade L\xc3\xaa ", "m. joaquim ferreira da silva ",
		"FIGO IIIC ", "stade IB1 ", "Chung score 10 ", "(English) ",
		"Maternity (English): of ", "M. Tandia Boubou (Samba Tandia) ",
		"MR JANVIER WIDNER ", "cit\xc3\xa9 Henri IV, ",
		"\xc3\xa0 Cacao (97352 Roura) ", "M. Madi (Mamoudzou) ", "S4LHI ",
		"sa fille nathalie rapelle demain ",
		/* an English word after a relative in a note whose only
		 * English function word is not written as one ("The"):
		 * comment_english_word read every word for each */
		"son fils ruddy The ",
		/* a digit between two pieces of names found (scan_name_glued
		 * walked every span for each) */
		"Dupont4Martin ", "Madame S4LHI Karima suivie. ",
		/* the rules of the sixteenth pass (review, seventeenth
		 * pass): precision16's keeps (lab notation, a body after
		 * "de la", derived words, headings slipped in typing,
		 * institutions of a kind, places after "en" and "patient
		 * de", posologies, germs, brands and devices)... */
		"PaCO2 62 mmHg, ", "PAPP-A ", "JEAN-P MARTIN ",
		"le pharmacien de la PUI ", "sa fille surplanter ",
		"patient d\xc3\xa9perfus\xc3\xa9 ",
		"infirmi\xc3\xa8re de stomath\xc3\xa9rapie ",
		"Transmision : ", "Centre de sant\xc3\xa9 Fernand L\xc3\xa9ger ",
		"son fr\xc3\xa8re en France ", "le patient de Roscoff ",
		"Seretide Diskus 500 1 inhalation ", "Solupred 20 1 cp ",
		"Salmonella Enteritidis ", "sous Kardegic Tahor Coversyl ",
		"Symbicort Turbuhaler ",
		/* ... recall16's names with few cues... */
		"c\xc3\xa9leste a sonn\xc3\xa9. ", "mme gwendal page n'a pas pris ",
		"maria do ceu ", "M. Arbeletche Iban, ",
		"2 PATIENTES BEGUM DANS LE SERVICE ", "(FATEMA ET SHIRIN, CH 12) ",
		"SA TANTE NENE PRESENTE ", "Mr Gilbert Delorme ",
		"voisin du dessus (marine) ", "son fils m. garat ",
		"Mme BUCHERT, Materne n'a pas pris ", "vu par BOEHM Materne, ",
		"Mme Vu Thi (passeport : VU THI) ", "dupont-jean.pdf ",
		"www.doctolib.fr/patient/jean-dupont ", "-- KL ",
		"vit \xc3\xa0 1003 Lausanne ",
		/* ... and sensaddr16's homes, units, city tails, postcodes
		 * repeated, streets abroad and English dates */
		"(La Grande M\xc3\xa9tairie, 16140 Aigre) ",
		"chez lui Quinta do Vale, lote 7 ", "29200 Brest, lot 12 ",
		"4520-211 Santa Maria da Feira ", "Code postal : 29200 ",
		"Kossuth Lajos utca 17 ", "November 2, 2024 ", "3rd of March ",
		"CIBLE : sevrage. ",
		/* initials without dots before a surname after a cue */
		"vu avec J-P MARTIN ", "vu avec JEAN-P MARTIN ", "vu avec J-",
		"MARIE-J DUPONT ", "-J DUPONT ",
		/* the rules of the seventeenth pass (review, eighteenth
		 * pass): the row's pair in an institution's name, misspelt
		 * too (row_full_name_beside, scan_row_fuzzy), English
		 * function words, time zones, weekdays in the plural and
		 * listed, a posology after a name, a dotted initial, "Thi",
		 * a lower-case name's hyphen parts */
		"Unit\xc3\xa9 de soins Jean Le Goff, ",
		"Centre de soins LE GOFFE Jean ", "EHPAD Jean de la Goff ",
		"Jean Jean ", "Dear Dr A, your son will ", "his neighbour your ",
		"sa fille her a ", "vu avec her ", "her ",
		"18h heure de Paris ", "les heures de Nancy ",
		"6h30 (heure de Lyon) ", "1111111h heure de ",
		"les lundis 3, 10 et 17 novembre ", "lundis et jeudis 3 et 6 mars ",
		"lundi, mardi, ", "lundi et ", "3 novembre (lundi) ",
		"le 03/11/2025, un lundi ", "vu avec Kerouredan Bounmy 20 1 cp ",
		"JEAN-P. DUPONT ", "NGUYEN Thi Mai ",
		"sa compagne heloise petit-frere ",
		/* the rules of the nineteenth precision pass: a transmission
		 * after a role's colon, a unit after "par", a drug after a
		 * name */
		"IDE : Pansement refait ", "IDE : ", "IDE : PARACETAMOL FAIT ",
		"AS : DMP vu ", "adress\xc3\xa9 par R\xc3\xa9" "animation ",
		"par Interniste ", "Mme Dupont acetazolamide ",
		"acetazolamide ", "Fille : Inqui\xc3\xa8te pour ", "Fille : ",
		/* precision19b: a word of care after a name */
		"Mme Dupont Doliprane 1 g ", "Doliprane 1 g ",
		"M. Martin Cardiologie ", "Mme Dupont amlodipine ",
		/* names19c: a word surname after a first name, before a
		 * person's verb, a birth cue, an eponym after a civil title */
		"vu avec Marie Chapelle ce jour ", "Marie Chapelle ",
		"Rose Vigneron a appel\xc3\xa9 ", "Rose Vigneron ",
		"Vigneron Marie, n\xc3\xa9" "e le 3/4/1950 ", "Vigneron Marie, ",
		"Mme Gilbert est venue ", "Rose Rose ",
		/* namesweep19: the row's surname as a sentence's subject,
		 * before a person's verb or a participle */
		"Goff refuse. ", "Le Goff ne veut pas. ",
		"Goff refus\xc3\xa9" "es. ",
		/* the lead: a word surname in capitals after a civil title,
		 * before a verb */
		"MME PIGEON VUE ", "MME PIGEON EST ", "MME ",
		/* precision20: a street's name ends at the sentence going
		 * on in lower case; a spouse's given name after "de" */
		"3 rue Pasteur depuis ", "rue Lafayette maintenant ",
		"rue Pasteur chez Pigeon depuis ", "rue ",
		"\xc3\xa9pouse de Joaquim, ", "veuve de ",
		"Mme Durand Cadre de ", "Durand Cadre ", "Blanc Sage-femme ",
		"Mme Dupont Bloc 14h ", "Dupont Lit 3 ",
		"Mme Durand Pansement refait ", "Durand Toilette ",
		/* names20: an ambiguous first name and a word surname after
		 * a person's preposition or a closing, in capitals between a
		 * civil title and a first name, an initial beside a word
		 * surname, a word surname after the "de" of a call */
		"Courrier de Marie Abb\xc3\xa9 ", "de Marie ",
		"Cordialement. Jean Vigneron ", "Cordialement. ",
		"MME ABB\xc3\x89 MARIE VUE ", "MME PIGEON MARIE, ",
		"L. Pigeon pr\xc3\xa9venu ", "L. ", "Vu avec Pigeon L. ",
		"avec Pigeon ", "Appel de Pigeon pour ", "Appel de ",
		"par Du Pont ", "Du ", "Hugo de la Pigeon ", "de la ",
		"avec O'Neill ", "O'", "Van der Berg ", "Van der ",
		"sa fille et Pigeon ", "et Pigeon ", "fille et ",
		"Vigneron Marie a appel\xc3\xa9. ", "Vigneron Marie ",
		"Marie Abb\xc3\xa9 est pass\xc3\xa9" "e. ", "Marie Abb\xc3\xa9 est ",
		"Le Floch refuse. ", "C. Le Hir ",
		"MME DU PONT CHANTAL ", "MME DU PONT ",
	};
	/* a unit with a text before or after it: a name found once, its
	 * word repeated many times before it (repeat_source read every
	 * word for each) or in capitals with no lower-case word
	 * (caps_alone read every word for each) */
	static const char *const affixed[][3] = {
		{ NULL, "d\xc3\xa9sir. ", "Mr D\xc3\xa9sir Roland" },
		{ NULL, "DESIR. ", "Mr D\xc3\xa9sir Roland" },
		{ "Mr D\xc3\xa9sir Roland ", "DESIR. ", NULL },
		/* a postcode repeated alone (scan_home_postcodes), a name of
		 * two letters written again (scan_short_name_heads) */
		{ "12 rue de Brest, 29200 Brest. ", "29200 ", NULL },
		{ "Mme Vu Thi Hong Nhung ", "VU ", NULL },
		{ NULL, "VU ", "Mme Vu Thi Hong Nhung" },
	};
	struct ops_row row = { 0 };
	const size_t n = 16384;
	struct scrub_timing st = { f, &row, NULL, NULL };

	row.ctx = ctx;
	row.ctx_rules = rules;
	row.nctx = 3;
	for (size_t u = 0; u < sizeof(units) / sizeof(units[0]); u++)
		assert_linear(scrub_time, &st, units[u], n);
	for (size_t u = 0; u < sizeof(affixed) / sizeof(affixed[0]); u++) {
		st.prefix = affixed[u][0];
		st.suffix = affixed[u][2];
		assert_linear(scrub_time, &st, affixed[u][1], n);
	}
}


/* A name after a label and its particles in capitals whose word is also a
 * street's or a place's ("Nom : DE LA TOUR", "DU PONT", "DE LA RUE"):
 * the label says it is a name (TOUR, PONT, RUE went through raw); what a
 * label is followed by when no name is given stays. */
static void
test_label_particles_before_place_words(void **state)
{
	static const char *const in[] = {
		"Nom : DE LA TOUR, pr\xc3\xa9nom : Anne",
		"Nom de naissance : DU PONT",
		"NOM : DE LA RUE Jean",
		"Nom : LA ROCHE",
	};
	static const char *const gone[] = { "TOUR", "PONT", "RUE", "ROCHE" };
	static const char *const kept_in[] = {
		"NOM : LE PATIENT REFUSE de donner son identit\xc3\xa9",
		"Nom : LE MEDECIN de garde",
		"Nom : Le patient refuse",
	};
	static const char *const kept[] = {
		"PATIENT REFUSE", "MEDECIN de garde", "Le patient refuse",
	};

	ASSERT_GONE_KEPT(*state, in, gone, kept_in, kept);
}

/* The parts of a file's name glued by '_' to a name found ("DUPONT_Jean.pdf",
 * "DUPONT_jean"): the other part is the name's ("Jean" went through raw);
 * the words of a file's name that are no name stay. */
static void
test_file_name_parts(void **state)
{
	static const char *const in[] = {
		"voir C:\\dossiers\\DUPONT_Jean.pdf",
		"photo Mme DUPONT_nolwenn_2023.png jointe",
	};
	static const char *const gone[] = { "Jean", "nolwenn" };
	static const char *const kept_in[] = {
		"Mme DUPONT_bilan_2023.pdf joint",
		"fichier export_cardio.csv",
	};
	static const char *const kept[] = { "bilan_2023.pdf", "export_cardio" };
	static const char *const surname[] = { "DUPONT", "DUPONT" };

	ASSERT_GONE_KEPT(*state, in, gone, kept_in, kept);
	ASSERT_GONE_KEPT(*state, in, surname, kept_in, kept);
}

/* Hostile free text (tests/scrub/adversarial_probe.py): a name pasted
 * as structured data ("nom=...", JSON, a tag, a table's cell, a quoted
 * label), a NIR after "INS" whatever its key, a professional's number
 * in groups after its label, a name in capitals after its particles
 * ("M. LE BRAS", "Nom : LE SCORNET").  The raw values must not appear; the
 * clinical text of the same shape, and a label with no name after it,
 * must. */
static void
test_structured_pastes_and_labeled_numbers(void **state)
{
	static const char *const in[] = {
		"nom=TROADEC;prenom=Loic;tel=0611223344",
		"{\"nom\": \"ABGRALL\", \"prenom\": \"Nolwenn\"}",
		"\"Nom\" : \"QUINIOU\"",
		"<patient><nom>NEDELEC</nom></patient>",
		"| Nom | GOURMELEN | Age | 72 |",
		"\xc2\xab nom de naissance \xc2\xbb LAPEYRERE",
		"\xc2\xab Nom \xc2\xbb : DAMBRINE",
		"nom : yvinec, vu ce jour",
		"INS : 1 84 12 99 216 004 48",
		"Id. RPPS: 10 00 34 56 786",
		"n\xc2\xb0" "ADELI:75 1 23456 8",
		"FINESS : 69 078 181 0",
		"Vu avec M. LE BRAS (fils)",
		"Appel de M. DE LA TOUR ce jour",
		"Nom : LE SCORNET",
	};
	static const char *const gone[] = {
		"TROADEC", "ABGRALL", "QUINIOU", "NEDELEC", "GOURMELEN",
		"LAPEYRERE", "DAMBRINE", "yvinec", "216 004", "34 56 786",
		"23456", "078 181", "BRAS", "TOUR", "SCORNET",
	};
	static const char *const kept_in[] = {
		"nom : inconnu, pr\xc3\xa9nom : non renseign\xc3\xa9",
		"| Nom | Pr\xc3\xa9nom | Examen |",
		"{\"glycemie\": 1.2, \"unite\": \"g/L\"}",
		"<nom>Inconnu</nom>",
		"dossier 12 3 4 jours, RPPS 3 fois, s\xc3\xa9jour 3 200 \xe2\x82\xac",
		"RPPS 100 034 567 88 (cl\xc3\xa9 fausse)",
		"Nom : Le patient refuse, Dr de garde pr\xc3\xa9venu",
	};
	static const char *const kept[] = {
		"inconnu", "non renseign", "Pr\xc3\xa9nom | Examen", "glycemie",
		"g/L", "Inconnu", "12 3 4 jours", "3 fois", "3 200",
		"100 034 567 88", "Le patient refuse", "Dr de garde",
	};

	ASSERT_GONE_KEPT(*state, in, gone, kept_in, kept);
}

/* Hostile free text, second part: a name written twice-encoded
 * (mojibake, "HÃ©lÃ¨ne"), an HL7 segment's family name glued by '^' to
 * a first name found ("TROADEC^LOIC"), a handle that holds a name
 * ("@jdupont", "@marie.leroy"), a relation as a JSON key
 * ("\"medecin_traitant\": \"Yvinec\""), a table pasted with its header
 * on a line ("NOM<TAB>PRENOM", the rows under it), a CSV line glued to
 * a first name found ("TROADEC;Loïc").  The raw values must not appear; the
 * clinical text of the same shapes must. */
static void
test_mojibake_hl7_and_handles(void **state)
{
	static const char *const in[] = {
		"Appel de Mme H\xc3\x83\xc2\xa9l\xc3\x83\xc2\xa8ne ce jour",
		"Courrier de Fran\xc3\x83\xc2\xa7ois Marchand",
		"PID|1||123456^^^CHU||TROADEC^LOIC^^^M.||19510203|M",
		"NK1|1|QUERE^MARTINE|SPO",
		"cc @jdupont pour avis",
		"@marie.leroy pour avis, merci @sleroy",
		"{\"medecin_traitant\": \"Yvinec\", \"tel\": \"inconnu\"}",
		"NOM\tPRENOM\tDDN\nQUINIOU\tGwena\xc3\xabl\t03/02/1951\n"
		    "ROUXEL\tMa\xc3\xabl\t04/05/1960",
		"| Nom | Pr\xc3\xa9nom |\n| GOURMELEN | Yann |",
		"import : TROADEC;Lo\xc3\xaf" "c;02 98 44 12 12",
	};
	static const char *const gone[] = {
		"l\xc3\x83\xc2\xa8ne", "ois", "TROADEC", "QUERE", "jdupont",
		"leroy", "Yvinec", "ROUXEL", "GOURMELEN", "TROADEC",
	};
	static const char *const kept_in[] = {
		"cr\xc3\x83\xc2\xa9" "atinine normale, temp\xc3\x83\xc2\xa9" "rature 37",
		"OBX|1|NM|GLU^Glucose^L||5.5|mmol/L",
		"@domicile, RDV @ 14h, @urgences et @pharmacie",
		"{\"motif\": \"Douleur thoracique\", \"service\": \"Cardiologie\"}",
		"NOM\tRESULTAT\nGlyc\xc3\xa9mie\t1,2 g/L\nInconnu\tNFS normale",
		"Nom;Pr\xc3\xa9nom\nTROADEC;Lo\xc3\xaf" "c\nLapeyrere est venu seul",
		"Lo\xc3\xaf" "c;Quimper;RAS",
	};
	static const char *const kept[] = {
		"atinine normale", "rature 37", "GLU^Glucose^L", "@domicile",
		"@ 14h", "@urgences", "@pharmacie", "Douleur thoracique",
		"Cardiologie", "Glyc\xc3\xa9mie\t1,2", "Inconnu\tNFS",
		";Quimper;RAS", "Lapeyrere est venu",
	};

	ASSERT_GONE_KEPT(*state, in, gone, kept_in, kept);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_pseudonyms),
		cmocka_unit_test(test_pseudonyms_remembered),
		cmocka_unit_test(test_view_names_with_email),
		cmocka_unit_test(test_view_pseudonyms_as_shown),
		cmocka_unit_test(test_view_quoted_notes),
		cmocka_unit_test(test_placeholders_and_dates),
		cmocka_unit_test(test_week_numbers_move),
		cmocka_unit_test(test_week_numbers_year_edge),
		cmocka_unit_test(test_week_one_shape),
		cmocka_unit_test(test_spaced_week_numbers_move),
		cmocka_unit_test(test_unicode_dashes_in_numbers),
		cmocka_unit_test(test_punct_between_number_groups),
		cmocka_unit_test(test_signs_around_numbers),
		cmocka_unit_test(test_ascii_signs_in_numbers),
		cmocka_unit_test(test_letters_words_and_mixed_signs_in_numbers),
		cmocka_unit_test(test_diagnoses_and_survivors),
		cmocka_unit_test(test_policy_errors),
		cmocka_unit_test(test_suppress_ranges),
		cmocka_unit_test(test_recall_mode),
		cmocka_unit_test(test_sensitive_families),
		cmocka_unit_test(test_sensitive_vocabulary),
		cmocka_unit_test(test_sensitive_forms),
		cmocka_unit_test(test_sensitive_alcohol_and_more),
		cmocka_unit_test(test_sensitive_obstetrics_and_types),
		cmocka_unit_test(test_sensitive_disguised_terms),
		cmocka_unit_test(test_sensitive_anorexia_and_oh),
		cmocka_unit_test(test_sensitive_obstetric_formula),
		cmocka_unit_test(test_sensitive_obstetric_formula_alone),
		cmocka_unit_test(test_sensitive_slips),
		cmocka_unit_test(test_sensitive_use_disorders),
		cmocka_unit_test(test_sensitive_cued),
		cmocka_unit_test(test_sensitive_cued_more),
		cmocka_unit_test(test_sensitive_spelled_weeks),
		cmocka_unit_test(test_sensitive_long_keep),
		cmocka_unit_test(test_sensitive_more_chapters),
		cmocka_unit_test(test_sensitive_suicidal_heads),
		cmocka_unit_test(test_sensitive_codes_and_care),
		cmocka_unit_test(test_sensitive_bounds_and_classes),
		cmocka_unit_test(test_sensitive_derived_forms),
		cmocka_unit_test(test_sensitive_screens_and_pairs),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_row_name_in_street),
		cmocka_unit_test(test_row_full_name_in_institution),
		cmocka_unit_test(test_row_compound_name_in_institution),
		cmocka_unit_test(test_row_typo_name_in_institution),
		cmocka_unit_test(test_name_before_posology),
		cmocka_unit_test(test_known_misses),
		cmocka_unit_test(test_third_party_names),
		cmocka_unit_test(test_row_name_typos),
		cmocka_unit_test(test_row_name_typo_after_many_words),
		cmocka_unit_test(test_row_name_pairs),
		cmocka_unit_test(test_birth_names),
		cmocka_unit_test(test_name_precision),
		cmocka_unit_test(test_structured_pastes_and_labeled_numbers),
		cmocka_unit_test(test_file_name_parts),
		cmocka_unit_test(test_label_particles_before_place_words),
		cmocka_unit_test(test_mojibake_hl7_and_handles),
		cmocka_unit_test(test_row_name_in_en_compound_kept),
		cmocka_unit_test(test_sensitive_adjective_alone_after_head),
		cmocka_unit_test(test_m_title_before_another_first_name),
		cmocka_unit_test(test_row_name_as_word_after_comma_kept),
		cmocka_unit_test(test_sensitive_english_terms),
		cmocka_unit_test(test_relative_en_region_kept),
		cmocka_unit_test(test_care_abbreviations_after_roles_kept),
		cmocka_unit_test(test_view),
		cmocka_unit_test(test_one_fake_per_name),
		cmocka_unit_test(test_linear_time),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
