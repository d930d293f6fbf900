/* Unit tests of the twenty-third precision pass (docs/scrub.md
 * "Precision, twenty-third pass (precision23)"): a device's or a
 * vehicle's maker and model right after its noun ("stimulateur Abbott
 * Assurity MRI", "TAVI Edwards Sapien 3", "PM (Biotronik Edora 8",
 * "couverture chauffante Bair Hugger", "voiture Renault grise") are no
 * names.  Beside each, the look-alikes that still go: a surname of the
 * lists after a device's noun that is no maker ("voiture Dupont"), a
 * maker's name after "de" or a title ("voiture de Renault", "M.
 * Renault"), a name of the lists after a maker ("voiture Renault
 * Dupont", "voiture Renault Marie"), a pair with a first name of the lists ("voiture Kerouredan
 * Marie"), and the patient named like a maker (the row's values).  And
 * the "n'" of a negation after a name ("M. Printemps n'aime pas"), beside
 * names with "n'" ("n'diaye", "N'Guessan").  The detectors alone
 * (detect_run), in both modes. */
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

/* A maker and a model after a device's noun stay; a person's surname
 * there (no maker, or after "de" or a title, or after the maker) goes. */
static void
test_device_maker_model(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Rythmologie : stimulateur Abbott Assurity MRI implant\xc3\xa9"
		    " le 14/05/2019.", { "Abbott", "Assurity", "MRI" },
		    { NULL } },
		{ "Interrogation du PM (Biotronik Edora 8 DR-T) chez M. "
		    "Bouchard.", { "Biotronik", "Edora", NULL },
		    { "Bouchard", NULL } },
		{ "TAVI Edwards Sapien 3 pos\xc3\xa9 le 24/11/2025.",
		    { "Edwards", "Sapien", NULL }, { NULL } },
		{ "L'agresseur a une voiture Renault grise FS-772-QH.",
		    { "Renault", NULL }, { "FS-772-QH", NULL } },
		/* a model named like a person of the lists: a person */
		{ "voiture Renault Marie grise.", { NULL },
		    { "Renault", "Marie", NULL } },
		{ "SSPI : couverture chauffante Bair Hugger pos\xc3\xa9" "e.",
		    { "Bair", "Hugger", NULL }, { NULL } },
		{ "Proth\xc3\xa8se Zimmer pos\xc3\xa9" "e par le Dr Dupont.",
		    { "Zimmer", NULL }, { "Dupont", NULL } },
		/* look-alikes: a person there */
		{ "La voiture Dupont est grise.", { NULL }, { "Dupont", NULL } },
		{ "La voiture de Renault est grise.", { NULL },
		    { "Renault", NULL } },
		{ "Vu M. Renault, voiture garee.", { NULL },
		    { "Renault", NULL } },
		{ "voiture Renault Dupont grise.", { NULL },
		    { "Dupont", NULL } },
		{ "voiture Kerouredan Marie grise.", { NULL },
		    { "Kerouredan", "Marie", NULL } },
		{ "stimulateur Dupont Sapien pos\xc3\xa9.", { NULL },
		    { "Dupont", NULL } },
	};
	static const struct detect_value renault[] = {
		{ DETECT_IDENT_LAST_NAME, "RENAULT", 7 },
		{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient named like a maker: his name goes there too */
	test_row_word_gone(&test_default, &S,
	    "Accident : voiture Renault grise, conducteur choqu\xc3\xa9.",
	    renault, N(renault), "Renault");
	test_row_word_gone(&test_recall, &S,
	    "Accident : voiture Renault grise, conducteur choqu\xc3\xa9.",
	    renault, N(renault), "Renault");
}

/* The "n'" of a negation after a name, and the verb after it, are no
 * more of the name (the verb "aime" is the first name Aimé to the
 * lists); a name with "N'" or "n'" still goes whole. */
TEST_SPAN_CASES(test_elided_negation, &test_default, &S,
	{ "M. Printemps Gaston n'aime pas le printemps.",
	    { "aime", NULL }, { "Printemps", "Gaston", NULL } },
	{ "Mme Dupont n'aime plus rien.", { "aime", NULL },
	    { "Dupont", NULL } },
	{ "Dr Tisserand n'aime jamais attendre.", { "aime", NULL },
	    { "Tisserand", NULL } },
	/* look-alikes: a name with its "n'" */
	{ "mme n'diaye awa vue ce jour.", { NULL },
	    { "n'diaye", "awa", NULL } },
	{ "vu m. dupont n'guessan ce jour.", { NULL },
	    { "dupont", "n'guessan", NULL } },
	{ "M. Dupont N'Diaye pas vu.", { NULL },
	    { "Dupont", "N'Diaye", NULL } })

/* The rules look at most four words back for the noun, two back for the
 * maker, two ahead of "n'" for the negation. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"stimulateur Abbott Assurity MRI ", "voiture Renault ",
		"voiture Renault M\xc3\xa9gane ", "PM (Biotronik Edora ",
		"couverture chauffante Bair Hugger ", "voiture ",
		"Renault Renault ", "valve Edwards Sapien Sapien ",
		"M. Dupont n'aime pas ", "n'aime pas ", "M. Dupont n'",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_device_maker_model),
		cmocka_unit_test(test_elided_negation),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
