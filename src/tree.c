/* View tree: visibility and names of source entries. */
#include <dirent.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "names.h"
#include "namecache.h"
#include "ops.h"
#include "tree.h"
#include "util.h"

/* The prefix of a directory no [dir] rule names ([project] dirs = token). */
#define TREE_DIR_PREFIX "dir-"

static int
join(char *out, const char *dir, const char *name)
{
	int n = *dir ? snprintf(out, PATH_MAX, "%s/%s", dir, name) :
	    snprintf(out, PATH_MAX, "%s", name);

	return n < 0 || n >= PATH_MAX ? -ENAMETOOLONG : 0;
}

/* Append "/name" (or "name" to an empty path) in place. */
static int
append(char *path, const char *name)
{
	size_t len = strlen(path);
	int n = snprintf(path + len, PATH_MAX - len, "%s%s", len ? "/" : "", name);

	return n < 0 || (size_t)n >= PATH_MAX - len ? -ENAMETOOLONG : 0;
}

/*
 * A directory stream of its own over dir_fd's directory.  Never dup(): a
 * duplicate shares its file offset with the original, and every lookup of
 * the mount starts from the one root descriptor, so threads would rewind
 * and read each other's position (empty, partial or doubled listings; a
 * lookup that misses an existing file, whose ENOENT the kernel then
 * caches).  openat(".") makes a new open file description with its own
 * offset: no lock, and listings stay parallel.
 */
