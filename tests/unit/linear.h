/*
 * The check that a cost is linear in its input, for the unit tests that
 * guard against quadratic detectors (test_scrub, test_addrdate): four
 * times the text takes about four times as long, not sixteen.  The bound
 * is loose and the measure is taken up to three times, since a shared
 * machine or the sanitizers slow one measure now and then, while a
 * quadratic detector is sixteen times slower on every attempt.
 * Include after <cmocka.h>.
 */
#ifndef LINEAR_H
#define LINEAR_H

#include <stddef.h>
#include <time.h>

/* CPU seconds of the process: less sensitive to other load than wall. */
static double
linear_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds that `measure` takes over `unit` repeated n times. */
typedef double (*linear_measure_fn)(void *arg, const char *unit, size_t n);

/* Fails the running test if `unit` x 4n costs more than 8 times (plus
 * 5 ms) `unit` x n, three times in a row. */
static void
assert_linear(linear_measure_fn measure, void *arg, const char *unit,
    size_t n)
{
	double t1 = 0, t4 = 0;

	for (int attempt = 0; attempt < 3; attempt++) {
		t1 = measure(arg, unit, n);
		t4 = measure(arg, unit, 4 * n);
		if (t4 <= 8 * t1 + 0.005)
			return;
	}
	print_error("'%s' x %zu: %.4f s, x %zu: %.4f s\n", unit, n, t1,
	    4 * n, t4);
	fail();
}

#endif
