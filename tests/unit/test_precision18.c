/* Unit tests of the eighteenth precision pass (docs/scrub.md "Precision,
 * eighteenth pass"): scores and classifications named after people, days
 * of care and abbreviations of care taken as names, brands of vitamin K
 * antagonists; each beside the names of the same shapes (after a title,
 * a kin word, a cue, a first name, or the row's own name) that must still
 * go.  The detectors alone (detect_run), in both modes. */
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

/* The word w of text is inside a span found with the row's values. */
static void
check_row_gone(const char *text, const struct detect_value *row, size_t n,
    const char *w)
{
	const char *p = strstr(text, w);
	size_t a;
	int found = 0;

	assert_non_null(p);
	a = (size_t)(p - text);
	assert_int_equal(detect_run(&test_default, text, strlen(text), row, n,
	    &S), 0);
	for (size_t k = 0; k < S.nspans; k++)
		found |= S.spans[k].start <= a && S.spans[k].end >= a +
		    strlen(w);
	if (!found)
		print_error("left '%s' in '%s'\n", w, text);
	assert_true(found);
}


/* Scores, scales and classifications named after people, before their
 * value or after a stage ("Barthel 35", "stade II Ann Arbor", "selon
 * Lauge-Hansen"), stay; the same words where a person stands (after a
 * title, a relative, a cue, beside a first name, before an age or a
 * verb) still go. */
static void
test_score_eponyms_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "SSIAD : Mme Schnoebelen Marie-Odile signale que son mari "
		    "(Alo\xc3\xafs) ne se l\xc3\xa8ve plus. Passage du Dr "
		    "Wiederkehr demand\xc3\xa9. Barthel 35.", { "Barthel",
		    NULL }, { "Schnoebelen Marie-Odile", "Wiederkehr", NULL } },
		{ "D\xc3\xa9pendance : Barthel 35/100, Tinetti 18, Braden 12.",
		    { "Barthel", "Tinetti", "Braden" }, { NULL } },
		{ "Onco : lymphome de Hodgkin stade II Ann Arbor, ABVD cycle 3.",
		    { "Ann Arbor", NULL }, { NULL } },
		{ "Lymphome, Ann Arbor IIB.", { "Ann Arbor", NULL }, { NULL } },
		{ "Fracture de cheville, scanner selon Lauge-Hansen.",
		    { "Lauge-Hansen", NULL }, { NULL } },
		{ "M. Dupont Jean, Rankin 3 avant l'AVC.", { "Rankin", NULL },
		    { "Dupont Jean", NULL } },
		/* the same words where a person stands */
		{ "Mme Barthel 35 ans, chute.", { NULL }, { "Barthel", NULL } },
		{ "Barthel 35 ans, chute dans sa chambre.", { NULL },
		    { "Barthel", NULL } },
		{ "Barthel 35 a appel\xc3\xa9 ce matin.", { NULL }, { "Barthel",
		    NULL } },
		{ "Vu avec Barthel 35 ce matin.", { NULL }, { "Barthel",
		    NULL } },
		{ "Appel de Barthel 35 ce matin.", { NULL }, { "Barthel",
		    NULL } },
		{ "Dr. Barthel 35 ce matin.", { NULL }, { "Barthel", NULL } },
		{ "Sa fille : Barthel 35 ce matin.", { NULL }, { "Barthel",
		    NULL } },
		{ "Marie Barthel 35, chute.", { NULL }, { "Marie Barthel",
		    NULL } },
		{ "Mme Dupont et Barthel 35 ce matin.", { NULL }, { "Dupont",
		    "Barthel", NULL } },
		{ "Mme Barthel Marie, stade II.", { NULL }, { "Barthel Marie",
		    NULL } },
		{ "Mme Arbor Ann vue ce jour.", { NULL }, { "Arbor Ann", NULL } },
		{ "Vu avec Ann Arbor ce jour.", { NULL }, { "Ann Arbor", NULL } },
		{ "Mme Lauge-Hansen vue ce jour.", { NULL }, { "Lauge-Hansen",
		    NULL } },
		{ "Selon Lauge-Hansen Marie, pas de douleur.", { NULL },
		    { "Lauge-Hansen Marie", NULL } },
	};
	static const struct detect_value barthel[] = {
		{ DETECT_IDENT_LAST_NAME, "BARTHEL", 7 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};
	static const struct detect_value arbor[] = {
		{ DETECT_IDENT_LAST_NAME, "ARBOR", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Ann", 3 },
	};
	static const struct detect_value hansen[] = {
		{ DETECT_IDENT_LAST_NAME, "LAUGE-HANSEN", 12 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the row's own name in the same places */
	check_row_gone("Passage du Dr Wiederkehr demand\xc3\xa9. Barthel 35.",
	    barthel, N(barthel), "Barthel");
	check_row_gone("Chute. Barthel 35, vue ce jour.", barthel,
	    N(barthel), "Barthel");
	check_row_gone("Lymphome stade II Ann Arbor.", arbor, N(arbor),
	    "Ann");
	check_row_gone("Lymphome stade II Ann Arbor.", arbor, N(arbor),
	    "Arbor");
	check_row_gone("Scanner selon Lauge-Hansen.", hansen, N(hansen),
	    "Lauge-Hansen");
}

/* A day of care ("IDE J12 :", "kiné J3"), a doctor's status in training
 * ("Interne FFI :") and the EPSM of La Réunion ("EPSMR :") are no names;
 * the carer's name after the role, an initial J before a surname, and a
 * name written so after a title still go. */
TEST_SPAN_CASES(test_care_abbreviations_kept, &test_default, &S,
	{ "HAD - visite IDE J12 : Mme Etchebarne Maddi, pansement VAC "
	    "chang\xc3\xa9.", { "J12", NULL }, { "Etchebarne Maddi",
	    NULL } },
	{ "Kin\xc3\xa9 J3 : marche avec d\xc3\xa9" "ambulateur.", { "J3",
	    NULL }, { NULL } },
	{ "Interne FFI : prescription de Lovenox oubli\xc3\xa9" "e.",
	    { "FFI", NULL }, { NULL } },
	{ "Psychiatrie, EPSMR : Mme Hoarau Marie-Jos\xc3\xa9" "e vue.",
	    { "EPSMR", NULL }, { "Hoarau Marie-Jos\xc3\xa9" "e", NULL } },
	/* the same shapes where a person stands */
	{ "IDE J Martin passera demain.", { NULL }, { "J Martin",
	    NULL } },
	{ "IDE J. Martin passera demain.", { NULL }, { "Martin",
	    NULL } },
	{ "IDE J1 pass\xc3\xa9" "e, IDE Jean passera.", { "J1", NULL },
	    { "Jean", NULL } },
	{ "Interne Ffion Jones : prescription faite.", { NULL },
	    { "Ffion Jones", NULL } })

/* Vitamin K antagonists by their brands (conf/sensitive/drugs.txt
 * B01AA: Coumadine, Préviscan, Sintrom) are drugs, no names, also in
 * parentheses after the patient's name; the patient's name, and the same
 * word as the row's own name, still go. */
static void
test_vka_brands_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "H\xc3\xa9mostase : INR 7,4 chez Mme Arbogast Lucienne "
		    "(Coumadine), r\xc3\xa9sultat t\xc3\xa9l\xc3\xa9phon\xc3\xa9.",
		    { "Coumadine", NULL }, { "Arbogast Lucienne", NULL } },
		{ "Appel pharmacie : Pr\xc3\xa9viscan en rupture, Sintrom 4 mg "
		    "d\xc3\xa9livr\xc3\xa9.", { "Pr\xc3\xa9viscan", "Sintrom",
		    NULL }, { NULL } },
		{ "Appel de Mme Coumadine ce jour.", { NULL }, { "Coumadine",
		    NULL } },
	};
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "COUMADINE", 9 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	check_row_gone("INR 7,4 chez Marie (Coumadine), r\xc3\xa9sultat.", row,
	    N(row), "Coumadine");
}

