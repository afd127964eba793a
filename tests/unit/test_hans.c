/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"
#include "utf8.h"
#include "hans.h"
#include "cpview.h"

static int
setup(void **state)
{
	struct rw_err	 err;

	*state = rw_hans_new(&err);
	return *state == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	rw_hans_free(*state);
	return 0;
}

/* The matching view of text as UTF-8; caller frees. */
static char *
view_key(const struct rw_hans *h, const char *text, size_t trad)
{
	struct rw_cpview	 v;
	struct rw_buf		 b = RW_BUF_INIT;
	char			 u[4];
	size_t			 i;

	rw_cpview_init(&v, text, strlen(text), h, trad);
	for (i = 0; i < v.n; i++)
		rw_buf_add(&b, u, rw_utf8_encode(v.key[i], u));
	rw_buf_cstr(&b);
	rw_cpview_free(&v);
	return rw_buf_take(&b);
}

static void
one_for_one(void **state)
{
	const struct rw_hans	*h = *state;
	char			*s;

	s = view_key(h, "（據廈門日報）江門市慈善會，共12戶。", 0);
	assert_string_equal(s, "（据厦门日报）江门市慈善会，共12户。");
	free(s);
	/* Simplified text is left alone unless told */
	s = view_key(h, "重慶", RW_CPVIEW_TRAD);
	assert_string_equal(s, "重慶");
	free(s);
	s = view_key(h, "", 0);
	assert_string_equal(s, "");
	free(s);
}

static void
offsets_survive(void **state)
{
	const struct rw_hans	*h = *state;
	struct rw_cpview	 v;
	const char		*text = "a\xff區\xe4域";
	char			*s;

	rw_cpview_init(&v, text, strlen(text), h, 0);
	/* the bad bytes count as one code point each */
	assert_int_equal(v.n, 5);
	assert_int_equal(v.cp[1], 0xfffd);
	assert_int_equal(v.key[2], 0x533a);	/* 区 */
	s = rw_cpview_strdup(&v, 2, 3);
	assert_string_equal(s, "區");
	free(s);
	s = rw_cpview_strdup(&v, 4, 99);
	assert_string_equal(s, "域");
	free(s);
	s = rw_cpview_strdup(&v, 3, 2);
	assert_string_equal(s, "");
	free(s);
	rw_cpview_free(&v);
}

static void
detects_traditional(void **state)
{
	const int32_t	 trad[] = { 0x570b, 0x5340, 0x7e23 };	/* 國區縣 */
	const int32_t	 simp[] = { 0x56fd, 0x533a, 0x53bf };	/* 国区县 */

	(void)state;
	assert_int_equal(rw_hans_traditional(trad, 3, 3), 3);
	assert_int_equal(rw_hans_traditional(trad, 3, 1), 1);
	assert_int_equal(rw_hans_traditional(simp, 3, 3), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(one_for_one),
		cmocka_unit_test(offsets_survive),
		cmocka_unit_test(detects_traditional),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
