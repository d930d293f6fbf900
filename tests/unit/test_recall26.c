/* Unit tests of recall26 (docs/scrub.md "recall26"), each rule's
 * negatives left raw (or of the other kind) by main 67bcba3:
 * - a number of ten digits after an id's label is that id, not a phone
 *   ("n° adhérent 0118472951", "IPP : 06 12 34 56 78": the view keeps an
 *   id's shape); a bare "n°", an insurer's label alone, a phone's word
 *   after it ("(portable)") leave a phone.
 * - a room before the home it is in ("chambre 12 au foyer Les Mimosas",
 *   "chambre 214 à l'hôtel social Les Lilas", "ch. 12 - résidence Les
 *   Lilas", "chambre 12, foyer Adoma"); "chambre 12 de l'Hôtel-Dieu",
 *   "chambre 5 du service", "ch. 12, foyer de condensation" stay.
 * - a spelling without "comme": the radio's alphabet alone ("D Delta U
 *   Uniform P Papa"), "de" or "pour" after a spelling's word ("épelle : D
 *   de Denis, U de Ursule, P de Pierre"); "score A Avril B Bien C
 *   Calme", "vitamine D Dosage, B Bilan, C Contrôle" stay.
 * - a commune alone in a pasted row's cell after a date's or a phone's,
 *   in a person's row ("Kerbrat, Yvonne, 02/04/1932, Landerneau");
 *   "Glycémie, Créatinine, 12/03/2024, Brest" (no name's cell), "le
 *   12/03/2024, Brest" stay.
 * The detectors alone (detect_run), as test_recall25.c. */
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

/* The kind of the span that holds the bytes of `what` in text, or -1. */
static int
kind_over(const char *text, const char *what)
{
	const char *p = strstr(text, what);
	size_t a, b;

	assert_non_null(p);
	a = (size_t)(p - text);
	b = a + strlen(what);
	assert_int_equal(detect_run(&test_default, text, strlen(text), NULL,
	    0, &S), 0);
	for (size_t k = 0; k < S.nspans; k++)
		if (S.spans[k].start <= a && S.spans[k].end >= b)
			return (int)S.spans[k].kind;
	return -1;
}

/* A number after an id's label is an id; after a bare "n°", an
 * insurer's label alone or before a phone's word, a phone. */
static void
test_labeled_phone_shapes(void **state)
{
	static const char *const ids[][2] = {
		{ "n\xc2\xb0 adh\xc3\xa9rent 0118472951, tiers payant",
		    "0118472951" },
		{ "n\xc2\xb0 adh\xc3\xa9rent 01 18 47 29 51 \xc3\xa0 jour",
		    "01 18 47 29 51" },
		{ "IPP : 0612345678 (doublon)", "0612345678" },
		{ "matricule CAF 0612345678", "0612345678" },
	};
	static const char *const phones[][2] = {
		{ "n\xc2\xb0 0612345678", "0612345678" },
		{ "mutuelle 0612345678", "0612345678" },
		{ "dossier : 06 12 34 56 78 (portable)", "06 12 34 56 78" },
		{ "adh\xc3\xa9rent joignable au 06 12 34 56 78",
		    "06 12 34 56 78" },
		{ "dossier transmis, t\xc3\xa9l 06 12 34 56 78",
		    "06 12 34 56 78" },
	};
	static const struct test_span_case cases[] = {
		{ "n\xc2\xb0 adh\xc3\xa9rent 0118472951, tiers payant",
		    { "tiers payant", NULL }, { "0118472951", NULL } },
	};

	(void)state;
	for (size_t k = 0; k < N(ids); k++)
		assert_int_equal(kind_over(ids[k][0], ids[k][1]), DETECT_ID);
	for (size_t k = 0; k < N(phones); k++)
		assert_int_equal(kind_over(phones[k][0], phones[k][1]),
		    DETECT_PHONE);
	test_span_cases(&test_default, &S, cases, N(cases));
}

