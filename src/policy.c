/* Policy parsing (inih) and matching.  Parsing is two steps: inih collects
 * every section's entries with their line numbers, then each section is
 * checked as a whole, since an option's meaning depends on the section's
 * `op`, which may come after it. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ini.h>
#include <sodium.h>

#include "icd10.h"
#include "ops.h"
#include "pathglob.h"
#include "pfs_error.h"
#include "policy.h"
#include "policy_column.h"
#include "scrub.h"
#include "secfile.h"
#include "sensitive.h"

#define POLICY_MAX_BYTES	(1 << 20)
#define POLICY_MAX_LINE		199	/* inih's INI_MAX_LINE less the NUL */
#define SHIFT_DAYS_DEFAULT	180

struct entry {
	char	*key;
	char	*value;
	int	 line;
};

enum section_kind { SECTION_PROJECT, SECTION_FILE, SECTION_DIR, SECTION_COLUMN };

struct section {
	enum section_kind	 kind;
	char			*name;
	char			*title;		/* as inih reports it */
	int			 line;
	struct entry		*entries;
	size_t			 nentries;
};

struct parser {
	const char	*name;		/* the policy file, for messages */
	const char	*cur, *end;	/* reader position */
	int		 line;
	struct section	*sections;
	size_t		 nsections;
	/* The first error, reported once the parse ends (pfs_error.h):
	 * "NAME:LINE: what", the line 0 if it is about the whole policy. */
	char		 what[1024];
	int		 err_line;
	int		 failed;
};

static void __attribute__((format(printf, 3, 4)))
fail(struct parser *ps, int line, const char *fmt, ...)
{
	va_list ap;

	if (ps->failed)
		return;	/* the first error is the one to fix first */
	ps->failed = 1;
	ps->err_line = line;
	va_start(ap, fmt);
	vsnprintf(ps->what, sizeof(ps->what), fmt, ap);
	va_end(ap);
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' ||
	    e[-1] == '\n'))
		*--e = '\0';
	return s;
}

/* Sections are created here, from the raw line, because inih does not
 * report section lines (nor empty sections) to the handler. */
static int
open_section(struct parser *ps, char *line)
{
	struct section *s;
	char *close, *title, *kind, *name;

	if ((close = strrchr(line, ']')) == NULL)
		return 0;	/* inih reports the syntax error */
	*close = '\0';
	title = trim(line + 1);
	if ((s = realloc(ps->sections, (ps->nsections + 1) * sizeof(*s))) == NULL)
		return -ENOMEM;
	ps->sections = s;
	s = &ps->sections[ps->nsections];
	memset(s, 0, sizeof(*s));
	s->line = ps->line;
	if ((s->title = strdup(title)) == NULL)
		return -ENOMEM;
	ps->nsections++;
	kind = title;
	name = strpbrk(title, " \t");
	if (name != NULL) {
		*name++ = '\0';
		name = trim(name);
	}
	if (strcmp(kind, "project") == 0 && name == NULL) {
		s->kind = SECTION_PROJECT;
		name = "project";
	} else if (strcmp(kind, "file") == 0 && name != NULL && *name) {
		s->kind = SECTION_FILE;
	} else if (strcmp(kind, "dir") == 0 && name != NULL && *name) {
		s->kind = SECTION_DIR;
	} else if (strcmp(kind, "column") == 0 && name != NULL && *name) {
		s->kind = SECTION_COLUMN;
	} else {
		fail(ps, ps->line, "unknown section [%s]: expected [project], "
		    "[file NAME], [dir NAME] or [column NAME]", s->title);
		name = "?";
	}
	if ((s->name = strdup(name)) == NULL)
		return -ENOMEM;
	for (size_t i = 0; i + 1 < ps->nsections; i++) {
		if (ps->sections[i].kind == s->kind &&
		    strcmp(ps->sections[i].name, s->name) == 0)
			fail(ps, ps->line, "section [%s] was already defined at "
			    "line %d", s->title, ps->sections[i].line);
	}
	return 0;
}

/* inih's line reader (fgets-like).  Lines are handed over without their
 * line end, so the 199-character limit is the visible text's. */
static char *
reader(char *str, int num, void *stream)
{
	struct parser *ps = stream;
	const char *nl;
	size_t len, text;
	char *t;

	if (ps->cur >= ps->end)
		return NULL;
	nl = memchr(ps->cur, '\n', (size_t)(ps->end - ps->cur));
	len = nl ? (size_t)(nl - ps->cur) : (size_t)(ps->end - ps->cur);
	text = len;
	if (text > 0 && ps->cur[text - 1] == '\r')
		text--;
	ps->line++;
	if (text > POLICY_MAX_LINE || text > (size_t)num - 1) {
		fail(ps, ps->line, "line longer than %d characters: continue a "
		    "list on the next line, indented", POLICY_MAX_LINE);
		text = (size_t)num - 1 < POLICY_MAX_LINE ? (size_t)num - 1 :
		    POLICY_MAX_LINE;
	}
	memcpy(str, ps->cur, text);
	str[text] = '\0';
	ps->cur += len + (nl != NULL);
	t = str;
	if (*t == '[') {
		char copy[POLICY_MAX_LINE + 2];
		snprintf(copy, sizeof(copy), "%s", t);
		if (open_section(ps, copy) != 0)
			fail(ps, ps->line, "out of memory");
	}
	return str;
}

/* inih reports "[ project ]" as " project ": compare without the spaces. */
static int
same_title(const char *trimmed, const char *raw)
{
	size_t n;

	while (*raw == ' ' || *raw == '\t')
		raw++;
	n = strlen(trimmed);
	if (strncmp(trimmed, raw, n) != 0)
		return 0;
	for (raw += n; *raw; raw++)
		if (*raw != ' ' && *raw != '\t')
			return 0;
	return 1;
}

static int
handler(void *user, const char *section, const char *key, const char *value)
{
	struct parser *ps = user;
	struct section *s;
	struct entry *e;

	if (ps->nsections == 0 || !same_title(ps->sections[ps->nsections - 1].title,
	    section)) {
		fail(ps, ps->line, "'%s' must be inside a section such as "
		    "[project]", key);
		return 0;
	}
	s = &ps->sections[ps->nsections - 1];
	e = realloc(s->entries, (s->nentries + 1) * sizeof(*e));
	if (e == NULL) {
		fail(ps, ps->line, "out of memory");
		return 0;
	}
	s->entries = e;
	e = &s->entries[s->nentries++];
	e->key = strdup(key);
	e->value = strdup(value);
	e->line = ps->line;
	if (e->key == NULL || e->value == NULL) {
		fail(ps, ps->line, "out of memory");
		return 0;
	}
	return 1;
}

/* ---- checking sections ---- */

static void
free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}


/* List options may be continued on indented lines (inih repeats the key);
 * everything else may be given once. */
static int
is_list_key(const char *key)
{
	return strcmp(key, "headers") == 0 || strcmp(key, "match") == 0 ||
	    strcmp(key, "files") == 0 || strcmp(key, "suppress") == 0 ||
	    strcmp(key, "expect") == 0 || strcmp(key, "linked") == 0;
}

static const struct entry *
get(const struct section *s, const char *key)
{
	for (size_t i = 0; i < s->nentries; i++)
		if (strcmp(s->entries[i].key, key) == 0)
			return &s->entries[i];
	return NULL;
}

/* Split a comma list over every entry of `key`; items are trimmed, empty
 * ones skipped. */
static int
get_list(struct parser *ps, const struct section *s, const char *key,
    char ***out, size_t *n)
{
	char **items = NULL, **grown, *copy, *tok, *save;

	*n = 0;
	for (size_t i = 0; i < s->nentries; i++) {
		if (strcmp(s->entries[i].key, key) != 0)
			continue;
		if ((copy = strdup(s->entries[i].value)) == NULL)
			goto nomem;
		for (tok = strtok_r(copy, ",", &save); tok != NULL;
		    tok = strtok_r(NULL, ",", &save)) {
			tok = trim(tok);
			if (*tok == '\0')
				continue;
			/* inih strips " ;" comments on a key's line but not on its
			 * continuation lines, and reads an indented "[x]" there as
			 * a value: both would silently become a spelling or glob. */
			if (strchr(tok, ';') != NULL || *tok == '[') {
				free(copy);
				for (size_t k = 0; k < *n; k++)
					free(items[k]);
				free(items);
				*n = 0;
				*out = NULL;
				fail(ps, s->entries[i].line, "%s: a list item may not "
				    "hold ';' or start with '[' (comments go on their "
				    "own line; sections start in column 1)", key);
				return -EINVAL;
			}
			grown = realloc(items, (*n + 1) * sizeof(*items));
			if (grown == NULL || (grown[*n] = strdup(tok)) == NULL) {
				if (grown != NULL)
					items = grown;
				free(copy);
				goto nomem;
			}
			items = grown;
			(*n)++;
		}
		free(copy);
	}
	*out = items;
	return 0;
 nomem:
	for (size_t i = 0; i < *n; i++)
		free(items[i]);
	free(items);
	*n = 0;
	return -ENOMEM;
}

