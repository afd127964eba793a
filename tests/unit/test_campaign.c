/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"
#include "cpview.h"
#include "gazetteer.h"
#include "campaign.h"

static struct rw_gazetteer *gz;

static int
setup(void **state)
{
	struct rw_err	 err;

	(void)state;
	gz = rw_gazetteer_new(&err);
	return gz == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	rw_gazetteer_free(gz);
	return 0;
}

/* The campaign names of text, "|"-separated; caller frees. */
static char *
camps(const char *text)
{
	struct rw_cpview	 v;
	struct rw_spans		 sp;
	struct rw_buf		 b = RW_BUF_INIT;
	size_t			 i;
	char			*s;

	rw_cpview_init(&v, text, strlen(text), rw_gazetteer_hans(gz),
	    RW_CPVIEW_TRAD);
	memset(&sp, 0, sizeof(sp));
	rw_campaigns_find(&v, 0, v.n, &sp);
	for (i = 0; i < sp.n; i++) {
		s = rw_cpview_strdup(&v, sp.v[i].start, sp.v[i].end);
		rw_buf_printf(&b, "%s%s", i > 0 ? "|" : "", s);
		free(s);
	}
	rw_buf_cstr(&b);
	rw_spans_free(&sp);
	rw_cpview_free(&v);
	return rw_buf_take(&b);
}

#define CAMPS_EQ(text, want) do {					\
	char *got_ = camps(text);					\
	assert_string_equal(got_, (want));				\
	free(got_);							\
} while (0)

static void
campaigns_by_what_follows(void **state)
{
	(void)state;
	CAMPS_EQ("县民政局开展“冬日暖阳”慰问活动，走访困难群众", "冬日暖阳");
	CAMPS_EQ("市慈善总会启动「寒冬送温暖」专项行动", "寒冬送温暖");
	CAMPS_EQ("组织开展“银龄相伴”“童心守护”等关爱行动",
	    "银龄相伴|童心守护");
	CAMPS_EQ("实施“雪中送炭”困难群众冬季保障工程", "雪中送炭");
	CAMPS_EQ("“长者关怀”项目已连续开展五年", "长者关怀");
	/* an event held under the campaign's name */
	CAMPS_EQ("举行2025年“温暖在温州”新春企业集中捐赠仪式",
	    "温暖在温州");
	CAMPS_EQ("举行“冬日送暖”启动仪式", "冬日送暖");
}

static void
campaigns_by_their_words(void **state)
{
	(void)state;
	CAMPS_EQ("截至目前发放“暖心炭”2吨", "暖心炭");
	CAMPS_EQ("参与『爱心年夜饭』的志愿者", "爱心年夜饭");
	CAMPS_EQ("县里推出的“春苗计划”覆盖全县", "春苗计划");
	CAMPS_EQ("每年一次的\"慈善月捐\"善款", "慈善月捐");
}

static void
not_campaigns(void **state)
{
	(void)state;
	/* principles, slogans and quotations */
	CAMPS_EQ("坚持“应救尽救、应保尽保”原则", "");
	CAMPS_EQ("要求“切实做好应对处置，确保群众温暖过冬”", "");
	CAMPS_EQ("让困难群众“温暖过冬”", "");
	CAMPS_EQ("“我们一定把温暖送到！”他说", "");
	/* mechanisms and categories */
	CAMPS_EQ("以“五必访”“四到位”为工作机制", "");
	CAMPS_EQ("“1+5+N”模式和“慈善+救助”作用", "");
	CAMPS_EQ("“三无”人员和“一老一小”群体，“两节”期间", "");
	CAMPS_EQ("建立“送温暖”长效机制", "");
	/* political education and work style */
	CAMPS_EQ("开展“不忘初心、牢记使命”主题教育", "");
	CAMPS_EQ("“我为群众办实事”实践活动", "");
	/* teams, homes and facilities */
	CAMPS_EQ("“红马甲”志愿服务队走进“爱心超市”和“幸福食堂”", "");
	CAMPS_EQ("身穿“红马甲”的工作人员", "");
	CAMPS_EQ("“爱心企业”和“爱心人士”捐款，评选“慈善之星”", "");
	/* goods packages handed out, even when given or donated */
	CAMPS_EQ("为12个社区代表分发了“爱心年货包”", "");
	CAMPS_EQ("“暖冬大礼包”捐赠活动现场", "");
	/* description and unpaired marks */
	CAMPS_EQ("推动“供给型救助”向“需求型救助”转变", "");
	CAMPS_EQ("“暖心行动", "");
	CAMPS_EQ("他以“花甲之年入深山”的行动作答，部门“核准”的项目", "");
	CAMPS_EQ("对“过火”行动的理解", "");
	CAMPS_EQ("", "");
}

static void
traditional_stays_traditional(void **state)
{
	(void)state;
	CAMPS_EQ("民政局開展「溫暖寒冬 愛心傳遞」慰問活動，共發放慰問金",
	    "溫暖寒冬 愛心傳遞");
	CAMPS_EQ("舉行2025年“溫暖在溫州”新春企業集中捐贈儀式",
	    "溫暖在溫州");
}

static void
tidy(void **state)
{
	char	**v;
	size_t	 n = 0;

	(void)state;
	v = xcalloc(6, sizeof(*v));
	v[n++] = xstrdup("冬日暖阳活动");
	v[n++] = xstrdup("春苗计划");
	v[n++] = xstrdup("冬日暖阳");
	v[n++] = xstrdup("春苗计划");
	v[n++] = xstrdup("爱心行动");
	v[n++] = xstrdup("歲末送暖活動");
	rw_campaigns_tidy(v, &n);
	assert_int_equal(n, 4);
	assert_string_equal(v[0], "冬日暖阳");
	assert_string_equal(v[1], "春苗计划");
	/* 行动 stays; a lone X活动 stays */
	assert_string_equal(v[2], "爱心行动");
	assert_string_equal(v[3], "歲末送暖活動");
	rw_strv_free(v, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(campaigns_by_what_follows),
		cmocka_unit_test(campaigns_by_their_words),
		cmocka_unit_test(not_campaigns),
		cmocka_unit_test(traditional_stays_traditional),
		cmocka_unit_test(tidy),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
