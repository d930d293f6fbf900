/* Unit tests of names45 (docs/scrub.md "names45: ..."): a doctor's title
 * in capitals after a preposition in lower case ("vu par le DR POLI ce
 * jour"), a surname ending in "-oux" after "DR" ("DR DOUX"), a title,
 * "LE" and a short noun before the auxiliary of a visit ("MME LE PAIN EST
 * VENUE"), a lower-case pair after kin whose first word is a name of the
 * lists by itself ("sa sœur ferdinand bonheur à l'hôpital", "sa fille
 * ferdinand bonheur est passée"), the given names after an east-Asian
 * family name that are French words ("l'aînée, Hoang Mai, demande",
 * "Tran Van Long ODG."), a bridge of kinship written as a surname
 * after "avec" ("Vu avec Petit ce jour").  Each case: what must go (the raw name must not
 * come out) and the look-alikes that must stay; the negatives come out
 * byte for byte (no span at all).  The detectors alone (detect_run).
 * Every gone word was left raw on main 33759149. */
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

/* title_complement in any case; "-oux" after a doctor's title */
TEST_SPAN_CASES(test_doctor_caps_in_lower, &test_default, &S,
	{ "vu par le DR POLI ce jour.", { "vu", "jour" }, { "POLI", NULL } },
	{ "appel du DR DOUX ce jour", { "appel", "jour" },
	    { "DOUX", NULL } },
	{ "RAS. DR DOUX", { "RAS", NULL }, { "DOUX", NULL } },
	{ "vu par le DR PREVENU", { "PREVENU", NULL }, { NULL } },
	{ "DR PREVENU CE JOUR", { "PREVENU", "JOUR" }, { NULL } },
	{ "vu par le DR de garde ce jour", { "garde", "jour" }, { NULL } })

/* presence_after: the auxiliary of a visit after a title, LE, a core */
TEST_SPAN_CASES(test_title_le_core_visit, &test_default, &S,
	{ "MME LE PAIN EST VENUE CE JOUR AVEC SA FILLE.", { "VENUE",
	    "FILLE" }, { "PAIN", NULL } },
	{ "MR LE CHAT ETAIT PRESENT.", { "PRESENT", NULL },
	    { "CHAT", NULL } },
	{ "MME LE TRAITEMENT EST PASSE", { "TRAITEMENT", NULL },
	    { NULL } },
	{ "EXPLIQUE A MME LE CHAT EST VENU", { "EXPLIQUE", "CHAT" },
	    { NULL } })

/* lower_pair asked after a first word that is a name by itself */
TEST_SPAN_CASES(test_kin_pair_named_first, &test_default, &S,
	{ "Suivi par sa s\xc5\x93ur ferdinand bonheur \xc3\xa0 "
	    "l'h\xc3\xb4pital de Lannion.", { "Suivi", "pital" },
	    { "ferdinand", "bonheur" } },
	{ "sa fille ferdinand bonheur est pass\xc3\xa9" "e.",
	    { "fille", NULL }, { "ferdinand", "bonheur" } },
	{ "sa fille ferdinand malade est pass\xc3\xa9" "e.",
	    { "malade", NULL }, { "ferdinand", NULL } },
	{ "son fils paul toujours.", { "toujours", NULL },
	    { "paul", NULL } })

/* scan_asian_family_given: given names after a family name found */
TEST_SPAN_CASES(test_asian_family_given, &test_default, &S,
	{ "Mme Hoang Thi Lan ne reconna\xc3\xaet plus sa fille ; "
	    "l'a\xc3\xae" "n\xc3\xa9" "e, Hoang Mai, demande une "
	    "consultation.", { "demande", "consultation" },
	    { "Hoang", "Mai" } },
	{ "Liste : Kaba Hawa OD ; Tran Van Long ODG.", { "Liste", "ODG" },
	    { "Tran", "Long" } },
	{ "Dr Park Avis favorable.", { "Avis", "favorable" },
	    { "Park", NULL } },
	{ "M. Song Pas de douleur.", { "Pas", "douleur" },
	    { "Song", NULL } })

/* kin_adjective_name: a bridge of kinship written as a surname */
TEST_SPAN_CASES(test_kin_adjective_surname, &test_default, &S,
	{ "Vu avec Petit ce jour.", { "Vu", "jour" }, { "Petit", NULL } },
	{ "vu avec PETIT ce jour.", { "vu", "jour" }, { "PETIT", NULL } },
	{ "Appel de Grand ce jour.", { "Appel", "jour" },
	    { "Grand", NULL } },
	{ "Vu avec Petit Bateau.", { "Petit", "Bateau" }, { NULL } },
	{ "Vu avec Petit-fils ce jour.", { "Petit", "fils" }, { NULL } })

/* the same words as ordinary words: no span at all */
static void
test_names45_negatives(void **state)
{
	static const char *const texts[] = {
		"Traitement doux, peau douce.",
		"LE PAIN EST VENU AVEC LE REPAS.",
		"Le pain est pass\xc3\xa9 au petit d\xc3\xa9jeuner.",
		"sa fille est pass\xc3\xa9" "e ce jour.",
		"son fils malade est pass\xc3\xa9 ce jour.",
		"Long s\xc3\xa9jour pr\xc3\xa9vu.",
		"vu par le dr de garde ce jour.",
		"vu avec petit ce jour.",
		"vu avec petit app\xc3\xa9tit.",
		"Vu avec son petit-fils ce jour.",
	};

	(void)state;
	assert_untouched(texts, N(texts));
}

/* (speed47) scan_asian_tails keeps 48 spans of its first walk for the
 * second; past them the second walks every span again.  Sixty family
 * names each before a given name: the first of the text (the last the
 * backward walk meets, past the 48: "Tran Van Long ODG") goes as it
 * goes alone (a second walk that stopped at the 48th left it: checked). */
static void
test_asian_family_given_many(void **state)
{
	static const char *const gone[] = { "Long" }, *const kept[] = {
		"ODG", "demande" };
	char text[1024];
	size_t n = 0;

	(void)state;
	n += (size_t)snprintf(text, sizeof(text), "Tran Van Long ODG ; ");
	for (int k = 0; k < 59; k++)
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "Hoang Mai, ");
	snprintf(text + n, sizeof(text) - n, "demande une consultation.");
	test_spans_both_modes(&test_default, &S, text, gone, N(gone), kept,
	    N(kept));
}

/* The rules' walks stay linear. */
static void
test_names45_linear(void **state)
{
	static const char *const units[] = {
		"vu par le DR POLI ce ",
		"MME LE PAIN EST VENUE ",
		"sa fille ferdinand bonheur est pass\xc3\xa9" "e ",
		"Hoang Mai, ",
		"Tran Van Long ODG ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doctor_caps_in_lower),
		cmocka_unit_test(test_title_le_core_visit),
		cmocka_unit_test(test_kin_pair_named_first),
		cmocka_unit_test(test_asian_family_given),
		cmocka_unit_test(test_asian_family_given_many),
		cmocka_unit_test(test_kin_adjective_surname),
		cmocka_unit_test(test_names45_negatives),
		cmocka_unit_test(test_names45_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