static int
parse_choice(struct parser *ps, const struct entry *e, const char *const *names,
    size_t count, int *out)
{
	char expected[256] = "";

	for (size_t i = 0; i < count; i++) {
		if (strcmp(e->value, names[i]) == 0) {
			*out = (int)i;
			return 0;
		}
	}
	for (size_t i = 0; i < count; i++) {
		strncat(expected, names[i], sizeof(expected) - strlen(expected) - 1);
		if (i + 1 < count)
			strncat(expected, ", ", sizeof(expected) - strlen(expected) - 1);
	}
	fail(ps, e->line, "%s = '%s': expected one of %s", e->key, e->value,
	    expected);
	return -EINVAL;
}

static int
parse_int(struct parser *ps, const struct entry *e, long min, long max, int *out)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(e->value, &end, 10);
	if (errno || end == e->value || *end != '\0' || v < min || v > max) {
		fail(ps, e->line, "%s = '%s': expected a whole number from %ld "
		    "to %ld", e->key, e->value, min, max);
		return -EINVAL;
	}
	*out = (int)v;
	return 0;
}

static int
parse_bool(struct parser *ps, const struct entry *e, int *out)
{
	static const char *const names[] = { "no", "yes" };

	return parse_choice(ps, e, names, 2, out);
}

static int
dup_opt(const struct entry *e, const char *fallback, char **out)
{
	const char *v = e ? e->value : fallback;

	*out = NULL;
	if (v == NULL)
		return 0;
	return (*out = strdup(v)) == NULL ? -ENOMEM : 0;
}

/* Whether a space-separated list holds the word. */
static int
has_word(const char *list, const char *word)
{
	size_t n = strlen(word), w;

	for (const char *t = list; *t != '\0'; t += w) {
		t += strspn(t, " ");
		w = strcspn(t, " ");
		if (w == n && strncmp(t, word, n) == 0)
			return 1;
	}
	return 0;
}

/* Reject options the section does not take, and scalars given twice. */
static int
check_keys(struct parser *ps, const struct section *s, const char *allowed)
{
	for (size_t i = 0; i < s->nentries; i++) {
		const struct entry *e = &s->entries[i];

		if (!has_word(allowed, e->key)) {
			fail(ps, e->line, "'%s' is not an option of [%s] (it takes: "
			    "%s)", e->key, s->title, allowed);
			return -EINVAL;
		}
		if (is_list_key(e->key))
			continue;
		for (size_t j = 0; j < i; j++) {
			if (strcmp(s->entries[j].key, e->key) == 0) {
				fail(ps, e->line, "'%s' is given twice in [%s] "
				    "(first at line %d)", e->key, s->title,
				    s->entries[j].line);
				return -EINVAL;
			}
		}
	}
	return 0;
}

static const char *const unnamed_names[] = { "drop", "keep", "fail" };
static const char *const dirs_names[] = { "token", "hide" };
static const char *const shift_unit_names[] = { "day", "week" };

/*
 * encoding = source | utf-8 and bom = no | yes, in [project] (the defaults
 * of every file) or in a [file].  *enc and *bom hold the inherited values on
 * entry.  A BOM is asked for a UTF-8 view only: the source encoding keeps the
 * source's BOM or its absence, byte for byte.
 */
static int
parse_encoding(struct parser *ps, const struct section *s,
    enum view_encoding *enc, int *bom)
{
	static const char *const names[] = { "source", "utf-8" };
	const struct entry *e;
	int v;

	if ((e = get(s, "encoding")) != NULL) {
		if (parse_choice(ps, e, names, 2, &v) != 0)
			return -EINVAL;
		*enc = (enum view_encoding)v;
		if (*enc == VIEW_ENCODING_SOURCE)
			*bom = 0;
	}
	if ((e = get(s, "bom")) != NULL) {
		if (*enc != VIEW_ENCODING_UTF8) {
			fail(ps, e->line, "bom is for encoding = utf-8 (the "
			    "source encoding keeps the source's BOM)");
			return -EINVAL;
		}
		if (parse_bool(ps, e, bom) != 0)
			return -EINVAL;
	}
	return 0;
}

static int
build_project(struct parser *ps, const struct section *s, struct policy *p)
{
	const struct entry *e;
	int v;

	if (check_keys(ps, s, "name patient date_shift_days date_shift_unit "
	    "columns k_threshold encoding bom dirs identity") != 0)
		return -EINVAL;
	if ((e = get(s, "name")) == NULL || *e->value == '\0') {
		fail(ps, s->line, "[project] needs a name: it selects the project "
		    "subkey, so two projects' pseudonyms cannot be linked");
		return -EINVAL;
	}
	if ((p->project = strdup(e->value)) == NULL ||
	    dup_opt(get(s, "patient"), NULL, &p->patient_rule) != 0)
		return -ENOMEM;
	if ((e = get(s, "patient")) != NULL)
		p->patient_line = e->line;
	if ((e = get(s, "identity")) != NULL) {
		if ((p->identity_path = strdup(e->value)) == NULL)
			return -ENOMEM;
		p->identity_line = e->line;
	}
	p->shift_days = SHIFT_DAYS_DEFAULT;
	if ((e = get(s, "date_shift_days")) != NULL &&
	    parse_int(ps, e, 1, 3650, &p->shift_days) != 0)
		return -EINVAL;
	if ((e = get(s, "date_shift_unit")) != NULL) {
		if (parse_choice(ps, e, shift_unit_names, 2, &v) != 0)
			return -EINVAL;
		p->shift_unit = (enum policy_shift_unit)v;
		/* Fewer than 7 days holds no whole week: the shift would be 0,
		 * the true dates. */
		if (p->shift_unit == POLICY_SHIFT_WEEK && p->shift_days < 7) {
			fail(ps, e->line, "date_shift_unit = week needs "
			    "date_shift_days of 7 or more (it is %d): the shift "
			    "is a whole number of weeks, never 0", p->shift_days);
			return -EINVAL;
		}
	}
	p->k_threshold = POLICY_K_THRESHOLD_DEFAULT;
	if ((e = get(s, "k_threshold")) != NULL &&
	    parse_int(ps, e, 1, 1000000, &p->k_threshold) != 0)
		return -EINVAL;
	if ((e = get(s, "columns")) != NULL) {
		if (parse_choice(ps, e, unnamed_names, 3, &v) != 0)
			return -EINVAL;
		p->unnamed = (enum view_unnamed)v;
	}
	if ((e = get(s, "dirs")) != NULL &&
	    parse_choice(ps, e, dirs_names, 2, &p->dirs_hide) != 0)
		return -EINVAL;
	return parse_encoding(ps, s, &p->encoding, &p->bom);
}

/*
 * What [file] and [dir] rules share: the globs that select entries and how
 * their names are shown.  A glob's '*' never crosses '/' (pathglob.h); a
 * prefix must not make a hidden name nor hold '/'; suspect_names is for
 * names shown as they are.
 */
static int
build_naming(struct parser *ps, const struct section *s,
    const char *default_prefix, char ***globs, size_t *nglobs, int *token,
    char **prefix, int *suspect_show)
{
	static const char *const rename_names[] = { "keep", "token" };
	static const char *const suspect_names[] = { "hide", "show" };
	const struct entry *e;
	const char *why;

	if (get_list(ps, s, "match", globs, nglobs) != 0)
		return -EINVAL;
	if (*nglobs == 0) {
		fail(ps, s->line, "[%s] needs match = GLOB[, GLOB...]", s->title);
		return -EINVAL;
	}
	for (size_t i = 0; i < *nglobs; i++) {
		if ((why = pathglob_check((*globs)[i])) != NULL) {
			fail(ps, get(s, "match")->line, "match: '%s': %s",
			    (*globs)[i], why);
			return -EINVAL;
		}
	}
	if ((e = get(s, "rename")) != NULL &&
	    parse_choice(ps, e, rename_names, 2, token) != 0)
		return -EINVAL;
	if ((e = get(s, "prefix")) != NULL && !*token) {
		fail(ps, e->line, "prefix is for rename = token");
		return -EINVAL;
	}
	if ((e = get(s, "suspect_names")) != NULL) {
		if (*token) {
			fail(ps, e->line, "suspect_names is for rename = keep (a "
			    "renamed name shows no letter of the source's)");
			return -EINVAL;
		}
		if (parse_choice(ps, e, suspect_names, 2, suspect_show) != 0)
			return -EINVAL;
	}
	if (dup_opt(get(s, "prefix"), default_prefix, prefix) != 0)
		return -ENOMEM;
	if (strchr(*prefix, '/') != NULL) {
		fail(ps, get(s, "prefix")->line, "prefix may not contain '/'");
		return -EINVAL;
	}
	/* ".x" is hidden from ls, and "." or ".." would not be a name. */
	if ((*prefix)[0] == '.') {
		fail(ps, get(s, "prefix")->line, "prefix may not start with "
		    "'.': the view name would be hidden");
		return -EINVAL;
	}
	return 0;
}

