/* The secret key: loading and checking the key file, generating one, the
 * per-project subkey (crypto_kdf) and per-operator PRF keys derived from it,
 * and the key id that logs may show instead of the key. */
#ifndef PSEUDONYMFS_KEYS_H
#define PSEUDONYMFS_KEYS_H

#include <stddef.h>
#include <sys/stat.h>
#include <stdint.h>

#include "pfs_error.h"

#define KEYS_MASTER_BYTES	32
#define KEYS_PRF_KEY_BYTES	16	/* crypto_shorthash_siphashx24_KEYBYTES */
#define KEYS_PRF_BYTES		16	/* crypto_shorthash_siphashx24_BYTES */
#define KEYS_ID_HEX		17	/* 16 hex digits and a NUL */
#define KEYS_MAX_DERIVED	256

struct keys;
struct pfs_reporter;

/* One operator's PRF key, in guarded memory owned by `struct keys`. */
struct keys_prf {
	const uint8_t	*key;	/* KEYS_PRF_KEY_BYTES */
};

/* Write a new random key file, mode 0600; refuses to overwrite.
 * 0 or -errno with one record reported (pfs_error.h). */
int	keys_generate(const char *path, const struct pfs_reporter *report)
	    PFS_WUR;

/* Load a key file: exactly 32 bytes, not readable by group or others.
 * 0 or -errno with one record reported that says how to fix it (and never
 * holds key material). */
int	keys_load(const char *path, struct keys **out,
	    const struct pfs_reporter *report) PFS_WUR;

/* Derive the project subkey from the master key and the project name.
 * Called once, before any keys_derive(). 0 or -errno. */
int	keys_set_project(struct keys *k, const char *project) PFS_WUR;

/* The PRF key for a domain label ("nom", "ipp", "date-shift:ipp"): two
 * labels give independent keys, so tokens of different columns cannot be
 * matched against each other unless the policy gives them one domain.
 * Same label, same key (deduplicated).  0 or -ENOSPC/-EINVAL. */
int	keys_derive(struct keys *k, const char *label, struct keys_prf *out)
	    PFS_WUR;

/* Make derived keys read-only (after the policy is bound). */
void	keys_seal(struct keys *k);

/* SipHash-2-4 with 128-bit output: a PRF made for short inputs, which is
 * what cells are (docs/design.md has the measurements behind the choice). */
void	keys_prf(struct keys_prf prf, const void *msg, size_t len,
	    uint8_t out[KEYS_PRF_BYTES]);

/* Hex id of the master key: 64 bits of BLAKE2b of it under a fixed label,
 * safe to log, useless to find the key. */
const char *keys_id(const struct keys *k);

void	keys_free(struct keys *k);

/* Whether a file is the key: the file keys_load read (its device and
 * inode: a hard link too), or one whose `n` bytes are the master key (a
 * copy).  A key file inside the source, under a rule that matches it and
 * columns = keep, was shown byte for byte in the view. */
int	keys_is_file(const struct keys *k, const struct stat *st);
int	keys_is_master(const struct keys *k, const void *bytes, size_t n);

/* For tests: a key from bytes rather than a file. */
int	keys_from_bytes(const uint8_t master[KEYS_MASTER_BYTES], struct keys **out)
	    PFS_WUR;

#endif
