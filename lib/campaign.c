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
static const char *const follow_good[] = {
	"活动", "行动", "计划", "工程", "项目", "慰问", "募捐", "义卖", NULL
};
/* Words that start another phrase and end the look-ahead window. */
static const char *const window_stop[] = {
	"开展", "启动", "举办", "组织", "实施", "为", "以", "在", "和", "与",
	"及", "是", "将", "把", "对", "向", "中", "时", "后", "前", "等到",
	NULL
};
/* Right after the marks (perhaps after 为/等/的): not a campaign. */
static const char *const follow_bad[] = {
	"理念", "机制", "工作机制", "工作法", "工作理念", "工作模式", "原则",
	"人员", "作用", "精神", "模式", "制度", "要求", "标准", "目标",
	"思路", "服务队", "工作队", "志愿服务队", "志愿者", "队伍", "小分队",
	"食堂", "主题教育", "专题教育", "学习教育", "教育实践", "承诺",
	"口号", "理论", "思想", "方针", "政策", "体系", "格局", "效应",
	"号召", "称号", "荣誉", "传统", "美德", "群体", "对象", "家庭",
	"老人", "儿童", "人群", "期间", "时期", "问题", "现象", "状态",
	"字", NULL
};
/* Right before the marks: a principle, a quotation, a description. */
static const char *const before_bad[] = {
	"坚持", "践行", "秉持", "秉承", "树立", "牢记", "弘扬", "发扬",
	"贯彻", "要求", "强调", "指出", "表示", "认为", "实现", "确保",
	"执行", "实行", "推行", "建立", "身穿", "穿着", "说", "称", "道",
	"叫", "喊", "问", "唱", "让", "使", "使得", "帮助", "保障", "助力",
	"把", NULL
};
/* Shortly before the marks: starting or running a campaign. */
static const char *const before_good[] = {
	"开展", "启动", "举办", "实施", "发起", "推出", "组织", "参加",
	"参与", "结合", NULL
};
/* Relief words inside a name: 寒冬送温暖, 情暖云城, 暖心煤, 慈善一日捐. */
static const char *const cue_strong[] = {
	"送温暖", "送暖", "情暖", "暖心", "慈善", "爱心", "暖冬", "冬暖",
	"圆梦", "心愿", "春风", "助学", "献爱心", "送清凉", NULL
};
/* Weak ones: 温暖过冬 and 关爱帮扶 are also everyday phrases. */
static const char *const cue_weak[] = {
	"温暖", "关爱", "帮扶", "帮困", "助困", "解困", "新春", "迎春",
	"年味", "过年", "暖", "捐", "情", NULL
};
/* Names ending so are programmes: “辽蕾计划”, “迎新春送温暖活动”. */
static const char *const ends_good[] = {
	"行动", "活动", "计划", "工程", "项目", NULL
};
/* Names ending so are places, teams or methods: “幸福长者食堂”. */
static const char *const ends_bad[] = {
	"食堂", "超市", "驿站", "中心", "站", "屋", "家园", "基地", "院",
	"馆", "队", "群", "团", "小组", "热线", "平台", "网", "工作室",
	"之家", "法", "制", "机制", "模式", "理念", "精神", "人", NULL
};
/* Political-education and work-style campaigns. */
static const char *const content_bad[] = {
	"初心", "使命", "办实事", "党史", "主题教育", "两学一做", "作风",
	"学习", "型", "+", "＋", "把", "让", "确保", "做到", "务必", "到位",
	NULL
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
any_in(const int32_t *t, size_t n, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (rw_cjk_has(t, n, *ws))
			return 1;
	return 0;
}

static int
ends_any(const int32_t *t, size_t n, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (rw_cjk_ends(t, n, *ws))
			return 1;
	return 0;
}

/* 1 if one of ws ends exactly at key[pos] (exclusive), within [lo, pos). */
static int
before_any(const int32_t *key, size_t lo, size_t pos, const char *const *ws)
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
	while (i < end && rw_cjk_in(key[i], "为等"))
		i++;
	if (i < end && rw_cjk_at_any(key + i, end - i, follow_bad) > 0)
		return -1;
	lim = pos + WINDOW < end ? pos + WINDOW : end;
	for (i = pos; i < lim; i++) {
		if (rw_cjk_punct(key[i]) || closing_of(key[i]) != 0)
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
		if (rw_cjk_in(t[i], "，。！？!?；;：:"))
			sentence = 1;
	if (sentence && follow < 2)
		return -1;
	if (ends_any(t, n, ends_good))
		s += 2;
	if (any_in(t, n, cue_strong))
		s += 2;
	else if (any_in(t, n, cue_weak))
		s += 1;
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
		return rw_cjk_in(key[a], "、和与及或");
	return b - a == 2 && rw_cjk_at(key + a, 2, "以及") == 2;
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

void
rw_campaigns_tidy(char **names, size_t *n)
{
	size_t		 i, j, out, len, alen = strlen("活动");

	/* X活动 with a bare X: X takes the earlier place */
	for (i = 0; i < *n; i++) {
		len = strlen(names[i]);
		if (len <= alen || !(rw_has_suffix(names[i], "活动") ||
		    rw_has_suffix(names[i], "活動")))
			continue;
		for (j = 0; j < *n; j++)
			if (j != i && strlen(names[j]) == len - alen &&
			    strncmp(names[j], names[i], len - alen) == 0)
				break;
		if (j == *n)
			continue;
		free(names[i]);
		names[i] = xstrdup(names[j]);
	}
	for (i = 0, out = 0; i < *n; i++) {
		for (j = 0; j < out; j++)
			if (strcmp(names[j], names[i]) == 0)
				break;
		if (j < out) {
			free(names[i]);
			continue;
		}
		names[out++] = names[i];
	}
	*n = out;
}
