/* Unit tests of names40 (docs/scrub.md "names40: ..."): the care
 * system's acronyms that are names of the lists after a surname ("Mme
 * Dupont EMA ce jour"), the plural titles besides "Mmes" ("les Drs Tursun
 * et Kervadec"), a word in another script with no cue ("ДЮПОН a
 * appelé"), a short or ordinary core after a title and "LE" in capitals
 * ("MME LE BRAS présente", "APPEL DE MME LE DOS."), an acronym of the
 * tables capitalized beside a first name ("Msa Ali a appelé"), the row's
 * surname
 * after a capitalized particle at a sentence's start ("Du Pont a appelé"
 * of a row DUPONT).  Each case: what must go (the raw name must not come
 * out) and the look-alike words that must stay in the default mode.  The
 * detectors alone (detect_run).  Every gone word was left raw on main
 * 6860bb73, every kept acronym was taken there. */
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

/* care_acronyms_named: the body stays, the surname goes */
TEST_SPAN_CASES(test_care_acronym_named, &test_default, &S,
	{ "Mme Dupont EMA ce jour.", { "EMA", NULL },
	    { "Dupont", NULL } },
	{ "Mme Dupont CHI ce jour.", { "CHI", NULL },
	    { "Dupont", NULL } },
	{ "Mme Durand PAP pr\xc3\xa9vu.", { "PAP", NULL },
	    { "Durand", NULL } },
	{ "Mme Dupont CLAN ce jour.", { "CLAN", NULL },
	    { "Dupont", NULL } },
	{ "Vu Mme Tursun CHI transfert.", { "CHI", NULL },
	    { "Tursun", NULL } })

/* after a first name, or a name in capitals, the word in capitals is
 * still the name's (a surname, a birth name) */
TEST_SPAN_CASES(test_care_acronym_named_negatives, &test_default, &S,
	{ "Mme Marie CLAN ce jour.", { "ce", NULL },
	    { "Marie", "CLAN", NULL } },
	{ "Mme Marie EMA ce jour.", { "ce", NULL },
	    { "Marie", "EMA", NULL } },
	{ "Mme DUPONT EMA ce jour.", { "ce", NULL },
	    { "DUPONT", "EMA", NULL } })

/* plural_title: "Drs", "Mesdames", "Messieurs" and their lists */
TEST_SPAN_CASES(test_plural_titles, &test_default, &S,
	{ "les Drs Tursun et Kervadec ont vu le patient.",
	    { "patient", NULL }, { "Tursun", "Kervadec", NULL } },
	{ "Drs Tursun, Okonkwo et Kervadec.", { NULL },
	    { "Tursun", "Okonkwo", "Kervadec" } },
	{ "Mesdames Tursun, Okonkwo et Kervadec pr\xc3\xa9sentes.",
	    { NULL }, { "Tursun", "Okonkwo", "Kervadec" } },
	/* the carers after the name, a plural in lower case */
	{ "Drs Tursun, IDE et AS pr\xc3\xa9sents.", { "IDE", "AS",
	    NULL }, { "Tursun", NULL } },
	{ "Drs pr\xc3\xa9sents ce jour.", { "pr\xc3\xa9sents", NULL },
	    { NULL } },
	{ "Messieurs pr\xc3\xa9sents ce jour.", { "pr\xc3\xa9sents",
	    NULL }, { NULL } },
	{ "Mesdames, Messieurs, je vous remercie.", { "vous",
	    "remercie", NULL }, { NULL } })

/* scan_script_names: another script in a French note, no cue */
TEST_SPAN_CASES(test_script_names, &test_default, &S,
	{ "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d a appel\xc3\xa9 ce "
	    "jour.", { "appel\xc3\xa9", NULL },
	    { "\xd0\x94\xd0\xae\xd0\x9f\xd0\x9e\xd0\x9d", NULL } },
	{ "\xd0\x98\xd0\x92\xd0\x90\xd0\x9d\xd0\x9e\xd0\x92 "
	    "pr\xc3\xa9sent.", { NULL },
	    { "\xd0\x98\xd0\x92\xd0\x90\xd0\x9d\xd0\x9e\xd0\x92", NULL } },
	{ "Vu \xd9\x85\xd8\xad\xd9\x85\xd8\xaf ce jour.", { "Vu",
	    NULL }, { "\xd9\x85\xd8\xad\xd9\x85\xd8\xaf", NULL } },
	{ "Vu \xce\xa0\xce\xb1\xcf\x80\xce\xb1\xce\xb4\xcf\x8c\xcf\x80"
	    "\xce\xbf\xcf\x85\xce\xbb\xce\xbf\xcf\x82 ce jour.", { "Vu",
	    NULL }, { "\xce\xa0\xce\xb1\xcf\x80\xce\xb1\xce\xb4\xcf\x8c"
	    "\xcf\x80\xce\xbf\xcf\x85\xce\xbb\xce\xbf\xcf\x82", NULL } })

