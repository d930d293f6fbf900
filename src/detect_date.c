/* The date detectors: dates written with digits ("12/03/2021") or with a
 * month word ("12 mars 2021", "11 juil. 1945"), and partial dates
 * ("le 3 mars", "mars 2021", "le 18/08", "mardi 7", "mi-mars"), which
 * shift like the others.  The month tables.  docs/scrub.md. */
#include <stdio.h>
#include <string.h>

#include "detect.h"
#include "detect_int.h"

const char *const months[] = {
	"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
	"septembre", "octobre", "novembre", "decembre", NULL,
};

/* Abbreviated months ("17 juil", "12 sept.", "nov 2019", "11 juil. 1945"),
 * folded, and their month.  Not "sep" (la SEP, multiple sclerosis), "jan"
 * (Jan is a first name), "mar", "jun", "jul". */
static const struct { const char *w; int month; } month_abbrevs[] = {
	{ "janv", 1 }, { "fevr", 2 }, { "fev", 2 }, { "avr", 4 },
	{ "juil", 7 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 },
	{ "dec", 12 },
};

static const char *const month_names[] = {
	"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
	"septembre", "octobre", "novembre", "décembre",
};

/* Words before a bare "18/08" that say it is a date, not a score ("EVA
 * 3/10") or a pressure ("TA 12/08"). */
const char *const date_cues[] = {
	"le", "du", "au", "depuis", "des", "jusqu", "jusqu'au", "avant", "apres",
	"rdv", "prevu", "prevue", "vu", "vue", "date", "lundi", "mardi",
	"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "entre", "et",
	"sortie", "entree", "hospitalise", "hospitalisee", "rappel", "revu",
	"revue", "ce", "controle", "consultation", "cs", "en", "pour", "vers",
	"a",
	/* issue 10 (addrdate): "les 12/03, 13/03", "DDR : 05/01", "DDN",
	 * "naissance : 12/1950", and the events of a stay */
	"les", "ddr", "ddn", "naissance", "admission", "deces", "arrivee",
	"retour", "depart", "passage", "visite",
	/* leaks19b: the participle "daté" agreed ("ordonnance datée
	 * 12.11", "ordonnances datées 3.4"; "daté" folds to "date") and
	 * the noun's plural */
	"datee", "dates", "datees",
	/* review20: the other participles a letter or a prescription
	 * takes before its date ("ordonnance sign\xc3\xa9" "e 12.11",
	 * "courrier envoy\xc3\xa9 14.11", "certificat \xc3\xa9tabli 15.11");
	 * "re\xc3\xa7u" too: a dose after it ("a re\xc3\xa7u 2.5 mg", "1.25 mg")
	 * is no day and month of two digits each; no "sign\xc3\xa9" (it folds
	 * to the noun "signe") */
	"signee", "signees", "envoye", "envoyee", "envoyes", "envoyees",
	"recu", "recue", "recus", "recues", "redige", "redigee", "rediges", "redigees",
	"etabli", "etablie", "etablis", "etablies", "faxe", "faxee",
	"faxes", "faxees", "emis", "emise", "emises", NULL,
};

/* The abbreviated months are months to the dictionary too. */
int
dict_add_month_abbrevs(void)
{
	for (size_t k = 0; k < sizeof(month_abbrevs) / sizeof(month_abbrevs[0]);
	    k++) {
		const char *w[] = { month_abbrevs[k].w, NULL };
		int r;

		if ((r = dict_add_words(w, D_MONTH)) != 0)
			return r;
	}
	return 0;
}

const char *
detect_month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

/* "03 / 04 / 2021": a date typed with spaces around its slashes, parsed
 * without them (and written back without them when moved); "12 03 2021",
 * typed with spaces alone: two digits, two digits, four digits, not
 * inside a run of numbers ("06 12 03 20 21" is a phone, "NDA 2504 0871
 * 33" an id), written back with slashes.  After a strong date cue
 * ("née le", "DDN", "le"; numeric_date_cue), the day and the month may
 * have one digit and "du" or "du mois" may join the day to the month
 * ("née le 15 6 1982", "le 15 du 6 1982", "le 3 du mois 4 2025": a date
 * dictated or spelled through an interpreter, heldout18): the year of
 * four digits then (recall23).  Written back with slashes as the other
 * spaced forms. */
static const char *const spaced_date_joins[] = { " du mois ", " du ", NULL };

static int	numeric_date_cue(const char *t, const struct detect_scratch *s,
		    size_t i, int one_digit, int dot, int in_parens);

static int
spaced_date(const char *t, size_t len, size_t i, struct detect_scratch *s)
{
	struct date_value d;
	char buf[12];
	size_t n = 0, k = i, part, digits, day_digits = 0, month_digits = 0, w;
	int r, bare = -1, loose = 0, cue = -1;

	for (part = 0; part < 3; part++) {
		for (digits = 0; k < len && util_is_digit(t[k]) && digits < 4;
		    k++, digits++)
			buf[n++] = t[k];
		if (part == 0)
			day_digits = digits;
		if (digits == 0 || (part < 2 && digits > 2) ||
		    (part == 2 && digits != 4 && (digits != 2 || bare ||
		    loose)) || (k < len && is_alnum_byte(t[k])))
			return 0;
		if (part == 1)
			month_digits = digits;
		if (part == 2)
			break;
		if (part == 0 && bare != 0 && k < len && t[k] == ' ') {
			size_t jn = 0;

			for (size_t q = 0; spaced_date_joins[q] != NULL; q++) {
				size_t l = strlen(spaced_date_joins[q]);

				if (k + l < len && memcmp(t + k,
				    spaced_date_joins[q], l) == 0 &&
				    util_is_digit(t[k + l])) {
					jn = l;
					break;
				}
			}
			if (jn != 0) {
				if (cue < 0)
					cue = (w = word_at(s, i)) < s->nwords &&
					    s->words[w].start == i &&
					    numeric_date_cue(t, s, w, 1, 0, 0);
				if (!cue)
					return 0;
				loose = 1;
				bare = 1;
				k += jn;
				buf[n++] = '/';
				continue;
			}
		}
		if (k + 2 <= len && t[k] == ' ' && util_is_digit(t[k + 1]) &&
		    bare != 0) {
			bare = 1;
			k++;
		} else if (k + 3 <= len && t[k] == ' ' && t[k + 1] == '/' &&
		    t[k + 2] == ' ' && bare != 1) {
			bare = 0;
			k += 3;
		} else
			return 0;
		buf[n++] = '/';
	}
	/* a one-digit day or month with spaces alone: only after a strong
	 * cue, and a year of four digits */
	if (bare == 1 && !loose && (day_digits != 2 || month_digits != 2)) {
		if (digits != 4 || (w = word_at(s, i)) >= s->nwords ||
		    s->words[w].start != i || !numeric_date_cue(t, s, w, 1, 0, 0))
			return 0;
		loose = 1;
	}
	/* spaces alone: no number just before or after */
	if (bare == 1 && ((!loose && t[i + 2] != ' ') || (i >= 2 &&
	    t[i - 1] == ' ' && util_is_digit(t[i - 2])) || (k + 1 < len &&
	    (t[k] == ' ' || t[k] == '-' || t[k] == '.') &&
	    util_is_digit(t[k + 1]))))
		return 0;
	if (date_parse(buf, n, &d) != 0)
		return 0;
	d.tail_off = d.tail_len = 0;
	if ((r = add_span(s, i, k, DETECT_DATE, -1)) == 1)
		s->spans[s->nspans - 1].date = d;
	return r;
}

/* "1 2 / 0 7 / 1 9 5 1": an OCR'd scan puts a space between the digits
 * of a date; read as "12/07/1951" when a day and a month of one or two
 * digits, a year of four, the same separator twice (spaces around it or
 * not), and at least one part spaced inside.  Not inside a run of
 * spaced digits (a phone "0 6 1 2"), not before one. */
static int
ocr_spaced_date(const char *t, size_t len, size_t i, struct detect_scratch *s)
{
	struct date_value d;
	char buf[12], sep = 0;
	size_t n = 0, k = i;
	int inner = 0, r;

	if (i >= 2 && t[i - 1] == ' ' && util_is_digit(t[i - 2]))
		return 0;
	for (int part = 0; part < 3; part++) {
		size_t max = part < 2 ? 2 : 4, digits = 0;

		while (k < len && util_is_digit(t[k]) && digits < max) {
			buf[n++] = t[k++];
			if (++digits < max && k + 1 < len && t[k] == ' ' &&
			    util_is_digit(t[k + 1])) {
				k++;
				inner = 1;
			}
		}
		if (digits == 0 || (part == 2 && digits != 4))
			return 0;
		if (part == 2)
			break;
		if (k < len && t[k] == ' ')
			k++;
		if (k >= len || (t[k] != '/' && t[k] != '.' && t[k] != '-') ||
		    (sep != 0 && t[k] != sep))
			return 0;
		sep = t[k++];
		buf[n++] = '/';
		if (k < len && t[k] == ' ')
			k++;
	}
	if (!inner || (k < len && is_alnum_byte(t[k])) || (k + 1 < len &&
	    t[k] == ' ' && util_is_digit(t[k + 1])) || digits_value(buf + n -
	    4, 4) < 1900 || digits_value(buf + n - 4, 4) > 2100 ||
	    date_parse(buf, n, &d) != 0)
		return 0;
	d.tail_off = d.tail_len = 0;
	if ((r = add_span(s, i, k, DETECT_DATE, -1)) == 1)
		s->spans[s->nspans - 1].date = d;
	return r;
}

static int	ymd_parse(int y, int m, int d, struct date_value *dv);

static int	numeric_date_cue(const char *t, const struct detect_scratch *s,
		    size_t i, int one_digit, int dot, int in_parens);
static int	add_partial_date(struct detect_scratch *s, size_t a, size_t b,
		    const struct date_value *shape, int part, int text_month);

/* "le 3/XII à 9h", "du 12.IV": a day and a month in Roman numerals with
 * no year, only after a strong date cue (like "le 3/12"; "type 3/IV",
 * "stade II/IV" stay), nothing glued after it.  n bytes of the day and
 * its separator from i, rn of the numerals. */
static int
roman_partial(const char *t, size_t len, size_t i, size_t n, size_t rn,
    int month, struct detect_scratch *s)
{
	struct date_value sh = { 0 };
	size_t e = i + n + rn, w = word_at(s, i);

	if (t[i + n - 1] == '-' || (e < len && (is_alnum_byte(t[e]) ||
	    t[e] == '/' || (t[e] == '.' && e + 1 < len &&
	    is_alnum_byte(t[e + 1])))) || w >= s->nwords ||
	    s->words[w].start != i || !numeric_date_cue(t, s, w, 1, 1, 0))
		return 0;
	sh.year = 2001;
	sh.month = month;
	sh.day = digits_value(t + i, n - 1);
	if (sh.month == 2 && sh.day == 29)
		sh.year = 2000;
	sh.sep = t[i + n - 1];
	sh.day_digits = (int)n - 1;
	sh.month_digits = (t[i + n] & 32) ? 1 : 0;	/* the case written */
	return add_partial_date(s, i, e, &sh, DETECT_PART_NO_YEAR,
	    DETECT_MONTH_ROMAN);
}

/* "12/IV/2021", "3.XII.1950", "12-iv-21": the month in Roman numerals
 * between the day and the year (a shape of old letters and of some
 * laboratories), with the same separator twice; n bytes of the day and
 * its separator were read from i.  Written back in numerals when moved
 * (DETECT_MONTH_ROMAN). */
static int
roman_date(const char *t, size_t len, size_t i, size_t n,
    struct detect_scratch *s)
{
	static const char *const roman[] = { "i", "ii", "iii", "iv", "v", "vi",
	    "vii", "viii", "ix", "x", "xi", "xii" };
	struct date_value d;
	char sep = t[i + n - 1], low[5];
	size_t k = i + n, rn, y, w;
	int month = 0, day, year, r;

	if (n < 2 || n > 3 || (sep != '/' && sep != '.' && sep != '-' &&
	    sep != ' ') || !util_is_digit(t[i + n - 2]))
		return 0;
	for (rn = 0; k + rn < len && rn < 5 && util_in_set("IVXivx",
	    t[k + rn]); rn++)
		low[rn] = (char)(t[k + rn] | 32);
	if (rn == 0 || rn > 4)
		return 0;
	for (int m = 0; m < 12; m++)
		if (strlen(roman[m]) == rn && memcmp(roman[m], low, rn) == 0)
			month = m + 1;
	/* one case throughout: "IV", "iv", not "Iv" */
	for (size_t q = 1; q < rn; q++)
		if ((t[k + q] & 32) != (t[k] & 32))
			month = 0;
	if (month != 0 && sep != ' ' && (k + rn >= len || t[k + rn] != sep))
		return roman_partial(t, len, i, n, rn, month, s);
	if (k + rn >= len || t[k + rn] != sep)
		return 0;
	k += rn + 1;
	for (y = 0; k + y < len && util_is_digit(t[k + y]) && y < 5; y++)
		;
	if (month == 0 || (y != 4 && y != 2) || (k + y < len &&
	    is_alnum_byte(t[k + y])))
		return 0;
	/* "née le 15 VI 1982": spaces alone, after a strong cue and with a
	 * year of four digits (recall23); "stade 3 IV 2000" stays */
	if (sep == ' ' && (y != 4 || (w = word_at(s, i)) >= s->nwords ||
	    s->words[w].start != i || !numeric_date_cue(t, s, w, 1, 0, 0)))
		return 0;
	day = digits_value(t + i, n - 1);
	year = digits_value(t + k, y);
	if (y == 2)
		year += year <= 30 ? 2000 : 1900;
	if (ymd_parse(year, month, day, &d) != 0)
		return 0;
	d.sep = sep;
	d.day_digits = (int)n - 1;
	d.year_digits = (int)y;
	d.tail_off = d.tail_len = 0;
	if ((r = add_span(s, i, k + y, DETECT_DATE, -1)) == 1) {
		s->spans[s->nspans - 1].date = d;
		s->spans[s->nspans - 1].text_month = DETECT_MONTH_ROMAN;
		/* upper or lower case numerals, as written */
		s->spans[s->nspans - 1].date.month_digits = (t[i + n] & 32) ? 1 : 0;
	}
	return r;
}

/* "3.03.21", "12-03-21", "12.3.21": a two-digit year after '.' or '-'
 * (date_parse reads two-digit years after '/' only); the same separator
 * twice, a valid date, the day or the month of two digits ("7.5.12",
 * "1.5.10" stay: versions, doses), no unit after it ("12.03.21 mg").
 * Both of one digit ("7-1-26", "7.1.26") only after a strong date cue
 * ("prise de sang du 7-1-26", "le 7.1.26"; not "v2.1.26", "score
 * 7-1-26"), like "le 25/3" (numeric_date_cue).  The m bytes at i, or -1. */
static int
dotted_short(const char *t, size_t len, size_t i, size_t m,
    const struct detect_scratch *s, struct date_value *d)
{
	char tmp[10], unit[8];
	size_t a, b, u = i + m, n = 0, k;
	char sep;

	if (m < 6 || m > 8)
		return -1;
	/* the short form: a word starts at i, a strong cue before it */
	if (m == 6 && ((k = word_at(s, i)) >= s->nwords ||
	    s->words[k].start != i || !numeric_date_cue(t, s, k, 1, 1, 0)))
		return -1;
	if (u < len && t[u] == ' ')
		u++;
	/* "vu le 30.11.26 M. Rémy": a capital starts no unit here */
	if (u < len && t[u] >= 'A' && t[u] <= 'Z')
		u = len;
	for (; u < len && n < sizeof(unit) && ((t[u] | 32) >= 'a' &&
	    (t[u] | 32) <= 'z'); u++)
		unit[n++] = (char)(t[u] | 32);
	if ((n > 0 && (u >= len || !is_alnum_byte(t[u])) &&
	    is_measure_unit(unit, n)) || (i + m < len && t[i + m] == '%'))
		return -1;
	for (a = 0; a < m && util_is_digit(t[i + a]); a++)
		;
	if (a < 1 || a > 2 || a + 1 >= m || (t[i + a] != '.' && t[i + a] != '-'))
		return -1;
	sep = t[i + a];
	for (b = a + 1; b < m && util_is_digit(t[i + b]); b++)
		;
	if (b - a - 1 < 1 || b - a - 1 > 2 || b >= m || t[i + b] != sep ||
	    m - b - 1 != 2)
		return -1;
	for (size_t q = b + 1; q < m; q++)
		if (!util_is_digit(t[i + q]))
			return -1;
	memcpy(tmp, t + i, m);
	tmp[a] = tmp[b] = '/';
	if (date_parse(tmp, m, d) != 0)
		return -1;
	d->sep = sep;
	return 0;
}

