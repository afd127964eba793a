/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <uchar.h>

#include "measure.h"
#include "quantity.h"
#include "record.h"
#include "text.h"
#include "util.h"

enum kind {
	K_NONE,
	K_FUNDS,
	K_DONATIONS,
	K_SUPPLIES,
	K_VISITS,
	K_BENEF,
	K_STAFF,
	K_OTHER
};

static const char *const kind_names[] = {
	NULL, "funds", "donations", "supplies", "visits", "beneficiaries",
	"staff", "other",
};

struct kw {
	const char32_t	*w;
	int		 k;
	int		 weak;	/* give way to a stronger word further back */
};

/* Words before an amount of money, nearest first wins. */
static const struct kw money_kw[] = {
	{ U"折款", K_SUPPLIES, 0 }, { U"价值", K_SUPPLIES, 0 },
	{ U"物资折", K_SUPPLIES, 0 },
	{ U"捐赠", K_DONATIONS, 0 }, { U"捐款", K_DONATIONS, 0 },
	{ U"捐助", K_DONATIONS, 0 }, { U"捐献", K_DONATIONS, 0 },
	{ U"募集", K_DONATIONS, 0 }, { U"募捐", K_DONATIONS, 0 },
	{ U"筹集", K_DONATIONS, 0 }, { U"筹得", K_DONATIONS, 0 },
	{ U"善款", K_DONATIONS, 0 }, { U"慈善款", K_DONATIONS, 0 },
	{ U"慈善资金", K_DONATIONS, 0 },
	{ U"爱心款", K_DONATIONS, 0 }, { U"认捐", K_DONATIONS, 0 },
	{ U"义卖", K_DONATIONS, 0 }, { U"众筹", K_DONATIONS, 0 },
	{ U"资金", K_FUNDS, 0 }, { U"慰问金", K_FUNDS, 0 },
	{ U"救助金", K_FUNDS, 0 }, { U"补贴", K_FUNDS, 0 },
	{ U"补助", K_FUNDS, 0 }, { U"拨付", K_FUNDS, 0 },
	{ U"下拨", K_FUNDS, 0 }, { U"列支", K_FUNDS, 0 },
	{ U"支出", K_FUNDS, 0 }, { U"发放", K_FUNDS, 0 },
	{ U"标准", K_FUNDS, 0 }, { U"备用金", K_FUNDS, 0 },
	{ U"现金", K_FUNDS, 0 }, { U"经费", K_FUNDS, 0 },
	{ U"投入", K_FUNDS, 0 }, { U"筹措", K_FUNDS, 0 },
	{ U"拿出", K_FUNDS, 0 }, { U"保障金", K_FUNDS, 0 },
	{ U"救济", K_FUNDS, 0 }, { U"金额", K_FUNDS, 0 },
	{ U"资助", K_FUNDS, 0 }, { U"慰问款", K_FUNDS, 0 },
	{ U"红包", K_FUNDS, 0 }, { U"低保金", K_FUNDS, 0 },
	{ U"报销", K_FUNDS, 0 }, { U"限额", K_FUNDS, 0 },
	/* what a family paid itself, in its own words: 住院花了4.6万元,
	 * 自己只掏了3100元 */
	{ U"花了", K_OTHER, 0 }, { U"掏了", K_OTHER, 0 },
	/* a category (低收入家庭), not an income: no keyword */
	{ U"低收入", K_NONE, 0 },
	{ U"收入", K_OTHER, 0 }, { U"价格", K_OTHER, 0 },
	{ U"单价", K_OTHER, 0 }, { U"售价", K_OTHER, 0 },
	{ U"市场价", K_OTHER, 0 },
	{ NULL, 0, 0 }
};

