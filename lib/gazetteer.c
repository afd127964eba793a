/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "utf8.h"
#include "trie.h"
#include "hans.h"
#include "gazetteer_data.h"
#include "gazetteer.h"

#define MAXSUCC	16	/* successors of one retired code */

struct retired {
	char			 code[8];
	const char		*name;
	int			 renamed;	/* 变更: the code stays */
	const struct rw_region	**succ;
	size_t			 nsucc;
	const struct rw_region	*region;	/* common ancestor of succ */
};

/* A (name string, candidate) pair collected while building the index. */
struct namerec {
	char			*text;
	struct rw_name_cand	 cand;
};

struct rw_gazetteer {
	char			*tsv[4];	/* our copies, cut in place */
	struct rw_region	*regions;
	size_t			 nregions;
	const struct rw_region	**kids;
	struct retired		*retired;
	size_t			 nretired;
	const struct rw_region	**succ;
	struct rw_name		*names;
	size_t			 nnames;
	struct rw_name_cand	*cands;
	char			**strs;		/* name strings we allocated */
	size_t			 nstrs;
	size_t			 strcap;
	struct rw_trie		*trie;
	struct rw_hans		*hans;
};

/*
 * Short names that are also everyday words, idioms, brands, rivers or
 * mountains, missing from regions-shortname-commonword.tsv: prefectures
 * (幸福安康, 四平八稳, 三明治, 朝阳产业, 孙中山, 海西 = 海峡西岸 ...) and
 * counties whose names are words of civil-affairs prose (惠民政策, 长寿
 * 老人, 新建养老院, 安居乐业, 康乐活动, 太平, 兴隆, 友谊, 万全之策).
 */
static const char *const extra_common[] = {
	"三明", "中山", "北海", "四平", "安康", "山南", "朝阳", "海北",
	"海西", "玉树", "白山", "白银", "红河", "怒江", "普洱", "阿里",
	"黄山", "黑河",
	"万全", "乐业", "兴隆", "友谊", "太平", "康乐", "惠民", "新建",
	"长寿",
};

/* Characters of generic district names: 城区, 市中区, 城关区, 新城区. */
static const char generic_stem[] = "东西南北中城市新老郊矿关上下前后";

/* Splits s at c in place; returns the start of the next field or NULL. */
static char *
cut(char *s, int c)
{
	char	*p;

	if (s == NULL || (p = strchr(s, c)) == NULL)
		return NULL;
	*p = '\0';
	return p + 1;
}

/* Splits a TSV line into at most max fields; returns how many. */
static size_t
fields(char *line, char **f, size_t max)
{
	size_t	 n = 0;
	char	*p;

	if ((p = strchr(line, '\r')) != NULL)
		*p = '\0';
	while (line != NULL && n < max) {
		f[n++] = line;
		line = cut(line, '\t');
	}
	return n;
}

