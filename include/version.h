/* The program's version, shown by --version and recorded in the
 * provenance of every view file (provenance.h). */
#ifndef PSEUDONYMFS_VERSION_H
#define PSEUDONYMFS_VERSION_H

#define PSEUDONYMFS_VERSION	"0.1"

#endif
