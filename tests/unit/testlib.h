/* What the unit tests share: an engine from a policy's text and a fixed
 * key, an unlinked temporary file, files of a temporary tree, a view sink
 * that collects bytes.  Each helper fails the calling test (cmocka) rather
 * than return an error, so a test reads as the behaviour it checks.
 * Include after <cmocka.h>. */
#ifndef PSEUDONYMFS_TESTLIB_H
#define PSEUDONYMFS_TESTLIB_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "buf.h"
#include "detect.h"
#include "engine.h"
#include "keys.h"
#include "pfs_error.h"
#include "view.h"

/* The tests' master key (all bytes 7): golden values depend on it. */
extern const uint8_t TEST_MASTER[KEYS_MASTER_BYTES];

/* The detectors' options as the scrubber runs them by default (every
 * family, the default sensitive groups), and the same in recall-first
 * mode: one definition, so that the span tests follow the product's
 * default when it changes. */
extern const struct detect_options test_default;
extern const struct detect_options test_recall;

/* engine_new with TEST_MASTER, or with `master`; the test fails with the
 * policy's message if the text does not load or bind. */
struct engine	*test_engine(const char *policy_text);
struct engine	*test_engine_key(const char *policy_text,
		    const uint8_t master[KEYS_MASTER_BYTES]);

/* What a start-up call reported (pfs_error.h): how many records, and the
 * last one's fields and text (pfs_error_format), copied, since a record's
 * strings live only until the reporter returns.  test_errors() empties it
 * and returns the reporter to pass. */
struct test_errors {
	struct pfs_reporter	 reporter;
	int			 count;
	int			 code;
	long			 line;
	int			 in_config;
	char			 file[256];	/* "" if none */
	char			 text[1024];
};
const struct pfs_reporter *test_errors(struct test_errors *t);

/* An unlinked temporary file holding data[0..n), open read-write, offset
 * at its end; the caller closes it. */
int	test_temp_fd(const void *data, size_t n);

/* Files of a test's temporary tree, each named dir/rel: a file holding
 * the NUL-terminated data, a directory (0700), a symbolic link to target
 * (the test fails if one cannot be made); and a whole tree removed
 * (rm -rf). */
void	test_put_file(const char *dir, const char *rel, const char *data);
void	test_mkdir(const char *dir, const char *rel);
void	test_symlink(const char *target, const char *dir, const char *rel);
void	test_rm_tree(const char *path);

/* A view_sink (view.h) that appends a record's view bytes to the struct
 * buf given as arg. */
int	test_collect(void *arg, const char *bytes, size_t len, off_t src_end,
	    long next_line);

/* A whole run of a view: its bytes (header included) and each record's
 * restart point, as the index records them. */
struct test_run {
	struct buf	 out;
	off_t		*src;		/* source offset after record i */
	size_t		*dst;		/* out.len after record i */
	long		*line;		/* the line that follows record i */
	size_t		 n, cap;
};

/* A view_sink that appends to a struct test_run and records the point. */
int	test_run_sink(void *arg, const char *bytes, size_t len, off_t src_end,
	    long next_line);
/* Open the view of the engine's first [file] rule on fd and run it from
 * the first record to the end into *run (zeroed first).  st, if not
 * NULL, gets the suppressions counted (st->cols allocated; the caller
 * frees it).  Returns the view (NULL if view_open failed); *rc is
 * view_open's or view_run's result, *err its error. */
struct view *test_view_run(const struct engine *e, int fd,
	    struct test_run *run, struct view_stats *st, int *rc,
	    struct pfs_error *err);
/* Restart the view at run's k-th point: the bytes must be run's tail. */
void	test_view_restart(const struct view *v, int fd,
	    const struct test_run *run, size_t k);
void	test_run_free(struct test_run *run);

/* Fails unless no string of gone is left in out and every string of
 * kept still is, naming the first one that is not (the negative and the
 * positive side of a scrub rule's test). */
void	test_gone_kept(const char *out, const char *const *gone,
	    size_t ngone, const char *const *kept, size_t nkept);
#define TEST_GONE_KEPT(out, gone, kept) test_gone_kept((out), (gone), \
	sizeof(gone) / sizeof((gone)[0]), (kept), \
	sizeof(kept) / sizeof((kept)[0]))

/* Runs the detectors of mode o over text into s, then fails unless each
 * string of gone[] lies inside one span and no string of kept[] is
 * touched by any (each at its first occurrence in text), naming the
 * first that is not: a detector rule's negative and positive sides. */
void	test_spans_gone_kept(const struct detect_options *o,
	    struct detect_scratch *s, const char *text,
	    const char *const *gone, size_t ngone,
	    const char *const *kept, size_t nkept);

/* Runs the detectors of mode o over text with the row's values into s,
 * then fails unless word w (its first occurrence) lies inside one span:
 * a row rule's negative side. */
void	test_row_word_gone(const struct detect_options *o,
	    struct detect_scratch *s, const char *text,
	    const struct detect_value *row, size_t nrow, const char *w);

/* Runs the detectors of mode o over text with the row's values into s,
 * then fails unless no span touches word w (its first occurrence): a row
 * rule's positive side (a look-alike that stays). */
void	test_row_word_kept(const struct detect_options *o,
	    struct detect_scratch *s, const char *text,
	    const struct detect_value *row, size_t nrow, const char *w);

/* test_row_word_gone, and the span is row value k's (its ctx): the word
 * goes as the row's own name, which scrub writes as that value's
 * pseudonym, not as a name some other rule (a title, a cue) found. */