static int
valid_code(const char *s)
{
	size_t	 i;

	for (i = 0; i < 6; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return s[6] == '\0';
}

static int
cmp_region_code(const void *key, const void *elem)
{
	return strcmp(key, ((const struct rw_region *)elem)->code);
}

static int
cmp_retired_code(const void *key, const void *elem)
{
	return strcmp(key, ((const struct retired *)elem)->code);
}

const struct rw_region *
rw_gazetteer_get(const struct rw_gazetteer *gz, const char *code)
{
	if (code == NULL)
		return NULL;
	return bsearch(code, gz->regions, gz->nregions,
	    sizeof(*gz->regions), cmp_region_code);
}

static const struct retired *
find_retired(const struct rw_gazetteer *gz, const char *code)
{
	if (code == NULL || gz->nretired == 0)
		return NULL;
	return bsearch(code, gz->retired, gz->nretired,
	    sizeof(*gz->retired), cmp_retired_code);
}

const struct rw_region *
rw_gazetteer_code(const struct rw_gazetteer *gz, const char *code)
{
	const struct rw_region	*r;
	const struct retired	*t;

	if ((r = rw_gazetteer_get(gz, code)) != NULL)
		return r;
	if ((t = find_retired(gz, code)) != NULL)
		return t->region;
	return NULL;
}

size_t
rw_gazetteer_successors(const struct rw_gazetteer *gz, const char *code,
    const struct rw_region **out, size_t max)
{
	const struct rw_region	*r;
	const struct retired	*t;
	size_t			 i;

	if ((r = rw_gazetteer_get(gz, code)) != NULL &&
	    ((t = find_retired(gz, code)) == NULL || t->renamed)) {
		if (max > 0)
			out[0] = r;
		return max > 0;
	}
	if ((t = find_retired(gz, code)) == NULL)
		return 0;
	for (i = 0; i < t->nsucc && i < max; i++)
		out[i] = t->succ[i];
	return i;
}

size_t
rw_gazetteer_count(const struct rw_gazetteer *gz)
{
	return gz->nregions;
}

const struct rw_region *
rw_gazetteer_at(const struct rw_gazetteer *gz, size_t i)
{
	return i < gz->nregions ? &gz->regions[i] : NULL;
}

const struct rw_hans *
rw_gazetteer_hans(const struct rw_gazetteer *gz)
{
	return gz->hans;
}

const struct rw_region *
rw_region_ancestor(const struct rw_region *r, enum rw_level level)
{
	while (r != NULL && r->level > level)
		r = r->parent;
	return r != NULL && r->level == level ? r : NULL;
}

int
rw_region_within(const struct rw_region *a, const struct rw_region *b)
{
	for (; a != NULL; a = a->parent)
		if (a == b)
			return 1;
	return 0;
}

const struct rw_region *
rw_region_lca(const struct rw_region *a, const struct rw_region *b)
{
	const struct rw_region	*p;

	for (; a != NULL; a = a->parent)
		for (p = b; p != NULL; p = p->parent)
			if (p == a)
				return a;
	return NULL;
}

/* --- loading ----------------------------------------------------------- */

static int
load_regions(struct rw_gazetteer *gz, struct rw_err *err)
{
	char		*line, *next, *f[5], **pcode;
	size_t		 cap = 4096, n = 0, i, *count, *pos;
	struct rw_region *r;
	unsigned long	 lineno = 1;

	gz->regions = xcalloc(cap, sizeof(*gz->regions));
	pcode = xcalloc(cap, sizeof(*pcode));
	next = cut(gz->tsv[0], '\n');		/* header */
	while ((line = next) != NULL && *line != '\0') {
		next = cut(line, '\n');
		lineno++;
		if (fields(line, f, 5) < 5 || !valid_code(f[0]) ||
		    *f[1] == '\0') {
			rw_err_set(err, "regions.tsv:%lu: bad line", lineno);
			goto fail;
		}
		if (n == cap) {
			cap *= 2;
			gz->regions = xreallocarray(gz->regions, cap,
			    sizeof(*gz->regions));
			pcode = xreallocarray(pcode, cap, sizeof(*pcode));
		}
		r = &gz->regions[n++];
		memset(r, 0, sizeof(*r));
		memcpy(r->code, f[0], 7);
		r->name = f[1];
		r->short_name = *f[4] != '\0' ? f[4] : NULL;
		if (strcmp(f[2], "province") == 0)
			r->level = RW_LEVEL_PROVINCE;
		else if (strcmp(f[2], "prefecture") == 0)
			r->level = RW_LEVEL_PREFECTURE;
		else if (strcmp(f[2], "county") == 0)
			r->level = RW_LEVEL_COUNTY;
		else {
			rw_err_set(err, "regions.tsv:%lu: bad level", lineno);
			goto fail;
		}
		pcode[n - 1] = f[3];
	}
	gz->nregions = n;
	for (i = 1; i < n; i++)
		if (strcmp(gz->regions[i - 1].code, gz->regions[i].code) >= 0) {
			rw_err_set(err, "regions.tsv: codes not sorted at %s",
			    gz->regions[i].code);
			goto fail;
		}
	for (i = 0; i < n; i++) {
		r = &gz->regions[i];
		if (r->level == RW_LEVEL_PROVINCE)
			continue;
		r->parent = rw_gazetteer_get(gz, pcode[i]);
		if (r->parent == NULL || r->parent->level >= r->level) {
			rw_err_set(err, "regions.tsv: %s: bad parent", r->code);
			goto fail;
		}
	}
	free(pcode);
	/* parents come before children in code order */
	for (i = 0; i < n; i++) {
		r = &gz->regions[i];
		r->province = r->parent == NULL ? r : r->parent->province;
	}
	count = xcalloc(n + 1, sizeof(*count));
	pos = xcalloc(n + 1, sizeof(*pos));
	for (i = 0; i < n; i++)
		if (gz->regions[i].parent != NULL)
			count[gz->regions[i].parent - gz->regions]++;
	for (i = 0; i < n; i++)
		pos[i + 1] = pos[i] + count[i];
	gz->kids = xcalloc(n + 1, sizeof(*gz->kids));
	for (i = 0; i < n; i++) {
		gz->regions[i].children = gz->kids + pos[i];
		gz->regions[i].nchildren = count[i];
		count[i] = 0;
	}
	for (i = 0; i < n; i++) {
		size_t p;

		if (gz->regions[i].parent == NULL)
			continue;
		p = gz->regions[i].parent - gz->regions;
		gz->kids[pos[p] + count[p]++] = &gz->regions[i];
	}
	free(count);
	free(pos);
	return 0;
fail:
	free(pcode);
	return -1;
}

static void
load_commonword(struct rw_gazetteer *gz)
{
	char			*line, *next, *f[4];
	struct rw_region	*r;
	size_t			 i, k;

	next = cut(gz->tsv[3], '\n');
	while ((line = next) != NULL && *line != '\0') {
		next = cut(line, '\n');
		if (fields(line, f, 4) < 4)
			continue;
		r = (struct rw_region *)rw_gazetteer_get(gz, f[0]);
		if (r != NULL && rw_streq(r->short_name, f[3]))
			r->flags |= RW_REGION_COMMON;
	}
	for (i = 0; i < gz->nregions; i++) {
		r = &gz->regions[i];
		for (k = 0; k < sizeof(extra_common) /
		    sizeof(extra_common[0]); k++)
			if (rw_streq(r->short_name, extra_common[k]))
				r->flags |= RW_REGION_COMMON;
	}
}

/*
 * Collects the current successors of one retired row, following codes that
 * were retired again later (bounded: the table has no long chains).
 */
static size_t
resolve_successors(struct rw_gazetteer *gz, const char *list,
    const struct rw_region **out)
{
	char			 todo[MAXSUCC * 4][8];
	size_t			 ntodo = 0, i, k, n = 0, steps = 0;
	const struct rw_region	*r;
	const struct retired	*t;
	const char		*p = list;

	while (*p != '\0' && ntodo < sizeof(todo) / sizeof(todo[0])) {
		for (k = 0; k < 6 && p[k] >= '0' && p[k] <= '9'; k++)
			continue;
		if (k == 6) {
			memcpy(todo[ntodo], p, 6);
			todo[ntodo++][6] = '\0';
		}
		while (*p != '\0' && *p != ';')
			p++;
		if (*p == ';')
			p++;
	}
	for (i = 0; i < ntodo && steps++ < 64; i++) {
		r = rw_gazetteer_get(gz, todo[i]);
		t = find_retired(gz, todo[i]);
		if (r == NULL && t != NULL) {
			/* retired again: queue its own successors */
			for (k = 0; k < t->nsucc &&
			    ntodo < sizeof(todo) / sizeof(todo[0]); k++)
				memcpy(todo[ntodo++], t->succ[k]->code, 8);
			continue;
		}
		if (r == NULL || n == MAXSUCC)
			continue;
		for (k = 0; k < n && out[k] != r; k++)
			continue;
		if (k == n)
			out[n++] = r;
	}
	return n;
}

static int
cmp_region_ptr(const void *a, const void *b)
{
	const struct rw_region	*x = *(const struct rw_region *const *)a;
	const struct rw_region	*y = *(const struct rw_region *const *)b;

	return strcmp(x->code, y->code);
}

static int
load_retired(struct rw_gazetteer *gz, struct rw_err *err)
{
	char			*line, *next, *f[6];
	const struct rw_region	*buf[MAXSUCC], **store;
	size_t			 cap = 256, n = 0, i, k, nsucc = 0, *off, *cnt;
	unsigned long		 lineno = 1;
	char			**lists;
	struct retired		*t;
	int			 round;

	gz->retired = xcalloc(cap, sizeof(*gz->retired));
	lists = xcalloc(cap, sizeof(*lists));
	next = cut(gz->tsv[1], '\n');
	while ((line = next) != NULL && *line != '\0') {
		next = cut(line, '\n');
		lineno++;
		if (fields(line, f, 6) < 6 || !valid_code(f[0])) {
			rw_err_set(err, "regions-retired.tsv:%lu: bad line",
			    lineno);
			free(lists);
			return -1;
		}
		if (n == cap) {
			cap *= 2;
			gz->retired = xreallocarray(gz->retired, cap,
			    sizeof(*gz->retired));
			lists = xreallocarray(lists, cap, sizeof(*lists));
		}
		t = &gz->retired[n];
		memset(t, 0, sizeof(*t));
		memcpy(t->code, f[0], 7);
		t->name = f[1];
		t->renamed = strcmp(f[4], "变更") == 0;
		lists[n++] = f[5];
	}
	gz->nretired = n;
	for (i = 1; i < n; i++)
		if (strcmp(gz->retired[i - 1].code, gz->retired[i].code) >= 0) {
			rw_err_set(err, "regions-retired.tsv: codes not sorted "
			    "at %s", gz->retired[i].code);
			free(lists);
			return -1;
		}
	/*
	 * A few rounds, each into fresh storage: a round sees the successors
	 * the previous one found for codes that were retired again later.
	 */
	off = xcalloc(n + 1, sizeof(*off));
	cnt = xcalloc(n + 1, sizeof(*cnt));
	for (round = 0; round < 3; round++) {
		store = xcalloc(n * MAXSUCC + 1, sizeof(*store));
		nsucc = 0;
		for (i = 0; i < n; i++) {
			k = resolve_successors(gz, lists[i], buf);
			qsort(buf, k, sizeof(buf[0]), cmp_region_ptr);
			memcpy(store + nsucc, buf, k * sizeof(buf[0]));
			off[i] = nsucc;
			cnt[i] = k;
			nsucc += k;
		}
		for (i = 0; i < n; i++) {
			gz->retired[i].succ = store + off[i];
			gz->retired[i].nsucc = cnt[i];
		}
		free(gz->succ);
		gz->succ = store;
	}
	free(off);
	free(cnt);
	for (i = 0; i < n; i++) {
		t = &gz->retired[i];
		t->region = t->nsucc > 0 ? t->succ[0] : NULL;
		for (k = 1; k < t->nsucc; k++)
			t->region = rw_region_lca(t->region, t->succ[k]);
	}
	free(lists);
	return 0;
}

/* --- the name index ------------------------------------------------------ */

struct recs {
	struct namerec	*v;
	size_t		 n;
	size_t		 cap;
};

static void
add_rec(struct rw_gazetteer *gz, struct recs *rs, const char *text,
    const struct rw_region *r, enum rw_name_kind kind, int assigned)
{
	struct namerec	*nr;

	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 8192;
		rs->v = xreallocarray(rs->v, rs->cap, sizeof(*rs->v));
	}
	nr = &rs->v[rs->n++];
	nr->text = xstrdup(text);
	nr->cand.region = r;
	nr->cand.kind = kind;
	nr->cand.assigned = assigned;
	if (gz->nstrs == gz->strcap) {
		gz->strcap = gz->strcap ? gz->strcap * 2 : 8192;
		gz->strs = xreallocarray(gz->strs, gz->strcap,
		    sizeof(*gz->strs));
	}
	gz->strs[gz->nstrs++] = nr->text;
}

