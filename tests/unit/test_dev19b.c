/* Unit tests of dev19b (docs/scrub.md "heldout19 dev families
 * (dev19b)"): short forms of a staff member's name that main left raw:
 * an eponym that is a name of the lists after a doctor's title ("Dr
 * Gilbert"), a driver's given name after his trade ("taxi Brahim"), a
 * carer's first name in lower case that is also an ordinary word before
 * a colon ("ide claire :").  Each raw name must be inside a span in both
 * modes; the look-alikes (the disease and its describer, a firm named
 * after its owner or a word, an adjective without a role or a colon, a
 * dose and a lab range beside a date range) stay in the default mode.
 * The detectors alone (detect_run). */
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

/* An eponym that is a name of the lists, right after a doctor's title:
 * a doctor of the ward or the town (main kept every eponym after "Dr"). */
TEST_SPAN_CASES(test_doctor_title_eponym, &test_default, &S,
	{ "Secr\xc3\xa9tariat : certificat transmis au Dr Gilbert "
	    "pour signature.", { "certificat", "signature", NULL },
	    { "Gilbert", NULL } },
	{ "Appel du Dr Gilbert ce matin.", { "Appel", "matin", NULL },
	    { "Gilbert", NULL } },
	{ "Dr Gilbert inform\xc3\xa9 des r\xc3\xa9sultats.",
	    { "sultats", NULL }, { "Gilbert", NULL } },
	{ "Courrier au Docteur Raynaud demain.", { "Courrier", NULL },
	    { "Raynaud", NULL } },
	{ "Avis du Pr Gilbert : pas de reprise.", { "reprise", NULL },
	    { "Gilbert", NULL } })

/* The disease and the man who described it stay. */
TEST_SPAN_CASES(test_doctor_title_eponym_lookalikes, &test_default, &S,
	{ "Maladie de Gilbert connue, bilirubine libre.",
	    { "Gilbert", NULL }, { NULL } },
	{ "Syndrome de Raynaud des mains.", { "Raynaud", NULL },
	    { NULL } },
	{ "Dr Parkinson a d\xc3\xa9" "crit.", { "Parkinson", NULL },
	    { NULL } },
	{ "Le Dr Gilbert a d\xc3\xa9" "crit cette maladie.",
	    { "Gilbert", NULL }, { NULL } },
	{ "Le syndrome du Pr Gilbert (1901).", { "Gilbert", NULL },
	    { NULL } },
	{ "Pr Raynaud en 1862.", { "Raynaud", NULL }, { NULL } })

/* A given name right after a transport firm's head: the driver. */
TEST_SPAN_CASES(test_driver_given_name, &test_default, &S,
	{ "Bon de transport, dialyse lundi, taxi Brahim (06 16 48 39 "
	    "75).", { "transport", "dialyse", NULL },
	    { "Brahim", NULL } },
	{ "retour \xc3\xa0 domicile en taxi Brahim \xc3\xa0 8h.",
	    { "domicile", NULL }, { "Brahim", NULL } },
	{ "ambulance Karim en retard ce matin.", { "retard", NULL },
	    { "Karim", NULL } },
	{ "VSL Mourad confirm\xc3\xa9 pour lundi.", { "lundi", NULL },
	    { "Mourad", NULL } })

/* A firm named after its owner's surname, a place or a word stays
 * (business_owner_position's rule: the lead's); so does a surname of
 * the lists that is also a given name. */
TEST_SPAN_CASES(test_driver_given_name_lookalikes, &test_default, &S,
	{ "Ambulances Gu\xc3\xa9rin pr\xc3\xa9venues.",
	    { "rin", NULL }, { NULL } },
	{ "Taxi Alliance r\xc3\xa9serv\xc3\xa9 pour 10h.",
	    { "Alliance", NULL }, { NULL } },
	{ "ambulance Bleu Marine, pour la sortie.",
	    { "Bleu", "Marine", NULL }, { NULL } },
	{ "Ambulance Atlantique r\xc3\xa9serv\xc3\xa9" "e 10h.",
	    { "Atlantique", NULL }, { NULL } },
	{ "Taxi Martin r\xc3\xa9serv\xc3\xa9 pour 10h.",
	    { "Martin", NULL }, { NULL } },
	{ "sort en taxi conventionn\xc3\xa9 (Taxi Erwan, 06 11 42 87 "
	    "03).", { "Erwan", NULL }, { NULL } })

/* A carer's first name in lower case that is an ordinary word, between
 * the role and a colon: the transmission's signature. */
TEST_SPAN_CASES(test_carer_first_before_colon, &test_default, &S,
	{ "ide claire : pansement refait, RAS.",
	    { "pansement", NULL }, { "claire", NULL } },
	{ "IDE claire: pansement refait.", { "pansement", NULL },
	    { "claire", NULL } },
	{ "as rose : toilette au lit.", { "toilette", NULL },
	    { "rose", NULL } },
	{ "nuit calme. ide pierre : glyc\xc3\xa9mie 1,2 g/L.",
	    { "calme", NULL }, { "pierre", NULL } })

/* The same words without a role, or without the colon, or a word of
 * care after the role: kept. */
TEST_SPAN_CASES(test_carer_first_lookalikes, &test_default, &S,
	{ "urines claires : RAS.", { "claires", NULL }, { NULL } },
	{ "ide claire et pr\xc3\xa9" "cise dans ses transmissions.",
	    { "claire", NULL }, { NULL } },
	{ "ide nuit : RAS.", { "nuit", NULL }, { NULL } },
	{ "peau rose : pas d'escarre.", { "rose", NULL }, { NULL } },
	{ "IDE : pansement refait.", { "pansement", NULL }, { NULL } })

/* Date ranges with one month, found on main already (the first day takes
 * the month of the second), and their look-alikes: a dose, a lab range,
 * a side.  No change of dev19b: they guard the families' reading. */
TEST_SPAN_CASES(test_date_ranges, &test_default, &S,
	{ "Facture : s\xc3\xa9jour du 3 au 6 octobre, n\xc2\xb0 facture.",
	    { "facture", NULL }, { "3", "6", "octobre" } },
	{ "hospitalis\xc3\xa9 du 12 au 15/03 pour pneumopathie.",
	    { "pneumopathie", NULL }, { "12", "15", NULL } },
	{ "absente entre le 2 et le 9 mai.", { "absente", NULL },
	    { "2", "9", "mai" } },
	{ "Kardegic du 3 au 6 mg selon INR.", { "3", "6", "mg" },
	    { NULL } },
	{ "Fibrinog\xc3\xa8ne entre 4 et 10 g/L attendu.",
	    { "4", "10", NULL }, { NULL } },
	{ "Douleur du c\xc3\xb4t\xc3\xa9 gauche, EVA 3/10.",
	    { "gauche", "3", "10" }, { NULL } })

/* The rules read a title, a head or a role and up to three words after
 * the name: linear in cells of repeated words. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Dr Gilbert ", "au Dr Gilbert a ", "Pr Raynaud en ",
		"taxi Brahim ", "Taxi Taxi ", "ide claire : ", "ide ide ",
		"as rose ", "du 3 au 6 octobre ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doctor_title_eponym),
		cmocka_unit_test(test_doctor_title_eponym_lookalikes),
		cmocka_unit_test(test_driver_given_name),
		cmocka_unit_test(test_driver_given_name_lookalikes),
		cmocka_unit_test(test_carer_first_before_colon),
		cmocka_unit_test(test_carer_first_lookalikes),
		cmocka_unit_test(test_date_ranges),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
