/* Unit tests of the twenty-third pass's review (docs/scrub.md "Review,
 * twenty-third pass (review23)"): the cold start of a mount, its worker
 * threads scrubbing at once while the shared tables are filled.  The
 * engine is made in the main thread, as the daemon makes it; then eight
 * threads, from one barrier, run the detectors (a note without diagnosis
 * groups, one with) and whole views of a file with a scrubbed note, a
 * name and a NIR.  Every thread must get what one thread alone gets
 * after them: the W_NEW of a slip of a sensitive word ("schizofrenie")
 * with or without the groups (tokenize reads sensitive_near_bits at every
 * word), and the same view bytes.  A process of its own (the tables are
 * filled once), linked with the dictionary's image as the programs are
 * (Makefile): without it dict_build fills the sensitive tables before any
 * word is read.  `make test-tsan` runs it under ThreadSanitizer, which
 * names any table written by one thread and read by another with no order
 * between them (on 4396ff1: sensitive.c init_tables' memcpy of
 * sensitive_near_bits against word_wbits' read in a scrub without
 * groups). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "engine.h"
#include "icd10.h"
#include "policy.h"
#include "view.h"
#include "testlib.h"
#include "spancheck.h"
#include "../../src/detect_int.h"	/* white-box: the words' flags */

static const struct detect_options NO_GROUPS = { DETECT_ALL, 8, 0, NULL, 0 };
static const struct detect_options GROUPS = { DETECT_ALL, 8,
	ICD10_SENSITIVE_DEFAULT, NULL, 0 };

static const char NOTE[] = "suivi pour schizofrenie et toxicomanei "
    "depuis longtemps, vu avec Mme Pigeon";

static const char POLICY[] =
    SPANCHECK_POLICY_HEAD("review23-threads")
    "[column nom]\nheaders = nom\nop = fake\nkind = last_name\n"
    "identifies = last_name\n"
    "[column prenom]\nheaders = prenom\nop = fake\nkind = first_name\n"
    "identifies = first_name\n"
    "[column nir]\nheaders = nir\nop = nir\nidentifies = nir\n"
    "[column com]\nheaders = commentaire\nop = scrub\n";
static const char CSV[] =
    "ipp;nom;prenom;nir;commentaire\n"
    "40012308;THEBAULT;Christelle;109099713322002;"
    "Vue Christelle THEBAULT le 12/03/2019, schizofrenie, tel 06 12 34 56 78\n"
    "40013196;GUEZENNEC;Sylvere;109099713322002;"
    "Vu Sylvere GUEZENNEC avec Dr Moreau (CHU Nantes), toxicomanei\n";

#define NTHREADS	8
#define MAXWORDS	32

struct worker {
	int			 view;		/* run a view, else detect_run */
	const struct detect_options *o;
	const struct engine	*e;
	pthread_barrier_t	*start;
	int			 r;
	size_t			 nwords;
	uint32_t		 w_new[MAXWORDS];
	struct buf		 out;
};

/* The W_NEW of each word of NOTE under o, into w (n words). */
static int
note_new_flags(const struct detect_options *o, uint32_t *w, size_t *n)
{
	struct detect_scratch s;
	int r;

	memset(&s, 0, sizeof(s));
	if ((r = detect_run(o, NOTE, strlen(NOTE), NULL, 0, &s)) == 0) {
		*n = s.nwords < MAXWORDS ? s.nwords : MAXWORDS;
		for (size_t i = 0; i < *n; i++)
			w[i] = s.words[i].flags & W_NEW;
	}
	detect_scratch_free(&s);
	return r;
}

/* The engine's first file rule over CSV into out: no cmocka assert here
 * (a thread's failure is its return). */
static int
view_bytes(const struct engine *e, struct buf *out)
{
	struct view_reader *rd = NULL;
	struct pfs_error err;
	struct view *v = NULL;
	int fd = test_temp_fd(CSV, sizeof(CSV) - 1), r;

	if ((r = view_reader_new(fd, &rd)) == 0 &&
	    (r = view_open(e, &e->policy->files[0], rd, &v, &err)) == 0)
		r = view_run(v, rd, view_data_line(v), test_collect, out,
		    &err);
	if (v != NULL)
		view_free(v);
	if (rd != NULL)
		view_reader_free(rd);
	close(fd);
	return r;
}

static void *
worker_run(void *arg)
{
	struct worker *w = arg;

	pthread_barrier_wait(w->start);
	if (w->view)
		w->r = view_bytes(w->e, &w->out);
	else
		w->r = note_new_flags(w->o, w->w_new, &w->nwords);
	return NULL;
}

static void
test_cold_start_threads(void **state)
{
	static const uint8_t master[KEYS_MASTER_BYTES] = SPANCHECK_MASTER_INIT;
	struct engine *e = test_engine_key(POLICY, master);
	struct worker w[NTHREADS];
	pthread_t t[NTHREADS];
	pthread_barrier_t start;
	uint32_t want[MAXWORDS];
	struct buf view_want = BUF_INIT;
	size_t n = 0;
	int any = 0;

	(void)state;
	assert_int_equal(pthread_barrier_init(&start, NULL, NTHREADS), 0);
	memset(w, 0, sizeof(w));
	for (int i = 0; i < NTHREADS; i++) {
		/* the notes without groups first: the race's reader */
		w[i].view = i % 4 == 3;
		w[i].o = i % 4 == 2 ? &GROUPS : &NO_GROUPS;
		w[i].e = e;
		w[i].start = &start;
		assert_int_equal(pthread_create(&t[i], NULL, worker_run, &w[i]),
		    0);
	}
	for (int i = 0; i < NTHREADS; i++)
		assert_int_equal(pthread_join(t[i], NULL), 0);
	/* one thread alone, the tables filled */
	assert_int_equal(note_new_flags(&GROUPS, want, &n), 0);
	for (size_t k = 0; k < n; k++)
		any |= want[k] != 0;
	assert_true(any);	/* the note has a slip to find */
	assert_int_equal(view_bytes(e, &view_want), 0);
	assert_true(view_want.len > 0);
	for (int i = 0; i < NTHREADS; i++) {
		assert_int_equal(w[i].r, 0);
		if (w[i].view) {
			assert_int_equal(w[i].out.len, view_want.len);
			assert_memory_equal(w[i].out.data, view_want.data,
			    view_want.len);
			buf_free(&w[i].out);
			continue;
		}
		assert_int_equal(w[i].nwords, n);
		for (size_t k = 0; k < n; k++)
			if (w[i].w_new[k] != want[k])
				fail_msg("thread %d (%s groups), word %zu: W_NEW "
				    "%u, alone %u", i, w[i].o == &GROUPS ?
				    "with" : "without", k, w[i].w_new[k], want[k]);
	}
	buf_free(&view_want);
	pthread_barrier_destroy(&start);
	engine_free(e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cold_start_threads),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
