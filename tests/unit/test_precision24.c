/* Unit tests of the twenty-fourth precision pass (docs/scrub.md
 * "Precision, twenty-fourth pass (precision24)"): a thing of the closed
 * lists (a programme, a laboratory network, a device's maker) right
 * after a role's word or as a note's heading ("Sage-femme PRADO :",
 * "l'interne Erasmus :", "Erasmus :", "labo externe (Cerba)", "pompe
 * externe Medtrum :") is no name; a car's model named like a given name
 * after its maker or alone after "voiture" ("voiture Renault Mégane",
 * "voiture Clio") is no name.  Beside each, the look-alikes that still
 * go: a surname there, listed or an ordinary word in no list ("l'interne
 * Pigeon", "Sage-femme Vigneron :", "labo externe (Tisserand)", "pompe
 * externe Cordonnier", "voiture Clio Tisserand", "voiture Renault
 * Marie"), a programme spelt as a given name or after a
 * title or a wife ("Sophia :", "Mme Prado :", "sa femme PRADO"), a verb
 * after it, and the patient's own name (the row's values).  And two
 * families of the generated dev set: a relative's noun after a
 * possessive in capitals ("SON NEVEU KOUADIO"), the "le" of a date after
 * a name ("Mme Fonseca le Septembre 2023").  The detectors alone
 * (detect_run), in both modes. */
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

/* A programme, a laboratory or a device's maker after a role's word or
 * as a heading stays; a surname there goes. */
