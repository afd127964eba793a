/* SPDX-License-Identifier: ISC */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "cache.h"
#include "io.h"
#include "map.h"
#include "report.h"
#include "utf8.h"

void
rw_report_fail(struct rw_report *r, const char *file, const char *why)
{
	size_t	 n = r->nfail;

	r->failed++;
	rw_strv_push(&r->fail_file, &r->nfail, file);
	rw_strv_push(&r->fail_why, &n, why);
}

/* File names need not be UTF-8; JSON strings must be. */
static json_t *
jtext(const char *s)
{
	char	*fix;
	json_t	*j;

	if (s == NULL)
		return json_null();
	fix = rw_utf8_sanitize(s, strlen(s));
	j = json_string(fix);
	free(fix);
	return j != NULL ? j : json_string("");
}

static char *
dump(json_t *o)
{
	char	*s, *out;

	s = json_dumps(o, JSON_SORT_KEYS | JSON_INDENT(1) |
	    JSON_REAL_PRECISION(6));
	json_decref(o);
	if (s == NULL)
		abort();	/* only on OOM: all values are valid */
	out = xasprintf("%s\n", s);
	free(s);
	return out;
}

int
rw_report_write(const struct rw_report *r, const char *path, struct rw_err *e)
{
	json_t	*o = json_object(), *fails = json_array(), *f;
	char	*s;
	size_t	 i;
	int	 rc;

	json_object_set_new(o, "stage", jtext(r->stage));
	json_object_set_new(o, "inputs", json_integer((json_int_t)r->inputs));
	json_object_set_new(o, "computed",
	    json_integer((json_int_t)r->computed));
	json_object_set_new(o, "reused", json_integer((json_int_t)r->reused));
	json_object_set_new(o, "failed", json_integer((json_int_t)r->failed));
	for (i = 0; i < r->nfail; i++) {
		f = json_object();
		json_object_set_new(f, "file", jtext(r->fail_file[i]));
		json_object_set_new(f, "error", jtext(r->fail_why[i]));
		json_array_append_new(fails, f);
	}
	json_object_set_new(o, "failures", fails);
	s = dump(o);
	rc = rw_file_write_atomic(path, s, strlen(s), e);
	free(s);
	return rc;
}

void
rw_report_clear(struct rw_report *r)
{
	rw_strv_free(r->fail_file, r->nfail);
	rw_strv_free(r->fail_why, r->nfail);
	r->fail_file = r->fail_why = NULL;
	r->nfail = 0;
}

/* --- the run report ---------------------------------------------------- */

/* The rows of index files (cache.h): file names and content keys, with a
 * map from name to row. */
struct idx {
	struct rw_map	*files;
	char		**names;
	char		**keys;
	size_t		 n;
};

static void
idx_row(void *arg, const struct rw_index_row *r)
{
	struct idx	*x = arg;

	rw_map_put(x->files, r->file, strlen(r->file), x->n);
	x->names = xreallocarray(x->names, x->n + 1, sizeof(*x->names));
	x->keys = xreallocarray(x->keys, x->n + 1, sizeof(*x->keys));
	x->names[x->n] = xstrdup(r->file);
	x->keys[x->n] = xstrdup(r->key);
	x->n++;
}

/* Any program build's index will do: only names and keys are read. */
static int
load_index(struct idx *x, char **paths, size_t n, struct rw_err *e)
{
	size_t	 i;

	x->files = rw_map_new();
	for (i = 0; i < n; i++)
		if (rw_index_read(paths[i], NULL, idx_row, x, e) == -1)
			return -1;
	return 0;
}

