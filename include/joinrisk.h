/* Re-identification risk across files (docs/check.md, "Across files"):
 * tokens join the files that show the patient rule's column, so a
 * recipient sees, for each patient, every quasi-identifier value of every
 * such file at once.  A patient's profile is the set of (quasi-identifier
 * rule, view value) pairs over all of its records in all joined files;
 * patients are grouped by profile, and k is the smallest group, counted in
 * patients.  Memory grows with distinct patients and distinct
 * (patient, value) pairs, never with records, and is capped. */
#ifndef PSEUDONYMFS_JOINRISK_H
#define PSEUDONYMFS_JOINRISK_H

#include <stddef.h>
#include <sys/types.h>

#include "csvio.h"
#include "pfs_error.h"
#include "view.h"

/* Caps: past them the join is reported as not measured (its k would be 1
 * anyway).  At most 64 + 48 bytes per patient and 34 per pair (tables at
 * most half full): about 0.75 GB at both caps (docs/check.md). */
#define JOINRISK_MAX_PATIENTS	(1u << 22)
#define JOINRISK_MAX_PAIRS	(1u << 23)

struct joinrisk_summary {
	unsigned long	files;		/* files joined */
	unsigned long	records;	/* their records with a patient */
	unsigned long	patients;	/* distinct patient values */
	unsigned long	profiles;	/* distinct profiles */
	unsigned long	k;		/* smallest profile, in patients */
	unsigned long	below_patients;	/* patients in profiles < threshold */
	unsigned long	below_profiles;
};

struct joinrisk;
/* One joined file's plan: where the patient and the quasi-identifiers are
 * in its view records. */
struct joinrisk_file;

int	joinrisk_new(struct joinrisk **out) PFS_WUR;

/* The plan for a view planned with policy p: 0, or -ENOENT if the view
 * shows no column of the policy's patient rule (the file is not joined),
 * or -ENOMEM. */
struct policy;
int	joinrisk_file_new(struct joinrisk *j, const struct policy *p,
	    const struct view *v, struct joinrisk_file **out) PFS_WUR;
void	joinrisk_file_free(struct joinrisk_file *f);

/* Count one view record (what view_run hands a sink); a record whose
 * patient cell is empty joins nothing.  0, -E2BIG past a cap, -ENOMEM,
 * -EIO for bytes that are not a record of this view. */
int	joinrisk_record(struct joinrisk_file *f, const char *bytes, size_t len)
	    PFS_WUR;

void	joinrisk_summary(const struct joinrisk *j, unsigned long threshold,
	    struct joinrisk_summary *out);

/* Wipes the tables: they hold digests of view values. */
void	joinrisk_free(struct joinrisk *j);

#endif