DIR *
tree_opendir(int dir_fd)
{
	DIR *d;
	int fd;

	if ((fd = openat(dir_fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return NULL;
	if ((d = fdopendir(fd)) == NULL) {
		int e = errno;
		close(fd);
		errno = e;
	}
	return d;
}

/* ---- names ---- */

const char *
tree_refusal_text(enum tree_refusal why)
{
	switch (why) {
	case TREE_REFUSED_COLLISION:
		return "two or more source entries give this view name: none "
		    "of them is shown";
	case TREE_REFUSED_NOT_UTF8:
		return "a name to rename is not UTF-8: not shown";
	case TREE_REFUSED_EMPTY:
		return "a name to rename has no letter or digit: not shown";
	case TREE_REFUSED_TOO_LONG:
		return "its view name would be longer than a file name: not "
		    "shown";
	case TREE_REFUSED_SUSPECT:
		return "a name shown as it is looks like an identifier: not "
		    "shown (pseudonymize check says why; suspect_names = show "
		    "in its rule allows it)";
	case TREE_REFUSED_NO_KEY:
		return "its view name is a keyed token and no key was given: "
		    "not shown";
	default:
		return "not shown";
	}
}

const char *
tree_refused_label(const struct tree_refused_entry *e, char *buf, size_t len)
{
	const char *kind = e->is_dir ? "directory" : "file";

	if (e->how->rule == NULL)
		snprintf(buf, len, "a %s of [project] dirs", kind);
	else
		snprintf(buf, len, "a %s of [%s %s]", kind, e->is_dir ? "dir" :
		    "file", e->how->rule);
	return buf;
}

/* How the entry's rule names it. */
struct naming_rule {
	int		 token;
	const char	*prefix;
	struct keys_prf	 prf;
	int		 suspect_show;
};

/* The rule that names an entry; 0 if the entry is hidden by the policy. */
static int
naming_rule(const struct policy *p, const char *src_rel,
    const struct policy_file *rule, struct naming_rule *nr,
    struct tree_naming *how)
{
	const struct policy_dir *d;

	if (rule != NULL) {
		how->rule = rule->name;
		*nr = (struct naming_rule){ rule->rename_token,
		    rule->rename_prefix, rule->rename_prf, rule->suspect_show };
		return 1;
	}
	if ((d = policy_match_dir(p, src_rel)) != NULL) {
		how->rule = d->name;
		*nr = (struct naming_rule){ d->rename_token, d->rename_prefix,
		    p->dir_prf, d->suspect_show };
		return 1;
	}
	if (p->dirs_hide)
		return 0;
	*nr = (struct naming_rule){ 1, TREE_DIR_PREFIX, p->dir_prf, 0 };
	return 1;
}

/* An extension that names a file's type: 1 to TREE_EXT_MAX ASCII letters
 * and digits, at least one a letter (csv, xlsx, mp3), its letters of one
 * case (csv or CSV), of the list below.  Digits alone name no type: they
 * are a postcode, a birth year or part of an IPP after the patient's name
 * ("export_DUPONT.75011"), renamed with the rest.  Nor does a word of
 * mixed case: "DUPONT_Jean.Poule", "bilan.Comte" are written as a name
 * is, and a surname of five letters that no list holds was shown after
 * the token that hides the rest (hostile26). */
/* An extension is a type only when it names one of these, in either
 * case: capitals are how an export writes a surname, and "x.POULE",
 * "DUPONT.COMTE" (a surname no list holds) were shown after the token
 * that hides the rest (hostile26's leftover, hostile27); in lower case
 * "x.poule", "x.paul", "x.noah", "bilan.leroy" were (hostile27's
 * leftover, hostile29).  Any other word after the last dot is renamed
 * with the rest: the view loses an unknown type's extension, never a
 * name. */
static const char *const type_extensions[] = {
	"CSV", "TSV", "TXT", "TAB", "PSV", "DAT", "ASC", "PRN", "LST", "RPT",
	"LOG", "OUT", "EXP", "GZ", "ZIP", "BZ2", "XZ", "ZST", "7Z", "TAR",
	"TGZ", "XLS", "XLSX", "XLSM", "XLSB", "ODS", "ODT", "ODP", "DOC",
	"DOCX", "RTF", "PPT", "PPTX", "PDF", "JSON", "JSONL", "XML", "HTM",
	"HTML", "MD", "YML", "YAML", "INI", "CFG", "SQL", "DB", "DBF", "MDB",
	"SAV", "POR", "DTA", "SAS", "XPT", "RDS", "RDATA", "RDA", "H5", "NC",
	"ORC", "AVRO", "PARQ", "ARROW", "BAK", "TMP", "EML", "MSG", "VCF",
	"BAM", "CRAM", "BED", "FASTQ", "FQ", "FA", "FASTA", "MAF",
	"GTF", "GFF", "HL7", "CDA", "DCM", "NII", "EDF", "PNG", "JPG", "JPEG",
	"TIF", "TIFF", "BMP", "GIF", "SVG", "WEBP", "HEIC", "MP3", "MP4",
	"WAV", "AVI", "MOV", "RAR", "LZ4", "BZ", NULL,
};

static int
is_type_extension(const char *e)
{
	size_t n = 0;
	int upper = 0, lower = 0;

	for (; e[n] != '\0'; n++) {
		if (n >= TREE_EXT_MAX || !isalnum((unsigned char)e[n]))
			return 0;
		upper |= isupper((unsigned char)e[n]) != 0;
		lower |= islower((unsigned char)e[n]) != 0;
	}
	if (!(upper || lower) || (upper && lower))
		return 0;
	for (const char *const *t = type_extensions; *t; t++)
		if (strcasecmp(*t, e) == 0)
			return 1;
	return 0;
}

/* A kept part of a name (the whole name, or a renamed file's extension):
 * refused if it looks like an identifier, unless the rule allows it. */
static int
kept_refused(const char *s, size_t len, const struct naming_rule *nr,
    struct tree_naming *how, int *refused)
{
	int r;

	*refused = 0;
	if ((r = names_sign(s, len, &how->sign)) != 0)
		return r;
	if (names_refused(how->sign) && !nr->suspect_show) {
		how->refusal = TREE_REFUSED_SUSPECT;
		*refused = 1;
	}
	return 0;
}

/* May a byte end or start a number?  An ASCII digit, or a byte beyond
 * ASCII (a full-width or Arabic-Indic digit: names_sign reads it). */
static int
maybe_digit(unsigned char c)
{
	return isdigit(c) || c >= 0x80;
}

/* How many kept components a number is read across: a NIR's 13 to 15
 * digits in pieces of 4 or more. */
#define TREE_JOIN_LEVELS 4

/* A kept name that starts with a digit goes on with the number its kept
 * parent ends with: "1840275/123456.csv" shows a NIR that neither half
 * shows (each is under NAMES_ID_DIGITS).  The kept components a number
 * runs across are read as one name, '/' as a space, and refused like
 * one; a parent renamed to a token breaks the number. */
static int
kept_across(const struct policy *p, const char *src_rel, const char *base,
    const struct naming_rule *nr, struct tree_naming *how, int *refused)
{
	char joined[PATH_MAX];
	const struct policy_dir *d;
	const char *start = base, *ps;
	enum names_sign sign;
	size_t plen, i;
	int level, r;

	*refused = 0;
	for (level = 0; level < TREE_JOIN_LEVELS && start > src_rel; level++) {
		plen = (size_t)(start - 1 - src_rel);
		if (plen == 0 || !maybe_digit((unsigned char)start[0]) ||
		    !maybe_digit((unsigned char)src_rel[plen - 1]) ||
		    plen >= sizeof(joined))
			break;
		memcpy(joined, src_rel, plen);
		joined[plen] = '\0';
		if ((d = policy_match_dir(p, joined)) == NULL || d->rename_token)
			break;
		ps = memrchr(src_rel, '/', plen);
		start = ps != NULL ? ps + 1 : src_rel;
	}
	if (start == base)
		return 0;
	plen = strlen(start);
	if (plen >= sizeof(joined))
		return 0;
	for (i = 0; i < plen; i++)
		joined[i] = start[i] == '/' ? ' ' : start[i];
	if ((r = names_sign(joined, plen, &sign)) != 0)
		return r;
	if (names_refused(sign) && !nr->suspect_show) {
		how->sign = sign;
		how->refusal = TREE_REFUSED_SUSPECT;
		*refused = 1;
	}
	return 0;
}

int
tree_view_name(const struct policy *p, const char *src_rel,
    const struct policy_file *rule, struct ops_scratch *s, struct buf *out,
    struct tree_naming *how)
{
	struct naming_rule nr;
	const char *base, *ext;
	int refused, r;

	memset(how, 0, sizeof(*how));
	buf_reset(out);
	base = strrchr(src_rel, '/');
	base = base ? base + 1 : src_rel;
	if (!naming_rule(p, src_rel, rule, &nr, how))
		return 0;
	/* An unkeyed engine (check without -k) cannot name it: never the
	 * raw name, never a crash on the missing key. */
	if (nr.token && nr.prf.key == NULL) {
		how->refusal = TREE_REFUSED_NO_KEY;
		return 0;
	}
	/* A directory's whole name is renamed; a file keeps its last
	 * extension, so the view's tools still know its type: a type's
	 * extension only (csv, tsv, txt, xlsx), not a word after a dot
	 * ("export_x.Martineau" would show the name the token hides). */
	ext = rule != NULL ? strrchr(base, '.') : NULL;
	if (ext != NULL && !is_type_extension(ext + 1))
		ext = NULL;
	if (!nr.token || ext == NULL || ext == base)
		ext = base + strlen(base);
	if ((r = kept_refused(nr.token ? ext : base, strlen(nr.token ? ext :
	    base), &nr, how, &refused)) != 0 || refused)
		return r;
	if (!nr.token && (r = kept_across(p, src_rel, base, &nr, how,
	    &refused)) != 0)
		return r;
	if (refused)
		return 0;
	if (!nr.token) {
		r = buf_append_str(out, base);
	} else {
		r = ops_token(nr.prf, NORM_TEXT, nr.prefix, base,
		    (size_t)(ext - base), s, out);
		if (r == -EILSEQ) {
			how->refusal = TREE_REFUSED_NOT_UTF8;
			return 0;
		}
		if (r == 0 && out->len == 0) {
			how->refusal = TREE_REFUSED_EMPTY;
			return 0;
		}
		if (r == 0)
			r = buf_append_str(out, ext);
	}
	if (r != 0 || (r = buf_putc(out, '\0')) != 0)
		return r;
	if (out->len - 1 > NAME_MAX) {
		how->refusal = TREE_REFUSED_TOO_LONG;
		return 0;
	}
	how->shown = 1;
	return 0;
}

/* ---- one directory's shown entries ---- */

struct entry {
	char			*src_name;
	char			*view_name;
	struct stat		 st;
	const struct policy_file *rule;		/* files only */
};

struct entries {
	struct entry	*e;
	size_t		 n, cap;
};

/* Where refusals go while collecting (tree_list); NULL for lookups. */
struct report {
	const struct tree	*t;
	void			*arg;
	const char		*view_dir;
};

static void
entries_free(struct entries *es)
{
	for (size_t i = 0; i < es->n; i++) {
		free(es->e[i].src_name);
		free(es->e[i].view_name);
	}
	free(es->e);
	memset(es, 0, sizeof(*es));
}

static void
report_refused(const struct report *rep, const char *src_name, int is_dir,
    const char *view_name, const struct tree_naming *how)
{
	struct tree_refused_entry e = { rep->view_dir, view_name, src_name,
	    is_dir, how };

	if (rep->t->refused != NULL)
		rep->t->refused(rep->arg, &e);
}

static int
add_entry(struct entries *es, const char *src_name, const char *view_name,
    const struct stat *st, const struct policy_file *rule)
{
	struct entry *e;

	if (es->n == es->cap) {
		size_t cap = es->cap ? es->cap * 2 : 32;
		if ((e = realloc(es->e, cap * sizeof(*e))) == NULL)
			return -ENOMEM;
		es->e = e;
		es->cap = cap;
	}
	e = &es->e[es->n];
	e->st = *st;
	e->rule = rule;
	if ((e->src_name = strdup(src_name)) == NULL)
		return -ENOMEM;
	if ((e->view_name = strdup(view_name)) == NULL) {
		free(e->src_name);
		return -ENOMEM;
	}
	es->n++;
	return 0;
}

static int
cmp_view(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->view_name,
	    ((const struct entry *)b)->view_name);
}

/* Two entries with one view name (export_DUPONT_Jean.csv and
 * export_dupont_jean.csv give one token): neither is shown, since either
 * would shadow the other in the mount and overwrite it in an export. */
static void
drop_collisions(struct entries *es, const struct report *rep)
{
	size_t i = 0, kept = 0;

	if (es->n == 0)
		return;		/* es->e may be NULL: not for qsort */
	qsort(es->e, es->n, sizeof(*es->e), cmp_view);
	while (i < es->n) {
		size_t j = i + 1;

		while (j < es->n && strcmp(es->e[j].view_name,
		    es->e[i].view_name) == 0)
			j++;
		if (j - i == 1) {
			es->e[kept++] = es->e[i++];
			continue;
		}
		for (; i < j; i++) {
			struct tree_naming how = { 0, TREE_REFUSED_COLLISION,
			    NAMES_CLEAN, es->e[i].rule ? es->e[i].rule->name :
			    NULL };
			if (rep != NULL)
				report_refused(rep, es->e[i].src_name,
				    es->e[i].rule == NULL, es->e[i].view_name,
				    &how);
			free(es->e[i].src_name);
			free(es->e[i].view_name);
		}
	}
	es->n = kept;
}

/* The name rules see (tree.h). */
const char *
tree_plain_name(const char *name, char *buf, size_t len)
{
	size_t n = strlen(name);

	if (n <= 3 || strcmp(name + n - 3, ".gz") != 0 || n - 3 >= len)
		return name;
	snprintf(buf, len, "%.*s", (int)(n - 3), name);
	return buf;
}

/*
 * The rule of a regular file, with `rel` cut to the path rules see: a gzip
 * source X.csv.gz is matched and named as X.csv (docs/gzip.md), unless an
 * entry X.csv is there too, which then is the only one shown.  NULL if no
 * rule matches.
 */
static const struct policy_file *
match_file(const struct tree *t, int dir_fd, const char *d_name, char *rel,
    const struct stat *dst)
{
	const struct policy_file *rule;
	size_t dn = strlen(d_name), n = strlen(rel);
	char plain[NAME_MAX + 1];
	struct stat st;

	if (dn > 3 && strcmp(d_name + dn - 3, ".gz") == 0) {
		snprintf(plain, sizeof(plain), "%.*s", (int)(dn - 3), d_name);
		if (fstatat(dir_fd, plain, &st, AT_SYMLINK_NOFOLLOW) == 0)
			return NULL;
		rel[n - 3] = '\0';
	}
	/* The key, the daemon's audit file, log and their rotated copies,
	 * the index cache's files, a copy of any: never data (mount48).
	 * Asked of the files a rule shows only: it may read their first
	 * bytes. */
	if ((rule = policy_match_file(t->engine->policy, rel)) == NULL ||
	    engine_own_file(t->engine, dir_fd, d_name, dst) != ENGINE_OWN_NONE)
		return NULL;
	return rule;
}

/* One directory entry: added if a rule shows it under a name. */
static int
consider(const struct tree *t, int dir_fd, const char *src_rel,
    const char *name, struct ops_scratch *s, struct buf *view,
    struct entries *es, const struct report *rep)
{
	const struct policy_file *rule = NULL;
	struct tree_naming how;
	char rel[PATH_MAX];
	struct stat st;
	int r;

	if (name[0] == '.' || join(rel, src_rel, name) != 0 ||
	    fstatat(dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == -1)
		return 0;
	if (S_ISREG(st.st_mode)) {
		if ((rule = match_file(t, dir_fd, name, rel, &st)) == NULL)
			return 0;
	} else if (!S_ISDIR(st.st_mode)) {
		return 0;	/* symbolic links, devices, sockets: never */
	} else if (engine_own_file(t->engine, dir_fd, name, &st) !=
	    ENGINE_OWN_NONE) {
		return 0;	/* -o cache=, beneath the source */
	}
	if ((r = tree_view_name(t->engine->policy, rel, rule, s, view,
	    &how)) != 0)
		return r;
	if (!how.shown) {
		if (how.refusal != TREE_REFUSED_NONE && rep != NULL)
			report_refused(rep, name, rule == NULL, NULL, &how);
		return 0;
	}
	return add_entry(es, name, view->data, &st, rule);
}

/* The entries of a directory that have a view name, sorted by it, with
 * collisions removed.  Directories are candidates whether or not they lead
 * to a shown file: a listing and a lookup must agree on collisions without
 * walking every subdirectory. */
static int
collect(const struct tree *t, int dir_fd, const char *src_rel,
    const struct report *rep, struct entries *es)
{
	struct ops_scratch scratch = { 0 };
	struct buf view = BUF_INIT;
	struct dirent *de;
	DIR *d;
	int r = 0;

	memset(es, 0, sizeof(*es));
	if ((d = tree_opendir(dir_fd)) == NULL)
		return -errno;
	while (r == 0 && (de = readdir(d)) != NULL)
		r = consider(t, dir_fd, src_rel, de->d_name, &scratch, &view, es,
		    rep);
	closedir(d);
	buf_free(&view);
	ops_scratch_free(&scratch);
	if (r != 0) {
		entries_free(es);
		return r;
	}
	drop_collisions(es, rep);
	return 0;
}

/* How many directories deep an entry is: "a" 1, "a/b" 2. */
static int
rel_depth(const char *rel)
{
	int n = 1;

	for (; *rel; rel++)
		n += *rel == '/';
	return n;
}

unsigned long
tree_count_too_deep(const struct tree *t, int dir_fd, const char *src_rel)
{
	unsigned long n = 0;
	struct dirent *de;
	char *rel;
	DIR *d;

	if ((rel = malloc(PATH_MAX)) == NULL)
		return 0;
	if ((d = tree_opendir(dir_fd)) == NULL) {
		free(rel);
		return 0;
	}
	while ((de = readdir(d)) != NULL) {
		struct stat st;

		if (de->d_name[0] == '.' || join(rel, src_rel, de->d_name) != 0 ||
		    fstatat(dir_fd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (S_ISREG(st.st_mode)) {
			/* A file's directory is one level above it. */
			n += rel_depth(rel) - 1 > TREE_MAX_DEPTH &&
			    match_file(t, dir_fd, de->d_name, rel, &st) != NULL;
		} else if (S_ISDIR(st.st_mode)) {
			int sub = openat(dir_fd, de->d_name, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
			if (sub != -1) {
				n += tree_count_too_deep(t, sub, rel);
				close(sub);
			}
		}
	}
	closedir(d);
	free(rel);
	return n;
}

/* Does a directory lead to a file the view shows?  `depth` is its own,
 * from the root: a directory deeper than TREE_MAX_DEPTH is never shown,
 * whichever way it is reached (listing, lookup, export, check).  1, 0,
 * or -ENOMEM: a directory that cannot be read is not shown, but one whose
 * listing was refused memory (-o memory full: collect's buffers are
 * charged to it) is not known to be empty.  Taken for "not shown", the
 * lookup of a shown directory answered ENOENT, which the kernel keeps as
 * a negative entry, with no audit record, and found it no more once
 * memory was back (test_inode_budget.sh, hostile31b). */
static int
dir_visible(const struct tree *t, int dir_fd, const char *src_rel, int depth)
{
	struct entries es;
	char rel[PATH_MAX];
	int found = 0, r;

	if (depth > TREE_MAX_DEPTH)
		return 0;
	if ((r = collect(t, dir_fd, src_rel, NULL, &es)) != 0)
		return r == -ENOMEM ? r : 0;
	for (size_t i = 0; found == 0 && i < es.n; i++) {
		int sub;

		if (es.e[i].rule != NULL) {
			found = 1;
			break;
		}
		if (join(rel, src_rel, es.e[i].src_name) != 0)
			continue;
		sub = openat(dir_fd, es.e[i].src_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC);
		if (sub != -1) {
			found = dir_visible(t, sub, rel, depth + 1);
			close(sub);
		} else if (t->unreadable != NULL) {
			found = 1;	/* unknown: walked, then reported */
		}
	}
	entries_free(&es);
	return found;
}

int
tree_list(const struct tree *t, int dir_fd, const char *src_rel,
    const char *view_rel, tree_fill fill, void *arg)
{
	struct report rep = { t, arg, view_rel };
	char rel[PATH_MAX], vrel[PATH_MAX];
	struct entries es;
	int r = 0;

	if ((r = collect(t, dir_fd, src_rel, &rep, &es)) != 0)
		return r;
	for (size_t i = 0; r == 0 && i < es.n; i++) {
		const struct entry *e = &es.e[i];
		int sub, shown;

		if (e->rule != NULL) {
			r = fill(arg, e->view_name, &e->st, e->rule, e->src_name);
			continue;
		}
		if (join(rel, src_rel, e->src_name) != 0 ||
		    join(vrel, view_rel, e->view_name) != 0)
			continue;
		sub = openat(dir_fd, e->src_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC);
		if (sub == -1) {
			if (t->unreadable != NULL)
				t->unreadable(arg, vrel, e->src_name, errno);
			continue;
		}
		shown = dir_visible(t, sub, rel, rel_depth(rel));
		close(sub);
		if (shown < 0)
			r = shown;	/* not a listing short of a name */
		else if (shown)
			r = fill(arg, e->view_name, &e->st, NULL, e->src_name);
	}
	entries_free(&es);
	return r > 0 ? 0 : r;
}

/* ---- walking the whole view ---- */

/* TREE_MAX_DEPTH in a static message. */
#define STR(x)	STR_(x)
#define STR_(x)	#x

struct walker {
	struct tree	 t;		/* the caller's, with our callbacks */
	tree_walk_fn	 fn;
	void		*arg;
	int		 stop;		/* the error that ends the walk */
};

/* One directory being walked. */
struct walk_dir {
	struct walker	*w;
	int		 dir_fd;
	const char	*src_rel, *view_rel;
	int		 depth;
	char		**seen;		/* source names listed or refused */
	size_t		 nseen, cap;
};

static int walk_dir(struct walker *, int, const char *, const char *, int);

static int
emit(struct walker *w, const struct tree_walk_entry *e)
{
	int r;

	if (w->stop)
		return w->stop;
	if ((r = w->fn(w->arg, e)) < 0)
		w->stop = r;
	return r < 0 ? r : 0;
}

static int
walk_failed(struct walk_dir *d, const char *view_rel, const char *src_rel,
    const char *what, int code)
{
	struct pfs_error pe = { .code = code, .file = *view_rel ? view_rel :
	    ".", .what = what, .with_errno = 1 };
	struct tree_walk_entry e = { .what = TREE_WALK_FAILED,
	    .view_rel = view_rel, .src_rel = src_rel, .dir_fd = d->dir_fd,
	    .depth = d->depth, .error = &pe };

	return emit(d->w, &e);
}

static int
seen_add(struct walk_dir *d, const char *src_name)
{
	char **grown;

	if (d->nseen == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 32;
		if ((grown = realloc(d->seen, cap * sizeof(*grown))) == NULL)
			return d->w->stop = -ENOMEM;
		d->seen = grown;
		d->cap = cap;
	}
	if ((d->seen[d->nseen] = strdup(src_name)) == NULL)
		return d->w->stop = -ENOMEM;
	d->nseen++;
	return 0;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
walk_fill(void *arg, const char *name, const struct stat *st,
    const struct policy_file *rule, const char *src_name)
{
	struct walk_dir *d = arg;
	struct tree_walk_entry e = { .what = TREE_WALK_FILE, .view_name = name,
	    .src_name = src_name, .dir_fd = d->dir_fd, .depth = d->depth,
	    .st = st, .rule = rule };
	char view_rel[PATH_MAX], src_rel[PATH_MAX];
	int sub, r;

	if ((r = seen_add(d, src_name)) != 0)
		return r;
	if (join(view_rel, d->view_rel, name) != 0 ||
	    join(src_rel, d->src_rel, src_name) != 0)
		return walk_failed(d, d->view_rel, d->src_rel, NULL,
		    ENAMETOOLONG);
	e.view_rel = view_rel;
	e.src_rel = src_rel;
	if (rule != NULL)
		return emit(d->w, &e);
	sub = openat(d->dir_fd, src_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (sub == -1)
		return walk_failed(d, view_rel, src_rel, "cannot open directory",
		    errno);
	e.what = TREE_WALK_DIR;
	e.dir_fd = sub;
	e.depth = d->depth + 1;
	if ((r = emit(d->w, &e)) == 0)
		r = walk_dir(d->w, sub, src_rel, view_rel, d->depth + 1);
	close(sub);
	return r;
}

static void
walk_refused(void *arg, const struct tree_refused_entry *re)
{
	struct walk_dir *d = arg;
	struct tree_walk_entry e = { .what = TREE_WALK_REFUSED,
	    .view_rel = re->view_dir, .src_rel = d->src_rel,
	    .src_name = re->src_name, .dir_fd = d->dir_fd, .depth = d->depth,
	    .refused = re };

	/* Said as refused: not counted again among the skipped. */
	if (seen_add(d, re->src_name) == 0)
		emit(d->w, &e);
}

static void
walk_unreadable(void *arg, const char *view_rel, const char *src_name,
    int error)
{
	/* Said as failed: not counted again among the skipped (check and
	 * the exporter counted it twice, also as a directory with no shown
	 * file). */
	if (seen_add(arg, src_name) == 0)
		walk_failed(arg, view_rel, NULL, "cannot open directory",
		    error);
}

/* The entries the directory holds that were neither listed nor refused. */
static int
walk_skipped(struct walk_dir *d)
{
	struct tree_walk_entry e = { .what = TREE_WALK_SKIPPED,
	    .view_rel = d->view_rel, .src_rel = d->src_rel,
	    .dir_fd = d->dir_fd, .depth = d->depth };
	struct dirent *de;
	struct stat st;
	DIR *dir;
	int r = 0;

	if (d->nseen > 0)
		qsort(d->seen, d->nseen, sizeof(*d->seen), cmp_str);
	if ((dir = tree_opendir(d->dir_fd)) == NULL)
		return -errno;
	while (r == 0 && (de = util_readdir(dir)) != NULL) {
		const char *name = de->d_name;

		if (d->nseen > 0 && bsearch(&name, d->seen, d->nseen,
		    sizeof(*d->seen), cmp_str) != NULL)
			continue;
		e.src_name = name;
		e.st = fstatat(d->dir_fd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ?
		    &st : NULL;
		r = emit(d->w, &e);
	}
	closedir(dir);
	return r;
}

static int
walk_dir(struct walker *w, int dir_fd, const char *src_rel,
    const char *view_rel, int depth)
{
	struct walk_dir d = { w, dir_fd, src_rel, view_rel, depth, NULL, 0, 0 };
	struct tree_walk_entry e = { .what = TREE_WALK_DIR_END,
	    .view_rel = view_rel, .src_rel = src_rel, .dir_fd = dir_fd,
	    .depth = depth };
	int r;

	if (depth > TREE_MAX_DEPTH)
		return walk_failed(&d, view_rel, src_rel, "deeper than "
		    STR(TREE_MAX_DEPTH) " directories: not shown", ELOOP);
	r = tree_list(&w->t, dir_fd, src_rel, view_rel, walk_fill, &d);
	if (r == 0 && !w->stop)
		r = walk_skipped(&d);
	if (w->stop || r == -ENOMEM)
		r = w->stop ? w->stop : r;
	else if (r < 0)
		r = walk_failed(&d, view_rel, src_rel, "cannot list directory",
		    -r);
	else
		r = emit(w, &e);
	for (size_t i = 0; i < d.nseen; i++)
		free(d.seen[i]);
	free(d.seen);
	return r;
}

int
tree_walk(const struct tree *t, int flags, tree_walk_fn fn, void *arg)
{
	struct walker w = { *t, fn, arg, 0 };
	struct tree_walk_entry e = { .what = TREE_WALK_DIR, .view_rel = "",
	    .view_name = "", .src_rel = "", .src_name = "",
	    .dir_fd = t->root_fd };
	int r;

	w.t.refused = walk_refused;
	w.t.unreadable = flags & TREE_WALK_UNREADABLE ? walk_unreadable : NULL;
	/* The exporter, check, drift and reveal walk from here: the files
	 * they show may read the identity source beneath this root. */
	if ((r = engine_attach_source(t->engine, t->root_fd)) != 0 ||
	    (r = emit(&w, &e)) != 0)
		return r;
	return walk_dir(&w, t->root_fd, "", "", 0);
}

int
tree_walk_open(const struct tree_walk_entry *e)
{
	int fd = openat(e->dir_fd, e->src_name, O_RDONLY | O_NOFOLLOW |
	    O_NONBLOCK | O_CLOEXEC);

	return fd == -1 ? -errno : fd;
}

void
tree_count_unshown(int dir_fd, int depth, unsigned long *files,
    unsigned long *other)
{
	struct dirent *de;
	DIR *d;

	if ((d = tree_opendir(dir_fd)) == NULL)
		return;
	while ((de = util_readdir(d)) != NULL) {
		struct stat st;
		int sub;

		if (de->d_name[0] == '.' || fstatat(dir_fd, de->d_name, &st,
		    AT_SYMLINK_NOFOLLOW) == -1)
			(*other)++;
		else if (S_ISREG(st.st_mode))
			(*files)++;
		else if (!S_ISDIR(st.st_mode) || depth >= TREE_MAX_DEPTH ||
		    (sub = openat(dir_fd, de->d_name, O_RDONLY | O_DIRECTORY |
		    O_NOFOLLOW | O_CLOEXEC)) == -1)
			(*other)++;
		else {
			tree_count_unshown(sub, depth + 1, files, other);
			close(sub);
		}
	}
	closedir(d);
}

/* ---- lookups ---- */

static int
cmp_want(const void *key, const void *elem)
{
	return strcmp(key, ((const struct entry *)elem)->view_name);
}

struct found {
	char			 src_name[NAME_MAX + 1];
	const struct policy_file *rule;
	int			 is_dir;
};

/* The name cache's rule for a directory (its entries hold file rules). */
static const char dir_mark;

/* A cached entry still names what the directory lists under its view name
 * (the table is checked by the directory's times; this checks the entry:
 * the same name gives the same view name and verdict). */
static int
still_listed(const struct tree *t, int dir_fd, const char *src_rel,
    const char *src_name, const void *rule)
{
	char rel[PATH_MAX];
	struct stat st;

	if (join(rel, src_rel, src_name) != 0 ||
	    fstatat(dir_fd, src_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
		return 0;
	if (rule == &dir_mark)
		return S_ISDIR(st.st_mode);
	return S_ISREG(st.st_mode) &&
	    (const void *)match_file(t, dir_fd, src_name, rel, &st) == rule;
}

/* The directory's entries, collected, looked up, and (for the mount) kept
 * as the directory's table in the name cache: a lookup in a directory of
 * N renamed files is then one hash probe, not N keyed hashes. */
static int
find_collected(const struct tree *t, int dir_fd, const char *src_rel,
    const char *want, struct namecache_dir *table, struct found *f)
{
	const struct entry *e;
	struct entries es;
	int r, found = 0;

	if ((r = collect(t, dir_fd, src_rel, NULL, &es)) != 0)
		return r;
	for (size_t i = 0; table != NULL && i < es.n && r == 0; i++)
		r = namecache_dir_add(table, es.e[i].view_name, es.e[i].src_name,
		    es.e[i].rule ? (const void *)es.e[i].rule : &dir_mark);
	e = es.n == 0 ? NULL : bsearch(want, es.e, es.n, sizeof(*es.e),
	    cmp_want);
	if (r == 0 && e != NULL && strlen(e->src_name) < sizeof(f->src_name)) {
		snprintf(f->src_name, sizeof(f->src_name), "%s", e->src_name);
		f->rule = e->rule;
		f->is_dir = e->rule == NULL;
		found = 1;
	}
	entries_free(&es);
	return r != 0 ? r : found;
}

/* The source entry shown as `want`: 1 found, 0 not listed, or -errno. */
static int
find_listed(const struct tree *t, int dir_fd, const char *src_rel,
    const char *want, struct found *f)
{
	struct namecache_dir *table = NULL;
	const void *rule = NULL;
	struct stat dst;
	int r;

	if (t->names == NULL)
		return find_collected(t, dir_fd, src_rel, want, NULL, f);
	if (fstat(dir_fd, &dst) == -1)
		return -errno;
	r = namecache_find(t->names, &dst, want, f->src_name, &rule);
	if (r == 0)
		return 0;
	if (r == 1 && still_listed(t, dir_fd, src_rel, f->src_name, rule)) {
		f->is_dir = rule == &dir_mark;
		f->rule = f->is_dir ? NULL : rule;
		return 1;
	}
	/* Times taken before the scan: a change during it shows next time. */
	if ((r = namecache_dir_new(&dst, &table)) != 0)
		return r;
	r = find_collected(t, dir_fd, src_rel, want, table, f);
	if (r < 0)
		namecache_dir_free(table);
	else
		namecache_install(t->names, table);
	return r;
}

/*
 * The source entry shown as `want` in a directory, found through the same
 * list the directory shows (collect): hidden, unmatched, refused, colliding
 * and linked entries cannot be reached by guessing their names, and a
 * renamed entry is found by its view name only.  A directory must also
 * lead to a shown file.  1 and `f` filled if found, 0 if not, or -errno;
 * *listed: `want` is a view name the directory lists (a name the view
 * may write in the audit file), also when what follows fails.
 */
static int
find_entry(const struct tree *t, int dir_fd, const char *src_rel,
    const char *want, struct found *f, int *listed)
{
	char rel[PATH_MAX];
	int found, sub;

	*listed = 0;
	if ((found = find_listed(t, dir_fd, src_rel, want, f)) <= 0)
		return found;
	*listed = 1;
	if (!f->is_dir)
		return found;
	sub = openat(dir_fd, f->src_name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC);
	if (sub == -1)
		return 0;
	found = join(rel, src_rel, f->src_name) == 0 ?
	    dir_visible(t, sub, rel, rel_depth(rel)) : 0;
	close(sub);
	return found;
}

int
tree_lookup(const struct tree *t, const char *view_path, struct tree_node *out)
{
	char comp[NAME_MAX + 1];
	const char *p = view_path, *slash;
	int fd, r;

	memset(out, 0, sizeof(*out));
	out->fd = -1;
	/* Its own file description, like tree_opendir: the caller may list
	 * it (fs_readdir) while other threads do the same. */
	if ((fd = openat(t->root_fd, ".", O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return -errno;
	while (*p == '/')
		p++;
	while (*p) {
		struct found f = { 0 };
		size_t n;
		int next, listed;

		slash = strchr(p, '/');
		n = slash ? (size_t)(slash - p) : strlen(p);
		if (n > NAME_MAX) {
			r = -ENAMETOOLONG;
			goto fail;
		}
		memcpy(comp, p, n);
		comp[n] = '\0';
		if ((r = find_entry(t, fd, out->src_rel, comp, &f,
		    &listed)) < 0) {
			/* A listed name refused memory: shown, so that the
			 * refusal is audited by its view path (fs_lookup). */
			out->shown = listed && (slash == NULL ||
			    slash[strspn(slash, "/")] == '\0');
			goto fail;
		}
		if (r == 0) {
			r = -ENOENT;
			goto fail;
		}
		out->shown = slash == NULL || slash[strspn(slash, "/")] == '\0';
		if ((r = append(out->src_rel, f.src_name)) != 0 ||
		    (r = append(out->view_rel, comp)) != 0)
			goto fail;
		if (f.is_dir) {
			next = openat(fd, f.src_name, O_RDONLY | O_DIRECTORY |
			    O_NOFOLLOW | O_CLOEXEC);
		} else {
			if (slash != NULL) {
				r = -ENOTDIR;
				goto fail;
			}
			next = openat(fd, f.src_name, O_RDONLY | O_NOFOLLOW |
			    O_NONBLOCK | O_CLOEXEC);
			out->rule = f.rule;
		}
		if (next == -1) {
			r = -errno;
			goto fail;
		}
		close(fd);
		fd = next;
		p += n;
		while (*p == '/')
			p++;
	}
	if (fstat(fd, &out->st) == -1) {
		r = -errno;
		goto fail;
	}
	out->is_dir = S_ISDIR(out->st.st_mode);
	/* Replaced by something else between listing and opening. */
	if (!out->is_dir && !S_ISREG(out->st.st_mode)) {
		r = -ENOENT;
		goto fail;
	}
	out->fd = fd;
	return 0;
 fail:
	close(fd);
	return r;
}