/* Words before a count of people or households. */
static const struct kw people_kw[] = {
	{ U"动员", K_STAFF, 0 }, { U"出动", K_STAFF, 0 },
	{ U"抽调", K_STAFF, 0 }, { U"派出", K_STAFF, 0 },
	{ U"选派", K_STAFF, 0 }, { U"工作人员", K_STAFF, 0 },
	{ U"志愿者", K_STAFF, 0 }, { U"一行", K_STAFF, 0 },
	{ U"社工", K_STAFF, 0 }, { U"网格员", K_STAFF, 0 },
	{ U"工作者", K_STAFF, 0 }, { U"干部", K_STAFF, 0 },
	/*
	 * 慰问 alone hands out money or goods (慰问困难群众1560户): its
	 * recipients; with a visit (走访慰问, 入户慰问) they were visited.
	 */
	{ U"慰问", K_BENEF, 0 }, { U"走访慰问", K_VISITS, 0 },
	{ U"看望慰问", K_VISITS, 0 }, { U"探望慰问", K_VISITS, 0 },
	{ U"入户慰问", K_VISITS, 0 }, { U"上门慰问", K_VISITS, 0 },
	{ U"登门慰问", K_VISITS, 0 },
	{ U"走访", K_VISITS, 0 },
	{ U"看望", K_VISITS, 0 }, { U"探访", K_VISITS, 0 },
	{ U"探视", K_VISITS, 0 }, { U"探望", K_VISITS, 0 },
	{ U"排查", K_VISITS, 0 }, { U"摸排", K_VISITS, 0 },
	{ U"摸底", K_VISITS, 0 }, { U"走进", K_VISITS, 0 },
	{ U"入户", K_VISITS, 0 }, { U"上门", K_VISITS, 0 },
	{ U"拜访", K_VISITS, 0 }, { U"访视", K_VISITS, 0 },
	{ U"巡访", K_VISITS, 0 }, { U"关爱", K_VISITS, 0 },
	/* screened, as the README counts visits */
	{ U"核查", K_VISITS, 0 }, { U"抽查", K_VISITS, 0 },
	{ U"筛查", K_VISITS, 0 },
	{ U"惠及", K_BENEF, 0 }, { U"救助", K_BENEF, 0 },
	{ U"帮助", K_BENEF, 0 }, { U"帮扶", K_BENEF, 0 },
	{ U"资助", K_BENEF, 0 }, { U"受益", K_BENEF, 0 },
	{ U"覆盖", K_BENEF, 1 }, { U"发放", K_BENEF, 0 },
	{ U"护送", K_BENEF, 0 }, { U"安置", K_BENEF, 0 },
	{ U"纳入", K_BENEF, 0 }, { U"新增", K_BENEF, 0 },
	{ U"送入", K_BENEF, 0 }, { U"救治", K_BENEF, 0 },
	{ U"受助", K_BENEF, 0 }, { U"关爱服务", K_BENEF, 0 },
	{ U"提供", K_BENEF, 0 }, { U"整改", K_BENEF, 0 },
	{ U"寻亲", K_BENEF, 0 }, { U"落户", K_BENEF, 0 },
	{ U"补助", K_BENEF, 0 }, { U"补贴", K_BENEF, 0 },
	{ U"保障", K_BENEF, 0 }, { U"接济", K_BENEF, 0 },
	{ U"宣传", K_OTHER, 0 }, { U"信息库", K_OTHER, 0 },
	{ U"数据库", K_OTHER, 0 }, { U"台账", K_OTHER, 0 },
	{ U"档案", K_OTHER, 0 }, { U"更换", K_OTHER, 0 },
	{ U"培训", K_OTHER, 0 }, { U"建档", K_OTHER, 0 },
	{ U"容纳", K_OTHER, 0 }, { U"床位", K_OTHER, 0 },
	/*
	 * A population counted, not aided (受灾人口3.5万人, 现有留守儿童
	 * 1300余名), and people whose aid was stopped (停发…136人).
	 */
	{ U"受灾人口", K_OTHER, 0 }, { U"现有", K_OTHER, 0 },
	{ U"停发", K_OTHER, 0 }, { U"清退", K_OTHER, 0 },
	{ NULL, 0, 0 }
};

/* Words after a count of people (10名困难群众代表现场接受了…). */
static const struct kw after_kw[] = {
	{ U"发放", K_BENEF, 0 }, { U"接受", K_BENEF, 0 },
	{ U"领取", K_BENEF, 0 }, { U"受益", K_BENEF, 0 },
	{ U"得到", K_BENEF, 0 }, { U"送去", K_BENEF, 0 },
	{ U"送上", K_BENEF, 0 }, { U"参与", K_STAFF, 0 },
	{ U"参加", K_STAFF, 0 },
	{ NULL, 0, 0 }
};

/* Nouns right after a count of people that make them staff. */
static const char32_t *const staff_nouns[] = {
	U"工作人员", U"志愿者", U"干部", U"党员", U"社工", U"网格员", U"工作者",
	U"队员", U"民警", U"医护人员", U"专干", U"救助人员", NULL
};

/* Words that make the people after a number needy, not staff. */
static const char32_t *const needy[] = {
	U"困难", U"贫困", U"特困", U"老", U"离退休", U"生活", U"低保", U"受灾", NULL
};

/* People that 受助 describes: 受助家庭, 受助群众. */
static const char32_t *const aided_nouns[] = {
	U"家庭", U"群众", U"人员", U"对象", U"儿童", U"学生", U"老人", NULL
};

/* A verb used as a modifier: 慰问活动, 慰问金, 社会救助政策 … */
static const char32_t *const noun_after_verb[] = {
	U"活动", U"组", U"品", U"金", U"物资", U"款", U"团", U"队", U"信", U"电话",
	U"工作", U"政策", U"站", U"热线", U"对象", U"条件", U"信息", U"资金",
	U"机制", U"体系", U"制度", U"标准", U"服务热线", U"平台", U"中心", NULL
};

/* Public bodies: money they hand out is funds. */
static const char32_t *const public_bodies[] = {
	U"民政", U"政府", U"财政", U"救助管理", U"救助站", U"人社", U"残联",
	U"妇联", U"工会", U"党委", U"县委", U"市委", U"区委", U"州委",
	U"退役军人", NULL
};