static int
build_dir(struct parser *ps, const struct section *s, struct policy_dir *d)
{
	if (check_keys(ps, s, "match rename prefix suspect_names") != 0)
		return -EINVAL;
	d->line = s->line;
	if ((d->name = strdup(s->name)) == NULL)
		return -ENOMEM;
	return build_naming(ps, s, "dir-", &d->globs, &d->nglobs,
	    &d->rename_token, &d->rename_prefix, &d->suspect_show);
}

static int
build_file(struct parser *ps, const struct section *s, struct policy *p,
    struct policy_file *f)
{
	static const char *const ragged_names[] = { "fail", "pad" };
	const struct entry *e;
	int v;

	if (check_keys(ps, s, "match rename prefix suspect_names ragged "
	    "columns expect encoding bom") != 0)
		return -EINVAL;
	f->line = s->line;
	f->unnamed = p->unnamed;
	f->encoding = p->encoding;
	f->bom = p->bom;
	if (parse_encoding(ps, s, &f->encoding, &f->bom) != 0)
		return -EINVAL;
	if ((f->name = strdup(s->name)) == NULL ||
	    get_list(ps, s, "expect", &f->expect, &f->nexpect) != 0)
		return -EINVAL;
	if (build_naming(ps, s, "file-", &f->globs, &f->nglobs,
	    &f->rename_token, &f->rename_prefix, &f->suspect_show) != 0)
		return -EINVAL;
	if ((e = get(s, "ragged")) != NULL) {
		if (parse_choice(ps, e, ragged_names, 2, &f->ragged_pad) != 0)
			return -EINVAL;
	}
	if ((e = get(s, "columns")) != NULL) {
		if (parse_choice(ps, e, unnamed_names, 3, &v) != 0)
			return -EINVAL;
		f->unnamed = (enum view_unnamed)v;
	}
	return 0;
}

/* ---- [column] rules and the operator table ---- */

/* What an operator's functions read: the section, the entry of the option
 * being read, and for `link` the policy whose rules it names. */
struct op_build {
	struct parser		*ps;
	const struct section	*s;
	const struct entry	*e;
	struct policy		*p;
};

/*
 * An option of an operator, as fuse_opt describes one: a string, one of a
 * list of words (stored as its index) or a whole number in a range, written
 * to a field of the column; or a parser of its own, which reads b->e; or
 * read by the operator's check, with the others (OPT_CHECK).
 */
enum opt_kind { OPT_STRING, OPT_CHOICE, OPT_INT, OPT_PARSE, OPT_CHECK };

struct op_option {
	const char		*name;
	enum opt_kind		 kind;
	size_t			 off;		/* the field */
	const char *const	*choices;	/* OPT_CHOICE */
	long			 min, max;	/* OPT_INT; OPT_CHOICE: 0, count */
	int			(*parse)(struct op_build *, struct policy_column *);
};

#define COL_FIELD(f)	offsetof(struct policy_column, f)
#define OPT_STR(n, f)	{ n, OPT_STRING, COL_FIELD(f), NULL, 0, 0, NULL }
#define OPT_ONE_OF(n, f, words) \
	{ n, OPT_CHOICE, COL_FIELD(f), words, 0, \
	  sizeof(words) / sizeof(words[0]), NULL }
#define OPT_NUM(n, f, lo, hi) { n, OPT_INT, COL_FIELD(f), NULL, lo, hi, NULL }
#define OPT_FN(n, fn)	{ n, OPT_PARSE, 0, NULL, 0, 0, fn }
#define OPT_LATER(n)	{ n, OPT_CHECK, 0, NULL, 0, 0, NULL }
#define OPT_END		{ NULL, OPT_CHECK, 0, NULL, 0, 0, NULL }

/* Choices are stored through an int: the enums they fill must be one. */
_Static_assert(sizeof(enum date_mode) == sizeof(int) &&
    sizeof(enum ops_birth_mode) == sizeof(int) &&
    sizeof(enum icd10_level) == sizeof(int) &&
    sizeof(enum scrub_dates) == sizeof(int), "enum options are ints");

static const char *const nir_outputs[] = { "token", "nir" };
static const char *const date_modes[] = { "shift", "month", "year" };
static const char *const birth_modes[] = { "year", "band" };
static const char *const icd10_levels[] = { "code", "category", "block",
    "chapter" };
static const char *const row_actions[] = { "blank", "drop_row" };
static const char *const scrub_replaces[] = { "pseudonym", "placeholder" };
static const char *const scrub_date_words[] = { "redact", "shift", "month",
    "year", "keep" };
static const char *const scrub_modes[] = { "default", "recall" };
static const char *const atc_levels[] = { "name", "atc1", "atc2", "atc3",
    "atc4", "atc5" };

/* Options every [column] takes, whatever its op. */
#define COLUMN_OPTIONS	"headers op files quasi identifies repeated"

static int
set_string(const struct op_build *b, char **field)
{
	char *v;

	if ((v = strdup(b->e->value)) == NULL)
		return -ENOMEM;
	free(*field);
	*field = v;
	return 0;
}

static int
opt_normalize(struct op_build *b, struct policy_column *c)
{
	if (norm_kind_parse(b->e->value, &c->norm) != 0) {
		fail(b->ps, b->e->line, "normalize = '%s': expected one of text, "
		    "nir, digits, exact", b->e->value);
		return -EINVAL;
	}
	return 0;
}

/*
 * suppress = ITEM, ...: groups of sensitive diagnoses (default, hiv,
 * mental, pregnancy, sti, reproductive; none) and ICD-10 ranges such as
 * B20-B24, each item read by one parser (icd10_suppress_parse) for every
 * operator.  icd10 keeps its ranges; scrub, analysis, drug and ward hide
 * the groups a range overlaps (their lexicon knows groups, not codes: a
 * range that overlaps none is an error).
 */
enum suppress_ranges { SUPPRESS_RANGES, SUPPRESS_GROUPS_OF };

static int
add_suppress_range(struct policy_column *c, int first, int last)
{
	struct icd10_suppress_range *grown;

	grown = realloc(c->suppress_ranges, (c->nsuppress_ranges + 1) *
	    sizeof(*grown));
	if (grown == NULL)
		return -ENOMEM;
	c->suppress_ranges = grown;
	grown[c->nsuppress_ranges].first = first;
	grown[c->nsuppress_ranges].last = last;
	c->nsuppress_ranges++;
	return 0;
}

static int
suppress_item(struct op_build *b, struct policy_column *c,
    enum suppress_ranges ranges, const char *item, uint32_t *groups)
{
	struct icd10_suppress_item it;

	if (icd10_suppress_parse(item, &it) != 0) {
		fail(b->ps, b->e->line, "suppress: '%s' is neither a group "
		    "(default, hiv, mental, pregnancy, sti, reproductive, none) "
		    "nor a range such as B20-B24", item);
		return -EINVAL;
	}
	*groups |= it.groups;
	if (!it.is_range)
		return 0;
	if (ranges == SUPPRESS_RANGES)
		return add_suppress_range(c, it.first, it.last);
	if (it.overlap == 0) {
		fail(b->ps, b->e->line, "suppress: %s overlaps no group the "
		    "sensitive lexicon knows (hiv, mental, pregnancy, sti, "
		    "reproductive): an %s column hides groups, not codes", item,
		    policy_op_name(c->op));
		return -EINVAL;
	}
	*groups |= it.overlap;
	return 0;
}

/* The list replaces the default; an empty one would hide nothing and so
 * fail open. */
static int
parse_suppress(struct op_build *b, struct policy_column *c,
    enum suppress_ranges ranges, uint32_t *groups)
{
	char **items = NULL;
	size_t n = 0, i;
	int r;

	*groups = 0;
	if ((r = get_list(b->ps, b->s, "suppress", &items, &n)) != 0)
		return r;
	if (n == 0) {
		fail(b->ps, b->e->line, "suppress is empty: list groups (default, "
		    "hiv, mental, pregnancy, sti, reproductive) or ranges such "
		    "as B20-B24, or write none");
		r = -EINVAL;
	}
	for (i = 0; i < n && r == 0; i++)
		r = suppress_item(b, c, ranges, items[i], groups);
	for (i = 0; i < n; i++)
		free(items[i]);
	free(items);
	return r;
}

/* linked = RULE, ... and action = blank | drop_row: what a suppressed cell
 * does to its row (icd10, analysis, drug, ward). */
static int
opt_linked(struct op_build *b, struct policy_column *c)
{
	return get_list(b->ps, b->s, "linked", &c->linked_rules, &c->nlinked);
}

