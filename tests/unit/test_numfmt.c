/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "numfmt.h"

static void
check_exact(double v, const char *want)
{
	struct rw_buf	 b = RW_BUF_INIT;

	rw_numfmt_exact(&b, v);
	assert_string_equal(rw_buf_cstr(&b), want);
	rw_buf_free(&b);
}

static void
check_compact(double v, enum rw_lang lang, const char *unit,
    const char *want)
{
	struct rw_buf	 b = RW_BUF_INIT;

	rw_numfmt_compact_unit(&b, v, unit, lang);
	assert_string_equal(rw_buf_cstr(&b), want);
	rw_buf_free(&b);
}

static void
exact_groups_digits(void **state)
{
	(void)state;
	check_exact(0, "0");
	check_exact(-0.0, "0");
	check_exact(7, "7");
	check_exact(999, "999");
	check_exact(1000, "1,000");
	check_exact(134000000, "134,000,000");
	check_exact(-1200, "-1,200");
	check_exact(3.25, "3.25");
	check_exact(12345.5, "12,345.5");
	check_exact(0.1, "0.1");
	check_exact(NAN, "?");
	check_exact(INFINITY, "?");
}

static void
compact_chinese(void **state)
{
	(void)state;
	check_compact(134000000, RW_LANG_ZH, "元", "1.34亿元");
	check_compact(536000, RW_LANG_ZH, "户", "53.6万户");
	check_compact(5000000, RW_LANG_ZH, "元", "500万元");
	check_compact(12345678, RW_LANG_ZH, "元", "1235万元");
	check_compact(10000, RW_LANG_ZH, "人", "1万人");
	check_compact(9999, RW_LANG_ZH, "人", "9,999人");
	check_compact(99995000, RW_LANG_ZH, "元", "1亿元");
	check_compact(350000000, RW_LANG_ZH, "元", "3.5亿元");
	check_compact(2.5e12, RW_LANG_ZH, NULL, "2.5万亿");
	check_compact(480.5, RW_LANG_ZH, "", "480.5");
	check_compact(9999.999, RW_LANG_ZH, "元", "1万元");
	check_compact(-20000, RW_LANG_ZH, "元", "-2万元");
}

static void
compact_english(void **state)
{
	(void)state;
	check_compact(134000000, RW_LANG_EN, "yuan", "134 million yuan");
	check_compact(536000, RW_LANG_EN, "households", "536,000 households");
	check_compact(2.5e9, RW_LANG_EN, NULL, "2.5 billion");
	check_compact(999600000, RW_LANG_EN, NULL, "1 billion");
	check_compact(1234567, RW_LANG_EN, NULL, "1.23 million");
	check_compact(0.004, RW_LANG_EN, NULL, "0");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(exact_groups_digits),
		cmocka_unit_test(compact_chinese),
		cmocka_unit_test(compact_english),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
