/* The policy: which files are shown, under which name, and what happens to
 * each column.  Parsed from an INI file (inih) into an immutable plan that
 * every thread of the mount shares without locks.  docs/policy.md is the
 * reference for the language. */
#ifndef PSEUDONYMFS_POLICY_H
#define PSEUDONYMFS_POLICY_H

#include <stddef.h>
#include <stdint.h>

#include "datefmt.h"
#include "detect.h"
#include "fake.h"
#include "icd10.h"
#include "keys.h"
#include "norm.h"
#include "pfs_error.h"
#include "scrub.h"
#include "view.h"

#define POLICY_HASH_HEX 65

enum op_kind {
	OP_KEEP, OP_DROP, OP_REDACT, OP_TOKEN, OP_FAKE, OP_NIR, OP_DATE,
	OP_BIRTHDATE, OP_POSTCODE, OP_ICD10, OP_ICD10_LABEL, OP_MASK, OP_SCRUB,
	OP_ANALYSIS, OP_DRUG, OP_WARD,
};

/* op = birthdate: the year, or an age band at a reference date. */
enum birth_mode	{ BIRTH_MODE_YEAR, BIRTH_MODE_BAND };
/* What happens to a column that no rule names. */
enum unnamed_columns { UNNAMED_DROP, UNNAMED_KEEP, UNNAMED_FAIL };
/* A quasi-identifier's view values in a risk report (docs/check.md):
 * shown as they are, or as a keyed digest. */
enum quasi_kind { QUASI_NO, QUASI_YES, QUASI_SHOW };

#define POLICY_K_THRESHOLD_DEFAULT 11	/* the US CMS small-cell rule */

/*
 * What an operator is (docs/design.md, "operators"): one row of the table in
 * src/policy.c per operator -- its name, the options it takes with their
 * parsers, what it checks once they are read, its cell function (src/ops.c)
 * and flags.  Adding an operator is one row plus its functions.  A column's
 * `flags` start as its operator's and are refined by its options (a date
 * column that shifts needs the patient; one that truncates does not).
 */
enum op_flag {
	OP_F_BLANK	= 1 << 0,	/* applied to blank cells too */
	OP_F_MEMOIZABLE	= 1 << 1,	/* the view depends on the cell alone */
	OP_F_SHIFT	= 1 << 2,	/* reads the patient's date shift */
	OP_F_GENERALIZES = 1 << 3,	/* shows a coarser value (check) */
	OP_F_PSEUDONYM	= 1 << 4,	/* a keyed pseudonym, that scrub reuses */
	OP_F_HIDES	= 1 << 5,	/* can suppress a cell: the row pass */
	OP_F_LEXICON	= 1 << 6,	/* ... by the sensitive lexicon */
	OP_F_CONTEXT	= 1 << 7,	/* reads the row's identifying values */
};

struct buf;
struct ops_row;
struct pfs_reporter;
struct ops_scratch;
struct policy;
struct policy_column;
struct op_option;	/* src/policy.c */
struct op_build;	/* src/policy.c: the [column] section being read */

/* An operator's cell function: append the view of one cell to `out`
 * (ops_apply, ops.h). */
typedef int op_apply_fn(const struct policy_column *c,
    const struct ops_row *row, const char *v, size_t len,
    struct ops_scratch *s, struct buf *out);

struct op_def {
	const char		*name;
	/* Its options (besides headers, op, files, quasi, identifies), read
	 * in this order, so that one may depend on an earlier one. */
	const struct op_option	*options;
	/* The option it cannot do without and what it takes, for the error
	 * ("kind = (first_name, ...)"); NULL if none. */
	const char		*needs;
	/* Defaults and required options, before the options are read;
	 * checks between options, after; the other rules it names resolved
	 * once every rule is read; its parameters freed. */
	int			(*init)(struct op_build *, struct policy_column *);
	int			(*check)(struct op_build *, struct policy_column *);
	int			(*link)(struct op_build *, struct policy_column *);
	void			(*free)(struct policy_column *);
	op_apply_fn		*apply;
	unsigned		 flags;		/* OP_F_* */
};

struct policy_column {
	char			*name;
	int			 line;
	enum op_kind		 op;
	const struct op_def	*def;		/* the row of `op` */
	unsigned		 flags;		/* OP_F_*, as the options make them */
	char			**headers;	/* normalized spellings */
	size_t			 nheaders;
	char			**files;	/* file rule names; none = all */
	size_t			 nfiles;
	/* What the column holds, for scrub's row context (any op). */
	enum detect_ident	 identifies;
	enum quasi_kind		 quasi;		/* for pseudonymize check */
	struct keys_prf		 quasi_prf;	/* digests of its view values */

	/* The keyed operators' (token, fake, nir) key and normalization; the
	 * patient rule's normalization also gives the date shift. */
	enum norm_kind		 norm;
	char			*domain;	/* key label */
	struct keys_prf		 prf;
	char			*prefix;	/* token, nir (output = token) */
	/* What stands for a value the column does not show: redact's text;
	 * the placeholder of icd10, icd10_label, scrub, analysis, drug, ward. */
	char			*text;

