/* Unit tests of the twenty-seventh pass's detector review (docs/
 * threat-model.md "review29a"):
 * - textnorm's evasion pass kept the runs of right-to-left overrides in
 *   a table of eight: a ninth run was not reversed, so eight harmless
 *   overrides ("<RLO>x<PDF>") before "<RLO>tnopud<PDF>" left the row's
 *   surname, shown as "dupont", raw (and a phone written backwards);
 * - an escape was read only glued to a letter: "06&#49;2345678",
 *   "0612&shy;345678", "06&nbsp;12&nbsp;34...", "&#68;&#85;&#80;..." left
 *   the row's phone, NIR, IPP or name raw (test_escaped_digits);
 * - dev25's travel_place kept a stranger's surname after "de", "à" in
 *   a journey's clause, and a name after the initial "A." (read "à");
 * - the evasion pass's per-character cache (ev_tab) and ICU's checker,
 *   filled lazily: threads normalizing look-alikes at once must each get
 *   what one thread alone gets. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "testlib.h"

#include "detect.h"
#include "icd10.h"
#include "textnorm.h"

static struct detect_scratch S;

#define N(a)	(sizeof(a) / sizeof((a)[0]))
#define RLO	"\xe2\x80\xae"
#define PDF	"\xe2\x80\xac"

static const struct detect_value DUPONT[] = {
	{ DETECT_IDENT_LAST_NAME, "DUPONT", 6 },
	{ DETECT_IDENT_FIRST_NAME, "Jean", 4 },
	{ DETECT_IDENT_PHONE, "06 12 34 56 78", 14 },
	{ DETECT_IDENT_NIR, "184027512345674", 15 },
	{ DETECT_IDENT_ID, "123456", 6 },
};
#define gone(t, w) \
	test_row_word_gone(&test_default, &S, (t), DUPONT, N(DUPONT), (w))
#define kept(t, w) \
	test_row_word_kept(&test_default, &S, (t), DUPONT, N(DUPONT), (w))

/* hostile32 read an escape only glued to a letter and drawing a letter,
 * a mark or an invisible character: a digit in a reference inside a
 * phone, a NIR or an IPP, a no-break space between its groups, a soft
 * hyphen inside it, or a name or a number written all in references,
 * went raw, whole or in part (a page shows them whole). */
static void
test_escaped_digits(void **state)
{
	(void)state;
	gone("tel 06&#49;2345678 ok", "2345678");
	gone("tel 06&#49;2345678 ok", "06&#49;");
	gone("tel 06&#x31;2345678 ok", "2345678");
	gone("tel 0612&shy;345678 ok", "345678");
	gone("tel 06&nbsp;12&nbsp;34&nbsp;56&nbsp;78 ok", "56&nbsp;78");
	gone("tel 06&#32;12&#32;34&#32;56&#32;78 ok", "56&#32;78");
	gone("tel 06 12 34 56 7&#56; ok", "7&#56;");
	gone("nir 18402751234&#53;674 ok", "&#53;674");
	gone("ipp 12&#51;456 ok", "456");
	gone("tel &#48;&#54;&#49;&#50;&#51;&#52;&#53;&#54;&#55;&#56; ok",
	    "&#55;&#56;");
	gone("tel &#48;&#54;&nbsp;&#49;&#50;&nbsp;&#51;&#52;&nbsp;&#53;"
	    "&#54;&nbsp;&#55;&#56; ok", "&#55;&#56;");
	gone("Vu ce jour &#68;&#85;&#80;&#79;&#78;&#84; ok", "&#84;");
	gone("Vu ce jour %44%55%50%4F%4E%54 ok", "%4E%54");
	/* keeps: a space between words, a percent, an ampersand */
	kept("pansement&nbsp;fait, SpO2 98 %, R&amp;D ok", "pansement");
	kept("pansement&nbsp;fait, SpO2 98 %, R&amp;D ok", "98 %");
	kept("FEVG 55&#37; stable", "stable");
}

/* text: n harmless override runs ("<RLO>x<PDF> "), then tail */
static void
padded(char *text, size_t cap, size_t n, const char *tail)
{
	size_t at = 0;

	for (size_t k = 0; k < n; k++)
		at += (size_t)snprintf(text + at, cap - at, RLO "x" PDF " ");
	snprintf(text + at, cap - at, "%s", tail);
}

static void
test_many_overrides(void **state)
{
	char text[1024];
	static const size_t counts[] = { 0, 7, 8, 9, 40 };

	(void)state;
	for (size_t c = 0; c < N(counts); c++) {
		/* the row's surname shown as "dupont" */
		padded(text, sizeof(text), counts[c], "ras " RLO "tnopud" PDF
		    " ok");
		test_row_word_gone(&test_default, &S, text, DUPONT, N(DUPONT),
		    "tnopud");
		/* the row's phone shown as "06 12 34 56 78" */
		padded(text, sizeof(text), counts[c], "tel " RLO
		    "87 65 43 21 60" PDF " ok");
		test_row_word_gone(&test_default, &S, text, DUPONT, N(DUPONT),
		    "87 65 43 21 60");
		/* keep: the clinical words outside the runs */
		padded(text, sizeof(text), counts[c], "ras " RLO "tnopud" PDF
		    " pansement ok");
		test_row_word_kept(&test_default, &S, text, DUPONT, N(DUPONT),
		    "pansement");
	}
}

