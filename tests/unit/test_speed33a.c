/* Unit tests of speed33a (docs/performance.md "speed33a: a second comment
 * mask"): the comment's cues.  Every word of each cue list
 * (detect_int.h DETECT_CUE_LISTS) gives the comment its C_ bit in
 * s->word_cues, as the text writes it (capitals, accents), and no word's
 * dflags holds D_CUE (a word's flags are the dictionary's but D_CUE and
 * the moved bits); a word of DETECT_CUE_WORD_LISTS keeps D_CUEWORD in
 * its dflags, where its list's own bit was, and word_cue says its cue; a
 * comment with no such word has none.  The gates
 * on a cue (week numbers, a study's number, a baby's name) and the
 * rules that read one (a room of a care home, a cell of a prison) take
 * what they took, and keep a ward's room.  The detectors alone
 * (detect_run). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "../../src/detect_int.h"
#include "icd10.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* detect_run over text; no word's dflags holds D_CUE */
static void
run(const char *text)
{
	assert_int_equal(detect_run(&test_default, text, strlen(text), NULL, 0,
	    &S), 0);
	for (size_t i = 0; i < S.nwords; i++)
		assert_false(S.words[i].dflags & D_CUE);
}

/* Each word of list, in a comment, gives it cue (and the word as the
 * list has it is read as such: a word of a list is folded already). */
static void
list_gives(const char *const *list, uint64_t cue)
{
	char text[160];

	for (; *list != NULL; list++) {
		snprintf(text, sizeof(text), "Vu ce jour, %s puis retour.",
		    *list);
		run(text);
		if (!(S.word_cues & cue)) {
			print_error("'%s' gives no cue %llx\n", *list,
			    (unsigned long long)cue);
			fail();
		}
	}
}

static void
test_every_cue_word(void **state)
{
	(void)state;
#define LIST_GIVES(list, cue)	list_gives(list, cue);
	DETECT_CUE_LISTS(LIST_GIVES)
	DETECT_CUE_WORD_LISTS(LIST_GIVES)
#undef LIST_GIVES
}

/* A word of DETECT_CUE_WORD_LISTS keeps D_CUEWORD in its dflags, where
 * its bit was, and word_cue says its cue; a word of neither kind of
 * list has none. */
static void
list_keeps(const char *const *list, uint64_t cue)
{
	char text[160];

	for (; *list != NULL; list++) {
		size_t n = strlen(*list), seen = 0;

		snprintf(text, sizeof(text), "Vu ce jour, %s puis retour.",
		    *list);
		run(text);
		for (size_t i = 0; i < S.nwords; i++) {
			const struct detect_word *w = &S.words[i];

			if (w->fold_len != n || memcmp(S.fold.data +
			    w->fold_off, *list, n) != 0) {
				assert_false(word_cue(w, C_ALL));
				continue;
			}
			seen++;
			assert_true(w->dflags & D_CUEWORD);
			assert_true(word_cue(w, cue));
		}
		assert_true(seen > 0);
	}
}

static void
test_kept_cue_words(void **state)
{
	(void)state;
#define LIST_KEEPS(list, cue)	list_keeps(list, cue);
	DETECT_CUE_WORD_LISTS(LIST_KEEPS)
#undef LIST_KEEPS
}

/* As written: capitals and accents fold to the list's word; a comment
 * with none has no cue; "semaine", in no other list, keeps dflags 0. */
static void
test_cues_as_written(void **state)
{
	static const struct {
		const char	*text;
		uint64_t	 cues;
	} cases[] = {
		{ "Revoir en SEMAINE 38.", C_WEEKCUE },
		{ "Identit\xc3\xa9 PROVISOIRE en attente.", C_IDCUE },
		{ "B\xc3\xa9" "b\xc3\xa9 en couveuse.", C_BIRTHCUE },
		{ "R\xc3\xa9sidente de l'EHPAD, ch 12.", C_HOMECUE },
		{ "D\xc3\xa9tenu, parloir annul\xc3\xa9.", C_DETENTION },
		{ "Seen on 4 JUNE 2025.", C_ENGMONTH },
		{ "jean.dupont AROBASE gmail.com", C_MAILAT },
		{ "Le deux de ce mois.", C_MOISCUE | C_NUMWORD },
		{ "N\xc2\xb0 RPPS du m\xc3\xa9" "decin.", C_PROID },
		{ "Dossier QUATRE.", C_NUMWORD },
		{ "Patient calme, pas de douleur.", 0 },
		{ "", 0 },
	};

	(void)state;
	for (size_t k = 0; k < N(cases); k++) {
		run(cases[k].text);
		if (S.word_cues != cases[k].cues) {
			print_error("'%s': cues %llx, %llx expected\n",
			    cases[k].text, (unsigned long long)S.word_cues,
			    (unsigned long long)cases[k].cues);
			fail();
		}
	}
	/* each word's dflags: the dictionary's, but D_CUE and the bits
	 * moved to W_ flags */
	run("Revoir semaine 38, sem 2, ehpad, prison, detenu, bebe.");
	for (size_t i = 0; i < S.nwords; i++) {
		const struct detect_word *w = &S.words[i];
		const char *f = S.fold.data + w->fold_off;

		if (w->flags & W_DIGIT)
			continue;
		assert_true(w->dflags == (dict_flags_hashed(f, w->fold_len,
		    hash(f, w->fold_len)) & ~(D_CUE | D_MOVED)));
	}
}

