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
#include "utf8.h"
#include "record.h"
#include "gazetteer.h"
#include "items.h"

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

static struct rw_article *
article(const char *title, const char *source, const char *origin,
    const char *lang, const char *text)
{
	struct rw_article	*a = rw_article_new();

	a->title = title != NULL ? xstrdup(title) : NULL;
	a->source = source != NULL ? xstrdup(source) : NULL;
	a->origin = origin != NULL ? xstrdup(origin) : NULL;
	a->lang = xstrdup(lang);
	a->text = xstrdup(text);
	return a;
}

struct built {
	struct rw_article	*art;
	struct rw_item		*items;
	size_t			 n;
};

static void
build(struct built *b, const char *title, const char *source,
    const char *origin, const char *lang, const char *text)
{
	struct rw_err	 err;

	b->art = article(title, source, origin, lang, text);
	assert_int_equal(rw_items_build(gz, b->art, &b->items, &b->n, &err),
	    0);
}

static void
unbuild(struct built *b)
{
	size_t	 i;

	for (i = 0; i < b->n; i++)
		rw_item_clear(&b->items[i]);
	free(b->items);
	rw_article_free(b->art);
}

/* Code point offset of the first occurrence of s in the article text. */
static size_t
at(const struct rw_article *a, const char *s)
{
	const char	*p = strstr(a->text, s);

	assert_non_null(p);
	return rw_utf8_count(a->text, p - a->text);
}

static void
single_article(void **state)
{
	struct built	 b;

	(void)state;
	build(&b, "镇安县民政局开展“暖冬行动”", "镇安县人民政府", NULL,
	    "zh-Hans",
	    "近日，镇安县民政局联合县慈善协会开展“暖冬行动”，为全县"
	    "困难群众发放棉被。\n\n在云盖寺镇，工作人员走访了独居老人。"
	    "(据《商洛日报》)");
	assert_int_equal(b.n, 1);
	assert_string_equal(b.items[0].title, "镇安县民政局开展“暖冬行动”");
	assert_string_equal(b.items[0].origin, "商洛日报");
	assert_string_equal(b.items[0].region, "611025");
	assert_string_equal(b.items[0].province, "610000");
	assert_int_equal(b.items[0].start, 0);
	assert_int_equal(b.items[0].end, rw_utf8_count(b.art->text,
	    strlen(b.art->text)));
	assert_int_equal(b.items[0].ncampaigns, 1);
	assert_string_equal(b.items[0].campaigns[0], "暖冬行动");
	assert_int_equal(b.items[0].norganizations, 2);
	assert_string_equal(b.items[0].organizations[0], "镇安县民政局");
	assert_string_equal(b.items[0].organizations[1], "县慈善协会");
	assert_string_equal(b.items[0].regions[0].code, "611025");
	assert_string_equal(b.items[0].regions[0].name, "镇安县");
	assert_true(b.items[0].regions[0].mentions >= 3);
	unbuild(&b);
}

static const char roundup[] =
    "泸州市开展困难群众走访慰问\n\n"
    "春节前夕，泸州市民政局组织工作人员走访慰问困难群众120户。\n\n"
    "（据泸州市民政局）\n\n"
    "曲靖市麒麟区发放临时救助金\n\n"
    "麒麟区民政局近日发放临时救助金30万元。\n\n"
    "大同市云冈区启动“温暖云冈”行动\n\n"
    "云冈区民政局启动“温暖云冈”行动，惠及困难家庭300户。\n\n"
    "(据大同日报)";

