/*
 * INTERNAL to the engine's operator code: the fields of a column rule
 * (struct policy_column) and of a row of the operator table (struct
 * op_def).  Only the modules that build or apply a rule's parameters read
 * them: src/policy.c (the parser and the table), src/ops.c and src/scrub.c
 * (the cell functions), src/view.c (the plan: linked rules, the sex
 * column), and the white-box unit tests of those modules (tests/unit/
 * test_policy.c, test_optable.c, test_lexops.c, test_scrub.c, by this
 * path), which check what the parser made of each option.
 * Everything else -- the programs, src/fs.c, check, drift, risk, joinrisk,
 * identity -- sees `struct policy_column` as opaque and uses the
 * policy_column_* accessors of include/policy.h.  Not in include/ on
 * purpose: a field added here is nobody else's business.
 */
#ifndef PSEUDONYMFS_POLICY_COLUMN_H
#define PSEUDONYMFS_POLICY_COLUMN_H

#include <stddef.h>
#include <stdint.h>

#include "datefmt.h"
#include "detect.h"
#include "fake.h"
#include "icd10.h"
#include "keys.h"
#include "norm.h"
#include "ops.h"
#include "policy.h"
#include "risk.h"
#include "scrub.h"

struct op_option;	/* src/policy.c */
struct op_build;	/* src/policy.c: the [column] section being read */

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
	ops_apply_fn		*apply;
	unsigned		 flags;		/* OP_F_* */
};

struct policy_column {
	char			*name;
	int			 line;
	enum op_kind		 op;
	const struct op_def	*def;		/* the row of `op` */
	unsigned		 flags;		/* OP_F_*, as the options make them */
	char			**headers;	/* normalized spellings (norm_header
						 * keys: skeletons, not text) */
	char			**spelled;	/* the same as the policy writes
						 * them, for messages */
	char			**lost;		/* per header, its key with its
						 * letters beyond ASCII lost
						 * (norm_header_lost), or NULL */
	size_t			 nheaders;
	char			**files;	/* file rule names; none = all */
	size_t			 nfiles;
	/* What the column holds, for scrub's row context (any op). */
	enum detect_ident	 identifies;
	enum risk_quasi		 quasi;		/* for pseudonymize check */
	int			 repeated;	/* its header twice in a file
						 * is no drift (repeated = yes) */
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
			enum ops_birth_mode	 birth_mode;
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
			/* date_shift_unit = week: a weekday before a
			 * moved date stays as written (it is true) */
			int		 scrub_weeks;
		};
	};
};

#endif
