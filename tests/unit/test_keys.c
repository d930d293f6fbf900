/* Unit tests for keys: the key file's mode and size checks (and messages
 * that say how to fix them without showing the key), generation that never
 * overwrites, the key id, and the independence of derived keys. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "keys.h"
#include "testlib.h"

/* Printable, so that a leak into a message is visible to strstr. */
static const uint8_t KEY_A[KEYS_MASTER_BYTES] =
    "QWERTYUIOPASDFGHJKLZXCVBNMqwert";	/* 31 chars + NUL = 32 bytes */
static const uint8_t KEY_B[KEYS_MASTER_BYTES] =
    "zyxwvutsrqponmlkjihgfedcbaZYXWV";

static char dir[64];
static char path[128];

static int
setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/test_keys.XXXXXX");
	if (mkdtemp(dir) == NULL)
		return -1;
	snprintf(path, sizeof(path), "%s/key", dir);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	unlink(path);
	rmdir(dir);
	return 0;
}

static void
write_file(const uint8_t *data, size_t n, mode_t mode)
{
	int fd;

	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0600);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, data, n), (ssize_t)n);
	assert_int_equal(fchmod(fd, mode), 0);
	assert_int_equal(close(fd), 0);
}

/* The message must not carry the key, raw or in hex. */
static void
assert_no_key_in(const char *msg, const uint8_t key[KEYS_MASTER_BYTES])
{
	char hex[2 * 4 + 1];

	assert_null(strstr(msg, "QWERTYUI"));
	assert_null(strstr(msg, "qwert"));
	for (size_t i = 0; i + 4 <= KEYS_MASTER_BYTES; i += 4) {
		snprintf(hex, sizeof(hex), "%02x%02x%02x%02x", key[i], key[i + 1],
		    key[i + 2], key[i + 3]);
		assert_null(strstr(msg, hex));
	}
}

static void
test_load_refuses_group_other(void **state)
{
	static const mode_t modes[] = { 0644, 0640, 0604, 0660, 0620, 0602 };
	struct keys *k = (struct keys *)1;
	struct test_errors err;

	(void)state;
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		write_file(KEY_A, KEYS_MASTER_BYTES, modes[i]);
		assert_int_equal(keys_load(path, &k, test_errors(&err)), -EPERM);
		assert_null(k);
		assert_non_null(strstr(err.text, "chmod 600"));
		assert_no_key_in(err.text, KEY_A);
	}
}

static void
test_load_accepts_0600(void **state)
{
	struct keys *k = NULL, *k2 = NULL;
	struct test_errors err;

	(void)state;
	write_file(KEY_A, KEYS_MASTER_BYTES, 0600);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), 0);
	assert_non_null(k);
	/* The loaded key is the file's: same id as from the same bytes. */
	assert_int_equal(keys_from_bytes(KEY_A, &k2), 0);
	assert_string_equal(keys_id(k), keys_id(k2));
	keys_free(k);
	keys_free(k2);

	/* 0400 is private too. */
	write_file(KEY_A, KEYS_MASTER_BYTES, 0400);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), 0);
	keys_free(k);
}

/* The loaded key file is known by its device and inode, a copy by its
 * bytes (the tree never shows either: engine_is_key_file). */
static void
test_is_key_file(void **state)
{
	struct keys *k = NULL, *mem = NULL;
	struct test_errors err;
	struct stat st, other;

	(void)state;
	write_file(KEY_A, KEYS_MASTER_BYTES, 0600);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), 0);
	assert_int_equal(stat(path, &st), 0);
	assert_true(keys_is_file(k, &st));
	assert_int_equal(stat(dir, &other), 0);
	assert_false(keys_is_file(k, &other));
	assert_true(keys_is_master(k, KEY_A, KEYS_MASTER_BYTES));
	assert_false(keys_is_master(k, KEY_B, KEYS_MASTER_BYTES));
	assert_false(keys_is_master(k, KEY_A, KEYS_MASTER_BYTES - 1));
	/* A key from bytes has no file. */
	assert_int_equal(keys_from_bytes(KEY_A, &mem), 0);
	assert_false(keys_is_file(mem, &st));
	assert_true(keys_is_master(mem, KEY_A, KEYS_MASTER_BYTES));
	keys_free(k);
	keys_free(mem);
}