static void
free_index(struct idx *x)
{
	rw_map_free(x->files);
	rw_strv_free(x->names, x->n);
	rw_strv_free(x->keys, x->n);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A sorted list of at most max names, plus its full count. */
static json_t *
name_list(char **v, size_t n, size_t max)
{
	json_t	*o = json_object(), *a = json_array();
	size_t	 i;

	if (n > 0)	/* an empty list may be NULL: qsort wants an array */
		qsort(v, n, sizeof(*v), cmp_str);
	for (i = 0; i < n && i < max; i++)
		json_array_append_new(a, jtext(v[i]));
	json_object_set_new(o, "count", json_integer((json_int_t)n));
	json_object_set_new(o, "files", a);
	return o;
}

static json_t *
changes(const struct rw_run_inputs *in, struct rw_err *e)
{
	struct idx	 prev = { 0 }, cur = { 0 };
	char		**added = NULL, **changed = NULL, **removed = NULL;
	size_t		 na = 0, nc = 0, nr = 0, i;
	uint64_t	 j;
	json_t		*o = NULL;

	if (load_index(&prev, in->prev_index, in->nprev, e) == -1 ||
	    load_index(&cur, in->index, in->nindex, e) == -1)
		goto done;
	for (i = 0; i < cur.n; i++) {
		if (!rw_map_get(prev.files, cur.names[i],
		    strlen(cur.names[i]), &j))
			rw_strv_push(&added, &na, cur.names[i]);
		else if (strcmp(prev.keys[j], cur.keys[i]) != 0)
			rw_strv_push(&changed, &nc, cur.names[i]);
	}
	for (i = 0; i < prev.n; i++)
		if (!rw_map_get(cur.files, prev.names[i],
		    strlen(prev.names[i]), NULL))
			rw_strv_push(&removed, &nr, prev.names[i]);
	o = json_object();
	/* With no previous run everything is new: say so once. */
	json_object_set_new(o, "first_run", json_boolean(prev.n == 0));
	json_object_set_new(o, "new", name_list(added, na, in->max_list));
	json_object_set_new(o, "changed", name_list(changed, nc, in->max_list));
	json_object_set_new(o, "removed", name_list(removed, nr, in->max_list));
done:
	rw_strv_free(added, na);
	rw_strv_free(changed, nc);
	rw_strv_free(removed, nr);
	free_index(&prev);
	free_index(&cur);
	return o;
}

/* timings.tsv: "start<TAB>time" and "stage<TAB>begin|end<TAB>seconds". */
static json_t *
timings(const char *path, json_t *run, struct rw_err *e)
{
	struct rw_lines	 l;
	json_t		*stages = json_array(), *s;
	FILE		*fp;
	char		*f[3], *p;
	double		 begin = 0, first = -1, last = 0;
	int		 rc, k;

	if (path == NULL || (fp = fopen(path, "r")) == NULL)
		return stages;
	rw_lines_init(&l, fp, path, 4096);
	while ((rc = rw_lines_next(&l, e)) == 1) {
		for (p = l.line, k = 0; k < 3; k++) {
			f[k] = p;
			if (p != NULL && (p = strchr(p, '\t')) != NULL)
				*p++ = '\0';
		}
		if (strcmp(f[0], "start") == 0 && f[1] != NULL) {
			json_object_set_new(run, "start", jtext(f[1]));
			continue;
		}
		if (f[1] == NULL || f[2] == NULL)
			continue;
		if (strcmp(f[1], "begin") == 0) {
			begin = strtod(f[2], NULL);
			if (first < 0)
				first = begin;
		} else if (strcmp(f[1], "end") == 0) {
			last = strtod(f[2], NULL);
			s = json_object();
			json_object_set_new(s, "stage", jtext(f[0]));
			json_object_set_new(s, "seconds", json_real(last - begin));
			json_array_append_new(stages, s);
		}
	}
	rw_lines_free(&l);
	fclose(fp);
	json_object_set_new(run, "seconds", json_real(first < 0 ? 0 :
	    last - first));
	return stages;
}

/* Sums the stage reports per stage; collects every failure. */
static void
stage_reports(const struct rw_run_inputs *in, json_t *run)
{
	json_t		*totals = json_object(), *fails = json_array();
	json_t		*r, *t, *v, *f;
	json_error_t	 je;
	const char	*stage, *key;
	size_t		 i, k;

	for (i = 0; i < in->nstages; i++) {
		if ((r = json_load_file(in->stages[i], 0, &je)) == NULL)
			continue;
		stage = json_string_value(json_object_get(r, "stage"));
		if (stage == NULL) {
			json_decref(r);
			continue;
		}
		if ((t = json_object_get(totals, stage)) == NULL) {
			t = json_object();
			json_object_set_new(totals, stage, t);
		}
		json_object_foreach(r, key, v) {
			if (!json_is_integer(v))
				continue;
			json_int_t was = json_integer_value(
			    json_object_get(t, key));
			json_object_set_new(t, key, json_integer(was +
			    json_integer_value(v)));
		}
		json_array_foreach(json_object_get(r, "failures"), k, f) {
			json_t *g = json_deep_copy(f);

			json_object_set_new(g, "stage", json_string(stage));
			json_array_append_new(fails, g);
		}
		json_decref(r);
	}
	json_object_set_new(run, "stages_counts", totals);
	json_object_set_new(run, "failures", fails);
}

char *
rw_run_report(const struct rw_run_inputs *in, struct rw_err *e)
{
	json_t		*run = json_object(), *ch, *st, *c;
	json_error_t	 je;

	json_object_set_new(run, "schema", json_string("rw-report/1"));
	json_object_set_new(run, "stages", timings(in->timings, run, e));
	stage_reports(in, run);
	if ((ch = changes(in, e)) == NULL) {
		json_decref(run);
		return NULL;
	}
	json_object_set_new(run, "changes", ch);
	if (in->stats != NULL &&
	    (st = json_load_file(in->stats, 0, &je)) != NULL) {
		c = json_object_get(st, "counts");
		if (json_is_object(c))
			json_object_set(run, "counts", c);
		json_decref(st);
	}
	return dump(run);
}

int
rw_run_report_check(const char *path, double max_failed_pct,
    struct rw_err *e)
{
	json_error_t	 je;
	json_t		*r, *p;
	json_int_t	 inputs, failed, computed, reused;
	int		 rc = 0;

	if ((r = json_load_file(path, 0, &je)) == NULL) {
		rw_err_set(e, "%s: %s", path, je.text);
		return -1;
	}
	p = json_object_get(json_object_get(r, "stages_counts"), "parse");
	inputs = json_integer_value(json_object_get(p, "inputs"));
	failed = json_integer_value(json_object_get(p, "failed"));
	computed = json_integer_value(json_object_get(p, "computed"));
	reused = json_integer_value(json_object_get(p, "reused"));
	if (inputs == 0 || computed + reused == 0) {
		rw_err_set(e, "no page was parsed (%lld inputs)",
		    (long long)inputs);
		rc = -1;
	} else if (100.0 * (double)failed / (double)inputs > max_failed_pct) {
		rw_err_set(e, "%lld of %lld inputs failed (%.1f%%), over the "
		    "limit of %g%%", (long long)failed, (long long)inputs,
		    100.0 * (double)failed / (double)inputs, max_failed_pct);
		rc = -1;
	}
	json_decref(r);
	return rc;
}
