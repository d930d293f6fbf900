/* Unit tests of dev21 (docs/scrub.md "Dev families of heldout21
 * (dev21)"), each test failing on main (batch24) without the branch:
 * - the psychotic and manic symptoms as chapter V of CIM-10 writes them
 *   ("idées délirantes", "idées de grandeur", "fuite des idées") and the
 *   brands of antipsychotics, antidepressants and ADHD drugs sold abroad
 *   ("Seroquel", "Lexapro", "Paxil", "Wellbutrin"), which main left raw;
 *   "propos délirants", "élément délirant" and the "effet antabuse" of a
 *   pharmacology note stay;
 * - a ward or a building named after a person, given name and surname
 *   joined by a hyphen after "service", "bâtiment", "secteur",
 *   "réanimation" ("Service Claude-Bernard"), which main took as a name:
 *   kept; a person near the same words still goes ("vu par Pigeon au
 *   pavillon", "service Jean-Pierre Martin", "Dr Vigneron");
 * - a day of this month, in digits or written out ("le 2 de ce mois",
 *   "le deux de ce mois", "le premier du mois", "le 12 du mois
 *   dernier"), which main left raw; "tous les deux mois", "les deux du
 *   mois", "le 3 du comprimé" stay;
 * - a student's residence ("Résidence universitaire Cité U Paillade",
 *   "Cité universitaire de Villejean"), a young workers' hostel ("FJT Les
 *   Acacias") and a room with its wing's letter there ("chambre A-213"),
 *   which main left raw (wholly or in part); a hospital's "chambre
 *   A-213" and a vaccine's "lot A-214" stay;
 * - a birthplace abroad, hyphenated, by its French name ("né à
 *   Hô-Chi-Minh-Ville", "née à Addis-Abeba"), which main took in part as
 *   a name: kept, as a town alone is; "Mme Durand-Ville" still goes.
 * The detectors alone (detect_run), as test_dev20.c. */
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

/* Symptoms and foreign brands of the mental health group go; the
 * delusion's words that the hand sets leave stay. */
TEST_SPAN_CASES(test_psychiatric_terms, &test_default, &S,
	{ "VAD : logement encombr\xc3\xa9, id\xc3\xa9" "es "
	    "d\xc3\xa9lirantes de pers\xc3\xa9" "cution envers les "
	    "voisins.", { "logement", NULL },
	    { "id\xc3\xa9" "es d\xc3\xa9lirantes", NULL } },
	{ "Peut-on \xc3\xa9" "craser le Seroquel LP ? R\xc3\xa9ponse "
	    ": non.", { "craser", NULL }, { "Seroquel", NULL } },
	{ "Traitement au Portugal : Lexapro 10 mg, Paxil arr\xc3\xaat"
	    "\xc3\xa9.", { "Portugal", NULL }, { "Lexapro", "Paxil" } },
	{ "Lettre du Canada : Wellbutrin XL, Vyvanse 30 mg.",
	    { "Canada", NULL }, { "Wellbutrin", "Vyvanse" } },
	{ "Accès maniaque, id\xc3\xa9" "es de grandeur, fuite des "
	    "id\xc3\xa9" "es.", { NULL }, { "id\xc3\xa9" "es de grandeur",
	    "fuite des id\xc3\xa9" "es" } },
	{ "Propos d\xc3\xa9lirants sur le b\xc3\xa9" "b\xc3\xa9, pas "
	    "d'\xc3\xa9l\xc3\xa9ment d\xc3\xa9lirant ; effet antabuse "
	    "du m\xc3\xa9tronidazole.", { "Propos d\xc3\xa9lirants",
	    "ment d\xc3\xa9lirant", "effet antabuse" },
	    { NULL } })

/* Wards and buildings named after a person stay; a person beside them
 * goes. */