static void
test_load_refuses_wrong_size(void **state)
{
	uint8_t big[KEYS_MASTER_BYTES + 1];
	struct keys *k = (struct keys *)1;
	struct test_errors err;

	(void)state;
	memcpy(big, KEY_A, KEYS_MASTER_BYTES);
	big[KEYS_MASTER_BYTES] = 'X';

	write_file(KEY_A, KEYS_MASTER_BYTES - 1, 0600);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), -EINVAL);
	assert_null(k);
	assert_non_null(strstr(err.text, "32"));
	assert_no_key_in(err.text, KEY_A);

	write_file(big, sizeof(big), 0600);
	k = (struct keys *)1;
	assert_int_equal(keys_load(path, &k, test_errors(&err)), -EINVAL);
	assert_null(k);
	assert_non_null(strstr(err.text, "32"));
	assert_no_key_in(err.text, KEY_A);

	write_file(KEY_A, 0, 0600);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), -EINVAL);
	assert_null(k);
}

/* A key anyone can guess is refused (hostile21): 32 zero bytes (head -c
 * 32 /dev/zero), a letter 32 times, two bytes in turn, a 16-byte block
 * twice.  Its id, on every view file and audit record, confirms the guess
 * in one hash, and every token can then be reversed by trying values;
 * before, each of these was loaded and served. */
static void
test_load_refuses_guessable_key(void **state)
{
	static const char *const guessable[] = {
		"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
		"ABABABABABABABABABABABABABABABAB",
		"0123456789abcdef0123456789abcdef",
		"secret!!secret!!secret!!secret!!",
		"0011001100110011001100110011001x",
	};
	/* Negative: keys of many values, the golden tests' bytes 0 to 31
	 * (a pattern, but no short block repeated), a 128-bit hex key. */
	static const char *const accepted[] = {
		"3f9a1c07e2b84d56a0c3e19f7b2d4816",
		"QWERTYUIOPASDFGHJKLZXCVBNMqwertX",
	};
	uint8_t key[KEYS_MASTER_BYTES];
	struct keys *k;
	struct test_errors err;

	(void)state;
	memset(key, 0, sizeof(key));
	write_file(key, sizeof(key), 0600);
	k = (struct keys *)1;
	assert_int_equal(keys_load(path, &k, test_errors(&err)), -EINVAL);
	assert_null(k);
	assert_non_null(strstr(err.text, "guess"));
	for (size_t i = 0; i < sizeof(guessable) / sizeof(*guessable); i++) {
		memcpy(key, guessable[i], sizeof(key));
		write_file(key, sizeof(key), 0600);
		k = (struct keys *)1;
		assert_int_equal(keys_load(path, &k, test_errors(&err)),
		    -EINVAL);
		assert_null(k);
		assert_non_null(strstr(err.text, "guess"));
		assert_no_key_in(err.text, key);
	}
	for (size_t i = 0; i < sizeof(key); i++)
		key[i] = (uint8_t)i;
	write_file(key, sizeof(key), 0600);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), 0);
	keys_free(k);
	for (size_t i = 0; i < sizeof(accepted) / sizeof(*accepted); i++) {
		memcpy(key, accepted[i], sizeof(key));
		write_file(key, sizeof(key), 0600);
		assert_int_equal(keys_load(path, &k, test_errors(&err)), 0);
		keys_free(k);
	}
}

static void
test_load_missing_and_not_regular(void **state)
{
	struct keys *k = (struct keys *)1;
	struct test_errors err;

	(void)state;
	unlink(path);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), -ENOENT);
	assert_null(k);
	assert_true(err.text[0] != '\0');
	/* One record, naming the key file, with the errno. */
	assert_int_equal(err.count, 1);
	assert_int_equal(err.code, ENOENT);
	assert_non_null(strstr(err.text, "key file"));
	assert_non_null(strstr(err.text, path));
	assert_non_null(strstr(err.text, strerror(ENOENT)));
	assert_true(keys_load(dir, &k, test_errors(&err)) < 0);
	assert_null(k);
}