/* linked names other column rules, each once. */
static int
link_linked(struct op_build *b, struct policy_column *c)
{
	struct policy *p = b->p;
	size_t j, k;

	if (c->nlinked == 0)
		return 0;
	if ((c->linked = calloc(c->nlinked, sizeof(*c->linked))) == NULL)
		return -ENOMEM;
	for (j = 0; j < c->nlinked; j++) {
		for (k = 0; k < p->ncolumns; k++)
			if (strcmp(p->columns[k].name, c->linked_rules[j]) == 0)
				break;
		if (k == p->ncolumns || &p->columns[k] == c) {
			fail(b->ps, c->line, "[column %s]: linked = %s must name "
			    "another [column] (the result, unit, range or "
			    "comment of the same row)", c->name,
			    c->linked_rules[j]);
			return -EINVAL;
		}
		c->linked[j] = &p->columns[k];
	}
	return 0;
}

static void
free_hiding(struct policy_column *c)
{
	free(c->suppress_ranges);
	free_strings(c->linked_rules, c->nlinked);
	free(c->linked);
}

/* -- fake -- */

static int
opt_fake_kind(struct op_build *b, struct policy_column *c)
{
	if (fake_kind_parse(b->e->value, &c->fake) != 0) {
		fail(b->ps, b->e->line, "kind = '%s': expected one of first_name, "
		    "last_name, full_name, address, city, email, phone",
		    b->e->value);
		return -EINVAL;
	}
	return 0;
}

static int
opt_fake_sex(struct op_build *b, struct policy_column *c)
{
	if (c->fake != FAKE_FIRST_NAME && c->fake != FAKE_FULL_NAME) {
		fail(b->ps, b->e->line, "sex is for kind = first_name or "
		    "full_name");
		return -EINVAL;
	}
	return set_string(b, &c->sex_ref);
}

/* sex = RULE names a [column] rule; anything else is a header spelling. */
static int
link_fake(struct op_build *b, struct policy_column *c)
{
	struct policy *p = b->p;
	struct buf norm = BUF_INIT;
	int r;

	if (c->sex_ref == NULL)
		return 0;
	for (size_t k = 0; k < p->ncolumns; k++) {
		if (strcmp(p->columns[k].name, c->sex_ref) == 0) {
			c->sex_rule = &p->columns[k];
			return 0;
		}
	}
	if ((r = norm_header(c->sex_ref, strlen(c->sex_ref), &norm)) != 0)
		return r;
	if (norm.len == 0) {
		fail(b->ps, c->line, "[column %s]: sex = '%s' is neither a "
		    "[column] rule nor a header", c->name, c->sex_ref);
		buf_free(&norm);
		return -EINVAL;
	}
	c->sex_header = strndup(norm.data, norm.len);
	buf_free(&norm);
	return c->sex_header == NULL ? -ENOMEM : 0;
}

static void
free_fake(struct policy_column *c)
{
	free(c->sex_ref);
	free(c->sex_header);
}

/* -- nir -- */

static int
init_nir(struct op_build *b, struct policy_column *c)
{
	(void)b;
	c->norm = NORM_NIR;
	return 0;
}

static int
opt_nir_keep_year(struct op_build *b, struct policy_column *c)
{
	if (!c->nir_format) {
		fail(b->ps, b->e->line, "keep_year is for output = nir");
		return -EINVAL;
	}
	return parse_bool(b->ps, b->e, &c->keep_year);
}

static int
opt_nir_prefix(struct op_build *b, struct policy_column *c)
{
	if (c->nir_format) {
		fail(b->ps, b->e->line, "prefix is for output = token");
		return -EINVAL;
	}
	return set_string(b, &c->prefix);
}

/* -- date, birthdate -- */

/* A shifted date reads the patient's shift and is not the cell's alone; a
 * truncated one is generalized. */
static int
check_date(struct op_build *b, struct policy_column *c)
{
	(void)b;
	if (c->date_mode == DATE_MODE_SHIFT)
		c->flags = (c->flags & ~(unsigned)(OP_F_MEMOIZABLE |
		    OP_F_GENERALIZES)) | OP_F_SHIFT;
	return 0;
}

static int
init_birthdate(struct op_build *b, struct policy_column *c)
{
	(void)b;
	c->band = 5;
	c->top = 90;
	return 0;
}

/* An age needs a date to be an age at; the clock would make the view change
 * by itself overnight. */
static int
check_birthdate(struct op_build *b, struct policy_column *c)
{
	const struct entry *e;

	if (c->birth_mode == OPS_BIRTH_YEAR) {
		if ((e = get(b->s, "band")) != NULL ||
		    (e = get(b->s, "top")) != NULL ||
		    (e = get(b->s, "reference")) != NULL) {
			fail(b->ps, e->line, "%s is for mode = band", e->key);
			return -EINVAL;
		}
		return 0;
	}
	e = get(b->s, "reference");
	if (e == NULL || date_parse(e->value, strlen(e->value),
	    &c->reference) != 0) {
		fail(b->ps, e ? e->line : b->s->line, "mode = band needs "
		    "reference = YYYY-MM-DD, the date ages are computed at");
		return -EINVAL;
	}
	return 0;
}

/* -- icd10, icd10_label -- */

static int
init_icd10(struct op_build *b, struct policy_column *c)
{
	(void)b;
	c->suppress_groups = ICD10_SENSITIVE_DEFAULT;
	return 0;
}

static int
opt_icd10_suppress(struct op_build *b, struct policy_column *c)
{
	return parse_suppress(b, c, SUPPRESS_RANGES, &c->suppress_groups);
}

static int
link_icd10_label(struct op_build *b, struct policy_column *c)
{
	struct policy *p = b->p;
	size_t k;

	for (k = 0; k < p->ncolumns; k++)
		if (strcmp(p->columns[k].name, c->code_rule) == 0)
			break;
	if (k == p->ncolumns || p->columns[k].op != OP_ICD10) {
		fail(b->ps, c->line, "[column %s]: code = %s must name a "
		    "[column] with op = icd10", c->name, c->code_rule);
		return -EINVAL;
	}
	c->code = &p->columns[k];
	return 0;
}

static void
free_icd10_label(struct policy_column *c)
{
	free(c->code_rule);
}

/* -- mask -- */

static int
init_mask(struct op_build *b, struct policy_column *c)
{
	(void)b;
	c->mask_char = '*';
	return 0;
}

static int
mask_count(struct op_build *b, size_t *out)
{
	int v;

	if (parse_int(b->ps, b->e, 0, 64, &v) != 0)
		return -EINVAL;
	*out = (size_t)v;
	return 0;
}

static int
opt_mask_first(struct op_build *b, struct policy_column *c)
{
	return mask_count(b, &c->mask_first);
}

static int
opt_mask_last(struct op_build *b, struct policy_column *c)
{
	return mask_count(b, &c->mask_last);
}

static int
opt_mask_char(struct op_build *b, struct policy_column *c)
{
	const char *v = b->e->value;

	if (strlen(v) != 1 || (unsigned char)v[0] >= 0x80) {
		fail(b->ps, b->e->line, "char = '%s': expected one ASCII "
		    "character", v);
		return -EINVAL;
	}
	c->mask_char = v[0];
	return 0;
}

/* -- scrub -- */

static int
init_scrub(struct op_build *b, struct policy_column *c)
{
	char *text;

	(void)b;
	if ((text = strdup("[SUPPRIME]")) == NULL)
		return -ENOMEM;
	free(c->text);
	c->text = text;
	return 0;
}

static int
opt_scrub_digits(struct op_build *b, struct policy_column *c)
{
	if (parse_int(b->ps, b->e, 0, 30, &c->scrub_digits) != 0)
		return -EINVAL;
	if (c->scrub_digits > 0 && c->scrub_digits < 5) {
		fail(b->ps, b->e->line, "digits = %d would take doses and lab "
		    "values: use 0 (off) or 5 to 30", c->scrub_digits);
		return -EINVAL;
	}
	return 0;
}

static int
opt_scrub_suppress(struct op_build *b, struct policy_column *c)
{
	return parse_suppress(b, c, SUPPRESS_GROUPS_OF, &c->scrub_groups);
}

static int
check_scrub(struct op_build *b, struct policy_column *c)
{
	(void)b;
	if (c->scrub_dates == SCRUB_DATES_SHIFT)
		c->flags |= OP_F_SHIFT;
	return 0;
}

/* -- analysis, drug, ward: the sensitive lexicon (src/sensitive.c) -- */

static int
init_lexicon(struct policy_column *c, unsigned kinds)
{
	c->lex_kinds = kinds;
	c->suppress_groups = ICD10_SENSITIVE_DEFAULT;
	return 0;
}