/* Money raised by charities, named as the subject: 所募善款用于… */
static const char32_t *const charity_money[] = {
	U"善款", U"慈善款", U"慈善资金", NULL
};

/* Goods and money nouns after a threshold: 不超过2000元的临时救助金. */
static const char32_t *const money_nouns[] = {
	U"金", U"款", U"资金", U"补贴", U"补助", U"费", U"物资", U"品", U"物",
	NULL
};

/* Organisations whose money counts as donations. */
static const char32_t *const charities[] = {
	U"慈善总会", U"慈善会", U"慈善协会", U"慈善联合会", U"基金会", U"红十字会",
	U"爱心企业", U"爱心人士", U"商会", U"社会各界", U"慈善组织", U"公益组织",
	U"社会组织", NULL
};

static const struct {
	const char32_t	*w;
	const char	*per;
} each_nouns[] = {
	{ U"家庭", "household" }, { U"户", "household" },
	{ U"人家", "household" }, { U"人", "person" }, { U"群众", "person" },
	{ U"老人", "person" }, { U"儿童", "person" }, { U"对象", "person" },
	{ U"人员", "person" }, { U"学生", "person" }, { U"孤儿", "person" },
	{ U"职工", "person" }, { U"居民", "person" }, { U"村民", "person" },
	{ U"机构", "institution" }, { U"院", "institution" },
	{ U"单位", "institution" }, { U"组织", "institution" },
	{ U"企业", "institution" }, { U"公司", "institution" },
	{ U"社区", "community" }, { U"村", "community" },
};

/* The sentence of a measure reaches at most this far on each side. */
#define SENT_MAX	200

static int
is_sentence_end(int32_t c)
{
	return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == '!' ||
	    c == '?' || c == '\n' || c == 0xff1b || c == ';';
}

static int
is_clause_end(int32_t c)
{
	return is_sentence_end(c) || c == 0xff0c || c == ',' || c == 0xff1a ||
	    c == ':';
}

static int
is_space(int32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xa0 || c == '\r';
}

static size_t
wlen(const char32_t *w)
{
	size_t	 k = 0;

	while (w[k] != 0)
		k++;
	return k;
}

/* 1 if the view holds word w at i. */
static int
word_is(const struct rw_text *t, size_t i, const char32_t *w)
{
	size_t	 k;

	for (k = 0; w[k] != 0; k++)
		if (i + k >= t->ncp || t->cp[i + k] != (int32_t)w[k])
			return 0;
	return 1;
}

/* A word of list at t[i]; longest; 0 if none. */
static size_t
word_at(const struct rw_text *t, size_t i, const char32_t *const *list)
{
	size_t	 k, l, best = 0;

	for (k = 0; list[k] != NULL; k++)
		if (t->cp[i] == (int32_t)list[k][0] && word_is(t, i, list[k]) &&
		    (l = wlen(list[k])) > best)
			best = l;
	return best;
}

/* The keyword of list that ends exactly at e (longest). */
static const struct kw *
kw_ending(const struct rw_text *t, size_t from, size_t e,
    const struct kw *list)
{
	const struct kw	*best = NULL;
	size_t		 k, l, bl = 0;

	for (k = 0; list[k].w != NULL; k++) {
		l = wlen(list[k].w);
		if (l <= e - from && l > bl &&
		    t->cp[e - l] == (int32_t)list[k].w[0] &&
		    word_is(t, e - l, list[k].w)) {
			/* 慰问活动, 救助政策: a modifier, not the verb */
			if (list != money_kw &&
			    word_at(t, e, noun_after_verb) > 0)
				continue;
			best = &list[k];
			bl = l;
		}
	}
	return best;
}

/*
 * Nearest keyword of list before position to, back to from, skipping
 * parenthesised asides; a weak word gives way to any word further back.
 */
static int
kw_back(const struct rw_text *t, size_t from, size_t to,
    const struct kw *list, size_t *at)
{
	const struct kw	*k;
	size_t		 e, depth;
	int		 weak = K_NONE;

	for (e = to; e > from; e--) {
		if (t->cp[e - 1] == ')' || t->cp[e - 1] == 0xff09) {
			for (depth = 0; e > from; e--) {
				if (t->cp[e - 1] == ')' ||
				    t->cp[e - 1] == 0xff09)
					depth++;
				else if ((t->cp[e - 1] == '(' ||
				    t->cp[e - 1] == 0xff08) && --depth == 0)
					break;
			}
			if (e == from)
				break;
			continue;
		}
		if ((k = kw_ending(t, from, e, list)) == NULL ||
		    k->k == K_NONE)
			continue;
		if (k->weak) {
			if (weak == K_NONE)
				weak = k->k;
			continue;
		}
		if (at != NULL)
			*at = e - wlen(k->w);
		return k->k;
	}
	return weak;
}