static void
test_generate(void **state)
{
	uint8_t before[KEYS_MASTER_BYTES], after[KEYS_MASTER_BYTES + 1];
	struct keys *k = NULL;
	struct stat st;
	struct test_errors err;
	mode_t old;
	int fd;

	(void)state;
	unlink(path);
	/* A permissive umask must not make a readable key. */
	old = umask(0);
	assert_int_equal(keys_generate(path, test_errors(&err)), 0);
	umask(old);
	assert_int_equal(stat(path, &st), 0);
	assert_true(S_ISREG(st.st_mode));
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(st.st_size, KEYS_MASTER_BYTES);
	assert_int_equal(keys_load(path, &k, test_errors(&err)), 0);
	keys_free(k);

	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(read(fd, before, sizeof(before)), KEYS_MASTER_BYTES);
	close(fd);
	/* Not all zero: it is random. */
	{
		uint8_t zero[KEYS_MASTER_BYTES] = { 0 };
		assert_memory_not_equal(before, zero, KEYS_MASTER_BYTES);
	}

	assert_int_equal(keys_generate(path, test_errors(&err)), -EEXIST);
	assert_true(err.text[0] != '\0');
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(st.st_size, KEYS_MASTER_BYTES);
	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	assert_int_equal(read(fd, after, sizeof(after)), KEYS_MASTER_BYTES);
	close(fd);
	assert_memory_equal(before, after, KEYS_MASTER_BYTES);
}

static void
test_generate_differs(void **state)
{
	char path2[160];
	struct test_errors err;
	uint8_t a[KEYS_MASTER_BYTES], b[KEYS_MASTER_BYTES];
	int fd;

	(void)state;
	unlink(path);
	snprintf(path2, sizeof(path2), "%s/key2", dir);
	assert_int_equal(keys_generate(path, test_errors(&err)), 0);
	assert_int_equal(keys_generate(path2, test_errors(&err)), 0);
	fd = open(path, O_RDONLY);
	assert_int_equal(read(fd, a, sizeof(a)), KEYS_MASTER_BYTES);
	close(fd);
	fd = open(path2, O_RDONLY);
	assert_int_equal(read(fd, b, sizeof(b)), KEYS_MASTER_BYTES);
	close(fd);
	unlink(path2);
	assert_memory_not_equal(a, b, KEYS_MASTER_BYTES);
}

static int
is_lower_hex(const char *s)
{
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return 0;
	return 1;
}

static void
test_key_id(void **state)
{
	struct keys *a = NULL, *a2 = NULL, *b = NULL;
	uint8_t zero[KEYS_MASTER_BYTES] = { 0 };
	struct keys *z = NULL;
	char keyhex[2 * KEYS_MASTER_BYTES + 1];

	(void)state;
	assert_int_equal(keys_from_bytes(KEY_A, &a), 0);
	assert_int_equal(keys_from_bytes(KEY_A, &a2), 0);
	assert_int_equal(keys_from_bytes(KEY_B, &b), 0);
	assert_int_equal(keys_from_bytes(zero, &z), 0);
	assert_int_equal(strlen(keys_id(a)), KEYS_ID_HEX - 1);
	assert_true(is_lower_hex(keys_id(a)));
	assert_string_equal(keys_id(a), keys_id(a2));
	assert_string_not_equal(keys_id(a), keys_id(b));
	/* The id is not the key: no 8-hex-digit window of the key in it. */
	for (int which = 0; which < 2; which++) {
		const uint8_t *key = which ? zero : KEY_A;
		const char *id = which ? keys_id(z) : keys_id(a);
		for (size_t i = 0; i < KEYS_MASTER_BYTES; i++)
			snprintf(keyhex + 2 * i, 3, "%02x", key[i]);
		for (size_t i = 0; i + 8 <= 2 * KEYS_MASTER_BYTES; i += 2) {
			char win[9];
			memcpy(win, keyhex + i, 8);
			win[8] = '\0';
			assert_null(strstr(id, win));
		}
		assert_null(strstr(id, "00000000"));
	}
	/* Setting a project does not change the id. */
	{
		char before[KEYS_ID_HEX];
		snprintf(before, sizeof(before), "%s", keys_id(a));
		assert_int_equal(keys_set_project(a, "p"), 0);
		assert_string_equal(keys_id(a), before);
	}
	keys_free(a);
	keys_free(a2);
	keys_free(b);
	keys_free(z);
}