/* Not abbreviations: "TS" is also the bleeding time.  Drugs: the level of
 * a drug in the blood ("Dosage plasmatique darunavir", "Taux residuel de
 * dolutegravir") says that the patient takes it (redteam48); an ordinary
 * drug's hit has no group and hides nothing. */
static int
init_analysis(struct op_build *b, struct policy_column *c)
{
	(void)b;
	return init_lexicon(c, SENSITIVE_BIT(SENSITIVE_ANALYSIS) |
	    SENSITIVE_BIT(SENSITIVE_CODE) | SENSITIVE_BIT(SENSITIVE_TERM) |
	    SENSITIVE_BIT(SENSITIVE_DRUG));
}

/* Not abbreviations: "AMP" is also an ampoule. */
static int
init_drug(struct op_build *b, struct policy_column *c)
{
	(void)b;
	return init_lexicon(c, SENSITIVE_BIT(SENSITIVE_DRUG) |
	    SENSITIVE_BIT(SENSITIVE_TERM));
}

static int
init_ward(struct op_build *b, struct policy_column *c)
{
	(void)b;
	return init_lexicon(c, SENSITIVE_BIT(SENSITIVE_WARD) |
	    SENSITIVE_BIT(SENSITIVE_TERM) | SENSITIVE_BIT(SENSITIVE_ABBREV));
}

static int
opt_lexicon_suppress(struct op_build *b, struct policy_column *c)
{
	return parse_suppress(b, c, SUPPRESS_GROUPS_OF, &c->suppress_groups);
}

/* ---- the table ---- */

static const struct op_option no_options[] = { OPT_END };
static const struct op_option redact_options[] = {
	OPT_STR("text", text), OPT_END };
static const struct op_option token_options[] = {
	OPT_STR("prefix", prefix), OPT_STR("domain", domain),
	OPT_FN("normalize", opt_normalize), OPT_END };
static const struct op_option fake_options[] = {
	OPT_FN("kind", opt_fake_kind), OPT_STR("domain", domain),
	OPT_FN("normalize", opt_normalize), OPT_FN("sex", opt_fake_sex),
	OPT_END };
static const struct op_option nir_options[] = {
	OPT_ONE_OF("output", nir_format, nir_outputs),
	OPT_FN("keep_year", opt_nir_keep_year),
	OPT_FN("prefix", opt_nir_prefix), OPT_STR("domain", domain), OPT_END };
static const struct op_option date_options[] = {
	OPT_ONE_OF("mode", date_mode, date_modes), OPT_END };
static const struct op_option birthdate_options[] = {
	OPT_ONE_OF("mode", birth_mode, birth_modes),
	OPT_NUM("band", band, 1, 50), OPT_LATER("reference"),
	OPT_NUM("top", top, 1, 150), OPT_END };
static const struct op_option icd10_options[] = {
	OPT_ONE_OF("level", icd10_level, icd10_levels),
	OPT_FN("suppress", opt_icd10_suppress), OPT_STR("placeholder", text),
	OPT_FN("linked", opt_linked),
	OPT_ONE_OF("action", drop_row, row_actions), OPT_END };
static const struct op_option icd10_label_options[] = {
	OPT_STR("code", code_rule), OPT_STR("placeholder", text), OPT_END };
static const struct op_option mask_options[] = {
	OPT_FN("first", opt_mask_first), OPT_FN("last", opt_mask_last),
	OPT_FN("char", opt_mask_char), OPT_END };
static const struct op_option scrub_options[] = {
	OPT_ONE_OF("replace", scrub_placeholders, scrub_replaces),
	OPT_ONE_OF("dates", scrub_dates, scrub_date_words),
	OPT_FN("digits", opt_scrub_digits),
	OPT_FN("suppress", opt_scrub_suppress),
	OPT_STR("placeholder", text),
	/* recall first: every word not known to be safe (docs/scrub.md) */
	OPT_ONE_OF("mode", scrub_recall, scrub_modes), OPT_END };
static const struct op_option lexicon_options[] = {
	OPT_FN("suppress", opt_lexicon_suppress), OPT_STR("placeholder", text),
	OPT_FN("linked", opt_linked),
	OPT_ONE_OF("action", drop_row, row_actions), OPT_END };
static const struct op_option drug_options[] = {
	OPT_FN("suppress", opt_lexicon_suppress), OPT_STR("placeholder", text),
	OPT_FN("linked", opt_linked),
	OPT_ONE_OF("action", drop_row, row_actions),
	OPT_ONE_OF("level", atc_level, atc_levels), OPT_END };

#define F_LEXICON	(OP_F_MEMOIZABLE | OP_F_HIDES | OP_F_LEXICON)

static const struct op_def op_defs[] = {
	[OP_KEEP] = { .name = "keep", .options = no_options, .apply = ops_keep,
	    .flags = OP_F_BLANK },
	[OP_DROP] = { .name = "drop", .options = no_options, .apply = ops_drop },
	[OP_REDACT] = { .name = "redact", .options = redact_options,
	    .apply = ops_redact, .flags = OP_F_BLANK | OP_F_GENERALIZES },
	[OP_TOKEN] = { .name = "token", .options = token_options,
	    .apply = ops_token_cell, .flags = OP_F_MEMOIZABLE | OP_F_PSEUDONYM },
	[OP_FAKE] = { .name = "fake", .options = fake_options,
	    .needs = "kind = (first_name, last_name, full_name, address, city, "
	    "email, phone)",
	    .link = link_fake, .free = free_fake, .apply = ops_fake,
	    .flags = OP_F_MEMOIZABLE | OP_F_PSEUDONYM },
	[OP_NIR] = { .name = "nir", .options = nir_options, .init = init_nir,
	    .apply = ops_nir, .flags = OP_F_MEMOIZABLE | OP_F_PSEUDONYM },
	[OP_DATE] = { .name = "date", .options = date_options,
	    .needs = "mode = (shift, month, year)", .check = check_date,
	    .apply = ops_date, .flags = OP_F_MEMOIZABLE | OP_F_GENERALIZES },
	[OP_BIRTHDATE] = { .name = "birthdate", .options = birthdate_options,
	    .init = init_birthdate, .check = check_birthdate,
	    .apply = ops_birthdate, .flags = OP_F_MEMOIZABLE | OP_F_GENERALIZES },
	[OP_POSTCODE] = { .name = "postcode", .options = no_options,
	    .apply = ops_postcode, .flags = OP_F_MEMOIZABLE | OP_F_GENERALIZES },
	[OP_ICD10] = { .name = "icd10", .options = icd10_options,
	    .init = init_icd10, .link = link_linked, .free = free_hiding,
	    .apply = ops_icd10,
	    .flags = OP_F_MEMOIZABLE | OP_F_HIDES | OP_F_GENERALIZES },
	[OP_ICD10_LABEL] = { .name = "icd10_label",
	    .options = icd10_label_options,
	    .needs = "code = RULE, the [column RULE] holding the codes this "
	    "label describes",
	    .link = link_icd10_label, .free = free_icd10_label,
	    .apply = ops_icd10_label, .flags = OP_F_BLANK },
	[OP_MASK] = { .name = "mask", .options = mask_options, .init = init_mask,
	    .apply = ops_mask, .flags = OP_F_MEMOIZABLE | OP_F_GENERALIZES },
	/* Reads the row's names, shift and ids: not memoizable. */
	[OP_SCRUB] = { .name = "scrub", .options = scrub_options,
	    .init = init_scrub, .check = check_scrub, .apply = scrub_apply,
	    .flags = OP_F_CONTEXT },
	[OP_ANALYSIS] = { .name = "analysis", .options = lexicon_options,
	    .init = init_analysis, .link = link_linked, .free = free_hiding,
	    .apply = ops_lexicon, .flags = F_LEXICON },
	[OP_DRUG] = { .name = "drug", .options = drug_options,
	    .init = init_drug, .link = link_linked, .free = free_hiding,
	    .apply = ops_lexicon, .flags = F_LEXICON },
	[OP_WARD] = { .name = "ward", .options = lexicon_options,
	    .init = init_ward, .link = link_linked, .free = free_hiding,
	    .apply = ops_lexicon, .flags = F_LEXICON },
};
#define NOPS (sizeof(op_defs) / sizeof(op_defs[0]))

const struct op_def *
policy_op_def(enum op_kind op)
{
	return (size_t)op < NOPS ? &op_defs[op] : NULL;
}

const char *
policy_op_name(enum op_kind op)
{
	return (size_t)op < NOPS ? op_defs[op].name : "?";
}

const char *
policy_op_option(const struct op_def *d, size_t i)
{
	for (size_t k = 0; d->options[k].name != NULL; k++)
		if (k == i)
			return d->options[k].name;
	return NULL;
}

/* ---- building a [column] ---- */

