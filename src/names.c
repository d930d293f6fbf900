/* Identifier-like names.  The name lists are folded once, then searched by
 * bisection: a lookup of the mount may check every kept name of a
 * directory. */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "buf.h"
#include "detect.h"
#include "detect_lists.h"
#include "fake_lists.h"
#include "names.h"
#include "nir.h"
#include "norm.h"
#include "textnorm.h"
#include "util.h"

/* Shorter words ("le", "da") are particles, not names. */
#define NAMES_MIN_WORD 3

static char	**folded;
static size_t	  nfolded;
/* The same lists apart, for names_person: first names (with Dicollecte's,
 * which hold Paul, Léa, Noah that the others lack), surnames, and the
 * eponyms a clinical word keeps ("Crohn", "Parkinson"). */
struct names_set {
	char	**w;
	size_t	  n;
};
static struct names_set first_set, last_set, eponym_set;
static int	  fold_error;
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;
/* The sets apart from `folded`, made on names_person's first call: only
 * check reads a kept cell for a person's name, and a mount that built them
 * with the file names' list carried some MB it never read (test_abuse.sh's
 * 16 MB budget went over by 0.3 MB). */
static int	  set_error;
static pthread_once_t set_once = PTHREAD_ONCE_INIT;

/* Dicollecte's first names, folded and sorted apart from the rest: one is
 * a name only if it is no ordinary word or place (detect_word_ordinary),
 * which needs the detectors' lexicon, some 10 MB a process.  So it is
 * asked when a file name holds one of them, and its answer kept: a mount
 * or an export whose names hold none never loads the lexicon (every
 * process did, and test_abuse.sh's daemon went past its memory budget). */
struct dico_name {
	char		*key;		/* folded */
	const char	*name;		/* as the list writes it */
	int		 ordinary;	/* -1: not asked yet */
};
static struct dico_name	*dico;
static size_t		 ndico;
static pthread_mutex_t	 dico_lock = PTHREAD_MUTEX_INITIALIZER;

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of list, folded, added to `folded`. */
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

static int
cmp_dico(const void *a, const void *b)
{
	return strcmp(((const struct dico_name *)a)->key,
	    ((const struct dico_name *)b)->key);
}

/* Dicollecte's first names, folded, into dico (sorted). */
static int
add_dicollecte(struct buf *b)
{
	unsigned n = detect_list_first_names_dicollecte_count;

	if ((dico = calloc(n, sizeof(*dico))) == NULL)
		return -ENOMEM;
	for (unsigned i = 0; i < n; i++) {
		const char *name = detect_list_first_names_dicollecte[i];

		if (norm_value(NORM_TEXT, name, strlen(name), b) != 0 ||
		    buf_putc(b, '\0') != 0 ||
		    (dico[ndico].key = strdup(b->data)) == NULL)
			return -ENOMEM;
		dico[ndico].name = name;
		dico[ndico].ordinary = -1;
		ndico++;
	}
	qsort(dico, ndico, sizeof(*dico), cmp_dico);
	return 0;
}

/* Is the folded key one of Dicollecte's first names that is no ordinary
 * word or place ("Paul", "Noah"; not "Rose", "Paris", "June")? */
static int
dicollecte_name(const char *key)
{
	struct dico_name k = { (char *)key, NULL, 0 }, *d;
	int ordinary;

	if ((d = bsearch(&k, dico, ndico, sizeof(*dico), cmp_dico)) == NULL)
		return 0;
	pthread_mutex_lock(&dico_lock);
	if (d->ordinary < 0)
		d->ordinary = detect_word_ordinary(d->name, strlen(d->name),
		    d->key, strlen(d->key)) != 0;
	ordinary = d->ordinary;
	pthread_mutex_unlock(&dico_lock);
	return !ordinary;
}

static int
set_add(struct names_set *set, const char *const *list, unsigned n,
    struct buf *b)
{
	char **w = realloc(set->w, (set->n + n) * sizeof(*w));

	if (w == NULL)
		return -ENOMEM;
	set->w = w;
	for (unsigned i = 0; i < n; i++) {
		if (norm_value(NORM_TEXT, list[i], strlen(list[i]), b) != 0 ||
		    buf_putc(b, '\0') != 0 ||
		    (set->w[set->n] = strdup(b->data)) == NULL)
			return -ENOMEM;
		set->n++;
	}
	return 0;
}

/* Every first and last name we ship, folded, sorted.  Kept for the life
 * of the process, like the lists themselves.  Dicollecte's first names
 * too, but those that are ordinary words or places ("Rose", "Paris",
 * "June"): the two curated lists lack some of the commonest French first
 * names, so "VIGNERON_Paul.csv", "Lea.csv", "x_Noah.csv", "bilan_Eva.csv"
 * and a renamed file's "x.paul" were shown (hostile29). */
static void
fold_lists(void)
{
	struct buf b = BUF_INIT;
	size_t n = (size_t)fake_list_first_names_count +
	    fake_list_last_names_count + detect_list_first_names_count +
	    detect_list_last_names_count;

	/* the tests' fault (util_test_fault, ops34) */
	if (util_test_fault("names") ||
	    (folded = calloc(n, sizeof(*folded))) == NULL ||
	    add_list(fake_list_first_names, fake_list_first_names_count, &b) ||
	    add_list(fake_list_last_names, fake_list_last_names_count, &b) ||
	    add_list(detect_list_first_names, detect_list_first_names_count,
	    &b) ||
	    add_list(detect_list_last_names, detect_list_last_names_count,
	    &b) || add_dicollecte(&b))
		fold_error = 1;
	else
		qsort(folded, nfolded, sizeof(*folded), cmp_str);
	buf_free(&b);
}