/* "1995.09.08": a year first, then the month and the day of two digits
 * between dots (datefmt reads a year first after '-' or '/' only); a
 * valid date of 1900-2100, written back with its dots.  0 if so. */
static int
ymd_dotted(const char *t, size_t i, size_t m, struct date_value *d)
{
	char tmp[10];

	if (m != 10 || t[i + 4] != '.' || t[i + 7] != '.' ||
	    (memcmp(t + i, "19", 2) != 0 && memcmp(t + i, "20", 2) != 0))
		return -1;
	memcpy(tmp, t + i, m);
	tmp[4] = tmp[7] = '-';
	if (date_parse(tmp, m, d) != 0 || d->order != DATE_YMD)
		return -1;
	d->sep = '.';
	return 0;
}

static int	date_context_off(const struct detect_scratch *s, size_t at,
		    size_t m);

/*
 * "12·03·1984", "12_03_1984", "12∕03∕1984", "1984·03·12": a day, a month
 * and a year of four digits (or the year first) between the same
 * underscore or sign beyond ASCII (detect_wide_sep), which the numeric
 * forms above do not read; a birth date in a comment went through raw
 * A valid date of 19xx or 20xx only.  The span, 1, or 0.
 */
/* The run of digits at t[q] (at most 5 counted). */
static size_t
digits_at(const char *t, size_t len, size_t q)
{
	size_t n = 0;

	while (q + n < len && n < 5 && util_is_digit(t[q + n]))
		n++;
	return n;
}

static int
wide_date(const char *t, size_t len, size_t i, struct detect_scratch *s)
{
	struct date_value d;
	char tmp[12];
	size_t a, b, c, k, q, m;
	int r;

	/* day, month, year; or the year first (1984·03·12) */
	a = digits_at(t, len, i);
	if ((a < 1 || a > 4 || a == 3) ||
	    (k = detect_wide_sep(t, len, i + a)) == 0)
		return 0;
	q = i + a + k;
	b = digits_at(t, len, q);
	if (b < 1 || b > 2 || q + b + k >= len ||
	    memcmp(t + q + b, t + i + a, k) != 0)
		return 0;
	m = q + b + k;
	c = digits_at(t, len, m);
	if (c != (a == 4 ? 1u : 4u) && c != (a == 4 ? 2u : 4u))
		return 0;
	/* the year of four digits, 19xx or 20xx */
	if (memcmp(a == 4 ? t + i : t + m, "19", 2) != 0 &&
	    memcmp(a == 4 ? t + i : t + m, "20", 2) != 0)
		return 0;
	snprintf(tmp, sizeof(tmp), "%.*s%c%.*s%c%.*s", (int)a, t + i,
	    a == 4 ? '-' : '/', (int)b, t + q, a == 4 ? '-' : '/', (int)c,
	    t + m);
	if (date_parse(tmp, a + b + c + 2, &d) != 0)
		return 0;
	if ((r = add_span(s, i, m + c, DETECT_DATE, -1)) == 1)
		s->spans[s->nspans - 1].date = d;
	return r;
}

/* A date written with digits: the longest date_parse accepts from i. */
int
try_date(const char *t, size_t len, size_t i, size_t run,
    struct detect_scratch *s)
{
	struct date_value d;
	size_t n = 0, m;
	int r;

	/* The bytes of a date (1) and the Roman numerals after one (2) by a
	 * table: a load where a chain of four and of six compares ran on
	 * each byte of every number (docs/performance.md, "the cost of
	 * each rule"). */
	static const uint8_t date_byte[256] = {
		['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1,
		['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
		['/'] = 1, ['-'] = 1, ['.'] = 1,
		['I'] = 2, ['V'] = 2, ['X'] = 2, ['i'] = 2, ['v'] = 2, ['x'] = 2,
	};

	/* the digits at i counted already (most numbers are all of it):
	 * on from their end */
	n = run < 10 ? run : 10;
#if defined(__SSE2__)
	/* sixteen bytes on at once where the text has them: the date
	 * bytes ('-' to '9', date_byte's 1) counted by a mask, where the
	 * loop's exit fell at a length no counter learns (a number's own
	 * end, or a date's: speed32b) */
	if (n < 10 && i + n + 16 <= len) {
		const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)
		    (t + i + n));
		/* c - '-' below 13, unsigned: as a signed compare of
		 * c - '-' - 128 with 13 - 128 */
		const unsigned db = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(
		    _mm_sub_epi8(x, _mm_set1_epi8((char)('-' + 128))),
		    _mm_set1_epi8((char)(13 - 128))));
		const size_t more = (size_t)__builtin_ctz(~db);

		n = n + more < 10 ? n + more : 10;
	}
#endif
	while (i + n < len && n < 10 && date_byte[(unsigned char)t[i + n]] == 1)
		n++;
	if (i + n < len && date_byte[(unsigned char)t[i + n]] == 2)
		return roman_date(t, len, i, n, s);
	if (n == run && n <= 2 && i + n + 1 < len && t[i + n] == ' ' &&
	    date_byte[(unsigned char)t[i + n + 1]] == 2 &&
	    (r = roman_date(t, len, i, n + 1, s)) != 0)
		return r;
	/* YYYYMMDD alone is an IPP as often as a date.  The m bytes hold a
	 * '/', '-' or '.' when they go past the run of digits at i (run,
	 * tokenize's whole digit word: the byte after it is one of them,
	 * date_byte), never otherwise (speed23d: three memchr each): the
	 * lengths from run down are not tried (speed24a: a loop that
	 * skipped each of them, for every number of six digits or more) */
	for (m = n; m >= 6 && m > run; m--) {
		if (!util_is_digit(t[i + m - 1]) || (i + m < len && util_is_digit(t[i + m])))
			continue;
		/* "12-03-21", "12.03.21", "3.03.21": datefmt reads
		 * two-digit years after '/' only; here the context says
		 * date. */
		if (date_parse(t + i, m, &d) != 0 && dotted_short(t, len, i, m, s, &d) != 0 &&
		    ymd_dotted(t, i, m, &d) != 0)
			continue;
		if (date_context_off(s, i, m))
			return 0;
		/* "facture n° F25-11-0874": a capital glued before it and a
		 * year no date of care has: a file's number (the id rules') */
		if (i > 0 && t[i - 1] >= 'A' && t[i - 1] <= 'Z' &&
		    (d.year < 1900 || d.year > 2100))
			return 0;
		if ((r = add_span(s, i, i + m, DETECT_DATE, -1)) == 1)
			s->spans[s->nspans - 1].date = d;
		return r;
	}
	if ((n <= 2 || n == 4) && i + n < len && t[i + n] != ' ' &&
	    (r = wide_date(t, len, i, s)) != 0)
		return r;
	if (i + 5 >= len || (t[i + 1] != ' ' && t[i + 2] != ' '))
		return 0;
	if ((r = spaced_date(t, len, i, s)) != 0 || t[i + 1] != ' ')
		return r;
	return ocr_spaced_date(t, len, i, s);
}

/* Before a month alone, words that place an event in it ("mi-mars",
 * "début juin", "fin janvier", "courant mars", "dès décembre"). */
static const char *const month_alone_cues[] = {
	"mi", "debut", "fin", "courant", "des", "en", "depuis", "mois",
	"jusqu'en", "avant", "apres", "entre", "pour", "vers",
	/* this year's month ("revient ce décembre", "cet avril") */
	"ce", "cet", NULL,
};
static uint64_t month_alone_cues_filter;	/* word_in_filtered_list */

/* Days written out before a month ("le douze mars", "le premier mai",
 * "le vingt-deux juin", "le trente et un décembre"): their values. */
static const struct { const char *w; int n; } day_words[] = {
	{ "premier", 1 }, { "un", 1 }, { "deux", 2 }, { "trois", 3 },
	{ "quatre", 4 }, { "cinq", 5 }, { "six", 6 }, { "sept", 7 },
	{ "huit", 8 }, { "neuf", 9 }, { "dix", 10 }, { "onze", 11 },
	{ "douze", 12 }, { "treize", 13 }, { "quatorze", 14 },
	{ "quinze", 15 }, { "seize", 16 }, { "vingt", 20 }, { "trente", 30 },
};

/* After a day and a month: words that make "le 3/4" a quantity ("le 3/4
 * du comprimé", "le 12 mars 20 mg"). */
static const char *const not_after_date[] = {
	"de", "d", "du", "des", "dose", "doses", "comprime", "comprimes",
	/* a fraction of a limb or an organ ("le 1/3 inférieur", "les 2/3
	 * supérieurs", "le 1/3 moyen") */
	"inferieur", "inferieure", "inferieurs", "inferieures", "superieur",
	"superieure", "superieurs", "superieures", "moyen", "moyenne",
	"moyens", "proximal", "proximale", "distal", "distale", "externe",
	"interne", "anterieur", "anterieure", "posterieur", "posterieure",
	"restant", "restants", "eme", "ieme", NULL,
};
static uint64_t not_after_date_filter;	/* word_in_filtered_list */

/* precision27: plural nouns of what care counts, after a day and a
 * month: the two digits before them are a count, no year ("du 5 au 23
 * janvier, 14 séances", "le 2 mars, 25 séances de kiné", "le 12 mai 10
 * comprimés"); a count of ten or more is written in the plural, and no
 * two-digit year is followed by one. */
static const char *const counted_after_year[] = {
	"seances", "cures", "cycles", "gelules", "sachets", "injections",
	"perfusions", "transfusions", "consultations", "passages", "patients",
	"points", "heures", "nuits", "culots", "prises",
	"ampoules", "flacons", "boites", "unites", "visites", "appels",
	"chutes", NULL,
};
static uint64_t counted_after_year_filter;	/* word_in_filtered_list */

/* Words before a number that make "12/08", "(13/7)" a measure, a score or
 * a ratio ("TA 12/08 - 13/07", "force (4/5)", "dilution 1/2000"). */
static const char *const measure_labels[] = {
	"ta", "tas", "tad", "pa", "pas", "pad", "pam", "tension", "pression",
	"eva", "ens", "evs", "mms", "mmse", "moca", "score", "note",
	"glasgow", "force", "testing", "cotation", "fc", "fr", "sat", "spo2",
	"nyha", "ratio", "rapport", "dilution", "titre", "apgar", "pouls",
	"dextro", "glycemie", "hgt", "diurese", NULL,
};
static uint64_t measure_labels_filter;	/* word_in_listf */

/* "ATCD TS (18/1)", "antécédent de chute (3/4)": a history, whose events
 * are dated in parentheses. */
static const char *const history_words[] = {
	"atcd", "atcds", "antecedent", "antecedents", "atc", NULL,
};
static uint64_t history_words_filter;	/* word_in_listf */

/* Events dated in parentheses right after them: "chute (3/4)". */
static const char *const dated_events[] = {
	"chute", "chutes", "hospitalisation", "intervention", "operation",
	"fracture", "accouchement", "naissance", "deces", "admission", "sortie",
	"entree", "passage", "urgences", "vaccin", "vaccination", "injection",
	"bilan", "biopsie", "scanner", "irm", "echographie", "coloscopie",
	"fibroscopie", "greffe", "pose", "ablation", "rdv",
	/* addrdate5: exams and events dated by a bare "12/03" ("ECG 12/03
	 * normal", "appel 12/03 de la fille", "transfusion 3/11") */
	"ecg", "eeg", "tdm", "echo", "radio", "rx", "radiographie", "appel",
	"transfusion", "terme", "opere", "operee", "prelevement", "ponction",
	"dialyse", "seance", "chimio", "chimiotherapie", "cure", "mammographie",
	"endoscopie", "gastroscopie", "consult", "hospit", NULL,
};
static uint64_t dated_events_filter;	/* word_in_listf */

static const char *const weekdays[] = {
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	NULL,
};
static uint64_t weekdays_filter;	/* word_in_filtered_list */

/* Abbreviated weekdays, a cue only after another ("le mer 19/02", "au
 * ven 3/04"). */
static const char *const weekday_abbrevs[] = {
	"lun", "mar", "mer", "jeu", "ven", "sam", "dim", NULL,
};
static uint64_t weekday_abbrevs_filter;	/* word_in_listf */

/* The month word i names, 0 if none; *abbrev: written abbreviated.
 * (In line: asked thousands of times a pass; speed29c.) */
static inline __attribute__((always_inline)) int
month_of(const struct detect_scratch *s, size_t i, int *abbrev)
{
	*abbrev = 0;
	if (!word_has(s, i, D_MONTH))
		return 0;
	for (int k = 0; months[k] != NULL; k++)
		if (word_is_str(s, i, months[k]))
			return k + 1;
	for (size_t k = 0; k < sizeof(month_abbrevs) / sizeof(month_abbrevs[0]);
	    k++)
		if (word_is_str(s, i, month_abbrevs[k].w)) {
			*abbrev = 1;
			return month_abbrevs[k].month;
		}
	return 0;
}

/* What follows the number word i: not a unit, a time, a decimal or
 * another number ("le 12 mars 20 mg", "mardi 7h", "25 juin 45,5"). */
static int
number_stands_alone(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	size_t e = s->words[i].end;

	if (e < len && (is_alnum_byte(t[e]) || t[e] == ':' || t[e] == '%'))
		return 0;
	if (e + 1 < len && util_in_set(",./-", t[e]) && util_is_digit(t[e + 1]))
		return 0;
	/* The next word, after spaces only ("refait le 16/5, M. X" is a
	 * date); a time after it is no quantity ("samedi 18/01 14h"). */
	if (i + 1 < s->nwords && s->words[i + 1].start - e <= 2 &&
	    t[e] == ' ' && (s->words[i + 1].start == e + 1 || t[e + 1] == ' ')) {
		const struct detect_word *u = &s->words[i + 1];

		if (is_measure_unit(wf(s, u), u->fold_len) ||
		    word_in_filtered_list(s, u, not_after_date))
			return 0;
		if ((u->flags & W_DIGIT) && !(u->end < len && (t[u->end] == ':' ||
		    (t[u->end] | 32) == 'h')))
			return 0;
	}
	return 1;
}

/* date_parse of "YYYY-MM-DD" for these numbers (written without
 * snprintf, which cost more than the rest of the date scan); -1 when it
 * is no date or no such day. */
static int
ymd_parse(int y, int m, int d, struct date_value *dv)
{
	char buf[10];

	if (y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99)
		return -1;
	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = buf[7] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[8] = (char)('0' + d / 10);
	buf[9] = (char)('0' + d % 10);
	return date_parse(buf, sizeof(buf), dv) == 0 ? 0 : -1;
}

/* "12 mars 2021", "1er mars 2021", "11 juil. 1945"; with two digits for
 * the year, "25 juin 45" (DATE_PIVOT_YY of datefmt.c: 1945). */
int
scan_text_dates(const char *t, size_t len, struct detect_scratch *s)
{
	int r;

	/* From a number before a month (detect_run's gate). */
	for (size_t x = 0; x < s->ndwords && s->dwords[x] + 2 < s->nwords;
	    x++) {
		size_t i = s->dwords[x], m = i + 1, yn;
		const struct detect_word *d = &s->words[i], *y;
		int month, abbrev, day, year;

		if (d->end - d->start > 2)
			continue;
		if (word_is(s, m, "er"))
			m++;
		if (m + 1 >= s->nwords)
			continue;
		month = month_of(s, m, &abbrev);
		y = &s->words[m + 1];
		yn = y->end - y->start;
		if (!month || !(y->flags & W_DIGIT) || (yn != 4 && yn != 2) ||
		    (s->words[m].start - d->end) > 4 || y->start - s->words[m].end > 2)
			continue;
		if (yn == 2 && (!number_stands_alone(t, len, s, m + 1) ||
		    (m + 2 < s->nwords && joined(t, s, m + 1) &&
		    word_in_filtered_list(s, &s->words[m + 2],
		    counted_after_year))))
			continue;
		/* The text is not NUL-terminated: read the words' digits only. */
		day = digits_value(t + d->start, d->end - d->start);
		year = digits_value(t + y->start, yn);
		if (yn == 2)
			year += year <= 30 ? 2000 : 1900;
		struct date_value dv;

		if (ymd_parse(year, month, day, &dv) != 0)
			continue;
		if ((r = add_span(s, d->start, y->end, DETECT_DATE, -1)) < 0)
			return r;
		if (r == 1) {
			dv.year_digits = (int)yn;
			s->spans[s->nspans - 1].date = dv;
			s->spans[s->nspans - 1].text_month = abbrev ?
			    DETECT_MONTH_ABBREV : DETECT_MONTH_WORD;
		}
	}
	return 0;
}