/* First keyword of list in t[from..to). */
static int
kw_fwd(const struct rw_text *t, size_t from, size_t to, const struct kw *list)
{
	size_t	 i, k;

	for (i = from; i < to; i++)
		for (k = 0; list[k].w != NULL; k++)
			if (word_is(t, i, list[k].w) &&
			    i + wlen(list[k].w) <= to)
				return list[k].k;
	return K_NONE;
}

static int
contains(const struct rw_text *t, size_t from, size_t to, const char32_t *w)
{
	size_t	 i, l = wlen(w);

	for (i = from; i + l <= to; i++)
		if (word_is(t, i, w))
			return 1;
	return 0;
}


/* 和 与 及 、 并: joins two words of a list. */
static int
is_conj(int32_t c)
{
	return c == 0x548c || c == 0x4e0e || c == 0x53ca || c == 0x3001 ||
	    c == 0x5e76;
}

/*
 * A word before an organisation that makes it a recipient (向…慈善会) or
 * the object of a call (动员社会各界), not the giver.
 */
static int
recipient(const struct rw_text *t, size_t from, size_t i)
{
	size_t	 k;

	for (k = i > from + 8 ? i - 8 : from; k < i; k++)
		if (t->cp[k] == 0x5411 || t->cp[k] == 0x4e3a ||
		    t->cp[k] == 0x7ed9 || t->cp[k] == 0x5bf9 ||	/* 向为给对 */
		    word_is(t, k, U"动员") || word_is(t, k, U"号召") ||
		    word_is(t, k, U"发动") || word_is(t, k, U"倡议"))
			return 1;
	return 0;
}

/* The acting body a text passage names last. */
enum actor { A_NONE, A_PUBLIC, A_CHARITY };

/* How far back, and over how many paragraph breaks, an actor is sought. */
#define ACTOR_MAX	300
#define ACTOR_PARAS	1

/*
 * A body at i named as a partner of the one before it: 民政局联合县慈善
 * 协会, 市民政局、市慈善会和….
 */
static int
partner(const struct rw_text *t, size_t from, size_t i)
{
	size_t	 k;

	for (k = i; k > from && i - k < 6; k--) {
		if (is_clause_end(t->cp[k - 1]))
			return 0;
		if (is_conj(t->cp[k - 1]) || (k >= from + 2 &&
		    (word_is(t, k - 2, U"联合") || word_is(t, k - 2, U"会同") ||
		    word_is(t, k - 2, U"携手") || word_is(t, k - 2, U"协同"))))
			return 1;
	}
	return 0;
}

/*
 * The giving body before position at, in its paragraph or the one
 * before (a charity named in the previous sentence hands out the 慰问金
 * of this one): the nearest that leads, not a partner (民政局联合慈善会:
 * 民政局), else the nearest partner.  Charity money named as subject
 * (所募善款) counts as a charity.
 */
static enum actor
actor_before(const struct rw_text *t, size_t at)
{
	size_t		 i, lo, breaks = 0;
	enum actor	 a, first = A_NONE;

	lo = at > ACTOR_MAX ? at - ACTOR_MAX : 0;
	for (i = at; i > lo; i--) {
		if (t->cp[i - 1] == '\n') {
			/* a run of newlines is one break */
			if (i < at && t->cp[i] != '\n' && ++breaks > ACTOR_PARAS)
				break;
			continue;
		}
		if (word_at(t, i - 1, charities) > 0 ||
		    word_at(t, i - 1, charity_money) > 0)
			a = A_CHARITY;
		else if (word_at(t, i - 1, public_bodies) > 0)
			a = A_PUBLIC;
		else
			continue;
		if (recipient(t, lo, i - 1))
			continue;
		if (!partner(t, lo, i - 1))
			return a;
		if (first == A_NONE)
			first = a;
	}
	return first;
}

/* Cash right after an amount: 500元慰问金, 300元现金. */
static int
cash_after(const struct rw_text *t, const struct rw_qty *q, size_t ce)
{
	size_t	 i;
	int32_t	 c;

	for (i = q->end; i < ce && i < q->end + 4; i++) {
		c = t->cp[i];
		if (c == 0x91d1 || c == 0x6b3e || word_is(t, i, U"红包"))
			return 1;	/* 金 款 */
		if (c == 0x7684 || is_conj(c))	/* 的 */
			break;
	}
	return 0;
}

/*
 * The noun phrase right before a value word at p holds money as well as
 * goods (善款及物资价值, 慰问金及物资折款, 款物价值): a mixed total, not
 * the value of goods.  Not when the value word opens a modifier of the
 * goods after it (慰问金和价值500元的米面油).
 */
static int
mixed_total(const struct rw_text *t, size_t from, size_t p)
{
	size_t	 i;
	int32_t	 c;

	/* 慰问金和价值500元的米面油: 价值 opens the goods' modifier;
	 * but 善款和物资折合32万元 adds money and goods */
	if (p == from || (is_conj(t->cp[p - 1]) && word_is(t, p, U"价值")))
		return 0;
	for (i = p; i > from && p - i < 10; i--) {
		c = t->cp[i - 1];
		/* 元 、: another figure or list item; 的 购: what comes
		 * before only qualifies the goods (善款购置的物资价值) */
		if ((c >= '0' && c <= '9') || c == 0x5143 || c == 0x3001 ||
		    c == 0x7684 || c == 0x8d2d)
			break;
		/* 款 金, but not the 金 of 基金会 */
		if (c == 0x6b3e || (c == 0x91d1 && t->cp[i] != 0x4f1a))
			return 1;
	}
	return 0;
}