static int
cmp_rec(const void *a, const void *b)
{
	const struct namerec	*x = a, *y = b;
	int			 c;

	if ((c = strcmp(x->text, y->text)) != 0)
		return c;
	if (x->cand.kind != y->cand.kind)
		return x->cand.kind < y->cand.kind ? -1 : 1;
	if (x->cand.assigned != y->cand.assigned)
		return x->cand.assigned ? -1 : 1;
	return strcmp(x->cand.region->code, y->cand.region->code);
}

/* Suffixes whose removal gave the short name, for aliases (恩施州). */
static const char *
alias_suffix(const struct rw_region *r)
{
	if (rw_has_suffix(r->name, "自治州"))
		return "州";
	if (rw_has_suffix(r->name, "自治县"))
		return "县";
	if (rw_has_suffix(r->name, "自治旗"))
		return "旗";
	if (r->level == RW_LEVEL_COUNTY && rw_has_suffix(r->name, "族区"))
		return "区";
	return NULL;
}

static int
is_generic(const char *name)
{
	size_t	 len = strlen(name), i, k;
	int32_t	 cp, g;

	if (!rw_has_suffix(name, "区") || len <= strlen("区"))
		return 0;
	len -= strlen("区");
	for (i = 0; i < len; i += k) {
		k = rw_utf8_decode(name + i, len - i, &cp);
		if (cp < 0)
			return 0;
		for (size_t j = 0, m; j < sizeof(generic_stem) - 1; j += m) {
			m = rw_utf8_decode(generic_stem + j,
			    sizeof(generic_stem) - 1 - j, &g);
			if (g == cp)
				goto next;
		}
		return 0;
next:		;
	}
	return 1;
}

