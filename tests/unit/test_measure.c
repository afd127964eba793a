/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "measure.h"
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

/* One expected measure; NULL strings are not checked except per. */
struct want {
	const char	*text;
	double		 value;
	const char	*unit;
	const char	*qual;
	const char	*per;
	const char	*kind;
};

/* text == original[start:end] in code points, for every measure. */
static void
assert_offsets(const char *s, const struct rw_measure *m, size_t n)
{
	size_t	 i, a, b, len = strlen(s);

	for (i = 0; i < n; i++) {
		assert_true(m[i].start < m[i].end);
		a = rw_utf8_offset(s, len, m[i].start);
		b = rw_utf8_offset(s, len, m[i].end);
		if (strlen(m[i].text) != b - a ||
		    memcmp(m[i].text, s + a, b - a) != 0)
			fail_msg("%s: span %zu-%zu is not '%s'", s, m[i].start,
			    m[i].end, m[i].text);
		assert_non_null(strstr(s, m[i].sentence));
		assert_non_null(strstr(m[i].sentence, m[i].text));
		assert_null(m[i].region);
	}
}

static void
expect(const char *s, const struct want *w, size_t nw)
{
	struct rw_measure	*m;
	struct rw_err		 err;
	size_t			 n, i;

	assert_int_equal(rw_measure_scan(ctx, s, strlen(s), &m, &n, &err),
	    0);
	assert_offsets(s, m, n);
	if (n != nw) {
		for (i = 0; i < n; i++)
			print_message("  got %s\n", m[i].text);
		fail_msg("%s: %zu measures, want %zu", s, n, nw);
	}
	for (i = 0; i < n; i++) {
		if (w[i].text != NULL && strcmp(m[i].text, w[i].text) != 0)
			fail_msg("%s: text '%s', want '%s'", s, m[i].text,
			    w[i].text);
		if (m[i].value != w[i].value)
			fail_msg("%s: %s value %.17g, want %.17g", s,
			    m[i].text, m[i].value, w[i].value);
		if (w[i].unit != NULL && strcmp(m[i].unit, w[i].unit) != 0)
			fail_msg("%s: %s unit %s, want %s", s, m[i].text,
			    m[i].unit, w[i].unit);
		if (w[i].qual != NULL && strcmp(m[i].qualifier, w[i].qual))
			fail_msg("%s: %s qualifier %s, want %s", s, m[i].text,
			    m[i].qualifier, w[i].qual);
		if (!rw_streq(m[i].per, w[i].per))
			fail_msg("%s: %s per %s, want %s", s, m[i].text,
			    m[i].per, w[i].per);
		if (w[i].kind != NULL && strcmp(m[i].kind, w[i].kind) != 0)
			fail_msg("%s: %s kind %s, want %s", s, m[i].text,
			    m[i].kind, w[i].kind);
	}
	rw_measures_free(m, n);
}

#define EXPECT(s, ...) do {						\
	static const struct want w_[] = { __VA_ARGS__ };		\
	expect((s), w_, sizeof(w_) / sizeof(w_[0]));			\
} while (0)

static void
nothing(const char *s)
{
	expect(s, NULL, 0);
}

static void
money(void **state)
{
	(void)state;
	EXPECT("截至目前，共发放救助资金134237元。",
	    { "134237元", 134237, "yuan", "exact", NULL, "funds" });
	EXPECT("全年累计发放临时救助金2731万多元，其中省级下拨3亿多元。",
	    { "2731万多元", 27310000, "yuan", "over", NULL, "funds" },
	    { "3亿多元", 300000000, "yuan", "over", NULL, "funds" });
	EXPECT("县民政局多方筹措资金77.6万元，统一采购慰问物资。",
	    { "77.6万元", 776000, "yuan", "exact", NULL, "funds" });
	EXPECT("市慈善总会募集善款560万元，爱心企业捐款20万元。",
	    { "560万元", 5600000, "yuan", "exact", NULL, "donations" },
	    { "20万元", 200000, "yuan", "exact", NULL, "donations" });
	EXPECT("为困难群众送去价值约8万元的米面油等生活物资。",
	    { "约8万元", 80000, "yuan", "approx", NULL, "supplies" });
	EXPECT("发放生活物资折款6328元。",
	    { "6328元", 6328, "yuan", "exact", NULL, "supplies" });
	EXPECT("整合财政资金、社会捐赠款物近2.1亿元。",
	    { "近2.1亿元", 210000000, "yuan", "approx", NULL, "funds" });
	EXPECT("县慈善协会下拨慰问款15万元。",
	    { "15万元", 150000, "yuan", "exact", NULL, "donations" });
	EXPECT("向各乡镇慈善会拨付专项资金50余万元。",
	    { "50余万元", 500000, "yuan", "over", NULL, "funds" });
	EXPECT("救助金額達２.７５萬元。",
	    { "２.７５萬元", 27500, "yuan", "exact", NULL, "funds" });
	EXPECT("救助金额17萬(wàn)3千元。",
	    { "17萬(wàn)3千元", 173000, "yuan", "exact", NULL, "funds" });
}

