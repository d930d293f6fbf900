/* Key handling: the master key never leaves sodium_malloc'd memory, and
 * everything the engine hashes with is derived from it. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <sodium.h>

#include "keys.h"
#include "pfs_error.h"
#include "secfile.h"
#include "util.h"

#define KDF_CTX_PROJECT	"pnfsproj"
#define KDF_CTX_OP	"pnfs-op_"
#define KEY_ID_LABEL	"pseudonymfs key id v1"


struct keys {
	/* Guarded: master key, project key, then the derived PRF keys. */
	uint8_t		*secret;
	size_t		 nderived;
	uint64_t	 label_ids[KEYS_MAX_DERIVED];
	int		 have_project;
	char		 id[KEYS_ID_HEX];
	dev_t		 file_dev;	/* the key file read, if any */
	ino_t		 file_ino;
	int		 have_file;
};

#define SECRET_MASTER(k)	((k)->secret)
#define SECRET_PROJECT(k)	((k)->secret + KEYS_MASTER_BYTES)
#define SECRET_DERIVED(k, i)	((k)->secret + 2 * KEYS_MASTER_BYTES + \
				    (size_t)(i) * KEYS_PRF_KEY_BYTES)
#define SECRET_BYTES		(2 * KEYS_MASTER_BYTES + \
				    KEYS_MAX_DERIVED * KEYS_PRF_KEY_BYTES)

static int
sodium_ready(void)
{
	return sodium_init() < 0 ? -EIO : 0;
}

/* crypto_kdf takes a 64-bit subkey id; names become ids by hashing. */
static uint64_t
label_id(const char *label)
{
	uint8_t h[8];

	crypto_generichash(h, sizeof(h), (const uint8_t *)label, strlen(label),
	    NULL, 0);
	return util_load_le(h, sizeof(h));
}

int
keys_generate(const char *path, const struct pfs_reporter *report)
{
	uint8_t *key = NULL;
	int fd = -1, r = 0;

	if ((r = sodium_ready()) != 0) {
		pfs_error_reportf(report, EIO,
		    "libsodium could not be initialised");
		return r;
	}
	if ((key = sodium_malloc(KEYS_MASTER_BYTES)) == NULL) {
		pfs_error_reportf(report, ENOMEM, "out of memory");
		return -ENOMEM;
	}
	randombytes_buf(key, KEYS_MASTER_BYTES);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd == -1) {
		r = -errno;
		if (r == -EEXIST)
			pfs_error_reportf(report, EEXIST,
			    "%s already exists; a key is never "
			    "overwritten (remove it yourself if you mean to)", path);
		else
			pfs_error_reportf(report, -r,
			    "cannot create %s: %s", path,
			    strerror(errno));
		goto out;
	}
	/* The umask may have been stricter, never looser: make it exact. */
	/* A short write sets no errno: clear it so it cannot be stale. */
	errno = 0;
	if (fchmod(fd, 0600) == -1 ||
	    write(fd, key, KEYS_MASTER_BYTES) != KEYS_MASTER_BYTES ||
	    fsync(fd) == -1) {
		r = errno ? -errno : -EIO;
		pfs_error_reportf(report, -r, "cannot write %s: %s", path,
		    strerror(-r));
		unlink(path);
		goto out;
	}
 out:
	if (fd != -1 && close(fd) == -1 && r == 0) {
		r = -errno;
		pfs_error_reportf(report, -r, "cannot write %s: %s", path,
		    strerror(-r));
		unlink(path);
	}
	sodium_free(key);
	return r;
}

static int
keys_alloc(struct keys **out)
{
	struct keys *k;

	if ((k = calloc(1, sizeof(*k))) == NULL)
		return -ENOMEM;
	if ((k->secret = sodium_malloc(SECRET_BYTES)) == NULL) {
		free(k);
		return -ENOMEM;
	}
	sodium_memzero(k->secret, SECRET_BYTES);
	*out = k;
	return 0;
}

static void
keys_make_id(struct keys *k)
{
	uint8_t h[8];

	crypto_generichash(h, sizeof(h), SECRET_MASTER(k), KEYS_MASTER_BYTES,
	    (const uint8_t *)KEY_ID_LABEL, sizeof(KEY_ID_LABEL) - 1);
	sodium_bin2hex(k->id, sizeof(k->id), h, sizeof(h));
}

int
keys_from_bytes(const uint8_t master[KEYS_MASTER_BYTES], struct keys **out)
{
	int r;

	if ((r = sodium_ready()) != 0 || (r = keys_alloc(out)) != 0)
		return r;
	memcpy(SECRET_MASTER(*out), master, KEYS_MASTER_BYTES);
	keys_make_id(*out);
	return 0;
}

