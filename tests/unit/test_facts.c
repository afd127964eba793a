/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "facts.h"
#include "record.h"
#include "util.h"

static struct rw_facts_ctx *ctx;

static int
setup(void **state)
{
	struct rw_err	 err;

	(void)state;
	ctx = rw_facts_ctx_new(&err);
	return ctx == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	rw_facts_ctx_free(ctx);
	return 0;
}

static struct rw_facts *
facts_of(const char *title, const char *text)
{
	struct rw_article	*a = rw_article_new();
	struct rw_facts		*f;

	a->id = xstrdup("0123456789abcdef");
	a->file = xstrdup("x.html");
	a->title = xstrdup(title);
	a->source = xstrdup("某某民生网");
	a->lang = xstrdup("zh-Hans");
	a->text = xstrdup(text);
	f = rw_facts_extract(ctx, a);
	rw_article_free(a);
	return f;
}

/* Items of a roundup after its lead. */
#define ITEMS							\
	"汕尾市城区救助站夜巡送温暖\n\n"				\
	"1月23日晚，汕尾市城区救助管理站开展寒潮夜间巡查，共劝导"	\
	"流浪乞讨人员19人入站。\n\n"					\
	"（据汕尾日报）\n\n"						\
	"乳源为山区困难群众发放御寒物资\n\n"				\
	"乳源瑶族自治县民政局紧急发放棉被1500床、棉衣2000件。\n\n"	\
	"（据韶关日报）\n\n"						\
	"连南开放临时避寒场所12个\n\n"				\
	"连南瑶族自治县在县城和各镇开放临时避寒场所12个，累计接待"	\
	"避寒群众三百余人次。\n\n"					\
	"（据清远日报）"

static void
roundup_lead(void **state)
{
	struct rw_facts	*f;
	size_t		 i, n;

	(void)state;
	/* An editor's lead without figures of its own: no item. */
	f = facts_of("寒潮来袭 广东多地救助站全力护民过冬",
	    "导读：受强寒潮影响，我省大部分地区出现入冬以来最低气温，各地"
	    "救助管理机构启动应急预案。\n\n" ITEMS);
	assert_int_equal(f->nitems, 3);
	assert_string_equal(f->items[0].title, "汕尾市城区救助站夜巡送温暖");
	assert_string_equal(f->items[0].region, "441502");
	assert_string_equal(f->items[2].region, "441826");
	rw_facts_free(f);
	/* The page's title again and a table of contents whose figures
	 * repeat the items': no item, and its figures are not counted. */
	f = facts_of("寒潮来袭 广东多地救助站全力护民过冬",
	    "寒潮来袭 广东多地救助站全力护民过冬\n\n"
	    "本期要目：汕尾市城区救助站夜巡送温暖；乳源为山区困难群众发放"
	    "御寒物资；连南开放临时避寒场所12个。\n\n" ITEMS);
	assert_int_equal(f->nitems, 3);
	for (i = n = 0; i < f->nitems; i++)
		n += f->items[i].nmeasures;
	assert_int_equal(n, 6);
	rw_facts_free(f);
	/* A lead with a place and a figure of its own is an item. */
	f = facts_of("寒潮来袭 广东多地救助站全力护民过冬",
	    "寒潮期间，广东省民政厅下拨救助资金3000万元，全省开放避寒场所"
	    "1200处。\n\n" ITEMS);
	assert_int_equal(f->nitems, 4);
	assert_string_equal(f->items[0].region, "440000");
	assert_int_equal(f->items[0].nmeasures, 2);
	rw_facts_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(roundup_lead),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
