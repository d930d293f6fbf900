/* Unit tests of the twenty-eighth hostile pass (docs/threat-model.md
 * "Hostile review, twenty-eighth pass (hostile28)"): a double surname of
 * which the detectors took one part.  "dossier au nom de PIGEON-CHAPELLE
 * Marcelle" gave a span over "CHAPELLE Marcelle" and left "PIGEON-" raw,
 * and the row's own "DUPONT" in "VIGNERON-DUPONT" left "VIGNERON": the
 * other half of the patient's name.  A name span that is a person for
 * sure (two words or more, or a row's own value) now takes the parts a
 * hyphen glues to it, written as a name; and the row's own surname, an
 * ordinary word, in capitals joined to the other half in capitals
 * ("courrier de VIGNERON-CHAPELLE reçu" of a row CHAPELLE) went raw,
 * both halves: the pair is now written as a name as one word in capitals
 * among lower case is.  The detectors alone. */
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
/* no span touches word w (testlib.h test_row_word_kept) */
#define row_word_kept(t, row, n, w) \
	test_row_word_kept(&test_default, &S, (t), (row), (n), (w))

/* A full name whose surname is double, one half an ordinary word in no
 * list: the whole name goes.  A span of one word glued to another (an
 * eponym read as a name) does not grow. */
TEST_SPAN_CASES(test_double_surname_glued, &test_default, &S,
	{ "Dossier au nom de PIGEON-CHAPELLE Marcelle, vue ce jour.",
	    { "Dossier", "jour" }, { "PIGEON", "CHAPELLE",
	    "Marcelle" } },
	{ "Dossier au nom de VIGNERON-DUPONT Marcelle, vue ce jour.",
	    { "Dossier", "jour" }, { "VIGNERON", "DUPONT" } },
	{ "Dossier au nom de CHAPELLE-PIGEON Marcelle, vue ce jour.",
	    { "Dossier", "jour" }, { "CHAPELLE", "PIGEON" } },
	{ "Courrier de Pigeon-Martin Marcelle ce jour.",
	    { "Courrier", "jour" }, { "Pigeon", "Martin" } },
	{ "Courrier de Martin Marcelle-Pigeon ce jour.",
	    { "Courrier", "jour" }, { "Martin", "Pigeon" } },
	/* neither a span of one word (eponyms), nor lower case, nor
	 * past a digit */
	{ "Fracture de Pouteau-Colles, vu par Mme Martin.",
	    { "Colles", "Fracture" }, { "Martin" } },
	{ "Score HAS-BLED 2 et CHA2DS2-VASc, Mme Martin.",
	    { "BLED", "VASc" }, { "Martin" } })

/* The row's own surname glued to another part: the span of the row's
 * value takes it, whatever the case of the other part. */
static void
test_row_surname_glued(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marcelle", 8 },
	};
	const char *text = "courrier de VIGNERON-DUPONT re\xc3\xa7u, "
	    "copie \xc3\xa0 Dupont-Pigeon.";

	static const struct detect_value louis[] = {
		{ DETECT_IDENT_LAST_NAME, "MARTIN", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Louis", 5 },
	};

	(void)state;
	test_row_word_gone(&test_default, &S, text, row, N(row), "VIGNERON");
	test_row_word_gone(&test_default, &S, text, row, N(row), "Pigeon");
	test_row_word_gone(&test_default, &S, text, row, N(row), "DUPONT");
	/* a saint's name is a place: the span does not grow over it */
	row_word_kept("Transfert \xc3\xa0 l'h\xc3\xb4pital Saint-Louis ce "
	    "jour.", louis, N(louis), "Saint");
}

/* The row's own surname, an ordinary word, in capitals joined by a
 * hyphen to the other half of its name, in a note that is not in
 * capitals: the pair is written as a name, as one word in capitals there
 * is ("courrier de CHAPELLE reçu" took it, "courrier de
 * VIGNERON-CHAPELLE reçu" did not, nor the half beside it). */
static void
test_row_surname_in_caps_pair(void **state)
{
	static const struct detect_value chapelle[] = {
		{ DETECT_IDENT_LAST_NAME, "CHAPELLE", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Marcelle", 8 },
	};
	static const struct detect_value pigeon[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const struct detect_value petit[] = {
		{ DETECT_IDENT_LAST_NAME, "PETIT", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const struct detect_value sage[] = {
		{ DETECT_IDENT_LAST_NAME, "SAGE", 4 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	const char *a = "courrier de VIGNERON-CHAPELLE re\xc3\xa7u ce jour";
	const char *b = "courrier de CHAPELLE-VIGNERON re\xc3\xa7u ce jour";
	const char *c = "appel de PIGEON-TISSERAND pour le rendez-vous";

	(void)state;
	test_row_word_gone(&test_default, &S, a, chapelle, N(chapelle),
	    "CHAPELLE");
	test_row_word_gone(&test_default, &S, a, chapelle, N(chapelle),
	    "VIGNERON");
	test_row_word_gone(&test_default, &S, b, chapelle, N(chapelle),
	    "CHAPELLE");
	test_row_word_gone(&test_default, &S, b, chapelle, N(chapelle),
	    "VIGNERON");
	test_row_word_gone(&test_default, &S, c, pigeon, N(pigeon),
	    "PIGEON");
	/* a note in capitals, a compound, a saint's name: not names */
	row_word_kept("PETIT-DEJEUNER PRIS CE MATIN", petit, N(petit),
	    "PETIT");
	row_word_kept("vu par la SAGE-FEMME ce jour", sage, N(sage), "SAGE");
	row_word_kept("visite de la SAINTE-CHAPELLE hier", chapelle,
	    N(chapelle), "CHAPELLE");
}

/* The use name in capitals before "épouse", "née", "ép.", "veuve" in
 * lower case, whose name after went: "TISSERAND épouse CHAPELLE" left
 * TISSERAND (an ordinary word in no list). */
TEST_SPAN_CASES(test_use_name_before_birth_cue, &test_default, &S,
	{ "Identit\xc3\xa9 v\xc3\xa9rifi\xc3\xa9" "e : TISSERAND "
	    "\xc3\xa9pouse CHAPELLE, vue ce jour.", { "vue", "jour" },
	    { "TISSERAND", "CHAPELLE" } },
	{ "Patiente PRINCE n\xc3\xa9" "e DAUPHIN, vue ce jour.",
	    { "Patiente", "jour" }, { "PRINCE", "DAUPHIN" } },
	{ "vu le patient CORDONNIER veuve PIGEON hier", { "patient",
	    "hier" }, { "CORDONNIER", "PIGEON" } },
	{ "dossier VIGNERON \xc3\xa9p. CHAPELLE transmis", {
	    "dossier", "transmis" }, { "VIGNERON", "CHAPELLE" } },
	/* an acronym, a role, a possessive: no name before */
	{ "RAS n\xc3\xa9" "e DUPONT", { "RAS" }, { "DUPONT" } },
	{ "HTA \xc3\xa9pouse DUPONT", { "HTA" }, { "DUPONT" } },
	{ "IDE \xc3\xa9pouse DUPONT", { "IDE" }, { NULL } })

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_double_surname_glued),
		cmocka_unit_test(test_row_surname_glued),
		cmocka_unit_test(test_row_surname_in_caps_pair),
		cmocka_unit_test(test_use_name_before_birth_cue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
