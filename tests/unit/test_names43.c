/* Unit tests of names43 (docs/scrub.md "names43: ..."): a short noun as
 * a surname after a title and "LE" in capitals ("MR LE CHAT A APPELE"),
 * a surname ending in "-i" after a doctor's title that is a complement
 * ("ADRESSEE PAR LE DR POLI ("), the subject of "que" that is an
 * ordinary word or follows "qu'" ("dit que Rabe viendra", "dit qu'Anh
 * viendra"), a name of the lists after a minister's title with a
 * definite article ("le pasteur Martin"), an ordinary given name in
 * lower case before a surname of the lists after kin ("son fils modeste
 * barbier ;").  Each case: what must go (the raw name must not come out)
 * and the look-alikes that must stay; the negatives, the same words as
 * ordinary words, come out byte for byte (no span at all).  The
 * detectors alone (detect_run).  Every gone word was left raw on main
 * e7f8feb0. */
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

/* Each text comes out as written (testlib). */
#define assert_untouched(texts, n)					\
	test_untouched(&test_default, &S, (texts), (n))

/* title_short_core: a short noun after a title and "LE" in capitals */
TEST_SPAN_CASES(test_title_short_core, &test_default, &S,
	{ "MR LE CHAT A APPELE CE MATIN.", { "MATIN", NULL },
	    { "CHAT", NULL } },
	{ "APPEL DE MR LE CHAT, RAPPELER.", { "RAPPELER", NULL },
	    { "CHAT", NULL } },
	{ "EXPLIQUE A MR LE RESULTAT DU BILAN.", { "RESULTAT", "BILAN" },
	    { NULL } })

/* title_complement: "-i" after "PAR LE DR", "DU DR", "AU DR" */
TEST_SPAN_CASES(test_doctor_complement, &test_default, &S,
	{ "ADRESSEE PAR LE DR POLI (20137 PORTO-VECCHIO), POUR "
	    "CHOLECYSTITE.", { "ADRESSEE", "CHOLECYSTITE" },
	    { "POLI", NULL } },
	{ "VU PAR LE DR JOLI.", { "VU", NULL }, { "JOLI", NULL } },
	{ "APPEL DU DR HARDI, RAS.", { "RAS", NULL }, { "HARDI", NULL } },
	{ "DR PREVENU.", { "PREVENU", NULL }, { NULL } },
	{ "DR AVERTI, PAS DE CHANGEMENT.", { "AVERTI", "CHANGEMENT" },
	    { NULL } })

/* que_subject: an ordinary word capitalized after "que", a name after
 * "qu'" */
TEST_SPAN_CASES(test_que_ordinary, &test_default, &S,
	{ "Il dit que Rabe viendra lundi.", { "dit", "lundi" },
	    { "Rabe", NULL } },
	{ "Elle explique que Martin a appel\xc3\xa9 hier.",
	    { "explique", "hier" }, { "Martin", NULL } },
	{ "Il dit qu'Anh viendra lundi.", { "dit", "lundi" },
	    { "Anh", NULL } },
	{ "Il dit qu\xe2\x80\x99" "Anh a appel\xc3\xa9 hier.",
	    { "dit", "hier" }, { "Anh", NULL } },
	{ "Il dit que Dieu viendra.", { "Dieu", NULL }, { NULL } },
	{ "Il dit que Lasilix a \xc3\xa9t\xc3\xa9 arr\xc3\xaat\xc3\xa9.",
	    { "Lasilix", NULL }, { NULL } })

/* minister_definite_name: "le pasteur Martin" */
TEST_SPAN_CASES(test_minister_definite, &test_default, &S,
	{ "le pasteur Martin est pass\xc3\xa9 ce jour.", { "pasteur",
	    "jour" }, { "Martin", NULL } },
	{ "Visite du pasteur Berger ce jour.", { "Visite", "jour" },
	    { "Berger", NULL } },
	{ "cure Caelyx J3, notre abb\xc3\xa9 Martin est venu.",
	    { "Caelyx", "Martin" }, { NULL } })

/* lower_given_word: an ordinary given name before a surname of the
 * lists, after kin */
TEST_SPAN_CASES(test_lower_given_pair, &test_default, &S,
	{ "\xc3\x80 la demande de son fils modeste barbier ; ras.",
	    { "demande", "ras" }, { "modeste", "barbier" } },
	{ "son fils modeste barbier a appel\xc3\xa9.", { "fils", NULL },
	    { "modeste", "barbier" } },
	{ "sa fille colombe barbier \xc3\xa0 domicile.", { "fille",
	    "domicile" }, { "colombe", "barbier" } },
	{ "son fils malade a appel\xc3\xa9.", { "malade", NULL },
	    { NULL } },
	{ "son fils cadet a appel\xc3\xa9.", { "cadet", NULL }, { NULL } })

/* the same words as ordinary words: no span at all */
static void
test_names43_negatives(void **state)
{
	static const char *const texts[] = {
		"Patient avec un petit app\xc3\xa9tit ce jour.",
		"vu avec petit app\xc3\xa9tit.",
		"le chat de la patiente dort sur le lit 12.",
		"LE CHAT DE LA PATIENTE EST SOUS LE LIT 12.",
		"lit 12",
		"Patient poli et calme, bien orient\xc3\xa9.",
		"Il pense que le traitement ne passe pas.",
		"le pasteur de la paroisse est pass\xc3\xa9.",
		"vaccin Pasteur fait \xc3\xa0 l'Institut Pasteur de Lille.",
		"signe de Babinski n\xc3\xa9gatif, man\xc5\x93uvre de "
		    "Las\xc3\xa8gue positive.",
		"son fils malade a appel\xc3\xa9.",
	};

	(void)state;
	assert_untouched(texts, N(texts));
}

/* The rules' walks stay linear. */
static void
test_names43_linear(void **state)
{
	static const char *const units[] = {
		"MR LE CHAT A ",
		"PAR LE DR POLI (",
		"dit que Rabe viendra ",
		"dit qu'Anh viendra ",
		"le pasteur Martin est ",
		"son fils modeste barbier ; ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_title_short_core),
		cmocka_unit_test(test_doctor_complement),
		cmocka_unit_test(test_que_ordinary),
		cmocka_unit_test(test_minister_definite),
		cmocka_unit_test(test_lower_given_pair),
		cmocka_unit_test(test_names43_negatives),
		cmocka_unit_test(test_names43_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
