/* Unit tests of recall23 (twenty-fifth pass, docs/scrub.md "Recall,
 * twenty-third pass (recall23)"): four digits after an id label and the
 * name of the network that gave them ("code patient OncoBretagne 2231"),
 * a holder's code ("code patient 44512"), a row's number in a table
 * pasted into a note ("-- 001 / D.M. / 02/10/2025") and its cells of
 * initials ("; J-P. L. ;"), dates with spaces
 * alone and one-digit parts or "du" between the day and the month after
 * a strong cue ("née le 15 du 6 1982", "le 15 VI 1982"), a home visit
 * as a word of residence ("VAD au Moulin de Kerbrat"), a hamlet's
 * adjective and its noun ("vit au Petit Bois").  Beside each,
 * the look-alikes that stay.  The detectors alone (detect_run), without
 * row values. */
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

/* Four digits after a label and a network's or a body's name; a
 * holder's code. */
TEST_SPAN_CASES(test_short_named_ids, &test_default, &S,
	{ "code patient OncoBretagne 2231 vu en RCP", { NULL },
	    { "2231", NULL } },
	{ "identifiant RCP Onco-Nord 4451. Dossier complet.",
	    { NULL }, { "4451", NULL } },
	{ "dossier Trajectoire 3187, relanc\xc3\xa9", { NULL },
	    { "3187", NULL } },
	{ "n\xc2\xb0 patient RespiRare 8812 ; code client 458921",
	    { NULL }, { "8812", "458921", NULL } },
	{ "code patient 44512 ; identifiant RCP Onco-Nord 44513",
	    { NULL }, { "44512", "44513", NULL } },
	{ "dossier Pigeon 4412 transmis", { NULL }, { "4412",
	    NULL } },
	/* a bare "n°" before a brand-shaped name */
	{ "n\xc2\xb0 OncoBretagne 2231 ; num\xc3\xa9ro RCP "
	    "Onco-Nord 44512", { NULL }, { "2231", "44512", NULL } })

/* A year, a number after a title or a label alone, a unit after it, a
 * code that is no holder's: they stay. */
TEST_SPAN_CASES(test_short_named_look_alikes_kept, &test_default, &S,
	{ "dossier MDPH 2023 en cours", { "2023", NULL }, { NULL } },
	{ "code patient 1234 ; dossier 2231", { "1234", "2231",
	    NULL }, { NULL } },
	{ "dossier Dauphin 4412 mg", { "4412", NULL }, { NULL } },
	{ "code couleur Rouge 2231 ; code porte", { "2231",
	    NULL }, { NULL } },
	{ "score Vigneron 3412 ; le patient 44512", { "3412",
	    "44512", NULL }, { NULL } },
	/* a bare "n°" before a name of no brand's shape, a year */
	{ "n\xc2\xb0 Cordonnier 12345 ; n\xc2\xb0 OncoBretagne 2023",
	    { "12345", "2023", NULL }, { NULL } })

/* A row's number at a record's start of a pasted table with a name,
 * initials or a date in its cells. */
TEST_SPAN_CASES(test_table_row_numbers, &test_default, &S,
	{ "Extraction (tableur) : N\xc2\xb0 / Initiales / DDN -- "
	    "004 / P.R. / 03/05/1950 -- 005 / A.G. / 14/11/1962",
	    { NULL }, { "004", "005", NULL } },
	{ "liste : 012 ; J-P. L. ; 12/03/1961 ; HTA", { "HTA",
	    NULL }, { "012", "J-P. L.", NULL } },
	{ "Patients : 014 | Paul | 12.03.1961 | J.M. | suivi",
	    { NULL }, { "014", "J.M.", NULL } },
	{ "N\xc2\xb0 | Initiales | Date\n017 | K.T. | 21/06/1977 "
	    "| suivi", { NULL }, { "017", NULL } })

TEST_SPAN_CASES(test_table_row_look_alikes_kept, &test_default, &S,
	/* no name nor date in the cells (a date across them is
	 * none) */
	{ "Scores -- 3 / 10 / 7 / 12 -- fin", { "3 /", NULL },
	    { NULL } },
	/* a room's number is no row's start */
	{ "chambre 12 / M. Dupont / 12/03/2025", { "12 /", NULL },
	    { NULL } },
	/* after a colon, a number without a leading zero */
	{ "Liste : 7 ; Paul Martin ; 12/03/1961", { "7 ;", NULL },
	    { NULL } },
	/* capitals with no dot, letters apart: no initials */
	{ "-- 001 / HTA / 12/03/1961 / A B", { "HTA", "A B",
	    NULL }, { NULL } },
	/* two cells only */
	{ "-- 004 / P.R. -- fin", { "004", NULL }, { NULL } })

