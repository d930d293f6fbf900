/* Provenance attributes of view files and the exporter's sidecar. */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "policy.h"
#include "provenance.h"
#include "util.h"
#include "version.h"

/* The attributes every view file has, in listing order. */
static const char *const names[] = {
	"policy", "key_id", "rule", "version", "source",
};
#define NNAMES	(sizeof(names) / sizeof(names[0]))

void
provenance_error_text(const struct pfs_error *err, int r, char *buf,
    size_t len)
{
	if (r == -EINVAL && err->what != NULL && err->line && err->column)
		snprintf(buf, len, "line %ld, column %zu: %s", err->line,
		    err->column, err->what);
	else if (err->what != NULL && err->line)
		snprintf(buf, len, "line %ld: %s", err->line, err->what);
	else if (err->what != NULL)
		snprintf(buf, len, "%s", err->what);
	else if (r == -ENOMEM)
		/* Not the file's fault: a fixed text that says what to do,
		 * where getxattr gave a bare ENOMEM (hostile25). */
		snprintf(buf, len, "over the memory budget (-o memory=): not "
		    "shown until memory is given back or the budget raised");
	else
		snprintf(buf, len, "%s", strerror(r < 0 ? -r : r));
}

int
provenance_k_refusal(const struct index *idx, int enforce_k, char *buf,
    size_t len)
{
	const struct risk_summary *risk;

	/* The same test as the mount's open: an unmeasured k is refused. */
	if (!enforce_k || idx == NULL)
		return 0;
	if ((risk = index_risk(idx)) == NULL) {
		snprintf(buf, len, "enforce_k: k was not measured");
		return 1;
	}
	if (risk->records > 0 && risk->k < risk->threshold) {
		snprintf(buf, len, "enforce_k: k=%lu < %lu", risk->k,
		    risk->threshold);
		return 1;
	}
	return 0;
}

/* The reason the file is not shown, or 0 if it is. */
static int
error_of(const struct provenance_file *f, char *buf, size_t len)
{
	if (f->idx == NULL) {
		provenance_error_text(f->err, f->index_error, buf, len);
		return 1;
	}
	return provenance_k_refusal(f->idx, f->enforce_k, buf, len);
}

ssize_t
provenance_list(const struct provenance_file *f, char *list, size_t size)
{
	char reason[PROVENANCE_ERROR_MAX];
	size_t need = 0, n;
	size_t i;

	for (i = 0; i <= NNAMES; i++) {
		const char *name = i < NNAMES ? names[i] : "error";

		if (i == NNAMES && !error_of(f, reason, sizeof(reason)))
			break;
		n = strlen(PROVENANCE_PREFIX) + strlen(name) + 1;
		if (size != 0) {
			if (need + n > size)
				return -ERANGE;
			snprintf(list + need, n, "%s%s", PROVENANCE_PREFIX, name);
		}
		need += n;
	}
	return (ssize_t)need;
}

/* ---- the source digest, remembered for the last few versions ---- */

#define DIGEST_SLOTS	64

struct digest_slot {
	struct index_identity	 id;
	int			 used;
	char			 hex[PROVENANCE_DIGEST_HEX];
};

static struct digest_slot digest_cache[DIGEST_SLOTS];
static pthread_mutex_t digest_lock = PTHREAD_MUTEX_INITIALIZER;

static struct digest_slot *
digest_slot_of(const struct index_identity *id)
{
	return &digest_cache[((uint64_t)id->ino * 0x9e3779b97f4a7c15ULL ^
	    (uint64_t)id->dev) % DIGEST_SLOTS];
}

static int
digest_compute(const struct engine *e, int fd, char out[PROVENANCE_DIGEST_HEX])
{
	crypto_generichash_state state;
	unsigned char chunk[1 << 16], digest[16];
	off_t off = 0;
	ssize_t n;

	/* The 16-byte source key is BLAKE2b's smallest key. */
	if (crypto_generichash_init(&state, e->policy->source_prf.key,
	    KEYS_PRF_KEY_BYTES, sizeof(digest)) != 0)
		return -EINVAL;
	for (;;) {
		n = util_pread(fd, chunk, sizeof(chunk), off);
		if (n < 0)
			return (int)n;
		if (n == 0)
			break;
		crypto_generichash_update(&state, chunk, (size_t)n);
		off += n;
	}
	sodium_memzero(chunk, sizeof(chunk));
	crypto_generichash_final(&state, digest, sizeof(digest));
	sodium_bin2hex(out, PROVENANCE_DIGEST_HEX, digest, sizeof(digest));
	return 0;
}