/* textnorm alone: the fortieth run reversed as the first is */
static void
test_overrides_textnorm(void **state)
{
	struct textnorm tn = { 0 };
	char text[1024];
	const char *p;

	(void)state;
	tn.evasion = 1;
	padded(text, sizeof(text), 40, "ras " RLO "TNOPUD" PDF " ok");
	assert_int_equal(textnorm_run(&tn, text, strlen(text)), 0);
	assert_int_equal(tn.changed, 1);
	assert_true(tn.nrlo == 41);
	p = memmem(tn.text.data, tn.text.len, "DUPONT", 6);
	assert_non_null(p);
	assert_null(memmem(tn.text.data, tn.text.len, "TNOPUD", 6));
	textnorm_free(&tn);
	assert_null(tn.rlo);
}

/* Threads normalizing look-alikes at once (the mount's workers): the
 * cache of what a code point draws is filled by whichever thread asks
 * first, ICU's checker opened once. */
static const char *const lookalikes[] = {
	"x DU\xce\xa1\xce\x9f\xce\x9dT y",		/* Greek */
	"Du\xd1\x80\xd0\xbe" "nt vu",			/* Cyrillic */
	"\xe1\xb4\x85\xe1\xb4\x9c\xe1\xb4\x98\xe1\xb4\x8f\xc9\xb4\xe1\xb4\x9b",
	"t\xc3\xa9l \xd0\x9e" "6 12 \xd0\x97" "4 56 78 ok",
	"\xe2\x81\xb0\xe2\x81\xb6 \xc2\xb9\xc2\xb2 \xc2\xb3\xe2\x81\xb4 "
	    "\xe2\x81\xb5\xe2\x81\xb6",
	"\xd0\x9c\xd0\x90\xd0\xa0\xd0\xa2\xd0\x98\xd0\x9d",
	"\xce\x9c\xce\x91\xce\xa1\xce\xa4\xce\x99\xce\x9d a",
};

struct out {
	char	text[N(lookalikes)][128];
	size_t	len[N(lookalikes)];
	int	fail;
};

static pthread_barrier_t barrier;

static void
normalize_all(struct out *o)
{
	struct textnorm tn = { 0 };

	tn.evasion = 1;
	for (size_t i = 0; i < N(lookalikes); i++) {
		const char *src = lookalikes[i];

		if (textnorm_run(&tn, src, strlen(src)) != 0) {
			o->fail = 1;
			break;
		}
		src = tn.changed ? tn.text.data : src;
		o->len[i] = tn.changed ? tn.text.len : strlen(src);
		if (o->len[i] >= sizeof(o->text[i])) {
			o->fail = 1;
			break;
		}
		memcpy(o->text[i], src, o->len[i]);
	}
	textnorm_free(&tn);
}

static void *
worker(void *arg)
{
	pthread_barrier_wait(&barrier);
	normalize_all(arg);
	return NULL;
}

static void
test_threads_same_reading(void **state)
{
	enum { NT = 8 };
	pthread_t t[NT];
	static struct out o[NT], alone;

	(void)state;
	memset(o, 0, sizeof(o));
	assert_int_equal(pthread_barrier_init(&barrier, NULL, NT), 0);
	for (size_t i = 0; i < NT; i++)
		assert_int_equal(pthread_create(&t[i], NULL, worker, &o[i]),
		    0);
	for (size_t i = 0; i < NT; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	pthread_barrier_destroy(&barrier);
	normalize_all(&alone);
	assert_int_equal(alone.fail, 0);
	/* the Greek DUPONT read as Latin */
	assert_int_equal(alone.len[0], 10);
	assert_memory_equal(alone.text[0], "x DUPONT y", 10);
	for (size_t i = 0; i < NT; i++) {
		assert_int_equal(o[i].fail, 0);
		for (size_t k = 0; k < N(lookalikes); k++) {
			assert_int_equal(o[i].len[k], alone.len[k]);
			assert_memory_equal(o[i].text[k], alone.text[k],
			    alone.len[k]);
		}
	}
}

/* dev25's travel_place kept any capitalized word after "à", "de", "du"
 * near a journey's word as a place: a stranger's surname of the lists
 * ("Retour de Lefebvre", "chien confié à Moreau" in a clause after
 * "voyage"), and a name after the initial "A." (read as "à") went raw. */
static void
test_travel_place_persons(void **state)
{
	(void)state;
	gone("Retour de Lefebvre pr\xc3\xa9vu demain.", "Lefebvre");
	gone("Pendant son voyage, chien confi\xc3\xa9 \xc3\xa0 Moreau.",
	    "Moreau");
	gone("Pendant son s\xc3\xa9jour, repas port\xc3\xa9 par Moreau "
	    "\xc3\xa0 Lefebvre.", "Lefebvre");
	gone("Retour \xc3\xa0 domicile avec IDE, A. Kowalczyk se plaint "
	    "de douleurs", "Kowalczyk");
	gone("Retour \xc3\xa0 domicile avec IDE, A. HADJ-ALI se plaint "
	    "de douleurs", "HADJ");
	/* keeps: the places of a journey */
	kept("voyage \xc3\xa0 Luang Prabang pour un mariage", "Luang");
	kept("s\xc3\xa9jour \xc3\xa0 Bali en juillet", "Bali");
}

TEST_SCRATCH_TEARDOWN(teardown, &S)

int
main(void)
{
	/* the threads first: the cache is empty then */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threads_same_reading),
		cmocka_unit_test(test_many_overrides),
		cmocka_unit_test(test_overrides_textnorm),
		cmocka_unit_test(test_escaped_digits),
		cmocka_unit_test(test_travel_place_persons),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}