static void
people(void **state)
{
	(void)state;
	EXPECT("计划走访慰问53.6万户困难群众。",
	    { "53.6万户", 536000, "household", "exact", NULL, "visits" });
	EXPECT("此次活动惠及困难群众近15000人次。",
	    { "近15000人次", 15000, "person_time", "approx", NULL,
	    "beneficiaries" });
	EXPECT("共组织1200名工作人员开展排查，走访摸排困难群众3.2万名。",
	    { "1200名", 1200, "person", "exact", NULL, "staff" },
	    { "3.2万名", 32000, "person", "exact", NULL, "visits" });
	EXPECT("入冬以来，全市动员志愿者8829人次，救助流浪乞讨人员十余人次。",
	    { "8829人次", 8829, "person_time", "exact", NULL, "staff" },
	    { "十余人次", 10, "person_time", "over", NULL, "beneficiaries" });
	EXPECT("走访慰问困难党员、老党员等120人。",
	    { "120人", 120, "person", "exact", NULL, "visits" });
	EXPECT("全县共有城乡低保对象1.2万户2.3万人，五年累计走访3000户次。",
	    { "1.2万户", 12000, "household", "exact", NULL, NULL },
	    { "2.3万人", 23000, "person", "exact", NULL, NULL },
	    { "3000户次", 3000, "household_time", "exact", NULL, "visits" });
	EXPECT("为120户困难家庭发放“暖心煤”240吨。",
	    { "120户", 120, "household", "exact", NULL, "beneficiaries" },
	    { "240吨", 240, "吨", "exact", NULL, "supplies" });
	EXPECT("惠及千余名群众，百余名志愿者参与，走访近万户。",
	    { "千余名", 1000, "person", "over", NULL, "beneficiaries" },
	    { "百余名", 100, "person", "over", NULL, "staff" },
	    { "近万户", 10000, "household", "approx", NULL, "visits" });
	/* 慰问 alone hands out money or goods: its households are
	   recipients (README: beneficiaries 救助/发放对象, visits 走访慰问) */
	EXPECT("慰問困難戶１２０戶。",
	    { "１２０戶", 120, "household", "exact", NULL, "beneficiaries" });
	EXPECT("全年累计救助2.1万人（次），走访慰问困难家庭46户、孤寡老人23人。",
	    { "2.1万人（次）", 21000, "person_time", "exact", NULL,
	    "beneficiaries" },
	    { "46户", 46, "household", "exact", NULL, "visits" },
	    { "23人", 23, "person", "exact", NULL, "visits" });
	EXPECT("近百名志愿者，逾千户家庭，200多户500多人。",
	    { "近百名", 100, "person", "approx", NULL, "staff" },
	    { "逾千户", 1000, "household", "over", NULL, NULL },
	    { "200多户", 200, "household", "over", NULL, NULL },
	    { "500多人", 500, "person", "over", NULL, NULL });
	EXPECT("全县60周岁以上的5人次。",
	    { "5人次", 5, "person_time", "exact", NULL, NULL });
}

