/* Windows-1252 <-> UTF-8 by table, for the cells of a Windows-1252 export:
 * iconv costs a few hundred instructions per call and is called for every
 * cell of such a file.  The tables are made once by iconv itself (a
 * single-byte charset converts byte by byte), and anything they do not
 * cover (an undefined byte, a character outside Windows-1252, invalid
 * UTF-8) is left to iconv, so the bytes are always iconv's. */
#ifndef PSEUDONYMFS_CP1252_H
#define PSEUDONYMFS_CP1252_H

#include <stddef.h>

#include "buf.h"
#include "pfs_error.h"

/* s[0..n) from Windows-1252 into out (reset first) as UTF-8: 0, -ENOMEM,
 * or -ENOTSUP when the table does not cover it (then convert with iconv;
 * out holds nothing useful). */
int	cp1252_to_utf8(const char *s, size_t n, struct buf *out) PFS_WUR;

/* s[0..n) from UTF-8 into out (reset first) as Windows-1252: 0, -ENOMEM, or
 * -ENOTSUP when a character is not in Windows-1252 or s is not UTF-8 (then
 * iconv decides: transliteration or an error). */
int	cp1252_from_utf8(const char *s, size_t n, struct buf *out) PFS_WUR;

#endif