/*
 * The keyword deciding an amount of money, searched back from at to
 * from.  A value word is not that of cash (价值500元的米面油和500元慰问
 * 金); before a mixed total the words further back decide (募集, 资金,
 * 慰问金), funds if none.
 */
static int
money_kw_before(const struct rw_text *t, size_t from, size_t at, int cash)
{
	size_t	 to = at, p;
	int	 k, mixed = 0;

	while ((k = kw_back(t, from, to, money_kw, &p)) != K_NONE) {
		if (k != K_SUPPLIES)
			return k;
		if (mixed || cash || (mixed = mixed_total(t, from, p))) {
			to = p;
			continue;
		}
		return k;
	}
	return mixed ? K_FUNDS : K_NONE;
}

/*
 * A threshold, not a figure of relief: 捐款10万元以上的企业, 单笔不足
 * 100元的捐款.  A disbursement cap (发放不超过2000元的临时救助金) is not
 * one: the noun after it is money.
 */
static int
threshold(const struct rw_text *t, const struct rw_qty *q, size_t cs,
    size_t ce)
{
	size_t	 i;

	if (q->start >= cs + 2 && (word_is(t, q->start - 2, U"单笔") ||
	    (q->start >= cs + 4 && word_is(t, q->start - 4, U"单笔"))))
		return 1;
	if ((q->qual != RW_QUAL_OVER && q->qual != RW_QUAL_UNDER) ||
	    q->end >= ce || t->cp[q->end] != 0x7684)	/* 的 */
		return 0;
	/* 按照每人每月不低于150元的标准发放: the rate paid */
	if (word_is(t, q->end + 1, U"标准"))
		return 0;
	for (i = q->end + 1; i < ce && i < q->end + 12; i++)
		if (word_at(t, i, money_nouns) > 0)
			return 0;
	return 1;
}

/* A charity organisation that gives (not one that receives: 向…慈善会). */
static int
charity_subject(const struct rw_text *t, size_t from, size_t to)
{
	size_t	 i, l;

	for (i = from; i < to; i++)
		if ((l = word_at(t, i, charities)) > 0 && i + l <= to &&
		    !recipient(t, from, i))
			return 1;
	return 0;
}

static int
is_money(const struct rw_qty *q)
{
	return q->iso != NULL;
}

static int
is_people(const char *u)
{
	return strcmp(u, "household") == 0 || strcmp(u, "person") == 0 ||
	    strcmp(u, "person_time") == 0 || strcmp(u, "household_time") == 0;
}

/*
 * The 低保 line of the clause (城市低保平均标准由每人每月560元提高到
 * 590元): who may claim, an eligibility threshold, not money paid.
 */
static int
guarantee_line(const struct rw_text *t, size_t cs, size_t at)
{
	static const char32_t *const line[] = {
		U"低保标准", U"低保平均标准", U"最低生活保障标准",
		U"最低生活保障平均标准", NULL
	};
	static const char32_t *const pay[] = {
		U"发放", U"给予", U"补贴", U"补助", U"救助", U"慰问", U"倍",
		NULL
	};
	size_t	 i, end = 0, l;

	for (i = cs; i < at; i++)
		if ((l = word_at(t, i, line)) > 0 && i + l <= at)
			end = i + l;
	if (end == 0)
		return 0;
	/* 按低保标准的1.5倍发放救助金300元: money paid, not the line */
	for (i = end; i < at; i++)
		if (word_at(t, i, pay) > 0)
			return 0;
	return 1;
}

static int
money_kind(const struct rw_text *t, const struct rw_qty *q, size_t cs,
    size_t ce, size_t ss)
{
	size_t	 at = q->start;
	int	 k, cash = cash_after(t, q, ce);

	if (threshold(t, q, cs, ce) || guarantee_line(t, cs, at))
		return K_OTHER;
	if (contains(t, cs, at, U"财政") || contains(t, cs, at, U"专项资金"))
		return K_FUNDS;
	k = money_kw_before(t, cs, at, cash);
	if (k == K_NONE)
		k = money_kw_before(t, ss, cs, cash);
	if (k == K_NONE)
		k = K_FUNDS;
	/* a charity's 慰问金: the giver in the clause, else the nearest */
	if (k == K_FUNDS && (charity_subject(t, cs, at) ||
	    actor_before(t, at) == A_CHARITY))
		k = K_DONATIONS;
	return k;
}