/* op = NAME, then the options that op takes. */
static int
column_op(struct op_build *b, struct policy_column *c)
{
	const char *names[NOPS];
	char allowed[192], *end = allowed + sizeof(allowed);
	const struct entry *e;
	char *w;
	int v;

	for (size_t i = 0; i < NOPS; i++)
		names[i] = op_defs[i].name;
	if ((e = get(b->s, "op")) == NULL) {
		w = allowed;
		for (size_t i = 0; i < NOPS && w < end; i++)
			w += snprintf(w, (size_t)(end - w), "%s%s", i ? ", " : "",
			    names[i]);
		fail(b->ps, b->s->line, "[%s] needs op = (one of %s)",
		    b->s->title, allowed);
		return -EINVAL;
	}
	if (parse_choice(b->ps, e, names, NOPS, &v) != 0)
		return -EINVAL;
	c->op = (enum op_kind)v;
	c->def = &op_defs[v];
	c->flags = c->def->flags;
	w = allowed + snprintf(allowed, sizeof(allowed), "%s", COLUMN_OPTIONS);
	for (const struct op_option *o = c->def->options; o->name != NULL &&
	    w < end; o++)
		w += snprintf(w, (size_t)(end - w), " %s", o->name);
	return check_keys(b->ps, b->s, allowed);
}

/* The key of a header's spelling with its letters beyond ASCII lost
 * ("Prénom" is "prnom": norm_header_lost), into *lost when it is another
 * key than the header's own and 3 characters or more ("Âge" would be
 * "ge"), else NULL.  0 or -ENOMEM. */
static int
header_lost(const char *spelled, const char *key, char **lost)
{
	struct buf h = BUF_INIT;
	size_t runs;
	int signs, r;

	*lost = NULL;
	if ((r = norm_header_lost(spelled, strlen(spelled), NULL, &h, &runs,
	    &signs)) != 0) {
		buf_free(&h);
		return r == -ENOMEM ? r : 0;
	}
	if (runs > 0 && h.len >= 3 && strcmp(h.data, key) != 0)
		*lost = h.data;
	else
		buf_free(&h);
	return 0;
}

/* headers = NAME, ... (normalized) and files = RULE, ... */
static int
column_headers(struct op_build *b, struct policy_column *c)
{
	char **raw = NULL;
	size_t nraw = 0, i;
	int r = -EINVAL;

	if (get_list(b->ps, b->s, "headers", &raw, &nraw) != 0 ||
	    get_list(b->ps, b->s, "files", &c->files, &c->nfiles) != 0)
		goto out;
	if (nraw == 0) {
		fail(b->ps, b->s->line, "[%s] needs headers = NAME[, NAME...]: "
		    "the header spellings this rule applies to", b->s->title);
		goto out;
	}
	if ((c->headers = calloc(nraw, sizeof(*c->headers))) == NULL ||
	    (c->spelled = calloc(nraw, sizeof(*c->spelled))) == NULL ||
	    (c->lost = calloc(nraw, sizeof(*c->lost))) == NULL) {
		r = -ENOMEM;
		goto out;
	}
	for (i = 0; i < nraw; i++) {
		struct buf h = BUF_INIT;
		if (norm_header(raw[i], strlen(raw[i]), &h) != 0 || h.len == 0) {
			buf_free(&h);
			fail(b->ps, get(b->s, "headers")->line, "header '%s' is "
			    "empty once case, accents and punctuation are ignored",
			    raw[i]);
			/* r is header_lost's 0 after the first header: a
			 * later empty one was reported and the policy loaded
			 * without the headers after it (hostile27) */
			r = -EINVAL;
			goto out;
		}
		c->spelled[c->nheaders] = raw[i];
		raw[i] = NULL;
		c->headers[c->nheaders++] = h.data;
		if ((r = header_lost(c->spelled[c->nheaders - 1], h.data,
		    &c->lost[c->nheaders - 1])) != 0)
			goto out;
	}
	r = 0;
 out:
	free_strings(raw, nraw);
	return r;
}

/* What every column takes, and the defaults of the options of several. */
static int
column_common(struct op_build *b, struct policy_column *c)
{
	static const char *const quasi_names[] = { "no", "yes", "show" };
	static const char *const yes_no[] = { "no", "yes" };
	const struct entry *e;
	int v, r;

	/* repeated = yes: its header may come twice in a file on purpose
	 * (a wide table's `Commentaire;Commentaire`), not drift. */
	if ((e = get(b->s, "repeated")) != NULL) {
		if (parse_choice(b->ps, e, yes_no, 2, &v) != 0)
			return -EINVAL;
		c->repeated = v;
	}
	if ((e = get(b->s, "quasi")) != NULL) {
		if (parse_choice(b->ps, e, quasi_names, 3, &v) != 0)
			return -EINVAL;
		c->quasi = (enum risk_quasi)v;
	}
	if ((r = column_headers(b, c)) != 0)
		return r;
	c->norm = NORM_TEXT;
	if ((c->domain = strdup(b->s->name)) == NULL ||
	    (c->prefix = strdup("")) == NULL || (c->text = strdup("")) == NULL)
		return -ENOMEM;
	if ((e = get(b->s, "identifies")) != NULL) {
		if (detect_ident_parse(e->value, &c->identifies) != 0) {
			fail(b->ps, e->line, "identifies = '%s': expected one of "
			    "name, first_name, last_name, nir, phone, email, "
			    "address, id", e->value);
			return -EINVAL;
		}
		/* scrub would call itself for its own row value. */
		if (c->flags & OP_F_CONTEXT) {
			fail(b->ps, e->line, "identifies is for the columns %s "
			    "looks for, not for a %s column", c->def->name,
			    c->def->name);
			return -EINVAL;
		}
	}
	return 0;
}

static int
read_option(struct op_build *b, const struct op_option *o,
    struct policy_column *c)
{
	char *field = (char *)c + o->off;

	switch (o->kind) {
	case OPT_STRING:
		return set_string(b, (char **)(void *)field);
	case OPT_CHOICE:
		return parse_choice(b->ps, b->e, o->choices, (size_t)o->max,
		    (int *)(void *)field);
	case OPT_INT:
		return parse_int(b->ps, b->e, o->min, o->max,
		    (int *)(void *)field);
	case OPT_PARSE:
		return o->parse(b, c);
	case OPT_CHECK:
		break;
	}
	return 0;
}

static int
build_column(struct parser *ps, const struct section *s,
    struct policy_column *c)
{
	struct op_build b = { ps, s, NULL, NULL };
	const struct op_def *d;
	char key[32];
	int r;

	c->line = s->line;
	if ((c->name = strdup(s->name)) == NULL)
		return -ENOMEM;
	if ((r = column_op(&b, c)) != 0 || (r = column_common(&b, c)) != 0)
		return r;
	d = c->def;
	/* "kind = (first_name, ...)": the option is its first word. */
	if (d->needs != NULL) {
		snprintf(key, sizeof(key), "%.*s", (int)strcspn(d->needs, " "),
		    d->needs);
		if (get(s, key) == NULL) {
			fail(ps, s->line, "op = %s needs %s", d->name, d->needs);
			return -EINVAL;
		}
	}
	if (d->init != NULL && (r = d->init(&b, c)) != 0)
		return r;
	for (const struct op_option *o = d->options; o->name != NULL; o++) {
		if ((b.e = get(s, o->name)) != NULL &&
		    (r = read_option(&b, o, c)) != 0)
			return r;
	}
	return d->check != NULL ? d->check(&b, c) : 0;
}

static int
files_overlap(const struct policy_column *a, const struct policy_column *b)

{
	if (a->nfiles == 0 || b->nfiles == 0)
		return 1;
	for (size_t i = 0; i < a->nfiles; i++)
		for (size_t j = 0; j < b->nfiles; j++)
			if (strcmp(a->files[i], b->files[j]) == 0)
				return 1;
	return 0;
}

/*
 * [project] identity = PATH (src/identity.c): a file beneath the source
 * root, named as the [file] rules match it (a .gz by its name without
 * ".gz"), whose rule's identifies columns are loaded per patient.  It
 * needs the patient rule; the path never leaves the root.
 */
static int
check_identity(struct parser *ps, struct policy *p)
{
	const char *path = p->identity_path;
	char plain[PATH_MAX];
	size_t n = strlen(path);

	if (p->patient == NULL) {
		fail(ps, p->identity_line, "identity = %s needs [project] "
		    "patient = RULE: the identity source is read per patient",
		    path);
		return -EINVAL;
	}
	if (n == 0 || n >= sizeof(plain) || path[0] == '/' ||
	    strstr(path, "//") != NULL || strcmp(path, "..") == 0 ||
	    strncmp(path, "../", 3) == 0 || strstr(path, "/../") != NULL ||
	    (n >= 3 && strcmp(path + n - 3, "/..") == 0) || path[n - 1] == '/') {
		fail(ps, p->identity_line, "identity = %s: a file's path "
		    "relative to the source root, without '..'", path);
		return -EINVAL;
	}
	memcpy(plain, path, n + 1);
	if (n > 3 && strcmp(plain + n - 3, ".gz") == 0)
		plain[n - 3] = '\0';
	if ((p->identity_rule = policy_match_file(p, plain)) == NULL) {
		fail(ps, p->identity_line, "identity = %s: no [file] rule "
		    "matches this path", path);
		return -EINVAL;
	}
	return 0;
}

