/* Unit tests of names38 (docs/scrub.md "Names, thirty-seventh pass
 * (names38)"): a title and a surname's particle in capitals before a core
 * ending as a body's part or a grain does ("MME LE BRAS", "MR LE
 * FROMENT"); a name in guillemets after "passage de", "visite de"; an
 * east-Asian name written with capitals only ("Li Na", "Wong Ka Ho", "Ho
 * Van Minh"); a Bantu name's opening ("Mze", "Mbae"); a list's items found
 * in part ("Hoang Mai, Tran Van Long et Pham Thi Lan"); a stranger's
 * double surname before a first name ("Prince-Froment Anne a appelé");
 * the row's surname in lower case after a cue or as a hashtag ("vu par
 * vigneron", "#pigeon"); the row's initials after a cue ("vu par AV").
 * Each case: what must go, and the look-alike words of the same spelling
 * that must stay in the default mode.  The detectors alone (detect_run).
 * Every gone word of the rule tests was left raw on main 54605f8. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* caps_particle_surname after a title: "-s", "-x", "-ent" cores
 * (title_core_ending); the span stops at the core. */
TEST_SPAN_CASES(test_title_caps_particle, &test_default, &S,
	{ "MME LE BRAS CE MATIN", { "CE MATIN", NULL },
	    { "LE BRAS", NULL } },
	{ "VU AVEC MME LE BRAS CE JOUR.", { "VU AVEC", "CE JOUR",
	    NULL }, { "LE BRAS", NULL } },
	{ "MR LE FROMENT A APPELE", { "APPELE", NULL },
	    { "LE FROMENT", NULL } },
	{ "Vu avec MME LE BRAS ce jour", { "ce jour", NULL },
	    { "BRAS", NULL } })

/* The same spellings that stay: the body's part after kin or no title,
 * the object after "A MME", a treatment's "-ement". */
TEST_SPAN_CASES(test_title_caps_particle_keeps, &test_default, &S,
	{ "DOULEUR DU BRAS GAUCHE", { "BRAS", NULL }, { NULL } },
	{ "MME LE BRAS GAUCHE DOULOUREUX", { "GAUCHE", NULL },
	    { NULL } },
	{ "SON FILS LE BRAS CASSE", { "BRAS", NULL }, { NULL } },
	{ "EXPLIQUE A MME LE TRAITEMENT", { "TRAITEMENT", NULL },
	    { NULL } },
	{ "MME LE TRAITEMENT", { "TRAITEMENT", NULL }, { NULL } },
	{ "VU MME LE MOIS DERNIER", { "MOIS", NULL }, { NULL } })

/* quote_call_cue: "passage de", "visite de" before a quote */
TEST_SPAN_CASES(test_quoted_visit, &test_default, &S,
	{ "Passage de \xc2\xab Vigneron \xc2\xbb hier.",
	    { "Passage", "hier", NULL }, { "Vigneron", NULL } },
	{ "visite de \xc2\xab Chapelle \xc2\xbb ce matin",
	    { "visite", NULL }, { "Chapelle", NULL } },
	{ "passage de \xc2\xab No\xc3\xabl \xc2\xbb",
	    { "No\xc3\xabl", NULL }, { NULL } },
	{ "passage de \xc2\xab Urgence \xc2\xbb",
	    { "Urgence", NULL }, { NULL } },
	{ "visite de \xc2\xab Contr\xc3\xb4le \xc2\xbb",
	    { "Contr\xc3\xb4le", NULL }, { NULL } })

/* asian_mixed_name: capitals only; the same words that stay */
TEST_SPAN_CASES(test_asian_mixed_case, &test_default, &S,
	{ "Li Na a appel\xc3\xa9 ce matin.", { "matin", NULL },
	    { "Li", "Na", NULL } },
	{ "Wong Ka Ho a appel\xc3\xa9.", { NULL },
	    { "Wong", "Ka", "Ho" } },
	{ "Cheung Ka Ho vu ce jour.", { "jour", NULL },
	    { "Cheung", "Ka", "Ho" } },
	{ "Ho Van Minh a appel\xc3\xa9.", { NULL },
	    { "Ho", "Van", "Minh" } },
	{ "Hsu Mei, 34 ans, chute.", { "chute", NULL },
	    { "Hsu", "Mei", NULL } },
	{ "K 4.2, Na 140, Li 0.8", { "Na", "Li", NULL }, { NULL } },
	{ "transfert en HO ce jour", { "HO", NULL }, { NULL } },
	{ "HO 12 ce jour", { "HO", NULL }, { NULL } },
	{ "Vu Paul ce jour", { "Vu", NULL }, { NULL } },
	{ "Bilan : Na Bas", { "Na", "Bas", NULL }, { NULL } })

/* name_shape_bantu_initial: a weak first name beside another, in lower
 * case too (capitalized, a word no dictionary has went already); "MSA",
 * the farmers' insurer, and "mbar" stay */
