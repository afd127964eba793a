/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "decode.h"
#include "utf8.h"

/* 民政 in GBK and in Big5, and 救助 in GBK. */
#define GBK_MINZHENG	"\xc3\xf1\xd5\xfe"
#define GBK_JIUZHU	"\xbe\xc8\xd6\xfa"
#define BIG5_MINZHENG	"\xa5\xc1\xac\x46"

static void
decode_ok(const char *in, size_t n, const char *enc, const char *want)
{
	struct rw_decoded	 d;
	struct rw_err		 e;

	assert_int_equal(rw_decode(in, n, &d, &e), 0);
	assert_string_equal(d.encoding, enc);
	assert_true(rw_utf8_valid(d.text, d.len));
	assert_int_equal(strlen(d.text), d.len);	/* no NULs inside */
	if (want != NULL)
		assert_non_null(strstr(d.text, want));
	rw_decoded_free(&d);
}

static void
declared_gb2312_read_as_gb18030(void **state)
{
	static const char p[] = "<html><head><meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=gb2312\"></head><body><p>"
	    GBK_MINZHENG GBK_JIUZHU "</p></body></html>";

	(void)state;
	decode_ok(p, sizeof(p) - 1, "GB18030", "民政救助");
}

static void
undeclared_gbk_is_detected(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	int		 i;

	(void)state;
	rw_buf_adds(&b, "<html><body>");
	for (i = 0; i < 40; i++)
		rw_buf_adds(&b, "<p>" GBK_MINZHENG GBK_JIUZHU "</p>");
	rw_buf_adds(&b, "</body></html>");
	decode_ok(b.data, b.len, "GB18030", "民政救助");
	rw_buf_free(&b);
}

static void
lying_utf8_declaration(void **state)
{
	struct rw_buf	 b = RW_BUF_INIT;
	int		 i;

	(void)state;
	rw_buf_adds(&b, "<meta charset=\"utf-8\"><body>");
	for (i = 0; i < 40; i++)
		rw_buf_adds(&b, "<p>" GBK_MINZHENG GBK_JIUZHU "</p>");
	decode_ok(b.data, b.len, "GB18030", "民政救助");
	rw_buf_free(&b);
}

static void
valid_utf8_wins_over_declaration(void **state)
{
	static const char p[] = "<meta charset=gbk><p>民政救助</p>";

	(void)state;
	decode_ok(p, sizeof(p) - 1, "UTF-8", "民政救助");
}

static void
big5_declared(void **state)
{
	static const char p[] = "<meta charset='big5'><p>" BIG5_MINZHENG "</p>";

	(void)state;
	decode_ok(p, sizeof(p) - 1, "BIG5-HKSCS", "民政");
}

static void
boms(void **state)
{
	static const char u8[] = "\xef\xbb\xbf<p>\xe6\xb0\x91</p>";
	static const char u16[] = "\xff\xfe<\0p\0>\0\x11\x6c<\0/\0p\0>\0";

	(void)state;
	decode_ok(u8, sizeof(u8) - 1, "UTF-8", "<p>民</p>");
	decode_ok(u16, sizeof(u16) - 1, "UTF-16LE", "<p>民</p>");
}

static void
bad_bytes_repaired_and_nuls_dropped(void **state)
{
	static const char p[] = "<meta charset=utf-8><p>ab\0c\xe6\xb0</p>";

	(void)state;
	decode_ok(p, sizeof(p) - 1, "UTF-8", "abc\xef\xbf\xbd");
}

static void
refuses_non_text(void **state)
{
	struct rw_decoded	 d;
	struct rw_err		 e;

	(void)state;
	assert_int_equal(rw_decode("", 0, &d, &e), -1);
	assert_string_equal(e.msg, "empty file");
	assert_int_equal(rw_decode(" \n\t", 3, &d, &e), -1);
	assert_string_equal(e.msg, "file holds only white space");
	assert_int_equal(rw_decode("\x1f\x8b\x08\0\0\0", 6, &d, &e), -1);
	assert_string_equal(e.msg, "binary content (gzip), not HTML");
	assert_int_equal(rw_decode("%PDF-1.4\n", 9, &d, &e), -1);
	assert_string_equal(e.msg, "binary content (PDF), not HTML");
	assert_int_equal(rw_decode("\x01\x02\x03\x04\x05\x06", 6, &d, &e), -1);
}

static void
canonical_labels(void **state)
{
	(void)state;
	assert_string_equal(rw_decode_canonical("GB2312", 6), "GB18030");
	assert_string_equal(rw_decode_canonical("\"utf-8\"", 7), "UTF-8");
	assert_string_equal(rw_decode_canonical("ISO-8859-1", 10),
	    "WINDOWS-1252");
	assert_null(rw_decode_canonical("x-nonsense", 10));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(declared_gb2312_read_as_gb18030),
		cmocka_unit_test(undeclared_gbk_is_detected),
		cmocka_unit_test(lying_utf8_declaration),
		cmocka_unit_test(valid_utf8_wins_over_declaration),
		cmocka_unit_test(big5_declared),
		cmocka_unit_test(boms),
		cmocka_unit_test(bad_bytes_repaired_and_nuls_dropped),
		cmocka_unit_test(refuses_non_text),
		cmocka_unit_test(canonical_labels),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
