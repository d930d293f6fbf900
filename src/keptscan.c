/* Kept columns whose view values look like identifiers (keptscan.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>
#include <unistr.h>

#include "cp1252.h"
#include "csvio.h"
#include "dialect.h"
#include "engine.h"
#include "icd10.h"
#include "identity.h"
#include "keptscan.h"
#include "detect.h"
#include "names.h"
#include "norm.h"
#include "policy.h"
#include "policy_column.h"
#include "postcodes.h"

/* A number this long in a kept cell is an identifier (an IPP, an RPPS):
 * names.h's NAMES_ID_DIGITS, the scrub's `digits = 8`.  Lab values and
 * doses are shorter. */
#define KEPTSCAN_ID_DIGITS	8

/* A row's name compared with its kept cells has a word of this many
 * letters or more: a one- or two-letter value ("h", "Le", "LY") is as
 * often an article, an initial or a unit (check43). */
#define KEPTSCAN_NAME_MIN	3

/* A word of folded text: bytes [off, off + len) of its buffer; joined: a
 * hyphen ties it to the word before, in one compound ("Saint-Martin"). */
struct own_word {
	size_t		 off, len;
	int		 joined;
};

/* One name of the row, as words to find in a row: rwords[first..+n). */
struct own_unit {
	size_t		 col;		/* its source column */
	size_t		 first, n;
	enum detect_ident kind;		/* its column's: a last or first name,
					   or a whole name */
};

/* A name word of one or two letters (check45): rwords[w] of column col,
 * looked for as a capitalized word after a title or beside another of
 * the row's names only ("Mme Ng", "NG Li"), never alone. */
struct own_short {
	size_t		 col;
	size_t		 w;
};

struct keptscan {
	char			 delim;
	int			 cp1252;	/* view bytes to UTF-8 first */
	size_t			 nview;		/* columns in the view */
	size_t			 ncols;
	struct keptscan_col	*cols;
	size_t			*view_col;	/* each kept column's, in the view */
	uint32_t		*groups;	/* each one's sensitive groups */
	struct csvio_record	 rec;
	struct buf		 cell, utf8, joined, fold, person;
	struct detect_scratch	 det;
	int			 shifted;	/* a view column moves dates */
	int			 by_weeks;	/* ... by whole weeks */
	/* The row's own names (check43): the source columns whose rule
	 * says identifies = a name, and per record their folded words,
	 * grouped into names to find; only the record at hand's. */
	size_t			 nident;
	size_t			*ident_col;
	enum detect_ident	*ident_kind;
	int			 src_cp1252;	/* source bytes to UTF-8 first */
	int			 row_set;	/* keptscan_row for this record */
	const struct identity_row *ident;	/* its patient in the identity
						   source, or NULL */
	struct buf		 own_raw, own_utf8, own_fold, own_mark, rowtext;
	struct own_word		*rwords, *cwords;
	size_t			 nrwords, caprwords, ncwords, capcwords;
	struct own_unit		*units;
	size_t			 nunits, capunits;
	struct own_short	*shorts;
	size_t			 nshorts, capshorts;
	/* The identity source asked by check itself (check45), in a file
	 * with the patient column whose view does not load it (no scrub
	 * column: identity_rule_depends): its patient column, the loaded
	 * version, the record's patient. */
	const struct policy	*policy;
	struct identity		*identity;
	size_t			 patient_col;
	struct identity_row	 id_row;
	struct buf		 id_raw, id_utf8, id_tmp, short_fold, part_fold,
				 comp_fold;
	const char		*identity_what;	/* it cannot be loaded (check46):
						   why, a constant text */
};

/* A column whose view cells may be source cells as written: op = keep,
 * an unnamed one under columns = keep, and analysis, ward and drug (at
 * level = name), which pass every cell their lexicon does not hide: a
 * "Posologie" or "Médicament" under op = drug that says "rappeler au 06
 * 51 94 88 22" came out as written, and check, which read op = keep
 * columns only, said nothing (hostile20).  *groups: the sensitive groups
 * its cells may not name (a lexicon rule's own suppress =, whose
 * judgment of the other groups is the policy author's). */
static int
is_kept(const struct view_col *c, uint32_t *groups)
{
	if (!c->emit)
		return 0;
	if (c->rule == NULL) {
		*groups = ICD10_SENSITIVE_DEFAULT;
		return 1;
	}
	return policy_column_copies_cells(c->rule, groups);
}

int
keptscan_new(const struct view *v, int by_weeks, struct keptscan **out)
{
	struct keptscan *s;
	size_t i, j, n = view_ncols(v);

	*out = NULL;
	if ((s = calloc(1, sizeof(*s))) == NULL)
		return -ENOMEM;
	s->delim = view_dialect(v)->delim;
	s->by_weeks = by_weeks;
	s->cp1252 = view_encoding(v) == DIALECT_CP1252;
	s->cols = calloc(n ? n : 1, sizeof(*s->cols));
	s->view_col = calloc(n ? n : 1, sizeof(*s->view_col));
	s->groups = calloc(n ? n : 1, sizeof(*s->groups));
	s->ident_col = calloc(n ? n : 1, sizeof(*s->ident_col));
	s->ident_kind = calloc(n ? n : 1, sizeof(*s->ident_kind));
	s->src_cp1252 = view_dialect(v)->encoding == DIALECT_CP1252;
	if (s->cols == NULL || s->view_col == NULL || s->groups == NULL ||
	    s->ident_col == NULL || s->ident_kind == NULL) {
		keptscan_free(s);
		return -ENOMEM;
	}
	for (i = 0, j = 0; i < n; i++) {
		const struct view_col *c = view_col(v, i);
		enum detect_ident id;

		/* Dropped or not: the row's name is the row's.  A column
		 * faked as a last or first name without `identifies =` is
		 * one too (check45): the policy says what it holds. */
		id = c->rule != NULL ? policy_column_identifies(c->rule) :
		    DETECT_IDENT_NONE;
		if (id == DETECT_IDENT_NONE && c->rule != NULL &&
		    c->rule->op == OP_FAKE)
			id = c->rule->fake == FAKE_LAST_NAME ?
			    DETECT_IDENT_LAST_NAME : c->rule->fake ==
			    FAKE_FIRST_NAME ? DETECT_IDENT_FIRST_NAME :
			    DETECT_IDENT_NONE;
		if (id == DETECT_IDENT_NAME || id == DETECT_IDENT_FIRST_NAME ||
		    id == DETECT_IDENT_LAST_NAME) {
			s->ident_col[s->nident] = i;
			s->ident_kind[s->nident++] = id;
		}
		if (!c->emit)
			continue;
		if (c->rule != NULL &&
		    (policy_column_flags(c->rule) & OP_F_SHIFT))
			s->shifted = 1;
		if (is_kept(c, &s->groups[s->ncols])) {
			s->cols[s->ncols].src_col = i;
			s->view_col[s->ncols] = j;
			s->ncols++;
		}
		j++;
	}
	s->nview = j;
	*out = s;
	return 0;
}

/* A name the detectors found counts only after a title ("Dr", "Mme"): the
 * dictionary alone also finds brands and places in kept columns
 * ("Malakoff Humanis"), and a kept column of prescribers or contacts has
 * titles.  Compared folded to ASCII lower case, with a final '.'. */
static int
after_title(const char *t, size_t start)
{
	static const char *const titles[] = { "dr", "docteur", "pr",
	    "professeur", "mme", "madame", "mlle", "mademoiselle", "m", "mr",
	    "monsieur", "me", "maitre" };
	char word[16];
	size_t end = start, begin, n;

	while (end > 0 && (t[end - 1] == ' ' || t[end - 1] == '.'))
		end--;
	for (begin = end; begin > 0 && ((t[begin - 1] | 32) >= 'a' &&
	    (t[begin - 1] | 32) <= 'z'); begin--)
		;
	if ((n = end - begin) == 0 || n >= sizeof(word))
		return 0;
	if (begin > 0 && (unsigned char)t[begin - 1] >= 0x80)
		return 0;	/* a word with other letters: not a title */
	for (size_t i = 0; i < n; i++)
		word[i] = (char)(t[begin + i] | 32);
	word[n] = '\0';
	for (size_t i = 0; i < sizeof(titles) / sizeof(*titles); i++)
		if (strcmp(word, titles[i]) == 0)
			return 1;
	return 0;
}

/* Two words of three letters or more (ASCII letters, or any byte beyond
 * ASCII): what a first name beside a surname needs, read before
 * names_person folds the cell (most kept cells are codes, numbers and
 * single words). */
static int
two_words(const char *t, size_t len)
{
	size_t words = 0, run = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)t[i];

		if (((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80) {
			if (++run == 3 && ++words == 2)
				return 1;
		} else {
			run = 0;
		}
	}
	return 0;
}

/* A word of three letters or more and an initial, a capital before a full
 * stop or alone at the end ("DUPONT J.", "J. DUPONT", "MARTIN J"):
 * names_person's surname in capitals beside an initial. */
