/* Unit tests of the twenty-seventh names pass (docs/scrub.md "Names,
 * twenty-seventh pass (names27)"): names written without capitals or
 * without a full title, as terse nurse and secretary notes write them.
 * A bare "M" (no dot) or "m." before a name in lower case ("pour M hamon
 * rené", "voisin m. lebreton"); a relative or a carer then a name of the
 * lists in lower case with no colon, before what follows a person ("sage-
 * femme sauvage a appelé", "ide marie passera", "sa nièce duc à 11h",
 * "son fils lebrun 06 ..."); a column of initials under its heading
 * ("Initiales / ... / D.M. /").  Main left them raw.  Beside them, the
 * look-alikes that stay: "M" as a unit or a size ("2 M", "M1", "taille
 * M rose"), a title before an ordinary word ("pour M le patient"), the
 * adjectives and the nouns of a number after kin and carers ("fils
 * cadet", "kiné respiratoire", "fille portable 06 ...", "kiné
 * secrétariat (04 ...)"), a participle, a unit's hyphen ("unité
 * mère-bébé (UMB)"), dotted capitals with no heading of initials.  The
 * detectors alone (detect_run), without row values, in both modes. */
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

/* A bare "M", "m." or "m" before a name in lower case: gone. */
TEST_SPAN_CASES(test_bare_m_title, &test_default, &S,
	{ "non re\xc3\xa7u au labo pour M hamon ren\xc3\xa9 (ch 9), merci",
	    { "labo", "merci", NULL }, { "hamon", "ren\xc3\xa9", NULL } },
	{ "vu M durand ce matin", { "vu", "matin", NULL },
	    { "durand", NULL } },
	{ "M leroy a appel\xc3\xa9", { "appel\xc3\xa9", NULL },
	    { "leroy", NULL } },
	{ "son voisin m. lebreton a appel\xc3\xa9",
	    { "voisin", NULL }, { "lebreton", NULL } },
	{ "tube pour m hamon ren\xc3\xa9 ce jour", { "tube", "jour",
	    NULL }, { "hamon", "ren\xc3\xa9", NULL } },
	{ "vu M baron ce matin", { "vu", "matin", NULL },
	    { "baron", NULL } })

/* "M" as a unit, a size, a stage, or before an ordinary word: kept. */
TEST_SPAN_CASES(test_bare_m_lookalikes, &test_default, &S,
	{ "solution 2 M de NaCl", { "solution", "NaCl", NULL },
	    { NULL } },
	{ "bas de contention taille M rose", { "taille", "rose", NULL },
	    { NULL } },
	{ "taille M blanc", { "blanc", NULL }, { NULL } },
	{ "groupe M martin p\xc3\xaa" "cheur", { "groupe", "martin", NULL },
	    { NULL } },
	{ "pour M le patient", { "patient", NULL }, { NULL } },
	{ "M marie", { "marie", NULL }, { NULL } },
	{ "dose de M rose", { "dose", "rose", NULL }, { NULL } },
	{ "prise 3 m durand", { "prise", NULL }, { NULL } },
	{ "m hamon seul", { "hamon", "seul", NULL }, { NULL } })

/* A relative or a carer, then a name in lower case with no colon before
 * a verb, a call to come, "à", a phone or a parenthesis: gone. */
TEST_SPAN_CASES(test_relative_lower_name, &test_default, &S,
	{ "sage-femme sauvage a appel\xc3\xa9 ce matin",
	    { "sage", "matin", NULL }, { "sauvage", NULL } },
	{ "suivi par la sage-femme sauvage \xc3\xa0 la clinique",
	    { "suivi", "clinique", NULL }, { "sauvage", NULL } },
	{ "ide marie passera demain", { "ide", "demain", NULL },
	    { "marie", NULL } },
	{ "pr\xc3\xa9venu sa ni\xc3\xa8" "ce duc \xc3\xa0 11h",
	    { "sa", NULL }, { "duc", NULL } },
	{ "son fils lebrun 06 12 34 56 78", { "fils", NULL },
	    { "lebrun", NULL } })

