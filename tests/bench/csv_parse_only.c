/* csv_parse_only: the ceiling for the export benchmark.  Reads a file in
 * 1 MiB chunks and runs libcsv over it with callbacks that only count. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>

#define CHUNK	(1u << 20)

struct counts {
	unsigned long long	fields, rows, bytes;
};

static void
on_field(void *s, size_t len, void *arg)
{
	struct counts *c = arg;

	(void)s;
	c->fields++;
	c->bytes += len;
}

static void
on_row(int term, void *arg)
{
	struct counts *c = arg;

	(void)term;
	c->rows++;
}

int
main(int argc, char **argv)
{
	struct csv_parser p;
	struct counts c = { 0 };
	char *buf = NULL;
	ssize_t n;
	int fd = -1, r = 1;

	if (argc != 2) {
		fprintf(stderr, "usage: csv_parse_only FILE\n");
		return 2;
	}
	if (csv_init(&p, 0) != 0) {
		fprintf(stderr, "csv_parse_only: csv_init failed\n");
		return 1;
	}
	csv_set_delim(&p, ';');
	if ((buf = malloc(CHUNK)) == NULL) {
		fprintf(stderr, "csv_parse_only: out of memory\n");
		goto out;
	}
	if ((fd = open(argv[1], O_RDONLY | O_CLOEXEC)) == -1) {
		fprintf(stderr, "csv_parse_only: %s: %s\n", argv[1],
		    strerror(errno));
		goto out;
	}
	for (;;) {
		n = read(fd, buf, CHUNK);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			fprintf(stderr, "csv_parse_only: read: %s\n",
			    strerror(errno));
			goto out;
		}
		if (n == 0)
			break;
		if (csv_parse(&p, buf, (size_t)n, on_field, on_row, &c) !=
		    (size_t)n) {
			fprintf(stderr, "csv_parse_only: %s\n",
			    csv_strerror(csv_error(&p)));
			goto out;
		}
	}
	if (csv_fini(&p, on_field, on_row, &c) != 0) {
		fprintf(stderr, "csv_parse_only: %s\n",
		    csv_strerror(csv_error(&p)));
		goto out;
	}
	/* The counts are the output: they keep the compiler from dropping
	 * the loop, and the script reads the row and cell totals. */
	printf("rows %llu fields %llu field_bytes %llu\n", c.rows, c.fields,
	    c.bytes);
	r = 0;
 out:
	if (fd != -1)
		close(fd);
	free(buf);
	csv_free(&p);
	return r;
}
