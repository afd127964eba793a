/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "minhash.h"
#include "util.h"

/* Two different winter-relief reports (same genre, shared phrases). */
static const char huaibei[] =
    "本报讯 2月5日上午，淮北市2024年“慈善情暖万家”活动正式拉开帷幕。"
    "当天，市人大常委会副主任、市慈善协会会长张香娥带队走访慰问困难职工，"
    "为他们送去新春的祝福。\n\n"
    "慰问组先后走进濉溪县、相山区、杜集区的5户困难职工家中，详细询问家庭"
    "收入来源、成员身体状况以及孩子上学等情况，带去慰问金以及米、油、春联"
    "等慰问品，并送上节日问候。\n\n"
    "记者了解到，今年全市“慈善情暖万家”活动共筹得善款92.34万元。其中，"
    "省慈善总会下拨慰问款15万元，市、县、区三级慈善协会从“慈善一日捐”善款"
    "中拿出66.1万元配套，爱心企业响应号召捐款11.24万元。活动计划慰问困难"
    "家庭1896户。\n\n"
    "“慈善情暖万家”是中华慈善总会联合全国各地慈善协会共同打造的大型慈善"
    "助困品牌项目。该活动在我市已连续开展21年，截至目前，每逢元旦、春节累计"
    "走访慰问困难对象18069户，发放善款物共计921.38万元。";

/* The same story reprinted: no dateline, last paragraph cut, ASCII
 * punctuation and full-width digits. */
static const char huaibei_reprint[] =
    "２月５日上午,淮北市２０２４年\"慈善情暖万家\"活动正式拉开帷幕。"
    "当天,市人大常委会副主任、市慈善协会会长张香娥带队走访慰问困难职工,"
    "为他们送去新春的祝福。\n"
    "慰问组先后走进濉溪县、相山区、杜集区的５户困难职工家中,详细询问家庭"
    "收入来源、成员身体状况以及孩子上学等情况,带去慰问金以及米、油、春联"
    "等慰问品,并送上节日问候。\n"
    "记者了解到,今年全市\"慈善情暖万家\"活动共筹得善款９２.３４万元。其中,"
    "省慈善总会下拨慰问款１５万元,市、县、区三级慈善协会从\"慈善一日捐\"善款"
    "中拿出６６.１万元配套,爱心企业响应号召捐款１１.２４万元。活动计划慰问"
    "困难家庭１８９６户。(淮北日报)";

static const char anhua[] =
    "２月８日，安化县民政局在东坪镇城西社区开展困难群众温暖安全过冬摸排"
    "走访，工作人员给独居老人闵爹送去春节祝福和慰问物资，叮嘱他天冷路滑要"
    "注意保暖、出门当心，遇到困难随时联系。\n\n"
    "为了让困难群众温暖、安全地过冬，县民政局全员上阵，对困难群体开展全面"
    "调查、分类掌握。局里抽调专人组成工作小组，深入全县各乡镇，重点对低保"
    "对象、特困户和残疾人等群体逐一摸底登记。\n\n"
    "截至目前，该局已走访慰问困难对象１５００余名，发放慰问金近６０万元。"
    "通过摸排，２０２４年新增困难对象１０９１人，累计发放救助资金"
    "４３２３．６万元。";

static int
sim(const char *a, const char *b)
{
	uint32_t	 x[RW_MINHASH_K], y[RW_MINHASH_K];

	assert_true(rw_minhash_sign(a, strlen(a), x) >= RW_MINHASH_MIN);
	assert_true(rw_minhash_sign(b, strlen(b), y) >= RW_MINHASH_MIN);
	return rw_minhash_similar(x, y);
}

static void
identical_and_normalised(void **state)
{
	(void)state;
	assert_int_equal(sim(huaibei, huaibei), RW_MINHASH_K);
	/* Punctuation, spacing, width and case do not count. */
	assert_int_equal(sim("困难群众１５００余名，ＡＢＣ发放慰问金近６０万元",
	    "困难群众 1500余名 abc 发放慰问金近60万元!"), RW_MINHASH_K);
}

static void
near_duplicates_are_similar(void **state)
{
	(void)state;
	assert_true(sim(huaibei, huaibei_reprint) >= RW_MINHASH_THRESHOLD);
}