static void
test_listed_thing_after_role(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Sage-femme PRADO : Mme Rigaud.", { "PRADO", NULL },
		    { "Rigaud", NULL } },
		{ "En English pour l'interne Erasmus : \"pt in room 4\".",
		    { "Erasmus", NULL }, { NULL } },
		{ "Erasmus : M. Kelly Ciar\xc3\xa1n, \xc3\xa9tudiant.",
		    { "Erasmus", NULL }, { "Kelly", "Ciar\xc3\xa1n", NULL } },
		{ "PRADO : Mme Rigaud passe demain.", { "PRADO", NULL },
		    { "Rigaud", NULL } },
		{ "Retour labo externe (Cerba) : \xc3\xa9lectrophor\xc3\xa8se.",
		    { "Cerba", NULL }, { NULL } },
		{ "pompe externe Medtrum : Mme Carri\xc3\xa8re Maryse.",
		    { "Medtrum", NULL }, { "Carri\xc3\xa8re", "Maryse", NULL } },
		/* look-alikes: a person there */
		{ "L'interne Pigeon : patient vu.", { NULL },
		    { "Pigeon", NULL } },
		{ "Sage-femme Vigneron : Mme Rigaud.", { NULL },
		    { "Vigneron", "Rigaud", NULL } },
		{ "Sage-femme CHAPELLE : Mme Rigaud.", { NULL },
		    { "CHAPELLE", NULL } },
		{ "Retour labo externe (Tisserand) : vu.", { NULL },
		    { "Tisserand", NULL } },
		{ "pompe externe Cordonnier : vu.", { NULL },
		    { "Cordonnier", NULL } },
		{ "Dupont : appel de la fille.", { NULL }, { "Dupont", NULL } },
		{ "Sophia : appel de la fille.", { NULL }, { "Sophia", NULL } },
		{ "Mme Prado : appel de la fille.", { NULL },
		    { "Prado", NULL } },
		{ "sa femme PRADO : appel.", { NULL }, { "PRADO", NULL } },
		{ "l'interne Erasmus a appel\xc3\xa9.", { NULL },
		    { "Erasmus", NULL } },
		{ "l'interne Erasmus Jean : vu.", { NULL },
		    { "Erasmus", "Jean", NULL } },
		{ "Vu avec l'externe Cerba Jean ce jour.", { NULL },
		    { "Cerba", "Jean", NULL } },
		{ "pompe externe Renault Marie : vu.", { NULL },
		    { "Renault", "Marie", NULL } },
	};
	static const struct detect_value prado[] = {
		{ DETECT_IDENT_LAST_NAME, "PRADO", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Luis", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient named like the programme: his name goes there */
	test_row_word_gone(&test_default, &S, "Sage-femme PRADO : vu.",
	    prado, N(prado), "PRADO");
	test_row_word_gone(&test_recall, &S, "PRADO : appel du patient.",
	    prado, N(prado), "PRADO");
}

/* A car's model named like a given name, after its maker or alone after
 * "voiture", stays; a given name and a surname there, or a name of the
 * lists that is no model, go. */
static void
test_car_models(void **state)
{
	static const struct test_span_case cases[] = {
		{ "a une voiture Renault M\xc3\xa9gane grise FS-772-QH.",
		    { "Renault", "M\xc3\xa9gane", NULL }, { "FS-772-QH", NULL } },
		{ "voiture Clio immatricul\xc3\xa9" "e GH-482-TK.",
		    { "Clio", NULL }, { "GH-482-TK", NULL } },
		{ "voiture Dacia Logan grise.", { "Dacia", "Logan", NULL },
		    { NULL } },
		{ "voiture Opel Adam grise.", { "Opel", "Adam", NULL },
		    { NULL } },
		/* look-alikes: a person there */
		{ "voiture Renault Marie grise.", { NULL },
		    { "Renault", "Marie", NULL } },
		{ "voiture Clio Tisserand grise.", { NULL },
		    { "Clio", "Tisserand", NULL } },
		{ "voiture Clio Cordonnier grise.", { NULL },
		    { "Clio", "Cordonnier", NULL } },
		/* (the ordinary word after the name stays raw there at
		 * 4be6930 already: a surname of the lexicon after a name) */
		{ "voiture Renault Clio Pigeon grise.", { NULL },
		    { "Clio", NULL } },
		{ "voiture Renault Clio Kerouredan grise.", { NULL },
		    { "Clio", "Kerouredan", NULL } },
		{ "voiture Clio Dupont grise.", { NULL },
		    { "Clio", "Dupont", NULL } },
		{ "voiture de Zo\xc3\xa9 grise.", { NULL },
		    { "Zo\xc3\xa9", NULL } },
		{ "voiture Opel Clio grise.", { NULL }, { "Clio", NULL } },
		{ "voiture Karl grise.", { NULL }, { "Karl", NULL } },
		{ "Mme Clio vue ce jour.", { NULL }, { "Clio", NULL } },
		{ "stimulateur Clio pos\xc3\xa9.", { NULL }, { "Clio", NULL } },
	};
	static const struct detect_value zoe[] = {
		{ DETECT_IDENT_LAST_NAME, "MARTIN", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Zo\xc3\xa9", 4 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* the patient whose first name is a model: it goes there too */
	test_row_word_gone(&test_default, &S, "voiture Zo\xc3\xa9 blanche.",
	    zoe, N(zoe), "Zo\xc3\xa9");
	test_row_word_gone(&test_recall, &S,
	    "voiture Renault Zo\xc3\xa9 blanche.", zoe, N(zoe), "Zo\xc3\xa9");
}

/* A relative's noun after a possessive is no name, in capitals too
 * ("SON NEVEU KOUADIO"); the name after it, and a relative's noun that
 * is a surname after a title or at a line's start, still go. */
TEST_SPAN_CASES(test_kin_after_possessive, &test_default, &S,
	{ "VIT AVEC SON NEVEU KOUADIO.", { "NEVEU", NULL },
	    { "KOUADIO", NULL } },
	{ "MSG LAISSE A SON VOISIN MARIE-JOSEE BERTIN SUR REPONDEUR.",
	    { "VOISIN", NULL }, { "MARIE-JOSEE", "BERTIN", NULL } },
	{ "VIT AVEC SON NEVEU VIGNERON PAUL.", { "NEVEU", NULL },
	    { "VIGNERON", "PAUL", NULL } },
	{ "VIT AVEC SON VOISIN CHAPELLE.", { "VOISIN", NULL },
	    { "CHAPELLE", NULL } },
	/* look-alikes: the surname Neveu */
	{ "M. NEVEU PIERRE VU.", { NULL }, { "NEVEU", "PIERRE", NULL } },
	{ "NEVEU PIERRE PR\xc3\x89SENT.", { NULL },
	    { "NEVEU", "PIERRE", NULL } })

/* The "le" of a date after a name ("Mme Fonseca le Septembre 2023") is
 * no particle of the name; a particle before a name still goes with it. */
TEST_SPAN_CASES(test_date_le_after_name, &test_default, &S,
	{ "Mme Fonseca le Septembre 2023 a 2h10.", { "le", NULL },
	    { "Fonseca", "Septembre", NULL } },
	{ "Mme Cordonnier le Ao\xc3\xbbt 2024 \xc3\xa0 2h10.",
	    { "le", NULL }, { "Cordonnier", "Ao\xc3\xbbt", NULL } },
	{ "vu par Dr Loic le Juillet 2017.", { "le", NULL },
	    { "Loic", "Juillet", NULL } },
	/* look-alikes: a particle of a name */
	{ "Mme Pigeon Le Goff vue.", { NULL },
	    { "Pigeon", "Le", "Goff" } },
	{ "Mme Le Mai vue.", { NULL }, { "Le", "Mai", NULL } },
	{ "M. LE BRAS vu le 3 mars.", { NULL }, { "LE", "BRAS", NULL } },
	/* an address's word after the particle: the name's still */
	{ "Mme de la Tour Hugo vue ce jour.", { NULL },
	    { "de", "la", "Tour" } })

/* The rules look one or two words back (the role, the maker, the noun)
 * and one ahead (a colon, a capital after the model). */
static void
test_linear_time(void **state)
{
	static const char *const units[] = {
		"Sage-femme PRADO : ", "PRADO : ", "Erasmus : ",
		"l'interne Erasmus ", "labo externe (Cerba) ",
		"pompe externe Medtrum : ", "voiture Renault M\xc3\xa9gane ",
		"voiture Clio ", "Clio Clio ", "voiture Renault Clio Clio ",
		"Renault Clio ", "SON NEVEU ", "SON NEVEU KOUADIO ",
		"Mme Fonseca le Septembre 2023 ", "Fonseca le ", "le Le ",
	};

	(void)state;
	test_detect_linear(&test_default, &S, units, N(units));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_listed_thing_after_role),
		cmocka_unit_test(test_car_models),
		cmocka_unit_test(test_kin_after_possessive),
		cmocka_unit_test(test_date_le_after_name),
		cmocka_unit_test(test_linear_time),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
