/* Unit tests of dev24 (docs/scrub.md "heldout24's dev families (dev24)"),
 * each test failing on batch26d (main 9151561 + heldout24) without the
 * branch:
 * - ids after keys main did not know: an organ recipient's number on the
 *   national list ("n° CRISTAL 1190523", main took the digits without
 *   the register's name), a prison register's four digits ("écrou
 *   7845", "n° d'écrou : 4471", "numéro de détenu 3302", left raw), a
 *   stay's number with one letter between its groups ("séjour
 *   2025-H-41177", left raw); "dossier 2231", "écrou 7845 mg" stay.
 * - a blood pressure after its word and "à" ("HTA à 18/10", "TA à
 *   12/8", "tension à 16/9"), which main took as a date: kept; "rdv à
 *   18/10", "HTA, revue à 18/10", "HTA depuis le 18/10", "Mme Pigeon à
 *   18/10" and "TA à 8/12" (first number below the second) still go.
 * - given names after a birth's, the twins' or a dictated comma's word
 *   ("le bébé s'appellera Lou", "leurs jumelles Elira et Erza",
 *   "Jumelles Merle : Rose (J1, 2600 g) et Jade (J2, 2410 g)",
 *   "nouveau-né prénommé Jade", "Madame Lamour point virgule Claire"),
 *   which main left raw; "le bébé va bien", "bébé Apgar 9", "virgule
 *   Rose" after no name, "le bébé Calme et Souriant", a surname that is a word and of no list ("le
 *   bébé Pigeon pleure": no given name's cue reads it) stay.
 * - a prison cell as the prisoner's home (docs/scrub.md's rooms
 *   convention: a cell is an address in a comment that names a prison):
 *   its wing after it ("cellule 04 du quartier arrivants", "cellule 12
 *   au quartier des femmes"), of which main took the cell alone, and
 *   the incarceration, cellmates or the visiting room as the comment's
 *   prison word ("Cellule 212, ... jusqu'à l'incarcération"), where
 *   main left the cell raw; "les cellules 200 par mm3" stays.
 * - a name's spellings in a slash list beside it ("Nourzaï / Noorzai /
 *   Nurzay Khalil", "M. Nurzay Khalil / Noorzai"), which main left raw
 *   but the one found; "Mme Pigeon / Doliprane", "M. Martin /
 *   Cardiologie", "Dr Roux / IDE", "M. Martin / Lyon" stay (and
 *   "Orocal / Martin", a drug of another first letter).
 * - a table's row pasted with " ; " between its cells (four cells or more
 *   of 40 bytes at most on a line): the first name's and the capitals
 *   surname's cells before a date's ("LECOQ ; Jean ; 03/03/1941 ; 12 rue
 *   Nationale ; 37000"), which main left raw (it read ';' as a cell's
 *   only when glued); "HTA ; Paul" (an acronym), "Glycémie ; 12/03/2024",
 *   prose with semicolons stay.
 * The detectors alone (detect_run), as test_dev23.c. */
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

/* Ids after a register's or a stay's key go whole; a file's four digits
 * and a dose stay. */
TEST_SPAN_CASES(test_ids_after_new_keys, &test_default, &S,
	{ "Inscription de M. Vigneron (n\xc2\xb0 CRISTAL 1190523) ; "
	    "groupe O.", { "groupe", NULL }, { "CRISTAL 1190523",
	    NULL } },
	{ "n\xc2\xb0 Cristal 4471208, appel de greffon", { "appel",
	    NULL }, { "4471208", NULL } },
	{ "CP de Lannemezan, USMP : \xc3\xa9" "crou 7845, "
	    "h\xc3\xa9patite C.", { "Lannemezan", NULL }, { "7845",
	    NULL } },
	{ "n\xc2\xb0 d'\xc3\xa9" "crou : 4471 ; vu ce jour",
	    { "vu ce jour", NULL }, { "4471", NULL } },
	{ "num\xc3\xa9ro de d\xc3\xa9tenu 3302, b\xc3\xa2timent B",
	    { NULL }, { "3302", NULL } },
	{ "\xc3\xa9" "crou n\xc2\xb0 1990.", { NULL }, { "1990",
	    NULL } },
	{ "R\xc3\xa9" "f. : s\xc3\xa9jour 2025-H-41177. Cher ami",
	    { "Cher ami", NULL }, { "2025-H-41177", NULL } },
	{ "dossier 2025-B-0412 transmis", { "transmis", NULL },
	    { "2025-B-0412", NULL } },
	{ "dossier 2231 vu", { "2231", NULL }, { NULL } },
	{ "\xc3\xa9" "crou 7845 mg", { "7845", NULL }, { NULL } },
	{ "vis 3-A-12 serr\xc3\xa9" "e", { "3-A-12", NULL }, { NULL } })

/* A blood pressure after "à" stays; dates that look like it go. */
TEST_SPAN_CASES(test_pressure_after_a, &test_default, &S,
	{ "Mme Vigneron, HTA Ã  18/10, pas de traitement",
	    { "18/10", NULL }, { "Vigneron", NULL } },
	{ "TA Ã  12/8 ce matin", { "12/8", NULL }, { NULL } },
	{ "tension Ã  16/9, revue demain", { "16/9", NULL },
	    { NULL } },
	{ "rdv Ã  18/10 pour la suite", { NULL }, { "18/10",
	    NULL } },
	{ "HTA, revue Ã  18/10", { NULL }, { "18/10", NULL } },
	{ "HTA depuis le 18/10", { NULL }, { "18/10", NULL } },
	{ "Mme Pigeon Ã  18/10", { NULL }, { "Pigeon", "18/10",
	    NULL } },
	{ "HTA Ã  18/10/2025", { NULL }, { "18/10/2025",
	    NULL } })