/* A key file whose 32 bytes anyone can guess: 4 distinct values or fewer
 * (32 zero bytes from /dev/zero, a letter typed 32 times, "0101..."), or
 * a block of 16 bytes or fewer repeated ("0123456789abcdef" twice).  Its
 * id, which every view file's user.pseudonymfs.key_id and every audit
 * record show, confirms such a guess in one hash, and a recipient who
 * holds the key reverses every token by trying values (an 8-digit IPP in
 * seconds).  32 bytes from keygen are either with a probability below
 * 10^-40, a 32-character hex key (128 bits) below 10^-15.  Returns the
 * reason, or NULL. */
static const char *
guessable_key(const uint8_t *key, size_t n)
{
	uint8_t seen[256] = { 0 };
	unsigned distinct = 0;

	for (size_t i = 0; i < n; i++)
		if (!seen[key[i]]++)
			distinct++;
	if (distinct <= 4)
		return "holds 4 byte values or fewer";
	for (size_t period = 1; period <= n / 2; period++)
		if (memcmp(key, key + period, n - period) == 0)
			return "repeats a short block of bytes";
	return NULL;
}

int
keys_load(const char *path, struct keys **out,
    const struct pfs_reporter *report)
{
	struct keys *k = NULL;
	struct stat st;
	const char *why;
	uint8_t extra;
	ssize_t n;
	int fd = -1, r;

	*out = NULL;
	if ((r = sodium_ready()) != 0) {
		pfs_error_reportf(report, EIO,
		    "libsodium could not be initialised");
		return r;
	}
	if ((fd = secfile_open(path, SECFILE_KEY, "key file", &st,
	    report)) < 0) {
		r = fd;
		fd = -1;
		goto out;
	}
	if ((r = keys_alloc(&k)) != 0) {
		pfs_error_reportf(report, ENOMEM, "out of memory");
		goto out;
	}
	n = read(fd, SECRET_MASTER(k), KEYS_MASTER_BYTES);
	if (n != KEYS_MASTER_BYTES || read(fd, &extra, 1) != 0) {
		r = -EINVAL;
		pfs_error_reportf(report, EINVAL,
		    "key file %s must hold exactly %d bytes "
		    "(make one with: pseudonymize keygen FILE)", path,
		    KEYS_MASTER_BYTES);
		goto out;
	}
	if ((why = guessable_key(SECRET_MASTER(k), KEYS_MASTER_BYTES)) !=
	    NULL) {
		r = -EINVAL;
		pfs_error_reportf(report, EINVAL,
		    "key file %s %s: a key anyone can guess, whose tokens can "
		    "be reversed (make one with: pseudonymize keygen FILE)",
		    path, why);
		goto out;
	}
	keys_make_id(k);
	k->file_dev = st.st_dev;
	k->file_ino = st.st_ino;
	k->have_file = 1;
	*out = k;
	k = NULL;
 out:
	if (fd != -1)
		close(fd);
	keys_free(k);
	return r;
}

int
keys_set_project(struct keys *k, const char *project)
{
	if (k->have_project)
		return -EINVAL;
	if (crypto_kdf_derive_from_key(SECRET_PROJECT(k), KEYS_MASTER_BYTES,
	    label_id(project), KDF_CTX_PROJECT, SECRET_MASTER(k)) != 0)
		return -EINVAL;
	k->have_project = 1;
	return 0;
}

int
keys_derive(struct keys *k, const char *label, struct keys_prf *out)
{
	uint64_t id = label_id(label);
	size_t i;

	if (!k->have_project)
		return -EINVAL;
	for (i = 0; i < k->nderived; i++) {
		if (k->label_ids[i] == id) {
			out->key = SECRET_DERIVED(k, i);
			return 0;
		}
	}
	if (k->nderived == KEYS_MAX_DERIVED)
		return -ENOSPC;
	if (crypto_kdf_derive_from_key(SECRET_DERIVED(k, i), KEYS_PRF_KEY_BYTES,
	    id, KDF_CTX_OP, SECRET_PROJECT(k)) != 0)
		return -EINVAL;
	k->label_ids[i] = id;
	k->nderived++;
	out->key = SECRET_DERIVED(k, i);
	return 0;
}

void
keys_seal(struct keys *k)
{
	sodium_mprotect_readonly(k->secret);
}

void
keys_prf(struct keys_prf prf, const void *msg, size_t len,
    uint8_t out[KEYS_PRF_BYTES])
{
	crypto_shorthash_siphashx24(out, msg, len, prf.key);
}

int
keys_is_file(const struct keys *k, const struct stat *st)
{
	return k->have_file && st->st_dev == k->file_dev &&
	    st->st_ino == k->file_ino;
}

int
keys_is_master(const struct keys *k, const void *bytes, size_t n)
{
	return n == KEYS_MASTER_BYTES &&
	    sodium_memcmp(bytes, SECRET_MASTER(k), KEYS_MASTER_BYTES) == 0;
}

const char *
keys_id(const struct keys *k)
{
	return k->id;
}

void
keys_free(struct keys *k)
{
	if (k == NULL)
		return;
	sodium_free(k->secret);	/* wipes before freeing */
	free(k);
}