	/* Each operator's own parameters: only its operator's are set. */
	union {
		struct {	/* fake */
			enum fake_kind	 fake;
			/* first_name/full_name: the row's sex column, as a
			 * rule (sex_rule) or a normalized header (sex_header). */
			char		*sex_ref;
			const struct policy_column *sex_rule;
			char		*sex_header;
		};
		struct {	/* nir */
			int		 nir_format;	/* output = nir */
			int		 keep_year;
		};
		struct {	/* date */
			enum date_mode	 date_mode;
		};
		struct {	/* birthdate */
			enum birth_mode	 birth_mode;
			int		 band, top;
			struct date_value reference;
		};
		/* icd10, analysis, drug, ward (docs/policy.md): the groups (and
		 * icd10's ranges) a cell is hidden for; the rules of the same
		 * row's cells that would reveal it (emptied with it), or the
		 * row dropped instead. */
		struct {
			uint32_t	 suppress_groups;
			struct icd10_suppress_range *suppress_ranges;
			size_t		 nsuppress_ranges;
			char		**linked_rules;
			size_t		 nlinked;
			const struct policy_column **linked;
			int		 drop_row;
			enum icd10_level icd10_level;	/* icd10 */
			/* analysis, drug, ward: what the lexicon of
			 * src/sensitive.c is searched for; a drug's ATC level
			 * (0: the name as written). */
			unsigned	 lex_kinds;
			int		 atc_level;
		};
		struct {	/* icd10_label: the code column */
			char		*code_rule;
			const struct policy_column *code;
		};
		struct {	/* mask */
			size_t		 mask_first, mask_last;
			char		 mask_char;
		};
		struct {	/* scrub */
			int		 scrub_placeholders;	/* replace = placeholder */
			enum scrub_dates scrub_dates;
			int		 scrub_digits;		/* 0: no digit runs */
			uint32_t	 scrub_groups;		/* diagnoses to hide */
			int		 scrub_recall;		/* mode = recall */
		};
	};
};

struct policy_file {
	char			*name;
	int			 line;
	char			**globs;
	size_t			 nglobs;
	int			 rename_token;
	char			*rename_prefix;
	struct keys_prf		 rename_prf;
	int			 suspect_show;	/* a kept name that looks like
						   an identifier is shown */
	int			 ragged_pad;
	enum unnamed_columns	 unnamed;
	char			**expect;	/* column rules the header must have */
	size_t			 nexpect;
	enum view_encoding	 encoding;	/* the project's unless given */
	int			 bom;		/* utf-8 only: write a BOM */
};

/* A [dir] rule: directories whose names it shows (rename = keep) or
 * renames (token; the key is the policy's dir_prf). */
struct policy_dir {
	char			*name;
	int			 line;
	char			**globs;
	size_t			 nglobs;
	int			 rename_token;
	char			*rename_prefix;
	int			 suspect_show;
};

struct policy {
	char			*project;
	char			*patient_rule;	/* column rule naming the patient */
	int			 patient_line;
	const struct policy_column *patient;
	/* identity = PATH: the patients' names, address and phone, from
	 * another file (src/identity.c); NULL if none. */
	char			*identity_path;
	int			 identity_line;
	const struct policy_file *identity_rule;
	struct keys_prf		 identity_patient_prf;	/* where a patient is */
	struct keys_prf		 identity_word_prf;	/* its words' key */
	int			 shift_days;
	struct keys_prf		 shift_prf;
	int			 k_threshold;	/* smallest acceptable group */
	struct keys_prf		 index_prf;	/* authenticates on-disk indexes */
	struct keys_prf		 source_prf;	/* provenance digests of sources */
	struct keys_prf		 inode_prf;	/* the mount's inode numbers */
	enum unnamed_columns	 unnamed;
	enum view_encoding	 encoding;	/* [file] rules inherit both */
	int			 bom;
	struct policy_column	*columns;
	size_t			 ncolumns;
	struct policy_file	*files;
	size_t			 nfiles;
	struct policy_dir	*dirs;
	size_t			 ndirs;
	int			 dirs_hide;	/* [project] dirs = hide: a
						   directory no [dir] rule names
						   is not shown; else a token */
	struct keys_prf		 dir_prf;	/* directory name tokens */
	char			 hash[POLICY_HASH_HEX];
};

/* Parse and check a policy file.  0 or -errno with one record reported
 * (pfs_error.h): the first error, its file (path, or name for a text),
 * its line (0 if about the whole policy; in_config) and what was
 * expected, the key and value it is about quoted from the policy:
 * "policy.ini:12: op = 'tokn': expected one of ...". */
int	policy_load(const char *path, struct policy **out,
	    const struct pfs_reporter *report) PFS_WUR;
int	policy_load_string(const char *text, const char *name,
	    struct policy **out, const struct pfs_reporter *report) PFS_WUR;

/* Derive the project subkey and every operator's key.  0 or -errno with
 * one record reported. */
int	policy_bind(struct policy *p, struct keys *k,
	    const struct pfs_reporter *report) PFS_WUR;

/* The first file rule whose glob matches the path relative to the source
 * root; NULL if none, or if any component of the path is hidden.  Globs
 * match one component at a time (pathglob.h). */
const struct policy_file *policy_match_file(const struct policy *p,
	    const char *relpath) PFS_WUR;

/* The same for a directory's path and the [dir] rules. */
const struct policy_dir *policy_match_dir(const struct policy *p,
	    const char *relpath) PFS_WUR;

/* The column rule for a normalized header in a file of this rule; NULL if
 * none. */
const struct policy_column *policy_match_column(const struct policy *p,
	    const struct policy_file *file, const char *norm_header) PFS_WUR;

/* The operator table: the row of an operator, NULL past the last one; its
 * name ("?" past the last one). */
const struct op_def *policy_op_def(enum op_kind op);
const char *policy_op_name(enum op_kind op);
/* The name of an operator's i-th option, NULL past the last one. */
const char *policy_op_option(const struct op_def *d, size_t i);

void	policy_free(struct policy *p);

#endif