int
provenance_source_digest(const struct engine *e, int fd, const struct stat *st,
    char out[PROVENANCE_DIGEST_HEX])
{
	struct index_identity id, after;
	struct digest_slot *slot;
	struct stat now;
	int r;

	if (e->keys == NULL)
		return -ENOKEY;
	index_identity_of(st, &id);
	slot = digest_slot_of(&id);
	pthread_mutex_lock(&digest_lock);
	if (slot->used && index_identity_equal(&slot->id, &id)) {
		memcpy(out, slot->hex, PROVENANCE_DIGEST_HEX);
		pthread_mutex_unlock(&digest_lock);
		return 0;
	}
	pthread_mutex_unlock(&digest_lock);
	if ((r = digest_compute(e, fd, out)) != 0)
		return r;
	/* Changed while read: the digest is of no version. */
	if (fstat(fd, &now) == -1)
		return -errno;
	index_identity_of(&now, &after);
	if (!index_identity_equal(&id, &after))
		return -ESTALE;
	pthread_mutex_lock(&digest_lock);
	slot->id = id;
	slot->used = 1;
	memcpy(slot->hex, out, PROVENANCE_DIGEST_HEX);
	pthread_mutex_unlock(&digest_lock);
	return 0;
}

ssize_t
provenance_get(const struct provenance_file *f, const char *name, char *value,
    size_t size)
{
	char text[PROVENANCE_ERROR_MAX];
	const char *v = text;
	size_t n;
	int r;

	if (strncmp(name, PROVENANCE_PREFIX, strlen(PROVENANCE_PREFIX)) != 0)
		return -ENODATA;
	name += strlen(PROVENANCE_PREFIX);
	if (strcmp(name, "policy") == 0)
		v = f->engine->policy->hash;
	else if (strcmp(name, "key_id") == 0)
		v = keys_id(f->engine->keys);
	else if (strcmp(name, "rule") == 0)
		v = f->rule->name;
	else if (strcmp(name, "version") == 0)
		v = PSEUDONYMFS_VERSION;
	else if (strcmp(name, "source") == 0) {
		/* ESTALE (the source was replaced or changed while its
		 * digest was read: a rename over it changes the old file's
		 * ctime too) is passed on: the VFS looks the path up again
		 * and asks once more, for the version it holds now.  As EIO,
		 * a getxattr during a replacement failed (hostile25: 2 in
		 * 4,000 under tests/integration/test_concurrency.sh). */
		if ((r = provenance_source_digest(f->engine, f->fd, f->st,
		    text)) != 0)
			return r == -ESTALE ? -ESTALE : -EIO;
	} else if (strcmp(name, "error") != 0 ||
	    !error_of(f, text, sizeof(text)))
		return -ENODATA;
	n = strlen(v);
	if (size == 0)
		return (ssize_t)n;
	if (n > size)
		return -ERANGE;
	memcpy(value, v, n);
	return (ssize_t)n;
}

/* ---- sidecar ---- */

/* A JSON string: quotes, backslashes and control bytes escaped; other
 * bytes as they are (view paths are the names the recipient gets). */
static void
json_string(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\u%04x", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

int
provenance_write_header(FILE *fp, const struct engine *e)
{
	fprintf(fp, "{\"pseudonymfs_provenance\": 1, \"version\": ");
	json_string(fp, PSEUDONYMFS_VERSION);
	fprintf(fp, ", \"policy\": \"%s\", \"key_id\": \"%s\", \"project\": ",
	    e->policy->hash, keys_id(e->keys));
	json_string(fp, e->policy->project);
	fputs("}\n", fp);
	return ferror(fp) ? -EIO : 0;
}

int
provenance_write_file(FILE *fp, const char *view_path,
    const struct policy_file *rule, const char source[PROVENANCE_DIGEST_HEX],
    const char view_digest[PROVENANCE_VIEW_HEX], off_t size)
{
	int r;

	flockfile(fp);	/* one whole line per file, whatever the threads */
	fputs("{\"path\": ", fp);
	json_string(fp, view_path);
	fputs(", \"rule\": ", fp);
	json_string(fp, rule->name);
	fprintf(fp, ", \"source\": \"%s\", \"size\": %lld, \"blake2b_256\": "
	    "\"%s\"}\n", source, (long long)size, view_digest);
	r = ferror(fp) ? -EIO : 0;
	funlockfile(fp);
	return r;
}