/* Cross-section checks: references resolve, no header spelling belongs to
 * two rules (a header must never be ambiguous). */
static int
check_links(struct parser *ps, struct policy *p)
{
	struct op_build b = { ps, NULL, NULL, p };
	size_t i, j, k, l;
	int r;

	for (i = 0; i < p->nfiles; i++) {
		const struct policy_file *f = &p->files[i];

		for (j = 0; j < f->nexpect; j++) {
			for (k = 0; k < p->ncolumns; k++)
				if (strcmp(p->columns[k].name, f->expect[j]) == 0)
					break;
			if (k == p->ncolumns) {
				fail(ps, f->line, "[file %s]: expect names '%s', but "
				    "there is no [column %s]", f->name, f->expect[j],
				    f->expect[j]);
				return -EINVAL;
			}
		}
	}
	for (i = 0; i < p->ncolumns; i++) {
		struct policy_column *c = &p->columns[i];

		for (j = 0; j < c->nfiles; j++) {
			for (k = 0; k < p->nfiles; k++)
				if (strcmp(p->files[k].name, c->files[j]) == 0)
					break;
			if (k == p->nfiles) {
				fail(ps, c->line, "[column %s]: files names '%s', "
				    "but there is no [file %s]", c->name,
				    c->files[j], c->files[j]);
				return -EINVAL;
			}
		}
		if (c->def->link != NULL && (r = c->def->link(&b, c)) != 0)
			return r;
		for (j = 0; j < i; j++) {
			/* Rules restricted to disjoint files may share. */
			if (!files_overlap(c, &p->columns[j]))
				continue;
			for (k = 0; k < c->nheaders; k++)
				for (l = 0; l < p->columns[j].nheaders; l++)
					if (strcmp(c->headers[k],
					    p->columns[j].headers[l]) == 0) {
						fail(ps, c->line, "[column %s] and "
						    "[column %s] both match the "
						    "header '%s' (compared without "
						    "case, accents, punctuation or "
						    "look-alike letters)", p->columns[j].name,
						    c->name, c->spelled[k]);
						return -EINVAL;
					}
		}
	}
	if (p->patient_rule != NULL) {
		for (k = 0; k < p->ncolumns; k++)
			if (strcmp(p->columns[k].name, p->patient_rule) == 0)
				break;
		if (k == p->ncolumns) {
			fail(ps, p->patient_line, "[project] patient = %s, but there is no "
			    "[column %s]", p->patient_rule, p->patient_rule);
			return -EINVAL;
		}
		p->patient = &p->columns[k];
	}
	if (p->identity_path != NULL && check_identity(ps, p) != 0)
		return -EINVAL;
	for (i = 0; i < p->ncolumns; i++) {
		if ((p->columns[i].flags & OP_F_SHIFT) && p->patient == NULL) {
			fail(ps, p->columns[i].line, "[column %s] shifts dates per "
			    "patient: [project] needs patient = RULE", p->columns[i].name);
			return -EINVAL;
		}
	}
	return 0;
}

static int
build(struct parser *ps, struct policy *p)
{
	size_t i, nfiles = 0, ndirs = 0, ncolumns = 0;
	int have_project = 0, r;

	for (i = 0; i < ps->nsections; i++) {
		if (ps->sections[i].kind == SECTION_FILE)
			nfiles++;
		else if (ps->sections[i].kind == SECTION_DIR)
			ndirs++;
		else if (ps->sections[i].kind == SECTION_COLUMN)
			ncolumns++;
	}
	p->files = calloc(nfiles ? nfiles : 1, sizeof(*p->files));
	p->dirs = calloc(ndirs ? ndirs : 1, sizeof(*p->dirs));
	p->columns = calloc(ncolumns ? ncolumns : 1, sizeof(*p->columns));
	if (p->files == NULL || p->dirs == NULL || p->columns == NULL)
		return -ENOMEM;
	/* [project] first: files inherit its defaults. */
	for (i = 0; i < ps->nsections; i++) {
		if (ps->sections[i].kind != SECTION_PROJECT)
			continue;
		if ((r = build_project(ps, &ps->sections[i], p)) != 0)
			return r;
		have_project = 1;
	}
	if (!have_project) {
		fail(ps, 0, "a [project] section with name = ... is required");
		return -EINVAL;
	}
	for (i = 0; i < ps->nsections; i++) {
		const struct section *s = &ps->sections[i];
		if (s->kind == SECTION_FILE)
			r = build_file(ps, s, p, &p->files[p->nfiles++]);
		else if (s->kind == SECTION_DIR)
			r = build_dir(ps, s, &p->dirs[p->ndirs++]);
		else if (s->kind == SECTION_COLUMN)
			r = build_column(ps, s, &p->columns[p->ncolumns++]);
		else
			r = 0;
		if (r != 0)
			return r;
		if (s->kind == SECTION_COLUMN &&
		    p->columns[p->ncolumns - 1].op == OP_SCRUB)
			p->columns[p->ncolumns - 1].scrub_weeks =
			    p->shift_unit == POLICY_SHIFT_WEEK;
	}
	if (p->nfiles == 0) {
		fail(ps, 0, "no [file NAME] section: nothing would be shown");
		return -EINVAL;
	}
	return check_links(ps, p);
}

static void
parser_free(struct parser *ps)
{
	for (size_t i = 0; i < ps->nsections; i++) {
		struct section *s = &ps->sections[i];
		for (size_t j = 0; j < s->nentries; j++) {
			free(s->entries[j].key);
			free(s->entries[j].value);
		}
		free(s->entries);
		free(s->name);
		free(s->title);
	}
	free(ps->sections);
}

int
policy_load_string(const char *text, const char *name, struct policy **out,
    const struct pfs_reporter *report)
{
	struct parser ps = { 0 };
	struct policy *p = NULL;
	uint8_t hash[32];
	size_t len = strlen(text);
	int line, r;

	*out = NULL;
	ps.name = name;
	ps.cur = text;
	/* inih skips a BOM itself; the line reader must agree with it. */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		ps.cur += 3;
	ps.end = text + len;
	if (sodium_init() < 0)
		r = -EIO;
	else if ((p = calloc(1, sizeof(*p))) == NULL)
		r = -ENOMEM;
	else
		r = 0;
	if (r != 0) {
		fail(&ps, 0, "%s", strerror(-r));
		goto out;
	}
	line = ini_parse_stream(reader, &ps, handler, &ps);
	if (line != 0 && !ps.failed)
		fail(&ps, line, "expected 'key = value', '[section]' or a comment");
	if (ps.failed) {
		r = -EINVAL;
		goto out;
	}
	if ((r = build(&ps, p)) != 0) {
		if (!ps.failed)
			fail(&ps, 0, "%s", strerror(-r));
		goto out;
	}
	crypto_generichash(hash, sizeof(hash), (const uint8_t *)text, len, NULL, 0);
	sodium_bin2hex(p->hash, sizeof(p->hash), hash, sizeof(hash));
	*out = p;
	p = NULL;
 out:
	if (ps.failed)
		pfs_error_report(report, &(struct pfs_error){ .code = -r,
		    .file = name, .line = ps.err_line, .in_config = 1,
		    .what = ps.what });
	parser_free(&ps);
	policy_free(p);
	return r;
}

int
policy_load(const char *path, struct policy **out,
    const struct pfs_reporter *report)
{
	struct stat st;
	char *text = NULL;
	ssize_t n;
	int fd, r;

	*out = NULL;
	if ((fd = secfile_open(path, SECFILE_POLICY, "policy", &st,
	    report)) < 0)
		return fd;
	if (st.st_size > POLICY_MAX_BYTES) {
		pfs_error_reportf(report, EINVAL, "policy %s is not a regular "
		    "file of at most %d bytes", path, POLICY_MAX_BYTES);
		r = -EINVAL;
		goto out;
	}
	if ((text = malloc((size_t)st.st_size + 1)) == NULL) {
		r = -ENOMEM;
		pfs_error_sys(report, path, "cannot read the policy", ENOMEM);
		goto out;
	}
	n = read(fd, text, (size_t)st.st_size);
	if (n != st.st_size) {
		pfs_error_reportf(report, EIO, "cannot read policy %s", path);
		r = -EIO;
		goto out;
	}
	text[n] = '\0';
	if (memchr(text, '\0', (size_t)n) != NULL) {
		pfs_error_reportf(report, EINVAL, "policy %s contains a NUL "
		    "byte", path);
		r = -EINVAL;
		goto out;
	}
	r = policy_load_string(text, path, out, report);
 out:
	close(fd);
	free(text);
	return r;
}