/* A partial date: the span and its parsed value (year 2001 stands for
 * none, 2000 for a 29 February; day 15 for none), in the shape written:
 * the separator and the digits of day and month ("03.04", "25/3"). */
static int
add_partial_date(struct detect_scratch *s, size_t a, size_t b,
    const struct date_value *shape, int part, int text_month)
{
	struct date_value dv;
	int r;

	if (ymd_parse(shape->year, shape->month, shape->day, &dv) != 0)
		return 0;
	if ((r = add_span(s, a, b, DETECT_DATE, -1)) == 1) {
		dv.sep = shape->sep;
		dv.day_digits = shape->day_digits;
		dv.month_digits = shape->month_digits;
		if (shape->year_digits != 0)
			dv.year_digits = shape->year_digits;
		s->spans[s->nspans - 1].date = dv;
		s->spans[s->nspans - 1].text_month = text_month;
		s->spans[s->nspans - 1].partial = part;
	}
	return r;
}

/* Word i's fold is one of list. */
static int
word_in(const struct detect_scratch *s, size_t i, const char *const *list)
{
	return in_list(list, wf(s, &s->words[i]), s->words[i].fold_len);
}

/*
 * recall27: a year alone that dates a person's birth or death ("née en
 * 1944", "(né à Jaffna en 1976)", "né en 87", "† 1990"): with a name
 * beside it (a pedigree, two namesakes told apart)
 * it narrows who the person is, as a birth date does.  A year of four
 * digits (1900 to 2099) or, after a birth's cue only, of two; standing
 * alone (no unit, no '%' after it).  A year of care ("IDM en 2015",
 * "VIH connu depuis 2014") stays: half the hand sets leave it
 * unlabeled, it dates no person (docs/scrub.md, recall27); so do
 * "décédé en 2017" (a relative's death in a history, as often
 * unlabeled: the dev halves), "née vers 1960" (an estimate), a duration ("depuis 3 ans") and a dose
 * ("Fresubin 1500 mL": a unit after it, and no cue before).  The span is
 * the year; date: its 2 July (DETECT_MONTH_YEAR).
 */
static int
event_year_cue(const char *t, const struct detect_scratch *s, size_t i,
    int *birth)
{
	static const char *const born[] = { "ne", "nee", "nes", "nees", NULL };
	size_t a = s->words[i].start;

	*birth = 0;
	/* "† 1990" (U+2020, one space or none) */
	if ((a >= 4 && memcmp(t + a - 4, "\xe2\x80\xa0 ", 4) == 0) ||
	    (a >= 3 && memcmp(t + a - 3, "\xe2\x80\xa0", 3) == 0))
		return 1;
	if (i < 2 || !word_is(s, i - 1, "en") ||
	    s->words[i].start != s->words[i - 1].end + 1)
		return 0;
	/* "né en", or "né à Jaffna en" (a place of one or two words, no
	 * punctuation between) */
	for (size_t k = i - 1; k > 0 && k + 5 > i; k--) {
		size_t g = s->words[k].start - s->words[k - 1].end;

		if (g != 1 || t[s->words[k - 1].end] != ' ')
			return 0;
		if (word_in(s, k - 1, born)) {
			*birth = 1;
			return k == i - 1 || word_is(s, k, "a");
		}
	}
	return 0;
}

static int
event_year(const char *t, size_t len, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];
	size_t n = w->end - w->start;
	struct date_value sh = { 0 };
	int birth, r;

	if ((n != 4 && n != 2) || n != w->nchars || word_taken(s, i) ||
	    !event_year_cue(t, s, i, &birth) || (n == 2 && !birth) ||
	    !number_stands_alone(t, len, s, i))
		return 0;
	sh.year = digits_value(t + w->start, n);
	if (n == 2)
		sh.year += 1900;	/* a birth: "né en 02" is no patient's */
	if (sh.year < 1900 || sh.year > 2099)
		return 0;
	sh.month = 7;
	sh.day = 2;
	sh.year_digits = (int)n;
	r = add_partial_date(s, w->start, w->end, &sh, DETECT_PART_NO_DAY,
	    DETECT_MONTH_YEAR);
	return r < 0 ? r : 0;
}

/* The years alone of births and deaths (event_year), recall first only
 * (detect_run's gate, o->recall): the default mode keeps the project's
 * rule that a year alone stays, where the hand sets disagree (docs/scrub.md
 * "recall27"). */
int
scan_event_years(const char *t, size_t len, struct detect_scratch *s)
{
	int r = 0;

	for (size_t x = 0; x < s->ndwords && r >= 0; x++)
		r = event_year(t, len, s, s->dwords[x]);
	return r < 0 ? r : 0;
}

/* before a date, words that make it a product's, not a person's:
 * a lot's or a drug's expiry ("péremption 06/2027", "exp. 12/2026",
 * "DLC 30/06/2027"). */
static const char *const expiry_words[] = {
	"peremption", "expiration", "exp", "dlc", "dluo", "ddm", "perime",
	"perimee", NULL,
};
static uint64_t expiry_words_filter;	/* word_in_listf */

/* Word i - 1, or i - 2 before "de", "du", "d'" or a colon, is an expiry
 * word. */
static int
expiry_before(const struct detect_scratch *s, size_t i)
{
	if (i == 0)
		return 0;
	if (word_in_listf(s, i - 1, expiry_words))
		return 1;
	return i >= 2 && (word_is(s, i - 1, "de") || word_is(s, i - 1, "d")) &&
	    word_in_listf(s, i - 2, expiry_words);
}

/* The date of m bytes at byte `at` is no person's: an expiry date, or a
 * short one (two-digit year) after a score's label ("APGAR 9/10/10":
 * three scores). */
static int
date_context_off(const struct detect_scratch *s, size_t at, size_t m)
{
	size_t k = word_at(s, at);

	if (k >= s->nwords || s->words[k].start != at)
		return 0;
	return expiry_before(s, k) || (m <= 8 && k > 0 &&
	    word_in_listf(s, k - 1, measure_labels));
}

/* Between words a and a + 1: no end of a clause ('.', ';', a line). */
static int
same_clause(const char *t, const struct detect_scratch *s, size_t a)
{
	for (size_t b = s->words[a].end; b < s->words[a + 1].start; b++)
		if (t[b] == ';' || t[b] == '\n' || (t[b] == '.' &&
		    !(s->words[a].flags & W_DOT && b == s->words[a].end)))
			return 0;
	return 1;
}

/* "(13/7)" at word i dates an event: an event word right before the
 * parenthesis ("chute (3/4)"), or a history word earlier in the clause
 * ("ATCD syndrome dépressif (13/7)", "ATCD : TS (18/1)") with no measure
 * between ("ATCD : HTA, TA (13/7)" stays). */
static int
history_context(const char *t, const struct detect_scratch *s, size_t i)
{
	if (i == 0)
		return 0;
	if (word_in_listf(s, i - 1, dated_events))
		return 1;
	for (size_t k = i, n = 0; k > 0 && n < 8; k--, n++) {
		if (word_in_listf(s, k - 1, measure_labels) ||
		    (s->words[k - 1].flags & W_DIGIT))
			return 0;
		if (word_in_listf(s, k - 1, history_words))
			return 1;
		if (k - 1 > 0 && !same_clause(t, s, k - 2))
			return 0;
	}
	return 0;
}

/* Word i starts right after a date span ("12/03 - 15/03", "les 12/03,
 * 13/03 et 14/03": the second is a date because the first is), with at
 * most a comma or a hyphen between. */
static int
after_date(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_span *sp;
	size_t a, b = s->words[i].start, marks = 0;

	if (i == 0 || (sp = span_of(s, i - 1)) == NULL || sp->kind != DETECT_DATE)
		return 0;
	a = s->words[i - 1].end;
	if (a != sp->end || b - a > 3)
		return 0;
	for (; a < b; a++) {
		if (t[a] == ',' || t[a] == '-')
			marks++;
		else if (t[a] != ' ')
			return 0;
	}
	return marks <= 1;
}

/* "séance 4/7", "cure 2/6", "injection 1/3": a session's rank
 * among the planned ones, one digit each, the first no greater, after a
 * word that counts them (a date after them is written "séance du 4/7"
 * or "séance 04/07"). */
static int
count_of_sessions(const char *t, const struct detect_scratch *s, size_t i)
{
	static const char *const counted[] = { "seance", "cure", "cycle",
	    "injection", "dose", NULL };
	const struct detect_word *a = &s->words[i], *b;

	if (i + 1 >= s->nwords || !word_in(s, i - 1, counted) ||
	    a->end - a->start != 1 || t[a->end] != '/')
		return 0;
	b = &s->words[i + 1];
	return b->start == a->end + 1 && (b->flags & W_DIGIT) &&
	    b->end - b->start == 1 && t[a->start] <= t[b->start] &&
	    t[a->start] != '0';
}

/* A cue before word i that announces a date: any of date_cues for
 * "18/08"; for a one-digit day or month ("le 25/3", "du 2/10") or a dot
 * or a hyphen ("le 03.04", "le 18-08") not the weak ones ("EVA 3/10 et
 * 4/10" is a score, "vers 11.05" a time); two and two digits alone in
 * parentheses ("(10/04)", "(03.03)"), or any in a history ("ATCD TS
 * (18/1)"); or a date just before ("12/03 - 15/03"). */
static const char *const weak_date_cues[] = { "et", "a", "en", "pour",
    "vers", "ce", "entre", "cs", "consultation", "vu", "vue", "les", NULL };
static uint64_t weak_date_cues_filter;	/* word_in_filtered_list */

static int
numeric_date_cue(const char *t, const struct detect_scratch *s, size_t i,
    int one_digit, int dot, int in_parens)
{
	int strong_only = one_digit || dot;
	const struct detect_word *p;

	if (in_parens && (!one_digit || history_context(t, s, i)))
		return 1;
	if (i == 0)
		return 0;
	if (after_date(t, s, i))
		return 1;
	p = &s->words[i - 1];
	/* "au mer 19/02", "lun. 3/03": an abbreviated weekday (not in the
	 * dictionary's cues: "Sam", "mer" are also a name and a word) */
	if (word_in_listf(s, i - 1, weekday_abbrevs) && i > 1 &&
	    word_has(s, i - 2, D_DATECUE))
		return 1;
	/* "sam 07/03 : chute": the abbreviation alone before a day and a
	 * month of two digits each, one space between (review21) */
	if (!strong_only && word_in_listf(s, i - 1, weekday_abbrevs) &&
	    !(p->flags & W_UPPER) && p->end + 1 == s->words[i].start &&
	    t[p->end] == ' ')
		return 1;
	/* "du 12-13/03", "le 3-4/05": the second day of a range glued by
	 * a hyphen to the first, a cue before them (day_chains takes the
	 * first) */
	if ((p->flags & W_DIGIT) && p->end + 1 == s->words[i].start &&
	    t[p->end] == '-' && p->end - p->start <= 2 && i >= 2 &&
	    word_has(s, i - 2, D_DATECUE) && !(s->words[i - 2].flags & W_DIGIT) &&
	    !(i >= 3 && word_in_listf(s, i - 3, measure_labels)) &&
	    digits_value(t + p->start, p->end - p->start) <
	    digits_value(t + s->words[i].start, s->words[i].end -
	    s->words[i].start))
		return 1;
	if (p->flags & W_DIGIT)
		return 0;
	/* an exam or an event right before it ("ECG 12/03", "TDM 3/4") */
	if (!word_has(s, i - 1, D_DATECUE))
		return word_in_listf(s, i - 1, dated_events) && p->end + 2 >=
		    s->words[i].start && !count_of_sessions(t, s, i);
	return !strong_only || !word_in_filtered_list(s, p, weak_date_cues);
}

/* Words i and i + 1 are "DD/MM" (two digits each, a valid day and month,
 * no year after). */
static int
two_two(const char *t, size_t len, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *m;
	int d, mo;

	if (i + 1 >= s->nwords || !(w->flags & W_DIGIT) || w->end - w->start != 2 ||
	    w->end >= len || t[w->end] != '/')
		return 0;
	m = &s->words[i + 1];
	if (m->start != w->end + 1 || !(m->flags & W_DIGIT) ||
	    m->end - m->start != 2 || (m->end + 1 < len && (t[m->end] == '/' ||
	    t[m->end] == '.') && util_is_digit(t[m->end + 1])))
		return 0;
	d = digits_value(t + w->start, 2);
	mo = digits_value(t + m->start, 2);
	return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
}

/* "12/03 - 15/03", "12/03 au 15/03": the first of a pair of two-digit
 * dates at word i (the second is cued by the first: after_date), not after
 * a measure ("TA 12/08 - 13/07"). */
static int
date_pair_from(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	size_t q = i + 2, a, b, marks = 0;

	if (!two_two(t, len, s, i) || q >= s->nwords ||
	    (i > 0 && (word_in_listf(s, i - 1, measure_labels) ||
	    (s->words[i - 1].flags & W_DIGIT))))
		return 0;
	if (word_is(s, q, "au") || word_is(s, q, "et"))
		q++;
	else {
		for (a = s->words[i + 1].end, b = s->words[q].start; a < b; a++) {
			if (t[a] == '-')
				marks++;
			else if (t[a] != ' ')
				return 0;
		}
		if (marks != 1 || b - s->words[i + 1].end > 3)
			return 0;
	}
	return q < s->nwords && two_two(t, len, s, q);
}

/* Word i (a number) is followed by a street ("au 12-10 rue", "3/5
 * avenue"): a street's number, not a date. */
static int
street_follows(const struct detect_scratch *s, size_t i)
{
	return i + 1 < s->nwords && (word_has(s, i + 1, D_STREET) ||
	    word_is(s, i + 1, "bis") || word_is(s, i + 1, "ter"));
}

/* Words i and i + 1 are a day and a month followed by "de", "du",
 * "des", "d'" ("CR du 12/03 du Dr X", "courrier du 14/05 de sa fille"):
 * a date when no fraction could be read ("le 3/4 de la dose", "le 1/3
 * du comprimé", "les 2/3 de" stay): a day of two digits or above the
 * month. */
static int
date_then_of(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *d = &s->words[i], *m = &s->words[i + 1];
	size_t e = m->end;
	int day = digits_value(t + d->start, d->end - d->start);

	if (i + 2 >= s->nwords || e >= len || t[e] != ' ' ||
	    s->words[i + 2].start != e + 1 || (day < 10 && day <=
	    digits_value(t + m->start, m->end - m->start)))
		return 0;
	return word_is(s, i + 2, "de") || word_is(s, i + 2, "du") ||
	    word_is(s, i + 2, "des") || word_is(s, i + 2, "d");
}

/* "INR du 01/12 2,3", "pesée le 02/12 72,1 kg", "le 03/12 2 chutes":
 * words i and i + 1 a day and a month of two digits each ("DD/MM")
 * right after a date cue that is no weak one (not "et", "a", "vu"...),
 * then, after a space, a number: the value measured or counted that day.
 * number_stands_alone refuses a number after any day and month ("le 3/4
 * 2 fois", "25 juin 45,5"); a fraction is not written with two digits
 * both and a cue such as "du" or "le" before it, and a measure's label
 * right before the cue keeps its pair ("TA le 12/08 80"). */
static int
cued_date_before_value(const char *t, size_t len,
    const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p, *m, *v;

	if (i == 0 || i + 2 >= s->nwords || !two_two(t, len, s, i))
		return 0;
	p = &s->words[i - 1];
	m = &s->words[i + 1];
	v = &s->words[i + 2];
	if ((p->flags & W_DIGIT) || !word_has(s, i - 1, D_DATECUE) ||
	    word_in_filtered_list(s, p, weak_date_cues) ||
	    (i >= 2 && word_in_listf(s, i - 2, measure_labels)))
		return 0;
	return (v->flags & W_DIGIT) && t[m->end] == ' ' &&
	    v->start - m->end <= 2 && (v->start == m->end + 1 ||
	    t[m->end + 1] == ' ');
}

