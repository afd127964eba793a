/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "cjk.h"
#include "cpview.h"
#include "campaign.h"

#define MINLEN		2	/* code points inside the marks */
#define MAXLEN		20
#define MAXQUOTE	60	/* longer "quotations" are speech */
#define WINDOW		12	/* what follows a quotation, in code points */
#define ACCEPT		2	/* score a name needs */

/* What follows a campaign name: “…”慰问活动, “…”专项救助行动, “…”项目. */
static const char32_t *const follow_good[] = {
	U"活动", U"行动", U"计划", U"工程", U"项目", U"慰问", U"募捐", U"义卖",
	U"捐赠", U"仪式", NULL
};
/* Words that start another phrase and end the look-ahead window. */
static const char32_t *const window_stop[] = {
	U"开展", U"启动", U"举办", U"组织", U"实施", U"为", U"以", U"在", U"和",
	U"与", U"及", U"是", U"将", U"把", U"对", U"向", U"中", U"时", U"后",
	U"前", U"等到", NULL
};
/* Right after the marks (perhaps after 为 or 等): not a campaign. */
static const char32_t *const follow_bad[] = {
	U"理念", U"机制", U"工作机制", U"工作法", U"工作理念", U"工作模式",
	U"原则", U"人员", U"作用", U"精神", U"模式", U"制度", U"要求", U"标准",
	U"目标", U"思路", U"服务队", U"工作队", U"志愿服务队", U"志愿者",
	U"队伍", U"小分队", U"食堂", U"主题教育", U"专题教育", U"学习教育",
	U"教育实践", U"承诺", U"口号", U"理论", U"思想", U"方针", U"政策",
	U"体系", U"格局", U"效应", U"号召", U"称号", U"荣誉", U"传统", U"美德",
	U"群体", U"对象", U"家庭", U"老人", U"儿童", U"人群", U"期间", U"时期",
	U"问题", U"现象", U"状态", U"字", NULL
};
/* Right before the marks: a principle, a quotation, a description. */
static const char32_t *const before_bad[] = {
	U"坚持", U"践行", U"秉持", U"秉承", U"树立", U"牢记", U"弘扬", U"发扬",
	U"贯彻", U"要求", U"强调", U"指出", U"表示", U"认为", U"实现", U"确保",
	U"执行", U"实行", U"推行", U"建立", U"身穿", U"穿着", U"说", U"称",
	U"道", U"叫", U"喊", U"问", U"唱", U"让", U"使", U"使得", U"帮助",
	U"保障", U"助力", U"把", NULL
};
/* Shortly before the marks: starting or running a campaign. */
static const char32_t *const before_good[] = {
	U"开展", U"启动", U"举办", U"举行", U"实施", U"发起", U"推出", U"组织",
	U"参加", U"参与", U"结合", NULL
};
/* Relief words inside a name: 寒冬送温暖, 情暖云城, 暖心煤, 慈善一日捐. */
static const char32_t *const cue_strong[] = {
	U"送温暖", U"送暖", U"情暖", U"暖心", U"慈善", U"爱心", U"暖冬",
	U"冬暖", U"圆梦", U"心愿", U"春风", U"助学", U"献爱心", U"送清凉", NULL
};
/* Weak ones: 温暖过冬 and 关爱帮扶 are also everyday phrases. */
static const char32_t *const cue_weak[] = {
	U"温暖", U"关爱", U"帮扶", U"帮困", U"助困", U"解困", U"新春", U"迎春",
	U"年味", U"过年", U"暖", U"捐", U"情", NULL
};
/* Names ending so are programmes: “辽蕾计划”, “迎新春送温暖活动”. */
static const char32_t *const ends_good[] = {
	U"行动", U"活动", U"计划", U"工程", U"项目", NULL
};
/*
 * Names ending so are places, teams, methods or goods: “幸福长者食堂”,
 * “爱心年货包” (a package handed out, not the action).
 */
