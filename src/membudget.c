/* The memory budget: one atomic counter and a limit. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>

#include "membudget.h"

static size_t budget_limit;	/* 0: none */
static size_t budget_used;

void
membudget_set_limit(size_t limit)
{
	__atomic_store_n(&budget_limit, limit, __ATOMIC_RELAXED);
}

size_t
membudget_limit(void)
{
	return __atomic_load_n(&budget_limit, __ATOMIC_RELAXED);
}

size_t
membudget_used(void)
{
	return __atomic_load_n(&budget_used, __ATOMIC_RELAXED);
}

int
membudget_charge(size_t n)
{
	size_t limit = membudget_limit();
	size_t now = __atomic_add_fetch(&budget_used, n, __ATOMIC_RELAXED);

	if (limit != 0 && (now > limit || now < n)) {
		__atomic_sub_fetch(&budget_used, n, __ATOMIC_RELAXED);
		return -ENOMEM;
	}
	return 0;
}

void
membudget_uncharge(size_t n)
{
	__atomic_sub_fetch(&budget_used, n, __ATOMIC_RELAXED);
}

size_t
membudget_parse(const char *s)
{
	unsigned long long v;
	char *end;
	int shift = 0;

	if (s == NULL || *s < '0' || *s > '9')
		return 0;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return 0;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	}
	if (*end == 'B' || *end == 'b')
		end++;
	if (*end != '\0' || v > (SIZE_MAX >> shift))
		return 0;
	return (size_t)v << shift;
}