/* Dates with spaces alone, a one-digit part, "du" or "du mois", Roman
 * numerals between spaces, after a strong cue. */
TEST_SPAN_CASES(test_odd_dates, &test_default, &S,
	{ "n\xc3\xa9" "e le 15 du 6 1982 ; joignable", { NULL },
	    { "15 du 6 1982", NULL } },
	{ "n\xc3\xa9 le 3 du mois 4 1975 \xc3\xa0 Dakar", { NULL },
	    { "3 du mois 4 1975", NULL } },
	{ "n\xc3\xa9" "e le 5 6 1982, DDN 7 11 1964", { NULL },
	    { "5 6 1982", "7 11 1964", NULL } },
	{ "n\xc3\xa9" "e le 15 VI 1982 ; vu le 3 xii 2025", { NULL },
	    { "15 VI 1982", "3 xii 2025", NULL } })

TEST_SPAN_CASES(test_odd_dates_look_alikes_kept, &test_default, &S,
	/* no cue: a list of numbers */
	{ "EVA 5 6 1982 ; doses 15 6 1982 7", { "5 6 1982",
	    "15 6 1982", NULL }, { NULL } },
	/* no valid month, a two-digit year, a stage */
	{ "le 15 du 13 1982 ; le 15 du 6 82", { "13 1982",
	    "6 82", NULL }, { NULL } },
	{ "stade 3 IV 2000 ; groupe 2 IV 2000", { "3 IV 2000",
	    "2 IV 2000", NULL }, { NULL } })

/* A home visit is made where the patient lives. */
TEST_SPAN_CASES(test_home_visit, &test_default, &S,
	{ "VAD au Moulin de Kerbrat ce jour", { NULL },
	    { "Moulin de Kerbrat", NULL } },
	{ "VAD aux Quatre-Chemins, patiente seule", { NULL },
	    { "Quatre-Chemins", NULL } },
	{ "VAD \xc3\xa0 Plouzan\xc3\xa9 pr\xc3\xa9vue", { NULL },
	    { "Plouzan\xc3\xa9", NULL } },
	/* a hamlet's adjective or number and its ordinary noun */
	{ "vit au Petit Bois, 29000 Quimper ; VAD aux Trois "
	    "Ch\xc3\xaanes", { NULL }, { "Petit Bois",
	    "Trois Ch\xc3\xaanes", NULL } },
	{ "habite au Vieux Moulin avec sa fille", { "avec", NULL },
	    { "Vieux Moulin", NULL } })

TEST_SPAN_CASES(test_home_visit_look_alikes_kept, &test_default, &S,
	{ "VAD pr\xc3\xa9vue demain ; intubation : VAD, Cormack 3",
	    { "pr\xc3\xa9vue", "Cormack", NULL }, { NULL } },
	{ "suivi au Moulin de Kerbrat", { "Moulin", NULL },
	    { NULL } },
	/* no word of residence; a surname after the name */
	{ "vu au Petit Bois ; vit au Grand Bois Vigneron",
	    { "vu au Petit Bois", "Vigneron", NULL }, { "Grand Bois",
	    NULL } })

/* Each rule reads a bounded window: linear over repeated cells. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"code patient OncoBretagne 2231 ", "code patient ",
		"Onco-Nord-", "dossier Trajectoire 2231 ",
		"n\xc2\xb0 OncoBretagne 2231 ", "n\xc2\xb0 A-B ",
		"001 / D.M. / 02/10/2025 -- ", "001 / ", "-- 1 / ",
		"| 014 | ", "; 001 ; A.B. ; ", "-- 1 / J-P. L. / 12/03/1961 ",
		"001 / A. / A. / ", "le 15 du 6 1982 ",
		"le 15 du ", "le 5 6 1982 ", "le 15 VI 1982 ",
		"VAD au Moulin de Kerbrat ", "vit au Petit Bois ",
		"vit au Petit Petit ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_named_ids),
		cmocka_unit_test(test_short_named_look_alikes_kept),
		cmocka_unit_test(test_table_row_numbers),
		cmocka_unit_test(test_table_row_look_alikes_kept),
		cmocka_unit_test(test_odd_dates),
		cmocka_unit_test(test_odd_dates_look_alikes_kept),
		cmocka_unit_test(test_home_visit),
		cmocka_unit_test(test_home_visit_look_alikes_kept),
		cmocka_unit_test(test_linear_time),
	};

	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