/* A commune named "Le" and a name of the lists, after "au" (or "du"
 * after a verb of place): "H2S mesuré au Robert" (Le Robert,
 * Martinique), "Originaire du Robert", "Transféré au Lamentin".  A
 * person after a relative, a cue, a title, before a name, a particle
 * "du" in a name, and the row's own name in the same place still go. */
static void
test_article_town_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Martinique : canicule + sargasses, H2S mesur\xc3\xa9 au "
		    "Robert. Information de l'ARS affich\xc3\xa9" "e.",
		    { "Robert", NULL }, { NULL } },
		{ "Originaire du Robert, vit seule.", { "Robert", NULL },
		    { NULL } },
		{ "Tourn\xc3\xa9" "e au Fran\xc3\xa7ois ce matin, pansements faits.",
		    { "Fran\xc3\xa7ois", NULL }, { NULL } },
		/* the same words where a person stands */
		{ "Le fils du Robert est venu.", { NULL }, { "Robert",
		    NULL } },
		{ "Dit au Robert de revenir demain.", { NULL }, { "Robert",
		    NULL } },
		{ "Passe au Robert ce soir.", { NULL }, { "Robert", NULL } },
		{ "Mme Marie du Roux vue ce jour.", { NULL }, { "Marie du Roux",
		    NULL } },
		{ "Famille du Roux pr\xc3\xa9sente.", { NULL }, { "Roux",
		    NULL } },
		{ "Donn\xc3\xa9 au Robert Martin ce jour.", { NULL },
		    { "Robert Martin", NULL } },
		{ "Mme Dupont, vue au Robert ce jour.", { NULL }, { "Dupont",
		    "Robert", NULL } },
	};
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "ROBERT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	check_row_gone("H2S mesur\xc3\xa9 au Robert.", row, N(row), "Robert");
	check_row_gone("Originaire du Robert, vit seule.", row, N(row),
	    "Robert");
}

