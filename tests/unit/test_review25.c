/* Unit tests of the twenty-fifth review (docs/threat-model.md "Review,
 * twenty-fifth pass (review25)"): what the final read of the
 * twenty-third pass's batch found and fixed.
 *
 * - A programme's name after its member's role is no name (precision24,
 *   detect_thing.c programme_member: "Sage-femme PRADO :", "l'interne
 *   Erasmus :"), but the merge with roles26 let any carer or staff of the
 *   role table be a member (70 more words: "cardiologue", "cadre",
 *   "chirurgien", "secrétaire"), and a surname Prado, Erasmus or Asalée
 *   written after one of them was kept ("avis du cardiologue PRADO"): main
 *   hid it, the hand sets hold no such programme.  The members are the
 *   programmes' own again.  The detectors alone (detect_run), in both
 *   modes. */
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

/* A programme's name after a role that is none of its members' is a
 * person's surname; after a member it stays (precision24's cases). */
TEST_SPAN_CASES(test_programme_member_roles, &test_default, &S,
	/* staff and carers that are no programme's members: a
	 * person (fails at 984b616) */
	{ "Avis du cardiologue PRADO ce matin.", { NULL },
	    { "PRADO", NULL } },
	{ "Courrier au cadre PRADO.", { NULL }, { "PRADO", NULL } },
	{ "Vu par le chirurgien Erasmus ce jour.", { NULL },
	    { "Erasmus", NULL } },
	{ "Appel de la secr\xc3\xa9taire ASALEE hier.", { NULL },
	    { "ASALEE", NULL } },
	{ "Le kin\xc3\xa9 PRADO passe demain.", { NULL },
	    { "PRADO", NULL } },
	/* the members: the programme stays */
	{ "Sage-femme PRADO : Mme Rigaud.", { "PRADO", NULL },
	    { "Rigaud", NULL } },
	{ "Infirmi\xc3\xa8re PRADO : pansement.", { "PRADO", NULL },
	    { NULL } },
	{ "Conseill\xc3\xa8re PRADO : appel.", { "PRADO", NULL },
	    { NULL } },
	{ "\xc3\x89tudiante Erasmus, en stage.", { "Erasmus", NULL },
	    { NULL } },
	{ "Pour l'interne Erasmus : vu.", { "Erasmus", NULL },
	    { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_programme_member_roles),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