/* names_person's sets: first names (Dicollecte's too), surnames, eponyms,
 * folded and sorted. */
static void
fold_sets(void)
{
	struct buf b = BUF_INIT;

	if (set_add(&first_set, fake_list_first_names,
	    fake_list_first_names_count, &b) ||
	    set_add(&first_set, detect_list_first_names,
	    detect_list_first_names_count, &b) ||
	    set_add(&first_set, detect_list_first_names_dicollecte,
	    detect_list_first_names_dicollecte_count, &b) ||
	    set_add(&last_set, fake_list_last_names,
	    fake_list_last_names_count, &b) ||
	    set_add(&last_set, detect_list_last_names,
	    detect_list_last_names_count, &b) ||
	    set_add(&eponym_set, detect_list_eponyms,
	    detect_list_eponyms_count, &b)) {
		set_error = 1;
	} else {
		qsort(first_set.w, first_set.n, sizeof(char *), cmp_str);
		qsort(last_set.w, last_set.n, sizeof(char *), cmp_str);
		qsort(eponym_set.w, eponym_set.n, sizeof(char *), cmp_str);
	}
	buf_free(&b);
}

static int
is_letter(unsigned char c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z' ? 1 : c >= 0x80;
}

/* An ASCII space or sign that is no letter or digit: what may separate
 * the groups of a number in a name.  Not only nir.h's " .-" and '_'
 * ("scan_1_84_02_75_123_456.pdf"): "1:84:02:75:123:456:74.csv",
 * "06,51,94,88,22.csv" were shown. */
static int
is_sign(char c)
{
	return c >= 0x20 && c < 0x7f && !util_is_digit(c) &&
	    (unsigned)((c | 32) - 'a') >= 26u;
}

/* A NIR's characters and separators in a name: its digits, 2A/2B's
 * letters, and any ASCII sign or space (is_sign) between them. */
static int
is_nir_char(char c)
{
	return util_is_digit(c) || c == 'A' || c == 'B' || c == 'a' ||
	    c == 'b' || is_sign(c);
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
			span[end - i] = is_sign(s[end]) ? ' ' : s[end];
		/* Every span from i that ends on a digit. */
		for (size_t e = end; e >= i + 13; e--)
			if (util_is_digit(s[e - 1]) &&
			    nir_parse(span, e - i, &nir) == 0)
				return 1;
	}
	return 0;
}

/* What may join the digit groups of one written number in a name: a
 * phone "06.51.94.88.22", a date "21-06-1947", an IPP "4001 2308". */
static int
is_group_separator(char c)
{
	return is_sign(c);
}

/* The digits of the number that starts at s[i]: its first group, then
 * every group joined to it by the same separator. */
static size_t
number_at(const char *s, size_t len, size_t i)
{
	size_t digits = 0;
	char sep = 0;

	for (;;) {
		while (i < len && util_is_digit(s[i])) {
			digits++;
			i++;
		}
		if (i + 1 >= len || !is_group_separator(s[i]) ||
		    !util_is_digit(s[i + 1]) || (sep != 0 && s[i] != sep))
			return digits;
		sep = s[i++];
	}
}

/*
 * "06ー12ー34ー56ー78", "06x12x34x56x78", "06, 12, 34, 56, 78", "06 - 12 -
 * 34 - 56 - 78": five pairs of digits that one to four bytes other than
 * digits separate, the same each time (a letter, the katakana prolonged
 * mark, a sign and spaces): a phone, 10 digits (shown).  Five
 * pairs exactly, so "lot 12 - 2019", "10x12x34" stay what they were.
 */
static size_t
pairs_at(const char *s, size_t len, size_t i)
{
	size_t sl = 0, q, end;

	if (i + 2 >= len || !util_is_digit(s[i + 1]))
		return 0;
	while (sl < 4 && i + 2 + sl < len && !util_is_digit(s[i + 2 + sl]))
		sl++;
	if (sl == 0 || sl == 4)
		return 0;
	end = i + 4 * (2 + sl) + 2;
	if (end > len || (end < len && util_is_digit(s[end])))
		return 0;
	for (size_t k = 1; k < 5; k++) {
		q = i + k * (2 + sl);
		if (memcmp(s + q - sl, s + i + 2, sl) != 0 ||
		    !util_is_digit(s[q]) || !util_is_digit(s[q + 1]))
			return 0;
	}
	return 10;
}

/*
 * The most digits of one number in the name: a run of digits, or groups of
 * digits joined by single separators, the same one throughout ("0651948822"
 * and "06.51.94.88.22" are both 10).  One separator only, so that
 * the longest number of "v1.2_2019-01" is "2019-01", not all 8 digits.
 * Tried from every group's start: names are short.
 */
static size_t
longest_number(const char *s, size_t len)
{
	size_t best = 0;

	for (size_t i = 0; i < len; i++) {
		size_t n;

		if (!util_is_digit(s[i]) || (i > 0 && util_is_digit(s[i - 1])))
			continue;
		if ((n = number_at(s, len, i)) > best)
			best = n;
		if (best < 10 && pairs_at(s, len, i) > best)
			best = 10;
	}
	return best;
}

/* Digits s[*i..) of at most max, their value in *v; 0 if none. */
static size_t
digits_at(const char *s, size_t len, size_t *i, size_t max, unsigned *v)
{
	size_t n = 0;

	*v = 0;
	while (*i < len && util_is_digit(s[*i]) && n <= max) {
		*v = *v * 10 + (unsigned)(s[*i] - '0');
		(*i)++;
		n++;
	}
	return n > max ? 0 : n;
}

static char
fold_ascii(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c | 32) : c;
}

