/* Once per message per interval (include/loglimit.h). */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "loglimit.h"
#include "membudget.h"
#include "util.h"

/* Slots probed from a digest's home slot: a full window forgets its
 * oldest message. */
#define LOGLIMIT_PROBE	8

struct loglimit_slot {
	uint64_t	 digest;	/* 0: empty */
	time_t		 last;		/* when it was last logged */
	unsigned long	 held;		/* repeats held back since */
};

struct loglimit {
	pthread_mutex_t		 lock;
	uint8_t			 key[crypto_shorthash_KEYBYTES];
	struct loglimit_slot	 slots[LOGLIMIT_SLOTS];
};

int
loglimit_new(struct loglimit **out)
{
	struct loglimit *l;

	*out = NULL;
	if (sodium_init() < 0)
		return -EIO;
	if (membudget_charge(sizeof(*l)) != 0)
		return -ENOMEM;
	if ((l = calloc(1, sizeof(*l))) == NULL) {
		membudget_uncharge(sizeof(*l));
		return -ENOMEM;
	}
	randombytes_buf(l->key, sizeof(l->key));
	pthread_mutex_init(&l->lock, NULL);
	*out = l;
	return 0;
}

void
loglimit_free(struct loglimit *l)
{
	if (l == NULL)
		return;
	pthread_mutex_destroy(&l->lock);
	free(l);
	membudget_uncharge(sizeof(*l));
}

static uint64_t
digest_of(const struct loglimit *l, const char *text)
{
	uint8_t h[crypto_shorthash_BYTES];
	uint64_t d;

	crypto_shorthash(h, (const unsigned char *)text, strlen(text), l->key);
	d = util_load_le(h, sizeof(h));
	return d != 0 ? d : 1;
}

/* The slot of `digest`, or the one it takes: an empty one of its window,
 * else the window's oldest.  *found says which. */
static struct loglimit_slot *
slot_of(struct loglimit *l, uint64_t digest, int *found)
{
	struct loglimit_slot *s, *take = NULL;
	size_t home = (size_t)digest & (LOGLIMIT_SLOTS - 1);

	for (size_t i = 0; i < LOGLIMIT_PROBE; i++) {
		s = &l->slots[(home + i) & (LOGLIMIT_SLOTS - 1)];
		if (s->digest == digest) {
			*found = 1;
			return s;
		}
		if (take == NULL || (take->digest != 0 &&
		    (s->digest == 0 || s->last < take->last)))
			take = s;
	}
	*found = 0;
	return take;
}

int
loglimit_allow(struct loglimit *l, const char *text, time_t now,
    unsigned long *held)
{
	struct loglimit_slot *s;
	uint64_t digest;
	int found, allow = 1;

	*held = 0;
	if (l == NULL)
		return 1;
	digest = digest_of(l, text);
	pthread_mutex_lock(&l->lock);
	s = slot_of(l, digest, &found);
	if (!found) {
		s->digest = digest;
		s->last = now;
		s->held = 0;
	} else if (now - s->last >= LOGLIMIT_INTERVAL_S) {
		*held = s->held;
		s->last = now;
		s->held = 0;
	} else {
		s->held++;
		allow = 0;
	}
	pthread_mutex_unlock(&l->lock);
	return allow;
}