TEST_SPAN_CASES(test_bantu_initial, &test_default, &S,
	{ "mze said a appel\xc3\xa9.", { NULL },
	    { "mze", "said", NULL } },
	{ "pression 20 mbar ce jour.", { "mbar", NULL }, { NULL } },
	{ "Dossier MSA en cours.", { "MSA", NULL }, { NULL } },
	{ "RDV MDPH lundi.", { "MDPH", NULL }, { NULL } })

/* list_item_tails: a list's items found in part go whole */
TEST_SPAN_CASES(test_list_items, &test_default, &S,
	{ "Hoang Mai, Tran Van Long et Pham Thi Lan", { NULL },
	    { "Mai", "Long", "Lan" } },
	{ "Vu avec Hoang Mai et Tran Van Long ce jour",
	    { "jour", NULL }, { "Van", "Long", NULL } },
	{ "Mme Martin Cardio, M. Dupont Neuro", { "Cardio",
	    "Neuro", NULL }, { "Martin", "Dupont", NULL } })

/* head_word_surname: a stranger's double surname, last part "-ent" */
TEST_SPAN_CASES(test_double_surname_stranger, &test_default, &S,
	{ "Prince-Froment Anne a appel\xc3\xa9.", { NULL },
	    { "Prince", "Froment", "Anne" } },
	{ "Tisserand-Froment Paul : chute.", { "chute", NULL },
	    { "Tisserand", "Froment", NULL } },
	{ "Aide-Soignante Anne a appel\xc3\xa9.", { "Aide",
	    "Soignante", NULL }, { NULL } },
	{ "Avant-Bras Anne : douleur", { "Avant", "Bras", NULL },
	    { NULL } })

/* row_part_usable: the row's surname in lower case after a cue, as a
 * hashtag; the same word as a noun stays */
static void
test_row_surname_lower_cue(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const struct detect_value prow[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const struct detect_value other[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const char *const texts[] = {
		"vu par vigneron", "vu par vigneron ce jour.",
		"appel de vigneron hier", "sign\xc3\xa9 vigneron",
		"#vigneron", "message de vigneron.",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], row, N(row),
		    "vigneron");
	test_row_word_gone(&test_default, &S, "#pigeon", prow, N(prow),
	    "pigeon");
	test_row_word_gone(&test_default, &S, "RAS, vu avec pigeon.", prow,
	    N(prow), "pigeon");
	/* the noun with its article, glued to a word, a stranger's row */
	test_row_word_kept(&test_default, &S, "un vigneron du village", row,
	    N(row), "vigneron");
	test_row_word_kept(&test_default, &S, "le vigneron a dit", row,
	    N(row), "vigneron");
	test_row_word_kept(&test_default, &S, "#vigneronnage", row, N(row),
	    "vigneronnage");
	test_row_word_kept(&test_default, &S, "un pigeon sur le balcon",
	    prow, N(prow), "pigeon");
	test_row_word_kept(&test_default, &S, "vu par vigneron", other,
	    N(other), "vigneron");
	test_row_word_kept(&test_default, &S, "#pigeon", other, N(other),
	    "pigeon");
}

/* row_cue_initials: the row's own initials after a cue */
static void
test_row_initials_cue(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const struct detect_value other[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marc", 4 },
	};
	static const struct detect_value iv[] = {
		{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Isabelle", 8 },
	};
	static const char *const texts[] = {
		"vu par AV", "sign\xc3\xa9 AV", "vu par A.V ce jour",
		"visa : AV", "vu par A. V", "valid\xc3\xa9 par AV, RAS",
	};

	(void)state;
	for (size_t k = 0; k < N(texts); k++)
		test_row_word_gone(&test_default, &S, texts[k], row, N(row),
		    "A");
	test_row_word_gone(&test_default, &S, "vu par a.v.", row, N(row),
	    "a.v");
	/* another's initials with no dot, a term, no cue */
	test_row_word_kept(&test_default, &S, "vu par AV", other, N(other),
	    "AV");
	test_row_word_kept(&test_default, &S, "traitement par IV", iv,
	    N(iv), "IV");
	test_row_word_kept(&test_default, &S, "Passage AV ce matin", row,
	    N(row), "AV");
	test_row_word_kept(&test_default, &S, "vu par AVC", row, N(row),
	    "AVC");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_caps_particle),
		cmocka_unit_test(test_title_caps_particle_keeps),
		cmocka_unit_test(test_quoted_visit),
		cmocka_unit_test(test_asian_mixed_case),
		cmocka_unit_test(test_bantu_initial),
		cmocka_unit_test(test_list_items),
		cmocka_unit_test(test_double_surname_stranger),
		cmocka_unit_test(test_row_surname_lower_cue),
		cmocka_unit_test(test_row_initials_cue),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