/* "18/08", "03.04", "18-08", "25/3", "2/10" after a cue word, not
 * "18/08/..." nor "2.5 mg"; a dot or a hyphen only between two digits
 * and two, never before a month word ("le 10-12 mars" is a range); a dot
 * after a day of one digit too, before a month of two, then after a
 * strong cue only (numeric_date_cue's one_digit): "depuis le 3.11",
 * "du 3.11 au 5.11" (leaks19b); "à 1.10", "le 2.50 mg" stay. */
static int	dated_note(const char *t, size_t len,
		    const struct detect_scratch *s, size_t i);

/* Words i and i + 1 are a dilution's ratio, not a day and a month:
 * "1/N" after "au" or "à" with a word of dilution or titration
 * before it in the same clause, six words back at most ("Dilution de
 * la morphine au 1/10", "diluée au 1/10 dans du NaCl", "titrée au
 * 1/2"; dev23).  "rdv au 1/10", "revu au 1/10" stay dates, and so does
 * a day above 1 ("dilution faite le 12/10"). */
static int
dilution_ratio(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i];

	if (i < 2 || w->end - w->start != 1 || t[w->start] != '1' ||
	    !(word_is(s, i - 1, "au") || word_is(s, i - 1, "a")))
		return 0;
	for (size_t k = i - 1, hops = 0; k > 0 && hops < 6; k--, hops++) {
		const struct detect_word *v = &s->words[k - 1];
		const char *f = wf(s, v);

		for (size_t b = v->end; b < s->words[k].start; b++)
			if (t[b] == '.' || t[b] == ';' || t[b] == ',' ||
			    t[b] == ':' || t[b] == '\n')
				return 0;
		if ((v->fold_len >= 5 && memcmp(f, "dilu", 4) == 0) ||
		    (v->fold_len >= 5 && memcmp(f, "titr", 4) == 0))
			return 1;
	}
	return 0;
}

/* Words i and i + 1 are a blood pressure, not a day and a month: "HTA à
 * 18/10", "TA à 12/8", "tension à 16/9", "HTA 18/10": a pressure's word
 * right before, or before "à" (dev24; measure_labels keeps "TA 12/08"
 * with no "à" between, and has no "HTA").  The first number above the
 * second (systolic over diastolic, in cmHg), so "HTA, revue à 3/11"
 * and "TA à 8/12" stay dates. */
static const char *const pressure_words[] = {
	"ta", "pa", "hta", "tension", "pression", "hypertension",
	"hypotension", NULL,
};
static uint64_t pressure_words_filter;	/* word_in_listf */

static int
pressure_reading(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *m = &s->words[i + 1];
	size_t k = i - 1;

	if (i == 0 || w->end - w->start > 2 || m->end - m->start > 2 ||
	    digits_value(t + w->start, w->end - w->start) <=
	    digits_value(t + m->start, m->end - m->start))
		return 0;
	if (k > 0 && (word_is(s, k, "a") || word_is(s, k, "au")) &&
	    !(s->words[k].flags & W_CAP))
		k--;
	for (size_t b = s->words[k].end; b < s->words[k + 1].start; b++)
		if (t[b] == '.' || t[b] == ';' || t[b] == ',' || t[b] == '\n')
			return 0;
	return word_in_listf(s, k, pressure_words);
}

static int
try_numeric_partial(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i], *m;
	struct date_value sh = { 0 };
	size_t dn = w->end - w->start, mn;
	char sep;
	int parens;

	if (i + 1 >= s->nwords || w->end >= len)
		return 0;
	m = &s->words[i + 1];
	mn = m->end - m->start;
	sep = t[w->end];
	parens = w->start > 0 && t[w->start - 1] == '(' && m->end < len &&
	    t[m->end] == ')';
	if ((sep != '/' && sep != '.' && sep != '-') || m->start != w->end + 1 ||
	    !(m->flags & W_DIGIT) || mn > 2 || (sep != '/' && (dn > 2 ||
	    mn != 2 || (dn == 1 && sep != '.'))) || (m->end < len && (t[m->end] == '/' ||
	    t[m->end] == '.' || t[m->end] == '-') && m->end + 1 < len &&
	    util_is_digit(t[m->end + 1])) || word_taken(s, i + 1) ||
	    !(number_stands_alone(t, len, s, i + 1) || date_then_of(t, len, s,
	    i) || cued_date_before_value(t, len, s, i)) ||
	    street_follows(s, i + 1) ||
	    (sep == '-' && i + 2 < s->nwords && word_has(s, i + 2, D_MONTH)) ||
	    (sep == '/' && (dilution_ratio(t, s, i) ||
	    pressure_reading(t, s, i))))
		return 0;
	if (!numeric_date_cue(t, s, i, dn == 1 || mn == 1, sep != '/', parens) &&
	    (sep != '/' || !date_pair_from(t, len, s, i)) &&
	    (sep == '-' || dn != 2 || mn != 2 || !dated_note(t, len, s, i)))
		return 0;
	sh.year = 2001;
	sh.month = digits_value(t + m->start, mn);
	sh.day = digits_value(t + w->start, dn);
	if (sh.month == 2 && sh.day == 29)
		sh.year = 2000;
	sh.sep = sep;
	sh.day_digits = (int)dn;
	sh.month_digits = (int)mn;
	return add_partial_date(s, w->start, m->end, &sh, DETECT_PART_NO_YEAR,
	    DETECT_MONTH_DIGITS);
}

/* "Tr. 07/12 :", "Nuit 07/12 :", "Obs 12/03 :": words i and i
 * + 1 ("DD/MM") head a note's entry, after one word alone at the start of
 * the text or of a line (an abbreviation of the kind of entry), before a
 * colon that no digit follows ("TA 12/08 : " is a pressure: a measure's
 * label; "EVA 07/10 :" a score). */
static int
entry_heading(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *p = &s->words[i - 1];
	size_t a = p->start, e = s->words[i + 1].end;

	if (s->words[i].start - p->end > 3 || p->nchars > 12 ||
	    word_in_listf(s, i - 1, measure_labels))
		return 0;
	while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\t'))
		a--;
	if (a != 0 && t[a - 1] != '\n' && t[a - 1] != '\r' && !(a >= 2 &&
	    (unsigned char)t[a - 2] == 0xc2 && (unsigned char)t[a - 1] == 0xb6))
		return 0;
	while (e < len && t[e] == ' ')
		e++;
	return e < len && t[e] == ':' && !(e + 1 < len &&
	    util_is_digit(t[e + 1]));
}

#define TABLE_HEADING_WORDS	256	/* words back to a table's heading */
#define TABLE_MAX_BYTES		4096	/* bytes of a table read from it */

/* The cell of bytes [a, b) holds no byte but spaces and line ends
 * ("|\n|" between the rows of a markdown table). */
static int
table_cell_empty(const char *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (t[a] != ' ' && t[a] != '\t' && t[a] != '\n' && t[a] != '\r')
			return 0;
	return 1;
}

/* The cell of bytes [a, b) holds a digit (a value, not a heading). */
static int
table_cell_digit(const char *t, size_t a, size_t b)
{
	for (; a < b; a++)
		if (t[a] >= '0' && t[a] <= '9')
			return 1;
	return 0;
}

/*
 * Word i starts the cell at byte c (a '|' right before it, spaces
 * between) of a table pasted in the note whose heading names a date's
 * column, and its cell is in that column: "| Date | Poids | TA | 01/12
 * | 72,4 | 13/8 | 02/12 | ...", rows one after the other, or cut by an
 * empty cell ("| |").  The heading: the cells of no digit around the
 * word "date" or "jour" (TABLE_HEADING_WORDS words back at most); its
 * count is the row's; the cells after it are counted in rows of that
 * many (an empty cell right after a full row ends it), over
 * TABLE_MAX_BYTES at most.  A pressure's column ("| TA |") is no date's.
 */
static int
table_date_cell(const char *t, const struct detect_scratch *s, size_t i,
    size_t c)
{
	size_t k, n, h = NO_WORD, a, b, hs, ncols = 0, dcol = 0, col;

	for (k = i, n = 0; k > 0 && n < TABLE_HEADING_WORDS; k--, n++)
		if (word_is(s, k - 1, "date") || word_is(s, k - 1, "dates") ||
		    word_is(s, k - 1, "jour")) {
			h = k - 1;
			break;
		}
	if (h == NO_WORD)
		return 0;
	/* the heading's cell: bytes [a, b) between bars around word h */
	for (a = s->words[h].start; a > 0 && t[a - 1] != '|' &&
	    s->words[h].start - a < 64; a--)
		;
	for (b = s->words[h].end; b < c && t[b] != '|'; b++)
		;
	if (b >= c || (a > 0 && t[a - 1] != '|' && a != 0) ||
	    table_cell_digit(t, a, b))
		return 0;
	/* the heading's first cell: back over cells of no digit */
	hs = a;
	for (int m = 0; m < 16 && hs >= 2 && t[hs - 1] == '|'; m++) {
		size_t p = hs - 1;

		while (p > 0 && t[p - 1] != '|' && hs - p < 64)
			p--;
		if (p == 0 || t[p - 1] != '|' || table_cell_empty(t, p, hs - 1) ||
		    table_cell_digit(t, p, hs - 1))
			break;
		hs = p;
	}
	/* the heading's cells: from hs up to the first empty cell or the
	 * first with a digit */
	for (a = hs; a < c && c - hs < TABLE_MAX_BYTES; a = b + 1) {
		for (b = a; b < c && t[b] != '|'; b++)
			;
		if (b >= c || table_cell_empty(t, a, b) ||
		    table_cell_digit(t, a, b))
			break;
		if (a <= s->words[h].start && s->words[h].end <= b)
			dcol = ncols;
		ncols++;
	}
	if (ncols < 2 || a > c || c - hs >= TABLE_MAX_BYTES)
		return 0;
	/* the rows after it, up to word i's cell */
	for (col = 0; a < c; a = b + 1) {
		for (b = a; b < c && t[b] != '|'; b++)
			;
		if (b >= c)
			return 0;	/* word i's cell is not after a bar */
		if (col == 0 && table_cell_empty(t, a, b))
			continue;	/* a row's end */
		col = col + 1 == ncols ? 0 : col + 1;
	}
	return col == dcol;
}

/* Words i and i + 1 ("02/12") open an entry of a list flattened in the
 * note: byte a (word i's start, spaces before it skipped) follows "; ",
 * "- " after a space or at the start, or a bullet ("•"), and a colon
 * that no digit follows comes after them, spaces between ("; 02/12 :
 * 72,1 kg", " - 08.12 : INR 3,1", "• 03/12 : RAS").  A pressure or a
 * score in a list has its label there ("; TA 12/08 :", "- EVA 07/10 :"),
 * not a colon right after the pair. */
static int
list_entry_date(const char *t, size_t len, const struct detect_scratch *s,
    size_t i, size_t a)
{
	size_t e = s->words[i + 1].end;

	if (a == 0 || a == s->words[i].start)
		return 0;
	if (!(t[a - 1] == ';' || (t[a - 1] == '-' && (a == 1 ||
	    t[a - 2] == ' ')) || (a >= 3 && (unsigned char)t[a - 1] == 0xa2 &&
	    (unsigned char)t[a - 2] == 0x80 && (unsigned char)t[a - 3] == 0xe2)))
		return 0;
	while (e < len && t[e] == ' ')
		e++;
	if (e >= len || t[e] != ':' || (e + 1 < len && util_is_digit(t[e + 1])))
		return 0;
	/* after a dash, no measure's label earlier in the clause ("EVA
	 * 3/10 - 07/10 : mieux" is a score's change) */
	if (t[a - 1] == '-')
		for (size_t k = i, n = 0; k > 0 && n < 8; k--, n++) {
			if (!same_clause(t, s, k - 1))
				break;
			if (word_in_listf(s, k - 1, measure_labels))
				return 0;
		}
	return 1;
}

/* Words i and i + 1 ("12/03", "12.03") open a note's entry or carry
 * its time: at the start of the text or of a line ("12/03 : patient
 * calme", "12/03 14h : appel de la fille"), or before a time of day
 * ("Appel 12/03 10h15", "12/03 à 14h") after no measure's label ("TA
 * 12/08 14h" stays). */
static int
dated_note(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	size_t a = s->words[i].start, e = s->words[i + 1].end, k;

	while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\t'))
		a--;
	/* "¶" stands for a line's end in a note flattened to one
	 * line ("Date | Poids ¶ 01/12 | 72,4 ¶ 02/12 | 72,1") */
	if (a == 0 || t[a - 1] == '\n' || t[a - 1] == '\r' || (a >= 2 &&
	    (unsigned char)t[a - 2] == 0xc2 && (unsigned char)t[a - 1] == 0xb6))
		return 1;
	/* a table's cell in its date's column ("| Date | Poids | 01/12 |
	 * 72,4 |") */
	if (a > 0 && t[a - 1] == '|' && table_date_cell(t, s, i, a))
		return 1;
	/* a list's entry: after "; ", a bullet or a dash and a space, before
	 * a colon ("Poids 01/12 : 72,4 kg - 02/12 : 72,1 kg", "; 08.12 :
	 * INR 3,1") */
	if (list_entry_date(t, len, s, i, a))
		return 1;
	/* word i may be the first after signs ("- 12/03 14h", "(12/03"):
	 * no word before it to ask */
	if (i > 0 && (s->words[i - 1].flags & W_DIGIT))
		return 0;
	if (i > 0 && entry_heading(t, len, s, i))
		return 1;
	/* no measure's label in the clause before ("TA 13/07 à 8h, 12/08 à
	 * 14h": a series of pressures) */
	for (k = i; k > 0 && i - k < 8; k--) {
		if (!same_clause(t, s, k - 1))
			break;
		if (word_in_listf(s, k - 1, measure_labels))
			return 0;
	}
	/* a time after it: "10h15", "14h", "14:30", "à 14h" */
	k = i + 2;
	if (k < s->nwords && word_is(s, k, "a") && s->words[k].start <= e + 2)
		k++;
	if (k >= s->nwords || !(s->words[k].flags & W_DIGIT) ||
	    s->words[k].start - e > 4 || s->words[k].end - s->words[k].start > 2 ||
	    s->words[k].end >= len)
		return 0;
	for (a = e; a < s->words[k].start; a++)
		if (t[a] != ' ' && !(k > i + 2 && a >= s->words[k - 1].start &&
		    a < s->words[k - 1].end))
			return 0;
	return (t[s->words[k].end] == 'h' || t[s->words[k].end] == 'H' ||
	    (t[s->words[k].end] == ':' && s->words[k].end + 1 < len &&
	    util_is_digit(t[s->words[k].end + 1])));
}

/* A birth's cue right before word i, or before "le", "en" or "du" before
 * it ("DDN : 9/53", "né le 9/53", "née en 12/47"): a month and a
 * two-digit year there are a birth's, whatever the month's digits. */
static int
birth_cue_before(const struct detect_scratch *s, size_t i)
{
	static const char *const birth[] = { "ddn", "dn", "naissance", NULL };
	static const char *const born[] = { "ne", "nee", NULL };
	static const char *const links[] = { "le", "en", "du", NULL };

	if (i == 0)
		return 0;
	if (word_in(s, i - 1, birth))
		return 1;
	/* "né" only with its link ("il ne 3/45" is no birth) */
	return i >= 2 && word_in(s, i - 1, links) && (word_in(s, i - 2,
	    birth) || word_in(s, i - 2, born));
}

/* "03/2021", "3/2021", "12/1950", "03-2021": a month and a year in digits
 * (the 15th stands in for the day).  Two-digit months with a slash need
 * no cue; the others a cue word ("contrôle 3/2021", "en 03-2021"); never
 * after a ratio's word ("dilution 1/2000") nor inside a longer number. */
