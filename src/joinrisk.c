/* Patients grouped by the quasi-identifier values of all their records in
 * all joined files: two open-addressing sets of keyed digests. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "joinrisk.h"
#include "policy.h"

#define DIGEST_BYTES	crypto_shorthash_siphashx24_BYTES	/* 16 */

struct patient {
	uint8_t		id[DIGEST_BYTES];	/* digest of the patient value */
	uint64_t	profile;		/* XOR of its pairs' digests */
	uint32_t	npairs;
	uint8_t		used;
};

struct pair {
	uint8_t		key[DIGEST_BYTES];	/* digest of (patient, pair) */
	uint8_t		used;
};

struct joinrisk {
	/* Random keys: data cannot be shaped to collide, and the digests
	 * mean nothing outside this run. */
	uint8_t		 id_key[crypto_shorthash_siphashx24_KEYBYTES];
	uint8_t		 pair_key[crypto_shorthash_KEYBYTES];
	struct patient	*patients;
	size_t		 pcap, pused;
	struct pair	*pairs;
	size_t		 qcap, qused;
	unsigned long	 files, records;
};

struct joinrisk_file {
	struct joinrisk			 *j;
	const struct policy		 *policy;
	char				  delim;
	size_t				  nview;
	size_t				  patient_col;
	size_t				  nqi;
	size_t				 *qi_col;
	uint32_t			 *qi_rule;	/* index in the policy */
	struct csvio_record		  rec;
	struct buf			  cell, msg;
};

int
joinrisk_new(struct joinrisk **out)
{
	struct joinrisk *j;

	*out = NULL;
	if (sodium_init() < 0)
		return -EIO;
	if ((j = calloc(1, sizeof(*j))) == NULL)
		return -ENOMEM;
	j->pcap = j->qcap = 1024;
	j->patients = calloc(j->pcap, sizeof(*j->patients));
	j->pairs = calloc(j->qcap, sizeof(*j->pairs));
	if (j->patients == NULL || j->pairs == NULL) {
		joinrisk_free(j);
		return -ENOMEM;
	}
	randombytes_buf(j->id_key, sizeof(j->id_key));
	randombytes_buf(j->pair_key, sizeof(j->pair_key));
	*out = j;
	return 0;
}

int
joinrisk_file_new(struct joinrisk *j, const struct policy *p,
    const struct view *v, struct joinrisk_file **out)
{
	struct joinrisk_file *f;
	size_t ncols = view_ncols(v);
	size_t i, col;
	int found = 0;

	*out = NULL;
	if (p->patient == NULL)
		return -ENOENT;
	if ((f = calloc(1, sizeof(*f))) == NULL)
		return -ENOMEM;
	f->j = j;
	f->policy = p;
	f->delim = view_dialect(v)->delim;
	f->qi_col = calloc(ncols ? ncols : 1, sizeof(*f->qi_col));
	f->qi_rule = calloc(ncols ? ncols : 1, sizeof(*f->qi_rule));
	if (f->qi_col == NULL || f->qi_rule == NULL) {
		joinrisk_file_free(f);
		return -ENOMEM;
	}
	for (i = 0, col = 0; i < ncols; i++) {
		const struct policy_column *r = view_col(v, i)->rule;

		if (!view_col(v, i)->emit)
			continue;
		if (r == p->patient && !found) {
			f->patient_col = col;
			found = 1;
		}
		if (r != NULL && policy_column_quasi(r) != RISK_QUASI_NO) {
			f->qi_col[f->nqi] = col;
			f->qi_rule[f->nqi++] =
			    (uint32_t)policy_column_index(p, r);
		}
		col++;
	}
	f->nview = col;
	if (!found) {
		joinrisk_file_free(f);
		return -ENOENT;
	}
	j->files++;
	*out = f;
	return 0;
}

void
joinrisk_file_free(struct joinrisk_file *f)
{
	if (f == NULL)
		return;
	free(f->qi_col);
	free(f->qi_rule);
	csvio_record_free(&f->rec);
	buf_free(&f->cell);
	buf_free(&f->msg);
	free(f);
}

