/* The sensitive lexicon as written in conf/sensitive/, generated into
 * build/sensitive_lists.c by gen/embed_sensitive.sh; src/sensitive.c
 * folds it into its lookup tables. */
#ifndef PSEUDONYMFS_SENSITIVE_LISTS_H
#define PSEUDONYMFS_SENSITIVE_LISTS_H

#include <stdint.h>

/* The line kinds of the data files. */
enum sensitive_raw_kind {
	SENSITIVE_RAW_TERM, SENSITIVE_RAW_ABBREV, SENSITIVE_RAW_ANALYSIS,
	SENSITIVE_RAW_CODE, SENSITIVE_RAW_WARD, SENSITIVE_RAW_DRUG,
	SENSITIVE_RAW_ATC, SENSITIVE_RAW_KEEP,
};

struct sensitive_raw {
	uint32_t		 group;	/* ICD10_* bit; 0 for drugs.txt */
	enum sensitive_raw_kind	 kind;
	const char		*text;	/* as written in the file */
	const char		*atc;	/* drugs.txt: the drug's ATC code */
};

extern const struct sensitive_raw	sensitive_raw[];
extern const unsigned			sensitive_raw_count;

#endif
