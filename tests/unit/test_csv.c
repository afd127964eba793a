/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>

#include "csv.h"

static void
check_text(const char *in, const char *want)
{
	struct rw_buf	 b = RW_BUF_INIT;

	rw_csv_text(&b, in);
	assert_string_equal(rw_buf_cstr(&b), want);
	rw_buf_free(&b);
}

static void
plain_cells_pass(void **state)
{
	(void)state;
	check_text(NULL, "");
	check_text("", "");
	check_text("湖南省民政厅", "湖南省民政厅");
	check_text("500万元", "500万元");
	check_text("a-b", "a-b");		/* only a leading '-' matters */
}

static void
quoting(void **state)
{
	(void)state;
	check_text("a,b", "\"a,b\"");
	check_text("say \"hi\"", "\"say \"\"hi\"\"\"");
	check_text("two\nlines", "\"two\nlines\"");
	check_text(" pad", "\" pad\"");
	check_text("pad ", "\"pad \"");
}

static void
formulas_are_guarded(void **state)
{
	(void)state;
	check_text("=1+1", "\"'=1+1\"");
	check_text("+86 10", "\"'+86 10\"");
	check_text("-2", "\"'-2\"");
	check_text("@SUM(A1)", "\"'@SUM(A1)\"");
	check_text("\tx", "\"'\tx\"");
	check_text("\rx", "\"'\rx\"");
	check_text("  =HYPERLINK(\"http://x\")",
	    "\"'  =HYPERLINK(\"\"http://x\"\")\"");
	check_text("＝1+1", "\"'＝1+1\"");
	check_text("＋1", "\"'＋1\"");
}

static void
numbers(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;

	(void)state;
	rw_csv_number(&b, 134000000);
	rw_csv_sep(&b);
	rw_csv_number(&b, 0.1);
	rw_csv_sep(&b);
	rw_csv_number(&b, -2);
	rw_csv_sep(&b);
	rw_csv_int(&b, 42);
	rw_csv_eol(&b);
	assert_string_equal(rw_buf_cstr(&b), "134000000,0.1,-2,42\r\n");
	rw_buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plain_cells_pass),
		cmocka_unit_test(quoting),
		cmocka_unit_test(formulas_are_guarded),
		cmocka_unit_test(numbers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