int
policy_bind(struct policy *p, struct keys *k,
    const struct pfs_reporter *report)
{
	char label[512];
	int r;

	if ((r = keys_set_project(k, p->project)) != 0) {
		pfs_error_reportf(report, -r, "cannot derive the project key");
		return r;
	}
	/* Labels are namespaced by purpose so no two uses share a key. */
	for (size_t i = 0; i < p->ncolumns; i++) {
		snprintf(label, sizeof(label), "column:%s", p->columns[i].domain);
		if ((r = keys_derive(k, label, &p->columns[i].prf)) != 0)
			goto fail;
		if (p->columns[i].quasi == RISK_QUASI_NO)
			continue;
		snprintf(label, sizeof(label), "check-digest:%s",
		    p->columns[i].name);
		if ((r = keys_derive(k, label, &p->columns[i].quasi_prf)) != 0)
			goto fail;
	}
	for (size_t i = 0; i < p->nfiles; i++)
		if ((r = keys_derive(k, "file-name", &p->files[i].rename_prf)) != 0)
			goto fail;
	/* Directory names have their own key: a directory and a file of one
	 * name give unrelated tokens. */
	if ((r = keys_derive(k, "dir-name", &p->dir_prf)) != 0)
		goto fail;
	if ((r = keys_derive(k, "date-shift", &p->shift_prf)) != 0 ||
	    (r = keys_derive(k, "index-cache", &p->index_prf)) != 0 ||
	    (r = keys_derive(k, "source-digest", &p->source_prf)) != 0 ||
	    (r = keys_derive(k, "inode-number", &p->inode_prf)) != 0 ||
	    (r = keys_derive(k, "identity-patient",
	    &p->identity_patient_prf)) != 0 ||
	    (r = keys_derive(k, "identity-word", &p->identity_word_prf)) != 0)
		goto fail;
	keys_seal(k);
	return 0;
 fail:
	pfs_error_reportf(report, -r, "cannot derive operator keys: %s (at "
	    "most %d distinct domains)", strerror(-r), KEYS_MAX_DERIVED - 8);
	return r;
}

static int
path_is_hidden(const char *relpath)
{
	const char *s = relpath;

	for (;;) {
		if (*s == '.')
			return 1;
		if ((s = strchr(s, '/')) == NULL)
			return 0;
		s++;
	}
}

static int
match_any(char *const *globs, size_t n, const char *relpath)
{
	for (size_t j = 0; j < n; j++)
		if (pathglob_match(globs[j], relpath))
			return 1;
	return 0;
}

const struct policy_file *
policy_match_file(const struct policy *p, const char *relpath)
{
	if (path_is_hidden(relpath))
		return NULL;
	for (size_t i = 0; i < p->nfiles; i++)
		if (match_any(p->files[i].globs, p->files[i].nglobs, relpath))
			return &p->files[i];
	return NULL;
}

const struct policy_file *
policy_match_file_after(const struct policy *p,
    const struct policy_file *after, const char *relpath)
{
	for (size_t i = (size_t)(after - p->files) + 1; i < p->nfiles; i++)
		if (match_any(p->files[i].globs, p->files[i].nglobs, relpath))
			return &p->files[i];
	return NULL;
}

const struct policy_dir *
policy_match_dir(const struct policy *p, const char *relpath)
{
	if (path_is_hidden(relpath))
		return NULL;
	for (size_t i = 0; i < p->ndirs; i++)
		if (match_any(p->dirs[i].globs, p->dirs[i].nglobs, relpath))
			return &p->dirs[i];
	return NULL;
}

const struct policy_column *
policy_match_column(const struct policy *p, const struct policy_file *file,
    const char *norm_header)
{
	for (size_t i = 0; i < p->ncolumns; i++) {
		const struct policy_column *c = &p->columns[i];

		if (!policy_column_in_file(c, file))
			continue;
		for (size_t j = 0; j < c->nheaders; j++)
			if (strcmp(c->headers[j], norm_header) == 0)
				return c;
	}
	return NULL;
}

const struct policy_column *
policy_match_lost(const struct policy *p, const struct policy_file *file,
    const char *lost_key)
{
	if (strlen(lost_key) < 3)
		return NULL;
	for (size_t i = 0; i < p->ncolumns; i++) {
		const struct policy_column *c = &p->columns[i];

		if (!policy_column_in_file(c, file))
			continue;
		for (size_t j = 0; j < c->nheaders; j++)
			if (c->lost[j] != NULL &&
			    strcmp(c->lost[j], lost_key) == 0)
				return c;
	}
	return NULL;
}

int
policy_column_in_file(const struct policy_column *c,
    const struct policy_file *file)
{
	if (c->nfiles == 0)
		return 1;
	for (size_t j = 0; j < c->nfiles; j++)
		if (strcmp(c->files[j], file->name) == 0)
			return 1;
	return 0;
}

const struct policy_column *
policy_column_at(const struct policy *p, size_t i)
{
	return i < p->ncolumns ? &p->columns[i] : NULL;
}

size_t
policy_column_index(const struct policy *p, const struct policy_column *c)
{
	return (size_t)(c - p->columns);
}

const char *
policy_column_name(const struct policy_column *c)
{
	return c->name;
}

enum op_kind
policy_column_op(const struct policy_column *c)
{
	return c->op;
}

const char *
policy_column_op_name(const struct policy_column *c)
{
	return policy_op_name(c->op);
}

unsigned
policy_column_flags(const struct policy_column *c)
{
	return c->flags;
}

enum detect_ident
policy_column_identifies(const struct policy_column *c)
{
	return c->identifies;
}

enum norm_kind
policy_column_norm(const struct policy_column *c)
{
	return c->norm;
}

enum risk_quasi
policy_column_quasi(const struct policy_column *c)
{
	return c->quasi;
}

struct keys_prf
policy_column_quasi_prf(const struct policy_column *c)
{
	return c->quasi_prf;
}

int
policy_column_copies_cells(const struct policy_column *c, uint32_t *groups)
{
	switch (c->op) {
	case OP_KEEP:
		*groups = ICD10_SENSITIVE_DEFAULT;
		return 1;
	case OP_DRUG:
		if (c->atc_level != 0)
			return 0;	/* an ATC code, never the cell */
		/* FALLTHROUGH */
	case OP_ANALYSIS:
	case OP_WARD:
		*groups = c->suppress_groups;
		return 1;
	default:
		return 0;
	}
}

int
policy_column_repeated(const struct policy_column *c)
{
	return c->repeated;
}

int
policy_column_shows_text(const struct policy_column *c)
{
	uint32_t groups;

	if (c->op == OP_MASK)
		return c->mask_first + c->mask_last > 0;
	return policy_column_copies_cells(c, &groups);
}

const char *
policy_column_true_date(const struct policy_column *c)
{
	if (c->op == OP_DATE && c->date_mode == DATE_MODE_MONTH)
		return "mode = month";
	if (c->op == OP_DATE && c->date_mode == DATE_MODE_YEAR)
		return "mode = year";
	if (c->op == OP_SCRUB && c->scrub_dates == SCRUB_DATES_MONTH)
		return "dates = month";
	if (c->op == OP_SCRUB && c->scrub_dates == SCRUB_DATES_YEAR)
		return "dates = year";
	if (c->op == OP_SCRUB && c->scrub_dates == SCRUB_DATES_KEEP)
		return "dates = keep";
	return NULL;
}

int
policy_has_quasi(const struct policy *p)
{
	for (size_t i = 0; i < p->ncolumns; i++)
		if (p->columns[i].quasi != RISK_QUASI_NO)
			return 1;
	return 0;
}

void
policy_free(struct policy *p)
{
	if (p == NULL)
		return;
	for (size_t i = 0; i < p->ncolumns; i++) {
		struct policy_column *c = &p->columns[i];
		free(c->name);
		free_strings(c->headers, c->nheaders);
		free_strings(c->spelled, c->nheaders);
		free_strings(c->lost, c->nheaders);
		free_strings(c->files, c->nfiles);
		free(c->prefix);
		free(c->text);
		free(c->domain);
		/* The union holds only its operator's parameters. */
		if (c->def != NULL && c->def->free != NULL)
			c->def->free(c);
	}
	for (size_t i = 0; i < p->nfiles; i++) {
		free(p->files[i].name);
		free_strings(p->files[i].globs, p->files[i].nglobs);
		free_strings(p->files[i].expect, p->files[i].nexpect);
		free(p->files[i].rename_prefix);
	}
	for (size_t i = 0; i < p->ndirs; i++) {
		free(p->dirs[i].name);
		free_strings(p->dirs[i].globs, p->dirs[i].nglobs);
		free(p->dirs[i].rename_prefix);
	}
	free(p->columns);
	free(p->files);
	free(p->dirs);
	free(p->project);
	free(p->patient_rule);
	free(p->identity_path);
	free(p);
}