/* A French month's name (or its usual abbreviation) at s[*i..), folded to
 * ASCII or written with its accent: its number, or 0. */
static unsigned
month_at(const char *s, size_t len, size_t *i)
{
	static const char *const months[] = { "janvier", "janv", "fevrier",
	    "f\xc3\xa9vrier", "fevr", "fev", "f\xc3\xa9vr", "f\xc3\xa9v", "mars",
	    "avril", "avr", "mai", "juin", "juillet", "juil", "aout",
	    "ao\xc3\xbbt", "septembre", "sept", "octobre", "oct", "novembre",
	    "nov", "decembre", "d\xc3\xa9" "cembre", "dec", "d\xc3\xa9" "c" };
	static const unsigned number[] = { 1, 1, 2, 2, 2, 2, 2, 2, 3, 4, 4,
	    5, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 12, 12 };
	size_t best = 0, k;
	unsigned m = 0;

	for (k = 0; k < sizeof(months) / sizeof(*months); k++) {
		size_t n = strlen(months[k]), j;

		if (n <= best || *i + n > len)
			continue;
		for (j = 0; j < n && fold_ascii(s[*i + j]) == months[k][j]; j++)
			;
		/* The whole word: "mai" is not the start of "maison". */
		if (j == n && (*i + n == len || !is_letter((unsigned char)s[*i +
		    n]) || s[*i + n] == '.')) {
			best = n;
			m = number[k];
		}
	}
	*i += best;
	return m;
}

/*
 * A whole date: a day, a month (a number, or a name) and a year of 2 or 4
 * digits, joined by one separator (space, '.', '-', '_') or, around a
 * month's name, none ("21juin1947").  A birth date is a date of this kind
 * with fewer than 8 digits ("21.06.47", "1-6-1947", "21 juin 1947").
 */
static int
has_date(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		size_t j = i, nd, ny;
		unsigned d, m, y;
		char sep;

		/* Not inside a version: "v2.10.01", "1.2.10.24". */
		if (!util_is_digit(s[i]) || (i > 0 && (util_is_digit(s[i - 1]) ||
		    is_letter((unsigned char)s[i - 1]) || s[i - 1] == '.')))
			continue;
		if ((nd = digits_at(s, len, &j, 2, &d)) == 0 || d < 1 || d > 31)
			continue;
		sep = j < len && is_group_separator(s[j]) ? s[j] : 0;
		j += sep != 0;
		if (j < len && util_is_digit(s[j])) {
			if (sep == 0 || digits_at(s, len, &j, 2, &m) == 0 ||
			    m < 1 || m > 12 || j >= len || s[j] != sep)
				continue;
			j++;
		} else {
			if ((m = month_at(s, len, &j)) == 0)
				continue;
			if (j < len && s[j] == '.')
				j++;	/* "janv." */
			if (j < len && is_group_separator(s[j]))
				j++;
		}
		ny = digits_at(s, len, &j, 4, &y);
		if ((ny == 2 || ny == 4) && (j == len || (!util_is_digit(s[j]) &&
		    !(s[j] == '.' && j + 1 < len && util_is_digit(s[j + 1])))))
			return 1;
	}
	return 0;
}

/* An email address: "@" between a letter or digit and a domain with a dot
 * ("jd42@orange.fr"). */
static int
has_email(const char *s, size_t len)
{
	for (size_t i = 1; i + 1 < len; i++) {
		const char *dot;

		if (s[i] != '@' || !(util_is_digit(s[i - 1]) ||
		    is_letter((unsigned char)s[i - 1])) ||
		    !is_letter((unsigned char)s[i + 1]))
			continue;
		dot = memchr(s + i + 1, '.', len - i - 1);
		if (dot != NULL && dot + 1 < s + len &&
		    is_letter((unsigned char)dot[1]))
			return 1;
	}
	return 0;
}

/*
 * An email whose "@" and dots are written otherwise, as a name saved by
 * someone who did not want a robot to read it: "jd42(at)orange.fr",
 * "jd42[at]orange[.]fr", "jd42 arobase orange point fr", "jd42&#64;…"
 * (shown).  Read with those forms as "@" and "." into a copy;
 * the bracketed and coded ones are signs of their own, the spaced words
 * (" at ", " arobase ") need a domain with a dot before the name's type
 * ("meeting at noon.txt" is no email).
 */
static int
spelled_email(const char *s, size_t len)
{
	static const struct { const char *form; char as; int weak; } forms[] = {
		{ "(at)", '@', 0 }, { "[at]", '@', 0 }, { "{at}", '@', 0 },
		{ "(a)", '@', 0 }, { "[@]", '@', 0 }, { "(@)", '@', 0 },
		{ "&#64;", '@', 0 }, { "&commat;", '@', 0 },
		{ "(arobase)", '@', 0 }, { "[arobase]", '@', 0 },
		{ " arobase ", '@', 1 }, { " arobas ", '@', 1 },
		{ " at ", '@', 1 }, { "_at_", '@', 1 },
		{ "(dot)", '.', 0 }, { "[dot]", '.', 0 }, { "[.]", '.', 0 },
		{ "(.)", '.', 0 }, { "(point)", '.', 0 }, { "[point]", '.', 0 },
		{ " point ", '.', 0 }, { " dot ", '.', 0 }, { "_dot_", '.', 0 },
	};
	char out[NAME_MAX * 4 + 1];
	size_t n = 0, dots = 0;
	int weak = 0, changed = 0;
	const char *at = NULL;

	if (len >= sizeof(out))
		return 0;
	for (size_t i = 0; i < len;) {
		size_t k, m = 0;

		/* Every form opens with one of these bytes, none a letter
		 * (strncasecmp's case plays no part in it): at any other
		 * byte no form is tried.  check judges every short kept
		 * cell so (count_bare_name): the 23 forms' strlen and
		 * strncasecmp at each byte were 54% of its instructions
		 * (ops34). */
		if (s[i] != '(' && s[i] != '[' && s[i] != ' ' && s[i] != '_' &&
		    s[i] != '{' && s[i] != '&') {
			dots += at != NULL && s[i] == '.';
			out[n++] = s[i++];
			continue;
		}
		for (k = 0; k < sizeof(forms) / sizeof(forms[0]); k++) {
			if (forms[k].form[0] != s[i])
				continue;	/* the same: no letter */
			m = strlen(forms[k].form);
			if (i + m <= len && strncasecmp(s + i, forms[k].form,
			    m) == 0)
				break;
		}
		if (k == sizeof(forms) / sizeof(forms[0])) {
			dots += at != NULL && s[i] == '.';
			out[n++] = s[i++];
			continue;
		}
		if (forms[k].as == '@' && at == NULL) {
			weak = forms[k].weak;
			at = out + n;
		}
		dots += at != NULL && forms[k].as == '.';
		out[n++] = forms[k].as;
		changed = 1;
		i += m;
	}
	if (!changed || at == NULL || (weak && dots < 2))
		return 0;
	return has_email(out, n);
}

