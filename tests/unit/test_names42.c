/* Unit tests of names42 (docs/scrub.md "names42: ..."): a person's name
 * alone in brackets or quotes before a person's verb ("(Tursun) a
 * appelé", "« Tursun » a appelé") or after a presentation's "comme"
 * ("se présentant comme « Tursun »"); the subject of the clause "que"
 * opens ("demande que Hasina ne soit pas informée", "a dit que Tursun
 * viendra"); the future of a visit or a call after a pair ("Hasina Rabe
 * passera demain"); the word an e-mail's local part spells ("Claire
 * Dumas, c.dumas@...").  Each case: what must go (the raw name must not come
 * out) and the look-alikes that must stay in the default mode.  The
 * detectors alone (detect_run).  Every gone word was left raw on main
 * e1bb351d. */
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

/* wrapped_subject: a name alone in brackets or quotes, a sentence's
 * subject */
TEST_SPAN_CASES(test_wrapped_subject, &test_default, &S,
	{ "(Tursun) a appel\xc3\xa9 ce matin.", { "matin", NULL },
	    { "Tursun", NULL } },
	{ "\xc2\xab Tursun \xc2\xbb a appel\xc3\xa9 ce matin.",
	    { "matin", NULL }, { "Tursun", NULL } },
	{ "Nuit calme. \"Kervadec\" a sonn\xc3\xa9 2 fois.",
	    { "Nuit", "calme" }, { "Kervadec", NULL } },
	{ "\xc2\xab" "Tursun" "\xc2\xbb ne veut pas manger.",
	    { "manger", NULL }, { "Tursun", NULL } })

/* after a presentation's "comme" */
TEST_SPAN_CASES(test_wrapped_after_comme, &test_default, &S,
	{ "Homme se pr\xc3\xa9sentant comme \xc2\xab Tursun \xc2\xbb ; "
	    "identit\xc3\xa9 provisoire.", { "Homme", "provisoire" },
	    { "Tursun", NULL } },
	{ "Connu comme (Kervadec) au foyer.", { "foyer", NULL },
	    { "Kervadec", NULL } })

/* a drug, a place, an ordinary word in brackets or quotes; a bracket
 * inside a sentence; "comme" of a likeness */
TEST_SPAN_CASES(test_wrapped_keeps, &test_default, &S,
	{ "(Lasilix) a \xc3\xa9t\xc3\xa9 major\xc3\xa9.", { "Lasilix",
	    NULL }, { NULL } },
	{ "\xc2\xab Patient \xc2\xbb refuse le soin.", { "Patient",
	    "soin" }, { NULL } },
	{ "(Morlaix) a appel\xc3\xa9.", { "Morlaix", NULL }, { NULL } },
	{ "(Kardegic) a \xc3\xa9t\xc3\xa9 arr\xc3\xaat\xc3\xa9.",
	    { "Kardegic", NULL }, { NULL } },
	{ "Connu comme \xc2\xab Patient \xc2\xbb dans le service.",
	    { "Patient", "service" }, { NULL } },
	{ "Douleur comme (Coliques) ce jour.", { "Coliques", NULL },
	    { NULL } },
	{ "\xc2\xab Trugarez \xc2\xbb dit-il en partant.", { "Trugarez",
	    NULL }, { NULL } },
	{ "\xc2\xab Trugarez \xc2\xbb dit le patient.", { "Trugarez",
	    NULL }, { NULL } })

/* que_subject: the subject of the clause "que" opens */
TEST_SPAN_CASES(test_que_subject, &test_default, &S,
	{ "Mme Fara Raharison demande que Hasina ne soit pas "
	    "inform\xc3\xa9" "e.", { "demande", "soit" },
	    { "Hasina", NULL } },
	{ "Il dit que Tursun viendra lundi.", { "dit", "lundi" },
	    { "Tursun", NULL } },
	{ "Elle explique que Kervadec a appel\xc3\xa9 hier.",
	    { "explique", "hier" }, { "Kervadec", NULL } },
	{ "Il pense que Tursun n'a pas compris.", { "pense", NULL },
	    { "Tursun", NULL } })

