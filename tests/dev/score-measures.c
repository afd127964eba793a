/* SPDX-License-Identifier: ISC */
/*
 * score-measures - runs rw_measure_scan over the body of every truth file
 * of a relief corpus (truth/<id>.json) and scores the measures the way
 * ../shared/tools/score-facts does: core_f1 on yuan, household, person,
 * person_time and household_time matched by value (to 0.01), unit and
 * per; all_f1 on every measure matched by value and per; qualifier, max
 * and kind accuracy on the core matches.  Misses are listed per page.
 * With -f FILE it also writes the facts records (one item per page) for
 * score-facts itself.
 */
#include <dirent.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "io.h"
#include "measure.h"
#include "record.h"
#include "text.h"
#include "util.h"

struct tm_ {
	const char	*text;
	double		 value;
	const char	*unit;
	const char	*per;
	const char	*qual;
	int		 has_max;
	double		 max;
	const char	*kind;
	int		 used;
};

struct counts {
	size_t	 core_tp, core_pred, core_true;
	size_t	 all_tp, all_pred, all_true;
	size_t	 q_right, max_right, kind_right;
};

static int verbose;

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: score-measures [-v] [-f facts.jsonl] "
	    "[corpus-dir]\n");
}

static int
is_core(const char *u)
{
	static const char *const core[] = { "yuan", "household", "person",
	    "person_time", "household_time", NULL };
	size_t	 i;

	for (i = 0; u != NULL && core[i] != NULL; i++)
		if (strcmp(u, core[i]) == 0)
			return 1;
	return 0;
}

static double
vkey(double v)
{
	return round(v * 100) / 100;
}

static const char *
str_or(const char *s, const char *dflt)
{
	return s != NULL ? s : dflt;
}

