/* Identifier-like names.  The name lists are folded once, then searched by
 * bisection: a lookup of the mount may check every kept name of a
 * directory. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "detect_lists.h"
#include "fake_lists.h"
#include "names.h"
#include "nir.h"
#include "norm.h"
#include "util.h"

/* Shorter words ("le", "da") are particles, not names. */
#define NAMES_MIN_WORD 3

static char	**folded;
static size_t	  nfolded;
static int	  fold_error;
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
add_list(const char *const *list, unsigned n, struct buf *b)
{
	for (unsigned i = 0; i < n; i++) {
		if (norm_value(NORM_TEXT, list[i], strlen(list[i]), b) != 0 ||
		    buf_putc(b, '\0') != 0 ||
		    (folded[nfolded] = strdup(b->data)) == NULL)
			return -ENOMEM;
		nfolded++;
	}
	return 0;
}

/* Every first and last name we ship, folded, sorted.  Kept for the life
 * of the process, like the lists themselves. */
static void
fold_lists(void)
{
	struct buf b = BUF_INIT;
	size_t n = (size_t)fake_list_first_names_count +
	    fake_list_last_names_count + detect_list_first_names_count +
	    detect_list_last_names_count;

	if ((folded = calloc(n, sizeof(*folded))) == NULL ||
	    add_list(fake_list_first_names, fake_list_first_names_count, &b) ||
	    add_list(fake_list_last_names, fake_list_last_names_count, &b) ||
	    add_list(detect_list_first_names, detect_list_first_names_count,
	    &b) ||
	    add_list(detect_list_last_names, detect_list_last_names_count, &b))
		fold_error = 1;
	else
		qsort(folded, nfolded, sizeof(*folded), cmp_str);
	buf_free(&b);
}

static int
is_letter(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z' ? 1 : c >= 0x80;
}

/* A NIR's characters and separators in a name: nir.h's, and '_', the
 * separator of file names ("scan_1_84_02_75_123_456.pdf"). */
static int
is_nir_char(char c)
{
	return util_is_digit(c) || c == 'A' || c == 'B' || c == 'a' ||
	    c == 'b' || nir_is_separator(c) || c == '_';
}

/* A NIR written with or without separators, anywhere in the name.  A NIR
 * has 13 or 15 characters; with separators the span is longer. */
static int
has_nir(const char *s, size_t len)
{
	char span[NAME_MAX + 1];
	struct nir nir;

	for (size_t i = 0; i < len; i++) {
		size_t end;

		if (!util_is_digit(s[i]) || (i > 0 && util_is_digit(s[i - 1])))
			continue;
		for (end = i; end < len && end - i < sizeof(span) &&
		    is_nir_char(s[end]); end++)
			span[end - i] = s[end] == '_' ? ' ' : s[end];
		/* Every span from i that ends on a digit. */
		for (size_t e = end; e >= i + 13; e--)
			if (util_is_digit(s[e - 1]) &&
			    nir_parse(span, e - i, &nir) == 0)
				return 1;
	}
	return 0;
}

static size_t
longest_digit_run(const char *s, size_t len)
{
	size_t best = 0, run = 0;

	for (size_t i = 0; i < len; i++) {
		run = util_is_digit(s[i]) ? run + 1 : 0;
		if (run > best)
			best = run;
	}
	return best;
}

static int
is_listed(const char *word, size_t n, struct buf *b, int *listed)
{
	const char *key;
	int r;

	if ((r = norm_value(NORM_TEXT, word, n, b)) == -EILSEQ)
		return 0;	/* not UTF-8: cannot be one of our names */
	if (r != 0 || (r = buf_putc(b, '\0')) != 0)
		return r;
	key = b->data;
	if (strlen(key) >= NAMES_MIN_WORD && bsearch(&key, folded, nfolded,
	    sizeof(*folded), cmp_str) != NULL)
		*listed = 1;
	return 0;
}

/* Is any word of the name a first or last name we know? */
static int
has_listed_word(const char *s, size_t len, int *listed)
{
	struct buf b = BUF_INIT;
	size_t i = 0;
	int r = 0;

	*listed = 0;
	while (i < len && !*listed && r == 0) {
		size_t start;

		while (i < len && !is_letter((unsigned char)s[i]))
			i++;
		start = i;
		/* "DupontJean": a capital after a small letter starts a word. */
		while (i < len && is_letter((unsigned char)s[i]) &&
		    !(i > start && s[i] >= 'A' && s[i] <= 'Z' &&
		    s[i - 1] >= 'a' && s[i - 1] <= 'z'))
			i++;
		if (i > start)
			r = is_listed(s + start, i - start, &b, listed);
	}
	buf_free(&b);
	return r;
}

int
names_sign(const char *name, size_t len, enum names_sign *sign)
{
	size_t run;
	int listed, r;

	pthread_once(&fold_once, fold_lists);
	if (fold_error)
		return -ENOMEM;
	run = longest_digit_run(name, len);
	if (has_nir(name, len))
		*sign = NAMES_NIR;
	else if (run >= NAMES_ID_DIGITS)
		*sign = NAMES_DIGITS;
	else if ((r = has_listed_word(name, len, &listed)) != 0)
		return r;
	else if (listed)
		*sign = NAMES_LISTED;
	else if (run >= NAMES_WARN_DIGITS)
		*sign = NAMES_SHORT_DIGITS;
	else
		*sign = NAMES_CLEAN;
	return 0;
}

int
names_refused(enum names_sign sign)
{
	return sign == NAMES_NIR || sign == NAMES_DIGITS || sign == NAMES_LISTED;
}

const char *
names_sign_text(enum names_sign sign)
{
	switch (sign) {
	case NAMES_NIR:
		return "looks like a NIR";
	case NAMES_DIGITS:
		return "holds a run of 8 or more digits";
	case NAMES_LISTED:
		return "holds a first or last name of the shipped lists";
	case NAMES_SHORT_DIGITS:
		return "holds a run of 5 to 7 digits";
	default:
		return "looks like no identifier";
	}
}