static int
word_and_initial(const char *t, size_t len)
{
	size_t run = 0;
	int word = 0, initial = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)t[i];

		if (((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80) {
			if (++run == 3)
				word = 1;
			if (run == 1 && c >= 'A' && c <= 'Z' &&
			    (i + 1 == len || t[i + 1] == '.' ||
			    t[i + 1] == ',' || t[i + 1] == ';'))
				initial = 1;
		} else {
			run = 0;
		}
	}
	return word && initial;
}

/* The kinds found in one cell (UTF-8), as DETECT_BIT()s. */
static int
scan_cell(struct keptscan *s, const char *t, size_t len, uint32_t groups,
    unsigned *found)
{
	struct detect_options o = { DETECT_ALL & ~DETECT_BIT(DETECT_INITIAL),
	    KEPTSCAN_ID_DIGITS, groups, NULL, 0 };
	int r;

	*found = 0;
	if (groups == 0)
		o.kinds &= ~DETECT_BIT(DETECT_DIAGNOSIS);
	if (len == 0)
		return 0;
	if ((r = detect_run(&o, t, len, NULL, 0, &s->det)) != 0)
		return r;
	for (size_t i = 0; i < s->det.nspans; i++) {
		const struct detect_span *sp = &s->det.spans[i];

		/* "mardi 7", "mi-mars": not enough of a date to name. */
		if (sp->kind == DETECT_DATE && sp->partial != DETECT_PART_NONE)
			continue;
		if (sp->kind == DETECT_NAME && !after_title(t, sp->start)) {
			int person;

			/* A name the detectors found and a first name of
			 * the lists in it ("VIGNERON Paul"): a person's
			 * (hostile31).  Else a brand, a place. */
			if ((r = names_person_span(t, len, sp->start, sp->end,
			    &s->person, &person)) != 0)
				return r;
			if (!person)
				continue;
		}
		*found |= DETECT_BIT(sp->kind);
	}
	/*
	 * A person's name without a title: a listed first name beside a
	 * listed surname, either order, any case.  A kept `Sexe` whose
	 * second column of the same header held "DUPONT Jean" was reported
	 * as holding none (hostile31).  The detectors' names alone are not
	 * counted: they also find brands and places ("Malakoff Humanis").
	 */
	if (!(*found & DETECT_BIT(DETECT_NAME)) && (two_words(t, len) ||
	    word_and_initial(t, len))) {
		int person;

		if ((r = names_person(t, len, &s->person, &person)) != 0)
			return r;
		if (person)
			*found |= DETECT_BIT(DETECT_NAME);
	}
	return 0;
}

/* The integer a cell writes the way a spreadsheet or a data frame writes
 * a whole number, as digits into out (NUL-terminated), when it has
 * KEPTSCAN_ID_DIGITS digits or more: a decimal tail of zeros
 * ("184027512345674.0": pandas writes a column of numbers with an empty
 * cell as floats) or an exponent ("1.84027512345674E+14", "4,0012308E+07":
 * a spreadsheet's scientific notation of 12 digits or more), '.' or ','
 * as the decimal mark, spaces around.  The detectors read such a cell as a
 * measurement, so a kept column of NIRs, IPPs or phones saved so was
 * reported as holding none (hostile21).  A fraction that is not zero, a
 * minus sign or any other character: 0, the cell is left as it is. */
static int
written_integer(const char *t, size_t len, char *out, size_t outsz)
{
	size_t i = 0, n = 0, frac_at, nfrac, shift = 0;
	int has_mark = 0, has_exp = 0;

	while (i < len && t[i] == ' ')
		i++;
	while (len > i && t[len - 1] == ' ')
		len--;
	if (i < len && t[i] == '+')
		i++;
	for (; i < len && t[i] >= '0' && t[i] <= '9'; i++)
		if (n + 1 < outsz)
			out[n++] = t[i];
		else
			return 0;
	if (n == 0)
		return 0;
	frac_at = n;
	if (i < len && (t[i] == '.' || t[i] == ',')) {
		has_mark = 1;
		for (i++; i < len && t[i] >= '0' && t[i] <= '9'; i++)
			if (n + 1 < outsz)
				out[n++] = t[i];
			else
				return 0;
	}
	nfrac = n - frac_at;
	if (i < len && (t[i] == 'e' || t[i] == 'E')) {
		size_t d = 0;

		has_exp = 1;
		if (++i < len && t[i] == '+')
			i++;
		for (; i < len && t[i] >= '0' && t[i] <= '9' && d < 3; i++, d++)
			shift = shift * 10 + (size_t)(t[i] - '0');
		if (d == 0)
			return 0;
	}
	if (i != len || (!has_mark && !has_exp))
		return 0;
	/* The digits after the mark that the exponent does not move before
	 * it must be zeros; those it moves past the last digit are zeros. */
	if (shift < nfrac) {
		for (size_t k = frac_at + shift; k < n; k++)
			if (out[k] != '0')
				return 0;
		n = frac_at + shift;
	} else {
		for (size_t k = nfrac; k < shift; k++)
			if (n + 1 < outsz)
				out[n++] = '0';
			else
				return 0;
	}
	out[n] = '\0';
	return n >= KEPTSCAN_ID_DIGITS;
}

/*
 * The cell as a reader reads it, into out: 1 in *changed if that differs.
 * Each run of line breaks and tabs (CR, LF, VT, FF, TAB, and beyond ASCII
 * NEL, LINE and PARAGRAPH SEPARATOR) is one space: a NIR or a phone cut
 * by a quoted line break ("1 84 02<LF>75 123 456 74", an address field
 * pasted on two lines) or written with tabs is two numbers to the
 * detectors, which read a line break as a boundary.  A number drawn in a
 * disc or as a dingbat (a phone in "⓿➏➎➊➒…", "⓬") is its digits as the
 * name path reads them (norm_drawn_number), and a letter
 * drawn in a box or as a regional indicator its ASCII letter
 * (norm_latin_base), which NFKC leaves as they are.  check reported a kept
 * column of them as holding none (hostile22); the view shows the cell as
 * written, which any reader reads so.
 */
static int
read_again(const char *t, size_t len, struct buf *out, int *changed)
{
	const uint8_t *p = (const uint8_t *)t;
	size_t i = 0;
	int r = 0, in_break = 0;

	*changed = 0;
	buf_reset(out);
	/* Most kept cells are ASCII on one line: nothing to read again,
	 * nothing copied.  (A byte at a time through the loop below cost
	 * some 34 instructions a byte, a sixth of the detectors' own cost
	 * on a kept column of plain values; docs/performance.md, review23.) */
	while (i < len && p[i] < 0x80 && (p[i] < '\t' || p[i] > '\r'))
		i++;
	if (i == len)
		return 0;
	if ((r = buf_append(out, t, i)) != 0)
		return r;
	while (i < len && r == 0) {
		ucs4_t uc = p[i];
		char digits[2];
		int n = 1, nd, base;

		if (uc >= 0x80 && (n = u8_mbtouc(&uc, p + i, len - i)) <= 0)
			n = 1;
		if (uc == '\r' || uc == '\n' || uc == '\v' || uc == '\f' ||
		    uc == '\t' || uc == 0x85 || uc == 0x2028 || uc == 0x2029) {
			*changed = 1;
			if (!in_break)
				r = buf_putc(out, ' ');
			in_break = 1;
			i += (size_t)n;
			continue;
		}
		in_break = 0;
		if (uc >= 0x80 && (nd = norm_drawn_number(uc, digits)) > 0) {
			*changed = 1;
			r = buf_append(out, digits, (size_t)nd);
		} else if (uc >= 0x80 &&
		    uc_is_general_category(uc, UC_CATEGORY_So) &&
		    (base = norm_latin_base(uc)) != 0) {
			*changed = 1;
			r = buf_putc(out, (char)base);
		} else {
			r = buf_append(out, t + i, (size_t)n);
		}
		i += (size_t)n;
	}
	return r;
}

/* Kept column i's cell of s->rec as UTF-8, into *t; 0 and *t NULL if
 * the record has no such field. */
static int
cell_text(struct keptscan *s, size_t i, const struct buf **t)
{
	int r;

	*t = NULL;
	if (s->view_col[i] >= s->rec.nfields)
		return 0;
	if ((r = csvio_unescape(&s->rec.fields[s->view_col[i]],
	    &s->cell)) != 0)
		return r;
	*t = &s->cell;
	if (s->cp1252 && s->cell.len > 0) {
		if ((r = cp1252_to_utf8(s->cell.data, s->cell.len,
		    &s->utf8)) != 0)
			return r;
		*t = &s->utf8;
	}
	return 0;
}

static void
count_found(struct keptscan_col *c, unsigned found, int own, long line)
{
	if (found == 0 && !own)
		return;
	if (c->cells++ == 0)
		c->first_line = line;
	for (int k = 0; k < DETECT_NKINDS; k++)
		c->kinds[k] += (found & DETECT_BIT(k)) != 0;
	c->own_name += own != 0;
}

/* A short cell that is a name of the lists and nothing else: a kept
 * column of surnames says nothing the detectors can see without a title,
 * but a column of them is one.  Free text is left to the detectors. */