/* The adjectives and nouns that follow kin and carers, before a verb, a
 * phone or "à", and a unit's hyphen: kept. */
TEST_SPAN_CASES(test_relative_lower_lookalikes, &test_default, &S,
	{ "fils cadet a appel\xc3\xa9", { "cadet", NULL }, { NULL } },
	{ "fille unique a appel\xc3\xa9", { "unique", NULL }, { NULL } },
	{ "kin\xc3\xa9 respiratoire (04 91 22 33 44)",
	    { "respiratoire", NULL }, { NULL } },
	{ "kin\xc3\xa9 cabinet (04 91 22 33 44)", { "cabinet", NULL },
	    { NULL } },
	{ "kin\xc3\xa9 secr\xc3\xa9tariat (04 91 22 33 44)",
	    { "tariat", NULL }, { NULL } },
	{ "fille pharmacie 06 12 34 56 78", { "pharmacie", NULL },
	    { NULL } },
	{ "fille portable 06 12 34 56 78", { "portable", NULL },
	    { NULL } },
	{ "son mari handicap\xc3\xa9 (06 12 34 56 78)",
	    { "handicap\xc3\xa9", NULL }, { NULL } },
	{ "fille aidante (06 12 34 56 78)", { "aidante", NULL },
	    { NULL } },
	{ "sage-femme lib\xc3\xa9rale passera", { "lib\xc3\xa9rale",
	    NULL }, { NULL } },
	{ "ide de nuit pr\xc3\xa9venue", { "nuit", NULL }, { NULL } },
	{ "sa fille pr\xc3\xa9sente \xc3\xa0 la visite",
	    { "pr\xc3\xa9sente", NULL }, { NULL } },
	{ "Transfert en unit\xc3\xa9 m\xc3\xa8re-b\xc3\xa9" "b\xc3\xa9 (UMB)",
	    { "b\xc3\xa9" "b\xc3\xa9", NULL }, { NULL } })

/* A column of initials under its heading, in a pasted table: each
 * cell's initials gone whole (heldout17 dev's convention: one name). */
TEST_SPAN_CASES(test_initials_table, &test_default, &S,
	{ "Tableau : N\xc2\xb0 pt / Initiales / Date incl. -- 001 / D.M. "
	    "/ 02/10/2025 -- 002 / L.K. / 16/10/2025", { "Tableau",
	    "Initiales", NULL }, { "D.M.", "L.K.", NULL } },
	{ "Initiales patient : J.P.D. ; inclus le 3/10",
	    { "Initiales", "inclus", NULL }, { "J.P.D.", NULL } })

/* Dotted capitals with no heading of initials before them, glued to a
 * word, or four of them: kept. */
TEST_SPAN_CASES(test_initials_table_lookalikes, &test_default, &S,
	{ "Tableau : N\xc2\xb0 pt / Groupe / Date -- 001 / B.A. / 3/10",
	    { "B.A.", NULL }, { NULL } },
	{ "Initiales / Date -- A.B.C.D. / 3/10", { "A.B.C.D.", NULL },
	    { NULL } },
	{ "Initiales / Date -- 001 / B.A.Ba / 3/10", { "B.A.Ba", NULL },
	    { NULL } },
	{ "initiales du patient : JD", { "JD", NULL }, { NULL } })

/* Each rule reads a bounded window: a title and two words, a relative,
 * a word and the two after it. */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"pour M hamon ", "M M M ", "voisin m. lebreton ", "m hamon rene ",
		"ide marie passera ", "fils fils ", "kine lebrun (04 91 22 33 44) ",
		"sage-femme sauvage a appele ", "fille duc \xc3\xa0 ",
		"Initiales / D.M. / ", "Initiales D.M.D.M.D.M. ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bare_m_title),
		cmocka_unit_test(test_bare_m_lookalikes),
		cmocka_unit_test(test_relative_lower_name),
		cmocka_unit_test(test_relative_lower_lookalikes),
		cmocka_unit_test(test_initials_table),
		cmocka_unit_test(test_initials_table_lookalikes),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
