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
#include "place.h"

static struct rw_gazetteer *gz;
static int force_hans;	/* match short Traditional samples through t2s */

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

/*
 * Scans text with home places (codes, may be NULL) and returns the
 * accepted mentions as "text:code" words ("text:我省" for deictics, a
 * trailing "^" for a qualifier), space-separated; caller frees.
 */
static char *
scan(const char *text, const char *home1, const char *home2)
{
	struct rw_cpview	 v;
	struct rw_places	 ps;
	struct rw_buf		 b = RW_BUF_INIT;
	const struct rw_region	*home[2];
	size_t			 nhome = 0, i;
	char			*s;

	if (home1 != NULL)
		home[nhome++] = rw_gazetteer_get(gz, home1);
	if (home2 != NULL)
		home[nhome++] = rw_gazetteer_get(gz, home2);
	rw_cpview_init(&v, text, strlen(text), rw_gazetteer_hans(gz),
	    force_hans ? 0 : RW_CPVIEW_TRAD);
	rw_places_init(&ps, gz);
	rw_places_find(&ps, &v, 0, v.n, 0);
	rw_places_resolve(&ps, home, nhome);
	for (i = 0; i < ps.n; i++) {
		s = rw_cpview_strdup(&v, ps.v[i].start, ps.v[i].end);
		rw_buf_printf(&b, "%s%s:%s%s", i > 0 ? " " : "", s,
		    ps.v[i].kind == RW_MENTION_DEICTIC ? "deictic" :
		    ps.v[i].region->code, ps.v[i].qualifier ? "^" : "");
		free(s);
	}
	rw_buf_cstr(&b);
	rw_places_free(&ps);
	rw_cpview_free(&v);
	return rw_buf_take(&b);
}

#define SCAN_EQ(text, h1, h2, want) do {				\
	char *got_ = scan((text), (h1), (h2));				\
	assert_string_equal(got_, (want));				\
	free(got_);							\
} while (0)

static void
full_names_and_hierarchy(void **state)
{
	(void)state;
	SCAN_EQ("河北省石家庄市民政局召开会议", NULL, NULL,
	    "河北省:130000^ 石家庄市:130100");
	SCAN_EQ("安康市汉阴县", NULL, NULL, "安康市:610900^ 汉阴县:610921");
	/* a path of short names: the parent settles 安康 (an everyday word) */
	SCAN_EQ("陕西安康汉阴", NULL, NULL,
	    "陕西:610000^ 安康:610900^ 汉阴:610921");
	SCAN_EQ("内蒙古自治区和新疆", NULL, NULL,
	    "内蒙古自治区:150000 新疆:650000");
	/* longest match first: 大兴安岭, not 大兴 */
	SCAN_EQ("大兴安岭地区", NULL, NULL, "大兴安岭地区:232700");
}

static void
offsets_are_code_points(void **state)
{
	struct rw_cpview	 v;
	struct rw_places	 ps;
	const char		*text = "2024年ABC青海省民政厅";

	(void)state;
	rw_cpview_init(&v, text, strlen(text), NULL, 0);
	rw_places_init(&ps, gz);
	rw_places_find(&ps, &v, 0, v.n, 7);
	rw_places_resolve(&ps, NULL, 0);
	assert_int_equal(ps.n, 1);
	assert_int_equal(ps.v[0].start, 8);
	assert_int_equal(ps.v[0].end, 11);
	assert_int_equal(ps.v[0].src, 7);
	rw_places_free(&ps);
	rw_cpview_free(&v);
}