static void
roundup_items(void **state)
{
	struct built	 b;

	(void)state;
	build(&b, "各地开展春节慰问", "中国社会报", NULL, "zh-Hans", roundup);
	assert_int_equal(b.n, 3);
	assert_string_equal(b.items[0].title, "泸州市开展困难群众走访慰问");
	assert_string_equal(b.items[0].origin, "泸州市民政局");
	assert_string_equal(b.items[0].region, "510500");
	/* a headline naming a place after a finished paragraph */
	assert_string_equal(b.items[1].title, "曲靖市麒麟区发放临时救助金");
	assert_null(b.items[1].origin);
	assert_string_equal(b.items[1].region, "530302");
	assert_string_equal(b.items[2].origin, "大同日报");
	assert_string_equal(b.items[2].region, "140214");
	assert_string_equal(b.items[2].province, "140000");
	assert_int_equal(b.items[2].ncampaigns, 1);
	assert_string_equal(b.items[2].campaigns[0], "温暖云冈");
	/* spans: headline to attribution, in order */
	assert_int_equal(b.items[0].start, 0);
	assert_int_equal(b.items[1].start, at(b.art, "曲靖市麒麟区"));
	assert_int_equal(b.items[2].start, at(b.art, "大同市云冈区"));
	assert_true(b.items[0].end < b.items[1].start);
	assert_int_equal(b.items[2].end, rw_utf8_count(b.art->text,
	    strlen(b.art->text)));
	unbuild(&b);
}

static void
roundup_without_attributions(void **state)
{
	struct built	 b;

	(void)state;
	build(&b, "各地开展冬季救助", "中国社会报", NULL, "zh-Hans",
	    "呼和浩特市开展冬季救助\n\n"
	    "呼和浩特市民政局近日向困难群众发放取暖补贴。\n\n"
	    "包头市启动“暖冬行动”\n\n"
	    "包头市民政局启动“暖冬行动”，走访困难家庭。");
	assert_int_equal(b.n, 2);
	assert_string_equal(b.items[0].region, "150100");
	assert_string_equal(b.items[1].title, "包头市启动“暖冬行动”");
	assert_string_equal(b.items[1].region, "150200");
	unbuild(&b);
}

static void
features_stay_one_item(void **state)
{
	struct built	 b;

	(void)state;
	/* subheads, and a mid-text attribution followed by an ordinary
	   paragraph, do not split a feature */
	build(&b, "温暖在身边", "铜川日报", NULL, "zh-Hans",
	    "入冬以来，市民政局多措并举保障困难群众温暖过冬。\n\n"
	    "走访摸排不漏一户\n\n"
	    "在耀州区，工作人员逐户核实困难群众的生活情况(据耀州区民政局)\n\n"
	    "这些做法得到了群众的认可，全市共走访2000户。\n\n"
	    "救助资金及时到位\n\n"
	    "印台区民政局发放救助资金50万元。");
	assert_int_equal(b.n, 1);
	assert_string_equal(b.items[0].title, "温暖在身边");
	assert_null(b.items[0].origin);
	/* the paper's city, not the districts of its anecdotes */
	assert_string_equal(b.items[0].region, "610200");
	unbuild(&b);
}

static void
regions_of_items(void **state)
{
	struct built	 b;

	(void)state;
	/* a county body under a prefecture outlet: the county */
	build(&b, "旬阳市民政局走访慰问困难群众", "安康日报", NULL, "zh-Hans",
	    "旬阳市民政局日前走访慰问困难群众。全市发放慰问金20万元。");
	assert_string_equal(b.items[0].region, "610981");
	unbuild(&b);
	/* places that do not nest: their common ancestor */
	build(&b, "汉中、宝鸡两地联合开展救助", NULL, NULL, "zh-Hans",
	    "汉中市民政局和宝鸡市民政局联合开展救助。");
	assert_string_equal(b.items[0].region, "610000");
	assert_string_equal(b.items[0].province, "610000");
	unbuild(&b);
	/* a provincial paper's 我省 and 省民政厅 */
	build(&b, "我省救助困难群众3万人次", "甘肃日报", NULL, "zh-Hans",
	    "记者从省民政厅获悉，我省今冬救助困难群众3万人次。"
	    "在兰州市，救助站工作人员巡查街面。");
	assert_string_equal(b.items[0].region, "620000");
	unbuild(&b);
	/* the organiser, not the event's venue */
	build(&b, "贵州省民政厅启动冬季救助", NULL, NULL, "zh-Hans",
	    "贵州省民政厅在贵阳市启动冬季救助，贵阳市民政局参加。"
	    "省民政厅负责人介绍，全省将投入资金1亿元。");
	assert_string_equal(b.items[0].region, "520000");
	unbuild(&b);
	/* Traditional text */
	build(&b, "泉州市民政局開展冬季救助", NULL, NULL, "zh-Hant",
	    "泉州市民政局開展冬季救助，為困難群眾發放慰問金。");
	assert_string_equal(b.items[0].region, "350500");
	assert_string_equal(b.items[0].organizations[0], "泉州市民政局");
	unbuild(&b);
	/* nothing known */
	build(&b, "冬季救助", NULL, NULL, "zh-Hans", "开展冬季救助。");
	assert_null(b.items[0].region);
	assert_null(b.items[0].province);
	assert_int_equal(b.items[0].nregions, 0);
	unbuild(&b);
}