/* A control character (a newline, an escape): such a name shown as it is
 * could forge lines of a listing, a log or a report, or drive a terminal. */
static int
has_control(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return 1;
	return 0;
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
	if (strlen(key) >= NAMES_MIN_WORD && (bsearch(&key, folded, nfolded,
	    sizeof(*folded), cmp_str) != NULL || dicollecte_name(key)))
		*listed = 1;
	return 0;
}

/* What joins the words of one name in a file name: "LE GALL", "Le_Gall",
 * "Jean-Pierre", "M.DUPONT" (the lists hold "Le Gall", "Jean-Pierre",
 * which fold to "le gall", "jean pierre"). */
static int
is_word_joint(char c)
{
	return c == ' ' || c == '_' || c == '-' || c == '.';
}

/* The end of the word that starts at s[start]: letters, an apostrophe
 * between two letters ("N'DIAYE", "D'Almeida": the lists write them so),
 * with camel up to a capital after a small letter ("DupontJean" is two
 * words). */
static size_t
word_end(const char *s, size_t len, size_t start, int camel)
{
	size_t i = start;

	while (i < len) {
		if (s[i] == '\'' && i > start && i + 1 < len &&
		    is_letter((unsigned char)s[i + 1])) {
			i++;
			continue;
		}
		if (!is_letter((unsigned char)s[i]) || (camel && i > start &&
		    s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' &&
		    s[i - 1] <= 'z'))
			break;
		i++;
	}
	return i;
}

/* Is s[from..to) listed, its joints read as spaces ("LE_GALL" is
 * "le gall")? */
static int
is_listed_span(const char *s, size_t from, size_t to, struct buf *words,
    struct buf *b, int *listed)
{
	int r;

	buf_reset(words);
	for (size_t i = from; i < to; i++)
		if ((r = buf_putc(words, is_word_joint(s[i]) ? ' ' : s[i])) != 0)
			return r;
	return is_listed(words->data, words->len, b, listed);
}

/*
 * "D.U.P.O.N.T", "D_U_P_O_N_T", "D U P O N T": a name spread over single
 * letters, one sign or space (the same each time) between them, read as
 * the word they spell (shown, a documented limit before).
 * Three letters at least.
 */
