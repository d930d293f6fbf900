/* The arguments hidden from /proc/PID/cmdline (proctitle.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "proctitle.h"

/* Where argv[1..] lay, if end to end (execve lays them so; the title goes
 * there), else NULL. */
static char	*area;
static size_t	 area_len;
/* The copy the program reads, for its whole life: held here, so that a
 * leak checker sees it reachable after main returns (volatile: a store
 * nothing reads would otherwise be dropped by the compiler). */
static char	**volatile kept;

int
proctitle_hide(int argc, char **argv, char ***copy)
{
	char **dup = NULL;
	int i;

	if (copy != NULL) {
		if ((dup = calloc((size_t)argc + 1, sizeof(*dup))) == NULL)
			return -ENOMEM;
		for (i = 0; i < argc; i++)
			if ((dup[i] = strdup(argv[i])) == NULL) {
				while (i-- > 0)
					free(dup[i]);
				free(dup);
				return -ENOMEM;
			}
		*copy = kept = dup;
	}
	if (argc < 2)
		return 0;
	for (i = 2; i < argc; i++)
		if (argv[i] != argv[i - 1] + strlen(argv[i - 1]) + 1)
			break;
	if (i == argc) {
		area = argv[1];
		area_len = (size_t)(argv[argc - 1] + strlen(argv[argc - 1]) -
		    argv[1]);
	}
	for (i = 1; i < argc; i++)
		explicit_bzero(argv[i], strlen(argv[i]));
	return 0;
}

void
proctitle_set(const char *title)
{
	size_t n = strlen(title);

	if (area == NULL)
		return;
	if (n > area_len)
		n = area_len;
	memset(area, 0, area_len);
	memcpy(area, title, n);
}