static int
count_bare_name(struct keptscan_col *c, const struct buf *t, unsigned found,
    long line, int *bare)
{
	enum names_sign sign;
	size_t spaces = 0;
	int r;

	*bare = 0;
	if (t->len == 0)
		return 0;
	c->filled++;
	if (found != 0 || t->len > 64)
		return 0;
	for (size_t i = 0; i < t->len; i++)
		spaces += t->data[i] == ' ';
	if (spaces > 2)
		return 0;
	if ((r = names_sign(t->data, t->len, &sign)) != 0)
		return r == -EILSEQ ? 0 : r;
	if (sign == NAMES_LISTED) {
		*bare = 1;
		if (c->bare_names++ == 0)
			c->bare_line = line;
	}
	return 0;
}

/* ---- kept parts of a date beside shifted dates (hostile24) ---- */

/* Month and weekday names as NORM_TEXT folds them (accents gone), French
 * and English, whole and abbreviated. */
static const char *const month_names[] = {
	"janvier", "janv", "jan", "january", "fevrier", "fevr", "fev",
	"february", "feb", "mars", "mar", "march", "avril", "avr", "april",
	"apr", "mai", "may", "juin", "jun", "june", "juillet", "juil", "jul",
	"july", "aout", "aou", "august", "aug", "septembre", "sept", "sep",
	"september", "octobre", "oct", "october", "novembre", "nov",
	"november", "decembre", "dec", "december", NULL
};
static const char *const weekday_names[] = {
	"lundi", "lun", "mardi", "mercredi", "mer", "jeudi", "jeu",
	"vendredi", "ven", "samedi", "sam", "dimanche", "dim", "monday",
	"mon", "tuesday", "tue", "wednesday", "wed", "thursday", "thu",
	"friday", "fri", "saturday", "sat", "sunday", "sun", NULL
};

enum cal_token {
	CAL_OTHER, CAL_YEAR, CAL_YY, CAL_MONTH_NUM, CAL_DAY_NUM, CAL_MONTH,
	CAL_WEEKDAY, CAL_QUARTER,
};

static int
in_list(const char *const *list, const char *w, size_t n)
{
	for (; *list != NULL; list++)
		if (strlen(*list) == n && memcmp(*list, w, n) == 0)
			return 1;
	return 0;
}

static enum cal_token
cal_token(const char *w, size_t n)
{
	unsigned v = 0;
	size_t i;

	for (i = 0; i < n && w[i] >= '0' && w[i] <= '9'; i++)
		v = v * 10 + (unsigned)(w[i] - '0');
	if (i == n) {
		if (n == 4)
			return v >= 1900 && v <= 2099 ? CAL_YEAR : CAL_OTHER;
		if (n == 2 && v >= 1 && v <= 12)
			return CAL_MONTH_NUM;	/* also a day, a YY */
		if (n == 2 && v >= 13 && v <= 31)
			return CAL_DAY_NUM;
		if (n == 2)
			return CAL_YY;
		if (n == 1 && v >= 1)
			return CAL_MONTH_NUM;
		return CAL_OTHER;
	}
	if (n == 2 && (w[0] == 't' || w[0] == 'q') && w[1] >= '1' &&
	    w[1] <= '4')
		return CAL_QUARTER;
	if (in_list(month_names, w, n))
		return CAL_MONTH;
	if (in_list(weekday_names, w, n))
		return CAL_WEEKDAY;
	return CAL_OTHER;
}

/*
 * Is the whole cell a part of a date that a shifted date beside it does
 * not tell: a year (2021), a month and year (03/2021, 2021-03, mars 2021,
 * janv.-21), a month (mars), a day and month (15/03, 15 mars), a quarter
 * (T1 2021), a weekday (lundi), or a whole date?  The recipient reads the
 * true one beside the moved one and narrows the patient's shift: a true
 * month to some thirty days, a true day and month or date to the shift
 * itself.  Numbers alone are read strictly (two digits each for a day and
 * month: `3/4` is a score): a column of fractions or lab values is not one.
 */
static int
calendar_part(const char *t, size_t len, int by_weeks)
{
	enum cal_token tok[4];
	size_t n = 0, a, b, tlen[4];

	for (a = 0; a < len; a = b + 1) {
		for (b = a; b < len && t[b] != ' ' && t[b] != '/' &&
		    t[b] != '.' && t[b] != ','; b++)
			;
		if (b == a)
			continue;
		if (n == 4)
			return 0;
		tlen[n] = b - a;
		if ((tok[n++] = cal_token(t + a, b - a)) == CAL_OTHER)
			return 0;
	}
	/* A weekday before the rest: "lundi 15 mars". */
	if (n > 1 && tok[0] == CAL_WEEKDAY) {
		memmove(tok, tok + 1, (n - 1) * sizeof(*tok));
		memmove(tlen, tlen + 1, (n - 1) * sizeof(*tlen));
		n--;
		if (tok[0] == CAL_WEEKDAY)
			return 0;
	}
#define DAYISH(x)	((x) == CAL_MONTH_NUM || (x) == CAL_DAY_NUM)
#define MONTHISH(x)	((x) == CAL_MONTH_NUM || (x) == CAL_MONTH)
	switch (n) {
	case 1:
		/* A weekday is as true of a date moved by whole weeks. */
		return tok[0] == CAL_YEAR || tok[0] == CAL_MONTH ||
		    (tok[0] == CAL_WEEKDAY && !by_weeks);
	case 2:
		/* 03/2021, 2021-03, mars 2021, mars 21, T1 2021, 15/03. */
		if ((MONTHISH(tok[0]) || tok[0] == CAL_QUARTER) &&
		    tok[1] == CAL_YEAR)
			return 1;
		if (tok[0] == CAL_YEAR && (MONTHISH(tok[1]) ||
		    tok[1] == CAL_QUARTER))
			return 1;
		if (tok[0] == CAL_MONTH && (tok[1] == CAL_YY ||
		    tok[1] == CAL_MONTH_NUM || tok[1] == CAL_DAY_NUM))
			return 1;
		if (DAYISH(tok[0]) && tok[1] == CAL_MONTH)
			return 1;
		/* Two digits each: 3/4 is a score, 15/03 a day. */
		return DAYISH(tok[0]) && tok[1] == CAL_MONTH_NUM &&
		    tlen[0] == 2 && tlen[1] == 2;
	case 3:
		/* 15/03/2021, 2021-03-15, 15 mars 2021 (the detectors find
		 * most; a kept one beside a shifted one is the shift). */
		return (DAYISH(tok[0]) && MONTHISH(tok[1]) &&
		    (tok[2] == CAL_YEAR || tok[2] == CAL_YY)) ||
		    (tok[0] == CAL_YEAR && MONTHISH(tok[1]) && DAYISH(tok[2]));
	default:
		return 0;
	}
#undef DAYISH
#undef MONTHISH
}

static int
count_calendar(struct keptscan *s, struct keptscan_col *c,
    const struct buf *t, long line)
{
	int r;

	if (!s->shifted || t->len == 0 || t->len > 64)
		return 0;
	if ((r = norm_value(NORM_TEXT, t->data, t->len, &s->fold)) != 0)
		return r == -EILSEQ ? 0 : r;
	if (calendar_part(s->fold.data, s->fold.len, s->by_weeks) &&
	    c->calendar++ == 0)
		c->calendar_line = line;
	return 0;
}

/* ---- the row's own name in its kept cells (check43) ---- */

static int
grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 16;
	void *q;

	if (need <= *cap)
		return 0;
	while (n < need)
		n *= 2;
	if ((q = reallocarray(*p, n, size)) == NULL)
		return -ENOMEM;
	*p = q;
	*cap = n;
	return 0;
}

static inline int
word_char(const uint8_t *p, size_t len, size_t i, int *m)
{
	ucs4_t uc = p[i];

	*m = 1;
	if (uc < 0x80)
		return (uc >= 'a' && uc <= 'z') || (uc >= 'A' && uc <= 'Z') ||
		    (uc >= '0' && uc <= '9');
	if ((*m = u8_mbtouc(&uc, p + i, len - i)) <= 0)
		*m = 1;
	return uc_is_general_category(uc, UC_CATEGORY_L) ||
	    uc_is_general_category(uc, UC_CATEGORY_N);
}

/* The words (letters and digits) of NORM_TEXT-folded text t[0..len),
 * appended to *w with offsets from `base`; a '_' right between two words
 * joins them (own_name marks a cell's hyphens so: NORM_TEXT reads them as
 * spaces).  Apostrophes and all else part words: "d'Artagnan" is two,
 * "Vigneron's" is "vigneron" and "s". */
static int
own_words(const char *t, size_t len, size_t base, struct own_word **w,
    size_t *n, size_t *cap)
{
	const uint8_t *p = (const uint8_t *)t;
	size_t i = 0, start = 0, end = 0;
	int in = 0, join = 0, m, r;

	while (i < len) {
		int word = word_char(p, len, i, &m);

		if (word && !in) {
			start = i;
			in = 1;
		} else if (!word && in) {
			if ((r = grow((void **)w, cap, *n + 1, sizeof(**w))) != 0)
				return r;
			(*w)[(*n)++] = (struct own_word){ base + start,
			    i - start, join && start == end + 1 };
			end = i;
			join = t[i] == '_';
			in = 0;
		}
		i += (size_t)m;
	}
	if (in) {
		if ((r = grow((void **)w, cap, *n + 1, sizeof(**w))) != 0)
			return r;
		(*w)[(*n)++] = (struct own_word){ base + start, len - start,
		    join && start == end + 1 };
	}
	return 0;
}