/* Babies' and twins' given names after their cue go; words stay. */
TEST_SPAN_CASES(test_birth_given_names, &test_default, &S,
	{ "Mme Caille, 31 SA ; le b\xc3\xa9" "b\xc3\xa9 s'appellera "
	    "Lou ; les parents", { "parents", NULL }, { "Lou",
	    NULL } },
	{ "leurs jumelles Elira et Erza, 3 ans", { "3 ans", NULL },
	    { "Elira", "Erza", NULL } },
	{ "Jumelles Merle : Rose (J1, 2600 g) et Jade (J2, 2410 g).",
	    { "2600 g", NULL }, { "Rose", "Jade", NULL } },
	{ "nouveau-n\xc3\xa9 pr\xc3\xa9nomm\xc3\xa9 Ambre, 3 kg",
	    { "3 kg", NULL }, { "Ambre", NULL } },
	{ "Madame Lamour point virgule Claire trois enfants",
	    { "trois enfants", NULL }, { "Lamour", "Claire", NULL } },
	{ "les jumeaux L\xc3\xa9o, Hugo et Tom vont bien",
	    { "vont bien", NULL }, { "Hugo", "Tom", NULL } },
	{ "le b\xc3\xa9" "b\xc3\xa9 Va bien", { "Va bien", NULL },
	    { NULL } },
	{ "b\xc3\xa9" "b\xc3\xa9 Apgar 9", { "Apgar", NULL },
	    { NULL } },
	{ "virgule Rose", { "Rose", NULL }, { NULL } },
	{ "le b\xc3\xa9" "b\xc3\xa9 Calme et Souriant", { "Calme et "
	    "Souriant", NULL }, { NULL } })

/* A prison cell goes with its wing; biology's cells stay. */
TEST_SPAN_CASES(test_prison_cells, &test_default, &S,
	{ "SMPR : M. Vigneron ; cellule 04 du quartier arrivants, "
	    "surveillance", { "surveillance", NULL },
	    { "cellule 04 du quartier arrivants", NULL } },
	{ "USMP : cellule 12 au quartier des femmes ce jour",
	    { "ce jour", NULL }, { "cellule 12 au quartier des femmes",
	    NULL } },
	{ "Cellule 212, b\xc3\xa2t. A : h\xc3\xa9ro\xc3\xafne "
	    "jusqu'\xc3\xa0 l'incarc\xc3\xa9ration", { NULL },
	    { "Cellule 212", NULL } },
	{ "cellule 12 apr\xc3\xa8s le parloir annul\xc3\xa9",
	    { "parloir", NULL }, { "cellule 12", NULL } },
	{ "les cellules 200 par mm3, incarc\xc3\xa9ration",
	    { "cellules 200", NULL }, { NULL } },
	{ "USMP : cellule 12 du quartier 3", { "quartier 3", NULL },
	    { "cellule 12", NULL } })

/* A name's other spellings in a slash list go; a drug, a ward, a city
 * after the slash stay. */
TEST_SPAN_CASES(test_name_spellings, &test_default, &S,
	{ "Nourza\xc3\xaf / Noorzai / Nurzay Khalil : trois dossiers",
	    { "trois dossiers", NULL }, { "Nourza", "Noorzai",
	    "Nurzay Khalil" } },
	{ "M. Nurzay Khalil / Noorzai, fusion des dossiers",
	    { "fusion", NULL }, { "Noorzai", NULL } },
	{ "Mme Pigeon / Doliprane 1 g", { "Doliprane", NULL },
	    { "Pigeon", NULL } },
	{ "M. Martin / Cardiologie", { "Cardiologie", NULL },
	    { "Martin", NULL } },
	{ "Dr Roux / IDE de nuit", { "IDE", NULL }, { NULL } },
	{ "M. Martin / Lyon", { "Lyon", NULL }, { "Martin", NULL } })

/* A row pasted with " ; " between cells gives its name's cells. */
TEST_SPAN_CASES(test_semicolon_rows, &test_default, &S,
	{ "LECOQ ; Jean ; 03/03/1941 ; 12 rue Nationale ; 37000 ; "
	    "HDJ", { "HDJ", NULL }, { "LECOQ", "Jean", NULL } },
	{ "PIGEON ; Marie ; 12/03/1961 ; HDJ ; OK", { "HDJ", NULL },
	    { "PIGEON", "Marie", NULL } },
	{ "vu ce jour ; pas de fi\xc3\xa8vre ; Glyc\xc3\xa9mie ; "
	    "12/03/2024", { "Glyc", NULL }, { NULL } },
	{ "HTA ; Paul ; 12/03/1961 ; suivi", { "HTA", NULL },
	    { "Paul", NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"ecrou 7845 ", "n d ecrou 7845 ", "ecrou n n n ",
		"n CRISTAL 1190523 ", "sejour 2025-H-41177 ", "2025-H-",
		"1-A-2-B-3 ", "HTA a 18/10 ", "TA a a 12/8 ",
		"jumelles Rose et ", "bebe Lou (J1) et ", "jumeaux Merle : ",
		"Lamour point virgule Claire ", "nouveau-ne ",
		"jumelles Elira et Erza, ", "USMP cellule 4 du quartier des ",
		"cellule 12 du quartier ", "du quartier du quartier ",
		"Nourzai / ", "M. Nurzay / Noorzai / ", "Mme Martin/Durand ",
		"PIGEON ; Marie ; 12/03/1961 ; ", "a ; ", " ; ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_after_new_keys),
		cmocka_unit_test(test_pressure_after_a),
		cmocka_unit_test(test_birth_given_names),
		cmocka_unit_test(test_prison_cells),
		cmocka_unit_test(test_name_spellings),
		cmocka_unit_test(test_semicolon_rows),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
