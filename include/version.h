/* The version both programs print (--version) and the man pages name. */
#ifndef PSEUDONYMFS_VERSION_H
#define PSEUDONYMFS_VERSION_H
#define PSEUDONYMFS_VERSION	"0.1"
#endif
