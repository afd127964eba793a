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
static const char32_t *const heads[] = {
	U"民政事务局", U"民政厅", U"民政局", U"民政部", U"民政办",
	U"慈善基金会", U"慈善联合会", U"慈善总会", U"慈善协会", U"慈善会",
	U"红十字会", U"基金会", U"残疾人联合会", U"残联", U"妇联", U"总工会",
	U"救助管理站", U"救助管理中心", U"救助站", U"社会福利院", U"儿童福利院",
	U"福利院", U"敬老院", U"养老院", U"福利彩票中心", U"福彩中心",
	U"帮扶中心", U"未成年人保护中心", U"未保中心", U"应急管理厅",
	U"应急管理局", U"乡村振兴局", U"人民政府", U"政府", NULL
};
/* Heads of homes and stations: where relief happens, not who runs it. */
static const char32_t *const facilities[] = {
	U"救助管理站", U"救助管理中心", U"救助站", U"社会福利院", U"儿童福利院",
	U"福利院", U"敬老院", U"养老院", U"未成年人保护中心", U"未保中心", NULL
};
/* Characters that may not stand between a place and its head. */
static const char32_t middle_stop[] =
    U"的和与及在为等向对由从将已把被给让同是了有、";
/* Between a bare level character and its head: not 市、县、区三级慈善协会. */
static const char32_t rel_middle_stop[] = U"省市县区州旗级各两全等";
/* Words before a bare level character that end a phrase: 由省民政厅. */
static const char32_t rel_before[] =
    U"和与及由在从向对为是经将把被给让同以据、，。；：（“";
static const char32_t levels[] = U"省市县区州旗";

#define MAXMIDDLE	8

/* 1 if c starts a head (a switch: checked at every position). */
static int
head_start(int32_t c)
{
	switch (c) {
	case U'民': case U'慈': case U'红': case U'基': case U'残':
	case U'妇': case U'总': case U'救': case U'社': case U'儿':
	case U'福': case U'敬': case U'养': case U'帮': case U'未':
	case U'应': case U'乡': case U'人': case U'政':
		return 1;
	default:
		return 0;
	}
}

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

/*
 * The accepted name mention of src ending at pos, or NULL.  Resolved
 * mentions are sorted by (src, start) and do not overlap, so their ends
 * are sorted too.
 */
static const struct rw_mention *
mention_ending(const struct rw_places *ps, int src, size_t pos)
{
	const struct rw_mention	*m;
	size_t			 lo = 0, hi = ps->n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		m = &ps->v[mid];
		if (m->src < src || (m->src == src && m->end < pos))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < ps->n && ps->v[lo].src == src && ps->v[lo].end == pos;
	    lo++)
		if (ps->v[lo].kind == RW_MENTION_NAME)
			return &ps->v[lo];
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
static const char32_t *const rel_before2[] = {
	U"联合", U"会同", U"协同", U"联同", U"携手", U"组织", U"指导", U"委托",
	U"依托", NULL
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
	if (pos >= lo + 2 && rw_cjk_at(key + pos - 2, 2, U"自治") == 2) {
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
		if (rw_cjk_numeral(key[a]) ||
		    rw_cjk_in(key[a], rel_middle_stop))
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
		if (p >= lo + 2 && (rw_cjk_at(key + p - 2, 2, U"中华") ||
		    rw_cjk_at(key + p - 2, 2, U"中国"))) {
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
		if (!rw_cjk_at(key + h, e - h, U"民政部"))
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
		if (!head_start(v->key[i]))
			continue;
		if ((k = rw_cjk_at_any(v->key + i, end - i, heads)) == 0)
			continue;
		/* 民政部门, 政府部门: departments in general */
		if (i + k < v->n && v->key[i + k] == 0x95e8 &&	/* 门 */
		    rw_cjk_ends(v->key + i, k, U"部")) {
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