static void
short_name_guards(void **state)
{
	(void)state;
	/* county short names that are words, or towns of other counties */
	SCAN_EQ("公安、城管、民政等部门联合行动", NULL, NULL, "");
	SCAN_EQ("比如说要做到资源共享", NULL, NULL, "");
	SCAN_EQ("深入东柳、永胜、安吉等乡镇走访", NULL, NULL, "");
	/* prefecture short names that are everyday words */
	SCAN_EQ("祝大家幸福安康", NULL, NULL, "");
	SCAN_EQ("长治久安", NULL, NULL, "");
	/* a suffix, a body word or a parent makes them places */
	SCAN_EQ("永胜县和安吉民政局", NULL, NULL,
	    "永胜县:530722 安吉:330523");
	SCAN_EQ("长治市", NULL, NULL, "长治市:140400");
	/* towns, streets and communities named like counties */
	SCAN_EQ("白沙街道城西社区复兴路", NULL, NULL, "");
	/* words that start with a suffix character, or end with one */
	SCAN_EQ("平安市民城北市场光明区域", NULL, NULL, "");
	SCAN_EQ("集中在大城市", NULL, NULL, "");
	/* a province inside a shore: 黄河北岸 */
	SCAN_EQ("黄河北岸和洞庭湖南岸", NULL, NULL, "");
	SCAN_EQ("在河北岸上", NULL, NULL, "河北:130000");
	/* a county short name under a prefecture named in the text */
	SCAN_EQ("湖州市民政局在安吉开展走访", NULL, NULL,
	    "湖州市:330500 安吉:330523");
}

static void
suffix_must_fit(void **state)
{
	(void)state;
	/* 会同 (a county, 会同县) is also a verb: 会同 + 市 is no place */
	SCAN_EQ("区卫健局会同市财政局制定方案", NULL, NULL, "");
	SCAN_EQ("区卫健局会同市财政局制定方案", "130500", NULL, "");
	/* ... nor 会同 + 县 after a word, outside its prefecture */
	SCAN_EQ("镇政府会同县住建局排查危房", "130500", NULL, "");
	/* its own suffix where it stands as a word, or its parent */
	SCAN_EQ("记者从会同县获悉", NULL, NULL, "会同县:431225");
	SCAN_EQ("怀化市会同县", NULL, NULL, "怀化市:431200^ 会同县:431225");
	/* a county-level city takes 市, a banner 旗, not another unit */
	SCAN_EQ("前往义乌市走访", NULL, NULL, "义乌市:330782");
	SCAN_EQ("前往义乌县走访", NULL, NULL, "");
	SCAN_EQ("在安吉县、安吉市", NULL, NULL, "安吉县:330523");
	/* 市民 is a word, but not in 仙桃市民政局 (仙桃市 + 民政局) */
	SCAN_EQ("仙桃市民政局发放补贴", NULL, NULL, "仙桃市:429004");
	SCAN_EQ("合作市民政局", NULL, NULL, "合作市:623001");
	SCAN_EQ("加强平安市民政局建设", NULL, NULL, "");
	SCAN_EQ("服务平安市民", NULL, NULL, "");
}

static void
everyday_words(void **state)
{
	(void)state;
	/* 仙桃 (a peach; 仙桃市): a body word after it, where 仙桃 frames
	   the text (the outlet's place) */
	SCAN_EQ("连夜走访，仙桃救助站派车", "429004", NULL, "仙桃:429004");
	SCAN_EQ("连夜走访，仙桃救助站派车", NULL, NULL, "");
	/* the verb reading keeps its context: not after 局, nor unframed */
	SCAN_EQ("市民政局会同财政局开展", "431225", NULL, "");
	SCAN_EQ("此前会同财政部门", "431200", NULL, "");
	/* civil-affairs words that are county names */
	SCAN_EQ("落实惠民政策，看望长寿老人", "371600", "500000", "");
	SCAN_EQ("新建养老院，让群众安居乐业", "360100", "451000", "");
	SCAN_EQ("滨州市惠民县", NULL, NULL, "滨州市:371600^ 惠民县:371621");
	/* an outlet's name is a name: 仙桃新闻网 is 仙桃's */
	assert_string_equal(rw_place_outlet(gz, "仙桃新闻网", NULL)->code,
	    "429004");
	assert_string_equal(rw_place_outlet(gz, "仙桃日报", NULL)->code,
	    "429004");
}

static void
two_character_names(void **state)
{
	(void)state;
	SCAN_EQ("创建全国示范县", NULL, NULL, "");
	SCAN_EQ("省、市和县三级", NULL, NULL, "");
	SCAN_EQ("救助经费县级配套", NULL, NULL, "");
	SCAN_EQ("在范县走访", NULL, NULL, "范县:410926");
	SCAN_EQ("徐州市沛县", NULL, NULL, "徐州市:320300^ 沛县:320322");
}