/* 对 as a preposition in t[from..to) (not 对象, 对接). */
static int
dui_before(const struct rw_text *t, size_t from, size_t to)
{
	size_t	 i;

	for (i = from; i < to; i++)
		if (t->cp[i] == 0x5bf9 && t->cp[i + 1] != 0x8c61 &&
		    t->cp[i + 1] != 0x63a5)
			return 1;
	return 0;
}

/* A visit word (走访, 排查 ...) in t[from..to). */
static int
visit_in(const struct rw_text *t, size_t from, size_t to)
{
	size_t	 i, k;

	for (i = from; i < to; i++)
		for (k = 0; people_kw[k].w != NULL; k++)
			if (people_kw[k].k == K_VISITS &&
			    word_is(t, i, people_kw[k].w) &&
			    i + wlen(people_kw[k].w) <= to)
				return 1;
	return 0;
}

/* A needy word ending within two characters before at. */
static int
needy_before(const struct rw_text *t, size_t from, size_t at)
{
	size_t	 i;

	for (i = at > from + 4 ? at - 4 : from; i < at; i++)
		if (word_at(t, i, needy) > 0)
			return 1;
	return 0;
}

/* 走访及慰问, 看望、慰问: a visit verb just before 慰问 at. */
static int
visit_before(const struct rw_text *t, size_t from, size_t at)
{
	const struct kw	*k;
	size_t		 e;

	for (e = at; e > from && at - e <= 1; e--) {
		if ((k = kw_ending(t, from, e, people_kw)) != NULL &&
		    k->k == K_VISITS)
			return 1;
		if (!is_conj(t->cp[e - 1]))
			break;
	}
	return 0;
}

static int
people_kind(const struct rw_text *t, const struct rw_qty *q, size_t cs,
    size_t ce, size_t ss, size_t se)
{
	size_t	 i, at;
	int	 k;

	/* 2952名工作人员, 100名党员志愿者; not 120名困难党员 */
	for (i = q->end; i < ce && i < q->end + 4; i++) {
		if (word_at(t, i, staff_nouns) > 0)
			return K_STAFF;
		if (word_at(t, i, needy) > 0)
			break;
	}
	/* 对1.2万名困难群众开展走访排查 */
	if (dui_before(t, cs, q->start) && visit_in(t, q->end, ce))
		return K_VISITS;
	/* 儿童主任共182人对留守儿童逐一走访: they visit */
	if (q->end < ce && dui_before(t, q->end, q->end + 1) &&
	    visit_in(t, q->end, ce))
		return K_STAFF;
	/*
	 * 走访慰问困难党员干部12名: needy cadres are no staff; 抽查受助家庭
	 * 326户: 受助 describes the households, the verb is further back.
	 */
	for (i = q->start; (k = kw_back(t, cs, i, people_kw, &at)) !=
	    K_NONE && ((k == K_STAFF && needy_before(t, cs, at)) ||
	    (word_is(t, at, U"受助") && word_at(t, at + 2, aided_nouns) > 0));
	    i = at)
		continue;
	if (k != K_NONE) {
		/* 走访及慰问 */
		if (k == K_BENEF && word_is(t, at, U"慰问") &&
		    visit_before(t, cs, at))
			return K_VISITS;
		return k;
	}
	if ((k = kw_fwd(t, q->end, se, after_kw)) != K_NONE)
		return k;
	/* a capacity (可容纳200人) is its clause's, not the sentence's */
	if ((k = kw_back(t, ss, cs, people_kw, &at)) != K_NONE &&
	    k != K_STAFF && !word_is(t, at, U"容纳") &&
	    !word_is(t, at, U"床位"))
		return k;
	return K_BENEF;
}

static int
decide_kind(const struct rw_text *t, const struct rw_qty *q, size_t cs,
    size_t ce, size_t ss, size_t se)
{
	size_t	 at;
	int	 k;

	/* 490元一吨: a price */
	if (is_money(q) && q->per != NULL && (strcmp(q->per, "吨") == 0 ||
	    strcmp(q->per, "公斤") == 0 || strcmp(q->per, "斤") == 0 ||
	    strcmp(q->per, "千克") == 0))
		return K_OTHER;
	if (is_money(q))
		return money_kind(t, q, cs, ce, ss);
	if (is_people(q->unit))
		return people_kind(t, q, cs, ce, ss, se);
	if (strcmp(q->unit, "institution") == 0) {
		k = kw_back(t, cs, q->start, people_kw, &at);
		/* 慰问16所福利机构: institutions are visited */
		return k == K_VISITS || (k == K_BENEF &&
		    word_is(t, at, U"慰问")) ? K_VISITS : K_OTHER;
	}
	if (strcmp(q->unit, "item") == 0)
		return contains(t, cs, ce, U"宣传") ? K_OTHER : K_SUPPLIES;
	if (strcmp(q->unit, "吨") == 0 || strcmp(q->unit, "公斤") == 0 ||
	    strcmp(q->unit, "千克") == 0 || strcmp(q->unit, "斤") == 0 ||
	    strcmp(q->unit, "种类") == 0 || strcmp(q->unit, "种") == 0)
		return K_SUPPLIES;
	return K_OTHER;
}

