/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"

static void
buf_grows_and_terminates(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	int		 i;

	(void)state;
	for (i = 0; i < 1000; i++)
		rw_buf_adds(&b, "ab");
	assert_int_equal(b.len, 2000);
	assert_int_equal(b.data[2000], '\0');
	rw_buf_truncate(&b, 3);
	assert_string_equal(b.data, "aba");
	rw_buf_printf(&b, "%d-%s", 42, "x");
	assert_string_equal(rw_buf_cstr(&b), "aba42-x");
	rw_buf_free(&b);
}

static void
buf_take_resets(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	char		*s;

	(void)state;
	s = rw_buf_take(&b);		/* empty buffer gives "" */
	assert_string_equal(s, "");
	free(s);
	rw_buf_addc(&b, 'z');
	s = rw_buf_take(&b);
	assert_string_equal(s, "z");
	assert_null(b.data);
	assert_int_equal(b.len, 0);
	free(s);
}

static void
hash_is_stable(void **state)
{
	char	 hex[17];

	(void)state;
	/* FNV-1a 64 reference values. */
	assert_true(rw_hash64("", 0) == 0xcbf29ce484222325ULL);
	assert_true(rw_hash64("a", 1) == 0xaf63dc4c8601ec8cULL);
	rw_hex64(0xaf63dc4c8601ec8cULL, hex);
	assert_string_equal(hex, "af63dc4c8601ec8c");
	assert_true(rw_hash64_more(rw_hash64("ab", 2), "c", 1) ==
	    rw_hash64("abc", 3));
}

static void
string_helpers(void **state)
{
	struct rw_err	 e;
	char		*s;

	(void)state;
	assert_true(rw_streq(NULL, NULL));
	assert_false(rw_streq("a", NULL));
	assert_true(rw_has_prefix("reliefwatch", "relief"));
	assert_false(rw_has_prefix("re", "relief"));
	assert_true(rw_has_suffix("a.html", ".html"));
	assert_false(rw_has_suffix("html", ".html"));
	s = xasprintf("%s=%d", "n", 5);
	assert_string_equal(s, "n=5");
	free(s);
	rw_err_set(&e, "bad %s", "thing");
	assert_string_equal(e.msg, "bad thing");
	rw_err_set(NULL, "ignored");
}

static void
strv_uniq_keeps_first(void **state)
{
	const char	*in[] = { "b", "a", "b", "c", "a", "b" };
	char		**v;
	size_t		 i, n = 6;

	(void)state;
	v = xcalloc(n, sizeof(*v));
	for (i = 0; i < n; i++)
		v[i] = xstrdup(in[i]);
	rw_strv_uniq(v, &n);
	assert_int_equal(n, 3);
	assert_string_equal(v[0], "b");
	assert_string_equal(v[1], "a");
	assert_string_equal(v[2], "c");
	rw_strv_uniq(v, &n);
	assert_int_equal(n, 3);
	rw_strv_free(v, n);
	n = 0;
	rw_strv_uniq(NULL, &n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(buf_grows_and_terminates),
		cmocka_unit_test(buf_take_resets),
		cmocka_unit_test(hash_is_stable),
		cmocka_unit_test(string_helpers),
		cmocka_unit_test(strv_uniq_keeps_first),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