/* Letters in a UTF-8 word (code points: the folded word has no marks). */
static size_t
letters(const char *t, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)t[i] & 0xc0) != 0x80;
	return n;
}

/*
 * Words of a name that are not a name alone (check45): particles
 * ("DES ROCHES", "VAN DAMME", "BEN ALI"), marital words ("DUPONT née
 * MARTIN", "ép. MARTIN", "veuve"), titles ("Mme DUPONT Jeanne" in a
 * whole-name column), folded as NORM_TEXT folds them.  Words of three
 * letters or more only (shorter ones are not looked for alone): "des"
 * or "nee" alone would fire on every "bilan des urines", "née à terme".
 * Sorted as strcmp sorts, for bsearch.
 */
static const char *const not_alone[] = {
	"abd", "ait", "aux", "ben", "bin", "bou", "dal", "dalla",
	"das", "degli", "dei", "del", "della", "delle", "den", "der",
	"des", "dit", "dite", "divorcee", "docteur", "dos", "epouse",
	"epoux", "epse", "ibn", "les", "mac", "madame", "mademoiselle",
	"maitre", "mlle", "mlles", "mme", "mmes", "monsieur", "mrs",
	"nee", "ould", "professeur", "saint", "sainte", "san", "sao",
	"ste", "ten", "ter", "van", "veuf", "veuve", "von", "vve",
};

static int
cmp_word(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

/* Is folded word t[0..len) one of not_alone? */
static int
not_a_name_alone(const char *t, size_t len)
{
	char w[16];

	if (len >= sizeof(w))
		return 0;
	memcpy(w, t, len);
	w[len] = '\0';
	return bsearch(w, not_alone, sizeof(not_alone) / sizeof(*not_alone),
	    sizeof(*not_alone), cmp_word) != NULL;
}

static int
add_unit(struct keptscan *s, size_t col, size_t first, size_t n,
    enum detect_ident kind)
{
	int r;

	if ((r = grow((void **)&s->units, &s->capunits, s->nunits + 1,
	    sizeof(*s->units))) != 0)
		return r;
	s->units[s->nunits++] = (struct own_unit){ col, first, n, kind };
	return 0;
}

/* Titles and marital abbreviations of a name column ("Dr Jean MARTIN",
 * "ép."): not a short name. */
static int
short_not_name(const char *t, size_t len)
{
	static const char *const words[] = { "dr", "pr", "m", "mr", "me",
	    "ms", "ep", "st", "vv" };

	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (strlen(words[i]) == len && memcmp(words[i], t, len) == 0)
			return 1;
	return 0;
}

static int
add_short(struct keptscan *s, size_t col, size_t w)
{
	int r;

	if (short_not_name(s->rowtext.data + s->rwords[w].off,
	    s->rwords[w].len))
		return 0;

	if ((r = grow((void **)&s->shorts, &s->capshorts, s->nshorts + 1,
	    sizeof(*s->shorts))) != 0)
		return r;
	s->shorts[s->nshorts++] = (struct own_short){ col, w };
	return 0;
}

/* The record's patient in the identity source check loaded itself
 * (keptscan_identity): s->ident, or left NULL (a blank id, a patient the
 * source does not hold). */
static int
row_patient(struct keptscan *s, const struct csvio_record *src)
{
	const char *t;
	size_t tl;
	int r;

	if (s->identity == NULL || s->patient_col >= src->nfields)
		return 0;
	if ((r = csvio_unescape(&src->fields[s->patient_col],
	    &s->id_raw)) != 0)
		return r;
	t = s->id_raw.data;
	tl = s->id_raw.len;
	if (s->src_cp1252 && tl > 0) {
		if ((r = cp1252_to_utf8(t, tl, &s->id_utf8)) != 0)
			return r;
		t = s->id_utf8.data;
		tl = s->id_utf8.len;
	}
	r = identity_row_of(s->identity, s->policy, t, tl, &s->id_tmp,
	    &s->id_row);
	if (r == 0)
		s->ident = &s->id_row;
	return r == -ENOENT ? 0 : r;
}

/*
 * The row's names, from its source record: each name column's value
 * folded as the engine folds names (NORM_TEXT: case, accents, hyphens as
 * spaces) and cut into words.  A last or first name is one sequence of
 * words ("LE GOFF", "Jean-Pierre": both words, in order), found when one
 * of its words has KEPTSCAN_NAME_MIN letters; a whole name (identifies =
 * name, "DUPONT Jean") is its words apart, each of that many letters.
 * check45: a last or first name of several words is also each of its
 * words of that many letters alone ("Dupont" of "DUPONT-MARTIN", "Jean"
 * of "Jean-Pierre"), but for particles, marital words and titles
 * (not_alone); a name with no such word ("NG", "LI") and a whole name's
 * word of two letters are short names (own_short).
 * ident: the record's patient in the identity source, or NULL (own_name
 * asks its name fingerprints word by word).  What is kept is this
 * record's, overwritten by the next.
 */
int
keptscan_row(struct keptscan *s, const struct csvio_record *src,
    const struct identity_row *ident)
{
	int r;

	s->row_set = 0;
	s->nunits = s->nrwords = s->nshorts = 0;
	s->ident = NULL;
	buf_reset(&s->rowtext);
	if (s->ncols == 0 || src == NULL)
		return 0;
	s->ident = ident;
	if (ident == NULL && (r = row_patient(s, src)) != 0)
		return r;
	for (size_t k = 0; k < s->nident; k++) {
		size_t col = s->ident_col[k], first = s->nrwords, longest = 0;
		int whole = s->ident_kind[k] == DETECT_IDENT_NAME;
		const char *t;
		size_t tl, nw;

		if (col >= src->nfields)
			continue;
		if ((r = csvio_unescape(&src->fields[col], &s->own_raw)) != 0)
			return r;
		t = s->own_raw.data;
		tl = s->own_raw.len;
		if (tl == 0)
			continue;
		if (s->src_cp1252) {
			if ((r = cp1252_to_utf8(t, tl, &s->own_utf8)) != 0)
				return r;
			t = s->own_utf8.data;
			tl = s->own_utf8.len;
		}
		if ((r = norm_value(NORM_TEXT, t, tl, &s->own_fold)) != 0) {
			if (r == -EILSEQ)
				continue;
			return r;
		}
		if ((r = own_words(s->own_fold.data, s->own_fold.len,
		    s->rowtext.len, &s->rwords, &s->nrwords,
		    &s->caprwords)) != 0 ||
		    (r = buf_append(&s->rowtext, s->own_fold.data,
		    s->own_fold.len)) != 0)
			return r;
		nw = s->nrwords - first;
		for (size_t j = first; j < s->nrwords; j++) {
			const char *w = s->rowtext.data + s->rwords[j].off;
			size_t n = letters(w, s->rwords[j].len);

			if (n > longest)
				longest = n;
			/* A whole name's word, or a part of a compound
			 * name, alone. */
			if ((whole || nw > 1) && n >= KEPTSCAN_NAME_MIN &&
			    (nw == 1 || !not_a_name_alone(w,
			    s->rwords[j].len)) &&
			    (r = add_unit(s, col, j, 1,
			    s->ident_kind[k])) != 0)
				return r;
			if (whole && nw > 1 && n == 2 &&
			    (r = add_short(s, col, j)) != 0)
				return r;
		}
		if (!whole && longest >= KEPTSCAN_NAME_MIN && nw > 1 &&
		    (r = add_unit(s, col, first, nw,
		    s->ident_kind[k])) != 0)
			return r;
		if (!whole && nw == 1 && longest >= KEPTSCAN_NAME_MIN &&
		    (r = add_unit(s, col, first, 1,
		    s->ident_kind[k])) != 0)
			return r;
		for (size_t j = first; longest < KEPTSCAN_NAME_MIN &&
		    j < s->nrwords; j++)
			if ((!whole || nw == 1) &&
			    (r = add_short(s, col, j)) != 0)
				return r;
	}
	s->row_set = 1;
	return 0;
}

/* Is folded word w[0..n) one of the row's name words of column other
 * than col (any length), or a name word of its identity source's
 * patient? */
static int
row_word(const struct keptscan *s, size_t col, const char *w, size_t n)
{
	for (size_t u = 0; u < s->nunits; u++) {
		const struct own_unit *un = &s->units[u];

		if (un->col == col)
			continue;
		for (size_t j = 0; j < un->n; j++) {
			const struct own_word *rw = &s->rwords[un->first + j];

			if (rw->len == n && memcmp(s->rowtext.data + rw->off, w,
			    n) == 0)
				return 1;
		}
	}
	for (size_t k = 0; k < s->nshorts; k++) {
		const struct own_word *rw = &s->rwords[s->shorts[k].w];

		if (s->shorts[k].col != col && rw->len == n &&
		    memcmp(s->rowtext.data + rw->off, w, n) == 0)
			return 1;
	}
	return s->ident != NULL && identity_row_has(s->ident, IDENTITY_NAME,
	    w, n);
}

/* A raw word of a cell: bytes [a, b), its letters, whether all are
 * letters and the first a capital. */
struct raw_word {
	size_t		 a, b, nletters;
	int		 capital, alpha;
};

static size_t
raw_word_at(const char *t, size_t len, size_t i, struct raw_word *rw)
{
	const uint8_t *p = (const uint8_t *)t;
	int m;

	while (i < len && !word_char(p, len, i, &m))
		i += (size_t)m;
	rw->a = i;
	rw->nletters = 0;
	rw->alpha = 1;
	rw->capital = 0;
	while (i < len && word_char(p, len, i, &m)) {
		ucs4_t uc = p[i];

		/* Only a word of one or two letters is read further. */
		if (rw->nletters++ < 3) {
			if (uc >= 0x80 && u8_mbtouc(&uc, p + i, len - i) <= 0)
				uc = 0;
			if (rw->nletters == 1)
				rw->capital = uc < 0x80 ? (uc >= 'A' &&
				    uc <= 'Z') : (uc_is_upper(uc) ||
				    uc_is_general_category(uc,
				    UC_CATEGORY_Lt));
			if (uc < 0x80 ? (uc >= '0' && uc <= '9') :
			    !uc_is_general_category(uc, UC_CATEGORY_L))
				rw->alpha = 0;
		}
		i += (size_t)m;
	}
	rw->b = i;
	return i;
}

/* Only spaces (ASCII, NBSP) in t[a..b): two words side by side. */
static int
only_spaces(const char *t, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (t[i] != ' ' && !((unsigned char)t[i] == 0xc2 && i + 1 < b &&
		    (unsigned char)t[++i] == 0xa0))
			return 0;
	return a < b;
}

/* Could t hold a word own_short reads: a capital (or a letter beyond
 * ASCII) after the start, a space or '(', one or two letters before the
 * end or one of " .,;:)"?  A byte loop: most cells have none, and the
 * word-by-word reading below costs more (check45). */
static int
short_candidate(const char *t, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)t[i], d;
		size_t j;

		if (!(c >= 'A' && c <= 'Z') && c < 0xc0)
			continue;
		if (i > 0 && t[i - 1] != ' ' && t[i - 1] != '(' &&
		    (unsigned char)t[i - 1] != 0xa0)
			continue;
		if (c >= 0xc0)
			return 1;
		j = i + 1;
		if (j < len && ((d = (unsigned char)t[j]) >= 0x80 ||
		    ((d | 32) >= 'a' && (d | 32) <= 'z'))) {
			if (d >= 0x80)
				return 1;
			j++;
		}
		if (j == len || (t[j] != '\0' && strchr(" .,;:)", t[j])))
			return 1;
	}
	return 0;
}