/* An animal's name right after its noun or alone at the end of
 * parentheses opened after it ("son chien (un berger allemand, Titus)")
 * stays; a person after it, in the parentheses after a relative or a
 * title, a name of two words, and the row's own name still go. */
static void
test_pet_name_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "AS EHPAD : Mr Berger Lucien tr\xc3\xa8s content, son chien "
		    "(un berger allemand, Titus) est venu avec sa petite-fille "
		    "Manon.", { "Titus", NULL }, { "Berger Lucien", "Manon",
		    NULL } },
		{ "Son chien Titus est venu en visite.", { "Titus", NULL },
		    { NULL } },
		{ "Sa chatte (Mimi) est morte, patiente triste.", { "Mimi",
		    NULL }, { NULL } },
		/* the same places where a person stands */
		{ "Le chien Titus Martin est venu.", { NULL }, { "Titus Martin",
		    NULL } },
		{ "Son chien (sa fille Marie) est venu.", { NULL }, { "Marie",
		    NULL } },
		{ "Son chien (vu avec Mme Marie) est venu.", { NULL },
		    { "Marie", NULL } },
	};
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "BERGER", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Titus", 5 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	check_row_gone("Son chien (un berger allemand, Titus) est venu.", row,
	    N(row), "Titus");
	check_row_gone("Son chien Titus est venu.", row, N(row), "Titus");
}

/* "aujourdhui" (today without its apostrophe) after a title, and a word
 * derived by "re-" before "pré-" or "é-" as the subject of a verb
 * ("reprélèvement demandé"), are no names; a name after the title, a
 * surname in lower case as a subject, the same derived word after a
 * kin word, and "re-" names ("renaud", "reynaud") still go. */
TEST_SPAN_CASES(test_lower_words_kept, &test_default, &S,
	{ "pas vu le dr aujourdhui, le pt thomas roussel a rappel\xc3\xa9"
	    " 3 fois.", { "aujourdhui", NULL }, { "thomas roussel",
	    NULL } },
	{ "Identitovigilance : tube re\xc3\xa7u \xc3\xa9tiquet\xc3\xa9 "
	    "LE FUR Sylvie. Non analys\xc3\xa9, repr\xc3\xa9l\xc3\xa8vement"
	    " demand\xc3\xa9.", { "repr\xc3\xa9l\xc3\xa8vement", NULL },
	    { "LE FUR Sylvie", NULL } },
	/* the same places where a person stands */
	{ "pas vu le dr martin aujourdhui.", { NULL }, { "martin",
	    NULL } },
	{ "Nuit calme. kerouredan a sonn\xc3\xa9 \xc3\xa0 3h.", { NULL },
	    { "kerouredan", NULL } },
	{ "Nuit calme. reynaud a sonn\xc3\xa9 \xc3\xa0 3h.", { NULL },
	    { "reynaud", NULL } },
	{ "Appel de sa fille repr\xc3\xa9l\xc3\xa8vement ce jour.",
	    { NULL }, { "repr\xc3\xa9l\xc3\xa8vement", NULL } })

/* A note that says its patient speaks English is in English once it
 * has one English function word: its English words no list of names
 * holds are ordinary words ("Insurance: Allianz travel"); the names of
 * the lists there still go ("Baker:", "Mr Will Hope", "wife Rose"). */
TEST_SPAN_CASES(test_speaks_english_kept, &test_default, &S,
	{ "Patient speaks English only. Mr O'Connell Liam, admitted for "
	    "chest pain. Insurance: Allianz travel, policy IE-778-41902.",
	    { "Insurance", NULL }, { "O'Connell Liam", NULL } },
	/* the same places where a person stands */
	{ "Patient speaks English only, wife Rose at bedside, Baker: "
	    "fine for discharge.", { NULL }, { "Rose", "Baker", NULL } },
	{ "Patient speaks English. Mr Will Hope admitted for pain, "
	    "Insurance: Axa.", { "Insurance", NULL }, { "Will Hope",
	    NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_score_eponyms_kept),
		cmocka_unit_test(test_care_abbreviations_kept),
		cmocka_unit_test(test_vka_brands_kept),
		cmocka_unit_test(test_article_town_kept),
		cmocka_unit_test(test_pet_name_kept),
		cmocka_unit_test(test_lower_words_kept),
		cmocka_unit_test(test_speaks_english_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