static unsigned
name_flags(const struct namerec *rec)
{
	const struct rw_region	*r = rec->cand.region;
	size_t			 ncp;

	if (rec->cand.kind == RW_NAME_SHORT || rec->cand.kind == RW_NAME_ALIAS)
		return 0;
	ncp = rw_utf8_count(rec->text, strlen(rec->text));
	if (ncp <= 2 || is_generic(rec->text) ||
	    (r->level == RW_LEVEL_COUNTY && (r->flags & RW_REGION_COMMON)))
		return RW_NAME_WEAK;
	return 0;
}

static void
load_ambiguous(struct rw_gazetteer *gz, struct recs *rs)
{
	char			*line, *next, *f[3], *c, *nc;
	const struct rw_region	*r;

	next = cut(gz->tsv[2], '\n');
	while ((line = next) != NULL && *line != '\0') {
		next = cut(line, '\n');
		if (fields(line, f, 3) < 3)
			continue;
		for (c = f[2]; c != NULL; c = nc) {
			nc = cut(c, ',');
			cut(c, ':');
			if ((r = rw_gazetteer_get(gz, c)) != NULL)
				add_rec(gz, rs, f[0], r, RW_NAME_SHORT,
				    strcmp(c, f[1]) == 0);
		}
	}
}

static void
build_names(struct rw_gazetteer *gz)
{
	struct recs		 rs = { NULL, 0, 0 };
	const struct rw_region	*r;
	const char		*suf;
	size_t			 i, j, k, nc;
	struct rw_name		*nm;
	char			*s;
	int32_t			 key[64];

	for (i = 0; i < gz->nregions; i++) {
		r = &gz->regions[i];
		add_rec(gz, &rs, r->name, r, RW_NAME_FULL, 0);
		if (r->short_name == NULL)
			continue;
		add_rec(gz, &rs, r->short_name, r, RW_NAME_SHORT, 1);
		if ((suf = alias_suffix(r)) != NULL) {
			s = xasprintf("%s%s", r->short_name, suf);
			add_rec(gz, &rs, s, r, RW_NAME_ALIAS, 0);
			free(s);
		}
	}
	for (i = 0; i < gz->nretired; i++) {
		const struct retired *t = &gz->retired[i];

		r = t->renamed ? rw_gazetteer_get(gz, t->code) : t->region;
		if (r == NULL || rw_utf8_count(t->name, strlen(t->name)) < 3)
			continue;
		add_rec(gz, &rs, t->name, r, RW_NAME_RETIRED, 0);
	}
	load_ambiguous(gz, &rs);
	qsort(rs.v, rs.n, sizeof(*rs.v), cmp_rec);

	gz->names = xcalloc(rs.n + 1, sizeof(*gz->names));
	gz->cands = xcalloc(rs.n + 1, sizeof(*gz->cands));
	gz->trie = rw_trie_new();
	nc = 0;
	for (i = 0; i < rs.n; i = j) {
		int has_current = 0;

		for (j = i; j < rs.n && strcmp(rs.v[j].text, rs.v[i].text) == 0;
		    j++)
			if (rs.v[j].cand.kind == RW_NAME_FULL)
				has_current = 1;
		nm = &gz->names[gz->nnames];
		nm->text = rs.v[i].text;
		nm->len = rw_utf8_count(nm->text, strlen(nm->text));
		nm->cands = gz->cands + nc;
		for (k = i; k < j; k++) {
			/* a current full name hides an alias; a retired one
			   stays for pages older than the renaming (江北区 of
			   Chongqing, 2025), after the current ones */
			if (rs.v[k].cand.kind == RW_NAME_ALIAS && has_current)
				continue;
			/* the same (region, kind) from two sources */
			if (k > i && rs.v[k].cand.region ==
			    rs.v[k - 1].cand.region &&
			    rs.v[k].cand.kind == rs.v[k - 1].cand.kind)
				continue;
			gz->cands[nc++] = rs.v[k].cand;
			nm->ncands++;
			nm->flags |= name_flags(&rs.v[k]);
		}
		if (nm->ncands == 0 || nm->len > sizeof(key) / sizeof(key[0]))
			continue;
		{
			size_t	 b, m, len = strlen(nm->text);
			int	 step;

			for (b = 0, m = 0; b < len; b += step)
				step = rw_utf8_decode(nm->text + b, len - b,
				    &key[m++]);
			if (rw_trie_add(gz->trie, key, m,
			    (uint32_t)gz->nnames) == 0)
				gz->nnames++;
		}
	}
	free(rs.v);
}