static int
period(const char *per)
{
	return strcmp(per, "month") == 0 || strcmp(per, "day") == 0 ||
	    strcmp(per, "year") == 0 || strcmp(per, "week") == 0 ||
	    strcmp(per, "quarter") == 0;
}

/* 各 before the number or before its verb: the noun in front of 各. */
static const char *
each_per(const struct rw_text *t, size_t at)
{
	size_t	 k, l;

	for (k = 0; k < sizeof(each_nouns) / sizeof(each_nouns[0]); k++) {
		l = wlen(each_nouns[k].w);
		if (l <= at && word_is(t, at - l, each_nouns[k].w))
			return each_nouns[k].per;
	}
	return "type";
}

/* 各福利机构: the noun after 各, NULL if it names no denominator. */
static const char *
each_per_after(const struct rw_text *t, size_t at)
{
	const char	*per = NULL;
	size_t		 i, k;

	for (i = at; i < t->ncp && i < at + 8 && !is_clause_end(t->cp[i]);
	    i++)
		for (k = 0; k < sizeof(each_nouns) / sizeof(each_nouns[0]);
		    k++)
			if (word_is(t, i, each_nouns[k].w))
				per = each_nouns[k].per;
	return per;
}

/*
 * A rate marked earlier in the clause: 每户发放现金300元, 每天巡查不少于
 * 2次, 各发放500元; for a standard (按3000-6000元的标准) the 各X or 每X
 * of the sentence.
 */
static const char *
clause_per(const struct rw_text *t, const struct rw_qty *q, size_t cs,
    size_t ss)
{
	const char	*per, *outer;
	size_t		 i, len, from;

	for (i = q->start; i > cs; i--) {
		/* 户均增收2000元 */
		if (i >= cs + 2 && t->cp[i - 1] == 0x5747 &&	/* 均 */
		    (t->cp[i - 2] == 0x6237 || t->cp[i - 2] == 0x4eba))
			return t->cp[i - 2] == 0x6237 ? "household" : "person";
		if (t->cp[i - 1] == 0x6bcf &&	/* 每 */
		    (per = rw_qty_per_word(t->cp, t->ncp, i, &len)) != NULL &&
		    i + len <= q->start) {
			/* 每人每月: the recipient, not the period */
			if (period(per) && i >= cs + 3 && t->cp[i - 3] == 0x6bcf &&
			    (outer = rw_qty_per_word(t->cp, t->ncp, i - 2,
			    &len)) != NULL && len == 1)
				return outer;
			return per;
		}
		if (t->cp[i - 1] == 0x5404 && i < q->start &&	/* 各 */
		    (word_is(t, i, U"发放") || word_is(t, i, U"补助") ||
		    word_is(t, i, U"给予") || word_is(t, i, U"送") ||
		    word_is(t, i, U"补贴") || word_is(t, i, U"资助") ||
		    word_is(t, i, U"捐") || word_is(t, i, U"出资") ||
		    word_is(t, i, U"拿出")))
			return each_per(t, i - 1);
	}
	if (!is_money(q) || !(word_is(t, q->end, U"的标准") ||
	    word_is(t, q->end, U"标准") || (q->start > 0 &&
	    t->cp[q->start - 1] == 0x6309)))	/* 按 */
		return NULL;
	for (from = q->start; from > ss; from--) {
		i = from - 1;
		if (t->cp[i] == 0x6bcf &&
		    (per = rw_qty_per_word(t->cp, t->ncp, i + 1, &len)) != NULL)
			return per;
		if (t->cp[i] == 0x5404 &&
		    (per = each_per_after(t, i + 1)) != NULL)
			return per;
	}
	return NULL;
}

/*
 * A single piece of goods (大米1袋) with no rate in its clause takes the
 * recipient of a 每户/每人 earlier in the sentence: 每户发放慰问金600元，
 * 另赠送大米1袋.  One bag for the whole group would be no relief figure.
 */
static const char *
single_per(const struct rw_text *t, const struct rw_qty *q, size_t cs,
    size_t ss)
{
	const char	*per;
	size_t		 i, len;

	if (q->value != 1 || strcmp(q->unit, "item") != 0 ||
	    (q->flags & RW_QF_CHINESE))
		return NULL;
	for (i = cs; i > ss; i--)
		if (t->cp[i - 1] == 0x6bcf &&	/* 每 */
		    (per = rw_qty_per_word(t->cp, t->ncp, i, &len)) != NULL &&
		    (strcmp(per, "household") == 0 ||
		    strcmp(per, "person") == 0))
			return per;
	return NULL;
}

/*
 * Places counted as the scope of the next figure: 为13个安置点的860户,
 * 向12个社区的300名老人 (the README leaves such scope counts out).
 */