/* What the rules a cue gates or answers take, and what they keep: a
 * week's number, a baby's given name, a resident's room in a care
 * home, a prisoner's cell; a ward's room and the clinical words stay. */
TEST_SPAN_CASES(test_cued_rules, &test_default, &S,
	{ "Revoir d\xc3\xa8s la semaine 41 en HDJ.", { "HDJ", NULL },
	    { "41", NULL } },
	{ "EHPAD transmission nuit : r\xc3\xa9sidente agit\xc3\xa9" "e, "
	    "ch 8.", { "transmission", "agit\xc3\xa9" "e", NULL },
	    { "ch 8", NULL } },
	{ "D\xc3\xa9tenu vu en UCSA, cellule 112, toux.", { "toux",
	    NULL }, { "112", NULL } },
	{ "DOB 4 June 1950, seen in clinic.", { "clinic", NULL },
	    { "June", "1950", NULL } },
	{ "\xc3\x89" "crire \xc3\xa0 jean.dupont arobase gmail.com "
	    "pour le suivi.", { "suivi", NULL }, { "dupont", "gmail",
	    NULL } },
	{ "Revu le deux de ce mois, douleur.", { "douleur", NULL },
	    { "deux", NULL } },
	/* a file's number said aloud (C_NUMWORD with its label);
	 * three number words stay */
	{ "Num\xc3\xa9ro de dossier quatre cinq deux huit huit un "
	    "neuf, revu.", { "revu", NULL }, { "quatre", "neuf",
	    NULL } },
	{ "Dossier de trois pages, IPP deux fois.", { "trois",
	    "deux", NULL }, { NULL } },
	/* a ward's room: no home named, no cue */
	{ "Retour de bloc, chambre 12, douleur.", { "chambre 12",
	    "douleur", NULL }, { NULL } })

/* The batch (detect_run_many) gives what the comments give one by one:
 * its gates read the cues and the rows of the kinds of spans
 * (gm_cue, gm_kind), which the rules keep as they run. */
static void
test_batch_same(void **state)
{
	static const char *const texts0[] = {
		"Revoir d\xc3\xa8s la semaine 41 en HDJ.",
		"EHPAD transmission nuit : r\xc3\xa9sidente agit\xc3\xa9" "e, ch 8.",
		"D\xc3\xa9tenu vu en UCSA, cellule 112, toux.",
		"Retour de bloc, chambre 12, douleur.",
		"Vu Mme Martin, 12 rue de la Paix 75002 Paris, le 12/03/2024.",
		"Patient calme.",
	};
	enum { NT = N(texts0) };
	static struct detect_scratch ss[NT];
	const char *texts[NT];
	size_t lens[NT], nrows[NT];
	const struct detect_value *rows[NT];

	(void)state;
	for (size_t i = 0; i < NT; i++) {
		texts[i] = texts0[i];
		lens[i] = strlen(texts0[i]);
		rows[i] = NULL;
		nrows[i] = 0;
	}
	assert_int_equal(detect_run_many(&test_default, NT, texts, lens, rows,
	    nrows, ss), 0);
	for (size_t i = 0; i < NT; i++) {
		assert_null(ss[i].kind_rows);
		run(texts0[i]);
		assert_int_equal(ss[i].nspans, S.nspans);
		for (size_t k = 0; k < S.nspans; k++) {
			assert_int_equal(ss[i].spans[k].start, S.spans[k].start);
			assert_int_equal(ss[i].spans[k].end, S.spans[k].end);
			assert_int_equal(ss[i].spans[k].kind, S.spans[k].kind);
		}
	}
	for (size_t i = 0; i < NT; i++)
		detect_scratch_free(&ss[i]);
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_cue_word),
		cmocka_unit_test(test_kept_cue_words),
		cmocka_unit_test(test_cues_as_written),
		cmocka_unit_test(test_cued_rules),
		cmocka_unit_test(test_batch_same),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
