/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "utf8.h"

static void
decode_valid(void **state)
{
	int32_t	 cp;

	(void)state;
	assert_int_equal(rw_utf8_decode("A", 1, &cp), 1);
	assert_int_equal(cp, 'A');
	assert_int_equal(rw_utf8_decode("\xe4\xb8\x87", 3, &cp), 3);	/* 万 */
	assert_int_equal(cp, 0x4e07);
	assert_int_equal(rw_utf8_decode("\xf0\xa0\x80\x80", 4, &cp), 4);
	assert_int_equal(cp, 0x20000);
}

static void
decode_rejects_bad(void **state)
{
	int32_t	 cp;

	(void)state;
	assert_int_equal(rw_utf8_decode("\xc0\xaf", 2, &cp), 1);	/* overlong */
	assert_int_equal(cp, -1);
	assert_int_equal(rw_utf8_decode("\xed\xa0\x80", 3, &cp), 1);	/* surrogate */
	assert_int_equal(cp, -1);
	assert_int_equal(rw_utf8_decode("\xe4\xb8", 2, &cp), 1);	/* truncated */
	assert_int_equal(cp, -1);
	assert_int_equal(rw_utf8_decode("\xf4\x90\x80\x80", 4, &cp), 1);
	assert_int_equal(cp, -1);
	assert_false(rw_utf8_valid("a\xff", 2));
	assert_true(rw_utf8_valid("a\xe4\xb8\x87", 4));
}

static void
sanitize_repairs(void **state)
{
	char	*s;

	(void)state;
	s = rw_utf8_sanitize("a\xff\0b\xe4\xb8", 6);
	assert_string_equal(s, "a\xef\xbf\xbd" "b\xef\xbf\xbd\xef\xbf\xbd");
	free(s);
}

static void
offsets_are_code_points(void **state)
{
	const char	*s = "\xe7\xba\xa6" "480\xe4\xb8\x87";	/* 约480万 */
	char		 out[4];

	(void)state;
	assert_int_equal(rw_utf8_count(s, strlen(s)), 5);
	assert_int_equal(rw_utf8_offset(s, strlen(s), 1), 3);
	assert_int_equal(rw_utf8_offset(s, strlen(s), 4), 6);
	assert_int_equal(rw_utf8_offset(s, strlen(s), 9), strlen(s));
	assert_int_equal(rw_utf8_encode(0x4e07, out), 3);
	assert_memory_equal(out, "\xe4\xb8\x87", 3);
	assert_int_equal(rw_utf8_encode(0xd800, out), 3);	/* -> U+FFFD */
	assert_memory_equal(out, "\xef\xbf\xbd", 3);
}

static void
fold_full_width_and_spaces(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	/* "２０２４：（据）" U+3000 NBSP ZWSP, then a bad byte */
	const char	*s = "\xef\xbc\x92\xef\xbc\x90\xef\xbc\x92\xef\xbc\x94"
	    "\xef\xbc\x9a\xef\xbc\x88\xe6\x8d\xae\xef\xbc\x89"
	    "\xe3\x80\x80\xc2\xa0\xe2\x80\x8bx\t\xff";

	(void)state;
	rw_utf8_fold(s, strlen(s), &b);
	assert_string_equal(rw_buf_cstr(&b),
	    "2024:(\xe6\x8d\xae)  x \xef\xbf\xbd");
	assert_int_equal(rw_utf8_fold_cp(0x4e07), 0x4e07);
	assert_int_equal(rw_utf8_fold_cp(0xfeff), -1);
	rw_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(decode_valid),
		cmocka_unit_test(decode_rejects_bad),
		cmocka_unit_test(sanitize_repairs),
		cmocka_unit_test(offsets_are_code_points),
		cmocka_unit_test(fold_full_width_and_spaces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