static void
ambiguous_names(void **state)
{
	(void)state;
	/* 鼓楼区: four counties; nothing says which */
	SCAN_EQ("鼓楼区民政局", NULL, NULL, "");
	SCAN_EQ("南京市鼓楼区", NULL, NULL, "南京市:320100^ 鼓楼区:320106");
	/* the outlet's place settles it */
	SCAN_EQ("鼓楼区民政局", "350100", NULL, "鼓楼区:350102");
	/* so do other places of the text */
	SCAN_EQ("开封市民政局和鼓楼区民政局", NULL, NULL,
	    "开封市:410200 鼓楼区:410204");
	/* a short form given to a prefecture, meant as a Beijing district */
	SCAN_EQ("朝阳区民政局", "110000", NULL, "朝阳区:110105");
	/* generic district names need their city */
	SCAN_EQ("城中区开展走访", NULL, NULL, "");
	SCAN_EQ("西宁市城中区开展走访", NULL, NULL,
	    "西宁市:630100^ 城中区:630103");
}

static void
lists_and_aliases(void **state)
{
	(void)state;
	SCAN_EQ("海东市平安、互助、民和等县区", NULL, NULL,
	    "海东市:630200^ 平安:630203 互助:630223 民和:630222");
	SCAN_EQ("韶关、茂名、中山三地", NULL, NULL,
	    "韶关:440200 茂名:440900 中山:442000");
	SCAN_EQ("恩施州和互助县", NULL, NULL,
	    "恩施州:422800 互助县:630223");
	/* a retired name finds its successor */
	SCAN_EQ("原密云县", NULL, NULL, "密云县:110118");
	/* 江北区: Ningbo's now, Chongqing's until 2025 (now 两江新区) */
	SCAN_EQ("江北区民政局", NULL, NULL, "江北区:330205");
	SCAN_EQ("江北区民政局", "500000", NULL, "江北区:500157");
	SCAN_EQ("宁波市江北区", "500000", NULL,
	    "宁波市:330200^ 江北区:330205");
}

static void
deictics(void **state)
{
	const struct rw_region	*linwei = rw_gazetteer_get(gz, "610502");
	const struct rw_region	*gx = rw_gazetteer_get(gz, "450000");

	(void)state;
	SCAN_EQ("我省各地和全市民政系统", NULL, NULL,
	    "我省:deictic 全市:deictic");
	SCAN_EQ("全市场和本区域以及安全市县", NULL, NULL, "");
	assert_string_equal(rw_place_deictic(0x5e02, linwei)->code, "610500");
	assert_string_equal(rw_place_deictic(0x533a, linwei)->code, "610502");
	assert_string_equal(rw_place_deictic(0x7701, linwei)->code, "610000");
	/* 全省 and 省民政厅 in an autonomous region */
	assert_string_equal(rw_place_deictic(0x7701, gx)->code, "450000");
	assert_string_equal(rw_place_deictic(0x533a, gx)->code, "450000");
	assert_null(rw_place_deictic(0x53bf,
	    rw_gazetteer_get(gz, "610500")));
	assert_null(rw_place_deictic(0x5e02, NULL));
}

static void
traditional(void **state)
{
	(void)state;
	/* three Traditional-only characters: converted without being told */
	SCAN_EQ("廈門市思明區民政局聯合區慈善會", NULL, NULL,
	    "廈門市:350200^ 思明區:350203");
	SCAN_EQ("該男子是重慶人", NULL, NULL, "");
	force_hans = 1;
	SCAN_EQ("該男子是重慶人", NULL, NULL, "重慶:500000");
	force_hans = 0;
}

static void
outlets(void **state)
{
	(void)state;
	assert_string_equal(rw_place_outlet(gz, "陕西日报", NULL)->code,
	    "610000");
	assert_string_equal(rw_place_outlet(gz, "渭南日报", NULL)->code,
	    "610500");
	assert_string_equal(rw_place_outlet(gz, "德州日报", NULL)->code,
	    "371400");
	assert_string_equal(rw_place_outlet(gz, "廣東福彩網", NULL)->code,
	    "440000");
	assert_string_equal(rw_place_outlet(gz, "安康市汉阴县民政局",
	    NULL)->code, "610921");
	assert_string_equal(rw_place_outlet(gz, "庆云融媒", NULL)->code,
	    "371423");
	assert_null(rw_place_outlet(gz, "公益时报", NULL));
	assert_null(rw_place_outlet(gz, "台海網", NULL));
	assert_null(rw_place_outlet(gz, "", NULL));
	assert_null(rw_place_outlet(gz, NULL, NULL));
	/* two provinces: no common place */
	assert_null(rw_place_outlet(gz, "陕西甘肃联合报", NULL));
}

