/* Words of other scripts in ASCII Latin letters, by ICU's standard
 * transliterators (leaks47; include/translit.h). */
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>

#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "translit.h"
#include "util.h"

/* A word no longer than this is read (a name's part, glued to a case
 * ending or to a few letters of an evasion) */
#define TRANSLIT_MAX	64

/* ISO 9 (ICU's Cyrillic-Latin), UNGEGN/ELOT 743 (Greek-Latin), then
 * the marks off (Latin-ASCII): "Дюпо" dupo, "ДЮПОН" dupon, "Ντυπό" ntypo.
 * glibc's iconv //TRANSLIT writes '?' for every Cyrillic and Greek
 * letter; ICU is linked already (norm.c, textnorm.c). */
static const char translit_id[] = "Any-Latin; Latin-ASCII";

/* One transliterator a process, made at the first word that asks, its
 * calls one at a time: ICU's are not to be shared between threads, and
 * a clone a thread cost more than the words it reads (2.7 M of the
 * bench's model per thread, most of its rules copied; the calls are a
 * word of those scripts that no key read, rare).  Made, "Any-Latin"
 * loads its rules: some 170 M instructions once. */
static UTransliterator *translit_one;
static pthread_once_t translit_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t translit_lock = PTHREAD_MUTEX_INITIALIZER;

static int
translit_vowel(UChar c)
{
	c |= 0x20;
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
	    c == 'y';
}

static void
translit_open(void)
{
	UChar id[sizeof(translit_id)];
	UErrorCode st = U_ZERO_ERROR;

	/* the tests' fault: ICU's data cannot be had (leaks48) */
	if (util_test_fault("translit"))
		return;
	u_uastrcpy(id, translit_id);
	translit_one = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL,
	    &st);
	if (U_FAILURE(st))
		translit_one = NULL;
}

int
translit_init(void)
{
	pthread_once(&translit_once, translit_open);
	return translit_one != NULL ? 0 : -EIO;
}

long
translit_ascii(struct translit **tp, const char *s, size_t n, char *out,
    size_t room)
{
	UChar u[TRANSLIT_MAX * 8];
	UErrorCode st = U_ZERO_ERROR;
	int32_t un = 0, lim;
	size_t m = 0;

	if (n == 0 || n > TRANSLIT_MAX)
		return 0;
	if (*tp == NULL) {
		/* fail closed (leaks48): a word this reads would go raw
		 * if nothing were read; detect_prepare asked already, so
		 * this is for a caller that did not */
		if (translit_init() != 0)
			return -EIO;
		*tp = (struct translit *)translit_one;
	}
	/* the tests' fault: ICU fails on a word once made (review48) */
	if (util_test_fault("translit_run"))
		return -EIO;
	u_strFromUTF8(u, TRANSLIT_MAX * 2, &un, s, (int32_t)n, &st);
	if (U_FAILURE(st))
		return 0;
	lim = un;
	pthread_mutex_lock(&translit_lock);
	utrans_transUChars((UTransliterator *)*tp, u, &un,
	    (int32_t)(sizeof(u) / sizeof(u[0])), 0, &lim, &st);
	pthread_mutex_unlock(&translit_lock);
	if (U_FAILURE(st))	/* (fail closed: the word is not read) */
		return st == U_MEMORY_ALLOCATION_ERROR ? -ENOMEM : -EIO;
	for (int32_t i = 0; i < un; i++) {
		UChar c = u[i];

		/* leaks48: the soft sign (ISO 9's prime, an apostrophe once
		 * marks are off) between a consonant and a vowel is how
		 * Russian writes a French "i" before a vowel
		 * ("Монгольфье" montgolfie, "Ришелье" richelie) */
		if (c >= 0x300 && c <= 0x36f)
			continue;	/* a mark left (ISO 9's "Ь" is ʹ̱) */
		if ((c == '\'' || c == 0x2b9) && m > 0) {
			int32_t j = i + 1;

			while (j < un && u[j] >= 0x300 && u[j] <= 0x36f)
				j++;
			if (j < un && !translit_vowel(out[m - 1]) &&
			    translit_vowel(u[j]))
				c = 'i';
		}
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c >= 'a' && c <= 'z') {
			if (m == room)
				return 0;
			out[m++] = (char)c;
		} else if (c >= 0x80)
			return 0;	/* a letter no table writes */
	}
	return (long)m;
}

void
translit_free(struct translit **tp)
{
	*tp = NULL;	/* (the process's: it lives as long) */
}