static const char32_t *const ends_bad[] = {
	U"包", U"礼盒",
	U"食堂", U"超市", U"驿站", U"中心", U"站", U"屋", U"家园", U"基地",
	U"院", U"馆", U"队", U"群", U"团", U"小组", U"热线", U"平台", U"网",
	U"工作室", U"之家", U"法", U"制", U"机制", U"模式", U"理念", U"精神",
	U"人", U"人士", U"企业", U"单位", U"团体", U"组织", U"机构", U"家庭",
	U"协会", U"公司", U"之星", U"奖", NULL
};
/*
 * Inside a name: political-education and work-style campaigns, formulas
 * (“1+7+5X”, “慈善+救助”), descriptions (“需求型”), slogans (“把…送到”).
 */
static const char32_t *const content_bad[] = {
	U"初心", U"使命", U"办实事", U"党史", U"主题教育", U"两学一做", U"作风",
	U"学习", U"型", U"+", U"＋", U"把", U"让", U"确保", U"做到", U"务必",
	U"到位", NULL
};

struct quote {
	size_t	 open;		/* index of the opening mark */
	size_t	 close;		/* index of the closing mark */
};

static int32_t
closing_of(int32_t c)
{
	switch (c) {
	case 0x201c:		/* “ ” */
		return 0x201d;
	case 0x300c:		/* 「 」 */
		return 0x300d;
	case 0x300e:		/* 『 』 */
		return 0x300f;
	case '"':
	case 0xff02:		/* ＂ */
		return c;
	default:
		return 0;
	}
}

static int
any_in(const int32_t *t, size_t n, const char32_t *const *ws)
{
	for (; *ws != NULL; ws++)
		if (rw_cjk_has(t, n, *ws))
			return 1;
	return 0;
}

static int
ends_any(const int32_t *t, size_t n, const char32_t *const *ws)
{
	for (; *ws != NULL; ws++)
		if (rw_cjk_ends(t, n, *ws))
			return 1;
	return 0;
}

/* 1 if one of ws ends exactly at key[pos] (exclusive), within [lo, pos). */
static int
before_any(const int32_t *key, size_t lo, size_t pos, const char32_t *const *ws)
{
	size_t	 k;

	for (k = 1; k <= 4 && k <= pos - lo; k++)
		if (rw_cjk_at_any(key + pos - k, k, ws) == k)
			return 1;
	return 0;
}

/* Score of what follows a chain ending at key[pos]; -1 vetoes. */
static int
follow_score(const int32_t *key, size_t pos, size_t end)
{
	size_t	 i = pos, lim;

	/* “五必访”为工作机制, “三无”等人员 (but not 的: …的志愿者) */
	while (i < end && rw_cjk_in(key[i], U"为等"))
		i++;
	if (i < end && rw_cjk_at_any(key + i, end - i, follow_bad) > 0)
		return -1;
	lim = pos + WINDOW < end ? pos + WINDOW : end;
	for (i = pos; i < lim; i++) {
		/* 的 makes what follows a description: “…”的行动 */
		if (rw_cjk_punct(key[i]) || closing_of(key[i]) != 0 ||
		    key[i] == 0x7684)
			break;
		if (rw_cjk_at_any(key + i, lim - i, follow_good) > 0)
			return 2;
		if (i > pos && rw_cjk_at_any(key + i, lim - i, window_stop) > 0)
			break;
	}
	return 0;
}

/* Score of the name itself; -1 vetoes. */
static int
content_score(const int32_t *t, size_t n, int follow)
{
	size_t	 i;
	int	 s = 0, sentence = 0;

	if (n < MINLEN || n > MAXLEN || any_in(t, n, content_bad) ||
	    ends_any(t, n, ends_bad))
		return -1;
	/* “三无” “一老一小” “五必访” “两节”: categories and mechanisms */
	if (n <= 5 && rw_cjk_numeral(t[0]))
		return -1;
	for (i = 0; i < n; i++)
		if (rw_cjk_in(t[i], U"，。！？!?；;：:"))
			sentence = 1;
	if (sentence && follow < 2)
		return -1;
	if (ends_any(t, n, ends_good))
		s += 2;
	if (any_in(t, n, cue_strong))
		s += 2;
	else if (any_in(t, n, cue_weak))
		s += 1;
	/* two characters say too little without a relief word: “过火”行动 */
	if (n == MINLEN && s == 0)
		return -1;
	return s;
}

