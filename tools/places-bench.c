/* SPDX-License-Identifier: ISC */
/*
 * places-bench - how long the places work takes.
 *
 *	places-bench [-n rounds] CORPUS_DIR
 *
 * Measures, on the bodies of the corpus' truth files: loading the
 * gazetteer; one place + body + campaign pass over ~6 KB of Simplified
 * text (the bodies joined); and rw_items_new + rw_items_export per page
 * (Traditional pages include the OpenCC t2s view).  Each figure is the
 * best and the median of the rounds (-n, default 30), after a warm-up
 * round; the machine is shared, so the best is the steadier figure.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "util.h"
#include "record.h"
#include "cpview.h"
#include "gazetteer.h"
#include "place.h"
#include "org.h"
#include "campaign.h"
#include "items.h"

#define TARGET	6144	/* bytes of text for the pass */

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: places-bench [-n rounds] corpus_dir\n");
}

/* One pass of the scanners over the whole of v; returns mentions found. */
static size_t
pass(const struct rw_gazetteer *gz, const char *text, size_t len)
{
	struct rw_cpview	 v;
	struct rw_places	 ps;
	struct rw_orgs		 o;
	struct rw_spans		 sp;
	size_t			 found;

	rw_cpview_init(&v, text, len, NULL, 0);
	rw_places_init(&ps, gz);
	rw_places_find(&ps, &v, 0, v.n, 0);
	rw_places_resolve(&ps, NULL, 0);
	memset(&o, 0, sizeof(o));
	rw_orgs_find(&o, &v, 0, v.n, &ps, 0);
	memset(&sp, 0, sizeof(sp));
	rw_campaigns_find(&v, 0, v.n, &sp);
	found = ps.n + o.n + sp.n;
	rw_spans_free(&sp);
	rw_orgs_free(&o);
	rw_places_free(&ps);
	rw_cpview_free(&v);
	return found;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
main(int argc, char *argv[])
{
	struct rw_gazetteer	*gz;
	struct rw_article	**arts = NULL;
	struct rw_item		*items;
	struct rw_items		*its;
	struct rw_err		 err;
	struct rw_buf		 text = RW_BUF_INIT;
	struct dirent		*de;
	json_t			*root;
	DIR			*d;
	char			*dir, *path, **names = NULL;
	char			*end;
	size_t			 n = 0, narts = 0, i, k, nitems, found = 0;
	int			 ch, rounds = 30, r, reps;
	double			 t0, best, t, *times;

	while ((ch = getopt(argc, argv, "hn:")) != -1) {
		switch (ch) {
		case 'h':
			usage(stdout);
			return 0;
		case 'n':
			rounds = (int)strtol(optarg, &end, 10);
			if (*end != '\0' || rounds < 1 || rounds > 1000) {
				usage(stderr);
				return 2;
			}
			break;
		default:
			usage(stderr);
			return 2;
		}
	}
	if (argc - optind != 1) {
		usage(stderr);
		return 2;
	}
	dir = xasprintf("%s/truth", argv[optind]);
	if ((d = opendir(dir)) == NULL) {
		fprintf(stderr, "places-bench: %s: cannot open\n", dir);
		free(dir);
		return 1;
	}
	while ((de = readdir(d)) != NULL)
		if (strlen(de->d_name) > 5 && strcmp(de->d_name +
		    strlen(de->d_name) - 5, ".json") == 0) {
			names = xreallocarray(names, n + 1, sizeof(*names));
			names[n++] = xstrdup(de->d_name);
		}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	for (i = 0; i < n; i++) {
		path = xasprintf("%s/%s", dir, names[i]);
		root = json_load_file(path, 0, NULL);
		free(path);
		if (root == NULL)
			continue;
		arts = xreallocarray(arts, narts + 1, sizeof(*arts));
		arts[narts] = rw_article_new();
		arts[narts]->title = xstrdup(json_string_value(
		    json_object_get(root, "title")));
		arts[narts]->text = xstrdup(json_string_value(
		    json_object_get(root, "body")));
		arts[narts]->lang = xstrdup(json_string_value(
		    json_object_get(root, "lang")));
		if (json_string_value(json_object_get(root, "source")) != NULL)
			arts[narts]->source = xstrdup(json_string_value(
			    json_object_get(root, "source")));
		if (rw_streq(arts[narts]->lang, "zh-Hans") &&
		    text.len < TARGET) {
			rw_buf_adds(&text, arts[narts]->text);
			rw_buf_adds(&text, "\n\n");
		}
		narts++;
		json_decref(root);
	}
	if (text.len > TARGET)
		rw_buf_truncate(&text, TARGET);
	/* end on a whole character */
	while (text.len > 0 && (text.data[text.len - 1] & 0xc0) == 0x80)
		text.len--;
	if (text.len > 0 && (unsigned char)text.data[text.len - 1] >= 0xc0)
		text.len--;
	rw_buf_truncate(&text, text.len);

	best = 1e9;
	for (r = 0; r < 3; r++) {
		t0 = now();
		if ((gz = rw_gazetteer_new(&err)) == NULL) {
			fprintf(stderr, "places-bench: %s\n", err.msg);
			return 1;
		}
		t = now() - t0;
		if (t < best)
			best = t;
		if (r < 2)
			rw_gazetteer_free(gz);
	}
	printf("gazetteer load: %.2f ms (3212 regions, OpenCC t2s)\n",
	    best * 1e3);

	times = xcalloc(rounds + 1, sizeof(*times));
	reps = 50;
	for (r = 0; r <= rounds; r++) {
		t0 = now();
		for (k = 0; k < (size_t)reps; k++)
			found = pass(gz, text.data, text.len);
		if (r > 0)
			times[r - 1] = (now() - t0) / reps;
	}
	qsort(times, rounds, sizeof(*times), cmp_double);
	printf("place+body+campaign pass, %zu bytes Simplified: best %.1f us, "
	    "median %.1f us (%zu found)\n", text.len, times[0] * 1e6,
	    times[rounds / 2] * 1e6, found);

	for (i = 0; i < narts; i++) {
		reps = 10;
		for (r = 0; r <= rounds; r++) {
			t0 = now();
			for (k = 0; k < (size_t)reps; k++) {
				its = rw_items_new(gz, arts[i], &err);
				items = NULL;
				nitems = 0;
				rw_items_export(its, &items, &nitems);
				while (nitems > 0)
					rw_item_clear(&items[--nitems]);
				free(items);
				rw_items_free(its);
			}
			if (r > 0)
				times[r - 1] = (now() - t0) / reps;
		}
		qsort(times, rounds, sizeof(*times), cmp_double);
		printf("items %s (%zu bytes, %s): best %.1f us, median %.1f us\n",
		    names[i], strlen(arts[i]->text), arts[i]->lang,
		    times[0] * 1e6, times[rounds / 2] * 1e6);
	}
	free(times);
	for (i = 0; i < narts; i++)
		rw_article_free(arts[i]);
	free(arts);
	rw_strv_free(names, n);
	rw_buf_free(&text);
	free(dir);
	rw_gazetteer_free(gz);
	return 0;
}
