/*
 * The check that a cost is linear in its input, for the unit tests that
 * guard against quadratic detectors (test_scrub, test_addrdate): four
 * times the text takes about four times as long, not sixteen.  The bound
 * is loose and the measure is taken up to five times, since a shared
 * machine or the sanitizers slow one measure now and then, while a
 * quadratic detector is sixteen times slower on every attempt.
 * Include after <cmocka.h>.
 */
#ifndef LINEAR_H
#define LINEAR_H

#include <stddef.h>
#include <time.h>

/* CPU seconds of the process: less sensitive to other load than wall. */
static __attribute__((unused)) double
linear_cpu_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Seconds that `measure` takes over `unit` repeated n times. */
typedef double (*linear_measure_fn)(void *arg, const char *unit, size_t n);

/* Fails the running test if `unit` x 4n costs more than 10 times (plus
 * 5 ms) `unit` x n.  Each size is measured up to five times and the
 * fastest measure of each kept, since other load only ever adds time.
 * Why 10 and not 4: for most units the step from n to 4n crosses the
 * size of the L2 cache (text, words and spans), which alone costs 5 to 9
 * times on a loaded machine; a quadratic detector costs 16. */
static void
assert_linear(linear_measure_fn measure, void *arg, const char *unit,
    size_t n)
{
	double t1 = 1e9, t4 = 1e9;

	for (int attempt = 0; attempt < 5; attempt++) {
		double a = measure(arg, unit, n);
		double b = measure(arg, unit, 4 * n);

		t1 = a < t1 ? a : t1;
		t4 = b < t4 ? b : t4;
		if (t4 <= 10 * t1 + 0.005)
			return;
	}
	print_error("'%s' x %zu: %.4f s, x %zu: %.4f s\n", unit, n, t1,
	    4 * n, t4);
	fail();
}

#endif