/* Double a table when it is half full: probes stay short. */
static int
grow_patients(struct joinrisk *j)
{
	size_t ncap = j->pcap * 2, i, h;
	struct patient *n = calloc(ncap, sizeof(*n));
	uint64_t x;

	if (n == NULL)
		return -ENOMEM;
	for (i = 0; i < j->pcap; i++) {
		if (!j->patients[i].used)
			continue;
		memcpy(&x, j->patients[i].id, sizeof(x));
		for (h = x & (ncap - 1); n[h].used; h = (h + 1) & (ncap - 1))
			;
		n[h] = j->patients[i];
	}
	explicit_bzero(j->patients, j->pcap * sizeof(*j->patients));
	free(j->patients);
	j->patients = n;
	j->pcap = ncap;
	return 0;
}

static int
grow_pairs(struct joinrisk *j)
{
	size_t ncap = j->qcap * 2, i, h;
	struct pair *n = calloc(ncap, sizeof(*n));
	uint64_t x;

	if (n == NULL)
		return -ENOMEM;
	for (i = 0; i < j->qcap; i++) {
		if (!j->pairs[i].used)
			continue;
		memcpy(&x, j->pairs[i].key, sizeof(x));
		for (h = x & (ncap - 1); n[h].used; h = (h + 1) & (ncap - 1))
			;
		n[h] = j->pairs[i];
	}
	explicit_bzero(j->pairs, j->qcap * sizeof(*j->pairs));
	free(j->pairs);
	j->pairs = n;
	j->qcap = ncap;
	return 0;
}

/* The patient's slot, added if new. */
static int
patient_of(struct joinrisk *j, const uint8_t id[DIGEST_BYTES],
    struct patient **out)
{
	uint64_t x;
	size_t h;
	int r;

	memcpy(&x, id, sizeof(x));
	for (h = x & (j->pcap - 1); j->patients[h].used;
	    h = (h + 1) & (j->pcap - 1)) {
		if (memcmp(j->patients[h].id, id, DIGEST_BYTES) == 0) {
			*out = &j->patients[h];
			return 0;
		}
	}
	if (j->pused >= JOINRISK_MAX_PATIENTS)
		return -E2BIG;
	memcpy(j->patients[h].id, id, DIGEST_BYTES);
	j->patients[h].used = 1;
	if (++j->pused * 2 > j->pcap) {
		if ((r = grow_patients(j)) != 0)
			return r;
		return patient_of(j, id, out);
	}
	*out = &j->patients[h];
	return 0;
}

/* Add a pair to the set: 1 if it is new, 0 if it was there. */
static int
pair_add(struct joinrisk *j, const uint8_t key[DIGEST_BYTES])
{
	uint64_t x;
	size_t h;
	int r;

	memcpy(&x, key, sizeof(x));
	for (h = x & (j->qcap - 1); j->pairs[h].used;
	    h = (h + 1) & (j->qcap - 1))
		if (memcmp(j->pairs[h].key, key, DIGEST_BYTES) == 0)
			return 0;
	if (j->qused >= JOINRISK_MAX_PAIRS)
		return -E2BIG;
	memcpy(j->pairs[h].key, key, DIGEST_BYTES);
	j->pairs[h].used = 1;
	if (++j->qused * 2 > j->qcap && (r = grow_pairs(j)) != 0)
		return r;
	return 1;
}

/* One quasi-identifier value of a patient: its digest joins the profile
 * the first time the patient shows it. */
static int
add_value(struct joinrisk_file *f, struct patient *pt, uint32_t rule,
    const char *v, size_t n)
{
	struct joinrisk *j = f->j;
	uint8_t pair[DIGEST_BYTES];
	uint64_t digest;
	int r;

	buf_reset(&f->msg);
	if ((r = buf_append(&f->msg, &rule, sizeof(rule))) != 0 ||
	    (r = buf_append(&f->msg, v, n)) != 0)
		return r;
	crypto_shorthash((uint8_t *)&digest, (const uint8_t *)f->msg.data,
	    f->msg.len, j->pair_key);
	buf_reset(&f->msg);
	if ((r = buf_append(&f->msg, pt->id, DIGEST_BYTES)) != 0 ||
	    (r = buf_append(&f->msg, &digest, sizeof(digest))) != 0)
		return r;
	crypto_shorthash_siphashx24(pair, (const uint8_t *)f->msg.data,
	    f->msg.len, j->id_key);
	if ((r = pair_add(j, pair)) <= 0)
		return r;
	pt->profile ^= digest;
	pt->npairs++;
	return 0;
}

