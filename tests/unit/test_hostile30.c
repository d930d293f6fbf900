/* Unit tests of the thirtieth hostile pass (docs/threat-model.md
 * "hostile30"): a recipient who knows the patient reads the scrubbed
 * comments, a careless writer slips identifiers in odd forms.  Five
 * forms went through raw on main:
 * - the row's own name spelled letter by letter with no cue ("Patient
 *   D U P O N T vu", "D.U.P.O.N.T", "D-U-P-O-N-T");
 * - the HIV status cut in two ("séro positif", "séro-positive", "séro
 *   pos") or written "séro+";
 * - a number with letters for some digits ("O6 l2 34 S6 78" for the
 *   row's phone, "IPP l23456", "NIR l84O2751234S674");
 * - the row's first name and surname joined into one token
 *   ("marcel.pigeon", "#MarcelPigeon", "avigneron"), the surname an
 *   ordinary word;
 * - a phone or a NIR cut by a line break in a quoted cell ("06 12 34
 *   <LF>56 78", "1 84 02 75<CR><LF>123 456 74").
 * The detectors alone. */
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

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_ID, "123456", 6 },
};

/* The row's own name spelled letter by letter, no spelling verb, no
 * title, no name beside it: the whole run goes, as the row's value.
 * Runs that spell no value of the row stay (acronyms, a list of
 * letters). */
