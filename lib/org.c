/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "cjk.h"
#include "cpview.h"
#include "gazetteer.h"
#include "place.h"
#include "org.h"

/* Heads, longest first where one is the end of another. */
static const char *const heads[] = {
	"民政事务局", "民政厅", "民政局", "民政部", "民政办",
	"慈善基金会", "慈善联合会", "慈善总会", "慈善协会", "慈善会",
	"红十字会", "基金会", "残疾人联合会", "残联", "妇联", "总工会",
	"救助管理站", "救助管理中心", "救助站", "社会福利院", "儿童福利院",
	"福利院", "敬老院", "养老院", "福利彩票中心", "福彩中心",
	"帮扶中心", "未成年人保护中心", "未保中心", "应急管理厅",
	"应急管理局", "乡村振兴局", "人民政府", "政府", NULL
};
/* Heads of homes and stations: where relief happens, not who runs it. */
static const char *const facilities[] = {
	"救助管理站", "救助管理中心", "救助站", "社会福利院", "儿童福利院",
	"福利院", "敬老院", "养老院", "未成年人保护中心", "未保中心", NULL
};
/* First characters of the heads, to skip most positions at once. */
static const char head_first[] = "民慈红基残妇总救社儿福敬养帮未应乡人政";
/* Characters that may not stand between a place and its head. */
static const char middle_stop[] =
    "的和与及在为等向对由从将已把被给让同是了有、";
/* Between a bare level character and its head: not 市、县、区三级慈善协会. */
static const char rel_middle_stop[] = "省市县区州旗级各两全等";
/* Words before a bare level character that end a phrase: 由省民政厅. */
static const char rel_before[] =
    "和与及由在从向对为是经将把被给让同以据、，。；：（“";
static const char levels[] = "省市县区州旗";

#define MAXMIDDLE	8

static struct rw_org *
push(struct rw_orgs *o)
{
	struct rw_org	*g;

	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 16;
		o->v = xreallocarray(o->v, o->cap, sizeof(*o->v));
	}
	g = &o->v[o->n++];
	memset(g, 0, sizeof(*g));
	return g;
}

void
rw_orgs_free(struct rw_orgs *o)
{
	free(o->v);
	memset(o, 0, sizeof(*o));
}

/* The accepted name mention of src ending at pos, or NULL. */
static const struct rw_mention *
mention_ending(const struct rw_places *ps, int src, size_t pos)
{
	size_t	 i;

	for (i = 0; i < ps->n; i++)
		if (ps->v[i].src == src && ps->v[i].end == pos &&
		    ps->v[i].kind == RW_MENTION_NAME)
			return &ps->v[i];
	return NULL;
}

/* Start of the chain of adjacent mentions ending with m (黑龙江省牡丹江市). */
static size_t
chain_start(const struct rw_places *ps, const struct rw_mention *m)
{
	const struct rw_mention	*p;
	size_t			 start = m->start, steps = 0;

	while (steps++ < 8 && (p = mention_ending(ps, m->src, start)) != NULL)
		start = p->start;
	return start;
}

/* Two-character words before a bare level character: 联合县慈善协会. */
static const char *const rel_before2[] = {
	"联合", "会同", "协同", "联同", "携手", "组织", "指导", "委托",
	"依托", NULL
};

/*
 * A bare level character at pos that starts a phrase (由省民政厅,
 * 、市慈善会, 联合县慈善协会), or 自治区 / 自治州 before pos + 1.  Returns
 * the level (省 for 自治区) and sets *start, or returns 0.
 */
static int32_t
relative_at(const int32_t *key, size_t lo, size_t pos, size_t *start)
{
	size_t	 s = pos;
	int32_t	 lv = key[pos];

	if (!rw_cjk_in(lv, levels))
		return 0;
	if (pos >= lo + 2 && rw_cjk_at(key + pos - 2, 2, "自治") == 2) {
		s = pos - 2;
		if (lv == 0x533a)	/* 自治区: a province */
			lv = 0x7701;	/* 省 */
	}
	*start = s;
	if (s == lo || rw_cjk_punct(key[s - 1]) ||
	    rw_cjk_in(key[s - 1], rel_before))
		return lv;
	if (s >= lo + 2 && rw_cjk_at_any(key + s - 2, 2, rel_before2) == 2)
		return lv;
	return 0;
}

/* 1 if key[a..b) may stand between a level character and its head. */
static int
clean_middle(const int32_t *key, size_t a, size_t b)
{
	for (; a < b; a++)
		if (rw_cjk_numeral(key[a]) || rw_cjk_in(key[a], rel_middle_stop))
			return 0;
	return 1;
}

/*
 * Fills g with the name ending in the head at [h, e), looking no further
 * left than lo; returns 0 when nothing names it.
 */
static int
name_head(const struct rw_cpview *v, size_t lo, size_t h, size_t e,
    const struct rw_places *ps, int src, struct rw_org *g)
{
	const struct rw_mention	*m;
	const int32_t		*key = v->key;
	size_t			 p, rs;
	int32_t			 lv;

	for (p = h; p + MAXMIDDLE >= h && p >= lo; p--) {
		if ((m = mention_ending(ps, src, p)) != NULL) {
			g->start = chain_start(ps, m);
			g->region = m->region;
			break;
		}
		/* 市慈善协会, 县惠民帮扶中心 (not 我市, 全省, 6州2市) */
		if (p < h && clean_middle(key, p + 1, h) &&
		    (lv = relative_at(key, lo, p, &rs)) != 0) {
			g->start = rs;
			g->rel = lv;
			break;
		}
		if (p >= lo + 2 && (rw_cjk_at(key + p - 2, 2, "中华") ||
		    rw_cjk_at(key + p - 2, 2, "中国"))) {
			g->start = p - 2;
			g->national = 1;
			break;
		}
		if (p == lo || !rw_cjk_han(key[p - 1]) ||
		    rw_cjk_in(key[p - 1], middle_stop))
			break;
	}
	if (g->region == NULL && g->rel == 0 && !g->national) {
		/* 民政部 needs no other name */
		if (!rw_cjk_at(key + h, e - h, "民政部"))
			return 0;
		g->start = h;
		g->national = 1;
	}
	g->end = e;
	g->src = src;
	return 1;
}

void
rw_orgs_find(struct rw_orgs *out, const struct rw_cpview *v, size_t start,
    size_t end, const struct rw_places *ps, int src)
{
	struct rw_org	 g;
	size_t		 i, k, lo = start;

	if (end > v->n)
		end = v->n;
	for (i = start; i < end; i++) {
		if (!rw_cjk_in(v->key[i], head_first))
			continue;
		if ((k = rw_cjk_at_any(v->key + i, end - i, heads)) == 0)
			continue;
		/* 民政部门, 政府部门: departments in general */
		if (i + k < v->n && v->key[i + k] == 0x95e8 &&	/* 门 */
		    rw_cjk_ends(v->key + i, k, "部")) {
			i += k;
			continue;
		}
		memset(&g, 0, sizeof(g));
		/* a name does not reach back over the previous head */
		if (name_head(v, lo, i, i + k, ps, src, &g)) {
			g.facility = rw_cjk_at_any(v->key + i, k,
			    facilities) == k;
			*push(out) = g;
		}
		lo = i + k;
		i += k - 1;
	}
}
