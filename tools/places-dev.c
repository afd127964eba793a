/* SPDX-License-Identifier: ISC */
/*
 * places-dev - development scorer of the places work (items, regions,
 * campaigns) on an annotated relief corpus (corpora/relief-dev).
 *
 *	places-dev [-v] CORPUS_DIR
 *
 * Each truth/<id>.json page becomes an article (its title, source, origin,
 * url, body and lang) and goes through rw_items_new.  A true item is
 * matched to the predicted item holding its headline in the body (or, on
 * a page with one true item, the first predicted item).  Reported: item
 * counts per page, region and province accuracy per true item, and
 * campaigns P/R/F1 over (page, name) pairs with names compared as
 * shared/tools/score-facts does (NFKC, no whitespace, outer quote marks
 * and a trailing 活动/行动 removed).  -v prints every item.
 */
#include <dirent.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <utf8proc.h>

#include "util.h"
#include "utf8.h"
#include "record.h"
#include "gazetteer.h"
#include "items.h"

struct tally {
	int	 pages, pages_ok, items, region, province;
	int	 camp_tp, camp_pred, camp_true;
};

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: places-dev [-v] corpus_dir\n");
}

static char *
jdup(json_t *o, const char *key)
{
	const char	*s = json_string_value(json_object_get(o, key));

	return s != NULL ? xstrdup(s) : NULL;
}