static void
test_row_name_spelled(void **state)
{
	static const struct detect_value legoff[] = {
		{ DETECT_IDENT_LAST_NAME, "LE GOFF", 7 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const struct detect_value pigeon[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const char *const texts[] = {
		"Patient D U P O N T vu ce jour.",
		"Patient D.U.P.O.N.T vu ce jour.",
		"Patient D-U-P-O-N-T vu ce jour.",
		"Patient D_U_P_O_N_T vu ce jour.",
	};
	const char *keep = "bilan A-B-C-D, groupe A B O, score N.Y.H.A., "
	    "patient D U P O N T S vu";

	(void)state;
	for (size_t i = 0; i < N(texts); i++) {
		char w[16];

		memcpy(w, texts[i] + 8, 11);
		w[11] = '\0';
		test_row_word_as_value(&test_default, &S, texts[i], DUPONT,
		    N(DUPONT), w, 0);
	}
	test_row_word_as_value(&test_default, &S, "sign\xc3\xa9 J.E.A.N. "
	    "ce jour", DUPONT, N(DUPONT), "J.E.A.N", 1);
	test_row_word_gone(&test_default, &S, "nom : L E G O F F, vue",
	    legoff, N(legoff), "L E G O F F");
	/* a surname that is an ordinary word, in no list */
	test_row_word_gone(&test_default, &S, "Patiente P I G E O N vue",
	    pigeon, N(pigeon), "P I G E O N");
	row_word_kept(keep, DUPONT, N(DUPONT), "A-B-C-D");
	row_word_kept(keep, DUPONT, N(DUPONT), "A B O");
	row_word_kept(keep, DUPONT, N(DUPONT), "N.Y.H.A");
}

/* The HIV status cut in two words, or "séro" and a plus sign: hidden.
 * Another serology ("séro toxo +", a word between), the rheumatoid
 * factor's "PR séro positive", a negative serology stay. */
static void
test_sero_split(void **state)
{
	static const char *const gone[] = {
		"s\xc3\xa9ro+", "s\xc3\xa9ro +", "s\xc3\xa9ro positif",
		"s\xc3\xa9ro-positive", "sero pos", "s\xc3\xa9ropos",
	};
	static const char *const kept[] = { "toxo", "CMV", "rub\xc3\xa9ole",
	    "n\xc3\xa9gatif", "positive" };
	char text[160];

	(void)state;
	for (size_t i = 0; i < N(gone); i++) {
		snprintf(text, sizeof(text), "Patient %s connu depuis 2010, "
		    "s\xc3\xa9ro toxo + , s\xc3\xa9ro CMV+, s\xc3\xa9ro "
		    "rub\xc3\xa9ole positive.", gone[i]);
		test_spans_gone_kept(&test_default, &S, text, &gone[i], 1,
		    kept, 3);
	}
	test_spans_gone_kept(&test_default, &S, "PR s\xc3\xa9ro positive, "
	    "s\xc3\xa9ro n\xc3\xa9gatif, s\xc3\xa9rologie positive", NULL, 0,
	    kept + 3, 2);
}

/* The row's phone, id and NIR with letters for digits (O for 0, l or I
 * for 1, S for 5): the whole number goes, letters included; a NIR whose
 * key is valid goes without the row.  Clinical codes with such letters
 * stay (B12, S1, a lot number), and so does a number that is no value
 * of the row. */
static void
test_lookalike_numbers(void **state)
{
	static const char *const nir[] = { "2 91 O1 75 l23 456 53" };
	static const char *const kept[] = { "B12", "S1 S2", "IO 12",
	    "l2O", "l2345" };

	(void)state;
	test_row_word_as_value(&test_default, &S, "t\xc3\xa9l O6 l2 34 S6 78 "
	    "le soir", DUPONT, N(DUPONT), "O6 l2 34 S6 78", 3);
	test_row_word_as_value(&test_default, &S, "IPP l23456 vu", DUPONT,
	    N(DUPONT), "l23456", 4);
	test_row_word_as_value(&test_default, &S, "NIR l84O2751234S674 ok",
	    DUPONT, N(DUPONT), "l84O2751234S674", 2);
	test_spans_gone_kept(&test_default, &S, "NIR 2 91 O1 75 l23 456 53, "
	    "vit B12 500, S1 S2 S3, IO 12, taille l2O cm", nir, 1, kept, 4);
	row_word_kept("lot B12 et dossier l2345 ce jour", DUPONT, N(DUPONT),
	    "l2345");
	row_word_kept("vit B12 500 et S1 S2 S3", DUPONT, N(DUPONT), "B12");
}

/* The row's first name and surname joined into one token, by a sign or
 * by nothing (a login, a file name, a hashtag): the surname, an ordinary
 * word in no list, goes with the first name.  The surname alone in lower
 * case (a trade, a bird), a first name and another word joined, and an
 * initial glued to it that makes an ordinary word stay. */
static void
test_row_names_joined(void **state)
{
	static const struct detect_value pigeon[] = {
		{ DETECT_IDENT_LAST_NAME, "PIGEON", 6 },
		{ DETECT_IDENT_FIRST_NAME, "Marcel", 6 },
	};
	static const struct detect_value vigneron[] = {
		{ DETECT_IDENT_LAST_NAME, "VIGNERON", 8 },
		{ DETECT_IDENT_FIRST_NAME, "Anne", 4 },
	};
	static const struct detect_value ange[] = {
		{ DETECT_IDENT_LAST_NAME, "ANGE", 4 },
		{ DETECT_IDENT_FIRST_NAME, "Marie", 5 },
	};
	static const struct {
		const struct detect_value	*row;
		const char			*text, *w;
	} gone[] = {
		{ pigeon, "compte marcel.pigeon sur le portail", "pigeon" },
		{ pigeon, "voir #MarcelPigeon et la suite", "MarcelPigeon" },
		{ pigeon, "ordonnance pigeon_marcel.pdf jointe", "pigeon" },
		{ pigeon, "dossier MarcelPIGEON transmis", "MarcelPIGEON" },
		{ pigeon, "login mpigeon actif", "mpigeon" },
		{ vigneron, "fichier vigneron_anne_cr.pdf re\xc3\xa7u",
		    "vigneron" },
		{ vigneron, "C:\\Users\\avigneron\\Documents", "avigneron" },
		{ vigneron, "pseudo VigneronAnne sur le forum", "VigneronAnne" },
		{ vigneron, "sign\xc3\xa9 a.vigneron ce jour", "vigneron" },
	};

	(void)state;
	for (size_t i = 0; i < N(gone); i++)
		test_row_word_gone(&test_default, &S, gone[i].text, gone[i].row,
		    2, gone[i].w);
	row_word_kept("le pigeon voyageur, il est vigneron", pigeon, 2,
	    "pigeon");
	row_word_kept("il est vigneron dans le Bordelais", vigneron, 2,
	    "vigneron");
	row_word_kept("voir pigeon.a ce jour", pigeon, 2, "pigeon");
	row_word_kept("elle mange peu", ange, 2, "mange");
}

/* A phone or a NIR cut by a line break inside a quoted cell, the row's
 * or not: the whole number goes.  Numbers of a table, one a line, and a
 * date before a phone on the next line stay as they were. */
static void
test_numbers_across_line_break(void **state)
{
	static const char *const gone[] = { "07 11 22", "33 44",
	    "2 91 01 75", "123 456 53" };
	static const char *const kept[] = { "12 8", "14 9", "70", "72" };

	(void)state;
	test_row_word_as_value(&test_default, &S, "t\xc3\xa9l 06 12 34\n"
	    "56 78 \xc3\xa0 rappeler", DUPONT, N(DUPONT), "56 78", 3);
	test_row_word_as_value(&test_default, &S, "NIR 1 84 02 75\r\n"
	    "123 456 74 ok", DUPONT, N(DUPONT), "123 456 74", 2);
	test_row_word_as_value(&test_default, &S, "IPP 123\n456 vu", DUPONT,
	    N(DUPONT), "456", 4);
	/* the country code with it, as the phone rules take it */
	test_row_word_as_value(&test_default, &S, "t\xc3\xa9l +33 (0)6 12 "
	    "34\n56 78 ok", DUPONT, N(DUPONT), "+33 (0)6", 3);
	test_row_word_as_value(&test_default, &S, "t\xc3\xa9l +33 6 12 "
	    "34\n56 78 ok", DUPONT, N(DUPONT), "+33 6", 3);
	test_spans_gone_kept(&test_default, &S, "t\xc3\xa9l 07 11 22\n33 "
	    "44, NIR 2 91 01 75\n123 456 53", gone, 4, NULL, 0);
	test_spans_gone_kept(&test_default, &S, "TA 12 8\n14 9, poids 70\n"
	    "72 kg", NULL, 0, kept, 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_row_name_spelled),
		cmocka_unit_test(test_sero_split),
		cmocka_unit_test(test_lookalike_numbers),
		cmocka_unit_test(test_row_names_joined),
		cmocka_unit_test(test_numbers_across_line_break),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