static void
money_by_giver_and_value(void **state)
{
	(void)state;
	/* a charity named in the sentence before hands out this money */
	EXPECT("县慈善协会启动助困项目。慰问金每户800元，共计发放42万元。",
	    { "每户800元", 800, "yuan", "exact", "household", "donations" },
	    { "42万元", 420000, "yuan", "exact", NULL, "donations" });
	/* the body that leads, not its partner */
	EXPECT("县民政局联合县慈善协会开展春节慰问，发放慰问金共计36万元。",
	    { "36万元", 360000, "yuan", "exact", NULL, "funds" });
	EXPECT("市慈善会还联合市民政局开展助学活动，发放助学金12万元。",
	    { "12万元", 120000, "yuan", "exact", NULL, "donations" });
	/* charity money as the subject */
	EXPECT("所募善款主要用于助医助学，已发放慰问金120万元。",
	    { "120万元", 1200000, "yuan", "exact", NULL, "donations" });
	/* a value word is the goods', not the cash's after it */
	EXPECT("区红十字会为社区送去价值300元的年货和200元慰问金。",
	    { "300元", 300, "yuan", "exact", NULL, "supplies" },
	    { "200元", 200, "yuan", "exact", NULL, "donations" });
	EXPECT("区民政局为每户送去价值300元的年货和200元慰问金。",
	    { "300元", 300, "yuan", "exact", "household", "supplies" },
	    { "200元", 200, "yuan", "exact", "household", "funds" });
	EXPECT("县民政局为800户困难家庭送去棉被等物资，每户价值200元，"
	    "共计16万元。",
	    { "800户", 800, "household", "exact", NULL, "beneficiaries" },
	    { "200元", 200, "yuan", "exact", "household",
	    "supplies" },
	    { "16万元", 160000, "yuan", "exact", NULL, "supplies" });
	/* money and goods together: raised (donations) or handed out by a
	   public body (funds) */
	EXPECT("市慈善总会募集款物价值逾60万元。",
	    { "逾60万元", 600000, "yuan", "over", NULL, "donations" });
	EXPECT("社会各界筹集善款及物资价值85万元。",
	    { "85万元", 850000, "yuan", "exact", NULL, "donations" });
	EXPECT("镇政府发放慰问金及物资折款共计23万元。",
	    { "23万元", 230000, "yuan", "exact", NULL, "funds" });
	EXPECT("区民政局发放慰问金，物资和资金合计价值约40万元。",
	    { "约40万元", 400000, "yuan", "approx", NULL, "funds" });
	/* goods bought with donations are valued as goods */
	EXPECT("县慈善总会用善款购置的物资价值50万元。",
	    { "50万元", 500000, "yuan", "exact", NULL, "supplies" });
	/* a charity called on is no giver */
	EXPECT("县民政局动员社会各界参与，发放慰问金2万元。",
	    { "2万元", 20000, "yuan", "exact", NULL, "funds" });
	/* thresholds are not relief; a cap on what is paid out is */
	EXPECT("捐款5万元以上的单位有12家。",
	    { "5万元以上", 50000, "yuan", "over", NULL, "other" },
	    { "12家", 12, "institution", "exact", NULL, "other" });
	/* 家 after institutions named before it; households otherwise */
	EXPECT("参与的爱心企业共计20家，帮扶困难户两家。",
	    { "20家", 20, "institution", "exact", NULL, "other" },
	    { "两家", 2, "household", "exact", NULL, "beneficiaries" });
	EXPECT("单笔不足50元的零星捐款占多数。",
	    { "不足50元", 50, "yuan", "under", NULL, "other" });
	EXPECT("乡镇可先行发放不超过3000元的临时救助金。",
	    { "不超过3000元", 3000, "yuan", "under", NULL, "funds" });
	EXPECT("按照每人每月不低于150元的标准发放冬春生活救助金。",
	    { "每人每月不低于150元", 150, "yuan", "over", "person",
	    "funds" });
	EXPECT("年度救助限额为每人8万元。",
	    { "每人8万元", 80000, "yuan", "exact", "person", "funds" });
	/* the 低保 line decides who may claim: a threshold */
	EXPECT("城市低保平均标准由每人每月560元提高到不低于590元，农村低保"
	    "标准由每人每年4200元提高至4500元。",
	    { "每人每月560元", 560, "yuan", "exact", "person", "other" },
	    { "不低于590元", 590, "yuan", "over", "person", "other" },
	    { "每人每年4200元", 4200, "yuan", "exact", "person", "other" },
	    { "4500元", 4500, "yuan", "exact", "person", "other" });
	EXPECT("按当地低保标准的1.5倍发放救助金300元。",
	    { "300元", 300, "yuan", "exact", NULL, "funds" });
	EXPECT("城乡低保对象取暖补助标准由每户600元提高到每户800元。",
	    { "每户600元", 600, "yuan", "exact", "household", "funds" },
	    { "每户800元", 800, "yuan", "exact", "household", "funds" });
	/* what a family paid itself; what aid reimbursed */
	EXPECT("住院花了4.6万元，医疗救助报销后自己只掏了3100多元。",
	    { "4.6万元", 46000, "yuan", "exact", NULL, "other" },
	    { "3100多元", 3100, "yuan", "over", NULL, "other" });
	EXPECT("经医保和医疗救助报销2.8万元。",
	    { "2.8万元", 28000, "yuan", "exact", NULL, "funds" });
	/* 低收入 names the recipients, not an income */
	EXPECT("发放到低收入家庭，每户500元慰问金。",
	    { "每户500元", 500, "yuan", "exact", "household", "funds" });
	/* social organisations give; the 金 of 基金会 is no money */
	EXPECT("全区社会组织共投入资金2100余万元。",
	    { "2100余万元", 21000000, "yuan", "over", NULL, "donations" });
	EXPECT("一家基金会捐赠价值206万元的羽绒服。",
	    { "206万元", 2060000, "yuan", "exact", NULL, "supplies" });
	/* donations and goods added up */
	EXPECT("本次活动共募集善款和物资折合人民币32万元。",
	    { "人民币32万元", 320000, "yuan", "exact", NULL, "donations" });
}

