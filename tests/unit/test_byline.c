/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "byline.h"
#include "utf8.h"
#include "util.h"

/* Folds s as the extractor does (full-width colon and parentheses). */
static char *
fold(const char *s)
{
	struct rw_buf	 b = RW_BUF_INIT;

	rw_utf8_fold(s, strlen(s), &b);
	rw_buf_cstr(&b);
	return rw_buf_take(&b);
}

static void
labels_of_an_info_line(void **state)
{
	struct rw_label	 l[8];
	char		*s = fold("发布时间：2024-01-23 16:42　"
	    "来源：青海省民政厅"
	    "　作者：　浏览次数：");
	size_t		 n;

	(void)state;
	n = rw_byline_labels(s, strlen(s), l, 8);
	assert_int_equal(n, 4);
	assert_int_equal(l[0].field, RW_F_DATE);
	assert_memory_equal(s + l[0].value, "2024-01-23", 10);
	assert_int_equal(l[1].field, RW_F_SOURCE);
	assert_int_equal(l[2].field, RW_F_AUTHOR);
	assert_int_equal(l[2].end - l[2].value, 0);
	assert_int_equal(l[3].field, RW_F_STOP);
	free(s);
}

static void
labels_need_boundaries(void **state)
{
	struct rw_label	 l[8];
	char		*s;
	size_t		 n;

	(void)state;
	/* 资金来源 is no source field, 工作者 no author. */
	s = fold("资金来源：财政拨款，社会工作者：三人");
	assert_int_equal(rw_byline_labels(s, strlen(s), l, 8), 0);
	free(s);
	/* Glued fields still split. */
	s = fold("作者：张三来源：新华社");
	n = rw_byline_labels(s, strlen(s), l, 8);
	assert_int_equal(n, 2);
	assert_int_equal(l[0].field, RW_F_AUTHOR);
	assert_int_equal(l[0].end - l[0].value, strlen("张三"));
	assert_int_equal(l[1].field, RW_F_SOURCE);
	free(s);
	/* A colon is needed after 来源, not after 本文转自. */
	s = fold("来源于群众 本文转自人民网");
	n = rw_byline_labels(s, strlen(s), l, 8);
	assert_int_equal(n, 1);
	assert_int_equal(l[0].field, RW_F_ORIGIN);
	free(s);
}

static void
every_label_word_is_found(void **state)
{
	/* Words from the start, middle and end of the sorted table: a
	 * table out of order loses some of them. */
	static const char *const w[] = {
		"一审", "三审", "上一篇", "下一篇", "作者：", "信息原文地址",
		"出处：", "发布时间", "字号", "审核", "快照生成时间",
		"文章来源",
		"日期", "本报记者", "本文转自", "来源：", "栏目：", "稿源：",
		"记者", "通讯员", "頻道：", "點擊數", "類別：", "轉載自",
		"責任編輯", "攝", "分類：", "監製", "實習生", "欄目：",
	};
	struct rw_label	 l[2];
	size_t		 i;
	char		*s;

	(void)state;
	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		s = fold(w[i]);
		assert_int_equal(rw_byline_labels(s, strlen(s), l, 2), 1);
		assert_int_equal(l[0].start, 0);
		free(s);
	}
}

static void
longest_label_wins(void **state)
{
	struct rw_label	 l[2];
	char		*s = fold("快照生成时间：2024-02-28 05:45:19");

	(void)state;
	/* The longest word wins over 时间 inside it. */
	assert_int_equal(rw_byline_labels(s, strlen(s), l, 2), 1);
	assert_int_equal(l[0].field, RW_F_SNAPTIME);
	free(s);
	s = fold("责任编辑：刘文静 一审：王 三审：李 上一篇");
	assert_int_equal(rw_byline_labels(s, strlen(s), l, 2), 4);
	assert_int_equal(l[0].field, RW_F_EDITOR);
	free(s);
}

static void
outlets(void **state)
{
	static const struct {
		const char	*in, *want;
	} cases[] = {
		{ "公益时报 第05版:新闻", "公益时报" },
		{ "《人民日报》 2024", "人民日报" },
		{ "China Daily | Asia", "China Daily" },
		{ "益阳日报全媒体", "益阳日报全媒体" },
		{ "  ", NULL },
		{ "【", NULL },
	};
	size_t	 i;
	char	*o;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		o = rw_byline_outlet(cases[i].in, strlen(cases[i].in));
		if (cases[i].want == NULL)
			assert_null(o);
		else
			assert_string_equal(o, cases[i].want);
		free(o);
	}
}