static void
different_stories_are_not(void **state)
{
	(void)state;
	assert_true(sim(huaibei, anhua) < RW_MINHASH_K / 5);
	assert_true(sim(huaibei_reprint, anhua) < RW_MINHASH_K / 5);
}

static void
short_texts_are_not_signed(void **state)
{
	uint32_t	 x[RW_MINHASH_K];
	const char	*t = "（据新华社）";

	(void)state;
	assert_true(rw_minhash_sign(t, strlen(t), x) < RW_MINHASH_MIN);
	assert_int_equal(rw_minhash_sign("", 0, x), 0);
	assert_int_equal(rw_minhash_sign("，。！", 9, x), 0);
	/* Invalid bytes are skipped, not fatal. */
	assert_int_equal(rw_minhash_sign("\xff\xfe\xc3", 3, x), 0);
}

/* Signs n texts and clusters them. */
static void
cluster(const char *const *texts, size_t n, uint32_t *size, size_t *root)
{
	uint32_t	*sigs;
	size_t		 i;

	sigs = xcalloc(n, RW_MINHASH_K * sizeof(*sigs));
	for (i = 0; i < n; i++)
		size[i] = (uint32_t)rw_minhash_sign(texts[i], strlen(texts[i]),
		    sigs + i * RW_MINHASH_K);
	rw_minhash_cluster(sigs, size, n, RW_MINHASH_THRESHOLD, root);
	free(sigs);
}

static void
cluster_joins_reprints_only(void **state)
{
	const char	*texts[] = { anhua, huaibei_reprint, "短", huaibei,
	    anhua };
	uint32_t	 size[5];
	size_t		 root[5];

	(void)state;
	cluster(texts, 5, size, root);
	assert_true(size[2] < RW_MINHASH_MIN);
	assert_int_equal(root[0], 0);
	assert_int_equal(root[4], 0);	/* identical */
	assert_int_equal(root[1], 1);
	assert_int_equal(root[3], 1);	/* reprint: smallest index is root */
	assert_int_equal(root[2], 2);	/* unsigned: alone */
}

/* A shortened version (the first two of four paragraphs, as a roundup
 * item might carry it) is under 50% Jaccard but contained: it joins. */
static void
cluster_joins_contained_text(void **state)
{
	const char	*texts[3];
	const char	*cut = strstr(huaibei, "记者了解到");
	char		*brief;
	uint32_t	 size[3], sig[2][RW_MINHASH_K];
	size_t		 root[3];

	(void)state;
	brief = xstrndup(huaibei, (size_t)(cut - huaibei));
	rw_minhash_sign(brief, strlen(brief), sig[0]);
	rw_minhash_sign(huaibei, strlen(huaibei), sig[1]);
	assert_true(rw_minhash_similar(sig[0], sig[1]) <
	    RW_MINHASH_THRESHOLD);
	texts[0] = anhua;
	texts[1] = huaibei;
	texts[2] = brief;
	cluster(texts, 3, size, root);
	assert_true(size[2] >= RW_MINHASH_CONTAIN_MIN);
	assert_int_equal(root[2], 1);
	assert_int_equal(root[0], 0);
	free(brief);
}

/* Thousands of copies of one text form one cluster (runs of equal band
 * keys are walked linearly). */
static void
cluster_many_copies(void **state)
{
	enum { N = 5000 };
	const char	**texts;
	uint32_t	*size;
	size_t		*root, i;

	(void)state;
	texts = xcalloc(N, sizeof(*texts));
	size = xcalloc(N, sizeof(*size));
	root = xcalloc(N, sizeof(*root));
	for (i = 0; i < N; i++)
		texts[i] = i % 2 ? huaibei : huaibei_reprint;
	cluster(texts, N, size, root);
	for (i = 0; i < N; i++)
		assert_int_equal(root[i], 0);
	free(texts);
	free(size);
	free(root);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(identical_and_normalised),
		cmocka_unit_test(near_duplicates_are_similar),
		cmocka_unit_test(different_stories_are_not),
		cmocka_unit_test(short_texts_are_not_signed),
		cmocka_unit_test(cluster_joins_reprints_only),
		cmocka_unit_test(cluster_joins_contained_text),
		cmocka_unit_test(cluster_many_copies),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
