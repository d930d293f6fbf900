/* Unit tests for the names with few cues of the sixteenth pass (issue
 * 10, helper recall16; docs/scrub.md "Recall, sixteenth pass"): each raw
 * value must be inside a span, and the ordinary words of the same shapes
 * in none.  The detectors alone (detect_run), without row values, in
 * both modes. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "detect.h"

static struct detect_scratch S;
static const struct detect_options DEFAULT_MODE = { DETECT_ALL, 0, 0, NULL, 0 };
static const struct detect_options RECALL_MODE = { DETECT_ALL, 0, 0, NULL, 1 };

/* Every word of gone[] inside a span, no word of kept[] touched by one;
 * each looked for at its first occurrence in text; both modes for the
 * words gone, the default mode for the words kept (recall first may
 * take more, docs/scrub.md). */
static void
check(const char *text, const char *const *gone, size_t ngone,
    const char *const *kept, size_t nkept)
{
	for (int m = 0; m < 2; m++) {
		assert_int_equal(detect_run(m ? &RECALL_MODE : &DEFAULT_MODE,
		    text, strlen(text), NULL, 0, &S), 0);
		for (size_t i = 0; i < ngone; i++) {
			const char *p = strstr(text, gone[i]);
			size_t a;
			int found = 0;

			assert_non_null(p);
			a = (size_t)(p - text);
			for (size_t k = 0; k < S.nspans; k++)
				found |= S.spans[k].start <= a &&
				    S.spans[k].end >= a + strlen(gone[i]);
			if (!found)
				print_error("left '%s' in '%s'\n", gone[i], text);
			assert_true(found);
		}
		for (size_t i = 0; m == 0 && i < nkept; i++) {
			const char *p = strstr(text, kept[i]);
			size_t a;

			assert_non_null(p);
			a = (size_t)(p - text);
			for (size_t k = 0; k < S.nspans; k++)
				if (S.spans[k].start < a + strlen(kept[i]) &&
				    S.spans[k].end > a) {
					print_error("took '%s' in '%s'\n",
					    kept[i], text);
					fail();
				}
		}
	}
}

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* A first name of the lists that is an ordinary word, in lower case at
 * the start of an item, before what only a person does ("céleste a
 * sonné", a compound "ange-marie a bien mangé"); a title, a first name
 * in lower case and an ordinary word before a person's verb ("mme
 * gwendal page n'a pas pris").  What must stay: a device or a thing
 * before the same verbs, "a été", an adverb or a participle after the
 * first name, a page number. */
static void
test_lower_subjects_title_pairs(void **state)
{
	static const char subj_text[] =
	    "nuit calme. c\xc3\xa9leste a sonn\xc3\xa9 2 fois. "
	    "ange-marie a bien mang\xc3\xa9, bon moral. la pompe a "
	    "sonn\xc3\xa9. rose a \xc3\xa9t\xc3\xa9 chang\xc3\xa9" "e. "
	    "marine nationale a appel\xc3\xa9.";
	static const char *const subj_gone[] = { "c\xc3\xa9leste",
	    "ange-marie" };
	static const char *const subj_kept[] = { "pompe", "rose",
	    "nationale" };
	static const char title_text[] =
	    "Mme gwendal page n'a pas pris son traitement. mr violette page "
	    "verbalise des id\xc3\xa9" "es. mme marie fatigu\xc3\xa9" "e "
	    "refuse le repas. mme marie toujours refuse. m. jean page 3 du "
	    "dossier. mme rose calme refuse.";
	static const char *const title_gone[] = { "gwendal page",
	    "violette page" };
	static const char *const title_kept[] = { "fatigu", "toujours",
	    "page 3", "calme" };

	(void)state;
	check(subj_text, subj_gone, N(subj_gone), subj_kept, N(subj_kept));
	check(title_text, title_gone, N(title_gone), title_kept,
	    N(title_kept));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lower_subjects_title_pairs),
	};
	int r = cmocka_run_group_tests(tests, NULL, NULL);

	detect_scratch_free(&S);
	return r;
}
