/* Does a file or directory name look like it identifies someone?  A name
 * shown as it is (rename = keep, a [dir] rule that keeps names) is refused
 * when it does, unless its rule says suspect_names = show; `pseudonymize
 * check` reports both those and the weaker signs.  docs/policy.md. */
#ifndef PSEUDONYMFS_NAMES_H
#define PSEUDONYMFS_NAMES_H

#include <stddef.h>

#include "pfs_error.h"

/* Numbers of this many digits or more are an identifier (IPP, NIR, phone,
 * RPPS, a date written 20230115), whether written in one run or in groups
 * joined by one separator ("06.51.94.88.22", "21-06-1947", "4001 2308"). */
#define NAMES_ID_DIGITS		8
/* Shorter runs from this length are only worth a look (check warns). */
#define NAMES_WARN_DIGITS	5

enum names_sign {
	NAMES_CLEAN,
	NAMES_NIR,	/* a NIR in any written form, key checked */
	NAMES_CONTROL,	/* a control character (newline, escape, DEL) */
	NAMES_DIGITS,	/* a number of NAMES_ID_DIGITS or more digits */
	NAMES_EMAIL,	/* an email address */
	NAMES_LISTED,	/* a word that is a first or last name of the lists */
	NAMES_DATE,	/* a whole date: 21.06.47, 1-6-1947, 21 juin 1947 */
	NAMES_NOT_UTF8,	/* not UTF-8: its words cannot be read */
	NAMES_INVISIBLE,	/* a zero-width, soft hyphen, BOM, bidi control */
	NAMES_MIXED_SCRIPT,	/* letters of two scripts in a word: "DУPONT" */
	NAMES_SHORT_DIGITS,	/* a number of NAMES_WARN_DIGITS..7: a warning */
};

/* The strongest sign in name[0..len).  A name beyond ASCII is read as
 * NFKC without its invisible characters, any decimal digit as an ASCII
 * one and any other non-letter as a space; one that is not UTF-8, or
 * holds an invisible character or a word of two scripts, is refused.
 * Words are split at anything that is not a letter and at a
 * lower-to-upper case change ("DupontJean"), folded like text (case,
 * accents), and looked up among the first and last names of conf/lists and
 * conf/detect.  0, or -ENOMEM. */
int	names_sign(const char *name, size_t len, enum names_sign *sign) PFS_WUR;

/* Does text (UTF-8) hold a person's name as a column of people writes
 * one: a first name of the lists beside a surname of the lists, either
 * order, any case ("DUPONT Jean", "jean dupont", "Marie MARTIN"), the
 * surname no eponym ("Crohn", "Parkinson"), the pair not after a word of
 * a place ("Hôpital Henri Mondor", "rue Victor Hugo").  For pseudonymize
 * check's kept columns (keptscan.h, hostile31).  scratch: a buffer
 * the caller keeps between calls (buf_free'd by it).  0, -ENOMEM. */
struct buf;
int	names_person(const char *text, size_t len, struct buf *scratch,
	    int *found) PFS_WUR;

/* Is text[start..end), a name the scrub's detectors found (detect.h),
 * a person's: two words or more, one a first name of the lists ("VIGNERON
 * Paul", "Jean Dupondel": a surname no list holds), not after a word of a
 * place ("Service Paul Brousse").  0, -ENOMEM. */
int	names_person_span(const char *text, size_t len, size_t start,
	    size_t end, struct buf *scratch, int *found) PFS_WUR;

/* Is w[0..n) (folded as NORM_TEXT folds it) a first name of names_person's
 * lists (conf/lists, conf/detect, Dicollecte's)?  For check's kept cells:
 * "jean-pierre", "marie-rose" are compounds of given names (check48).
 * 0 with *found set, or -ENOMEM. */
int	names_first_name(const char *w, size_t n, int *found) PFS_WUR;

/* Build the folded name lists now (names_sign's, and names_person's
 * sets when `sets`), which their first call builds otherwise: check calls
 * it at its start (ops34).  0, or -ENOMEM and in *what the lists' name. */
int	names_prepare(int sets, const char **what) PFS_WUR;

/* A sign that refuses a kept name (the others only warn). */
int	names_refused(enum names_sign sign);

/* "looks like a NIR", ... for messages. */
const char *names_sign_text(enum names_sign sign);

#endif