static void
people_visited_or_aided(void **state)
{
	(void)state;
	/* 对 N … 开展/进行 a visit */
	EXPECT("镇民政办对全镇3200余户困难家庭开展入户排查。",
	    { "3200余户", 3200, "household", "over", NULL, "visits" });
	EXPECT("将对450名分散供养特困人员进行走访。",
	    { "450名", 450, "person", "exact", NULL, "visits" });
	EXPECT("对300户困难家庭发放慰问金。",
	    { "300户", 300, "household", "exact", NULL, "beneficiaries" });
	/* recipients of a 慰问; visited with a visit verb before it */
	EXPECT("慰问困难群众860户，发放大米860袋。",
	    { "860户", 860, "household", "exact", NULL, "beneficiaries" },
	    { "860袋", 860, "item", "exact", NULL, "supplies" });
	EXPECT("走访及慰问困难老人45人。",
	    { "45人", 45, "person", "exact", NULL, "visits" });
	/* workers and cadres mobilised; needy cadres are not */
	EXPECT("组织民政干部、社会工作者150余名分片包户。",
	    { "150余名", 150, "person", "over", NULL, "staff" });
	EXPECT("慰问困难党员干部12名。",
	    { "12名", 12, "person", "exact", NULL, "beneficiaries" });
	EXPECT("走访慰问老干部30人。",
	    { "30人", 30, "person", "exact", NULL, "visits" });
	EXPECT("抽调驻村干部40名。",
	    { "40名", 40, "person", "exact", NULL, "staff" });
	/* a shelter's capacity */
	EXPECT("全县临时避寒点可容纳300余人，已入住42人。",
	    { "300余人", 300, "person", "over", NULL, "other" },
	    { "42人", 42, "person", "exact", NULL, "beneficiaries" });
	/* people counted, not aided; aid stopped */
	EXPECT("全县受灾人口3.5万人，其中需紧急生活救助1.12万人。",
	    { "3.5万人", 35000, "person", "exact", NULL, "other" },
	    { "1.12万人", 11200, "person", "exact", NULL, "beneficiaries" });
	EXPECT("全县现有农村留守儿童1300余名，其中父母均外出务工的有486名。",
	    { "1300余名", 1300, "person", "over", NULL, "other" },
	    { "486名", 486, "person", "exact", NULL, "other" });
	EXPECT("停发不符合条件人员136人，新纳入204人。",
	    { "136人", 136, "person", "exact", NULL, "other" },
	    { "204人", 204, "person", "exact", NULL, "beneficiaries" });
	/* screened households are visits */
	EXPECT("开展冬春救助回头看，抽查受助家庭326户，共核查1.08万人。",
	    { "326户", 326, "household", "exact", NULL, "visits" },
	    { "1.08万人", 10800, "person", "exact", NULL, "visits" });
	/* the counted people do the visiting */
	EXPECT("儿童主任共182人对留守儿童逐一入户走访。",
	    { "182人", 182, "person", "exact", NULL, "staff" });
	/* goods taken to them after a screening */
	EXPECT("对特殊困难群体逐户排查，为其中860户送去取暖木炭。",
	    { "860户", 860, "household", "exact", NULL, "beneficiaries" });
}

