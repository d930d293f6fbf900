/* proctitle: the arguments leave the area /proc/PID/cmdline shows (any
 * local user reads it), the program keeps its copy, and a title takes
 * their place.  The area is built here as execve lays it: end to end. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "proctitle.h"

static void
test_hide_and_title(void **state)
{
	static char area[] = "pseudonymize\0export\0-k\0/srv/key\0"
	    "/exports/DUPONT_Jean\0out";
	char *argv[] = { area, area + 13, area + 20, area + 23, area + 32,
	    area + 53, NULL };
	char **copy = NULL;

	(void)state;
	assert_int_equal(proctitle_hide(6, argv, &copy), 0);
	assert_non_null(copy);
	assert_string_equal(copy[1], "export");
	assert_string_equal(copy[4], "/exports/DUPONT_Jean");
	assert_string_equal(copy[5], "out");
	assert_null(copy[6]);
	/* The program's name stays; every byte after it is zero. */
	assert_string_equal(area, "pseudonymize");
	for (size_t i = 13; i < sizeof(area); i++)
		if (area[i] != '\0')
			fail_msg("byte %zu of the arguments is '%c'", i, area[i]);
	proctitle_set(copy[1]);
	assert_string_equal(area + 13, "export");
	assert_null(memmem(area, sizeof(area), "DUPONT", 6));
	/* A title longer than the area is cut to it. */
	proctitle_set("a title far longer than the forty bytes the area has");
	assert_null(memchr(area + 13, '\0', sizeof(area) - 14));
	assert_int_equal(area[sizeof(area) - 1], '\0');
}

/* Arguments not laid end to end: each is zeroed, no title is written. */
static void
test_scattered(void **state)
{
	static char a0[] = "pseudonymfs", a1[] = "/exports/DUPONT_Jean",
	    a2[] = "/mnt/view";
	char *argv[] = { a0, a1, a2, NULL };

	(void)state;
	assert_int_equal(proctitle_hide(3, argv, NULL), 0);
	assert_int_equal(a1[0], '\0');
	assert_null(memchr(a1, 'D', sizeof(a1)));
	assert_null(memchr(a2, 'm', sizeof(a2)));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hide_and_title),
		cmocka_unit_test(test_scattered),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
