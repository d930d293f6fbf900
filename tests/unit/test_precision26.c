/* Unit tests of the twenty-sixth precision pass (docs/scrub.md
 * "Precision, twenty-sixth pass (precision26)"): a run of words whose
 * IBAN checksum holds by chance but which starts on no country that
 * issues IBANs ("le12/03/1937 tel fille 0684227519") is no account; the
 * preposition "à" after a unit's noun is no building's letter ("ouvrier
 * du bâtiment à Strasbourg", "escalier à gauche"); a commune after "à"
 * right after a professional's noun is where the professional works
 * ("psychiatre à Paris", "médecin à Nancy").  Beside each, the look-alikes
 * that still go: an account of a real country, an account after its
 * label, a building's letter, a surname after "à" and a professional, a
 * first name after kin and "à", after "a" (the verb), before a surname,
 * the brief's ordinary-word surnames around them, and the patient named
 * like the town.  The detectors alone (detect_run), in both modes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A chance checksum over words, on no country: the date and the phone
 * inside it go by their own rules, the words between stay. */
TEST_SPAN_CASES(test_iban_country, &test_default, &S,
	{ "SSIAD : patient M. Aubert Marcel ne le12/03/1937 tel fille "
	    "0684227519 ; passage 2x/j.", { "tel fille", NULL },
	    { "12/03/1937", "0684227519", "Aubert Marcel" } },
	/* a valid account of a country goes whole */
	{ "Virement FR76 3000 6000 0112 3456 7890 189 re\xc3\xa7u.",
	    { NULL }, { "FR76 3000 6000 0112 3456 7890 189", NULL } },
	/* the same chance run on a real country's code: taken as on
	 * main (the checksum is all an unlabelled account has) */
	{ "SSIAD : M. Aubert ne de12/03/1937 tel fille 0684227554 ; "
	    "passage.", { NULL }, { "de12/03/1937 tel fille 0684227554",
	    NULL } },
	/* after its label, any run of twelve or more */
	{ "IBAN LE76 3000 4011 2200 0104 5218 ?? incomplet.", { NULL },
	    { "LE76 3000 4011 2200 0104 5218", NULL } })

/* "à" after a unit's noun: the preposition, no letter. */
TEST_SPAN_CASES(test_unit_letter_not_a, &test_default, &S,
	{ "M. Stojanovski Goran, ouvrier du b\xc3\xa2timent \xc3\xa0 "
	    "Strasbourg, passeport M 0992 4471.", { "b\xc3\xa2timent",
	    "Strasbourg", NULL }, { "Stojanovski Goran", "0992 4471",
	    NULL } },
	{ "Mme Chapelle, escalier \xc3\xa0 gauche, chute ce matin.",
	    { "escalier", "gauche", NULL }, { "Chapelle", NULL } },
	/* a building's letter, in either case */
	{ "Vit 12 rue des Lilas, b\xc3\xa2timent A, 67000 Strasbourg.",
	    { NULL }, { "b\xc3\xa2timent A", "67000 Strasbourg",
	    NULL } },
	{ "Vit 12 rue des Lilas, b\xc3\xa2t. c, 67000 Strasbourg.",
	    { NULL }, { "b\xc3\xa2t. c", NULL } },
	/* a town after "habite": the rule of residence's */
	{ "M. Tisserand habite b\xc3\xa2timent \xc3\xa0 Cordonnier.",
	    { NULL }, { "Tisserand", "Cordonnier", NULL } })

/* A commune after a professional's noun and "à". */
static void
test_staff_at_town(void **state)
{
	static const struct test_span_case cases[] = {
		{ "T\xc3\xa9l\xc3\xa9" "consultation (patient en Guyane, "
		    "psychiatre \xc3\xa0 Paris) : M. Karam Ludovic.",
		    { "Paris", NULL }, { "Karam Ludovic", NULL } },
		{ "Suivi par son m\xc3\xa9" "decin \xc3\xa0 Nancy, courrier "
		    "envoy\xc3\xa9 \xc3\xa0 Mme Vigneron.", { "Nancy", NULL },
		    { "Vigneron", NULL } },
		/* a surname of the lists, no commune, after the same words */
		{ "Vu avec le m\xc3\xa9" "decin \xc3\xa0 Dupont, ok.", { NULL },
		    { "Dupont", NULL } },
		{ "Vu avec le m\xc3\xa9" "decin \xc3\xa0 Boulanger, ok.", { NULL },
		    { "Boulanger", NULL } },
		/* kin before "à": the colloquial "la fille à Nancy" */
		{ "Appel de sa fille \xc3\xa0 Nancy, ok.", { NULL },
		    { "Nancy", NULL } },
		/* "a", the verb */
		{ "Le m\xc3\xa9" "decin a Florence au t\xc3\xa9l\xc3\xa9phone.",
		    { NULL }, { "Florence", NULL } },
		/* a name after the town's */
		{ "Le m\xc3\xa9" "decin \xc3\xa0 Nancy Martin a rappel\xc3\xa9.",
		    { NULL }, { "Nancy Martin", NULL } },
		{ "Le psychiatre \xc3\xa0 Paris, Dr Meunier, a vu M. Prince.",
		    { "Paris", NULL }, { "Meunier", "Prince", NULL } },
	};
	static const struct detect_value paris[] = {
		{ DETECT_IDENT_LAST_NAME, "PARIS", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Hugo", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient named so: his name goes after his title; after "à"
	 * the town stays, as town_after_a keeps it after "né à" ("M. Lyon
	 * né à Lyon") */
	test_row_word_gone(&test_default, &S, "M. Paris, adress\xc3\xa9 par "
	    "son psychiatre \xc3\xa0 Paris.", paris, N(paris), "Paris");
}

/* The rules look one or two words around the word. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"le12/03/1937 tel fille ", "le12 ", "b\xc3\xa2timent \xc3\xa0 ",
		"escalier \xc3\xa0 gauche ", "m\xc3\xa9" "decin \xc3\xa0 Paris ",
		"psychiatre \xc3\xa0 ", "\xc3\xa0 Nancy ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_iban_country),
		cmocka_unit_test(test_unit_letter_not_a),
		cmocka_unit_test(test_staff_at_town),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
