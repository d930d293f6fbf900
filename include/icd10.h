/* ICD-10 (WHO version, as used in France as CIM-10): parsing the written
 * forms of a code, the generalization ladder code -> category -> block ->
 * chapter, the 22 chapter titles in French, and sensitive categories. */
#ifndef PSEUDONYMFS_ICD10_H
#define PSEUDONYMFS_ICD10_H

#include <stddef.h>
#include <stdint.h>

#include "pfs_error.h"

/* A category is a letter and two digits: B20.  Stored as letter*100+number
 * so ranges compare as integers: 'B'*100+20. */
struct icd10_code {
	int	category;	/* ('A'..'Z') * 100 + 0..99 */
	char	text[8];	/* canonical "B20" or "B20.1", NUL-terminated */
};

struct icd10_range {
	int		 first, last;	/* inclusive, as in struct icd10_code */
	const char	*roman;		/* chapters only, "I".."XXII"; else NULL */
	const char	*title_fr;	/* French title, NULL if not shipped */
};

/* How far a code is generalized (op = icd10, level =). */
enum icd10_level {
	ICD10_LEVEL_CODE, ICD10_LEVEL_CATEGORY, ICD10_LEVEL_BLOCK,
	ICD10_LEVEL_CHAPTER,
};

/* A range of categories a policy suppresses (suppress = B20-B24). */
struct icd10_suppress_range {
	int	first, last;	/* categories, as in struct icd10_code */
};

/* Sensitive groups, as bits, for suppression. */
enum icd10_sensitive {
	ICD10_HIV		= 1 << 0,	/* B20-B24, Z21, R75 */
	ICD10_MENTAL		= 1 << 1,	/* F00-F99, X60-X84 */
	ICD10_PREGNANCY		= 1 << 2,	/* O00-O99 */
	ICD10_STI		= 1 << 3,	/* A50-A64 */
	ICD10_REPRODUCTIVE	= 1 << 4,	/* Z30-Z39 contraception, pregnancy supervision */
};
#define ICD10_SENSITIVE_DEFAULT \
	(ICD10_HIV | ICD10_MENTAL | ICD10_PREGNANCY | ICD10_STI | ICD10_REPRODUCTIVE)

/* Accepts "B20", "b20", "B20.1", "B201" (PMSI, no dot), ATIH extensions
 * "B2010", "B20+1", surrounding spaces.  0, or -EINVAL if it is not a code. */
int	icd10_parse(const char *s, size_t len, struct icd10_code *code) PFS_WUR;

/* A code column's cell as people type it, besides what icd10_parse takes:
 * a space, a dot or a hyphen after the letter ("F 32.1", "F-32.1"), a comma,
 * a hyphen or a space for the dot ("F32,1", "F32-1"), a trailing dot, the
 * dagger and asterisk of the dual classification ("A54.8+", "F32.1*",
 * "B20†"), the letter O for a zero and a zero for the letter O ("F1O.2",
 * "004.9"), a range ("B20-B24": the end of the suppressed groups if one
 * is, else the first).  0, or -EINVAL. */
int	icd10_parse_cell(const char *s, size_t len, struct icd10_code *code)
	    PFS_WUR;

/* The chapter or block holding a category; NULL if none (e.g. unused letter). */
const struct icd10_range *icd10_chapter(int category);
const struct icd10_range *icd10_block(int category);

/* "hiv", "mental", "pregnancy", "sti", "reproductive" -> bit; 0 or -EINVAL. */
int	icd10_sensitive_parse(const char *name, uint32_t *bit) PFS_WUR;
/* The name of one group's bit ("hiv"), NULL if it is not one group. */
const char *icd10_sensitive_name(uint32_t bit);
/* Bits of the groups holding a category of first..last: what a range in
 * `suppress =` hides in analysis, drug and ward columns (src/sensitive.c). */
uint32_t icd10_sensitive_overlap(int first, int last);
/* Bits of the sensitive groups that hold this category (0 if none). */
uint32_t icd10_sensitive_groups(int category);

/* One item of a policy's `suppress =` list, parsed the same way for every
 * operator that has one (icd10, scrub, analysis, drug, ward):
 * "none" (nothing), "default" (the five groups), a group name ("hiv"), a
 * category or code ("O04", a range of one), or a range of them ("B20-B24",
 * "b20.0 - B24.9").  groups gets the bits of the groups named; a code or
 * range sets is_range with its categories, and overlap, the bits of the
 * groups it overlaps (what a column that hides groups, not codes, hides
 * for it).  0, or -EINVAL for anything else (also a range whose end is
 * before its start). */
struct icd10_suppress_item {
	uint32_t	 groups;
	int		 is_range;
	int		 first, last;	/* categories, as in struct icd10_code */
	uint32_t	 overlap;
};
int	icd10_suppress_parse(const char *item, struct icd10_suppress_item *out)
	    PFS_WUR;

/* Write a range as "A00-B99" into out (at least 8 bytes). */
void	icd10_range_format(const struct icd10_range *r, char out[8]);

#endif