int
joinrisk_record(struct joinrisk_file *f, const char *bytes, size_t len)
{
	struct joinrisk *j = f->j;
	struct pfs_error cerr;
	uint8_t id[DIGEST_BYTES];
	struct patient *pt;
	long used;
	int r;

	if (len == 0)
		return 0;
	used = csvio_next(f->delim, bytes, len, 1, 1, &f->rec, &cerr);
	if (used < 0)
		return used == -ENOMEM ? -ENOMEM : -EIO;
	if (f->rec.nfields == 1 && f->rec.fields[0].raw_len == 0 && f->nview != 1)
		return 0;	/* a blank line */
	buf_reset(&f->cell);
	if (f->patient_col < f->rec.nfields &&
	    (r = csvio_unescape(&f->rec.fields[f->patient_col], &f->cell)) != 0)
		return r;
	if (f->cell.len == 0)
		return 0;	/* no patient: joins nothing */
	crypto_shorthash_siphashx24(id, (const uint8_t *)f->cell.data,
	    f->cell.len, j->id_key);
	if ((r = patient_of(j, id, &pt)) != 0)
		return r;
	j->records++;
	for (size_t i = 0; i < f->nqi; i++) {
		buf_reset(&f->cell);
		if (f->qi_col[i] < f->rec.nfields &&
		    (r = csvio_unescape(&f->rec.fields[f->qi_col[i]],
		    &f->cell)) != 0)
			return r;
		if ((r = add_value(f, pt, f->qi_rule[i], f->cell.len ?
		    f->cell.data : "", f->cell.len)) != 0)
			return r;
	}
	return 0;
}

struct profile_slot {
	uint64_t	profile;
	uint32_t	npairs;
	uint32_t	used;
	unsigned long	count;
};

void
joinrisk_summary(const struct joinrisk *j, unsigned long threshold,
    struct joinrisk_summary *out)
{
	struct profile_slot *t;
	size_t cap = 1, i, h;

	memset(out, 0, sizeof(*out));
	out->files = j->files;
	out->records = j->records;
	out->patients = j->pused;
	while (cap < 2 * j->pused + 2)
		cap *= 2;
	if ((t = calloc(cap, sizeof(*t))) == NULL)
		return;		/* no profiles: reported as not measured */
	for (i = 0; i < j->pcap; i++) {
		const struct patient *pt = &j->patients[i];

		if (!pt->used)
			continue;
		for (h = (pt->profile ^ pt->npairs) & (cap - 1); t[h].used &&
		    (t[h].profile != pt->profile || t[h].npairs != pt->npairs);
		    h = (h + 1) & (cap - 1))
			;
		if (!t[h].used)
			out->profiles++;
		t[h].used = 1;
		t[h].profile = pt->profile;
		t[h].npairs = pt->npairs;
		t[h].count++;
	}
	for (h = 0; h < cap; h++) {
		if (!t[h].used)
			continue;
		if (out->k == 0 || t[h].count < out->k)
			out->k = t[h].count;
		if (t[h].count < threshold) {
			out->below_patients += t[h].count;
			out->below_profiles++;
		}
	}
	free(t);
}

void
joinrisk_free(struct joinrisk *j)
{
	if (j == NULL)
		return;
	if (j->patients != NULL) {
		explicit_bzero(j->patients, j->pcap * sizeof(*j->patients));
		free(j->patients);
	}
	if (j->pairs != NULL) {
		explicit_bzero(j->pairs, j->qcap * sizeof(*j->pairs));
		free(j->pairs);
	}
	sodium_memzero(j, sizeof(*j));
	free(j);
}