/* The region of an article of one site (site, site_code), or "-". */
static char *
site_region(const char *site, const char *code, const char *source,
    const char *text)
{
	struct built	 b;
	struct rw_err	 err;
	char		*r;

	b.art = article(NULL, source, NULL, "zh-Hans", text);
	b.art->site = site != NULL ? xstrdup(site) : NULL;
	b.art->site_code = code != NULL ? xstrdup(code) : NULL;
	assert_int_equal(rw_items_build(gz, b.art, &b.items, &b.n, &err), 0);
	assert_int_equal(b.n, 1);
	r = xstrdup(b.items[0].region != NULL ? b.items[0].region : "-");
	unbuild(&b);
	return r;
}

#define SITE_REGION_EQ(site, code, source, text, want) do {		\
	char *got_ = site_region((site), (code), (source), (text));	\
	assert_string_equal(got_, (want));				\
	free(got_);							\
} while (0)

static void
regions_of_the_site(void **state)
{
	static const char changan[] = "3月8日，长安区民政局工作人员将2万元"
	    "临时救助金送到张女士手中。今年以来，全区已实施临时救助416人次，"
	    "区财政预拨备用金120万元。";
	static const char heping[] = "和平区民政局从1月中旬起在全区开展"
	    "“暖冬行动”，走访慰问困难家庭5960户。区慈善协会募集社会捐赠"
	    "款物52万元。";
	static const char chengqu[] = "天气渐冷，城区民政局提前谋划困难"
	    "群众冬季取暖工作。今年，城区共为全区1876户困难家庭每户发放"
	    "无烟煤1.5吨。";

	(void)state;
	/* the district names two places: the text alone cannot tell */
	SITE_REGION_EQ(NULL, NULL, "长安区民政局", changan, "-");
	/* the site's name, its registration, or both */
	SITE_REGION_EQ("石家庄市长安区人民政府", NULL, "长安区民政局", changan,
	    "130102");
	SITE_REGION_EQ(NULL, "130102", "长安区民政局", changan, "130102");
	SITE_REGION_EQ("西安市长安区人民政府", "610116", "长安区民政局",
	    changan, "610116");
	/* a relative source (区民政局) and a province-level licence */
	SITE_REGION_EQ(NULL, "120000", "区民政局", heping, "120101");
	SITE_REGION_EQ("天津市和平区人民政府", NULL, "区民政局", heping,
	    "120101");
	SITE_REGION_EQ("晋城市城区人民政府", NULL, "晋城市城区人民政府",
	    chengqu, "140502");
	/* no place in the text: the site is the writer's place (全区,
	 * 区民政局, 我区) */
	SITE_REGION_EQ("天津市和平区人民政府", NULL, "区民政局",
	    "区民政局从1月中旬起在全区开展走访慰问，我区共走访困难家庭"
	    "5960户。", "120101");
	/* a code the gazetteer does not know is no frame */
	SITE_REGION_EQ(NULL, "999999", "区民政局", heping, "-");
}