/* Greek letters of a measure, a text in that script stay */
TEST_SPAN_CASES(test_script_names_keeps, &test_default, &S,
	{ "Traitement par \xce\xb2-bloquant, 5 \xce\xbcg/kg, "
	    "\xce\xb3GT normale.", { "\xce\xb2", "\xce\xbcg",
	    "\xce\xb3GT" }, { NULL } },
	{ "\xd0\x9f\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb5\xd0\xbd\xd1\x82 "
	    "\xd0\xb6\xd0\xb0\xd0\xbb\xd1\x83\xd0\xb5\xd1\x82\xd1\x81"
	    "\xd1\x8f \xd0\xbd\xd0\xb0 \xd0\x91\xd0\xbe\xd0\xbb\xd1\x8c "
	    "ce matin.", { "\xd0\x9f\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb5"
	    "\xd0\xbd\xd1\x82", "\xd0\x91\xd0\xbe\xd0\xbb\xd1\x8c",
	    NULL }, { NULL } })

/* caps_particle_surname: a short core, a presence after it */
TEST_SPAN_CASES(test_title_le_core, &test_default, &S,
	{ "MME LE BRAS pr\xc3\xa9sente.", { NULL }, { "BRAS", NULL } },
	{ "MR LE BRAS vu.", { NULL }, { "BRAS", NULL } },
	{ "APPEL DE MME LE DOS.", { "APPEL", NULL }, { "DOS", NULL } },
	{ "MME LE NEZ pr\xc3\xa9sente.", { NULL }, { "NEZ", NULL } })

TEST_SPAN_CASES(test_title_le_core_keeps, &test_default, &S,
	{ "EXPLIQUE A MME LE TRAITEMENT.", { "TRAITEMENT", NULL },
	    { NULL } },
	{ "MME LE DOS EST DOULOUREUX.", { "DOS", "DOULOUREUX", NULL },
	    { NULL } },
	{ "MME LE MEDECIN pr\xc3\xa9sente.", { "MEDECIN", NULL },
	    { NULL } })

/* table_acronym_beside_first: "Msa" (an acronym of the tables written
 * capitalized) beside a first name of the lists */
TEST_SPAN_CASES(test_acronym_beside_first, &test_default, &S,
	{ "Msa Ali a appelÃ© ce jour.", { "jour", NULL },
	    { "Msa", "Ali", NULL } },
	{ "Vu avec Ali Msa ce jour.", { "jour", NULL },
	    { "Ali", "Msa", NULL } },
	{ "Mme Ali Msa prÃ©sente.", { NULL },
	    { "Ali", "Msa", NULL } },
	/* no person's verb after the first name: the insurer's file,
	 * the shorthand of the patient */
	{ "Dossier Msa Ali Ã  complÃ©ter.", { "Dossier",
	    "Msa", NULL }, { "Ali", NULL } },
	{ "Pte MaÃ«lys Perrot prÃ©venue.", { "Pte", NULL },
	    { "Perrot", NULL } })

/* eponym_heads: "Témoin de Jéhovah" (Dicollecte's first name) stays,
 * the patient's name beside it goes (a dev false positive of two hand
 * sets) */
TEST_SPAN_CASES(test_witness_of_jehovah, &test_default, &S,
	{ "T\xc3\xa9moin de J\xc3\xa9hovah, refuse la transfusion.",
	    { "J\xc3\xa9hovah", NULL }, { NULL } },
	{ "Mme Dupont, t\xc3\xa9moin de J\xc3\xa9hovah, refuse.",
	    { "J\xc3\xa9hovah", NULL }, { "Dupont", NULL } },
	{ "Le t\xc3\xa9moin de Marie Dupont a appel\xc3\xa9.",
	    { NULL }, { "Marie", "Dupont", NULL } })

/* piece_gap: the row's DUPONT written "Du Pont" with no title before */
static void
test_row_particle_split(void **state)
{
	static const struct detect_value dupont[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};

	(void)state;
	test_row_word_gone(&test_default, &S, "Du Pont a appel\xc3\xa9.",
	    dupont, N(dupont), "Pont");
	test_row_word_gone(&test_default, &S, "Du Pont a appel\xc3\xa9.",
	    dupont, N(dupont), "Du");
	test_row_word_kept(&test_default, &S, "Le pont est coup\xc3\xa9.",
	    dupont, N(dupont), "pont");
	test_row_word_kept(&test_default, &S, "Du pont de la rivi\xc3\xa8re.",
	    dupont, N(dupont), "pont");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_care_acronym_named),
		cmocka_unit_test(test_care_acronym_named_negatives),
		cmocka_unit_test(test_plural_titles),
		cmocka_unit_test(test_script_names),
		cmocka_unit_test(test_script_names_keeps),
		cmocka_unit_test(test_title_le_core),
		cmocka_unit_test(test_title_le_core_keeps),
		cmocka_unit_test(test_acronym_beside_first),
		cmocka_unit_test(test_row_particle_split),
		cmocka_unit_test(test_witness_of_jehovah),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
