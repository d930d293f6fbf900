/* Replays fuzz inputs through a harness's LLVMFuzzerTestOneInput without
 * libFuzzer, so the regression inputs run under gcc in `make test`:
 * `replay FILE|DIR...` feeds every file (a directory: each file in it). */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
replay_file(const char *path)
{
	FILE *f;
	uint8_t *data = NULL;
	size_t len = 0, cap = 0, n;

	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "replay: %s: %s\n", path, strerror(errno));
		return -1;
	}
	do {
		if (len == cap) {
			uint8_t *p;

			cap = cap ? cap * 2 : 4096;
			if ((p = realloc(data, cap)) == NULL) {
				fclose(f);
				free(data);
				return -1;
			}
			data = p;
		}
		n = fread(data + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	return 0;
}

int
main(int argc, char **argv)
{
	int fail = 0, count = 0;

	for (int i = 1; i < argc; i++) {
		struct stat st;
		struct dirent **names;
		int n;

		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "replay: %s: %s\n", argv[i], strerror(errno));
			fail = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			fail |= replay_file(argv[i]) != 0;
			count++;
			continue;
		}
		if ((n = scandir(argv[i], &names, NULL, alphasort)) < 0) {
			fail = 1;
			continue;
		}
		for (int j = 0; j < n; j++) {
			char path[4096];

			if (names[j]->d_name[0] != '.' &&
			    snprintf(path, sizeof(path), "%s/%s", argv[i],
			    names[j]->d_name) < (int)sizeof(path)) {
				fail |= replay_file(path) != 0;
				count++;
			}
			free(names[j]);
		}
		free(names);
	}
	printf("replay: %d inputs, %s\n", count, fail ? "errors" : "no failure");
	return fail;
}