/*
 * A short name of the row in the cell as written (check45): a word of
 * one or two letters, a capital first ("Ng", "LI", "Vũ"), standing apart
 * (after the start, a space or '('; before the end, a space or one of
 * ".,;:)": not "Li+", not a compound's part), that folds to one of the
 * row's short names or to a name word of its identity source's patient,
 * and stands after a title ("Mme Ng", "Dr LI") or beside another of the
 * row's names, spaces between ("NG Li", "Li WEI").  Not a short word
 * alone: "vu à 18h", "LE bilan", "OK" in a status column are not its
 * row's VU, LE, OK.
 */
static int
own_short(struct keptscan *s, const char *t, size_t len, size_t col,
    int *own)
{
	struct raw_word prev = { 0, 0, 0, 0, 0 }, cur, next;
	size_t i = 0;
	int have_prev = 0, r;

	i = raw_word_at(t, len, i, &cur);
	while (cur.a < len) {
		i = raw_word_at(t, len, i, &next);
		if (cur.nletters <= 2 && cur.alpha && cur.capital &&
		    (cur.a == 0 || t[cur.a - 1] == ' ' || t[cur.a - 1] == '(' ||
		    (unsigned char)t[cur.a - 1] == 0xa0) &&
		    (cur.b == len || strchr(" .,;:)", t[cur.b]) != NULL)) {
			int match = 0, beside = 0;

			if ((r = norm_value(NORM_TEXT, t + cur.a, cur.b - cur.a,
			    &s->short_fold)) != 0)
				return r == -EILSEQ ? 0 : r;
			for (size_t k = 0; k < s->nshorts && !match; k++) {
				const struct own_word *w =
				    &s->rwords[s->shorts[k].w];

				match = s->shorts[k].col != col &&
				    w->len == s->short_fold.len &&
				    memcmp(s->rowtext.data + w->off,
				    s->short_fold.data, w->len) == 0;
			}
			if (!match && s->ident != NULL)
				match = identity_row_has(s->ident,
				    IDENTITY_NAME, s->short_fold.data,
				    s->short_fold.len);
			if (match && after_title(t, cur.a))
				beside = 1;
			if (match && !beside && have_prev &&
			    only_spaces(t, prev.b, cur.a)) {
				if ((r = norm_value(NORM_TEXT, t + prev.a,
				    prev.b - prev.a, &s->short_fold)) != 0)
					return r == -EILSEQ ? 0 : r;
				beside = row_word(s, col, s->short_fold.data,
				    s->short_fold.len);
			}
			if (match && !beside && next.a < len &&
			    only_spaces(t, cur.b, next.a)) {
				if ((r = norm_value(NORM_TEXT, t + next.a,
				    next.b - next.a, &s->short_fold)) != 0)
					return r == -EILSEQ ? 0 : r;
				beside = row_word(s, col, s->short_fold.data,
				    s->short_fold.len);
			}
			if (beside) {
				*own = 1;
				return 0;
			}
		}
		prev = cur;
		have_prev = 1;
		cur = next;
	}
	return 0;
}

/* Does folded cell word cw (not a compound's part) spell the unit's
 * words run together ("LEGOFF", "Jeanpierre", "dalmeida" for "LE GOFF",
 * "Jean-Pierre", "D'ALMEIDA")? */
static int
run_together(const struct keptscan *s, const struct own_unit *un,
    const char *cw, size_t len)
{
	size_t off = 0;

	if (un->n < 2)
		return 0;
	for (size_t j = 0; j < un->n; j++) {
		const struct own_word *rw = &s->rwords[un->first + j];

		if (off + rw->len > len || memcmp(cw + off,
		    s->rowtext.data + rw->off, rw->len) != 0)
			return 0;
		off += rw->len;
	}
	return off == len;
}

/*
 * Words before which a compound's part is no person's name (check46): a
 * saint ("Saint-Martin", "saint-jean", "St-Louis"), a particle ("Le-Goff"
 * for GOFF, "De-la-Tour"), a place's word ("Boulogne-sur-Mer",
 * "Aix-en-Provence", "Notre-Dame", "Mont-Blanc", "Port-Louis").  Folded as
 * NORM_TEXT folds them; not_alone's words count too.  Sorted for bsearch.
 */
static const char *const place_prefix[] = {
	"al", "au", "d", "da", "de", "di", "du", "el", "en", "fort", "l",
	"la", "le", "lez", "mont", "notre", "pont", "port", "santa",
	"santo", "sous", "st", "sur", "val", "y",
};

static int
is_place_prefix(const char *t, size_t len)
{
	char w[16];

	if (len >= sizeof(w))
		return 0;
	if (not_a_name_alone(t, len))
		return 1;
	memcpy(w, t, len);
	w[len] = '\0';
	return bsearch(w, place_prefix, sizeof(place_prefix) /
	    sizeof(*place_prefix), sizeof(*place_prefix), cmp_word) != NULL;
}

/* Only a hyphen ('-', U+2010, U+2011) in t[a..b): two parts of one
 * compound. */
static int
hyphen_only(const char *t, size_t a, size_t b)
{
	const unsigned char *p = (const unsigned char *)t + a;

	return (b - a == 1 && *p == '-') || (b - a == 3 && p[0] == 0xe2 &&
	    p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x91));
}

/* Only an apostrophe (', U+2019) in t[a..b): "d'Ascq" of
 * "Villeneuve-d'Ascq" goes on the compound. */
static int
apostrophe_only(const char *t, size_t a, size_t b)
{
	const unsigned char *p = (const unsigned char *)t + a;

	return (b - a == 1 && *p == '\'') || (b - a == 3 && p[0] == 0xe2 &&
	    p[1] == 0x80 && p[2] == 0x99);
}

/* The parts of a compound a cell may hold, at most: one longer is read
 * as its first parts. */
#define COMPOUND_PARTS	16

/* A compound's part: as written, and folded (offset and length in
 * s->comp_fold, words one space apart). */
struct compound_part {
	struct raw_word	 rw;
	size_t		 fo, fl;
};