void	test_row_word_as_value(const struct detect_options *o,
	    struct detect_scratch *s, const char *text,
	    const struct detect_value *row, size_t nrow, const char *w, int k);

/* Runs the detectors of mode o over text with the row's values into s,
 * then fails unless every letter or digit of form (its first occurrence
 * in text; ASCII, or the first byte of a letter of two bytes: Cyrillic,
 * Greek, Latin with a mark) lies inside a span, naming the first byte
 * left raw; of a formula ("=..."), only those inside its quotes (not
 * the function's name nor its other arguments).  The scrub replaces
 * spans: none of the disguised value is left (hostile33, hostile34). */
void	test_row_form_gone_in(const struct detect_options *o,
	    struct detect_scratch *s, const char *text,
	    const struct detect_value *row, size_t nrow, const char *form);

/* test_row_form_gone_in of form in a sentence ("Vu ce jour <form> pour
 * suivi.") and alone. */
void	test_row_form_gone(const struct detect_options *o,
	    struct detect_scratch *s, const struct detect_value *row,
	    size_t nrow, const char *form);

/* Runs the detectors of mode o into s over cell j of a row's scrubbed
 * cells cells[0..ncells) with the neighbours view.c gives it: the row's
 * values row[0..nrow), then the cells before it, nearest first, then
 * those after, nearest first (blank cells passed over, at most
 * DETECT_CELL_CHAIN a side).  Then fails unless no letter or digit of
 * piece (its first occurrence in cell j; ASCII, or the lead byte of a
 * character of several bytes) is outside the spans (gone), or no byte
 * of it is inside one (kept), printing the cells (xcell37, xcell38,
 * xcell43: a row value cut across cells). */
void	test_cell_piece(const struct detect_options *o,
	    struct detect_scratch *s, const struct detect_value *row,
	    size_t nrow, const char *const *cells, size_t ncells, size_t j,
	    const char *piece, int gone);
#define TEST_CELL_PIECE(o, s, row, nrow, j, p, gone, ...) do {		\
	const char *const c_[] = { __VA_ARGS__ };			\
	test_cell_piece((o), (s), (row), (nrow), c_,			\
	    sizeof(c_) / sizeof(*c_), (j), (p), (gone));		\
} while (0)
/* TEST_CELL_PIECE in the scrubber's default mode, the piece gone or
 * kept: what a cell test's GONE and KEPT say (xcell38, xcell43, leaks45,
 * leaks47). */
#define TEST_CELL_GONE(s, row, nrow, j, p, ...)				\
	TEST_CELL_PIECE(&test_default, (s), (row), (nrow), (j), (p), 1,	\
	    __VA_ARGS__)
#define TEST_CELL_KEPT(s, row, nrow, j, p, ...)				\
	TEST_CELL_PIECE(&test_default, (s), (row), (nrow), (j), (p), 0,	\
	    __VA_ARGS__)

/* Runs the detectors of mode o over each of texts[0..n) (no row) into
 * s and fails unless none has a span: each comes out as written (a
 * rule's negatives, names43, names45, names46). */
void	test_untouched(const struct detect_options *o,
	    struct detect_scratch *s, const char *const *texts, size_t n);

/* test_spans_gone_kept in mode o, then in o with recall first: gone[]
 * must go in both, kept[] stay in mode o only (recall first may take
 * more, docs/scrub.md). */
void	test_spans_both_modes(const struct detect_options *o,
	    struct detect_scratch *s, const char *text,
	    const char *const *gone, size_t ngone,
	    const char *const *kept, size_t nkept);

/* A case of a detector rule: a text, what stays in the default mode and
 * what goes in both (up to three words each, NULL after the last when
 * fewer). */
struct test_span_case {
	const char	*text;
	const char	*kept[3];
	const char	*gone[3];
};

/* test_spans_both_modes over each of the n cases, o the default mode. */
void	test_span_cases(const struct detect_options *o,
	    struct detect_scratch *s, const struct test_span_case *c,
	    size_t n);

/* Defines the cmocka test `name`: test_span_cases in mode o over
 * scratch s of the cases that follow (struct test_span_case
 * initializers), the whole body of a rule's table of cases. */
#define TEST_SPAN_CASES(name, o, s, ...)				\
static void								\
name(void **state)							\
{									\
	static const struct test_span_case cases_[] = { __VA_ARGS__ };	\
									\
	(void)state;							\
	test_span_cases((o), (s), cases_,				\
	    sizeof(cases_) / sizeof(cases_[0]));			\
}

/* Defines the cmocka group teardown `name`: frees the detect_scratch s
 * every test of the group ran in (a file's static S), so that a leak
 * checker sees none of its buffers left. */
#define TEST_SCRATCH_TEARDOWN(name, s)					\
static int								\
name(void **state)							\
{									\
	(void)state;							\
	detect_scratch_free(s);						\
	return 0;							\
}

/* What test_detect_time runs: the detectors in mode o over scratch s,
 * with the row's values row[0..nrow) (NULL, 0: none). */
struct test_detect_timing {
	const struct detect_options	*o;
	struct detect_scratch		*s;
	const struct detect_value	*row;
	size_t				 nrow;
};

/* A linear_measure_fn (linear.h) for the detectors: CPU seconds of
 * detect_run over `unit` repeated n times, arg a test_detect_timing. */
double	test_detect_time(void *arg, const char *unit, size_t n);

/* Fails unless the detectors in mode o over scratch s (no row) take a
 * time linear in the text for each of units[0..n) repeated 4096 times
 * (linear.h assert_linear): a rule's walks are bounded. */
void	test_detect_linear(const struct detect_options *o,
	    struct detect_scratch *s, const char *const *units, size_t n);

#endif