static int
try_month_year(const char *t, size_t len, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *y;
	struct date_value sh = { 0 };
	size_t mn = w->end - w->start, yn;
	char sep = t[w->end];

	if (i + 1 >= s->nwords)
		return 0;
	y = &s->words[i + 1];
	yn = y->end - y->start;
	/* "depuis 03/24", "en 09/23": a two-digit year only after a month
	 * written with its zero and a slash, the year no month (13 and up:
	 * "03/04" is a day and a month), a cue before (below); after a
	 * birth's cue any month ("DDN : 9/53", "née en 12/47") */
	if (yn == 2 && (((mn != 2 || t[w->start] != '0') &&
	    !birth_cue_before(s, i)) || sep != '/' ||
	    digits_value(t + y->start, 2) < 13 || i == 0))
		return 0;
	if (y->start != w->end + 1 || (yn != 4 && yn != 2) ||
	    word_taken(s, i + 1) || (w->start > 0 && (util_is_digit(t[w->start -
	    1]) || ((t[w->start - 1] == '/' || t[w->start - 1] == '.' ||
	    t[w->start - 1] == '-') && w->start > 1 &&
	    util_is_digit(t[w->start - 2])))) ||
	    !number_stands_alone(t, len, s, i + 1))
		return 0;
	sh.month = digits_value(t + w->start, mn);
	sh.year = digits_value(t + y->start, yn);
	if (yn == 2)
		sh.year += sh.year <= 30 ? 2000 : 1900;
	if (sh.month < 1 || sh.month > 12 || sh.year < 1900 || sh.year > 2100)
		return 0;
	if (i > 0 && (word_in_listf(s, i - 1, measure_labels) ||
	    expiry_before(s, i)))
		return 0;
	if ((mn != 2 || sep != '/' || yn == 2) && (i == 0 ||
	    (s->words[i - 1].flags & W_DIGIT) || (!word_has(s, i - 1,
	    D_DATECUE) && !birth_cue_before(s, i))))
		return 0;
	/* "S06/2027": a week and its year, scan_week_numbers's (it takes
	 * every such year of 1900 to 2099: never moved as a month) */
	if (yn == 4 && sh.year <= 2099 && week_joined_s(t, s, i))
		return 0;
	sh.day = 15;
	sh.sep = sep;
	sh.month_digits = (int)mn;
	sh.year_digits = (int)yn;
	return add_partial_date(s, w->start, y->end, &sh, DETECT_PART_NO_DAY,
	    DETECT_MONTH_DIGITS);
}

/* Words that make "du 12" a day alone: "semaine du 12", "nuit du 3",
 * "week-end du 8". */
static const char *const day_of_words[] = {
	"semaine", "nuit", "end", "weekend", "journee", "soiree", "matinee",
	NULL,
};
static uint64_t day_of_words_filter;	/* word_in_listf */

/* After "le" and the day at word i, a time or a part of the day: "le 12
 * à 14h", "le 3 à 9h30", "le 12 au matin", "le 5 soir" (not "le 2 à 3
 * fois"). */
static int
day_then_time(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	static const char *const parts[] = { "matin", "soir", "midi", "apres",
	    "nuit", NULL };
	size_t n = i + 1;

	if (n + 1 < s->nwords && word_is(s, n, "a") &&
	    (s->words[n + 1].flags & W_DIGIT) &&
	    s->words[n + 1].end - s->words[n + 1].start <= 2 &&
	    s->words[n + 1].end < len && ((t[s->words[n + 1].end] | 32) == 'h' ||
	    t[s->words[n + 1].end] == ':'))
		return 1;
	if (n + 1 < s->nwords && word_is(s, n, "au"))
		n++;
	return n < s->nwords && word_in(s, n, parts) &&
	    s->words[n].start - s->words[n - 1].end <= 2;
}

/* Word n and those after it name the month of a day said before them,
 * this month or the one of the note: "du mois" ("le 5 du mois", "le 12
 * du mois dernier"), "de ce mois" ("le 2 de ce mois", "de ce mois-ci");
 * not before the month's name ("le 5 du mois de mars", "du mois
 * d'avril": partial_from_month's).  "du" and "de" end a quantity for
 * number_stands_alone ("le 3 du comprimé"): this shape is a date's
 * (dev21). */
static int
day_of_this_month(const struct detect_scratch *s, size_t n)
{
	size_t m;

	if (n + 1 < s->nwords && word_is(s, n, "du") && word_is(s, n + 1, "mois"))
		m = n + 1;
	else if (n + 2 < s->nwords && word_is(s, n, "de") &&
	    word_is(s, n + 1, "ce") && word_is(s, n + 2, "mois"))
		m = n + 2;
	else
		return 0;
	for (size_t k = n; k < m; k++)
		if (s->words[k + 1].start != s->words[k].end + 1)
			return 0;
	return !(m + 1 < s->nwords && (word_is(s, m + 1, "de") ||
	    word_is(s, m + 1, "d")));
}

/* After "le" and the day at word i: the end of its clause ("rappeler le
 * 3.", "prévu le 12, à jeun", "vue le 1er"), or a word that names this
 * month ("le 12 courant", "le 3 prochain", "le 8 dernier", "le 5 du
 * mois"); not after a number or a measure's label ("TA le 3."), nor
 * before a unit or a number (number_stands_alone, asked after). */
static int
day_ends_clause(const char *t, size_t len, const struct detect_scratch *s,
    size_t i)
{
	static const char *const this_month[] = { "courant", "prochain",
	    "dernier", NULL };
	size_t n = i + 1, e;

	if (n < s->nwords && word_is(s, n, "er") && s->words[n].start ==
	    s->words[i].end)
		n++;
	if (i > 1 && ((s->words[i - 2].flags & W_DIGIT) ||
	    word_in_listf(s, i - 2, measure_labels)))
		return 0;
	e = s->words[n - 1].end;
	if (n < s->nwords && s->words[n].start <= e + 2 &&
	    (word_in(s, n, this_month) || day_of_this_month(s, n)))
		return 1;
	while (e < len && t[e] == ' ')
		e++;
	/* "le 15, 16 et 17/01": a list, day_chains' */
	if (e < len && t[e] == ',' && n < s->nwords &&
	    (s->words[n].flags & W_DIGIT) && s->words[n].start <= e + 2)
		return 0;
	return e >= len || t[e] == '.' || t[e] == ',' || t[e] == ';' ||
	    t[e] == ')' || t[e] == '\n' || t[e] == '\r' || t[e] == '!' ||
	    t[e] == '?';
}

/* Word i (a number) starts a range or a list of days ("du 12 au 18",
 * "les 3 et 4"): day_chains decides it. */
static int
chain_follows(const struct detect_scratch *s, size_t i)
{
	return i + 2 < s->nwords && (word_is(s, i + 1, "au") ||
	    word_is(s, i + 1, "et") || word_is(s, i + 1, "ou")) &&
	    (s->words[i + 2].flags & W_DIGIT);
}

/* "nuit du 12 au 13", "week-end du 3 au 5": days of this month after a
 * word of time (day_of_words, "du" at i - 1), when no month or date
 * follows the second (day_chains gives them the month of one); both
 * move with the patient, January standing in.  The second day stands
 * alone (no unit: "semaine du 3 au 5 UI" stays). */
static int
night_range(const char *t, size_t len, struct detect_scratch *s, size_t i,
    struct date_value *sh)
{
	size_t q = i + 2;
	const struct detect_word *d = &s->words[q];
	int r, abbrev, second;

	if (d->end - d->start > 2 || word_taken(s, q) ||
	    (d->end < len && (t[d->end] == '/' || t[d->end] == '.' ||
	    t[d->end] == '-') && d->end + 1 < len && util_is_digit(t[d->end + 1])) ||
	    (q + 1 < s->nwords && month_of(s, q + 1, &abbrev) != 0) ||
	    !number_stands_alone(t, len, s, q))
		return 0;
	second = digits_value(t + d->start, d->end - d->start);
	if (sh->day < 1 || sh->day > 31 || second < 1 || second > 31)
		return 0;
	if ((r = add_partial_date(s, s->words[i].start, s->words[i].end, sh,
	    DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS)) != 1)
		return r;
	sh->day = second;
	sh->day_digits = (int)(d->end - d->start);
	return add_partial_date(s, d->start, d->end, sh, DETECT_PART_DAY_ONLY,
	    DETECT_MONTH_DIGITS);
}

/* a date as systems write it (an Oracle's, a lab's, a JSON
 * import's: "14-MAR-1961", "03-Jan-2020", "9-aug-2024"): a day, '-', a
 * month's three letters in English or French ("jan", "feb"/"fev", "mar",
 * "apr"/"avr", "may"/"mai", "jun", "jul", "aug"/"aou", "sep", "oct",
 * "nov", "dec"), '-', a year of four digits, nothing glued.  "mar",
 * "jan", "sep" alone are no months ("Jan", la SEP): only in this shape.
 * 1 when added, 0, or -ENOMEM. */
static const char system_months[] =
    "jan" "feb" "mar" "apr" "may" "jun" "jul" "aug" "sep" "oct" "nov" "dec"
    "jan" "fev" "mar" "avr" "mai" "jun" "jul" "aou" "sep" "oct" "nov" "dec";

static int
system_date(const char *t, size_t len, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *m, *y;
	struct date_value dv;
	char mon[3];
	int month = 0, r;

	if (i + 2 >= s->nwords)
		return 0;
	m = &s->words[i + 1];
	y = &s->words[i + 2];
	if (m->start != w->end + 1 || m->end - m->start != 3 ||
	    (m->flags & W_DIGIT) || t[m->end] != '-' || y->start != m->end + 1 ||
	    !(y->flags & W_DIGIT) || y->end - y->start != 4 ||
	    (y->end < len && is_alnum_byte(t[y->end])) ||
	    (w->start > 0 && is_alnum_byte(t[w->start - 1])))
		return 0;
	for (int k = 0; k < 3; k++)
		mon[k] = (char)(t[m->start + k] | 32);
	for (int k = 0; k < 24 && month == 0; k++)
		if (memcmp(system_months + 3 * k, mon, 3) == 0)
			month = k % 12 + 1;
	if (month == 0 || ymd_parse(digits_value(t + y->start, 4), month,
	    digits_value(t + w->start, w->end - w->start), &dv) != 0)
		return 0;
	if ((r = add_span(s, w->start, y->end, DETECT_DATE, -1)) == 1) {
		dv.year_digits = 4;
		s->spans[s->nspans - 1].date = dv;
		s->spans[s->nspans - 1].text_month = DETECT_MONTH_ABBREV;
	}
	return r;
}

/* "1er/12", "1er.12", "1er/12/2025", "1er/12/25": the first of a month
 * written with its ordinal, glued to the month in digits by a slash or a
 * dot (and the year after the same sign): word i is "1", "er" glued to
 * it.  The ordinal is the cue (no fraction nor score is written so); the
 * span is rewritten as digits ("1er/12" -30 days is "1/11").  1 when
 * added, 0, or -ENOMEM. */
static int
first_day_numeric(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *er = &s->words[i + 1], *mo, *y;
	struct date_value dv;
	size_t mn, yn;
	char sep;
	int r, month, year;

	if (digits_value(t + s->words[i].start, s->words[i].end -
	    s->words[i].start) != 1 || s->words[i].end - s->words[i].start != 1 ||
	    i + 2 >= s->nwords || er->end >= len)
		return 0;
	sep = t[er->end];
	mo = &s->words[i + 2];
	mn = mo->end - mo->start;
	if ((sep != '/' && sep != '.') || mo->start != er->end + 1 ||
	    !(mo->flags & W_DIGIT) || mn > 2 || word_taken(s, i + 2) ||
	    (month = digits_value(t + mo->start, mn)) < 1 || month > 12)
		return 0;
	/* the year after the same sign: a whole date */
	if (mo->end + 1 < len && t[mo->end] == sep && i + 3 < s->nwords &&
	    (y = &s->words[i + 3])->start == mo->end + 1 &&
	    (y->flags & W_DIGIT) && ((yn = y->end - y->start) == 4 || yn == 2) &&
	    !(y->end < len && is_alnum_byte(t[y->end])) && !word_taken(s, i + 3)) {
		year = digits_value(t + y->start, yn);
		if (yn == 2)
			year += year <= 30 ? 2000 : 1900;
		if (ymd_parse(year, month, 1, &dv) != 0)
			return 0;
		dv.order = DATE_DMY;
		dv.sep = sep;
		dv.day_digits = 1;
		dv.month_digits = (int)mn;
		dv.year_digits = (int)yn;
		if ((r = add_span(s, s->words[i].start, y->end, DETECT_DATE,
		    -1)) == 1)
			s->spans[s->nspans - 1].date = dv;
		return r;
	}
	if (mo->end < len && (is_alnum_byte(t[mo->end]) || ((t[mo->end] == '/' ||
	    t[mo->end] == '.') && mo->end + 1 < len &&
	    util_is_digit(t[mo->end + 1]))))
		return 0;
	{
		struct date_value sh = { 0 };

		sh.year = 2001;
		sh.month = month;
		sh.day = 1;
		sh.sep = sep;
		sh.day_digits = 1;
		sh.month_digits = (int)mn;
		return add_partial_date(s, s->words[i].start, mo->end, &sh,
		    DETECT_PART_NO_YEAR, DETECT_MONTH_DIGITS);
	}
}

/* From a day number at word i: "3 mars", "1er mai", "1 er mai", "17 juil"
 * (not "3 mars 2021": a full date), "18/08", "03.04", "18-08", "03/2021",
 * "mardi 7" or "semaine du 12". */