static size_t
names(const char *s, int strict, char ***v, size_t *nv)
{
	char	*f = fold(s);
	size_t	 n = rw_byline_names(f, strlen(f), strict, v, nv);

	free(f);
	return n;
}

static void
names_and_units(void **state)
{
	char	**v = NULL;
	size_t	  nv = 0;

	(void)state;
	assert_int_equal(names("李胜利 陈善元", 1, &v, &nv), 2);
	assert_string_equal(v[1], "陈善元");
	assert_int_equal(names("賴雅紅、鄭曉藝", 1, &v, &nv), 2);
	assert_int_equal(names("县民政局", 0, &v, &nv), 0);
	assert_int_equal(names("社会救助处", 0, &v, &nv), 0);
	assert_int_equal(names("张三 摄", 1, &v, &nv), 0);
	assert_int_equal(names("李胜利", 1, &v, &nv), 0);	/* already there */
	assert_int_equal(names("李华】【编辑", 0, &v, &nv), 1);
	assert_string_equal(v[nv - 1], "李华");
	assert_int_equal(names("zboygirl", 1, &v, &nv), 0);
	assert_int_equal(names("zboygirl", 0, &v, &nv), 1);
	assert_int_equal(names("Joel Spolsky", 0, &v, &nv), 1);
	assert_string_equal(v[nv - 1], "Joel Spolsky");
	assert_int_equal(names("阿依古丽·买买提", 1, &v, &nv), 1);
	/* page tools beside the byline are no names */
	assert_int_equal(names("薛军 【评论】【打印】", 0, &v, &nv), 1);
	assert_string_equal(v[nv - 1], "薛军");
	assert_true(rw_byline_is_unit("青海省民政厅", strlen("青海省民政厅")));
	assert_false(rw_byline_is_unit("张艳丽", strlen("张艳丽")));
	rw_strv_free(v, nv);
}

static char *
attribution(const char *s)
{
	char	*f = fold(s), *o = rw_byline_attribution(f, strlen(f));

	free(f);
	return o;
}

static void
closing_attributions(void **state)
{
	char	*o;

	(void)state;
	o = attribution("走访慰问困难群众300多万户次。(据湖南省民政厅)");
	assert_string_equal(o, "湖南省民政厅");
	free(o);
	o = attribution("（据《辽沈晚报》）");
	assert_string_equal(o, "辽沈晚报");
	free(o);
	o = attribution("（据新华社电）");
	assert_string_equal(o, "新华社");
	free(o);
	assert_null(attribution("（据了解）"));
	assert_null(attribution("群众满意（据统计）"));
	assert_null(attribution("（资料照片 临渭区民政局提供）"));
	assert_null(attribution("据湖南省民政厅介绍，活动开始了。"));
}

static size_t
credit(const char *s, int at_start, char ***v, size_t *nv)
{
	char	*f = fold(s);
	size_t	 n = rw_byline_credit(f, strlen(f), at_start, v, nv);

	free(f);
	return n;
}

static void
credits(void **state)
{
	char	**v = NULL;
	size_t	  nv = 0;

	(void)state;
	assert_int_equal(credit("工作全部完成。（朱芳源 陈丹）", 0, &v, &nv),
	    2);
	assert_int_equal(credit("（记者 张三 通讯员 李四）", 0, &v, &nv), 2);
	assert_int_equal(credit("表演节目。 (资料照片 临渭区民政局提供)", 0,
	    &v, &nv), 0);
	assert_int_equal(credit("全文。（完）", 0, &v, &nv), 0);
	assert_int_equal(credit("（据青海省民政厅）", 0, &v, &nv), 0);
	assert_int_equal(credit("新華網重慶1月15日電(記者朱薇)今天", 1, &v,
	    &nv), 1);
	assert_string_equal(v[nv - 1], "朱薇");
	assert_int_equal(credit("本报讯（龙跃飞）2月5日", 1, &v, &nv), 1);
	assert_int_equal(credit("据介绍（今年）", 1, &v, &nv), 0);
	/* a labelled credit opening the text; a bare one is no credit */
	assert_int_equal(credit("（兩岸新聞網記者林志明／福州報導）春節將至",
	    1, &v, &nv), 1);
	assert_string_equal(v[nv - 1], "林志明");
	assert_int_equal(credit("（北京）春节将至，各地开展慰问", 1, &v, &nv),
	    0);
	assert_int_equal(credit("（记者了解到，活动已经开始）今年", 1, &v,
	    &nv), 0);
	assert_int_equal(nv, 7);
	rw_strv_free(v, nv);
}

