/* Unit tests of recall27 (docs/scrub.md "recall27"): a minister of a
 * cult before a surname ("le rabbin Elbaz", "le pasteur Ndikumana"), a
 * desk's or an insurer's reference after its word ("Ticket INC0048813",
 * "référence PAY-7F31K9"), a card's last digits ("carte bancaire se
 * terminant par 4417"), a holder after "au nom de" ("titre de séjour au
 * nom de Abubakar Musa"), a year alone of a birth or a death ("née en
 * 1944", "† 1990"; recall first only).  Beside each, the look-alikes that stay.  The
 * detectors alone (detect_run), without row values. */
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

/* A minister's title before a surname no list holds. */
TEST_SPAN_CASES(test_ministers, &test_default, &S,
	{ "la famille veille ; le rabbin Elbaz est pr\xc3\xa9venu.",
	    { "rabbin", NULL }, { "Elbaz", NULL } },
	{ "Le diacre Ndikumana vient prier chaque dimanche.",
	    { "diacre", NULL }, { "Ndikumana", NULL } },
	{ "l'imam Elbaz passera, le pr\xc3\xaatre Ndikumana aussi.",
	    { "imam", NULL }, { "Elbaz", "Ndikumana" } })

/* A minister's word inside an institution's name, or before a place. */
TEST_SPAN_CASES(test_ministers_look_alikes_kept, &test_default, &S,
	{ "Vaccin\xc3\xa9 \xc3\xa0 l'Institut Pasteur de Lille hier.",
	    { "Pasteur", "Lille" }, { NULL } },
	{ "l'aum\xc3\xb4nier du CHU de Colmar est pass\xc3\xa9.",
	    { "CHU", "Colmar" }, { NULL } },
	{ "le rabbin est pr\xc3\xa9venu, le pr\xc3\xaatre de la "
	    "paroisse aussi.", { "rabbin", "paroisse" }, { NULL } })

/* A code of capitals and digits after a desk's, a bank's or an
 * insurer's word. */
TEST_SPAN_CASES(test_reference_codes, &test_default, &S,
	{ "Ticket INC0048813 : compte rendu class\xc3\xa9 ailleurs.",
	    { "Ticket", NULL }, { "INC0048813", NULL } },
	{ "paiement en ligne, r\xc3\xa9""f\xc3\xa9rence PAY-7F31K9, "
	    "pay\xc3\xa9 par carte.", { NULL }, { "PAY-7F31K9", NULL } },
	{ "assurance voyage TRV-ZA-338120, \xc3\xa0 compl\xc3\xa9ter.",
	    { NULL }, { "TRV-ZA-338120", NULL } })

TEST_SPAN_CASES(test_reference_look_alikes_kept, &test_default, &S,
	{ "ticket mod\xc3\xa9rateur \xc3\xa0 30 %, ref COVID-19 "
	    "fait.", { "30 %", "COVID-19" }, { NULL } },
	{ "r\xc3\xa9""f\xc3\xa9rence HLA-B27 et T2N0M0, client A12.",
	    { "HLA-B27", "A12" }, { NULL } })

/* The last digits of a card, an account or a phone. */
TEST_SPAN_CASES(test_number_endings, &test_default, &S,
	{ "une carte bancaire se terminant par 4417, une photo.",
	    { "carte", NULL }, { "4417", NULL } },
	{ "pr\xc3\xa9venu sur son portable finissant par 52 18.",
	    { NULL }, { "52 18", NULL } })

TEST_SPAN_CASES(test_number_endings_kept, &test_default, &S,
	{ "le traitement se terminant par 3 cures, puis 2 s\xc3\xa9"
	    "ances.", { "3 cures", NULL }, { NULL } },
	{ "la cure finissant par 1500 mg ; carte. Se terminant par "
	    "4417 unit\xc3\xa9s", { "1500 mg", "4417" }, { NULL } })

/* The holder after "au nom de". */
TEST_SPAN_CASES(test_in_the_name_of, &test_default, &S,
	{ "un titre de s\xc3\xa9jour au nom de Abubakar Musa (n\xc2\xb0 "
	    "7502038841).", { NULL }, { "Abubakar", "Musa" } },
	{ "une carte au nom de Ndikumana, retrouv\xc3\xa9""e.",
	    { NULL }, { "Ndikumana", NULL } })

TEST_SPAN_CASES(test_in_the_name_of_kept, &test_default, &S,
	{ "il prie au nom de Dieu, au nom de la loi.", { "Dieu",
	    "loi" }, { NULL } },
	{ "au nom de l'association, au nom de sa m\xc3\xa8re.",
	    { "association", NULL }, { NULL } })


/* A year alone of a birth or a death: gone in the recall-first mode,
 * left by the default one (the project's rule there). */
static void
test_event_years(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Mme B\xc3\xa9gu\xc3\xa9 Josette (n\xc3\xa9""e en 1944) et "
		    "sa s\xc5\x93ur (n\xc3\xa9""e en 1950).", { NULL },
		    { "1944", "1950" } },
		{ "II-1 Marcel (n\xc3\xa9 en 1931, \xe2\x80\xa0 1990, "
		    "prostate)", { NULL }, { "1931", "1990" } },
		{ "M. T. (n\xc3\xa9 \xc3\xa0 Jaffna en 1976) ; il est n\xc3\xa9 "
		    "en 87.", { NULL }, { "1976", "87" } },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++) {
		test_spans_gone_kept(&test_recall, &S, cases[i].text,
		    cases[i].gone, 2, NULL, 0);
		test_spans_gone_kept(&test_default, &S, cases[i].text, NULL,
		    0, cases[i].gone, 2);
	}
}

/* Years of care, a relative's death in a history, estimates, durations
 * and doses stay, recall first too. */
static void
test_event_years_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "IDM en 2015, VIH connu depuis 2014.", { "2015", "2014" },
		    { NULL } },
		{ "son p\xc3\xa8re, d\xc3\xa9""c\xc3\xa9""d\xc3\xa9 en 2017, "
		    "diab\xc3\xa9tique.", { "2017", NULL }, { NULL } },
		{ "n\xc3\xa9""e vers 1960, n\xc3\xa9 en France, Fresubin "
		    "1500 mL.", { "1960", "1500 mL" }, { NULL } },
		{ "n\xc3\xa9 en 3 jours ; il ne en 12 fois.", { "3 jours",
		    "12 fois" }, { NULL } },
	};

	(void)state;
	for (size_t i = 0; i < N(cases); i++)
		test_spans_gone_kept(&test_recall, &S, cases[i].text, NULL,
		    0, cases[i].kept, cases[i].kept[1] != NULL ? 2 : 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ministers),
		cmocka_unit_test(test_ministers_look_alikes_kept),
		cmocka_unit_test(test_reference_codes),
		cmocka_unit_test(test_reference_look_alikes_kept),
		cmocka_unit_test(test_number_endings),
		cmocka_unit_test(test_number_endings_kept),
		cmocka_unit_test(test_in_the_name_of),
		cmocka_unit_test(test_in_the_name_of_kept),
		cmocka_unit_test(test_event_years),
		cmocka_unit_test(test_event_years_kept),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