static int
scope_count(const struct rw_text *t, const struct rw_qty *q,
    const struct rw_qty *next, size_t ce)
{
	if (strcmp(q->unit, "个") != 0 && strcmp(q->unit, "institution") != 0)
		return 0;
	return next->start > q->end + 1 && next->start <= ce &&
	    next->start - q->end <= 16 && t->cp[next->start - 1] == 0x7684 &&
	    next->unit != NULL && is_people(next->unit);	/* 的 */
}

/* What the README annotates; q has a unit. */
static int
keep(const struct rw_qty *q)
{
	if (q->flags & (RW_QF_LONE_YI | RW_QF_WEAK | RW_QF_DIGITS |
	    RW_QF_ORDINAL | RW_QF_CODE | RW_QF_EVENT | RW_QF_INEXACT))
		return 0;
	if (q->noun != RW_NOUN_NONE || q->value <= 0)
		return 0;
	/* 三个重点, 两条措施: a small Chinese count of an unknown noun */
	if ((q->flags & RW_QF_CHINESE) && q->value < 10 && !q->has_max &&
	    (strcmp(q->unit, "个") == 0 || strcmp(q->unit, "条") == 0 ||
	    strcmp(q->unit, "份") == 0 || strcmp(q->unit, "种") == 0 ||
	    strcmp(q->unit, "头") == 0 || strcmp(q->unit, "只") == 0))
		return 0;
	return 1;
}

static char *
orig_span(const struct rw_text *t, size_t a, size_t b)
{
	return rw_text_orig(t, rw_text_ostart(t, a), rw_text_oend(t, b));
}

int
rw_measure_scan_text(const struct rw_text *t, struct rw_measure **out,
    size_t *n, struct rw_err *err)
{
	struct rw_qty		*q;
	struct rw_measure	*m;
	size_t			 nq, i, ss, se, cs, ce, a, b, cap = 0;
	const char		*per;

	*out = NULL;
	*n = 0;
	if (rw_qty_scan(t, 0, &q, &nq, err) == -1)
		return -1;
	for (i = 0; i < nq; i++) {
		if (!keep(&q[i]))
			continue;
		/* bounded, so that a text without full stops stays linear */
		for (ss = q[i].start; ss > 0 && q[i].start - ss < SENT_MAX &&
		    !is_sentence_end(t->cp[ss - 1]); ss--)
			;
		for (se = q[i].end; se < t->ncp && se - q[i].end < SENT_MAX &&
		    !is_sentence_end(t->cp[se]); se++)
			;
		for (cs = q[i].start; cs > ss && !is_clause_end(t->cp[cs - 1]);
		    cs--)
			;
		for (ce = q[i].end; ce < se && !is_clause_end(t->cp[ce]); ce++)
			;
		if (i + 1 < nq && scope_count(t, &q[i], &q[i + 1], ce))
			continue;
		if (*n == cap) {
			cap = cap ? cap * 2 : 16;
			*out = xreallocarray(*out, cap, sizeof(**out));
		}
		m = &(*out)[(*n)++];
		memset(m, 0, sizeof(*m));
		m->start = rw_text_ostart(t, q[i].start);
		m->end = rw_text_oend(t, q[i].end);
		m->text = rw_text_orig(t, m->start, m->end);
		for (a = ss; a < se && is_space(t->cp[a]); a++)
			;
		for (b = se; b > a && is_space(t->cp[b - 1]); b--)
			;
		if (b < t->ncp && is_sentence_end(t->cp[b]) && t->cp[b] != '\n')
			b++;
		m->sentence = orig_span(t, a, b);
		m->value = q[i].value;
		m->unit = xstrdup(q[i].unit);
		m->qualifier = xstrdup(rw_qual_name(q[i].qual));
		per = q[i].per;
		if (per != NULL && (q[i].flags & RW_QF_EACH))
			per = each_per(t, q[i].start);
		if (per == NULL)
			per = clause_per(t, &q[i], cs, ss);
		if (per == NULL)
			per = single_per(t, &q[i], cs, ss);
		/* 每年募集善款超过1亿元: an annual total, not a rate */
		if (per != NULL && strcmp(per, "year") == 0)
			per = NULL;
		m->per = per != NULL ? xstrdup(per) : NULL;
		m->has_max = q[i].has_max;
		m->max = q[i].max;
		m->kind = xstrdup(kind_names[decide_kind(t, &q[i], cs, ce,
		    ss, se)]);
	}
	free(q);
	return 0;
}

int
rw_measure_scan(const struct rw_text_ctx *x, const char *text, size_t len,
    struct rw_measure **out, size_t *n, struct rw_err *err)
{
	struct rw_text	*t;
	int		 rc;

	*out = NULL;
	*n = 0;
	if ((t = rw_text_new(x, text, len, err)) == NULL)
		return -1;
	rc = rw_measure_scan_text(t, out, n, err);
	rw_text_free(t);
	return rc;
}

void
rw_measures_free(struct rw_measure *m, size_t n)
{
	size_t	 i;

	if (m == NULL)
		return;
	for (i = 0; i < n; i++)
		rw_measure_clear(&m[i]);
	free(m);
}
