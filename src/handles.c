/* Handle accounting: a total and a count per user, under one mutex. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "handles.h"

struct user_count {
	struct user_count	*next;
	uid_t			 uid;
	unsigned long		 n;
};

struct handles {
	pthread_mutex_t		 lock;
	unsigned long		 max, per_user, used;
	struct user_count	*users;		/* those holding a handle */
};

unsigned long
handles_raise_nofile(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_NOFILE, &rl) == -1)
		return 1024;
	if (rl.rlim_cur < rl.rlim_max) {
		rl.rlim_cur = rl.rlim_max;
		(void)setrlimit(RLIMIT_NOFILE, &rl);
		(void)getrlimit(RLIMIT_NOFILE, &rl);
	}
	return rl.rlim_cur == RLIM_INFINITY ? 1UL << 20 : (unsigned long)rl.rlim_cur;
}

int
handles_new(unsigned long max, struct handles **out)
{
	struct handles *h;

	if ((h = calloc(1, sizeof(*h))) == NULL)
		return -ENOMEM;
	pthread_mutex_init(&h->lock, NULL);
	h->max = max ? max : 1;
	h->per_user = h->max - h->max / 4;
	*out = h;
	return 0;
}

static struct user_count **
find_user(struct handles *h, uid_t uid)
{
	struct user_count **pp;

	for (pp = &h->users; *pp != NULL; pp = &(*pp)->next)
		if ((*pp)->uid == uid)
			break;
	return pp;
}

int
handles_take(struct handles *h, uid_t uid)
{
	struct user_count **pp, *u;
	int r = 0;

	if (h == NULL)
		return 0;
	pthread_mutex_lock(&h->lock);
	pp = find_user(h, uid);
	if (*pp != NULL && (*pp)->n >= h->per_user) {
		r = -EMFILE;
	} else if (h->used >= h->max) {
		r = -ENFILE;
	} else if (*pp == NULL) {
		if ((u = calloc(1, sizeof(*u))) == NULL) {
			r = -ENOMEM;
		} else {
			u->uid = uid;
			u->n = 1;
			*pp = u;
			h->used++;
		}
	} else {
		(*pp)->n++;
		h->used++;
	}
	pthread_mutex_unlock(&h->lock);
	return r;
}

void
handles_give(struct handles *h, uid_t uid)
{
	struct user_count **pp, *u;

	if (h == NULL)
		return;
	pthread_mutex_lock(&h->lock);
	pp = find_user(h, uid);
	if ((u = *pp) != NULL) {
		h->used--;
		if (--u->n == 0) {
			*pp = u->next;
			free(u);
		}
	}
	pthread_mutex_unlock(&h->lock);
}

unsigned long
handles_max(const struct handles *h)
{
	return h->max;
}

void
handles_free(struct handles *h)
{
	struct user_count *u, *next;

	if (h == NULL)
		return;
	for (u = h->users; u != NULL; u = next) {
		next = u->next;
		free(u);
	}
	pthread_mutex_destroy(&h->lock);
	free(h);
}