static int
spelled_listed(const char *s, size_t len, struct buf *b, int *listed)
{
	char word[NAME_MAX + 1];
	int r = 0;

	for (size_t i = 0; i < len && r == 0 && !*listed; i++) {
		size_t n = 0, j = i;
		char sep;

		if (!is_letter((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 ||
		    (i > 0 && is_letter((unsigned char)s[i - 1])) || i + 2 >= len ||
		    !is_sign(sep = s[i + 1]))
			continue;
		while (j < len && n < sizeof(word) &&
		    is_letter((unsigned char)s[j]) && (unsigned char)s[j] < 0x80 &&
		    (j + 1 == len || !is_letter((unsigned char)s[j + 1]))) {
			word[n++] = s[j];
			if (j + 2 < len && s[j + 1] == sep)
				j += 2;
			else
				break;
		}
		if (n >= 3)
			r = is_listed(word, n, b, listed);
	}
	return r;
}

/*
 * "DUP0NT", "MART1N", "B0NN3T": a listed name with digits for the letters
 * they look like (0 o, 1 i, 3 e, 4 a, 5 s, 7 t), in a run of ASCII letters
 * and digits that holds both, four characters or more and at most half
 * digits (shown).  Another digit in the run ("covid19", "mp3")
 * or a run of digits first ("2023abc") makes it none.
 */
static int
leet_listed(const char *s, size_t len, struct buf *b, int *listed)
{
	static const char map[10] = { 'o', 'i', 0, 'e', 'a', 's', 0, 't', 0,
	    0 };
	char word[NAME_MAX + 1];
	int r = 0;

	for (size_t i = 0; i < len && r == 0 && !*listed;) {
		size_t n = 0, digits = 0, j = i;
		int ok = 1;

		if (!util_is_digit(s[i]) && !((s[i] | 32) >= 'a' &&
		    (s[i] | 32) <= 'z')) {
			i++;
			continue;
		}
		for (; j < len && n < sizeof(word) && (util_is_digit(s[j]) ||
		    ((s[j] | 32) >= 'a' && (s[j] | 32) <= 'z')); j++) {
			if (util_is_digit(s[j])) {
				digits++;
				ok &= map[s[j] - '0'] != 0 && n > 0;
				word[n++] = map[s[j] - '0'];
			} else {
				word[n++] = (char)(s[j] | 32);
			}
		}
		if (ok && digits > 0 && n >= 4 && 2 * digits <= n && j - i == n)
			r = is_listed(word, n, b, listed);
		i = j;
	}
	return r;
}

/*
 * Is any word of the name a first or last name we know, or two or three
 * words side by side joined by one space, '_', '-' or '.' ("LE_GALL",
 * "Da Silva", "De La Fontaine")?  A name glued into one word ("legall")
 * is in no list: a limit (docs/threat-model.md).
 */
static int
has_listed_word(const char *s, size_t len, int *listed)
{
	struct buf b = BUF_INIT, words = BUF_INIT;
	size_t start[3] = { 0 }, end[3] = { 0 }, i = 0, nw = 0, run;
	int r = 0;

	*listed = 0;
	while (i < len && !*listed && r == 0) {
		size_t ws, we;

		while (i < len && !is_letter((unsigned char)s[i]))
			i++;
		if (i >= len)
			break;
		ws = i;
		we = i = word_end(s, len, ws, 1);
		/* A run of letters the camel case cuts ("MARTiN", "DupONT",
		 * "DUPoNT": a small letter among capitals, which a dotless
		 * or small capital letter also makes, norm_latin_base) is
		 * read whole too: cut, no piece was listed and the name was
		 * shown (redteam18). */
		if ((ws == 0 || !is_letter((unsigned char)s[ws - 1])) &&
		    (run = word_end(s, len, ws, 0)) > we &&
		    (r = is_listed(s + ws, run - ws, &b, listed)) != 0)
			break;
		if (*listed)
			break;
		/* The words before this one that it continues. */
		if (nw > 0 && ws == end[(nw - 1) % 3] + 1 &&
		    is_word_joint(s[ws - 1]))
			nw++;
		else
			nw = 1;
		start[(nw - 1) % 3] = ws;
		end[(nw - 1) % 3] = we;
		r = is_listed(s + ws, we - ws, &b, listed);
		/* And each part of "O'DUPONT", as before apostrophes joined. */
		for (size_t p = ws, q; r == 0 && !*listed &&
		    memchr(s + ws, '\'', we - ws) != NULL && p < we; p = q + 1) {
			q = p;
			while (q < we && s[q] != '\'')
				q++;
			r = is_listed(s + p, q - p, &b, listed);
		}
		for (size_t k = 2; k <= 3 && k <= nw && r == 0 && !*listed;
		    k++)
			r = is_listed_span(s, start[(nw - k) % 3], we, &words,
			    &b, listed);
	}
	if (r == 0 && !*listed)
		r = spelled_listed(s, len, &b, listed);
	if (r == 0 && !*listed)
		r = leet_listed(s, len, &b, listed);
	buf_free(&b);
	buf_free(&words);
	return r;
}

/* ---- characters beyond ASCII ---- */

/* A name's characters beyond ASCII that a listing or a terminal would not
 * show as they are: a C1 control or a line or paragraph separator (they
 * forge lines like a newline), or an invisible character (zero-width
 * space, soft hyphen, BOM, a bidirectional override that shows
 * "TNOPUD" as "DUPONT"): "DUP<U+200B>ONT" looks like, and is, DUPONT. */
struct name_chars {
	int	control;
	int	invisible;
};

static void
read_chars(const uint8_t *p, size_t len, struct name_chars *c)
{
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < len; ) {
		ucs4_t uc;
		int m;

		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((m = u8_mbtoucr(&uc, p + i, len - i)) < 0)
			m = 1;
		else if (uc_is_general_category(uc, UC_CATEGORY_Cc) ||
		    uc_is_general_category(uc, UC_CATEGORY_Zl) ||
		    uc_is_general_category(uc, UC_CATEGORY_Zp))
			c->control = 1;
		else if (uc_is_property_default_ignorable_code_point(uc) ||
		    uc_is_general_category(uc, UC_CATEGORY_Cf))
			c->invisible = 1;
		i += (size_t)m;
	}
}

/* Letters of two scripts in one word ("DУPONT", a Cyrillic U): a
 * look-alike of a name, as UTS #39 calls a mixed-script confusable.  Read
 * on the NFKC text (mathematical and full-width letters are Latin there). */
static int
mixed_script(const uint8_t *p, size_t len)
{
	return norm_mixed_script((const char *)p, len);
}

/* The name as its words and numbers are read: NFKC without the invisible
 * characters (textnorm.h: full-width digits and letters, compatibility
 * spaces, "DUP<U+200B>ONT" is "DUPONT"), then any decimal digit as an
 * ASCII one ("٠٦٥١..." is a phone), a Latin letter as the ASCII letter it
 * is drawn as (norm_latin_base: "ᴅᴜᴘᴏɴᴛ", "DUPØNT", "ĐUPONT", "MARTıN" are
 * DUPONT and MARTIN; they were shown, redteam18), a typographic apostrophe as '\'', and
 * any other character that is neither a letter nor a mark (a dash, a
 * middle dot, a space) as a space, which joins or parts words as '-' and
 * ' ' do. */
static int
plain_text(const char *s, size_t len, struct textnorm *tn, struct buf *out)
{
	const uint8_t *p;
	int r;

	buf_reset(out);
	if ((r = textnorm_run(tn, s, len)) != 0)
		return r;
	if (tn->changed) {
		s = tn->text.data;
		len = tn->text.len;
	}
	p = (const uint8_t *)s;
	for (size_t i = 0; i < len && r == 0; ) {
		ucs4_t uc;
		char digits[2];
		int m, d;

		if (p[i] < 0x80 || (m = u8_mbtoucr(&uc, p + i, len - i)) < 0) {
			r = buf_putc(out, s[i++]);
			continue;
		}
		if ((d = uc_decimal_value(uc)) >= 0)
			r = buf_putc(out, (char)('0' + d));
		else if ((d = norm_drawn_number(uc, digits)) > 0)
			r = buf_append(out, digits, (size_t)d);
		else if ((d = norm_latin_base(uc)) != 0 &&
		    (uc_is_general_category(uc, UC_CATEGORY_L) ||
		    uc_is_general_category(uc, UC_CATEGORY_So)))
			r = buf_putc(out, (char)d);
		else if (uc == 0x2019 || uc == 0x2018 || uc == 0x02bc)
			r = buf_putc(out, '\'');
		else if (uc_is_general_category(uc, UC_CATEGORY_L) ||
		    uc_is_general_category(uc, UC_CATEGORY_M))
			r = buf_append(out, s + i, (size_t)m);
		else
			r = buf_putc(out, ' ');
		i += (size_t)m;
	}
	return r;
}

/* The strongest sign of a name's words and numbers (ASCII, or read
 * through plain_text). */
static int
text_sign(const char *name, size_t len, enum names_sign *sign)
{
	size_t run;
	int listed, r;

	run = longest_number(name, len);
	if (has_nir(name, len))
		*sign = NAMES_NIR;
	else if (run >= NAMES_ID_DIGITS)
		*sign = NAMES_DIGITS;
	else if (has_email(name, len) || spelled_email(name, len))
		*sign = NAMES_EMAIL;
	else if ((r = has_listed_word(name, len, &listed)) != 0)
		return r;
	else if (listed)
		*sign = NAMES_LISTED;
	else if (has_date(name, len))
		*sign = NAMES_DATE;
	else if (run >= NAMES_WARN_DIGITS)
		*sign = NAMES_SHORT_DIGITS;
	else
		*sign = NAMES_CLEAN;
	return 0;
}

static int
is_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

/*
 * A name beyond ASCII: not UTF-8 (its words cannot be read: a Windows-1252
 * "Th\xe9bault" is a listed name no lookup finds), a control or invisible
 * character, else its words and numbers read through plain_text, else
 * letters of two scripts in a word.
 */
static int
unicode_sign(const char *name, size_t len, enum names_sign *sign)
{
	struct textnorm tn = { 0 };
	struct buf plain = BUF_INIT;
	struct name_chars c;
	int r = 0;

	if (u8_check((const uint8_t *)name, len) != NULL) {
		*sign = NAMES_NOT_UTF8;
		return 0;
	}
	read_chars((const uint8_t *)name, len, &c);
	if (c.control) {
		*sign = NAMES_CONTROL;
		return 0;
	}
	if ((r = plain_text(name, len, &tn, &plain)) != 0 ||
	    (r = text_sign(plain.data ? plain.data : "", plain.len, sign)) != 0)
		goto out;
	if (names_refused(*sign))
		goto out;
	if (c.invisible)
		*sign = NAMES_INVISIBLE;
	else if (mixed_script((const uint8_t *)(tn.changed ? tn.text.data :
	    name), tn.changed ? tn.text.len : len))
		*sign = NAMES_MIXED_SCRIPT;
 out:
	textnorm_free(&tn);
	buf_free(&plain);
	return r;
}

static int
hex_value(char c)
{
	if (util_is_digit(c))
		return c - '0';
	c = (char)(c | 32);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* name with every "%XX" decoded into out (len bytes at most; out may be
 * name: it writes behind what it reads): its length, or 0 if it holds
 * none. */
static size_t
percent_decode(const char *name, size_t len, char *out)
{
	size_t n = 0, any = 0;

	for (size_t i = 0; i < len; i++) {
		int h, l;

		if (name[i] == '%' && i + 2 < len &&
		    (h = hex_value(name[i + 1])) >= 0 &&
		    (l = hex_value(name[i + 2])) >= 0) {
			out[n++] = (char)(h * 16 + l);
			i += 2;
			any = 1;
		} else {
			out[n++] = name[i];
		}
	}
	return any ? n : 0;
}

static int
sign_of(const char *name, size_t len, enum names_sign *sign)
{
	if (has_control(name, len)) {
		*sign = NAMES_CONTROL;
		return 0;
	}
	if (!is_ascii(name, len))
		return unicode_sign(name, len, sign);
	return text_sign(name, len, sign);
}

/*
 * A name is also read with its "%XX" decoded, twice at most (a name saved
 * from a web page or a mail's attachment: "06%2012%2034%2056%2078.csv",
 * "jd42%40orange.fr.csv", "%44%55%50%4F%4E%54.csv" were shown):
 * refused if either reading is.  A decoded byte that makes the name no
 * UTF-8 ("Th%E9bault", Latin-1) refuses it as a raw one would.
 */
int
names_sign(const char *name, size_t len, enum names_sign *sign)
{
	char *dec;
	size_t n;
	int r;

	pthread_once(&fold_once, fold_lists);
	if (fold_error)
		return -ENOMEM;
	if ((r = sign_of(name, len, sign)) != 0 || names_refused(*sign) ||
	    memchr(name, '%', len) == NULL)
		return r;
	if ((dec = malloc(len + 1)) == NULL)
		return -ENOMEM;
	for (int pass = 0; pass < 2 && r == 0 && !names_refused(*sign) &&
	    (n = percent_decode(name, len, dec)) > 0; pass++) {
		enum names_sign d;

		if ((r = sign_of(dec, n, &d)) == 0 && names_refused(d))
			*sign = d;
		name = dec;
		len = n;
	}
	free(dec);
	return r;
}

int
names_prepare(int sets, const char **what)
{
	*what = NULL;
	pthread_once(&fold_once, fold_lists);
	if (!fold_error && sets)
		pthread_once(&set_once, fold_sets);
	if (!fold_error && !(sets && set_error))
		return 0;
	*what = "the folded name lists (conf/lists, conf/detect: first and "
	    "last names, Dicollecte's first names)";
	return -ENOMEM;
}

int
names_refused(enum names_sign sign)
{
	return sign == NAMES_CONTROL || sign == NAMES_NIR ||
	    sign == NAMES_DIGITS || sign == NAMES_EMAIL ||
	    sign == NAMES_LISTED || sign == NAMES_DATE ||
	    sign == NAMES_NOT_UTF8 || sign == NAMES_INVISIBLE ||
	    sign == NAMES_MIXED_SCRIPT;
}

const char *
names_sign_text(enum names_sign sign)
{
	switch (sign) {
	case NAMES_CONTROL:
		return "holds a control character";
	case NAMES_NIR:
		return "looks like a NIR";
	case NAMES_DIGITS:
		return "holds a number of 8 or more digits";
	case NAMES_EMAIL:
		return "holds an email address";
	case NAMES_LISTED:
		return "holds a first or last name of the shipped lists";
	case NAMES_DATE:
		return "holds a date";
	case NAMES_SHORT_DIGITS:
		return "holds a number of 5 to 7 digits";
	case NAMES_NOT_UTF8:
		return "is not UTF-8: its words cannot be read";
	case NAMES_INVISIBLE:
		return "holds an invisible or bidirectional character";
	case NAMES_MIXED_SCRIPT:
		return "mixes the letters of two scripts in a word (a "
		    "look-alike)";
	default:
		return "looks like no identifier";
	}
}

/* ---- a person's name in a kept cell (hostile31) ---- */

static int
in_set(const struct names_set *set, const char *w, size_t n)
{
	char key[64];
	const char *k = key;

	if (n < NAMES_MIN_WORD || n >= sizeof(key))
		return 0;
	memcpy(key, w, n);
	key[n] = '\0';
	return bsearch(&k, set->w, set->n, sizeof(char *), cmp_str) != NULL;
}

int
names_first_name(const char *w, size_t n, int *found)
{
	int r;

	*found = 0;
	if ((r = pthread_once(&set_once, fold_sets)) != 0)
		return -r;
	if (set_error)
		return -ENOMEM;
	*found = in_set(&first_set, w, n);
	return 0;
}

/* Words after which a first name and a surname name a place, not a
 * person: "Hôpital Henri Mondor", "Pavillon Jean Charcot", "rue Victor
 * Hugo", "Lycée Marie Curie" (folded; particles between are skipped). */
static int
is_place_word(const char *w, size_t n)
{
	static const char *const places[] = { "hopital", "hopitaux",
	    "pavillon", "service", "unite", "clinique", "centre", "institut",
	    "fondation", "rue", "avenue", "av", "boulevard", "bd", "place",
	    "allee", "chemin", "quai", "impasse", "square", "cours", "route",
	    "residence", "ehpad", "lycee", "college", "ecole", "groupe",
	    "saint", "sainte", "st", "ste", "batiment", "bat", "aile",
	    "salle", "chu", "ch", "chr", "gh", "ghu", "maison", "foyer",
	    "site", "pole", "departement", "secteur", "cmp", "usld", "ssr",
	    "prix", "syndrome", "maladie", "signe", "test", "score",
	    "echelle", "methode", "technique", "classification" };

	for (size_t i = 0; i < sizeof(places) / sizeof(*places); i++)
		if (strlen(places[i]) == n && memcmp(places[i], w, n) == 0)
			return 1;
	return 0;
}

static int
is_particle(const char *w, size_t n)
{
	return (n == 1 && (w[0] == 'd' || w[0] == 'l')) ||
	    (n == 2 && (memcmp(w, "de", 2) == 0 || memcmp(w, "du", 2) == 0 ||
	    memcmp(w, "la", 2) == 0 || memcmp(w, "le", 2) == 0)) ||
	    (n == 3 && memcmp(w, "des", 3) == 0);
}

/* Is a, c (folded words) a first name and a surname, either order? */
static int
person_pair(const char *a, size_t na, const char *c, size_t nc)
{
	return (in_set(&first_set, a, na) && in_set(&last_set, c, nc) &&
	    !in_set(&eponym_set, c, nc)) ||
	    (in_set(&last_set, a, na) && in_set(&first_set, c, nc) &&
	    !in_set(&eponym_set, a, na));
}

/* An initial at t[j]: a capital and a full stop ("J.", "J.-P."), or a
 * capital alone that ends the cell or comes before a comma ("DUPONT J",
 * "DUPONT J, cardiologue"), never before another letter. */
static int
initial_at(const char *t, size_t len, size_t j, int bare)
{
	if (j >= len || t[j] < 'A' || t[j] > 'Z')
		return 0;
	if (j + 1 < len && t[j + 1] == '.')
		return 1;
	return bare && (j + 1 == len || t[j + 1] == ',' || t[j + 1] == ';');
}

/*
 * A surname of the lists in capitals beside an initial: "DUPONT J.",
 * "MARTIN J.-P.", "J. DUPONT", "DUPONT J" at the cell's end.  A kept
 * column of prescribers writes them so, and names_person, which wants a
 * first name, found none: check reported an initial only.  The word: three capitals
 * or more, no small letter (accented capitals pass as bytes), hyphens and
 * apostrophes inside; a surname of the lists that is no eponym ("VITAMINE
 * D", "HEPATITE C", "CROHN J." are not).
 */
static int
caps_initial(const char *t, size_t len, struct buf *scratch, int *found)
{
	size_t i = 0;
	int r;

	while (i < len && !*found) {
		size_t e = i, caps = 0, j;
		int small = 0, before, after;

		if (i > 0 && is_letter((unsigned char)t[i - 1])) {
			i++;
			continue;
		}
		while (e < len && (is_letter((unsigned char)t[e]) ||
		    ((t[e] == '-' || t[e] == '\'') && e > i && e + 1 < len &&
		    is_letter((unsigned char)t[e + 1])))) {
			if (t[e] >= 'A' && t[e] <= 'Z')
				caps++;
			else if (t[e] >= 'a' && t[e] <= 'z')
				small = 1;
			e++;
		}
		if (e == i) {
			i++;
			continue;
		}
		/* "J. DUPONT", "J.DUPONT" */
		j = i;
		while (j > 0 && t[j - 1] == ' ')
			j--;
		before = j >= 2 && t[j - 1] == '.' && t[j - 2] >= 'A' &&
		    t[j - 2] <= 'Z' && (j == 2 ||
		    !is_letter((unsigned char)t[j - 3]));
		/* "DUPONT J." */
		for (j = e; j < len && t[j] == ' '; j++)
			;
		after = j > e && initial_at(t, len, j, 1);
		if (!small && caps >= NAMES_MIN_WORD && (before || after)) {
			if ((r = norm_value(NORM_TEXT, t + i, e - i,
			    scratch)) != 0)
				return r == -EILSEQ ? 0 : r;
			if (in_set(&last_set, scratch->data, scratch->len) &&
			    !in_set(&eponym_set, scratch->data, scratch->len))
				*found = 1;
		}
		i = e;
	}
	return 0;
}

int
names_person(const char *text, size_t len, struct buf *scratch, int *found)
{
	/* The word before, and the nearest word before it that is no
	 * particle (its start, or SIZE_MAX for none). */
	size_t prev = SIZE_MAX, nprev = 0, place = SIZE_MAX, nplace = 0;
	const char *d;
	int r;

	*found = 0;
	if (len == 0)
		return 0;
	if ((r = pthread_once(&set_once, fold_sets)) != 0)
		return -r;
	if (set_error)
		return -ENOMEM;
	if ((r = caps_initial(text, len, scratch, found)) != 0 || *found)
		return r;
	if ((r = norm_value(NORM_TEXT, text, len, scratch)) != 0)
		return r == -EILSEQ ? 0 : r;
	d = scratch->data;
	/* Words: letters, an apostrophe between two ("n'diaye").  Linear:
	 * each word is looked at beside the one before it. */
	for (size_t i = 0; i < scratch->len && !*found;) {
		size_t e;

		if (!is_letter((unsigned char)d[i])) {
			i++;
			continue;
		}
		e = word_end(d, scratch->len, i, 0);
		if (prev != SIZE_MAX && person_pair(d + prev, nprev, d + i,
		    e - i) && !(place != SIZE_MAX && is_place_word(d + place,
		    nplace)))
			*found = 1;
		if (prev != SIZE_MAX && !is_particle(d + prev, nprev)) {
			place = prev;
			nplace = nprev;
		}
		prev = i;
		nprev = e - i;
		i = e;
	}
	return 0;
}

/* The nearest word before text[at] that is no particle, folded into
 * scratch: its start in scratch->data and its length in *n (0: none).
 * Read from at most 64 bytes back (a word of a place is short). */
static int
word_before(const char *text, size_t at, struct buf *scratch, size_t *start,
    size_t *n)
{
	size_t from = at > 64 ? at - 64 : 0, i, e, last = 0, nlast = 0;
	int r;

	*n = 0;
	while (from > 0 && from < at && ((unsigned char)text[from] & 0xc0) ==
	    0x80)
		from--;	/* a character's start */
	if ((r = norm_value(NORM_TEXT, text + from, at - from, scratch)) != 0)
		return r == -EILSEQ ? 0 : r;
	for (i = 0; i < scratch->len; i = e) {
		if (!is_letter((unsigned char)scratch->data[i])) {
			e = i + 1;
			continue;
		}
		e = word_end(scratch->data, scratch->len, i, 0);
		if (!is_particle(scratch->data + i, e - i)) {
			last = i;
			nlast = e - i;
		}
	}
	/* The first word may be cut by the 64 bytes: not judged. */
	if (nlast > 0 && (last > 0 || from == 0)) {
		*start = last;
		*n = nlast;
	}
	return 0;
}

int
names_person_span(const char *text, size_t len, size_t start, size_t end,
    struct buf *scratch, int *found)
{
	size_t words = 0, first = 0, pstart, pn;
	int r;

	*found = 0;
	if (start >= end || end > len)
		return 0;
	if ((r = pthread_once(&set_once, fold_sets)) != 0)
		return -r;
	if (set_error)
		return -ENOMEM;
	if ((r = norm_value(NORM_TEXT, text + start, end - start,
	    scratch)) != 0)
		return r == -EILSEQ ? 0 : r;
	for (size_t i = 0, e; i < scratch->len; i = e) {
		if (!is_letter((unsigned char)scratch->data[i])) {
			e = i + 1;
			continue;
		}
		e = word_end(scratch->data, scratch->len, i, 0);
		words++;
		first += in_set(&first_set, scratch->data + i, e - i);
	}
	if (words < 2 || first == 0)
		return 0;
	if ((r = word_before(text, start, scratch, &pstart, &pn)) != 0)
		return r;
	*found = !(pn > 0 && is_place_word(scratch->data + pstart, pn));
	return 0;
}