static void
test_derive(void **state)
{
	struct keys *k = NULL;
	struct keys_prf p1, p2, p3;
	uint8_t c1[KEYS_PRF_KEY_BYTES];

	(void)state;
	assert_int_equal(keys_from_bytes(KEY_A, &k), 0);
	/* No derivation before the project key exists. */
	assert_int_equal(keys_derive(k, "nom", &p1), -EINVAL);
	assert_int_equal(keys_set_project(k, "proj-1"), 0);
	/* Once only. */
	assert_int_equal(keys_set_project(k, "proj-2"), -EINVAL);

	assert_int_equal(keys_derive(k, "column:nom", &p1), 0);
	memcpy(c1, p1.key, sizeof(c1));
	assert_int_equal(keys_derive(k, "column:ipp", &p2), 0);
	assert_int_equal(keys_derive(k, "column:nom", &p3), 0);
	assert_memory_equal(p1.key, p3.key, KEYS_PRF_KEY_BYTES);
	assert_memory_not_equal(p1.key, p2.key, KEYS_PRF_KEY_BYTES);
	/* Deriving more did not overwrite the first key. */
	assert_memory_equal(p1.key, c1, KEYS_PRF_KEY_BYTES);
	/* Derived keys are not slices of the master key. */
	assert_null(memmem(KEY_A, KEYS_MASTER_BYTES, p1.key, 8));

	/* The PRF is a function of key and message. */
	{
		uint8_t o1[KEYS_PRF_BYTES], o2[KEYS_PRF_BYTES], o3[KEYS_PRF_BYTES];
		keys_prf(p1, "Dupont", 6, o1);
		keys_prf(p1, "Dupont", 6, o2);
		keys_prf(p2, "Dupont", 6, o3);
		assert_memory_equal(o1, o2, KEYS_PRF_BYTES);
		assert_memory_not_equal(o1, o3, KEYS_PRF_BYTES);
		keys_prf(p1, "Dupond", 6, o2);
		assert_memory_not_equal(o1, o2, KEYS_PRF_BYTES);
	}
	keys_seal(k);
	/* Sealed keys are still readable, and re-deriving a known label
	 * does not write. */
	assert_int_equal(keys_derive(k, "column:nom", &p3), 0);
	assert_memory_equal(p3.key, c1, KEYS_PRF_KEY_BYTES);
	keys_free(k);
}

static void
test_derive_per_project(void **state)
{
	struct keys *a = NULL, *b = NULL, *c = NULL, *d = NULL;
	struct keys_prf pa, pb, pc, pd;

	(void)state;
	assert_int_equal(keys_from_bytes(KEY_A, &a), 0);
	assert_int_equal(keys_from_bytes(KEY_A, &b), 0);
	assert_int_equal(keys_from_bytes(KEY_A, &c), 0);
	assert_int_equal(keys_from_bytes(KEY_B, &d), 0);
	assert_int_equal(keys_set_project(a, "cohorte-A"), 0);
	assert_int_equal(keys_set_project(b, "cohorte-B"), 0);
	assert_int_equal(keys_set_project(c, "cohorte-A"), 0);
	assert_int_equal(keys_set_project(d, "cohorte-A"), 0);
	assert_int_equal(keys_derive(a, "column:nom", &pa), 0);
	assert_int_equal(keys_derive(b, "column:nom", &pb), 0);
	assert_int_equal(keys_derive(c, "column:nom", &pc), 0);
	assert_int_equal(keys_derive(d, "column:nom", &pd), 0);
	/* Same master, same project: same key (pseudonyms are stable). */
	assert_memory_equal(pa.key, pc.key, KEYS_PRF_KEY_BYTES);
	/* Another project, or another master: unlinkable. */
	assert_memory_not_equal(pa.key, pb.key, KEYS_PRF_KEY_BYTES);
	assert_memory_not_equal(pa.key, pd.key, KEYS_PRF_KEY_BYTES);
	keys_free(a);
	keys_free(b);
	keys_free(c);
	keys_free(d);
}

static void
test_derive_limit(void **state)
{
	struct keys *k = NULL;
	struct keys_prf p;
	char label[32];
	int i;

	(void)state;
	assert_int_equal(keys_from_bytes(KEY_A, &k), 0);
	assert_int_equal(keys_set_project(k, "p"), 0);
	for (i = 0; i < KEYS_MAX_DERIVED; i++) {
		snprintf(label, sizeof(label), "l%d", i);
		assert_int_equal(keys_derive(k, label, &p), 0);
	}
	assert_int_equal(keys_derive(k, "one-too-many", &p), -ENOSPC);
	/* A known label is still served. */
	assert_int_equal(keys_derive(k, "l0", &p), 0);
	keys_free(k);
	keys_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_load_refuses_group_other,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_accepts_0600, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_load_refuses_wrong_size,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_refuses_guessable_key,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_missing_and_not_regular,
		    setup, teardown),
		cmocka_unit_test_setup_teardown(test_generate, setup, teardown),
		cmocka_unit_test_setup_teardown(test_generate_differs, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_is_key_file, setup, teardown),
		cmocka_unit_test(test_key_id),
		cmocka_unit_test(test_derive),
		cmocka_unit_test(test_derive_per_project),
		cmocka_unit_test(test_derive_limit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
