/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "map.h"

static void
put_get_replace(void **state)
{
	struct rw_map	*m = rw_map_new();
	uint64_t	 v;

	(void)state;
	rw_map_put(m, "a", 1, 1);
	rw_map_put(m, "ab", 2, 2);
	rw_map_put(m, "a\0b", 3, 3);	/* keys are bytes, not C strings */
	assert_true(rw_map_get(m, "a", 1, &v));
	assert_int_equal(v, 1);
	assert_true(rw_map_get(m, "a\0b", 3, &v));
	assert_int_equal(v, 3);
	assert_false(rw_map_get(m, "b", 1, &v));
	rw_map_put(m, "a", 1, 9);
	assert_true(rw_map_get(m, "a", 1, &v));
	assert_int_equal(v, 9);
	assert_int_equal(rw_map_count(m), 3);
	rw_map_free(m);
}

static void
many_keys(void **state)
{
	struct rw_map	*m = rw_map_new();
	char		 k[32];
	uint64_t	 v;
	int		 i, n;

	(void)state;
	for (i = 0; i < 100000; i++) {
		n = snprintf(k, sizeof(k), "key%d", i);
		rw_map_put(m, k, (size_t)n, (uint64_t)i * 7);
	}
	assert_int_equal(rw_map_count(m), 100000);
	for (i = 0; i < 100000; i += 997) {
		n = snprintf(k, sizeof(k), "key%d", i);
		assert_true(rw_map_get(m, k, (size_t)n, &v));
		assert_int_equal(v, (uint64_t)i * 7);
	}
	rw_map_free(m);
	rw_map_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(put_get_replace),
		cmocka_unit_test(many_keys),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