static void
goods_and_others(void **state)
{
	(void)state;
	EXPECT("紧急调运3万件(套)棉被和防寒服。",
	    { "3万件(套)", 30000, "item", "exact", NULL, "supplies" });
	EXPECT("送出过冬棉被340床，发放食品1.2万余份。",
	    { "340床", 340, "item", "exact", NULL, "supplies" },
	    { "1.2万余份", 12000, "item", "over", NULL, "supplies" });
	EXPECT("包含食用油、大米等十余个种类。",
	    { "十余个种类", 10, "种类", "over", NULL, "supplies" });
	EXPECT("共收集微心愿1660条，修订照料协议552份，梳理出17个问题。",
	    { "1660条", 1660, "条", "exact", NULL, "other" },
	    { "552份", 552, "份", "exact", NULL, "other" },
	    { "17个", 17, "个", "exact", NULL, "other" });
	EXPECT("开展街面巡查2147次，出动车辆3臺次，温暖物资分6期送出。",
	    { "2147次", 2147, "times", "exact", NULL, "other" },
	    { "3臺次", 3, "台次", "exact", NULL, "other" },
	    { "6期", 6, "times", "exact", NULL, "other" });
	EXPECT("县民政局负责慰问16所福利机构，引入11家专业社会组织。",
	    { "16所", 16, "institution", "exact", NULL, "visits" },
	    { "11家", 11, "institution", "exact", NULL, "other" });
	EXPECT("还设立了1215个救助服务点和临时避寒场所。",
	    { "1215个", 1215, "institution", "exact", NULL, "other" });
	/* raw counters: cases, livestock, tents; plaques in 块 */
	EXPECT("发现并督促落实监护责任23起，处置纠纷5起火灾2起。",
	    { "23起", 23, "起", "exact", NULL, "other" },
	    { "5起", 5, "起", "exact", NULL, "other" },
	    { "2起", 2, "起", "exact", NULL, "other" });
	EXPECT("因灾死亡牲畜3600余头，调运棉帐篷300顶。",
	    { "3600余头", 3600, "头", "over", NULL, "other" },
	    { "300顶", 300, "顶", "exact", NULL, "other" });
	EXPECT("每户送去取暖煤半吨、大米半袋。",
	    { "半吨", 0.5, "吨", "exact", "household", "supplies" },
	    { "半袋", 0.5, "item", "exact", "household", "supplies" });
	EXPECT("死亡牛羊200余只，设置集中安置点26个，每人只需1元。",
	    { "200余只", 200, "只", "over", NULL, "other" },
	    { "26个", 26, "institution", "exact", NULL, "other" },
	    { "1元", 1, "yuan", "exact", "person", NULL });
	EXPECT("为退役军人家庭悬挂光荣牌9860块。",
	    { "9860块", 9860, "item", "exact", NULL, "supplies" });
	EXPECT("每人发放100块钱，另有5块。",
	    { "100块钱", 100, "yuan", "exact", "person", "funds" },
	    { "5块", 5, "yuan", "exact", NULL, NULL });
}