/* The comparison key of a campaign name (score-facts' campaign_key). */
static char *
campaign_key(const char *name)
{
	static const char *const quotes[] = {
		"“", "”", "\"", "'", "‘", "’", "「", "」", "『", "』", NULL
	};
	utf8proc_uint8_t	*nf;
	struct rw_buf		 b = RW_BUF_INIT;
	const char		*p, *e;
	size_t			 i, len;
	int			 changed = 1;

	nf = utf8proc_NFKC((const utf8proc_uint8_t *)name);
	if (nf == NULL)
		return xstrdup(name);
	for (p = (const char *)nf; *p != '\0'; p++)
		if (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			rw_buf_addc(&b, *p);
	free(nf);
	rw_buf_cstr(&b);
	p = b.data;
	e = b.data + b.len;
	while (changed) {
		changed = 0;
		for (i = 0; quotes[i] != NULL; i++) {
			len = strlen(quotes[i]);
			if ((size_t)(e - p) >= len &&
			    strncmp(p, quotes[i], len) == 0) {
				p += len;
				changed = 1;
			}
			if ((size_t)(e - p) >= len &&
			    strncmp(e - len, quotes[i], len) == 0) {
				e -= len;
				changed = 1;
			}
		}
	}
	len = strlen("活动");
	if ((size_t)(e - p) >= len && (strncmp(e - len, "活动", len) == 0 ||
	    strncmp(e - len, "行动", len) == 0))
		e -= len;
	{
		char *k = xstrndup(p, e - p);

		rw_buf_free(&b);
		return k;
	}
}

static int
has(char **v, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

static void
score_page(const struct rw_gazetteer *gz, const char *path, const char *id,
    int verbose, struct tally *t)
{
	json_error_t		 je;
	json_t			*root, *titems, *ti, *c;
	struct rw_article	*art;
	struct rw_items		*its;
	struct rw_item		*items = NULL;
	struct rw_err		 err;
	size_t			 nitems = 0, i, k, pi, ntrue;
	char			**tk = NULL, **pk = NULL, *key;
	size_t			 ntk = 0, npk = 0;

	if ((root = json_load_file(path, 0, &je)) == NULL) {
		fprintf(stderr, "places-dev: %s: %s\n", path, je.text);
		return;
	}
	art = rw_article_new();
	art->title = jdup(root, "title");
	art->source = jdup(root, "source");
	art->origin = jdup(root, "origin");
	art->url = jdup(root, "url");
	art->text = jdup(root, "body");
	art->lang = jdup(root, "lang");
	if ((its = rw_items_new(gz, art, &err)) == NULL) {
		fprintf(stderr, "places-dev: %s: %s\n", path, err.msg);
		rw_article_free(art);
		json_decref(root);
		return;
	}
	rw_items_export(its, &items, &nitems);
	titems = json_object_get(root, "items");
	ntrue = json_array_size(titems);
	t->pages++;
	t->pages_ok += ntrue == nitems;
	if (verbose)
		printf("%s: items %zu/%zu\n", id, nitems, ntrue);
	json_array_foreach(titems, i, ti) {
		const char *treg = json_string_value(json_object_get(ti,
		    "region"));
		const char *tprov = json_string_value(json_object_get(ti,
		    "province"));
		const char *ttitle = json_string_value(json_object_get(ti,
		    "title"));
		const char *pos;

		pi = ntrue == 1 ? 0 : i;
		if (ntrue > 1 && ttitle != NULL &&
		    (pos = strstr(art->text, ttitle)) != NULL)
			pi = rw_items_index_at(its, rw_utf8_count(art->text,
			    pos - art->text));
		t->items++;
		if (pi < nitems) {
			t->region += rw_streq(items[pi].region, treg);
			t->province += rw_streq(items[pi].province, tprov);
		}
		if (verbose)
			printf("  true %s/%s  pred %s/%s%s  %s\n",
			    treg, tprov,
			    pi < nitems ? items[pi].region : "-",
			    pi < nitems ? items[pi].province : "-",
			    pi < nitems && rw_streq(items[pi].region, treg) ?
			    "" : "  <-- WRONG", ttitle != NULL ? ttitle : "");
		json_array_foreach(json_object_get(ti, "campaigns"), k, c) {
			key = campaign_key(json_string_value(c));
			if (has(tk, ntk, key))
				free(key);
			else {
				tk = xreallocarray(tk, ntk + 1, sizeof(*tk));
				tk[ntk++] = key;
			}
		}
	}
	for (i = 0; i < nitems; i++) {
		if (verbose) {
			printf("  item %zu [%zu,%zu) %s  origin %s\n", i,
			    items[i].start, items[i].end,
			    items[i].title != NULL ? items[i].title : "-",
			    items[i].origin != NULL ? items[i].origin : "-");
			printf("    regions:");
			for (k = 0; k < items[i].nregions; k++)
				printf(" %s%s×%d", items[i].regions[k].code,
				    items[i].regions[k].name,
				    items[i].regions[k].mentions);
			printf("\n    orgs:");
			for (k = 0; k < items[i].norganizations; k++)
				printf(" %s", items[i].organizations[k]);
			printf("\n    campaigns:");
			for (k = 0; k < items[i].ncampaigns; k++)
				printf(" [%s]", items[i].campaigns[k]);
			printf("\n");
		}
		for (k = 0; k < items[i].ncampaigns; k++) {
			key = campaign_key(items[i].campaigns[k]);
			if (has(pk, npk, key))
				free(key);
			else {
				pk = xreallocarray(pk, npk + 1, sizeof(*pk));
				pk[npk++] = key;
			}
		}
	}
	for (i = 0; i < npk; i++) {
		t->camp_tp += has(tk, ntk, pk[i]);
		if (verbose && !has(tk, ntk, pk[i]))
			printf("  campaign false positive: %s\n", pk[i]);
	}
	for (i = 0; verbose && i < ntk; i++)
		if (!has(pk, npk, tk[i]))
			printf("  campaign missed: %s\n", tk[i]);
	t->camp_pred += npk;
	t->camp_true += ntk;
	rw_strv_free(tk, ntk);
	rw_strv_free(pk, npk);
	for (i = 0; i < nitems; i++)
		rw_item_clear(&items[i]);
	free(items);
	rw_items_free(its);
	rw_article_free(art);
	json_decref(root);
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
	struct rw_err		 err;
	struct tally		 t;
	struct dirent		*de;
	DIR			*d;
	char			*dir, **names = NULL, *path;
	size_t			 n = 0, i, len;
	int			 ch, verbose = 0;
	double			 p, r, f;

	while ((ch = getopt(argc, argv, "hv")) != -1) {
		switch (ch) {
		case 'h':
			usage(stdout);
			return 0;
		case 'v':
			verbose = 1;
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
		fprintf(stderr, "places-dev: %s: cannot open\n", dir);
		free(dir);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		len = strlen(de->d_name);
		if (len > 5 && strcmp(de->d_name + len - 5, ".json") == 0) {
			names = xreallocarray(names, n + 1, sizeof(*names));
			names[n++] = xstrndup(de->d_name, len - 5);
		}
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp_str);
	if ((gz = rw_gazetteer_new(&err)) == NULL) {
		fprintf(stderr, "places-dev: %s\n", err.msg);
		return 1;
	}
	memset(&t, 0, sizeof(t));
	for (i = 0; i < n; i++) {
		path = xasprintf("%s/%s.json", dir, names[i]);
		score_page(gz, path, names[i], verbose, &t);
		free(path);
	}
	p = t.camp_pred ? (double)t.camp_tp / t.camp_pred : 1;
	r = t.camp_true ? (double)t.camp_tp / t.camp_true : 1;
	f = p + r > 0 ? 2 * p * r / (p + r) : 0;
	printf("pages %d (item count right %d), items %d\n", t.pages,
	    t.pages_ok, t.items);
	printf("campaigns P %.3f R %.3f F1 %.3f (tp %d pred %d true %d)\n",
	    p, r, f, t.camp_tp, t.camp_pred, t.camp_true);
	printf("items=%.3f region=%.3f province=%.3f campaigns_f1=%.3f\n",
	    t.pages ? (double)t.pages_ok / t.pages : 0,
	    t.items ? (double)t.region / t.items : 0,
	    t.items ? (double)t.province / t.items : 0, f);
	rw_strv_free(names, n);
	free(dir);
	rw_gazetteer_free(gz);
	return 0;
}