TEST_SPAN_CASES(test_ward_eponyms, &test_default, &S,
	{ "Service Claude-Bernard, 3e \xc3\xa9tage, unit\xc3\xa9 de "
	    "m\xc3\xa9" "decine interne.", { "Claude-Bernard", NULL },
	    { NULL } },
	{ "H\xc3\xb4pital Paul-Brousse, service Jean-Dausset.",
	    { "Jean-Dausset", NULL }, { NULL } },
	{ "Transfert en R\xc3\xa9" "animation Claude-Bernard 2 puis "
	    "au b\xc3\xa2timent Jean-Moulin.", { "Claude-Bernard",
	    "Jean-Moulin", NULL }, { NULL } },
	{ "Vu par Pigeon au pavillon Claude-Bernard.",
	    { "Claude-Bernard", NULL }, { "Pigeon", NULL } },
	{ "Avis du Dr Vigneron, service Claude-Bernard.",
	    { "Claude-Bernard", NULL }, { "Vigneron", NULL } },
	{ "Appel du service Jean-Pierre Martin, secteur Pasteur.",
	    { "Pasteur", NULL }, { "Jean-Pierre", "Martin" } })

/* A birthplace abroad by its French name stays, as a town alone does;
 * the person beside it goes. */
TEST_SPAN_CASES(test_birthplace_abroad, &test_default, &S,
	{ "Visite d'embauche de M. Nguyen Huu Phuoc, n\xc3\xa9 \xc3\xa0 "
	    "H\xc3\xb4-Chi-Minh-Ville, soudeur.", { "Chi-Minh-Ville",
	    NULL }, { "Nguyen", "Phuoc" } },
	{ "Mme Durand-Ville, n\xc3\xa9" "e \xc3\xa0 Addis-Abeba.",
	    { "Addis-Abeba", NULL }, { "Durand-Ville", NULL } })

/* A day of this month goes, in digits or in words; counts and doses
 * stay. */
TEST_SPAN_CASES(test_day_of_this_month, &test_default, &S,
	{ "Hospitalis\xc3\xa9" "e depuis le deux de ce mois pour une "
	    "pneumopathie.", { "pneumopathie", NULL }, { "deux", NULL } },
	{ "Chute le 7 de ce mois, vue le 12 du mois dernier.",
	    { "Chute", NULL }, { "7", "12" } },
	{ "Vue le premier du mois, revue le vingt-trois du mois "
	    "dernier.", { "Vue", NULL }, { "premier", "vingt-trois" } },
	{ "Injection tous les deux mois ; les deux du mois sont "
	    "pass\xc3\xa9s ; le 3 du comprim\xc3\xa9.",
	    { "tous les deux mois", "les deux du mois", "le 3 du" },
	    { NULL } },
	{ "Contr\xc3\xb4le le 1er du mois.", { NULL }, { "1er", NULL } })

/* A student's residence, a young workers' hostel and a room with its
 * wing's letter go as an address; a hospital's room and a vaccine's lot
 * stay. */
TEST_SPAN_CASES(test_student_residences, &test_default, &S,
	{ "Mlle Li, \xc3\xa9tudiante, R\xc3\xa9sidence universitaire "
	    "Cit\xc3\xa9 U Paillade, chambre A-213, 34080 Montpellier.",
	    { "tudiante", NULL }, { "R\xc3\xa9sidence universitaire",
	    "A-213" } },
	{ "Cit\xc3\xa9 universitaire de Villejean, chambre 12.",
	    { NULL }, { "Cit\xc3\xa9 universitaire de Villejean",
	    "chambre 12" } },
	{ "Vit en r\xc3\xa9sidence \xc3\xa9tudiante Les Estudines, "
	    "ch. B-12.", { "Vit", NULL }, { "Estudines", "B-12" } },
	{ "Adresse : FJT Les Acacias, chambre 12.", { "Adresse", NULL },
	    { "FJT Les Acacias", "chambre 12" } },
	{ "Patient en chambre A-213 du service, vaccin lot A-214.",
	    { "A-213", "A-214", NULL }, { NULL } })

static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"le deux du mois ", "le 2 de ce mois ", "de ce mois ",
		"du mois ", "le vingt-trois du mois ", "deux du mois ",
		"Service Claude-Bernard ", "service Jean-Pierre-Marie ",
		"Claude-Bernard-", "service A-B ", "idees delirantes ",
		"Seroquel ", "chambre A-213 ", "FJT Les Acacias, chambre 12, ",
		"residence universitaire ", "Cite U ", "A-2 ", "A-B-C-Ville ",
		"ne a A-B ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_psychiatric_terms),
		cmocka_unit_test(test_ward_eponyms),
		cmocka_unit_test(test_day_of_this_month),
		cmocka_unit_test(test_student_residences),
		cmocka_unit_test(test_birthplace_abroad),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
