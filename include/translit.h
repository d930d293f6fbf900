/* Words of other scripts (Cyrillic, Greek, mixed with Latin letters or
 * not) written in ASCII Latin letters by ICU's standard transliterators
 * (leaks47: the row's name transliterated, docs/threat-model.md). */
#ifndef PFS_TRANSLIT_H
#define PFS_TRANSLIT_H

#include <stddef.h>

#include "pfs_error.h"

struct translit;

/* The UTF-8 text s[0, n) in lower-case ASCII letters (ICU "Any-Latin;
 * Latin-ASCII": ISO 9 for Cyrillic, UNGEGN for Greek, marks dropped),
 * anything not a letter dropped, into out (room bytes).  *tp: the
 * caller's handle, set at its first call to the process's one
 * transliterator (made then; calls from threads wait their turn).  Its
 * length, 0 for none (too long, no letter), -ENOMEM, or -EIO when
 * the transliterator cannot be made or fails (leaks48: fail closed, the
 * cell fails rather than a word going unread). */
/* Make the process's transliterator now (detect_prepare, at a
 * program's start when its policy scrubs): 0, or -EIO if ICU cannot
 * open it (or the tests' fault "translit", PSEUDONYMFS_TEST_FAULT). */
int	translit_init(void) PFS_WUR;
long	translit_ascii(struct translit **tp, const char *s, size_t n,
	    char *out, size_t room) PFS_WUR;
void	translit_free(struct translit **tp);

#endif