struct rw_gazetteer *
rw_gazetteer_new(struct rw_err *err)
{
	struct rw_gazetteer	*gz;

	gz = xcalloc(1, sizeof(*gz));
	gz->tsv[0] = xstrdup(rw_data_regions_tsv);
	gz->tsv[1] = xstrdup(rw_data_retired_tsv);
	gz->tsv[2] = xstrdup(rw_data_ambiguous_tsv);
	gz->tsv[3] = xstrdup(rw_data_commonword_tsv);
	if (load_regions(gz, err) == -1 || load_retired(gz, err) == -1)
		goto fail;
	load_commonword(gz);
	build_names(gz);
	if ((gz->hans = rw_hans_new(err)) == NULL)
		goto fail;
	return gz;
fail:
	rw_gazetteer_free(gz);
	return NULL;
}

void
rw_gazetteer_free(struct rw_gazetteer *gz)
{
	size_t	 i;

	if (gz == NULL)
		return;
	for (i = 0; i < 4; i++)
		free(gz->tsv[i]);
	for (i = 0; i < gz->nstrs; i++)
		free(gz->strs[i]);
	free(gz->strs);
	free(gz->regions);
	free(gz->kids);
	free(gz->retired);
	free(gz->succ);
	free(gz->names);
	free(gz->cands);
	rw_trie_free(gz->trie);
	rw_hans_free(gz->hans);
	free(gz);
}

const struct rw_name *
rw_gazetteer_name(const struct rw_gazetteer *gz, const char *name)
{
	int32_t		 key[64];
	size_t		 len, b, m = 0;
	uint32_t	 v;
	int		 step;

	if (gz->trie == NULL || name == NULL)
		return NULL;
	len = strlen(name);
	for (b = 0; b < len; b += step) {
		if (m == sizeof(key) / sizeof(key[0]))
			return NULL;
		step = rw_utf8_decode(name + b, len - b, &key[m]);
		if (key[m++] < 0)
			return NULL;
	}
	if (m == 0 || rw_trie_longest(gz->trie, key, m, &v) != m)
		return NULL;
	return &gz->names[v];
}

size_t
rw_gazetteer_match(const struct rw_gazetteer *gz, const int32_t *text,
    size_t n, const struct rw_name **out, size_t max)
{
	struct rw_trie_hit	 hits[16];
	size_t			 k, i;

	if (max > sizeof(hits) / sizeof(hits[0]))
		max = sizeof(hits) / sizeof(hits[0]);
	k = rw_trie_prefixes(gz->trie, text, n, hits, max);
	for (i = 0; i < k; i++)
		out[i] = &gz->names[hits[i].value];
	return k;
}