static void
rates(void **state)
{
	(void)state;
	EXPECT("按照城乡低保户每户600元、特困人员每人600元的标准发放。",
	    { "每户600元", 600, "yuan", "exact", "household", "funds" },
	    { "每人600元", 600, "yuan", "exact", "person", "funds" });
	EXPECT("对困难群众每户发放现金300元并配送米面油1套。",
	    { "300元", 300, "yuan", "exact", "household", "funds" },
	    { "1套", 1, "item", "exact", "household", "supplies" });
	EXPECT("标准不超过200元/人（或户）。",
	    { "不超过200元/人", 200, "yuan", "under", "person", "funds" });
	EXPECT("对全县各福利机构，则按3000-6000元的标准给予慰问。",
	    { "3000-6000元", 3000, "yuan", "exact", "institution",
	    "funds" });
	EXPECT("城市低保标准提高到每人每月722元。",
	    { "每人每月722元", 722, "yuan", "exact", "person", "other" });
	EXPECT("重点点位每天巡查不少于2次。",
	    { "不少于2次", 2, "times", "over", "day", "other" });
	EXPECT("为92户困难家庭各发放500元，每个社区上门看望2户。",
	    { "92户", 92, "household", "exact", NULL, "beneficiaries" },
	    { "500元", 500, "yuan", "exact", "household", "funds" },
	    { "2户", 2, "household", "exact", "community", "visits" });
	EXPECT("向敬老院送去棉被、大衣各50件，暖心煤490元一吨。",
	    { "各50件", 50, "item", "exact", "type", "supplies" },
	    { "490元一吨", 490, "yuan", "exact", "吨", "other" });
	EXPECT("对家庭月人均收入低于1000元的困难群众给予救助。",
	    { "低于1000元", 1000, "yuan", "under", "person", "other" });
	EXPECT("困难群众每人每月可领取生活补贴300元，补助2.5万元/户。",
	    { "300元", 300, "yuan", "exact", "person", "funds" },
	    { "2.5万元/户", 25000, "yuan", "exact", "household", "funds" });
	EXPECT("每名困难群众发放价值200元的慰问品，户均增收2000元。",
	    { "200元", 200, "yuan", "exact", "person", "supplies" },
	    { "2000元", 2000, "yuan", "exact", "household", NULL });
	EXPECT("为地贫孩子送上慰问金1000元。",
	    { "1000元", 1000, "yuan", "exact", NULL, "funds" });
	EXPECT("每逢元旦、春节累计走访慰问困难对象18069户。",
	    { "18069户", 18069, "household", "exact", NULL, "visits" });
	/* each night is a day; an annual figure is a total, not a rate */
	EXPECT("寒潮期间，该站每晚巡查不少于2次。",
	    { "不少于2次", 2, "times", "over", "day", "other" });
	EXPECT("该会每年募集善款均超过1亿元，每年新增投入约2000万元。",
	    { "超过1亿元", 100000000, "yuan", "over", NULL, "donations" },
	    { "约2000万元", 20000000, "yuan", "approx", NULL, NULL });
	EXPECT("农村低保标准为每人每年4500元。",
	    { "每人每年4500元", 4500, "yuan", "exact", "person", NULL });
	/* a rate shared with one piece of goods later in the sentence */
	EXPECT("每户发放慰问金600元，另赠送大米1袋、食用油1桶。",
	    { "600元", 600, "yuan", "exact", "household", NULL },
	    { "1袋", 1, "item", "exact", "household", "supplies" },
	    { "1桶", 1, "item", "exact", "household", "supplies" });
	EXPECT("每户发放慰问金600元，全县共发放大米500袋。",
	    { "600元", 600, "yuan", "exact", "household", NULL },
	    { "500袋", 500, "item", "exact", NULL, "supplies" });
	/* 各 + a giving verb: each of the companies */
	EXPECT("另有5家企业各捐赠1000万元以上。",
	    { "5家", 5, "institution", "exact", NULL, "other" },
	    { "1000万元以上", 10000000, "yuan", "over", "institution",
	    "donations" });
}

static void
ranges(void **state)
{
	(void)state;
	EXPECT("发放慰问金1000元—2000元不等，粮油三五百斤。",
	    { "1000元—2000元", 1000, "yuan", "exact", NULL, "funds" },
	    { "三五百斤", 300, "斤", "exact", NULL, "supplies" });
}

