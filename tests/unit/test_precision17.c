/* Unit tests of the seventeenth precision pass (docs/scrub.md "Precision,
 * seventeenth pass"): words a name rule took that are no identifier must
 * stay, and the names of the same shapes beside them (after a title, a
 * kin word, a cue, or the row's own name) must still go.  The detectors
 * alone (detect_run), in both modes. */
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

/* The word w of text goes as the row's value k, the row's own name (its
 * pseudonym in scrub), in both modes (over S): a span of another rule
 * (the title before it, a cue) would hide a broken row rule. */
static void
check_row_name(const char *text, const struct detect_value *row, size_t n,
    const char *w, int k)
{
	struct detect_options recall = test_default;

	recall.recall = 1;
	test_row_word_as_value(&test_default, &S, text, row, n, w, k);
	test_row_word_as_value(&recall, &S, text, row, n, w, k);
}

/* An English function word of three letters or more as written, in lower
 * case ("your", "his"), is no name: "Dear Dr Patel, your patient" ("your"
 * is a first name of the faker lists: kept only in a note written in
 * English).  The names beside them, and a name of the lists written as
 * such a word in a French note ("son fils will"), still go. */
static void
test_english_function_words_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Letter to the GP: \"Dear Dr Patel, your patient Mrs Hughes "
		    "Margaret was admitted with a hip fracture.\"", { "your",
		    NULL }, { "Patel", "Hughes Margaret", NULL } },
		{ "Dear Mr Erasmus, your son was admitted with the flu.",
		    { "your", NULL }, { "Erasmus", NULL } },
		/* the same words where a name stands */
		{ "Vu avec son fils will ce jour.", { NULL }, { "will",
		    NULL } },
		{ "Mr Will said that the patient is fine.", { NULL }, { "Will",
		    NULL } },
		{ "Appel de Mme Your Chantal ce jour.", { NULL }, { "Your",
		    "Chantal", NULL } },
		{ "Mr his est venu.", { NULL }, { "his", NULL } },
		/* after a kin or person noun of an English note (review,
		 * eighteenth pass: went before precision17) */
		{ "Patient seen today, his neighbour your called, she was "
		    "worried.", { NULL }, { "your", NULL } },
		/* in a French note after a kin word or a cue: a surname
		 * spelled as one ("Her", Hmong), which the word itself
		 * made English ("sa fille her" left her raw) */
		{ "Sa fille her a appel\xc3\xa9 ce matin.", { NULL }, { "her",
		    NULL } },
		{ "Vu avec her ce jour, RAS.", { NULL }, { "her", NULL } },
		{ "Voisine who pr\xc3\xa9venue.", { NULL }, { "who", NULL } },
		{ "Dort chez her ce soir.", { NULL }, { "her", NULL } },
		{ "Patient calme, regarde the voice \xc3\xa0 la TV.", { "the",
		    NULL }, { NULL } },
	};
	static const char *const will[] = { "will" };

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	/* recall first took it before precision17 */
	test_spans_gone_kept(&test_recall, &S, "Patient was seen with her son "
	    "will who has been informed of the plan", will, 1, NULL, 0);
}

/* The row's own name, written as an English function word in lower case,
 * still goes: the row's rules come before the lexicon. */
static void
test_english_function_words_row_name_gone(void **state)
{
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "HIS", 3 },
		{ DETECT_IDENT_FIRST_NAME, "Paul", 4 },
	};

	(void)state;
	check_row_name("Appel de mr his paul, the patient is fine.", row,
	    N(row), "his", 0);
	check_row_name("Appel de mr his paul, the patient is fine.", row,
	    N(row), "paul", 1);
	check_row_name("Mr Paul His: the patient is fine.", row, N(row),
	    "His", 0);
}

/* A town after "heure(s) de" is a time zone ("rappelé après 18h heure de
 * Paris": "Paris" a name of the lists and a commune); a person after the
 * town ("heure de Nancy Martin"), the same name after a title, a kin word
 * or a cue, and the row's own name after a title still go. */
static void
test_time_zone_town_kept(void **state)
{
	static const struct test_span_case cases[] = {
		{ "Souhaite \xc3\xaatre rappel\xc3\xa9 apr\xc3\xa8s 18h heure de "
		    "Paris.", { "Paris", NULL }, { NULL } },
		{ "Appel de Nouvelle-Cal\xc3\xa9" "donie \xc3\xa0 6h heures de Nancy.",
		    { "Nancy", NULL }, { NULL } },
		/* the same words where a person stands */
		{ "Appel \xc3\xa0 18h heure de Nancy Martin.", { NULL },
		    { "Nancy Martin", NULL } },
		{ "Rappeler Mme Paris \xc3\xa0 18h.", { NULL }, { "Paris",
		    NULL } },
		{ "Sa fille Nancy rappellera \xc3\xa0 18h.", { NULL },
		    { "Nancy", NULL } },
		{ "Vu avec Paris Dupont \xc3\xa0 18h heure de Lyon.", { NULL },
		    { "Paris Dupont", NULL } },
		{ "Rappel \xc3\xa0 10h30 (heure de Paris).", { "Paris", NULL },
		    { NULL } },
		/* without a clock time before it, someone's hours (review,
		 * eighteenth pass) */
		{ "Augmenter les heures de Nancy (aide \xc3\xa0 domicile).",
		    { NULL }, { "Nancy", NULL } },
		{ "Les 2 heures de Nancy ont \xc3\xa9t\xc3\xa9 faites.",
		    { NULL }, { "Nancy", NULL } },
		{ "L'heure de Nancy est d\xc3\xa9" "cal\xc3\xa9" "e.", { NULL },
		    { "Nancy", NULL } },
	};
	static const struct detect_value row[] = {
		{ DETECT_IDENT_LAST_NAME, "PARIS", 5 },
		{ DETECT_IDENT_FIRST_NAME, "Jeanne", 6 },
	};

	(void)state;
	test_span_cases(&test_default, &S, cases, N(cases));
	check_row_name("Mme Paris rappellera \xc3\xa0 18h heure de Lyon.", row,
	    N(row), "Paris", 0);
	check_row_name("Appel de Jeanne Paris, 18h heure de Lyon.", row,
	    N(row), "Jeanne", 1);
	check_row_name("Appel de Jeanne Paris, 18h heure de Lyon.", row,
	    N(row), "Paris", 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_english_function_words_kept),
		cmocka_unit_test(test_english_function_words_row_name_gone),
		cmocka_unit_test(test_time_zone_town_kept),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
