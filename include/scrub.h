/* op = scrub: the replacement of what src/detect.c finds in free text.  Its
 * cell function is the `apply` of the scrub row of the operator table. */
#ifndef PSEUDONYMFS_SCRUB_H
#define PSEUDONYMFS_SCRUB_H

#include "policy.h"

op_apply_fn scrub_apply;

#endif