static int
folded_in(const char *w, size_t n, const char *const *list, size_t nlist)
{
	for (size_t i = 0; i < nlist; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

/* Five digits after t[..b), spaces, ',' or '(' between: a postcode
 * after a compound ("Villeneuve-Loubet 06270").  One before it is an
 * address the detectors report anyway. */
static int
postcode_after(const char *t, size_t len, size_t b)
{
	size_t i, j;

	for (i = b; i < len && (t[i] == ' ' || t[i] == ',' || t[i] == '(');
	    i++)
		;
	for (j = i; j < len && t[j] >= '0' && t[j] <= '9'; j++)
		;
	return i > b && j - i == 5 && (j == len || !(t[j] >= '0' &&
	    t[j] <= '9'));
}

/*
 * A place's compound (check47): no part of it is the row's name alone.
 * Strong signs: a saint before another part ("Saint-Martin-de-Ré",
 * "Villeneuve-Saint-Georges", "Notre-Dame"), the whole a commune's name
 * (conf/places: "Villeneuve-Loubet"), a postcode after it
 * ("Martin-Vigneron 06270").  A place's joining word
 * between two parts ("Boulogne-sur-Mer", "Aix-en-Provence",
 * "Villeneuve-lès-Avignon", "Villeneuve-de-Berg", "Villeneuve-d'Ascq";
 * "le", "la", "l" in lower case only: "Bois-le-Roi", not "Kerhervé-Le-Goff")
 * is a place too, unless the row's name of several words is written
 * there (*joined set, not *strong).
 */
static void
compound_place(struct keptscan *s, const char *t, size_t len,
    const struct compound_part *p, size_t n, int *strong, int *joined)
{
	static const char *const saints[] = { "saint", "sainte", "st", "ste",
	    "san", "santa", "santo", "sao", "notre" };
	static const char *const joins[] = { "sur", "sous", "en", "les",
	    "lez", "de", "du", "des", "d", "aux", "et" };
	static const char *const lower_joins[] = { "le", "la", "l" };
	const char *f = s->comp_fold.data;

	*strong = *joined = 0;
	for (size_t k = 0; k < n; k++) {
		const char *w = f + p[k].fo;

		if (k + 1 < n && folded_in(w, p[k].fl, saints,
		    sizeof(saints) / sizeof(*saints)))
			*strong = 1;
		if (k > 0 && k + 1 < n && (folded_in(w, p[k].fl, joins,
		    sizeof(joins) / sizeof(*joins)) || (!p[k].rw.capital &&
		    folded_in(w, p[k].fl, lower_joins, sizeof(lower_joins) /
		    sizeof(*lower_joins)))))
			*joined = 1;
	}
	if (!*strong && p[n - 1].fo + p[n - 1].fl - p[0].fo <
	    POSTCODES_KEY_MAX && postcodes_commune(f + p[0].fo,
	    p[n - 1].fo + p[n - 1].fl - p[0].fo))
		*strong = 1;
	if (!*strong && postcode_after(t, len, p[n - 1].rw.b))
		*strong = 1;
}

/* The kinds of the row's names a compound's part is (part_name). */
#define OWN_LAST	1u	/* a last name's, or a whole name's word */
#define OWN_FIRST	2u	/* a first name's, or a whole name's word */

/* Is folded part f[0..fl) one of the row's one-word names of a column
 * other than col (a single-word name, a part of a compound name, a whole
 * name's word), or a name word of its identity source's patient: which
 * kinds (the source keeps no kind: both), or 0. */
static unsigned
part_name(const struct keptscan *s, size_t col, const char *f, size_t fl)
{
	unsigned kinds = 0;

	for (size_t u = 0; u < s->nunits; u++) {
		const struct own_unit *un = &s->units[u];
		const struct own_word *w = &s->rwords[un->first];

		if (un->col == col || un->n != 1 || w->len != fl ||
		    memcmp(s->rowtext.data + w->off, f, fl) != 0)
			continue;
		kinds |= un->kind == DETECT_IDENT_FIRST_NAME ? OWN_FIRST :
		    un->kind == DETECT_IDENT_LAST_NAME ? OWN_LAST :
		    OWN_LAST | OWN_FIRST;
	}
	if (kinds == 0 && s->ident != NULL &&
	    identity_row_has(s->ident, IDENTITY_NAME, f, fl))
		kinds = OWN_LAST | OWN_FIRST;
	return kinds;
}

/*
 * check48: a lower-case part k that is the row's first name and an
 * ordinary word ("jean", "pierre", "rose"), used as a name: in a compound
 * of given names (another part is a first name of the lists or of the
 * row: "jean-pierre" for Jean or Pierre, "marie-rose" for Rose) or after a
 * title ("mme rose-lyne").  Not a compound word of the lexicon
 * ("pierre-ponce"), nor a part after a saint or a place's word
 * ("saint-jean": the caller's prefix rule).  Beside the row's other name
 * needs no rule here: that name alone is found before (own_name).
 */
static int
given_use(struct keptscan *s, size_t col, const char *t,
    const struct compound_part *p, size_t n, size_t k, int *own)
{
	const char *f = s->comp_fold.data;
	size_t a = p[0].rw.a, b = p[n - 1].rw.b;
	int found = 0, r;

	if (detect_compound_ordinary(t + a, b - a))
		return 0;
	for (size_t j = 0; j < n && !found; j++) {
		if (j == k || p[j].rw.nletters < KEPTSCAN_NAME_MIN)
			continue;
		if ((r = names_first_name(f + p[j].fo, p[j].fl, &found)) != 0)
			return r;
		if (!found)
			found = (part_name(s, col, f + p[j].fo, p[j].fl) &
			    OWN_FIRST) != 0;
	}
	*own = found || after_title(t, a);
	return 0;
}

/*
 * Is raw compound part k (check46) one of the row's one-word names or a
 * name word of its identity source's patient?  Of KEPTSCAN_NAME_MIN
 * letters, no particle alone, written with a capital (a name is:
 * "Dupont-Lefort", "Jean-Dupont", "DUPONT-LEFORT") or, in lower case, no
 * word of the lexicon (check47: "dupont-lefort" is the row's DUPONT;
 * "pigeon-vole" is no PIGEON's, "martin-pêcheur" no MARTIN's), or a
 * first name used as one (check48, given_use: "jean-pierre" for Jean).
 * The caller has ruled out a part after a saint, particle or place word.
 */
static int
own_part(struct keptscan *s, size_t col, const char *t,
    const struct compound_part *p, size_t n, size_t k, int *own)
{
	const struct raw_word *rw = &p[k].rw;
	const char *f = s->comp_fold.data + p[k].fo;
	size_t fl = p[k].fl;
	unsigned kinds;

	if (rw->nletters < KEPTSCAN_NAME_MIN || fl == 0 ||
	    not_a_name_alone(f, fl) || (kinds = part_name(s, col, f, fl)) == 0)
		return 0;
	/* The lexicon is asked only of a part that is the row's name. */
	if (rw->capital || !detect_word_ordinary(t + rw->a, rw->b - rw->a, f,
	    fl)) {
		*own = 1;
		return 0;
	}
	return (kinds & OWN_FIRST) ? given_use(s, col, t, p, n, k, own) :
	    0;
}

/*
 * check48: the identity source's patient's name of several words inside
 * a compound ("Kerherve-Le-Goff" for the source's LE GOFF: "Goff" after
 * "Le" is no part alone).  The source keeps each word's fingerprint, not
 * their order: two parts side by side or more that are all the patient's
 * name words, one of KEPTSCAN_NAME_MIN letters and no particle.
 */
static int
ident_run(const struct keptscan *s, const struct compound_part *p, size_t n)
{
	const char *f = s->comp_fold.data;
	size_t run = 0;
	int full = 0;

	for (size_t k = 0; k < n; k++) {
		if (!identity_row_has(s->ident, IDENTITY_NAME, f + p[k].fo,
		    p[k].fl)) {
			run = 0;
			full = 0;
			continue;
		}
		if (p[k].rw.nletters >= KEPTSCAN_NAME_MIN &&
		    !is_place_prefix(f + p[k].fo, p[k].fl))
			full = 1;
		if (++run >= 2 && full)
			return 1;
	}
	return 0;
}

/*
 * check48: a person's compound with a particle, which compound_place reads
 * as a place's joining word (check47): one of the row's last names with a
 * capital, then `de`, `du`, `des`, `d'` (or `de la`, `de l'`), then
 * another name part with a capital ("Dupont-de-Nemours",
 * "DUPONT-DE-LA-TOUR" for DUPONT).  A place is told apart by
 * compound_place's strong signs, read before (a saint, the whole a
 * commune of conf/places, a postcode after it), by these parts being a
 * commune ("Villeneuve-de-Berg-Nord"), and by the other joining words,
 * which no person's name has ("Boulogne-sur-Mer", "Aix-en-Provence",
 * "Villeneuve-lès-Avignon", "Bois-le-Roi").
 */
static void
person_particle(const struct keptscan *s, size_t col,
    const struct compound_part *p, size_t n, int *own)
{
	static const char *const particles[] = { "de", "du", "des", "d" };
	static const char *const articles[] = { "la", "l" };
	const char *f = s->comp_fold.data;

	for (size_t k = 0; k + 2 < n; k++) {
		size_t m = k + 1, key;

		/* A part after a saint, particle or place word is none. */
		if (k > 0 && is_place_prefix(f + p[k - 1].fo, p[k - 1].fl))
			return;
		if (!p[k].rw.capital || p[k].rw.nletters < KEPTSCAN_NAME_MIN ||
		    !folded_in(f + p[m].fo, p[m].fl, particles,
		    sizeof(particles) / sizeof(*particles)))
			continue;
		if (p[m].fl == 2 && m + 2 < n && folded_in(f + p[m + 1].fo,
		    p[m + 1].fl, articles, sizeof(articles) /
		    sizeof(*articles)))
			m++;
		m++;
		key = p[m].fo + p[m].fl - p[k].fo;
		if (!p[m].rw.capital || p[m].rw.nletters < 2 ||
		    is_place_prefix(f + p[m].fo, p[m].fl) ||
		    (key < POSTCODES_KEY_MAX && postcodes_commune(f + p[k].fo,
		    key)))
			continue;
		if (!not_a_name_alone(f + p[k].fo, p[k].fl) &&
		    (part_name(s, col, f + p[k].fo, p[k].fl) & OWN_LAST)) {
			*own = 1;
			return;
		}
	}
}

/*
 * One compound of the cell, its n parts (check46, check47): the row's
 * name of several words as some of its parts, in order ("Kerhervé-Le-Goff"
 * for LE GOFF, "Jean-de-la-Fontaine" for DE LA FONTAINE), unless the
 * compound is a place (compound_place's strong signs); then, unless it is
 * a place at all, a part that is one of the row's one-word names, not
 * after a saint, a particle or a place's word ("Saint-Martin").
 */
static int
own_compound_parts(struct keptscan *s, size_t col, const char *t,
    size_t len, const struct compound_part *p, size_t n, int *own)
{
	const char *f = s->comp_fold.data;
	int strong, joined, r;

	compound_place(s, t, len, p, n, &strong, &joined);
	if (strong)
		return 0;
	for (size_t u = 0; u < s->nunits; u++) {
		const struct own_unit *un = &s->units[u];

		if (un->col == col || un->n < 2 || un->n > n)
			continue;
		for (size_t k = 0; k + un->n <= n; k++) {
			size_t j;

			for (j = 0; j < un->n; j++) {
				const struct own_word *rw =
				    &s->rwords[un->first + j];

				if (rw->len != p[k + j].fl || memcmp(
				    s->rowtext.data + rw->off, f + p[k + j].fo,
				    rw->len) != 0)
					break;
			}
			if (j == un->n) {
				*own = 1;
				return 0;
			}
		}
	}
	if (s->ident != NULL && ident_run(s, p, n)) {
		*own = 1;
		return 0;
	}
	if (joined) {
		person_particle(s, col, p, n, own);
		return 0;
	}
	for (size_t k = 0; k < n && !*own; k++) {
		if (k > 0 && p[k - 1].fl < 16 && is_place_prefix(f +
		    p[k - 1].fo, p[k - 1].fl))
			break;
		if ((r = own_part(s, col, t, p, n, k, own)) != 0)
			return r;
	}
	return 0;
}

/*
 * The row's name as a part of a hyphenated compound of the cell (check46):
 * "Dupont-Lefort" for DUPONT, "Jean-Dupont" for Jean or DUPONT.  A part
 * after a saint, a particle or a place's word is a place's or a saint's
 * name ("Saint-Martin" for MARTIN), a compound of a place's shape none
 * (check47: "Boulogne-sur-Mer" for BOULOGNE), a part in lower case that
 * is a word of the lexicon a word ("pigeon-vole" for PIGEON,
 * "saint-jean").
 */
static int
own_compound(struct keptscan *s, size_t col, const char *t, size_t len,
    int *own)
{
	struct compound_part p[COMPOUND_PARTS];
	struct raw_word cur;
	size_t i = 0, n = 0;
	int r;

	buf_reset(&s->comp_fold);
	while (!*own && i < len) {
		int go_on;

		i = raw_word_at(t, len, i, &cur);
		if (cur.a == cur.b)
			break;
		go_on = n > 0 && n < COMPOUND_PARTS &&
		    (hyphen_only(t, p[n - 1].rw.b, cur.a) ||
		    (p[n - 1].rw.nletters == 1 && apostrophe_only(t,
		    p[n - 1].rw.b, cur.a)));
		if (!go_on) {
			if (n > 1 && (r = own_compound_parts(s, col, t, len, p,
			    n, own)) != 0)
				return r;
			n = 0;
			buf_reset(&s->comp_fold);
		}
		/* Folded only when a compound may follow or go on: most
		 * words are in no compound. */
		if (n == 0 && !(cur.b < len && (t[cur.b] == '-' ||
		    (cur.b + 3 <= len && hyphen_only(t, cur.b, cur.b + 3)))))
			continue;
		if (n >= COMPOUND_PARTS)
			continue;
		r = norm_value(NORM_TEXT, t + cur.a, cur.b - cur.a,
		    &s->part_fold);
		if (r == -EILSEQ) {
			n = 0;
			buf_reset(&s->comp_fold);
			continue;
		}
		if (r != 0 || (n > 0 && (r = buf_grow_putc(&s->comp_fold,
		    ' ')) != 0))
			return r;
		p[n].rw = cur;
		p[n].fo = s->comp_fold.len;
		p[n].fl = s->part_fold.len;
		if ((r = buf_grow_append(&s->comp_fold, s->part_fold.data,
		    s->part_fold.len)) != 0)
			return r;
		n++;
	}
	if (!*own && n > 1)
		return own_compound_parts(s, col, t, len, p, n, own);
	return 0;
}

/*
 * Does kept column i's cell t[0..len) hold one of its row's names, as
 * whole words?  A compound of the cell is compared whole (a cell's
 * "Jean-Pierre" is the row's "JEAN PIERRE"), then part by part
 * (own_compound, check46: "Dupont-Lefort" is the row's DUPONT,
 * "Saint-Martin", a ward or a street, is not its MARTIN).  The column's own
 * value (a kept name column) is not compared with itself.
 */
static int
own_name(struct keptscan *s, size_t i, const char *t, size_t len, int *own)
{
	const struct own_word *cw, *rw = s->rwords;
	size_t w, u, j, n;
	int compounds = 0, r;

	*own = 0;
	if (!s->row_set || (s->nunits == 0 && s->nshorts == 0 &&
	    s->ident == NULL))
		return 0;
	/* Names of one or two letters: as written, in their places. */
	if ((s->nshorts > 0 || s->ident != NULL) && short_candidate(t, len) &&
	    ((r = own_short(s, t, len, s->cols[i].src_col, own)) != 0 || *own))
		return r;
	if (len < KEPTSCAN_NAME_MIN)
		return 0;
	buf_reset(&s->own_mark);
	if ((r = buf_reserve(&s->own_mark, len)) != 0)
		return r;
	for (j = 0; j < len; j++) {
		const unsigned char *p = (const unsigned char *)t + j;

		/* '-', U+2010 and U+2011 HYPHEN, NON-BREAKING HYPHEN join;
		 * a '_' of the cell parts ("DUPONT_Jean"). */
		if (*p == '_')
			r = buf_putc(&s->own_mark, ' ');
		else if (*p == '-')
			r = buf_putc(&s->own_mark, '_');
		else if (*p == 0xe2 && j + 2 < len && p[1] == 0x80 &&
		    (p[2] == 0x90 || p[2] == 0x91)) {
			r = buf_putc(&s->own_mark, '_');
			j += 2;
		} else
			r = buf_putc(&s->own_mark, (char)*p);
		if (r != 0)
			return r;
	}
	if ((r = norm_value(NORM_TEXT, s->own_mark.data, s->own_mark.len,
	    &s->own_fold)) != 0)
		return r == -EILSEQ ? 0 : r;
	s->ncwords = 0;
	if ((r = own_words(s->own_fold.data, s->own_fold.len, 0, &s->cwords,
	    &s->ncwords, &s->capcwords)) != 0)
		return r;
	cw = s->cwords;
	for (w = 0; w < s->ncwords; w++) {
		const char *cword = s->own_fold.data + cw[w].off;
		int alone = w + 1 == s->ncwords || !cw[w + 1].joined;

		if (cw[w].joined) {
			compounds = 1;
			continue;
		}
		/* The identity source keeps each name word's fingerprint:
		 * a word alone, not a compound's part, nor a particle, a
		 * title or a marital word ("des", "mme", "nee": the
		 * source's "DES ROCHES", "DUPONT née MARTIN" hold them). */
		if (s->ident != NULL && alone && letters(cword, cw[w].len) >=
		    KEPTSCAN_NAME_MIN && !not_a_name_alone(cword, cw[w].len) &&
		    identity_row_has(s->ident, IDENTITY_NAME, cword,
		    cw[w].len)) {
			*own = 1;
			return 0;
		}
		for (u = 0; u < s->nunits; u++) {
			const struct own_unit *un = &s->units[u];

			n = un->n;
			if (un->col == s->cols[i].src_col)
				continue;
			if (alone && n > 1 && cword[0] ==
			    s->rowtext.data[rw[un->first].off] &&
			    run_together(s, un, cword, cw[w].len)) {
				*own = 1;
				return 0;
			}
			if (w + n > s->ncwords ||
			    (w + n < s->ncwords && cw[w + n].joined))
				continue;
			for (j = 0; j < n; j++)
				if (cw[w + j].len != rw[un->first + j].len ||
				    memcmp(s->own_fold.data + cw[w + j].off,
				    s->rowtext.data + rw[un->first + j].off,
				    cw[w + j].len) != 0)
					break;
			if (j == n) {
				*own = 1;
				return 0;
			}
		}
	}
	/* Not as a whole compound: as one of its parts (check46). */
	if (compounds)
		return own_compound(s, s->cols[i].src_col, t, len, own);
	return 0;
}

/*
 * The identity source in a file whose view does not load it (check45):
 * the view reads it for a rule with a scrub column only
 * (identity_rule_depends), and check43 asked it there only, so a file of
 * kept notes and no scrub column was compared with its own columns'
 * names alone.  Loaded here for any file (other than the source's own)
 * that has the patient column (a scrub column's rule with files = other
 * files does not make this one's view read it).  A source that cannot be
 * loaded leaves the file's report incomplete (check46: check45 said
 * nothing, and the file's kept cells were compared with nothing): its
 * fixed text is kept for keptscan_identity_unread, the file is still
 * read (its view does not depend on the source).  -ENOMEM fails it.
 */
int
keptscan_identity(struct keptscan *s, const struct engine *e,
    const struct view *v)
{
	const struct policy *p = e->policy;
	const struct policy_file *rule = view_rule(v);
	struct pfs_error err;
	size_t i, n = view_ncols(v), patient = n;
	int scrubs = 0, r;

	if (s->ncols == 0 || e->keys == NULL || e->identity == NULL ||
	    p->identity_rule == NULL || p->patient == NULL ||
	    rule == p->identity_rule)
		return 0;
	for (i = 0; i < n; i++) {
		const struct policy_column *c = view_col(v, i)->rule;

		if (c == p->patient && patient == n)
			patient = i;
		if (c != NULL && (policy_column_flags(c) & OP_F_CONTEXT))
			scrubs = 1;
	}
	/* The view's own lookup (plan_identity) is view_reader_identity. */
	if (patient == n || (scrubs && identity_rule_depends(p, rule)))
		return 0;
	memset(&err, 0, sizeof(err));
	if ((r = identity_source_get(e, &s->identity, &err)) != 0) {
		s->identity = NULL;
		if (r == -ENOMEM)
			return r;
		s->identity_what = err.what != NULL ? err.what :
		    "the identity source cannot be read";
		return 0;
	}
	s->policy = p;
	s->patient_col = patient;
	return 0;
}

const char *
keptscan_identity_unread(const struct keptscan *s)
{
	return s != NULL ? s->identity_what : NULL;
}

int
keptscan_record(struct keptscan *s, const char *bytes, size_t len, long line)
{
	struct pfs_error cerr;
	long used;
	int r;

	if (s->ncols == 0 || len == 0) {
		s->row_set = 0;
		return 0;
	}
	used = csvio_next(s->delim, bytes, len, 1, line, &s->rec, &cerr);
	if (used < 0)
		return used == -ENOMEM ? -ENOMEM : -EIO;	/* not our view */
	for (size_t i = 0; i < s->ncols; i++) {
		const struct buf *t;
		char digits[40];
		unsigned found;
		int joined = 0, own = 0, bare;

		if ((r = cell_text(s, i, &t)) != 0)
			return r;
		if (t == NULL)
			continue;
		if ((r = scan_cell(s, t->data, t->len, s->groups[i],
		    &found)) != 0)
			return r;
		if (found == 0 && (r = read_again(t->data, t->len,
		    &s->joined, &joined)) != 0)
			return r;
		if (found == 0 && joined && (r = scan_cell(s, s->joined.data,
		    s->joined.len, s->groups[i], &found)) != 0)
			return r;
		if (found == 0 && written_integer(t->data, t->len, digits,
		    sizeof(digits)) &&
		    (r = scan_cell(s, digits, strlen(digits), s->groups[i],
		    &found)) != 0)
			return r;
		if ((r = own_name(s, i, t->data, t->len, &own)) != 0)
			return r;
		if ((r = count_bare_name(&s->cols[i], t, found, line,
		    &bare)) != 0 ||
		    (r = count_calendar(s, &s->cols[i], t, line)) != 0)
			return r;
		/* Counted once if the bare names count too (keptscan_end). */
		s->cols[i].bare_own += bare && own;
		count_found(&s->cols[i], found, own, line);
	}
	s->row_set = 0;
	return 0;
}

void
keptscan_end(struct keptscan *s)
{
	for (size_t i = 0; i < s->ncols; i++) {
		struct keptscan_col *c = &s->cols[i];

		/* Dates' parts: most of a column, three cells or more. */
		if (c->calendar >= 3 && c->calendar * 2 >= c->filled)
			c->calendar_cells = c->calendar;
		if (c->bare_names < 3 || c->bare_names * 2 < c->filled)
			continue;
		c->kinds[DETECT_NAME] += c->bare_names;
		if (c->cells == 0 || c->bare_line < c->first_line)
			c->first_line = c->bare_line;
		c->cells += c->bare_names - c->bare_own;
		c->bare_names = 0;
	}
}

/* A column name that names someone, as names.h judges a kept file name. */
static unsigned
name_found(enum names_sign sign)
{
	switch (sign) {
	case NAMES_NIR:
		return DETECT_BIT(DETECT_NIR);
	case NAMES_DIGITS:
		return DETECT_BIT(DETECT_ID);
	case NAMES_EMAIL:
		return DETECT_BIT(DETECT_EMAIL);
	case NAMES_LISTED:
		return DETECT_BIT(DETECT_NAME);
	default:
		return 0;
	}
}

int
keptscan_header(struct keptscan *s, const struct view *v)
{
	struct pfs_error cerr;
	const char *head;
	size_t len;
	long used;
	int r;

	if (s->ncols == 0 || (head = view_head(v, &len)) == NULL || len == 0)
		return 0;
	if (len >= 3 && memcmp(head, "\xef\xbb\xbf", 3) == 0) {
		head += 3;
		len -= 3;
	}
	used = csvio_next(s->delim, head, len, 1, 1, &s->rec, &cerr);
	if (used < 0)
		return used == -ENOMEM ? -ENOMEM : -EIO;
	for (size_t i = 0; i < s->ncols; i++) {
		const struct buf *t;
		enum names_sign sign;
		unsigned found;

		/* A rule's header is one of the policy's spellings. */
		if (view_col(v, s->cols[i].src_col)->rule != NULL)
			continue;
		if ((r = cell_text(s, i, &t)) != 0)
			return r;
		if (t == NULL || t->len == 0)
			continue;
		if ((r = scan_cell(s, t->data, t->len, s->groups[i],
		    &found)) != 0 ||
		    (r = names_sign(t->data, t->len, &sign)) != 0)
			return r;
		count_found(&s->cols[i], found | name_found(sign), 0, 1);
	}
	return 0;
}

size_t
keptscan_ncols(const struct keptscan *s)
{
	return s->ncols;
}

const struct keptscan_col *
keptscan_col(const struct keptscan *s, size_t i)
{
	return &s->cols[i];
}

unsigned long
keptscan_cells(const struct keptscan *s)
{
	unsigned long n = 0;

	for (size_t i = 0; i < s->ncols; i++)
		n += s->cols[i].cells;
	return n;
}

const char *
keptscan_kind_name(enum detect_kind k)
{
	static const char *const names[DETECT_NKINDS] = {
		[DETECT_NAME] = "name",
		[DETECT_INITIAL] = "initial",
		[DETECT_NIR] = "NIR",
		[DETECT_PHONE] = "phone",
		[DETECT_EMAIL] = "email",
		[DETECT_IBAN] = "IBAN",
		[DETECT_RPPS] = "RPPS",
		[DETECT_FINESS] = "FINESS",
		[DETECT_ID] = "number of 8+ digits",
		[DETECT_DATE] = "date",
		[DETECT_ADDRESS] = "address",
		[DETECT_DIAGNOSIS] = "sensitive term",
	};

	return (unsigned)k < DETECT_NKINDS && names[k] ? names[k] : "?";
}

void
keptscan_free(struct keptscan *s)
{
	if (s == NULL)
		return;
	free(s->cols);
	free(s->view_col);
	free(s->groups);
	free(s->ident_col);
	free(s->ident_kind);
	free(s->rwords);
	free(s->cwords);
	free(s->units);
	free(s->shorts);
	identity_put(s->identity);
	buf_free(&s->id_raw);
	buf_free(&s->id_utf8);
	buf_free(&s->id_tmp);
	buf_free(&s->short_fold);
	buf_free(&s->part_fold);
	buf_free(&s->comp_fold);
	buf_free(&s->own_raw);
	buf_free(&s->own_utf8);
	buf_free(&s->own_fold);
	buf_free(&s->own_mark);
	buf_free(&s->rowtext);
	csvio_record_free(&s->rec);
	buf_free(&s->cell);
	buf_free(&s->utf8);
	buf_free(&s->joined);
	buf_free(&s->fold);
	buf_free(&s->person);
	detect_scratch_free(&s->det);
	free(s);
}
