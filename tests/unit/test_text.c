/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "text.h"
#include "utf8.h"
#include "util.h"

static struct rw_text_ctx *ctx;

static int
setup(void **state)
{
	struct rw_err	 err;

	(void)state;
	ctx = rw_text_ctx_new(&err);
	return ctx == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	rw_text_ctx_free(ctx);
	return 0;
}

static char *
view_of(const char *s, int *converted)
{
	struct rw_text	*t;
	struct rw_err	 err;
	char		*v;

	t = rw_text_new(ctx, s, strlen(s), &err);
	assert_non_null(t);
	v = rw_text_view(t, 0, t->ncp);
	if (converted != NULL)
		*converted = t->converted;
	rw_text_free(t);
	return v;
}

/* Every view code point maps to one original code point, in order. */
static void
assert_map_exact(const struct rw_text *t)
{
	size_t	 i;
	int32_t	 c;

	for (i = 0; i + 1 < t->ncp; i++)
		assert_true(t->map[i] < t->map[i + 1]);
	for (i = 0; i < t->ncp; i++) {
		assert_true(t->map[i] < t->norig);
		rw_utf8_decode(t->src + t->ob[t->map[i]],
		    t->srclen - t->ob[t->map[i]], &c);
		assert_true(c >= 0);
	}
	assert_int_equal(t->map[t->ncp], t->norig);
}

static void
simplified_untouched(void **state)
{
	char	*v;
	int	 conv;

	(void)state;
	v = view_of("发放救助资金134237元，惠及困难群众。", &conv);
	assert_string_equal(v, "发放救助资金134237元，惠及困难群众。");
	assert_int_equal(conv, 0);
	free(v);
}

static void
fullwidth_folded(void **state)
{
	char	*v;

	(void)state;
	v = view_of("２.７５万元，４３２３．６万元；ＡＢｃ－５％～６", NULL);
	assert_string_equal(v, "2.75万元，4323.6万元；ABc-5%~6");
	free(v);
	/* Chinese punctuation is kept */
	v = view_of("（据）：“好”，１，２３４", NULL);
	assert_string_equal(v, "（据）：“好”，1，234");
	free(v);
}

static void
traditional_converted(void **state)
{
	struct rw_text	*t;
	struct rw_err	 err;
	const char	*s = "慰問困難戶１２０戶，約38萬元，3臺次";
	char		*v;

	(void)state;
	t = rw_text_new(ctx, s, strlen(s), &err);
	assert_non_null(t);
	assert_int_equal(t->converted, 1);
	v = rw_text_view(t, 0, t->ncp);
	assert_string_equal(v, "慰问困难户120户，约38万元，3台次");
	assert_int_equal(t->ncp, t->norig);
	assert_map_exact(t);
	free(v);
	rw_text_free(t);
	assert_true(rw_text_is_trad(ctx, 0x6236));	/* 戶 */
	assert_false(rw_text_is_trad(ctx, 0x6237));	/* 户 */
}

static void
phrase_length_change_keeps_map(void **state)
{
	struct rw_text_ctx	*tw;
	struct rw_text		*t;
	struct rw_err		 err;
	const char		*s = "我的内存很大，U盘里有3户资料";
	char			*v, *o;

	(void)state;
	/* s2twp turns 内存 into 記憶體 and U盘 into 隨身碟 */
	tw = rw_text_ctx_open("s2twp.json", RW_TEXT_PHRASES, &err);
	assert_non_null(tw);
	t = rw_text_new(tw, s, strlen(s), &err);
	assert_non_null(t);
	assert_int_equal(t->ncp, t->norig);
	assert_map_exact(t);
	v = rw_text_view(t, 0, t->ncp);
	assert_int_equal(rw_utf8_count(v, strlen(v)), t->norig);
	assert_true(strstr(v, "3戶") != NULL);
	o = rw_text_orig(t, rw_text_ostart(t, 11), rw_text_oend(t, 13));
	assert_string_equal(o, "3户");
	free(o);
	free(v);
	rw_text_free(t);
	rw_text_ctx_free(tw);
}

