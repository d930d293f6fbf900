/* Unit tests of script36 (docs/threat-model.md "script36"): the row's own
 * name parts written so that the scrubber missed them in free text, the
 * forms hostile34 and hostile35 left.  Went through raw on main:
 * - a part of three letters in capitals cut by one space ("NO E",
 *   "E VA", "L EA");
 * - a part of three letters in capitals written backwards ("AEL" of Léa);
 * - a Cyrillic or Greek word by sound with a voiced or unvoiced
 *   neighbour letter on one or two consonants, its vowels the part's
 *   ("Бол" of Paul, "Шан" of Jean, "Ефа" of Eva);
 * - an Arabic or Hebrew word of one consonant read with its vowel letters
 *   ("ليا", "ליה" of Léa, "إيفا" of Eva).
 * Each negative: every letter of the form inside a span, in a sentence
 * and alone.  Keeps: ordinary words so read ("ILE" of a row ELI, "MAS" of
 * SAM, "EON" of NOE; "Бал", a ball, and "боль", pain, beside Paul),
 * a capitalized word and a letter ("No e"). */
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

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
};

static const struct detect_value MARCHAND[] = {
	{ DETECT_IDENT_LAST_NAME, "MARCHAND", 8 },
	{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
};

static const struct detect_value LEGOFF[] = {
	{ DETECT_IDENT_LAST_NAME, "LE GOFF", 7 },
	{ DETECT_IDENT_FIRST_NAME, "L\xc3\xa9" "a", 4 },
};

static const struct detect_value NOE[] = {
	{ DETECT_IDENT_LAST_NAME, "NOE", 3 },
	{ DETECT_IDENT_FIRST_NAME, "Eva", 3 },
};

static const struct detect_value LAMBERT[] = {
	{ DETECT_IDENT_LAST_NAME, "LAMBERT", 7 },
	{ DETECT_IDENT_FIRST_NAME, "Zo\xc3\xa9", 4 },
};

static const struct detect_value ELI[] = {
	{ DETECT_IDENT_LAST_NAME, "MOREAU", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Eli", 3 },
};

static const struct detect_value SAM[] = {
	{ DETECT_IDENT_LAST_NAME, "ROUX", 4 },
	{ DETECT_IDENT_FIRST_NAME, "Sam", 3 },
};

#define form_gone(row, nrow, form)					\
	test_row_form_gone(&test_default, &S, (row), (nrow), (form))

/* A word kept alone in a cell and in a sentence */
static void
kept(const struct detect_value *row, size_t nrow, const char *text,
    const char *w)
{
	test_row_word_kept(&test_default, &S, w, row, nrow, w);
	if (text != NULL)
		test_row_word_kept(&test_default, &S, text, row, nrow, w);
}

static void
test_short_space(void **state)
{
	static const struct {
		const struct detect_value *row;
		size_t nrow;
		const char *form;
	} c[] = {
		{ NOE, N(NOE), "NO E" },
		{ NOE, N(NOE), "N OE" },
		{ NOE, N(NOE), "E VA" },
		{ NOE, N(NOE), "EV A" },
		{ LEGOFF, N(LEGOFF), "L EA" },
		{ LEGOFF, N(LEGOFF), "LE A" },
		{ LAMBERT, N(LAMBERT), "Z O E" },
	};

	(void)state;
	for (size_t i = 0; i < N(c); i++)
		form_gone(c[i].row, c[i].nrow, c[i].form);
}

static void
test_short_backwards(void **state)
{
	(void)state;
	form_gone(LEGOFF, N(LEGOFF), "AEL");
	form_gone(LAMBERT, N(LAMBERT), "EOZ");
}

static void
test_neighbours(void **state)
{
	(void)state;
	form_gone(MARCHAND, N(MARCHAND), "\xd0\x91\xd0\xbe\xd0\xbb");	/* Бол */
	form_gone(DUPONT, N(DUPONT), "\xd0\xa8\xd0\xb0\xd0\xbd");	/* Шан */
	form_gone(NOE, N(NOE), "\xd0\x95\xd1\x84\xd0\xb0");	/* Ефа */
	form_gone(MARCHAND, N(MARCHAND), "\xce\x9c\xcf\x80\xce\xbf\xce\xbb");	/* Μπολ */
}

/* An abjad's word of one consonant, read with its vowel letters */
static void
test_abjad_one(void **state)
{
	(void)state;
	form_gone(LEGOFF, N(LEGOFF), "\xd9\x84\xd9\x8a\xd8\xa7");	/* ليا */
	form_gone(NOE, N(NOE),	/* إيفا */
	    "\xd8\xa5\xd9\x8a\xd9\x81\xd8\xa7");
	form_gone(NOE, N(NOE), "\xd9\x86\xd9\x88\xd9\x8a");	/* نوي */
	form_gone(LEGOFF, N(LEGOFF), "\xd7\x9c\xd7\x99\xd7\x94");	/* ליה */
}

static void
test_keeps(void **state)
{
	(void)state;
	kept(ELI, N(ELI), "Vu ce jour, ILE DE RE.", "ILE");
	kept(SAM, N(SAM), "Vu ce jour, MAS ancien.", "MAS");
	kept(NOE, N(NOE), "Vu ce jour, No e.", "No");
	kept(NOE, N(NOE), "Vu ce jour, EON.", "EON");	/* a word */
	kept(MARCHAND, N(MARCHAND), NULL, "\xd0\x91\xd0\xb0\xd0\xbb");	/* Бал */
	kept(MARCHAND, N(MARCHAND), NULL,	/* боль */
	    "\xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c");
	kept(LEGOFF, N(LEGOFF), NULL, "\xd9\x84\xd9\x8a");	/* لي */
	kept(LEGOFF, N(LEGOFF), NULL, "\xd9\x84\xd8\xa7");	/* لا */
	kept(LEGOFF, N(LEGOFF), NULL, "\xd7\x9c\xd7\x90");	/* לא */
	kept(NOE, N(NOE), NULL, "\xd9\x86\xd8\xa7\xd8\xb1");	/* نار */
	kept(DUPONT, N(DUPONT), NULL,	/* Шин */
	    "\xd0\xa8\xd0\xb8\xd0\xbd");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_short_space),
		cmocka_unit_test(test_short_backwards),
		cmocka_unit_test(test_neighbours),
		cmocka_unit_test(test_abjad_one),
		cmocka_unit_test(test_keeps),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