static int
cmpname(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Truth measure i matches prediction m on value, (unit), per. */
static int
same(const struct tm_ *t, const struct rw_measure *m, int with_unit)
{
	if (vkey(t->value) != vkey(m->value))
		return 0;
	if (with_unit && !rw_streq(t->unit, m->unit))
		return 0;
	return rw_streq(t->per, m->per);
}

static void
score_page(const char *id, struct tm_ *tm, size_t nt, struct rw_measure *pm,
    size_t np, struct counts *c)
{
	char	*pused;
	size_t	 i, j, core_tp = 0, all_tp = 0, ct = 0, cp = 0;

	pused = xcalloc(np + 1, 1);
	/* core: multiset match in truth order */
	for (i = 0; i < nt; i++) {
		if (!is_core(tm[i].unit))
			continue;
		ct++;
		for (j = 0; j < np; j++)
			if (!pused[j] && is_core(pm[j].unit) &&
			    same(&tm[i], &pm[j], 1))
				break;
		if (j == np)
			continue;
		pused[j] = 1;
		core_tp++;
		if (strcmp(str_or(tm[i].qual, "exact"),
		    str_or(pm[j].qualifier, "exact")) == 0)
			c->q_right++;
		else
			printf("  %s: qualifier %s, want %s: %s\n", id,
			    pm[j].qualifier, tm[i].qual, tm[i].text);
		if (tm[i].has_max == pm[j].has_max && (!tm[i].has_max ||
		    vkey(tm[i].max) == vkey(pm[j].max)))
			c->max_right++;
		else
			printf("  %s: max wrong: %s\n", id, tm[i].text);
		if (rw_streq(tm[i].kind, pm[j].kind))
			c->kind_right++;
		else if (verbose)
			printf("  %s: kind %s, want %s: %s\n", id, pm[j].kind,
			    tm[i].kind, tm[i].text);
	}
	for (j = 0; j < np; j++)
		cp += is_core(pm[j].unit);
	/* all: value and per only */
	memset(pused, 0, np + 1);
	for (i = 0; i < nt; i++) {
		for (j = 0; j < np; j++)
			if (!pused[j] && same(&tm[i], &pm[j], 0))
				break;
		if (j == np) {
			printf("  %s: missed %s (%g %s per %s)\n", id,
			    tm[i].text, tm[i].value, tm[i].unit,
			    str_or(tm[i].per, "-"));
			continue;
		}
		pused[j] = 1;
		all_tp++;
	}
	for (j = 0; j < np; j++)
		if (!pused[j])
			printf("  %s: extra %s (%g %s per %s)\n", id,
			    pm[j].text, pm[j].value, pm[j].unit,
			    str_or(pm[j].per, "-"));
	free(pused);
	printf("%s: core %zu/%zu (pred %zu), all %zu/%zu (pred %zu)\n", id,
	    core_tp, ct, cp, all_tp, nt, np);
	c->core_tp += core_tp;
	c->core_true += ct;
	c->core_pred += cp;
	c->all_tp += all_tp;
	c->all_true += nt;
	c->all_pred += np;
}

static double
f1(size_t tp, size_t npred, size_t ntrue)
{
	double	 p, r;

	p = npred ? (double)tp / npred : (ntrue ? 0 : 1);
	r = ntrue ? (double)tp / ntrue : 1;
	return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

static double
share(size_t a, size_t b)
{
	return b ? (double)a / b : NAN;
}

/* The measures of truth file root, flattened over its items. */
static struct tm_ *
truth_measures(json_t *root, size_t *n)
{
	struct tm_	*tm = NULL;
	json_t		*items, *it, *ms, *m, *v;
	size_t		 i, j, cap = 0;

	*n = 0;
	items = json_object_get(root, "items");
	json_array_foreach(items, i, it) {
		ms = json_object_get(it, "measures");
		json_array_foreach(ms, j, m) {
			if (*n == cap) {
				cap = cap ? cap * 2 : 32;
				tm = xreallocarray(tm, cap, sizeof(*tm));
			}
			memset(&tm[*n], 0, sizeof(*tm));
			tm[*n].text = json_string_value(json_object_get(m,
			    "text"));
			tm[*n].value = json_number_value(json_object_get(m,
			    "value"));
			tm[*n].unit = json_string_value(json_object_get(m,
			    "unit"));
			tm[*n].per = json_string_value(json_object_get(m,
			    "per"));
			tm[*n].qual = json_string_value(json_object_get(m,
			    "qualifier"));
			tm[*n].kind = json_string_value(json_object_get(m,
			    "kind"));
			v = json_object_get(m, "max");
			if (json_is_number(v)) {
				tm[*n].has_max = 1;
				tm[*n].max = json_number_value(v);
			}
			(*n)++;
		}
	}
	return tm;
}

static void
write_facts(FILE *fp, const char *id, struct rw_measure *pm, size_t np)
{
	struct rw_facts	*f;
	char		*line;

	f = rw_facts_new();
	f->id = xstrdup(id);
	f->file = xasprintf("%s.html", id);
	f->items = xcalloc(1, sizeof(*f->items));
	f->nitems = 1;
	f->items[0].measures = pm;
	f->items[0].nmeasures = np;
	line = rw_facts_encode(f);
	fprintf(fp, "%s\n", line);
	free(line);
	f->items[0].measures = NULL;
	f->items[0].nmeasures = 0;
	rw_facts_free(f);
}

int
main(int argc, char *argv[])
{
	const char		*dir = "../shared/corpora/relief-dev";
	const char		*facts = NULL;
	struct rw_text_ctx	*x;
	struct rw_measure	*pm;
	struct rw_err		 err;
	struct counts		 c;
	struct dirent		*de;
	struct tm_		*tm;
	json_error_t		 je;
	json_t			*root;
	FILE			*ffp = NULL;
	DIR			*d;
	char			*tdir, *path, **names = NULL, *id;
	const char		*body;
	size_t			 nn = 0, cap = 0, i, nt, np;
	int			 ch, rc = 0;

	while ((ch = getopt(argc, argv, "f:hv")) != -1)
		switch (ch) {
		case 'f':
			facts = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	if (optind < argc)
		dir = argv[optind];
	tdir = xasprintf("%s/truth", dir);
	if ((d = opendir(tdir)) == NULL) {
		rw_warnx(tdir, "cannot open");
		free(tdir);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		if (!rw_has_suffix(de->d_name, ".json"))
			continue;
		if (nn == cap) {
			cap = cap ? cap * 2 : 32;
			names = xreallocarray(names, cap, sizeof(*names));
		}
		names[nn++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, nn, sizeof(*names), cmpname);
	if ((x = rw_text_ctx_new(&err)) == NULL) {
		rw_warnx(NULL, "%s", err.msg);
		return 1;
	}
	if (facts != NULL && (ffp = fopen(facts, "w")) == NULL) {
		rw_warnx(facts, "cannot write");
		return 1;
	}
	memset(&c, 0, sizeof(c));
	for (i = 0; i < nn; i++) {
		path = xasprintf("%s/%s", tdir, names[i]);
		id = xstrndup(names[i], strlen(names[i]) - 5);
		root = json_load_file(path, 0, &je);
		body = root ? json_string_value(json_object_get(root,
		    "body")) : NULL;
		if (body == NULL) {
			rw_warnx(path, "no body");
			rc = 1;
		} else if (rw_measure_scan(x, body, strlen(body), &pm, &np,
		    &err) == -1) {
			rw_warnx(path, "%s", err.msg);
			rc = 1;
		} else {
			tm = truth_measures(root, &nt);
			score_page(id, tm, nt, pm, np, &c);
			if (ffp != NULL)
				write_facts(ffp, id, pm, np);
			free(tm);
			rw_measures_free(pm, np);
		}
		json_decref(root);
		free(path);
		free(id);
		free(names[i]);
	}
	free(names);
	free(tdir);
	if (ffp != NULL && rw_fclose_checked(ffp, facts, &err) == -1) {
		rw_warnx(NULL, "%s", err.msg);
		rc = 1;
	}
	rw_text_ctx_free(x);
	printf("true %zu (core %zu), predicted %zu (core %zu)\n", c.all_true,
	    c.core_true, c.all_pred, c.core_pred);
	printf("core_f1=%.3f all_f1=%.3f qualifier=%.3f max=%.3f kind=%.3f "
	    "core_tp=%zu all_tp=%zu\n",
	    f1(c.core_tp, c.core_pred, c.core_true),
	    f1(c.all_tp, c.all_pred, c.all_true),
	    share(c.q_right, c.core_tp), share(c.max_right, c.core_tp),
	    share(c.kind_right, c.core_tp), c.core_tp, c.all_tp);
	return rc;
}
