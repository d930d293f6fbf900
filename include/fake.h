/* Realistic French fake values chosen from lists compiled into the binary
 * (conf/lists/NAME.txt), indexed by a keyed pseudorandom seed: the same seed
 * always gives the same fake value, so one person gets one fake name. */
#ifndef PSEUDONYMFS_FAKE_H
#define PSEUDONYMFS_FAKE_H

#include <stdint.h>

#include "buf.h"
#include "pfs_error.h"

#define FAKE_SEED_BYTES 16

enum fake_kind {
	FAKE_FIRST_NAME,	/* "Gaëlle" */
	FAKE_LAST_NAME,		/* "Le Goff"; "LE GOFF" if the source is upper-case */
	FAKE_FULL_NAME,		/* "Gaëlle Le Goff" */
	FAKE_ADDRESS,		/* "12 rue des Lilas" */
	FAKE_CITY,		/* "Villeneuve-sur-Lot" */
	FAKE_EMAIL,		/* "gaelle.legoff@example.fr": reserved domains only */
	FAKE_PHONE,		/* ARCEP fiction ranges, see fake.c */
};

/* The row's sex, read from its sex column (docs/policy.md, `sex =`):
 * first names are drawn from the list of that sex, or from both lists when
 * it is unknown. */
enum fake_sex { FAKE_SEX_UNKNOWN, FAKE_SEX_FEMALE, FAKE_SEX_MALE };

/* What a fake value may take from the rest of its row. */
struct fake_row {
	enum fake_sex	 sex;		/* first_name, full_name */
	/* email: the row's fake first and last names (UTF-8), when it shows
	 * both; the address is then built from them. */
	const char	*first, *last;
	size_t		 first_len, last_len;
	/* Their email local parts (fake_email_part), when the caller keeps
	 * them with the names; NULL: made from first and last. */
	const char	*first_email, *last_email;
	size_t		 first_email_len, last_email_len;
	/* The source as norm_value (NORM_TEXT) makes it, or NULL: a name,
	 * city or address drawn from the lists is never the source, and a
	 * name shares no word of three bytes or more with it (a patient
	 * called Anaïs is never shown "Anaïs": once a key in the list's
	 * length the keyed draw is the source, which says nothing, but a
	 * reader takes it for a leak).  The next entry of the list is taken
	 * instead, so the same source still gives the same fake.  Emails
	 * (from the row's fake names, or reserved domains) and phones
	 * (ARCEP fiction ranges) cannot be a real source and are not
	 * compared. */
	const char	*avoid;
	size_t		 avoid_len;
};

/* The sex a normalized cell (docs/policy.md section 8, text) says:
 * f, femme, feminin, female, 2 / m, h, homme, masculin, male, 1. */
enum fake_sex fake_sex_of(const char *norm, size_t len);

/* Append what an email address makes of a name: ASCII lower case,
 * accents stripped ("Gaëlle" -> "gaelle"), spaces and apostrophes dropped,
 * hyphens kept.  0 or -ENOMEM. */
int	fake_email_part(const char *s, size_t len, struct buf *out) PFS_WUR;

/* Parse a kind name as written in a policy ("first_name", "last_name",
 * "full_name", "address", "city", "email", "phone"); 0 or -EINVAL. */
int	fake_kind_parse(const char *name, enum fake_kind *kind) PFS_WUR;

/* Append the UTF-8 fake value for `seed` to `out`.  `like` is the source
 * value (UTF-8, not NUL-terminated) and is used only for its shape, never
 * copied: an upper-case source gives upper-case output (names, address,
 * city; never email), and a phone keeps the source's separators and
 * national/international form.
 * 0 or -ENOMEM. */
int	fake_value(enum fake_kind kind, const uint8_t seed[FAKE_SEED_BYTES],
	    const char *like, size_t like_len, struct buf *out) PFS_WUR;
/*
 * Whether every value of this kind, made from a source value that was not
 * quoted, can be written as it is under delimiter `delim`: it never holds
 * the delimiter, a quote, CR or LF, and (when !utf8, a view that is not
 * UTF-8) never a byte >= 0x80.  From the lists themselves, so a list entry
 * that breaks the rule makes the kind go through the usual check.
 */
int	fake_plain(enum fake_kind kind, char delim, int utf8);
/* The same with what the row gives (NULL: nothing). */
int	fake_value_row(enum fake_kind kind, const uint8_t seed[FAKE_SEED_BYTES],
	    const char *like, size_t like_len, const struct fake_row *row,
	    struct buf *out) PFS_WUR;

#endif