static int
partial_from_day(const char *t, size_t len, struct detect_scratch *s,
    size_t i)
{
	const struct detect_word *w = &s->words[i];
	struct date_value sh = { 0 };
	size_t m = i + 1;
	int month, abbrev, this_month;

	/* "14-MAR-1961": a letter after the '-' (a numeric "14-03" has a
	 * digit there) */
	if (w->end + 1 < len && t[w->end] == '-' && !util_is_digit(t[w->end +
	    1]) && (month = system_date(t, len, s, i)) != 0)
		return month;

	sh.day = digits_value(t + w->start, w->end - w->start);
	sh.year = 2001;
	sh.day_digits = (int)(w->end - w->start);
	if (m < s->nwords && word_is(s, m, "er") && (s->words[m].start == w->end ||
	    (sh.day == 1 && s->words[m].start == w->end + 1 && t[w->end] == ' ')))
		m++;
	if (m < s->nwords && (month = month_of(s, m, &abbrev)) != 0 &&
	    s->words[m].start - s->words[m - 1].end <= 2 && !word_taken(s, m)) {
		sh.month = month;
		if (month == 2 && sh.day == 29)
			sh.year = 2000;
		return add_partial_date(s, w->start, s->words[m].end, &sh,
		    DETECT_PART_NO_YEAR, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	if (m == i + 2 && s->words[i + 1].start == w->end &&
	    (month = first_day_numeric(t, len, s, i)) != 0)
		return month;	/* "1er/12": added, or -ENOMEM */
	if (m == i + 1 && w->end + 1 < len && (t[w->end] == '/' ||
	    t[w->end] == '.' || t[w->end] == '-') && util_is_digit(t[w->end + 1])) {
		int r;

		if (m < s->nwords && s->words[m].end - s->words[m].start == 4)
			return try_month_year(t, len, s, i);
		if ((r = try_numeric_partial(t, len, s, i)) != 0 ||
		    m >= s->nwords || s->words[m].end - s->words[m].start != 2)
			return r;
		return try_month_year(t, len, s, i);	/* "depuis 03/24" */
	}
	if (i == 0 || (s->words[i - 1].flags & W_DIGIT) ||
	    s->words[i].start - s->words[i - 1].end > 2 || sh.day < 1 ||
	    sh.day > 31)
		return 0;
	/* "passera mardi 7": a day of this month; January stands in.  So
	 * for "semaine du 12", unless a range follows ("du 12 au 18 mars":
	 * day_chains gives the 12 the month of the 18), and for "le 3" that
	 * ends its clause or names this month ("rappeler le 3.", "vu le 12
	 * courant", "le 1er."). */
	sh.month = 1;
	if (i > 1 && word_is(s, i - 1, "du") &&
	    word_in_listf(s, i - 2, day_of_words) && chain_follows(s, i))
		return night_range(t, len, s, i, &sh);
	this_month = m < s->nwords && word_is(s, i - 1, "le") &&
	    s->words[m].start == s->words[m - 1].end + 1 &&
	    day_of_this_month(s, m);
	if ((word_in_filtered_list(s, &s->words[i - 1], weekdays) ||
	    (i > 1 && word_is(s, i - 1, "du") &&
	    word_in_listf(s, i - 2, day_of_words)) ||
	    (word_is(s, i - 1, "le") && (day_then_time(t, len, s, i) ||
	    day_ends_clause(t, len, s, i)))) && (this_month ||
	    number_stands_alone(t, len, s, m - 1)))
		return add_partial_date(s, w->start, m > i + 1 ?
		    s->words[m - 1].end : w->end, &sh,
		    DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS);
	return 0;
}

/* After word m (a two-digit year): the end of the text, or punctuation
 * and no digit ("en juillet 21, suites", "(mars 21)"). */
static int
year_ends(const char *t, const struct detect_scratch *s, size_t m)
{
	size_t e = s->words[m].end;

	while (e < s->text_len && t[e] == ' ')
		e++;
	if (e >= s->text_len)
		return 1;
	if (is_alnum_byte(t[e]) || t[e] == ':' || t[e] == '%' ||
	    ((t[e] == ',' || t[e] == '.' || t[e] == '/' || t[e] == '-') &&
	    e + 1 < s->text_len && util_is_digit(t[e + 1])))
		return 0;
	return 1;
}

/* The day written out whose last word is e ("douze", "premier",
 * "vingt-deux", "trente et un"): its value, *first its first word; 0 if
 * none ("un" only in "vingt et un", "trente et un"). */
static int
spelled_value(const char *t, const struct detect_scratch *s, size_t e,
    size_t *first)
{
	size_t k = e;
	int unit = 0;

	for (size_t x = 0; x < sizeof(day_words) / sizeof(day_words[0]); x++)
		if (word_is_str(s, e, day_words[x].w))
			unit = day_words[x].n;
	if (unit == 0 || word_taken(s, e) || (word_is(s, e, "un") &&
	    (e == 0 || !word_is(s, e - 1, "et"))))
		return 0;
	*first = e;
	/* "dix-sept", "vingt-deux", "vingt et un", "trente et un" */
	if (k >= 2 && word_is(s, k - 1, "et") && unit == 1 && joined(t, s, k - 1))
		k--;
	if (k >= 1 && unit < 10 && (word_is(s, k - 1, "vingt") ||
	    word_is(s, k - 1, "trente") || word_is(s, k - 1, "dix")) &&
	    s->words[k].start <= s->words[k - 1].end + 1) {
		*first = k - 1;
		return unit + (word_is(s, k - 1, "vingt") ? 20 :
		    word_is(s, k - 1, "trente") ? 30 : 10);
	}
	return k == e ? unit : 0;
}

/* "du quatre au onze avril", "entre le trois et le sept mai": the first
 * day of a range written out, before the day at word a (the second,
 * taken with its month sh); it takes that month, like "du 3 au 7 mars"
 * (day_chains).  0, 1 or -ENOMEM. */
static int
spelled_range(const char *t, struct detect_scratch *s, size_t a,
    const struct date_value *sh)
{
	struct date_value first = *sh;
	size_t p = a, f;

	if (p > 0 && word_is(s, p - 1, "le"))
		p--;
	if (p < 3 || !(word_is(s, p - 1, "au") || word_is(s, p - 1, "a") ||
	    word_is(s, p - 1, "et")) || !joined(t, s, p - 1) ||
	    !joined(t, s, p - 2) || (first.day = spelled_value(t, s, p - 2,
	    &f)) == 0 || f == 0)
		return 0;
	if (!(word_is(s, f - 1, "du") || word_is(s, f - 1, "entre") ||
	    (word_is(s, f - 1, "le") && f >= 2 && word_is(s, f - 2, "entre"))) ||
	    !joined(t, s, f - 1))
		return 0;
	first.year = first.month == 2 && first.day == 29 ? 2000 : 2001;
	first.day_digits = 1;	/* written back as "2", not "02" */
	return add_partial_date(s, s->words[f].start, s->words[p - 2].end,
	    &first, DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS);
}

/* The day written out before month word i ("le douze mars", "le
 * premier mai", "vingt-deux juin", "trente et un décembre"), after
 * "le", "du", "au" or a weekday: a date without a year (or with the
 * year after it), moved like "le 12 mars" and written back in digits;
 * the first day of a range before it too (spelled_range).
 * 1 (or -ENOMEM) when taken, else 0. */
static int
spelled_day(const char *t, struct detect_scratch *s, size_t i,
    struct date_value *sh, int abbrev)
{
	size_t a;
	int day, r;

	if (abbrev || i < 2 || !joined(t, s, i - 1) ||
	    (day = spelled_value(t, s, i - 1, &a)) == 0)
		return 0;
	if (day < 1 || day > 31 || a == 0 || !(word_is(s, a - 1, "le") ||
	    word_is(s, a - 1, "du") || word_is(s, a - 1, "au") ||
	    word_in_filtered_list(s, &s->words[a - 1], weekdays)))
		return 0;
	sh->day = day;
	sh->year = sh->month == 2 && day == 29 ? 2000 : 2001;
	r = add_partial_date(s, s->words[a].start, s->words[i].end, sh,
	    DETECT_PART_NO_YEAR, DETECT_MONTH_WORD);
	if (r == 1 && (r = spelled_range(t, s, a, sh)) >= 0)
		r = 1;
	return r;
}

/* The day written out before month word i and a year of four digits
 * at word m ("le deux mars 1950", "né le premier avril 1939"): a full
 * date from the day, after the words spelled_day asks.  1 (or -ENOMEM)
 * when taken, else 0. */
static int
spelled_day_year(const char *t, struct detect_scratch *s, size_t i, size_t m,
    const struct date_value *month_year, int abbrev)
{
	struct date_value sh = *month_year;
	size_t a;
	int day;

	if (abbrev || i < 2 || !joined(t, s, i - 1) ||
	    (day = spelled_value(t, s, i - 1, &a)) == 0)
		return 0;
	if (day < 1 || day > 31 || a == 0 || !(word_is(s, a - 1, "le") ||
	    word_is(s, a - 1, "du") || word_is(s, a - 1, "au") ||
	    word_in_filtered_list(s, &s->words[a - 1], weekdays)))
		return 0;
	sh.day = day;
	sh.year_digits = 4;
	return add_partial_date(s, s->words[a].start, s->words[m].end, &sh,
	    DETECT_PART_NONE, DETECT_MONTH_WORD);
}

/* Month word i is linked to another month ("de mars à mai", "entre mars
 * et mai", "mars-avril", "mars ou avril"): the one before it a date
 * already (its range's start), or the one after it, after "de" or
 * "entre" before it. */
static int
month_linked(const char *t, const struct detect_scratch *s, size_t i)
{
	int ab;
	size_t l;

	/* the second: a link and a month taken as a date before */
	if (i >= 2 && (word_is(s, i - 1, "a") || word_is(s, i - 1, "au") ||
	    word_is(s, i - 1, "et") || word_is(s, i - 1, "ou")) &&
	    joined(t, s, i - 1) && joined(t, s, i - 2) &&
	    month_of(s, i - 2, &ab) != 0 && !ab && word_taken(s, i - 2))
		return 1;
	if (i >= 1 && s->words[i].start == s->words[i - 1].end + 1 &&
	    t[s->words[i].start - 1] == '-' && month_of(s, i - 1, &ab) != 0 &&
	    !ab && word_taken(s, i - 1))
		return 1;
	/* the first: a hyphen and a month after ("mars-avril"), or "de" or
	 * "entre" before, a link and a month after */
	l = i + 1;
	if (l < s->nwords && s->words[l].start == s->words[i].end + 1 &&
	    t[s->words[i].end] == '-')
		return month_of(s, l, &ab) != 0 && !ab;
	if (i == 0 || l + 1 >= s->nwords || !(word_is(s, i - 1, "de") ||
	    word_is(s, i - 1, "entre")) || !joined(t, s, i - 1))
		return 0;
	return (word_is(s, l, "a") || word_is(s, l, "au") || word_is(s, l, "et") ||
	    word_is(s, l, "ou")) && joined(t, s, i) && joined(t, s, l) &&
	    month_of(s, l + 1, &ab) != 0 && !ab;
}

/* dev25: month word i ends a set phrase after "de"/"d'" that names no
 * month of an event: "poisson d'avril" (a joke), "giboulées de mars"
 * (a spring shower); "son rdv d'avril", "le bilan de mars" stay dates. */
static int
month_idiom(const struct detect_scratch *s, size_t i)
{
	return i >= 2 && (word_is(s, i - 2, "poisson") ||
	    word_is(s, i - 2, "poissons") || word_is(s, i - 2, "giboulee") ||
	    word_is(s, i - 2, "giboulees"));
}

/* Month word i, whole and in lower case, after "de" or "d'" ("son rdv
 * d'avril", "le bilan de septembre", "le mois de mars"): the month of an
 * event, a month alone.  Not capitalized ("Champ de Mars", "Mme de
 * Juin"), nor abbreviated ("de sept à dix"). */
static int
month_of_noun(const char *t, const struct detect_scratch *s, size_t i,
    int abbrev)
{
	const struct detect_word *p = &s->words[i - 1];

	return !abbrev && !(s->words[i].flags & (W_CAP | W_UPPER)) &&
	    (word_is(s, i - 1, "de") || (word_is(s, i - 1, "d") &&
	    t[p->end] == '\'' && s->words[i].start == p->end + 1)) &&
	    !month_idiom(s, i);
}

/* the word before month word i places the date in its month
 * ("mi-octobre", "fin nov", "début janvier 2026", "courant mars",
 * "Mi-décembre"): one of these, right before it, a hyphen or one or two
 * spaces between.  The hand sets label the whole, and a placeholder for the month
 * alone left "mi-[DATE]"; shifted, the word is written back as it is
 * (scrub.c, span_lead). */
static int
position_word_before(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p, *w = &s->words[i];

	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if (w->start - p->end > 2 || (t[p->end] != ' ' && t[p->end] != '-') ||
	    (w->start - p->end == 2 && t[p->end + 1] != ' ') ||
	    word_taken(s, i - 1))
		return 0;
	return word_is(s, i - 1, "mi") || word_is(s, i - 1, "fin") ||
	    word_is(s, i - 1, "debut") || word_is(s, i - 1, "courant");
}

/* A partial date from month word i to byte b, from the word of position
 * before it when there is one (its span's lead), else from the month. */
static int
add_partial_led(const char *t, struct detect_scratch *s, size_t i, size_t b,
    const struct date_value *sh, int part, int text_month)
{
	int r;

	if (!position_word_before(t, s, i))
		return add_partial_date(s, s->words[i].start, b, sh, part,
		    text_month);
	if ((r = add_partial_date(s, s->words[i - 1].start, b, sh, part,
	    text_month)) == 1)
		s->spans[s->nspans - 1].lead = 1;
	return r;
}

/* From a month word at i: "mars 2021", "nov 2019" (a day of 15 stands in),
 * or a month alone after a word that places an event in it ("mi-mars",
 * "fin janvier": docs/scrub.md says why they are taken). */
static int
partial_from_month(const char *t, struct detect_scratch *s, size_t i)
{
	const struct detect_word *w = &s->words[i], *p;
	struct date_value sh = { 0 };
	size_t m = i + 1;
	int abbrev, r;

	if ((sh.month = month_of(s, i, &abbrev)) == 0)
		return 0;
	sh.day = 15;
	if (m < s->nwords && (s->words[m].flags & W_DIGIT) &&
	    s->words[m].end - s->words[m].start == 4 &&
	    s->words[m].start - w->end <= 2 && !word_taken(s, m)) {
		sh.year = digits_value(t + s->words[m].start, 4);
		if (sh.year < 1900 || sh.year > 2100)
			return 0;
		/* "née le deux mars 1950": the day written out makes it a
		 * full date */
		if ((r = spelled_day_year(t, s, i, m, &sh, abbrev)) != 0)
			return r < 0 ? r : 1;
		return add_partial_led(t, s, i, s->words[m].end, &sh,
		    DETECT_PART_NO_DAY, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if ((r = spelled_day(t, s, i, &sh, abbrev)) != 0)
		return r < 0 ? r : 1;
	/* "de mars à mai", "entre mars et mai", "mars-avril": a month
	 * linked to a month taken as a date, or before one */
	if (!abbrev && month_linked(t, s, i))
		goto month_alone;
	/* "en juillet 21", "depuis sept. 19": two digits for the year after
	 * a cue, and nothing but punctuation after them ("depuis juin 12
	 * jours", "mars 20 mg" stay). */
	if (m < s->nwords && (s->words[m].flags & W_DIGIT) &&
	    s->words[m].end - s->words[m].start == 2 &&
	    s->words[m].start - w->end <= 2 && !word_taken(s, m) &&
	    w->start - p->end <= 2 && !(p->flags & W_DIGIT) &&
	    (word_in_filtered_list(s, p, month_alone_cues) ||
	    word_has(s, i - 1, D_DATECUE)) && year_ends(t, s, m)) {
		sh.year = digits_value(t + s->words[m].start, 2);
		sh.year += sh.year <= 30 ? 2000 : 1900;
		sh.year_digits = 2;
		return add_partial_date(s, w->start, s->words[m].end, &sh,
		    DETECT_PART_NO_DAY, abbrev ? DETECT_MONTH_ABBREV :
		    DETECT_MONTH_WORD);
	}
	/* an abbreviated month alone with its dot ("en sept.", "début
	 * oct.") or glued to "mi-" ("mi-nov"), or without it after "fin",
	 * "début", "mi" ("fin nov", "début déc"; not "sept", a number: "en
	 * sept jours") */
	if (abbrev && !(w->flags & W_DOT) && !(word_is(s, i - 1, "mi") &&
	    w->start == p->end + 1 && t[p->end] == '-') &&
	    (word_is(s, i, "sept") || !(word_is(s, i - 1, "fin") ||
	    word_is(s, i - 1, "debut") || word_is(s, i - 1, "mi"))))
		return 0;
	if (w->start - p->end > 2 || (p->flags & W_DIGIT) ||
	    (!word_in_filtered_list(s, p, month_alone_cues) &&
	    !month_of_noun(t, s, i, abbrev)))
		return 0;
month_alone:
	sh.year = 2001;
	return add_partial_led(t, s, i, w->end, &sh, DETECT_PART_MONTH_ONLY,
	    abbrev ? DETECT_MONTH_ABBREV : DETECT_MONTH_WORD);
}

/* Before the first day of a range or a list ("du 3 au 7 mars", "les 3, 4
 * et 5 mars", "entre le 2 et le 5/03"); a weekday in the plural before
 * the days of a series ("les lundis 3, 10 et 17 novembre": sessions,
 * transports). */
static const char *const chain_cues[] = {
	"le", "les", "du", "entre", "depuis", "lundi", "mardi", "mercredi",
	"jeudi", "vendredi", "samedi", "dimanche", "lundis", "mardis",
	"mercredis", "jeudis", "vendredis", "samedis", "dimanches", NULL,
};

/* Between the days of a range or a list. */
static const char *const chain_links[] = { "au", "et", "ou", "a", NULL };
static uint64_t chain_links_filter;	/* word_in_listf */

static int first_glued(const char *t, const struct detect_scratch *s,
    size_t q);

/* Word q is a day alone that a chain may hold: one or two digits, free,
 * nothing glued after it ("1er" excepted). */
static int
chain_day(const char *t, size_t len, const struct detect_scratch *s, size_t q)
{
	const struct detect_word *w = &s->words[q];

	return (w->flags & W_DIGIT) && w->end - w->start <= 2 &&
	    !word_taken(s, q) && (w->end >= len || !is_alnum_byte(t[w->end]) ||
	    first_glued(t, s, q));
}

/* Word q is "1" with "er" glued after it ("du 1er au 15 août"). */
static int
first_glued(const char *t, const struct detect_scratch *s, size_t q)
{
	return q + 1 < s->nwords && s->words[q].end - s->words[q].start == 1 &&
	    t[s->words[q].start] == '1' && s->words[q + 1].start ==
	    s->words[q].end && word_is(s, q + 1, "er") && !word_taken(s, q + 1);
}

/* The day before word q in a chain ("3 au 7", "3 et le 4", "3, 4",
 * "12-14"), or NO_WORD; *worded: the link was a word or a hyphen. */
static size_t
chain_link_before(const char *t, size_t len, const struct detect_scratch *s,
    size_t q, int *worded)
{
	size_t p = q, a, marks = 0;

	if (p > 0 && word_is(s, p - 1, "le"))
		p--;
	if (p > 1 && word_in_listf(s, p - 1, chain_links)) {
		size_t d = p - 2;

		/* "du 1er au 15": the day before "er" */
		if (d > 0 && word_is(s, d, "er") && first_glued(t, s, d - 1))
			d--;
		if (s->words[p].start - s->words[p - 1].end > 2 ||
		    s->words[p - 1].start - s->words[d + (d + 1 < p - 1 ? 1 :
		    0)].end > 2 || !chain_day(t, len, s, d))
			return NO_WORD;
		*worded = 1;
		return d;
	}
	if (p != q || q == 0 || !chain_day(t, len, s, q - 1) ||
	    s->words[q].start - s->words[q - 1].end > 3)
		return NO_WORD;
	for (a = s->words[q - 1].end; a < s->words[q].start; a++) {
		if (t[a] == ',' || t[a] == '-')
			marks++;
		else if (t[a] != ' ')
			return NO_WORD;
	}
	if (marks != 1)
		return NO_WORD;
	if (memchr(t + s->words[q - 1].end, '-', s->words[q].start -
	    s->words[q - 1].end) != NULL)
		*worded = 1;
	return q - 1;
}

/* "12-15 mars", "3-5/04": the day at word d glued by a hyphen to the
 * date's, smaller than it: a range with no cue before it. */
static int
glued_range(const char *t, const struct detect_scratch *s, size_t d,
    const struct detect_span *anchor)
{
	const struct detect_word *w = &s->words[d];

	return w->end + 1 == anchor->start && t[w->end] == '-' &&
	    digits_value(t + w->start, w->end - w->start) < anchor->date.day;
}

/* "du 12/03 au 15", "du 3 mars au 7": the day alone that ends a range
 * opened by "du" and a date, later in the same month: it takes that
 * month (and year).  0, 1 or -ENOMEM. */
static int
range_end_after(const char *t, size_t len, struct detect_scratch *s,
    const struct detect_span *anchor)
{
	struct date_value sh = { 0 };
	size_t f = word_at(s, anchor->start), n;
	int day;

	if (f == 0 || f >= s->nwords || !word_is(s, f - 1, "du") ||
	    (n = word_at(s, anchor->end)) + 1 >= s->nwords ||
	    !(word_is(s, n, "au") || word_is(s, n, "a")) ||
	    s->words[n].start - anchor->end > 2 || !joined(t, s, n) ||
	    !chain_day(t, len, s, n + 1) || !number_stands_alone(t, len, s,
	    n + 1) || (n + 2 < s->nwords && word_has(s, n + 2, D_MONTH)))
		return 0;
	day = digits_value(t + s->words[n + 1].start, s->words[n + 1].end -
	    s->words[n + 1].start);
	if (day <= anchor->date.day)
		return 0;
	sh.day = day;
	sh.month = anchor->date.month;
	sh.year = anchor->partial == DETECT_PART_NONE ? anchor->date.year :
	    (sh.month == 2 && day == 29 ? 2000 : 2001);
	sh.day_digits = (int)(s->words[n + 1].end - s->words[n + 1].start);
	return add_partial_date(s, s->words[n + 1].start, s->words[n + 1].end,
	    &sh, DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS);
}

/* Days alone before a date, in a range or a list: "du 3 au 7 mars", "du
 * 12 au 15/04", "les 3, 4 et 5 mars", "entre le 2 et le 5/03".  Each day
 * takes the month (and year) of the date that ends the chain, so it moves
 * with it ("du 3 au 7 mars" -30 days is "du 1 au 5 février"); the days
 * must be linked by a word or a hyphen somewhere ("12, 13 mars" alone is
 * as often a value and a date), the first come after a cue ("du", "le",
 * "les", "entre", a weekday).  From each date with a day and a month,
 * backwards. */
static int
day_chains(const char *t, size_t len, struct detect_scratch *s)
{
	size_t n = s->nspans;

	/* From a date found before (a number and no date: most comments). */
	if (!has_span_kind(s, DETECT_BIT(DETECT_DATE)))
		return 0;

	for (size_t k = 0; k < n; k++) {
		size_t days[4], nd = 0, q, d;
		int worded = 0, r;
		struct detect_span anchor = s->spans[k];

		if (anchor.kind != DETECT_DATE || (anchor.partial !=
		    DETECT_PART_NONE && anchor.partial != DETECT_PART_NO_YEAR) ||
		    (q = word_at(s, anchor.start)) >= s->nwords ||
		    s->words[q].start != anchor.start)
			continue;
		if ((r = range_end_after(t, len, s, &anchor)) < 0)
			return r;
		while (nd < 4 && (d = chain_link_before(t, len, s, q,
		    &worded)) != NO_WORD)
			days[nd++] = q = d;
		if (nd == 0 || !worded || ((q == 0 || !word_in(s, q - 1,
		    chain_cues) || s->words[q].start - s->words[q - 1].end > 2) &&
		    !glued_range(t, s, days[0], &anchor)))
			continue;
		for (size_t x = 0; x < nd; x++) {
			const struct detect_word *w = &s->words[days[x]];
			struct date_value sh = { 0 };

			sh.day = digits_value(t + w->start, w->end - w->start);
			sh.month = anchor.date.month;
			sh.year = anchor.partial == DETECT_PART_NONE ?
			    anchor.date.year : (sh.month == 2 && sh.day == 29 ?
			    2000 : 2001);
			sh.day_digits = (int)(w->end - w->start);
			if ((r = add_partial_date(s, w->start,
			    first_glued(t, s, days[x]) ? s->words[days[x] + 1].end :
			    w->end, &sh, DETECT_PART_DAY_ONLY,
			    DETECT_MONTH_DIGITS)) < 0)
				return r;
		}
	}
	return 0;
}

/* Word k is a weekday: its number (0 for Monday), or -1.  Written out,
 * in the plural too ("les lundis 3, 10 et 17 novembre": review,
 * eighteenth pass), or abbreviated with its dot (*ab set: "mar" is also
 * "mars", "sam" a name); *plural set for a plural.  Weekdays have 5, 6
 * or 8 letters, their plurals 6, 7 or 9, their abbreviations 3: any
 * other word is none without the compares. */
static int
weekday_word(const struct detect_scratch *s, size_t k, int *ab, int *plural)
{
	const struct detect_word *w = &s->words[k];
	size_t n = w->fold_len;

	*ab = *plural = 0;
	if (n >= 32 || !((UINT32_C(1) << 3 | UINT32_C(1) << 5 |
	    UINT32_C(1) << 6 | UINT32_C(1) << 7 | UINT32_C(1) << 8 |
	    UINT32_C(1) << 9) >> n & 1) || (w->flags & W_DIGIT))
		return -1;
	for (int d = 0; d < 7; d++) {
		size_t m = strlen(weekdays[d]);

		if (word_is_str(s, k, weekdays[d]))
			return d;
		if (n == m + 1 && wf(s, w)[m] == 's' &&
		    memcmp(wf(s, w), weekdays[d], m) == 0) {
			*plural = 1;
			return d;
		}
		if (word_is_str(s, k, weekday_abbrevs[d]) && (w->flags & W_DOT)) {
			*ab = 1;
			return d;
		}
	}
	return -1;
}

/* Word k, weekday wd, as a span of its own (DETECT_PART_WEEKDAY):
 * add_span's answer. */
static int
add_weekday(struct detect_scratch *s, size_t k, int wd, int ab)
{
	int r = add_span(s, s->words[k].start, s->words[k].end, DETECT_DATE,
	    -1);

	if (r == 1) {
		struct detect_span *w = &s->spans[s->nspans - 1];

		memset(&w->date, 0, sizeof(w->date));
		w->date.day = wd;
		w->partial = DETECT_PART_WEEKDAY;
		w->text_month = ab ? DETECT_MONTH_ABBREV : DETECT_MONTH_WORD;
	}
	return r;
}

/* Weekdays listed before the one at word k ("les lundis et jeudis 3, 6,
 * 10 et 13 novembre", "lundi, mercredi et vendredi 5"): each linked by
 * "et", "ou" or a comma, in the same number, up to six.  0 or -ENOMEM. */
static int
weekday_list_before(const char *t, struct detect_scratch *s, size_t k,
    int plural)
{
	int ab, pl, wd, r;

	for (int n = 0; n < 6 && k > 0; n++) {
		size_t p = k - 1;

		if (p > 0 && (word_is(s, p, "et") || word_is(s, p, "ou")) &&
		    !(s->words[p].flags & (W_CAP | W_UPPER | W_DOT)))
			p--;
		else if (s->words[k].start - s->words[p].end > 2 ||
		    t[s->words[p].end] != ',')
			return 0;
		if (word_taken(s, p) || (wd = weekday_word(s, p, &ab,
		    &pl)) < 0 || pl != plural)
			return 0;
		if ((r = add_weekday(s, p, wd, ab)) < 0)
			return r;
		k = p;
	}
	return 0;
}

/* After the date that ends at byte e, its weekday in parentheses or
 * after ", un" ("le 3 novembre (lundi)", "vu le 03/11/2025, un lundi"):
 * the word's index, or NO_WORD. */
static size_t
weekday_after(const char *t, const struct detect_scratch *s, size_t e)
{
	size_t m = word_at(s, e), a;

	if (m >= s->nwords)
		return NO_WORD;
	a = s->words[m].start;
	if ((a == e + 1 && t[e] == '(') || (a == e + 2 && t[e] == ' ' &&
	    t[e + 1] == '('))
		return s->words[m].end < s->text_len &&
		    t[s->words[m].end] == ')' ? m : NO_WORD;
	if (a == e + 2 && t[e] == ',' && t[e + 1] == ' ' && word_is(s, m, "un") &&
	    m + 1 < s->nwords && s->words[m + 1].start == s->words[m].end + 1)
		return m + 1;
	return NO_WORD;
}

/* Word k, an abbreviated weekday with no dot ("mer", "jeu", "sam"),
 * right before the numeric date at word d one space after it: "RDV mer
 * 11/03/26", "sam 07/03 : chute", an agenda's or a text message's
 * shorthand.  Without its dot an abbreviation is a weekday only there
 * ("mar" is also "mars", "sam" a name, "mer" the sea): a day and a month
 * in digits right after.  Its number, or -1 (review21). */
static int
bare_weekday_before_digits(const char *t, const struct detect_scratch *s,
    size_t k, size_t d)
{
	const struct detect_word *w = &s->words[k], *n = &s->words[d];

	if (w->fold_len != 3 || (w->flags & (W_DIGIT | W_DOT)) ||
	    !(n->flags & W_DIGIT) || n->start != w->end + 1 ||
	    t[w->end] != ' ' || n->end >= s->text_len ||
	    (t[n->end] != '/' && t[n->end] != '.' && t[n->end] != '-'))
		return -1;
	for (int x = 0; x < 7; x++)
		if (word_is_str(s, k, weekday_abbrevs[x]))
			return x;
	return -1;
}

/* The weekday before a date ("lundi 5 janvier", "le mercredi 28/10",
 * "ven. 20 nov.", "mer. 7/01", "mardi 7", "les lundis 3, 10 et 17
 * novembre" and the weekdays listed before it), or after it in
 * parentheses or after ", un": a span of its own (DETECT_PART_WEEKDAY),
 * which moves with the date (the weekday plus the shift, modulo 7): a
 * weekday left as written beside a moved date would tell the shift
 * modulo 7.  From the date spans. */
static int
date_weekdays(const char *t, struct detect_scratch *s)
{
	size_t n = s->nspans;
	int r;

	/* From the dates found (a number and no date: most comments;
	 * speed30b) */
	if (!has_span_kind(s, DETECT_BIT(DETECT_DATE)))
		return 0;
	for (size_t x = 0; x < n; x++) {
		const struct detect_span *sp = &s->spans[x];
		size_t k, gap, m;
		int wd, ab, plural;

		if (sp->kind != DETECT_DATE || sp->partial == DETECT_PART_NO_DAY ||
		    sp->partial == DETECT_PART_MONTH_ONLY ||
		    sp->partial == DETECT_PART_WEEKDAY ||
		    (k = word_at(s, sp->start)) >= s->nwords ||
		    s->words[k].start != sp->start)
			continue;
		/* "le 3 novembre (lundi)": a day and a month at least */
		if (sp->partial != DETECT_PART_DAY_ONLY &&
		    (m = weekday_after(t, s, sp->end)) != NO_WORD &&
		    !word_taken(s, m) && (wd = weekday_word(s, m, &ab,
		    &plural)) >= 0 && !plural &&
		    (r = add_weekday(s, m, wd, ab)) < 0)
			return r;
		if (k == 0 || word_taken(s, k - 1))
			continue;
		/* "mer 11/03/26": no dot, digits after (review21) */
		if ((wd = weekday_word(s, k - 1, &ab, &plural)) < 0 &&
		    sp->partial != DETECT_PART_DAY_ONLY &&
		    (wd = bare_weekday_before_digits(t, s, k - 1, k)) >= 0) {
			if ((r = add_weekday(s, k - 1, wd, 1)) < 0)
				return r;
			continue;
		}
		if (wd < 0)
			continue;
		gap = s->words[k].start - s->words[k - 1].end - (size_t)ab;
		if (gap < 1 || gap > 2 || t[s->words[k].start - 1] != ' ')
			continue;
		if ((r = add_weekday(s, k - 1, wd, ab)) < 0 ||
		    (r == 1 && !ab && (r = weekday_list_before(t, s, k - 1,
		    plural)) < 0))
			return r;
	}
	return 0;
}

/* ---- a year written out after a month ----
 * Dictation writes the year in words: "né le douze juin mille neuf cent
 * cinquante-huit", "en mars deux mille trois", "le 3 mai dix-neuf cent
 * soixante-dix".  Number words and their values: a unit, a teen, a ten. */
static const struct { const char *w; int v; } year_words[] = {
	{ "un", 1 }, { "deux", 2 }, { "trois", 3 }, { "quatre", 4 },
	{ "cinq", 5 }, { "six", 6 }, { "sept", 7 }, { "huit", 8 },
	{ "neuf", 9 }, { "dix", 10 }, { "onze", 11 }, { "douze", 12 },
	{ "treize", 13 }, { "quatorze", 14 }, { "quinze", 15 },
	{ "seize", 16 }, { "vingt", 20 }, { "vingts", 20 }, { "trente", 30 },
	{ "quarante", 40 }, { "cinquante", 50 }, { "soixante", 60 },
};

/* Word k's value as a number word, or 0. */
static int
year_word(const struct detect_scratch *s, size_t k)
{
	if (k >= s->nwords || (s->words[k].flags & W_DIGIT))
		return 0;
	for (size_t x = 0; x < sizeof(year_words) / sizeof(year_words[0]); x++)
		if (word_is_str(s, k, year_words[x].w))
			return year_words[x].v;
	return 0;
}

/* Words k and k+1 are one number: a space or a hyphen between. */
static int
year_next(const char *t, const struct detect_scratch *s, size_t k)
{
	return k + 1 < s->nwords && joined(t, s, k) &&
	    !(s->words[k + 1].flags & W_DIGIT);
}

/* 1 to 99 written out from word k ("cinquante-huit", "soixante et onze",
 * "quatre-vingt-dix-neuf"); *last its last word.  0 if none. */
static int
year_tail(const char *t, const struct detect_scratch *s, size_t k,
    size_t *last)
{
	int v = year_word(s, k), u;

	if (v == 0)
		return 0;
	*last = k;
	/* "quatre-vingt(s)" */
	if (v == 4 && year_next(t, s, k) && year_word(s, k + 1) == 20) {
		v = 80;
		*last = ++k;
	}
	if (v < 20 && v != 10)
		return v;
	if (v == 10) {	/* "dix-sept", "dix-huit", "dix-neuf" */
		if (year_next(t, s, k) && (u = year_word(s, k + 1)) >= 7 &&
		    u <= 9) {
			*last = k + 1;
			return 10 + u;
		}
		return 10;
	}
	/* after a ten: "et un", "et onze", a unit, or (60, 80) a teen */
	if (year_next(t, s, k) && word_is(s, k + 1, "et") &&
	    year_next(t, s, k + 1) && ((u = year_word(s, k + 2)) == 1 ||
	    (u == 11 && v == 60))) {
		*last = k + 2;
		return v + u;
	}
	if (year_next(t, s, k) && (u = year_word(s, k + 1)) >= 1 &&
	    (u <= 9 || ((v == 60 || v == 80) && u <= 16))) {
		size_t l;

		if (u == 10 || u < 10) {
			u = year_tail(t, s, k + 1, &l);
			if (u > 19 || (u >= 10 && v != 60 && v != 80))
				return v;
			*last = l;
			return v + u;
		}
		*last = k + 1;
		return v + u;
	}
	return v;
}

/* A year written out from word k: "mille neuf cent cinquante-huit", "mil
 * neuf cent", "dix-neuf cent soixante-dix", "deux mille trois"; its value
 * (1800 to 2099) and *last its last word, or 0. */
static int
spelled_year(const char *t, const struct detect_scratch *s, size_t k,
    size_t *last)
{
	int hundreds, v;
	size_t l;

	if (k >= s->nwords)
		return 0;
	if (word_is(s, k, "deux") && year_next(t, s, k) &&
	    word_is(s, k + 1, "mille")) {
		*last = k + 1;
		hundreds = 2000;
		k += 2;
	} else {
		if (word_is(s, k, "mille") || word_is(s, k, "mil")) {
			if (!year_next(t, s, k))
				return 0;
			k++;
			hundreds = 1000;
		} else if (word_is(s, k, "dix") && year_next(t, s, k)) {
			k++;
			hundreds = 1000;
		} else {
			return 0;
		}
		/* "neuf cent(s)", "huit cent(s)" */
		v = year_word(s, k);
		if ((v != 8 && v != 9) || !year_next(t, s, k) ||
		    !(word_is(s, k + 1, "cent") || word_is(s, k + 1, "cents")))
			return 0;
		hundreds += v * 100;
		*last = k + 1;
		k += 2;
	}
	if (k < s->nwords && year_next(t, s, k - 1) &&
	    (v = year_tail(t, s, k, &l)) > 0) {
		*last = l;
		return hundreds + v;
	}
	/* a round year only where the number stops ("le 3 mai deux mille."):
	 * "deux mille comprimés" counts something */
	return *last + 1 < s->nwords && joined(t, s, *last) ? 0 : hundreds;
}

/* A birth's words ("né", "née", "naissance", "DDN") among the three
 * words before the span x. */
static int
born_before(const struct detect_scratch *s, size_t x)
{
	size_t f = word_at(s, s->spans[x].start);

	for (size_t k = f; k > 0 && f - k < 3; k--)
		if (word_is(s, k - 1, "ne") || word_is(s, k - 1, "nee") ||
		    word_is(s, k - 1, "naissance") || word_is(s, k - 1, "ddn"))
			return 1;
	return 0;
}

/* A birth's date without a year (span x, its day and month) followed by
 * a year of two digits at word m, in digits or words ("née le premier
 * avril trente-neuf", "né le douze mai 39"): its value 1 to 99 and
 * *last its last word, or 0.  Only after a birth's words: "le douze mai
 * 39 patients" counts something. */
static int
birth_short_year(const char *t, const struct detect_scratch *s, size_t x,
    size_t m, size_t *last)
{
	size_t l;
	int v;

	if (!born_before(s, x))
		return 0;
	if (s->words[m].flags & W_DIGIT) {
		if (s->words[m].end - s->words[m].start != 2 ||
		    !year_ends(t, s, m))
			return 0;
		*last = m;
		return digits_value(t + s->words[m].start, 2);
	}
	if ((v = year_tail(t, s, m, &l)) == 0 || (l + 1 < s->nwords &&
	    joined(t, s, l) && year_word(s, l + 1) != 0))
		return 0;
	*last = l;
	return v;
}

/* A date found without a year, ending at a month word, with the year
 * written out after it: the span grows over the year, and the date takes
 * it (a day and month: a full date; a month alone: month and year).
 * Spans are few; a comment without "mille", "mil" or "dix" after a month
 * is read no further than the word after each. */
static int
spelled_years(const char *t, struct detect_scratch *s)
{
	for (size_t x = 0; x < s->nspans; x++) {
		struct detect_span *sp = &s->spans[x];
		struct date_value dv;
		size_t m, last;
		int y;

		if (sp->kind != DETECT_DATE || sp->text_month != DETECT_MONTH_WORD ||
		    (sp->partial != DETECT_PART_NO_YEAR &&
		    sp->partial != DETECT_PART_MONTH_ONLY))
			continue;
		m = word_at(s, sp->end);
		if (m == 0 || m >= s->nwords || s->words[m - 1].end != sp->end ||
		    !joined(t, s, m - 1))
			continue;
		if ((y = spelled_year(t, s, m, &last)) == 0 &&
		    sp->partial == DETECT_PART_NO_YEAR &&
		    (y = birth_short_year(t, s, x, m, &last)) != 0)
			y += y <= 30 ? 2000 : 1900;
		if (y == 0 || overlaps(s, s->words[m].start, s->words[last].end) ||
		    (last + 1 < s->nwords && joined(t, s, last) &&
		    year_word(s, last + 1) != 0))
			continue;
		if (ymd_parse(y, sp->date.month, sp->partial ==
		    DETECT_PART_MONTH_ONLY ? 15 : sp->date.day, &dv) != 0)
			continue;
		sp->date.year = dv.year;
		sp->date.year_digits = 4;
		sp->partial = sp->partial == DETECT_PART_NO_YEAR ?
		    DETECT_PART_NONE : DETECT_PART_NO_DAY;
		sp->end = s->words[last].end;
		take_bytes(s, s->words[m].start, sp->end);
		mark_words(s, x);
	}
	return 0;
}

/* the seasons, their middle day (astronomical seasons: a shift
 * of six weeks either way keeps the season) and the first byte of each. */
static const struct { const char *w; int month, day; } seasons[] = {
	{ "printemps", 5, 5 }, { "ete", 8, 6 }, { "automne", 11, 6 },
	{ "hiver", 2, 4 },
};

/* The season word i names (0 none, 1..4), in lower case or capitalized. */
static int
season_of(const struct detect_scratch *s, size_t i)
{
	for (int k = 0; k < 4; k++)
		if (word_is_str(s, i, seasons[k].w))
			return k + 1;
	return 0;
}

/* Before "été" (also the participle: "a été 2 fois"), a word that makes
 * it the season: "l'été 2025", "cet été 2024", "en été 2023". */
static int
summer_cue(const char *t, const struct detect_scratch *s, size_t i)
{
	const struct detect_word *p;

	if (i == 0)
		return 0;
	p = &s->words[i - 1];
	if (word_is(s, i - 1, "l") || word_is(s, i - 1, "d"))
		return p->end + 1 == s->words[i].start && t[p->end] == '\'';
	return word_is(s, i - 1, "cet") || word_is(s, i - 1, "en");
}

/* A season and its year at word y, a year of four digits: "l'été 2025",
 * "au printemps 2027", "hiver 2024-2025", "l'hiver 2024/25", "Automne
 * 2019".  A partial date (DETECT_MONTH_SEASON) from the season, or from
 * the "l'" glued before it (the hand sets label it: its span's lead). */
static int
season_year(const char *t, size_t len, struct detect_scratch *s, size_t y)
{
	const struct detect_word *w = &s->words[y], *p;
	struct date_value sh = { 0 };
	size_t a, b = w->end, q = y - 1;
	int k, r, lead = 0;

	if (y == 0 || w->end - w->start != 4 || word_taken(s, q) ||
	    (k = season_of(s, q)) == 0)
		return 0;
	p = &s->words[q];
	if (w->start != p->end + 1 || t[p->end] != ' ' ||
	    (k == 2 && !summer_cue(t, s, q)))
		return 0;
	sh.year = digits_value(t + w->start, 4);
	/* a winter of two years: the second one more, after '-' or '/' */
	if (k == 4 && b + 2 < len && (t[b] == '-' || t[b] == '/') &&
	    y + 1 < s->nwords && s->words[y + 1].start == b + 1 &&
	    (s->words[y + 1].flags & W_DIGIT)) {
		size_t n2 = s->words[y + 1].end - s->words[y + 1].start;
		int y2 = digits_value(t + b + 1, n2);

		if ((n2 == 4 && y2 == sh.year + 1) || (n2 == 2 &&
		    y2 == (sh.year + 1) % 100)) {
			sh.sep = t[b];
			sh.day_digits = (int)n2;
			sh.year++;
			b = s->words[++y].end;
		}
	}
	if (sh.year < 1900 || sh.year > 2100 || !number_stands_alone(t, len, s,
	    y))
		return 0;
	sh.month = seasons[k - 1].month;
	sh.day = seasons[k - 1].day;
	a = p->start;
	if (q > 0 && word_is(s, q - 1, "l") && s->words[q - 1].end + 1 ==
	    p->start && t[s->words[q - 1].end] == '\'' && !word_taken(s, q - 1)) {
		a = s->words[q - 1].start;
		lead = 1;
	}
	if ((r = add_partial_date(s, a, b, &sh, DETECT_PART_NO_DAY,
	    DETECT_MONTH_SEASON)) == 1) {
		s->spans[s->nspans - 1].lead = lead;
		s->spans[s->nspans - 1].date.sep = sh.sep;
		s->spans[s->nspans - 1].date.day_digits = sh.day_digits;
	}
	return r;
}

/* Number word y of four digits may end a season and its year: the word
 * before it has a season's length and first letter ("ete", "hiver",
 * "automne", "printemps"); asked in scan_partial_dates' loops, so that
 * the numbers are not walked once more. */
static inline int
season_candidate(const struct detect_scratch *s, size_t y)
{
	uint32_t n;
	char c;

	if (y == 0 || s->words[y].end - s->words[y].start != 4)
		return 0;
	n = s->words[y - 1].fold_len;
	if (n != 3 && n != 5 && n != 7 && n != 9)
		return 0;
	c = wf(s, &s->words[y - 1])[0];
	return (n == 3 && c == 'e') || (n == 5 && c == 'h') ||
	    (n == 7 && c == 'a') || (n == 9 && c == 'p');
}

/* The word that opens scan_spelled_days_of_month's gate (C_MOISCUE). */
const char *const month_cue_words[] = { "mois", NULL };

/* A day written out before the words that name its month as this one,
 * after "le", "du" or a weekday: "depuis le deux de ce mois", "le premier
 * du mois", "le vingt-trois du mois dernier" (heldout21; the digits' "le
 * 2 de ce mois" is partial_from_day's).  A day alone, January standing
 * in for its month as for "vu le 12 courant" (DETECT_PART_DAY_ONLY):
 * moved by the shift and written back in digits ("le 4 de ce mois"),
 * [DATE] where dates are not shifted.  From each "mois", back over
 * "du" or "de ce" to the day: a bounded look (spelled_value reads three
 * words).  "deux du mois" with no cue before ("les deux du mois", "tous
 * les deux mois") stays.  0 or -ENOMEM. */
int
scan_spelled_days_of_month(const char *t, struct detect_scratch *s)
{
	for (size_t k = 2; k < s->nwords; k++) {
		struct date_value sh = { 0 };
		size_t e, a;
		int r;

		if (!word_cue(&s->words[k], C_MOISCUE) || word_taken(s, k))
			continue;
		if (word_is(s, k - 1, "du"))
			e = k - 2;
		else if (k >= 3 && word_is(s, k - 1, "ce") && word_is(s, k - 2,
		    "de"))
			e = k - 3;
		else
			continue;
		if (s->words[e].flags & W_DIGIT ||
		    !day_of_this_month(s, e + 1) ||
		    s->words[e + 1].start != s->words[e].end + 1 ||
		    (sh.day = spelled_value(t, s, e, &a)) == 0 || a == 0 ||
		    !(word_is(s, a - 1, "le") || word_is(s, a - 1, "du") ||
		    word_in_filtered_list(s, &s->words[a - 1], weekdays)) ||
		    s->words[a].start != s->words[a - 1].end + 1)
			continue;
		sh.month = 1;
		sh.year = 2001;
		sh.day_digits = 1;	/* written back as "2", not "02" */
		if ((r = add_partial_date(s, s->words[a].start, s->words[e].end,
		    &sh, DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS)) < 0)
			return r;
	}
	return 0;
}

/* dev25: words i and j have one fold ("dix" and "dix"). */
static int
same_fold(const struct detect_scratch *s, size_t i, size_t j)
{
	const struct detect_word *a = &s->words[i], *b = &s->words[j];

	return a->fhash == b->fhash && a->fold_len == b->fold_len &&
	    memcmp(wf(s, a), wf(s, b), a->fold_len) == 0;
}

/* dev25: a day a speaker said, broke off and said again with its month,
 * "euh" between: "le dix huit euh le dix huit décembre", "le 18 euh le
 * 18 décembre" (a voicemail's transcript).  The words before "euh" are
 * the same as the ones after it up to a date found (scan_partial_dates
 * ran), their last a day in words or in digits: a day alone, as
 * scan_spelled_days_of_month takes it.  "dix huit euh dix neuf ans"
 * (no date after) and "le dix huit euh je ne sais plus" stay.  From a
 * date found and an "euh" (detect_run's gate: repeated_day_cues, C_EUH),
 * each "euh": a bounded look back. */
const char *const repeated_day_cues[] = { "euh", NULL };

int
scan_repeated_days(const char *t, struct detect_scratch *s)
{
	for (size_t k = 1; k + 1 < s->nwords; k++) {
		struct date_value sh = { 0 };
		const struct detect_span *d;
		size_t m, e = k - 1, a;
		int r;

		if (!word_is(s, k, "euh"))
			continue;
		for (m = 4; m > 0; m--) {
			size_t x;

			if (m > k || k + m >= s->nwords)
				continue;
			for (x = 0; x < m && same_fold(s, k - m + x, k + 1 + x);
			    x++)
				;
			if (x == m)
				break;
		}
		if (m == 0 || word_taken(s, e) || (d = span_of(s, k + m)) ==
		    NULL || d->kind != DETECT_DATE)
			continue;
		if (s->words[e].flags & W_DIGIT) {
			size_t n = s->words[e].end - s->words[e].start;

			if (n > 2 || (sh.day = digits_value(t +
			    s->words[e].start, n)) < 1 || sh.day > 31)
				continue;
			a = e;
		} else if ((sh.day = spelled_value(t, s, e, &a)) == 0 ||
		    a + m < k || word_taken(s, a))
			continue;
		sh.month = 1;
		sh.year = 2001;
		sh.day_digits = 1;
		if ((r = add_partial_date(s, s->words[a].start, s->words[e].end,
		    &sh, DETECT_PART_DAY_ONLY, DETECT_MONTH_DIGITS)) < 0)
			return r;
	}
	return 0;
}

/* Dates without a year, a day or both, which shift like the others: "le 3
 * mars", "1er mai", "mars 2021", "le 18/08", "le 03.04", "mardi 7",
 * "mi-mars", "03/2021", "du 3 au 7 mars" (docs/scrub.md). */
int
scan_partial_dates(const char *t, size_t len, struct detect_scratch *s)
{
	int r = 0;

	/* A number ("(03.03)" needs no cue word), or a month. */
	if (!(comment_has(s, W_DIGIT, 0) | comment_has(s, 0, D_MONTH)))
		return 0;
	if (!comment_has(s, 0, D_MONTH)) {
		/* No month word: only a number of one or two digits starts
		 * one, and tokenize listed the numbers. */
		for (size_t x = 0; x < s->ndwords && r >= 0; x++) {
			size_t i = s->dwords[x];

			if (!word_taken(s, i) &&
			    s->words[i].end - s->words[i].start <= 2)
				r = partial_from_day(t, len, s, i);
			else if (season_candidate(s, i))
				r = season_year(t, len, s, i);
		}
		if (r < 0 || (r = day_chains(t, len, s)) < 0)
			return r;
		return date_weekdays(t, s);
	}
	for (size_t i = 0; i < s->nwords && r >= 0; i++) {
		const struct detect_word *w = &s->words[i];

		if (word_taken(s, i))
			continue;
		if ((w->flags & W_DIGIT) && w->end - w->start <= 2)
			r = partial_from_day(t, len, s, i);
		else if (w->dflags & D_MONTH)	/* month_of asks it first */
			r = partial_from_month(t, s, i);
		else if ((w->flags & W_DIGIT) && season_candidate(s, i))
			r = season_year(t, len, s, i);
	}
	if (r < 0 || (r = day_chains(t, len, s)) < 0 ||
	    (r = spelled_years(t, s)) < 0)
		return r;
	return date_weekdays(t, s);
}

/* 1 to 99 written out from word k (year_tail), for a postcode
 * dictated in words (detect_addr.c). */
int
date_spelled_1_99(const char *t, const struct detect_scratch *s, size_t k,
    size_t *last)
{
	return year_tail(t, s, k, last);
}