/* a drug, an ordinary word, an acronym, a test after "que" */
TEST_SPAN_CASES(test_que_keeps, &test_default, &S,
	{ "Il dit que Lasilix ne soit pas donn\xc3\xa9.", { "Lasilix",
	    NULL }, { NULL } },
	{ "Il pense que Patient ne veut pas.", { "Patient", NULL },
	    { NULL } },
	{ "Il faut que Biopsie ne soit pas faite.", { "Biopsie", NULL },
	    { NULL } },
	{ "On sait que Doliprane a \xc3\xa9t\xc3\xa9 donn\xc3\xa9.",
	    { "Doliprane", NULL }, { NULL } },
	{ "Il dit que le traitement ne passe pas.", { "traitement",
	    NULL }, { NULL } })

/* the future of a visit or a call after an unknown pair */
TEST_SPAN_CASES(test_future_visit, &test_default, &S,
	{ "Hasina Rabe passera demain.", { "demain", NULL },
	    { "Hasina", "Rabe", NULL } },
	{ "Mialy Rabe t\xc3\xa9l\xc3\xa9phonera ce soir.", { "soir",
	    NULL }, { "Mialy", "Rabe", NULL } })

/* a drug, a bolus, an infusion passes; "Passera" the surname */
TEST_SPAN_CASES(test_future_visit_keeps, &test_default, &S,
	{ "Le bolus passera en 30 minutes.", { "bolus", "minutes" },
	    { NULL } },
	{ "Perfusion passera sur 2 h.", { "Perfusion", NULL }, { NULL } },
	{ "La Vancomycine passera en 1 h.", { "Vancomycine", NULL },
	    { NULL } },
	{ "Xarelto Forte passera demain.", { "Forte", NULL }, { NULL } })

/* scan_email_names: the word an e-mail's local part spells */
TEST_SPAN_CASES(test_email_names, &test_default, &S,
	{ "Di\xc3\xa9t\xc3\xa9ticienne du prestataire : Claire Dumas, "
	    "c.dumas@nutridom-sante.fr.", { "prestataire", NULL },
	    { "Claire", "Dumas", NULL } },
	{ "Contact : Anjali, anjali.menon82@gmail.com.", { "Contact",
	    NULL }, { "Anjali", NULL } },
	{ "Mail de Tursun Gulnar <gulnar-tursun@yahoo.fr> ce jour.",
	    { "Mail", "jour" }, { "Tursun", "Gulnar", NULL } })

/* a service, a firm, a town, a drug the address spells; a word of
 * another sentence */
TEST_SPAN_CASES(test_email_keeps, &test_default, &S,
	{ "Service de Cardiologie, cardiologie@chu-lyon.fr.",
	    { "Cardiologie", NULL }, { NULL } },
	{ "Mutuelle Harmonie : contact.harmonie@mutuelle.fr.",
	    { "Mutuelle", "Harmonie" }, { NULL } },
	{ "\xc3\x89" "crire \xc3\xa0 Lyon (lyon.cardio@chu.fr).",
	    { "Lyon", NULL }, { NULL } },
	{ "Contact Doliprane, doliprane@sanofi.fr.", { "Doliprane",
	    NULL }, { NULL } },
	{ "Cabinet Lumen. Secr\xc3\xa9tariat : lumen@cabinet.fr.",
	    { "Lumen", NULL }, { NULL } })

static void
test_names42_linear(void **state)
{
	static const char *const units[] = {
		"(Tursun) a appel\xc3\xa9. ",
		"\xc2\xab Tursun \xc2\xbb a ",
		"comme \xc2\xab Tursun \xc2\xbb ",
		"dit que Tursun ne ",
		"Hasina Rabe passera ",
		"( \xc2\xab \" ",
		"Dumas a.dumas@x.fr ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrapped_subject),
		cmocka_unit_test(test_wrapped_after_comme),
		cmocka_unit_test(test_wrapped_keeps),
		cmocka_unit_test(test_que_subject),
		cmocka_unit_test(test_que_keeps),
		cmocka_unit_test(test_future_visit),
		cmocka_unit_test(test_future_visit_keeps),
		cmocka_unit_test(test_email_names),
		cmocka_unit_test(test_email_keeps),
		cmocka_unit_test(test_names42_linear),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