/* A room before its home goes; a hospital's room stays. */
TEST_SPAN_CASES(test_room_before_home, &test_default, &S,
	{ "install\xc3\xa9 chambre 12 au foyer Les Mimosas, calme",
	    { "calme", NULL }, { "chambre 12", "Mimosas", NULL } },
	{ "chambre 214 \xc3\xa0 l'h\xc3\xb4tel social Les Lilas depuis "
	    "lundi", { "depuis", NULL }, { "chambre 214", "Lilas",
	    NULL } },
	{ "ch. 12 - r\xc3\xa9sidence Les Lilas, chute", { "chute",
	    NULL }, { "ch. 12", "Lilas", NULL } },
	{ "chambre 12, foyer Adoma, vue", { "vue", NULL },
	    { "chambre 12", "Adoma", NULL } },
	{ "en chambre 3 \xc3\xa0 la maison de retraite, chute",
	    { "chute", NULL }, { "chambre 3", NULL } },
	{ "chambre 12 de l'H\xc3\xb4tel-Dieu, retour de bloc",
	    { "chambre 12", "retour", NULL }, { NULL } },
	{ "chambre 5 du service, retour de bloc", { "chambre 5",
	    NULL }, { NULL } },
	{ "ch. 12, foyer de condensation", { "ch. 12", "foyer",
	    NULL }, { NULL } },
	{ "sa femme au foyer", { "femme au foyer", NULL }, { NULL } })

/* A spelling in the radio's alphabet or with "de"/"pour" goes;
 * letters before ordinary words stay. */
TEST_SPAN_CASES(test_spellings_without_comme, &test_default, &S,
	{ "\xc3\xa9pelle D Delta U Uniform P Papa O Oscar, merci",
	    { "merci", NULL }, { "D Delta", "P Papa", "Oscar" } },
	{ "le nom s'\xc3\xa9" "crit K Kilo E Echo R Romeo, soit KER",
	    { "le nom", NULL }, { "K Kilo", "R Romeo", "KER" } },
	{ "\xc3\xa9pelle : D de Denis, U de Ursule, P de Pierre",
	    { NULL }, { "D de Denis", "U de Ursule", "P de Pierre" } },
	{ "orthographe : C pour Charles, A pour Anatole, B pour "
	    "Berthe", { NULL }, { "Charles", "Anatole", "Berthe" } },
	{ "score A Avril B Bien C Calme", { "Avril B Bien C Calme",
	    NULL }, { NULL } },
	{ "vitamine D Dosage, B Bilan, C Contr\xc3\xb4le",
	    { "D Dosage", "B Bilan", NULL }, { NULL } },
	{ "classe A de Andrews, stade B de Binet", { "stade B de",
	    NULL }, { NULL } })

/* A commune alone in a person's pasted row goes; a row of clinical
 * words, prose, keep it. */
TEST_SPAN_CASES(test_row_commune_cell, &test_default, &S,
	{ "Kerbrat, Yvonne, 02/04/1932, Landerneau", { NULL },
	    { "Kerbrat", "Yvonne", "Landerneau" } },
	{ "KERBRAT | Yvonne | 02/04/1932 | Landerneau | HTA", { "HTA",
	    NULL }, { "KERBRAT", "Landerneau", NULL } },
	{ "Kerbrat / Yvonne / 02/04/1932 / Saint-Pol-de-L\xc3\xa9on / "
	    "suivi", { "suivi", NULL }, { "Kerbrat", "Saint-Pol",
	    NULL } },
	{ "Kerbrat, Yvonne, 06 12 34 56 78, Quimper", { NULL },
	    { "Yvonne", "Quimper", NULL } },
	{ "Glyc\xc3\xa9mie, Cr\xc3\xa9" "atinine, 12/03/2024, Brest",
	    { "Brest", "atinine", NULL }, { NULL } },
	{ "revu le 12/03/2024, Brest en vue", { "Brest", NULL },
	    { NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"n\xc2\xb0 adh\xc3\xa9rent 0118472951 ", "IPP 0612345678 ",
		"chambre 12 au foyer Les Mimosas ", "ch. 12 - r\xc3\xa9sidence ",
		"chambre 12, foyer ", "D Delta ", "D de Denis ", "D ",
		"\xc3\xa9pelle D pour Denis ", "D Delta U Uniform P Papa ",
		"Kerbrat, Yvonne, 02/04/1932, Brest, ", "Brest, ",
		"12/03/2024, Saint-Pol-de-Leon, ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_labeled_phone_shapes),
		cmocka_unit_test(test_room_before_home),
		cmocka_unit_test(test_spellings_without_comme),
		cmocka_unit_test(test_row_commune_cell),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