static void
span_push(struct rw_spans *out, size_t start, size_t end)
{
	if (out->n == out->cap) {
		out->cap = out->cap ? out->cap * 2 : 8;
		out->v = xreallocarray(out->v, out->cap, sizeof(*out->v));
	}
	out->v[out->n].start = start;
	out->v[out->n].end = end;
	out->n++;
}

/* Scores the chain q[0..n) and appends the names it accepts. */
static void
judge_chain(const struct rw_cpview *v, size_t lo, size_t end,
    const struct quote *q, size_t n, struct rw_spans *out)
{
	const int32_t	*key = v->key;
	size_t		 i, open = q[0].open;
	int		 follow, before = 0, s;

	follow = follow_score(key, q[n - 1].close + 1, end);
	if (follow < 0 || before_any(key, lo, open, before_bad))
		return;
	for (i = open > lo + 8 ? open - 8 : lo; i < open; i++)
		if (rw_cjk_at_any(key + i, open - i, before_good) > 0)
			before = 1;
	for (i = 0; i < n; i++) {
		s = content_score(key + q[i].open + 1,
		    q[i].close - q[i].open - 1, follow);
		if (s >= 0 && s + follow + before >= ACCEPT)
			span_push(out, q[i].open + 1, q[i].close);
	}
}

/* 1 if key[a..b) only joins two quotations: empty, 、 和 与 及 或 以及. */
static int
joins(const int32_t *key, size_t a, size_t b)
{
	if (a == b)
		return 1;
	if (b - a == 1)
		return rw_cjk_in(key[a], U"、和与及或");
	return b - a == 2 && rw_cjk_at(key + a, 2, U"以及") == 2;
}

void
rw_campaigns_find(const struct rw_cpview *v, size_t start, size_t end,
    struct rw_spans *out)
{
	struct quote	 chain[16];
	size_t		 i, j, lim, nchain = 0;
	int32_t		 cl;

	if (end > v->n)
		end = v->n;
	for (i = start; i < end; i++) {
		if ((cl = closing_of(v->key[i])) == 0)
			continue;
		lim = i + MAXQUOTE < end ? i + MAXQUOTE : end;
		for (j = i + 1; j < lim && v->key[j] != cl &&
		    v->key[j] != '\n'; j++)
			continue;
		if (j >= lim || v->key[j] != cl)
			continue;
		if (nchain > 0 && (nchain == sizeof(chain) / sizeof(chain[0]) ||
		    !joins(v->key, chain[nchain - 1].close + 1, i))) {
			judge_chain(v, start, end, chain, nchain, out);
			nchain = 0;
		}
		chain[nchain].open = i;
		chain[nchain].close = j;
		nchain++;
		i = j;
	}
	if (nchain > 0)
		judge_chain(v, start, end, chain, nchain, out);
}

void
rw_spans_free(struct rw_spans *s)
{
	free(s->v);
	memset(s, 0, sizeof(*s));
}

static int
cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void
rw_campaigns_tidy(char **names, size_t *n)
{
	char	**sorted, **bare, **hit;
	size_t	 i, len, alen = strlen("活动");

	if (*n == 0)
		return;
	sorted = xreallocarray(NULL, *n, sizeof(*sorted));
	memcpy(sorted, names, *n * sizeof(*sorted));
	qsort(sorted, *n, sizeof(*sorted), cmp_strp);
	/* X活动 with a bare X: X (which then keeps the earlier place).
	 * Decide for all names first: sorted points at the originals. */
	bare = xcalloc(*n, sizeof(*bare));
	for (i = 0; i < *n; i++) {
		len = strlen(names[i]);
		if (len <= alen || !(rw_has_suffix(names[i], "活动") ||
		    rw_has_suffix(names[i], "活動")))
			continue;
		bare[i] = xstrndup(names[i], len - alen);
		hit = bsearch(&bare[i], sorted, *n, sizeof(*sorted), cmp_strp);
		if (hit == NULL) {
			free(bare[i]);
			bare[i] = NULL;
		}
	}
	for (i = 0; i < *n; i++)
		if (bare[i] != NULL) {
			free(names[i]);
			names[i] = bare[i];
		}
	free(bare);
	free(sorted);
	rw_strv_uniq(names, n);
}