static void
region_of_a_figure(void **state)
{
	struct rw_article	*a;
	struct rw_items		*its;
	struct rw_err		 err;

	(void)state;
	a = article("延安市民政局开展冬季救助", NULL, NULL, "zh-Hans",
	    "延安市民政局开展冬季救助，共发放资金100万元。其中，"
	    "在宝塔区发放30万元，安塞区和宝塔区共救助500人。"
	    "全市走访1000户。");
	its = rw_items_new(gz, a, &err);
	assert_non_null(its);
	assert_int_equal(rw_items_count(its), 1);
	assert_int_equal(rw_items_index_at(its, 5), 0);
	/* a clause that names a county */
	assert_string_equal(rw_items_region_at(its, at(a, "30万元")),
	    "610602");
	/* two districts: their city */
	assert_string_equal(rw_items_region_at(its, at(a, "500人")),
	    "610600");
	/* nothing in the clause or sentence: the item's region */
	assert_string_equal(rw_items_region_at(its, at(a, "1000户")),
	    "610600");
	assert_string_equal(rw_items_region_at(its, 100000), "610600");
	rw_items_free(its);
	rw_items_free(NULL);
	rw_article_free(a);
}

static void
roundup_region_at(void **state)
{
	struct rw_article	*a;
	struct rw_items		*its;
	struct rw_err		 err;

	(void)state;
	a = article("各地开展春节慰问", NULL, NULL, "zh-Hans", roundup);
	its = rw_items_new(gz, a, &err);
	assert_int_equal(rw_items_count(its), 3);
	assert_int_equal(rw_items_index_at(its, at(a, "30万元")), 1);
	assert_string_equal(rw_items_region_at(its, at(a, "30万元")),
	    "530302");
	assert_string_equal(rw_items_region_at(its, at(a, "300户")),
	    "140214");
	rw_items_free(its);
	rw_article_free(a);
}

static void
campaigns_of_title_and_text(void **state)
{
	struct built	 b;

	(void)state;
	/* text order first; the title's own names after them */
	build(&b, "开展“冬日送暖”活动 启动“春蕾助学”", NULL, NULL, "zh-Hans",
	    "县民政局开展“情暖夕阳”慰问活动和“冬日送暖活动”。"
	    "“冬日送暖”活动惠及100户。");
	assert_int_equal(b.items[0].ncampaigns, 3);
	assert_string_equal(b.items[0].campaigns[0], "情暖夕阳");
	assert_string_equal(b.items[0].campaigns[1], "冬日送暖");
	assert_string_equal(b.items[0].campaigns[2], "春蕾助学");
	unbuild(&b);
}

static void
odd_articles(void **state)
{
	struct built	 b;
	struct rw_err	 err;
	struct rw_item	*items;
	size_t		 n;

	(void)state;
	build(&b, NULL, NULL, NULL, "zh-Hans", "");
	assert_int_equal(b.n, 1);
	assert_null(b.items[0].title);
	assert_null(b.items[0].region);
	unbuild(&b);
	build(&b, "", NULL, NULL, "zh-Hans", "\n\n\n\n");
	assert_int_equal(b.n, 1);
	unbuild(&b);
	build(&b, "x", NULL, NULL, "zh-Hans",
	    "(据)\n\n“\n\n（据青海日报\n\n\xff\xfe青海省\xe4");
	assert_int_equal(b.n, 1);
	assert_string_equal(b.items[0].region, "630000");
	unbuild(&b);
	assert_int_equal(rw_items_build(NULL, NULL, &items, &n, &err), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(single_article),
		cmocka_unit_test(roundup_items),
		cmocka_unit_test(roundup_without_attributions),
		cmocka_unit_test(features_stay_one_item),
		cmocka_unit_test(regions_of_items),
		cmocka_unit_test(regions_of_the_site),
		cmocka_unit_test(region_of_a_figure),
		cmocka_unit_test(roundup_region_at),
		cmocka_unit_test(campaigns_of_title_and_text),
		cmocka_unit_test(odd_articles),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
