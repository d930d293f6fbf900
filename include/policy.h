/* The policy: which files are shown, under which name, and what happens to
 * each column.  Parsed from an INI file (inih) into an immutable plan that
 * every thread of the mount shares without locks.  docs/policy.md is the
 * reference for the language. */
#ifndef PSEUDONYMFS_POLICY_H
#define PSEUDONYMFS_POLICY_H

#include <stddef.h>
#include <stdint.h>

#include "detect.h"
#include "keys.h"
#include "norm.h"
#include "pfs_error.h"
#include "risk.h"
#include "view.h"

#define POLICY_HASH_HEX 65

enum op_kind {
	OP_KEEP, OP_DROP, OP_REDACT, OP_TOKEN, OP_FAKE, OP_NIR, OP_DATE,
	OP_BIRTHDATE, OP_POSTCODE, OP_ICD10, OP_ICD10_LABEL, OP_MASK, OP_SCRUB,
	OP_ANALYSIS, OP_DRUG, OP_WARD,
};

#define POLICY_K_THRESHOLD_DEFAULT 11	/* the US CMS small-cell rule */

/*
 * What an operator is (docs/design.md, "operators"): one row of the table in
 * src/policy.c per operator (struct op_def, src/policy_column.h) -- its
 * name, the options it takes with their parsers, what it checks once they
 * are read, its cell function (src/ops.c) and flags.  Adding an operator is
 * one row plus its functions.  A column's flags (policy_column_flags) start
 * as its operator's and are refined by its options (a date column that
 * shifts needs the patient; one that truncates does not).
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

struct op_def;		/* src/policy_column.h */
struct pfs_reporter;
struct policy;
/* A column rule: opaque outside the operator modules (src/policy_column.h
 * holds its fields); the accessors below say what the rest needs. */
struct policy_column;

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
	enum view_unnamed	 unnamed;
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

/* How a patient's dates move (docs/policy.md, date_shift_unit): by a keyed
 * number of days, or of whole weeks, which keeps every weekday true. */
enum policy_shift_unit {
	POLICY_SHIFT_DAY,
	POLICY_SHIFT_WEEK,
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
	/* date_shift_unit = week: whole weeks, the weekday kept */
	enum policy_shift_unit	 shift_unit;
	struct keys_prf		 shift_prf;
	int			 k_threshold;	/* smallest acceptable group */
	struct keys_prf		 index_prf;	/* authenticates on-disk indexes */
	struct keys_prf		 source_prf;	/* provenance digests of sources */
	struct keys_prf		 inode_prf;	/* the mount's inode numbers */
	enum view_unnamed	 unnamed;
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

/* The next file rule after `after` (in policy order) whose glob also
 * matches relpath, or NULL: the rules a file's first match shadows
 * (first match wins; check and the drift report name them). */
const struct policy_file *policy_match_file_after(const struct policy *p,
	    const struct policy_file *after, const char *relpath) PFS_WUR;

/* The same for a directory's path and the [dir] rules. */
const struct policy_dir *policy_match_dir(const struct policy *p,
	    const char *relpath) PFS_WUR;

/* The column rule for a normalized header in a file of this rule; NULL if
 * none. */
const struct policy_column *policy_match_column(const struct policy *p,
	    const struct policy_file *file, const char *norm_header) PFS_WUR;

/* The column rule, in a file of this rule, one of whose headers has
 * letters beyond ASCII and reads lost_key once they are lost
 * (norm_header_lost: "Prénom" is "prnom"), or NULL.  A header no rule
 * names that reads so is that header after an encoding lost its letters
 * ("Pr?nom", "Pr\uFFFDnom", "Prnom"). */
const struct policy_column *policy_match_lost(const struct policy *p,
	    const struct policy_file *file, const char *lost_key) PFS_WUR;

/* A column rule seen from outside the operator modules: the rules in the
 * policy's order (i < ncolumns) and the place of one in it; its name
 * ([column NAME]), operator, flags (OP_F_*: its operator's, as its options
 * refine them), what it identifies for scrub's row context, how its values
 * are normalized before they are keyed (the patient's too), whether it is
 * a quasi-identifier, and the key of its values' digests in a risk report;
 * whether it applies in the files of a [file] rule (no files = option, or
 * one naming it). */
const struct policy_column *policy_column_at(const struct policy *p, size_t i);
size_t	policy_column_index(const struct policy *p,
	    const struct policy_column *c);
const char *policy_column_name(const struct policy_column *c);
enum op_kind policy_column_op(const struct policy_column *c);
const char *policy_column_op_name(const struct policy_column *c);
unsigned policy_column_flags(const struct policy_column *c);
enum detect_ident policy_column_identifies(const struct policy_column *c);
enum norm_kind policy_column_norm(const struct policy_column *c);
enum risk_quasi policy_column_quasi(const struct policy_column *c);
struct keys_prf policy_column_quasi_prf(const struct policy_column *c);
/* Does the column's view show some of a cell's text as written: the ops
 * of policy_column_copies_cells, and mask with first or last above 0 (the
 * first letters of a name).  Two columns of one file under such a rule
 * with the same header are a drift finding (hostile31: `Sexe;Sexe` over
 * `M;DUPONT Jean`). */
int	policy_column_shows_text(const struct policy_column *c);
/* repeated = yes: the rule's header twice in a file is on purpose, no
 * drift finding (a wide table's `Commentaire;Commentaire`). */
int	policy_column_repeated(const struct policy_column *c);

/* Does the view show some of this rule's cells as the source writes them?
 * keep; and analysis, ward, drug at level = name, which copy every cell
 * their lexicon does not hide (a "Posologie" under op = drug that names
 * the patient's phone comes out as written).  *groups: the sensitive
 * groups (ICD10_SENSITIVE_* bits) such a cell may not hold, the rule's
 * own suppress = for those three, the default groups for keep. */
int	policy_column_copies_cells(const struct policy_column *c,
	    uint32_t *groups);
int	policy_column_in_file(const struct policy_column *c,
	    const struct policy_file *file);
/* Does the view show a part of the true date, which a date moved by the
 * patient's shift beside it narrows: op = date with mode = month or year
 * (the true month, year), op = scrub with dates = month, year or keep?
 * The option that says so ("mode = month"), or NULL (hostile24). */
const char *policy_column_true_date(const struct policy_column *c);
/* Does any rule say quasi = (the risk report and enforce_k need one)? */
int	policy_has_quasi(const struct policy *p);

/* The operator table: the row of an operator, NULL past the last one; its
 * name ("?" past the last one). */
const struct op_def *policy_op_def(enum op_kind op);
const char *policy_op_name(enum op_kind op);
/* The name of an operator's i-th option, NULL past the last one. */
const char *policy_op_option(const struct op_def *d, size_t i);

void	policy_free(struct policy *p);

#endif
