/* One memory budget for the daemon: the buffers that grow with the data
 * (read buffers, record, cell and output buffers, the tail of a record kept
 * for the next read), the index cache and the mount's inode table are
 * charged to it, so a reader
 * cannot make the daemon grow without bound with huge fields or thousands
 * of handles.  A charge that would pass the limit fails with -ENOMEM: the
 * request that needed it fails, nothing else.  Limit 0 (the exporter's
 * default): counted, never refused.  Thread-safe; knows nothing of FUSE. */
#ifndef PSEUDONYMFS_MEMBUDGET_H
#define PSEUDONYMFS_MEMBUDGET_H

#include <stddef.h>

#include "pfs_error.h"

#define MEMBUDGET_DEFAULT	((size_t)256 << 20)

void	membudget_set_limit(size_t limit);
size_t	membudget_limit(void);
size_t	membudget_used(void);
/* 0, or -ENOMEM (nothing charged) if used + n would pass the limit. */
int	membudget_charge(size_t n) PFS_WUR;
void	membudget_uncharge(size_t n);
/* "256M", "1G", "65536k", "1048576": bytes, or 0 if it does not parse. */
size_t	membudget_parse(const char *s);

#endif