/* The character table gives what OpenCC gives on whole texts. */
static void
table_equals_opencc(void **state)
{
	struct rw_text_ctx	*ph;
	struct rw_text		*a, *b;
	struct rw_err		 err;
	const char		*s = "據介紹，當天下午，三支救助隊伍分頭前往薌城區、"
	    "龍文區和高新區，在街面勸導救助流浪人員。行動中共出動車輛3臺次，"
	    "參與聯合行動的工作人員達48人次，發出被子5床。為5個社區92戶確有"
	    "困難的家庭各發放500元的小心願物品和慰問金，累計支出約38萬元。";
	char			*va, *vb;

	(void)state;
	ph = rw_text_ctx_open("t2s.json", RW_TEXT_PHRASES, &err);
	assert_non_null(ph);
	a = rw_text_new(ctx, s, strlen(s), &err);
	b = rw_text_new(ph, s, strlen(s), &err);
	va = rw_text_view(a, 0, a->ncp);
	vb = rw_text_view(b, 0, b->ncp);
	assert_string_equal(va, vb);
	assert_true(strstr(va, "发放500元") != NULL);
	free(va);
	free(vb);
	rw_text_free(a);
	rw_text_free(b);
	/* where a phrase decides, only RW_TEXT_PHRASES follows it */
	s = "乾隆年間";
	a = rw_text_new(ctx, s, strlen(s), &err);
	b = rw_text_new(ph, s, strlen(s), &err);
	va = rw_text_view(a, 0, a->ncp);
	vb = rw_text_view(b, 0, b->ncp);
	assert_string_equal(va, "干隆年间");
	assert_string_equal(vb, "乾隆年间");
	free(va);
	free(vb);
	rw_text_free(a);
	rw_text_free(b);
	rw_text_ctx_free(ph);
}

static void
pinyin_dropped(void **state)
{
	struct rw_text	*t;
	struct rw_err	 err;
	const char	*s = "救助17萬(wàn)3千元（jiā）和(kg)";
	char		*v, *o;

	(void)state;
	t = rw_text_new(ctx, s, strlen(s), &err);
	assert_non_null(t);
	v = rw_text_view(t, 0, t->ncp);
	/* toned or after a numeral: dropped; (kg) after 和 stays */
	assert_string_equal(v, "救助17万3千元和(kg)");
	assert_map_exact(t);
	/* view 2..8 is 17万3千元: the original span holds the annotation */
	o = rw_text_orig(t, rw_text_ostart(t, 2), rw_text_oend(t, 8));
	assert_string_equal(o, "17萬(wàn)3千元");
	free(o);
	free(v);
	rw_text_free(t);
}

static void
invalid_bytes_one_code_point(void **state)
{
	struct rw_text	*t;
	struct rw_err	 err;
	char		*o;

	(void)state;
	t = rw_text_new(ctx, "a\xff" "5户\xe4", 7, &err);
	assert_non_null(t);
	assert_int_equal(t->norig, 5);
	assert_int_equal(t->cp[1], 0xfffd);
	assert_int_equal(t->cp[4], 0xfffd);
	o = rw_text_orig(t, 2, 4);
	assert_string_equal(o, "5户");
	free(o);
	rw_text_free(t);
	t = rw_text_new(ctx, "", 0, &err);
	assert_non_null(t);
	assert_int_equal(t->ncp, 0);
	assert_int_equal(rw_text_oend(t, 0), 0);
	rw_text_free(t);
}

static void
words_at(void **state)
{
	struct rw_text	*t;
	struct rw_err	 err;

	(void)state;
	t = rw_text_new(ctx, "每户600元", strlen("每户600元"), &err);
	assert_true(rw_text_at(t, 0, "每户"));
	assert_true(rw_text_at(t, 5, "元"));
	assert_false(rw_text_at(t, 5, "元钱"));
	assert_false(rw_text_at(t, 6, "元"));
	assert_int_equal(rw_text_wlen("每户"), 2);
	rw_text_free(t);
}

static void
bad_config(void **state)
{
	struct rw_err	 err;

	(void)state;
	rw_err_clear(&err);
	assert_null(rw_text_ctx_open("no-such-config.json", 0, &err));
	assert_true(strstr(err.msg, "no-such-config.json") != NULL);
	rw_text_ctx_free(NULL);
	rw_text_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(simplified_untouched),
		cmocka_unit_test(fullwidth_folded),
		cmocka_unit_test(traditional_converted),
		cmocka_unit_test(phrase_length_change_keeps_map),
		cmocka_unit_test(table_equals_opencc),
		cmocka_unit_test(pinyin_dropped),
		cmocka_unit_test(invalid_bytes_one_code_point),
		cmocka_unit_test(words_at),
		cmocka_unit_test(bad_config),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
