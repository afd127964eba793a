/* SPDX-License-Identifier: ISC */
/*
 * bench-measure - throughput of the measure scan, normalisation included,
 * on one core: the bodies of a relief corpus (truth/<id>.json) scanned
 * one by one, over and over until about -m MB of text went through.
 * Prints MB/s for the whole scan, for the view alone, and for the pages
 * with Traditional characters and those without.  -p runs whole texts
 * through OpenCC (RW_TEXT_PHRASES) instead of its character table.  A
 * benchmark measures; it asserts nothing.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "measure.h"
#include "text.h"
#include "util.h"

struct body {
	char	*s;
	size_t	 len;
	int	 trad;
};

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmpname(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static struct body *
load(const char *dir, size_t *n)
{
	struct body	*b = NULL;
	struct dirent	*de;
	json_error_t	 je;
	json_t		*root;
	DIR		*d;
	char		*tdir, *path, **names = NULL;
	const char	*s;
	size_t		 nn = 0, cap = 0, i;

	*n = 0;
	tdir = xasprintf("%s/truth", dir);
	if ((d = opendir(tdir)) == NULL) {
		free(tdir);
		return NULL;
	}
	while ((de = readdir(d)) != NULL)
		if (rw_has_suffix(de->d_name, ".json")) {
			if (nn == cap) {
				cap = cap ? cap * 2 : 32;
				names = xreallocarray(names, cap,
				    sizeof(*names));
			}
			names[nn++] = xstrdup(de->d_name);
		}
	closedir(d);
	qsort(names, nn, sizeof(*names), cmpname);
	b = xcalloc(nn + 1, sizeof(*b));
	for (i = 0; i < nn; i++) {
		path = xasprintf("%s/%s", tdir, names[i]);
		root = json_load_file(path, 0, &je);
		s = json_string_value(json_object_get(root, "body"));
		if (s != NULL) {
			b[*n].s = xstrdup(s);
			b[*n].len = strlen(s);
			(*n)++;
		}
		json_decref(root);
		free(path);
		free(names[i]);
	}
	free(names);
	free(tdir);
	return b;
}

/* Seconds to run f over the bodies (trad: -1 all, else only those). */
static double
run(const struct rw_text_ctx *x, struct body *b, size_t nb, size_t reps,
    int views_only, int trad, size_t *bytes, size_t *nmeas)
{
	struct rw_measure	*m;
	struct rw_text		*t;
	struct rw_err		 err;
	size_t			 r, i, n;
	double			 t0;

	*bytes = 0;
	t0 = now();
	for (r = 0; r < reps; r++)
		for (i = 0; i < nb; i++) {
			if (trad >= 0 && b[i].trad != trad)
				continue;
			if (views_only) {
				t = rw_text_new(x, b[i].s, b[i].len, &err);
				rw_text_free(t);
			} else {
				rw_measure_scan(x, b[i].s, b[i].len, &m, &n,
				    &err);
				*nmeas += n;
				rw_measures_free(m, n);
			}
			*bytes += b[i].len;
		}
	return now() - t0;
}

int
main(int argc, char *argv[])
{
	const char		*dir = "../shared/corpora/relief-dev";
	struct rw_text_ctx	*x;
	struct rw_text		*t;
	struct rw_err		 err;
	struct body		*b;
	size_t			 nb, i, total = 0, reps, bytes, nmeas = 0;
	double			 mb = 50, sec, t0;
	unsigned		 flags = 0;
	int			 ch;

	while ((ch = getopt(argc, argv, "hm:p")) != -1)
		switch (ch) {
		case 'm':
			mb = atof(optarg);
			break;
		case 'p':
			flags = RW_TEXT_PHRASES;
			break;
		case 'h':
			printf("usage: bench-measure [-p] [-m MB] "
			    "[corpus-dir]\n");
			return 0;
		default:
			fprintf(stderr, "usage: bench-measure [-p] [-m MB] "
			    "[corpus-dir]\n");
			return 2;
		}
	if (optind < argc)
		dir = argv[optind];
	t0 = now();
	if ((x = rw_text_ctx_open("t2s.json", flags, &err)) == NULL) {
		rw_warnx(NULL, "%s", err.msg);
		return 1;
	}
	printf("context (OpenCC open + t2s table): %.1f ms\n",
	    (now() - t0) * 1e3);
	if ((b = load(dir, &nb)) == NULL || nb == 0) {
		rw_warnx(dir, "no truth bodies");
		return 1;
	}
	for (i = 0; i < nb; i++) {
		t = rw_text_new(x, b[i].s, b[i].len, &err);
		b[i].trad = t->converted;
		rw_text_free(t);
		total += b[i].len;
	}
	reps = (size_t)(mb * 1e6 / total) + 1;
	printf("%zu bodies, %zu bytes, %zu rounds\n", nb, total, reps);
	run(x, b, nb, 1, 0, -1, &bytes, &nmeas);	/* warm up */
	nmeas = 0;
	sec = run(x, b, nb, reps, 0, -1, &bytes, &nmeas);
	printf("measure scan, all bodies:  %7.2f MB/s (%zu measures)\n",
	    bytes / sec / 1e6, nmeas);
	sec = run(x, b, nb, reps, 1, -1, &bytes, &nmeas);
	printf("view only, all bodies:     %7.2f MB/s\n", bytes / sec / 1e6);
	sec = run(x, b, nb, reps, 0, 0, &bytes, &nmeas);
	printf("measure scan, Simplified:  %7.2f MB/s\n", bytes / sec / 1e6);
	sec = run(x, b, nb, reps * 4, 0, 1, &bytes, &nmeas);
	if (bytes > 0)
		printf("measure scan, Traditional: %7.2f MB/s\n",
		    bytes / sec / 1e6);
	sec = run(x, b, nb, reps * 4, 1, 1, &bytes, &nmeas);
	if (bytes > 0)
		printf("view only, Traditional:    %7.2f MB/s\n",
		    bytes / sec / 1e6);
	for (i = 0; i < nb; i++)
		free(b[i].s);
	free(b);
	rw_text_ctx_free(x);
	return 0;
}
