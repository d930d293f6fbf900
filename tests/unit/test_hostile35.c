/* Unit tests of the thirty-fifth hostile pass (docs/threat-model.md
 * "hostile35"): the row's name written by sound in a script hostile34's
 * key did not read.  Went through raw on main (alone in a cell; in a
 * French sentence names40 takes any word of another script):
 * - Arabic and Hebrew, abjads read as their consonant skeleton ("دوبون",
 *   "دو بون", "جان", "דופון", "ז'אן");
 * - Armenian, by sound ("Դյուպոն", "Ժան");
 * - Cyrillic and Greek with a voiced or unvoiced neighbour letter
 *   ("Дюбон"), the nasal end written as its vowel ("Виньеро"), Greek's
 *   μπ inside a word ("Ντιμπόν"), the name in two words ("Ле Кофф").
 * Each negative: every letter of the form inside a span, in a sentence
 * and alone.  Keeps: ordinary words of those scripts and a word that
 * sounds like another name ("Дюбуа", "دوبوا" beside a row DUPONT). */
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

static const struct detect_value VIGNERON[] = {
	{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
	{ DETECT_IDENT_FIRST_NAME, "H\xc3\xa9l\xc3\xa8ne", 8 },
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

/* The scrub of the form, in a sentence and alone, leaves no letter or
 * digit of it outside a span (testlib's test_row_form_gone) */
#define form_gone(row, nrow, form)					\
	test_row_form_gone(&test_default, &S, (row), (nrow), (form))

/* A row and the forms of its name a test asks (script36: one table a
 * test, one loop, for the loop each row had) */
struct row_forms {
	const struct detect_value	*row;
	size_t				 nrow;
	const char *const		*forms;
	size_t				 nforms;
};

#define ROW_FORMS(row, forms)	{ (row), N(row), (forms), N(forms) }

/* Every form of every row of t gone */
static void
rows_gone(const struct row_forms *t, size_t n)
{
	for (size_t r = 0; r < n; r++)
		for (size_t i = 0; i < t[r].nforms; i++)
			form_gone(t[r].row, t[r].nrow, t[r].forms[i]);
}

static void
test_arabic(void **state)
{
	static const char *const dupont[] = {
		"\xd8\xaf\xd9\x88\xd8\xa8\xd9\x88\xd9\x86",	/* دوبون */
		"\xd8\xaf\xd9\x88 \xd8\xa8\xd9\x88\xd9\x86",	/* دو بون */
		"\xd8\xaf\xd9\x8a\xd8\xa8\xd9\x88\xd9\x86",	/* ديبون */
		"\xd8\xac\xd8\xa7\xd9\x86",	/* جان */
	};
	static const char *const vigneron[] = {
		"\xd9\x81\xd9\x8a\xd9\x86\xd9\x8a\xd8\xb1\xd9\x88\xd9\x86",	/* فينيرون */
		"\xd9\x87\xd9\x8a\xd9\x84\xd9\x8a\xd9\x86",	/* هيلين */
		"\xd8\xa5\xd9\x8a\xd9\x84\xd9\x8a\xd9\x86",	/* إيلين */
	};
	static const char *const marchand[] = {
		"\xd9\x85\xd8\xa7\xd8\xb1\xd8\xb4\xd8\xa7\xd9\x86",	/* مارشان */
		"\xd8\xa8\xd9\x88\xd9\x84",	/* بول */
	};
	static const char *const legoff[] = {
		"\xd9\x84\xd9\x88 \xd8\xba\xd9\x88\xd9\x81",	/* لو غوف */
		"\xd8\xba\xd9\x88\xd9\x81",	/* غوف */
	};

	const struct row_forms t[] = {
		ROW_FORMS(DUPONT, dupont),
		ROW_FORMS(VIGNERON, vigneron),
		ROW_FORMS(MARCHAND, marchand),
		ROW_FORMS(LEGOFF, legoff),
	};

	(void)state;
	rows_gone(t, N(t));
}

static void
test_hebrew(void **state)
{
	static const char *const dupont[] = {
		"\xd7\x93\xd7\x95\xd7\xa4\xd7\x95\xd7\x9f",	/* דופון */
		"\xd7\x93\xd7\x95 \xd7\xa4\xd7\x95\xd7\x9f",	/* דו פון */
		"\xd7\x96'\xd7\x90\xd7\x9f",	/* ז'אן */
		"\xd7\x96\xd7\xb3\xd7\x90\xd7\x9f",	/* ז׳אן */
	};
	static const char *const vigneron[] = {
		"\xd7\x95\xd7\x99\xd7\xa0\xd7\x99\xd7\x99\xd7\xa8\xd7\x95\xd7\x9f",	/* ויניירון */
		"\xd7\x94\xd7\x9c\xd7\x9f",	/* הלן */
	};
	static const char *const marchand[] = {
		"\xd7\x9e\xd7\xa8\xd7\xa9\xd7\x9f",	/* מרשן */
		"\xd7\xa4\xd7\x95\xd7\x9c",	/* פול */
	};
	static const char *const legoff[] = {
		"\xd7\x9c\xd7\x94 \xd7\x92\xd7\x95\xd7\xa3",	/* לה גוף */
	};

	const struct row_forms t[] = {
		ROW_FORMS(DUPONT, dupont),
		ROW_FORMS(VIGNERON, vigneron),
		ROW_FORMS(MARCHAND, marchand),
		ROW_FORMS(LEGOFF, legoff),
	};

	(void)state;
	rows_gone(t, N(t));
}

static void
test_armenian(void **state)
{
	static const char *const dupont[] = {
		"\xd4\xb4\xd5\xb5\xd5\xb8\xd6\x82\xd5\xba\xd5\xb8\xd5\xb6",	/* Դյուպոն */
		"\xd4\xb4\xd5\x85\xd5\x88\xd5\x92\xd5\x8a\xd5\x88\xd5\x86",	/* ԴՅՈՒՊՈՆ */
		"\xd4\xba\xd5\xa1\xd5\xb6",	/* Ժան */
	};
	static const char *const vigneron[] = {
		"\xd5\x8e\xd5\xab\xd5\xb6\xd5\xb5\xd5\xa5\xd6\x80\xd5\xb8\xd5\xb6",	/* Վինյերոն */
		"\xd4\xb7\xd5\xac\xd5\xa5\xd5\xb6",	/* Էլեն */
	};
	static const char *const marchand[] = {
		"\xd5\x84\xd5\xa1\xd6\x80\xd5\xb7\xd5\xa1\xd5\xb6",	/* Մարշան */
		"\xd5\x8a\xd5\xb8\xd5\xac",	/* Պոլ */
	};
	static const char *const legoff[] = {
		"\xd4\xbc\xd5\xa8 \xd4\xb3\xd5\xb8\xd6\x86",	/* Լը Գոֆ */
	};
	static const char *const noe[] = {
		"\xd5\x86\xd5\xb8\xd5\xa5",	/* Նոե */
		"\xd4\xb5\xd5\xbe\xd5\xa1",	/* Եվա */
	};

	const struct row_forms t[] = {
		ROW_FORMS(DUPONT, dupont),
		ROW_FORMS(VIGNERON, vigneron),
		ROW_FORMS(MARCHAND, marchand),
		ROW_FORMS(LEGOFF, legoff),
		ROW_FORMS(NOE, noe),
	};

	(void)state;
	rows_gone(t, N(t));
}

static void
test_neighbours(void **state)
{
	static const char *const dupont[] = {
		"\xd0\x94\xd1\x8e\xd0\xb1\xd0\xbe\xd0\xbd",	/* Дюбон */
		"\xd0\x94\xd0\xae\xd0\x91\xd0\x9e\xd0\x9d",	/* ДЮБОН */
		"\xd0\xa2\xd1\x8e\xd0\xbf\xd0\xbe\xd0\xbd",	/* Тюпон */
		"\xce\x9d\xcf\x84\xce\xb9\xce\xbc\xcf\x80\xcf\x8c\xce\xbd",	/* Ντιμπόν */
	};
	static const char *const vigneron[] = {
		"\xd0\x92\xd0\xb8\xd0\xbd\xd1\x8c\xd0\xb5\xd1\x80\xd0\xbe",	/* Виньеро */
		"\xd0\x92\xd0\x98\xd0\x9d\xd0\xac\xd0\x95\xd0\xa0\xd0\x9e",	/* ВИНЬЕРО */
		"\xd0\xa4\xd0\xb8\xd0\xbd\xd1\x8c\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbd",	/* Финьерон */
		"\xce\x92\xce\xb9\xce\xbd\xce\xb9\xce\xb5\xcf\x81\xcf\x8c",	/* Βινιερό */
	};
	static const char *const marchand[] = {
		"\xd0\x9c\xd0\xb0\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd",	/* Маржан */
		"\xd0\x9c\xd0\x90\xd0\xa0\xd0\x96\xd0\x90",	/* МАРЖА */
		"\xce\x9c\xce\xb1\xcf\x81\xce\xb6\xce\xac\xce\xbd",	/* Μαρζάν */
	};
	static const char *const legoff[] = {
		"\xd0\x9b\xd0\xb5 \xd0\x9a\xd0\xbe\xd1\x84\xd1\x84",	/* Ле Кофф */
		"\xce\x9b\xce\xb5 \xce\x9a\xce\xbf\xcf\x86",	/* Λε Κοφ */
	};

	const struct row_forms t[] = {
		ROW_FORMS(DUPONT, dupont),
		ROW_FORMS(VIGNERON, vigneron),
		ROW_FORMS(MARCHAND, marchand),
		ROW_FORMS(LEGOFF, legoff),
	};

	(void)state;
	rows_gone(t, N(t));
}

/* A word kept alone in a cell, and in a sentence of its script (where
 * names40 reads no name: the other script is not the minority) */
static void
kept(const struct detect_value *row, size_t nrow, const char *text,
    const char *w)
{
	test_row_word_kept(&test_default, &S, w, row, nrow, w);
	if (text != NULL)
		test_row_word_kept(&test_default, &S, text, row, nrow, w);
}

/* What stays: ordinary Arabic, Hebrew, Armenian words beside the rows
 * (thanks, hello, peace, body of no row's skeleton), and words of the
 * row's script that sound like another name: Dubois (دوبوا, דובואה,
 * Դյուբուա, Дюбуа: Dupo-, the nasal end off, is two consonants, not
 * asked), Durand (Дюран), Venus (Венера: VIGNERON without its nasal end
 * ends in o, not a), a ball (Бал: Paul with b for p, two consonants, the
 * neighbour not asked) */
static void
test_keeps(void **state)
{
	(void)state;
	/* شكرا جزيلا يا دكتور */
	kept(DUPONT, N(DUPONT), "\xd8\xb4\xd9\x83\xd8\xb1\xd8\xa7 \xd8\xac"
	    "\xd8\xb2\xd9\x8a\xd9\x84\xd8\xa7 \xd9\x8a\xd8\xa7 \xd8\xaf\xd9\x83"
	    "\xd8\xaa\xd9\x88\xd8\xb1", "\xd8\xb4\xd9\x83\xd8\xb1\xd8\xa7");
	kept(DUPONT, N(DUPONT), NULL,		/* مرحبا */
	    "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7");
	kept(MARCHAND, N(MARCHAND), NULL,	/* مرحبا */
	    "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7");
	kept(DUPONT, N(DUPONT), NULL,		/* دوبوا */
	    "\xd8\xaf\xd9\x88\xd8\xa8\xd9\x88\xd8\xa7");
	kept(DUPONT, N(DUPONT), NULL,		/* שלום */
	    "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d");
	/* תודה רבה לך */
	kept(DUPONT, N(DUPONT), "\xd7\xaa\xd7\x95\xd7\x93\xd7\x94 \xd7\xa8"
	    "\xd7\x91\xd7\x94 \xd7\x9c\xd7\x9a", "\xd7\xaa\xd7\x95\xd7\x93\xd7"
	    "\x94");
	kept(DUPONT, N(DUPONT), NULL,		/* דובואה */
	    "\xd7\x93\xd7\x95\xd7\x91\xd7\x95\xd7\x90\xd7\x94");
	kept(VIGNERON, N(VIGNERON), NULL,	/* Բարև */
	    "\xd4\xb2\xd5\xa1\xd6\x80\xd6\x87");
	kept(DUPONT, N(DUPONT), NULL,		/* Դյուբուա */
	    "\xd4\xb4\xd5\xb5\xd5\xb8\xd6\x82\xd5\xa2\xd5\xb8\xd6\x82\xd5\xa1");
	kept(DUPONT, N(DUPONT), NULL,		/* Дюбуа */
	    "\xd0\x94\xd1\x8e\xd0\xb1\xd1\x83\xd0\xb0");
	kept(DUPONT, N(DUPONT), NULL,		/* Дюран */
	    "\xd0\x94\xd1\x8e\xd1\x80\xd0\xb0\xd0\xbd");
	kept(VIGNERON, N(VIGNERON), NULL,	/* Венера */
	    "\xd0\x92\xd0\xb5\xd0\xbd\xd0\xb5\xd1\x80\xd0\xb0");
	kept(MARCHAND, N(MARCHAND), NULL,	/* Бал */
	    "\xd0\x91\xd0\xb0\xd0\xbb");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arabic),
		cmocka_unit_test(test_hebrew),
		cmocka_unit_test(test_armenian),
		cmocka_unit_test(test_neighbours),
		cmocka_unit_test(test_keeps),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