static size_t
line(const char *s, char ***v, size_t *nv)
{
	char	*f = fold(s);
	size_t	 n = rw_byline_line(f, strlen(f), v, nv);

	free(f);
	return n;
}

static void
byline_lines(void **state)
{
	char	**v = NULL;
	size_t	  nv = 0;

	(void)state;
	assert_int_equal(line("本报记者 陈墨怡", &v, &nv), 1);
	assert_int_equal(line("记者 李莉 通讯员 于德亮", &v, &nv), 2);
	assert_int_equal(line("記者了解到，本次活動從12月16日開始", &v, &nv),
	    0);
	assert_int_equal(line("责任编辑：刘文静", &v, &nv), 0);
	assert_int_equal(line("（責任編輯：陳 晨）", &v, &nv), 0);
	assert_int_equal(line("文/张三", &v, &nv), 1);
	/* A place before 报道 is no name. */
	assert_int_equal(line("记者 孙七 北京报道", &v, &nv), 1);
	assert_string_equal(v[nv - 1], "孙七");
	assert_int_equal(line("记者周八报道", &v, &nv), 1);
	assert_string_equal(v[nv - 1], "周八");
	assert_int_equal(line("本报记者 王五 摄", &v, &nv), 0);
	assert_int_equal(line("来源：新华社 记者 赵六", &v, &nv), 0);
	assert_int_equal(nv, 6);
	rw_strv_free(v, nv);
}

static void
bylines_with_the_paper(void **state)
{
	char	**v = NULL;
	size_t	  nv = 0;

	(void)state;
	/* the reporter's paper or station glued to the role word */
	assert_int_equal(line("南岭晚报全媒体记者 石青松", &v, &nv), 1);
	assert_string_equal(v[nv - 1], "石青松");
	assert_int_equal(line("北川日报记者 马一鸣 通讯员 何芳", &v, &nv), 2);
	assert_int_equal(line("江州台记者 罗明", &v, &nv), 1);
	assert_int_equal(line("东陵融媒记者 范小雨", &v, &nv), 1);
	/* role words of rank and status */
	assert_int_equal(line("首席记者 钟立", &v, &nv), 1);
	assert_int_equal(line("融媒体记者 温晴 见习记者 易凡", &v, &nv), 2);
	assert_int_equal(line("特约记者 简宁 实习记者 白桦", &v, &nv), 2);
	assert_int_equal(line("全媒體記者 黃小東", &v, &nv), 1);
	assert_int_equal(nv, 11);
	/* a sentence or a place before the role word is no byline */
	assert_int_equal(line("南岭晚报记者了解到，活动持续一周", &v, &nv), 0);
	assert_int_equal(line("今天上午记者 罗明", &v, &nv), 0);
	assert_int_equal(line("县民政局 记者 罗明", &v, &nv), 0);
	assert_int_equal(nv, 11);
	/* the same in a closing credit */
	assert_int_equal(credit("活动持续一周。（晚报记者 孟溪）", 0, &v, &nv),
	    1);
	assert_string_equal(v[nv - 1], "孟溪");
	assert_int_equal(credit("活动持续一周。（县台记者 卢笛 通讯员 彭秀）",
	    0, &v, &nv), 2);
	assert_int_equal(nv, 14);
	rw_strv_free(v, nv);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(labels_of_an_info_line),
		cmocka_unit_test(labels_need_boundaries),
		cmocka_unit_test(every_label_word_is_found),
		cmocka_unit_test(longest_label_wins),
		cmocka_unit_test(outlets),
		cmocka_unit_test(names_and_units),
		cmocka_unit_test(closing_attributions),
		cmocka_unit_test(credits),
		cmocka_unit_test(byline_lines),
		cmocka_unit_test(bylines_with_the_paper),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