static void
not_measures(void **state)
{
	(void)state;
	nothing("2024年1月22日下午4点30分，活动已连续开展20年。");
	nothing("历时5个月，四个半月，每月安排1天，15天内。");
	nothing("80岁的老人，13岁的女孩，60周岁。");
	nothing("满意度达98.7%，同比增长百分之十二。");
	nothing("气温零下15摄氏度，最低-8℃。");
	nothing("求助电话0596-2677138或110，热线12345。");
	nothing("根据民发〔2023〕12号文件。");
	nothing("第十二届，第13次，第十五期，第三次分配，第一批。");
	nothing("1-4级残疾人，5.2级地震。");
	nothing("向7个州(市)、6州2市慈善会、12个乡镇、8个村(社区)、5个社区、"
	    "11个县(市)区、三县四区发放，四级联动。");
	nothing("成立9个慰问组，3支小分队，分成5队，兵分十二路，6个工作组。");
	nothing("四类对象，三个重点，两个确保。");
	EXPECT("为两地13个易地扶贫搬迁安置点的860户困难家庭送去棉被。",
	    { "860户", 860, "household", "exact", NULL, "beneficiaries" });
	nothing("列为十件民生实事，开展千户救助金发放，“慈善情暖万家”。");
	nothing("建立“1+7+5X”机制，“五步法”，“三协助”，“五必访”。");
	nothing("一名流浪男子坐在一床棉被上，关爱好每一位对象，一次性补贴。");
	nothing("补助几百至几千元，数十万群众。");
	nothing("2023-2024年度，A202107211321363588510367号。");
	nothing("项目二期、三期工程，二次整改，进口集成电路4176亿块。");
	nothing("自2024年1月1日起，两头跑，一起戴一顶帽子，三头六臂，"
	    "一只手，两只眼，半年来，半数群众，半小时，半个月。");
}

static void
absurd_inputs(void **state)
{
	struct rw_measure	*m;
	struct rw_err		 err;
	size_t			 n, i;
	char			*big;

	(void)state;
	nothing("9999999999999999999999999亿元，1e308元，10000000000000000元。");
	big = xmalloc(3 * 20000 + 1);
	for (i = 0; i < 20000; i++)
		memcpy(big + 3 * i, i % 2 ? "元" : "九", 3);
	big[60000] = '\0';
	assert_int_equal(rw_measure_scan(ctx, big, strlen(big), &m, &n, &err),
	    0);
	assert_offsets(big, m, n);
	rw_measures_free(m, n);
	free(big);
	/* one endless sentence of figures: bounded sentences, linear work */
	big = xmalloc(4 * 50000 + 1);
	for (i = 0; i < 50000; i++)
		memcpy(big + 4 * i, "5户", 4);
	big[4 * 50000] = '\0';
	assert_int_equal(rw_measure_scan(ctx, big, strlen(big), &m, &n, &err),
	    0);
	assert_int_equal(n, 50000);
	for (i = 0; i < n; i++)
		assert_true(strlen(m[i].sentence) <= 4 * 402);
	rw_measures_free(m, n);
	free(big);
	/* bytes that are not UTF-8 */
	assert_int_equal(rw_measure_scan(ctx, "\xff\xfe" "30户\xc0", 7, &m,
	    &n, &err), 0);
	assert_int_equal(n, 1);
	assert_int_equal(m[0].start, 2);
	assert_int_equal(m[0].end, 5);
	rw_measures_free(m, n);
	assert_int_equal(rw_measure_scan(ctx, "", 0, &m, &n, &err), 0);
	assert_int_equal(n, 0);
	rw_measures_free(NULL, 0);
}

static void
sentence_field(void **state)
{
	struct rw_measure	*m;
	struct rw_err		 err;
	const char		*s = "第一句没有。\n\n  全市发放资金500万元，惠及3000户。"
	    "下一句。";
	size_t			 n;

	(void)state;
	assert_int_equal(rw_measure_scan(ctx, s, strlen(s), &m, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(m[0].sentence, "全市发放资金500万元，惠及3000户。");
	assert_string_equal(m[1].sentence, m[0].sentence);
	rw_measures_free(m, n);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(money),
		cmocka_unit_test(people),
		cmocka_unit_test(money_by_giver_and_value),
		cmocka_unit_test(people_visited_or_aided),
		cmocka_unit_test(goods_and_others),
		cmocka_unit_test(rates),
		cmocka_unit_test(ranges),
		cmocka_unit_test(not_measures),
		cmocka_unit_test(absurd_inputs),
		cmocka_unit_test(sentence_field),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