/* Names with one reading per frame, and a frame that is only weak. */
static char *
scan_framed(const char *text, const char *home, const char *frame)
{
	struct rw_cpview	 v;
	struct rw_places	 ps;
	struct rw_buf		 b = RW_BUF_INIT;
	const struct rw_region	*h[1];
	size_t			 i;

	h[0] = home != NULL ? rw_gazetteer_get(gz, home) : NULL;
	rw_cpview_init(&v, text, strlen(text), rw_gazetteer_hans(gz),
	    RW_CPVIEW_TRAD);
	rw_places_init(&ps, gz);
	ps.frame = frame != NULL ? rw_gazetteer_get(gz, frame) : NULL;
	rw_places_find(&ps, &v, 0, v.n, 0);
	rw_places_resolve(&ps, h, home != NULL);
	for (i = 0; i < ps.n; i++)
		if (ps.v[i].kind == RW_MENTION_NAME)
			rw_buf_printf(&b, "%s%s", b.len > 0 ? " " : "",
			    ps.v[i].region->code);
	rw_buf_cstr(&b);
	rw_places_free(&ps);
	rw_cpview_free(&v);
	return rw_buf_take(&b);
}

#define FRAMED_EQ(text, home, frame, want) do {				\
	char *got_ = scan_framed((text), (home), (frame));		\
	assert_string_equal(got_, (want));				\
	free(got_);							\
} while (0)

static void
frames(void **state)
{
	const struct rw_region	*r;

	(void)state;
	/* 长安区 is in 石家庄 and in 西安: the site's registration says */
	FRAMED_EQ("长安区民政局为困难家庭发放救助金", NULL, NULL, "");
	FRAMED_EQ("长安区民政局为困难家庭发放救助金", NULL, "130102",
	    "130102");
	FRAMED_EQ("长安区民政局为困难家庭发放救助金", NULL, "610000",
	    "610116");
	/* a province is frame enough for a district: 和平区 of 天津 */
	FRAMED_EQ("和平区开展暖冬行动", NULL, "120000", "120101");
	/* the text and the home places come first */
	FRAMED_EQ("西安市长安区民政局", NULL, "130000", "610100 610116");
	FRAMED_EQ("长安区民政局", "610100", "130000", "610116");
	/* the outlet's own name, as on a page of that site */
	assert_null(rw_place_outlet(gz, "长安区民政局", NULL));
	r = rw_place_outlet(gz, "长安区民政局", rw_gazetteer_get(gz,
	    "130100"));
	assert_non_null(r);
	assert_string_equal(r->code, "130102");
	r = rw_place_outlet(gz, "城区民政局", rw_gazetteer_get(gz, "140500"));
	assert_non_null(r);
	assert_string_equal(r->code, "140502");
}

static void
odd_input(void **state)
{
	(void)state;
	SCAN_EQ("", NULL, NULL, "");
	SCAN_EQ("\xff\xfe青海\xe4", NULL, NULL, "青海:630000");
	SCAN_EQ("我", NULL, NULL, "");
	SCAN_EQ("全", NULL, NULL, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(full_names_and_hierarchy),
		cmocka_unit_test(offsets_are_code_points),
		cmocka_unit_test(short_name_guards),
		cmocka_unit_test(suffix_must_fit),
		cmocka_unit_test(everyday_words),
		cmocka_unit_test(two_character_names),
		cmocka_unit_test(ambiguous_names),
		cmocka_unit_test(lists_and_aliases),
		cmocka_unit_test(deictics),
		cmocka_unit_test(traditional),
		cmocka_unit_test(outlets),
		cmocka_unit_test(frames),
		cmocka_unit_test(odd_input),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
