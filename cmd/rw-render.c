/* SPDX-License-Identifier: ISC */
/*
 * rw-render - the reliefwatch website from rw-stats output.
 */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "render.h"
#include "util.h"

static void
usage(FILE *fp)
{
	fputs("usage: rw-render [-hv] [-t templates] [-o site] "
	    "[--lang zh,en]\n"
	    "                 [--base-url URL] [--report FILE] STATS_DIR\n"
	    "  STATS_DIR          rw-stats -o output: stats.json, "
	    "stories.jsonl,\n"
	    "                     regions.jsonl, index.jsonl\n"
	    "  -t, --templates D  templates, i18n/ and static/ "
	    "(default: templates)\n"
	    "  -o, --output D     the site (default: site); only changed "
	    "files are\n"
	    "                     written, stale files of earlier runs "
	    "removed\n"
	    "  --lang LIST        zh, en or zh,en (default); with both, "
	    "English\n"
	    "                     is the mirror under en/\n"
	    "  --base-url URL     absolute site URL for the feed and sitemap\n"
	    "                     (default: relative links)\n"
	    "  --report FILE      the run report (rw-report) for the status "
	    "page\n"
	    "  -v, --verbose      print what was written\n"
	    "  -h, --help         print this help and exit\n"
	    "SOURCE_DATE_EPOCH, if set, is the feed's updated time.\n"
	    "exit status: 0 success, 1 bad input (reported, site still "
	    "written)\n"
	    "or failure, 2 bad usage\n", fp);
}

static void
warn_cb(void *arg, const char *where, const char *msg)
{
	(void)arg;
	rw_warnx(where, "%s", msg);
}

/* "zh", "en" or "zh,en" (either order); 0 if anything else. */
static unsigned
parse_langs(const char *s)
{
	unsigned	 m = 0;
	char		*copy, *p, *tok;

	copy = xstrdup(s);
	for (p = copy; (tok = strsep(&p, ",")) != NULL;) {
		if (strcmp(tok, "zh") == 0)
			m |= RW_RENDER_ZH;
		else if (strcmp(tok, "en") == 0)
			m |= RW_RENDER_EN;
		else {
			m = 0;
			break;
		}
	}
	free(copy);
	return m;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "templates",	required_argument,	NULL, 't' },
		{ "output",	required_argument,	NULL, 'o' },
		{ "lang",	required_argument,	NULL, 'l' },
		{ "base-url",	required_argument,	NULL, 'b' },
		{ "report",	required_argument,	NULL, 'r' },
		{ "verbose",	no_argument,		NULL, 'v' },
		{ "help",	no_argument,		NULL, 'h' },
		{ NULL,		0,			NULL, 0 }
	};
	struct rw_render_opts	 o;
	struct rw_render_counts	 cn;
	struct rw_err		 e;
	const char		*sde;
	char			*end, *base = NULL;
	size_t			 n;
	int			 ch, verbose = 0;

	memset(&o, 0, sizeof(o));
	o.templates = "templates";
	o.out = "site";
	o.langs = RW_RENDER_ZH | RW_RENDER_EN;
	o.updated = -1;
	o.warn = warn_cb;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "t:o:vh", longopts, NULL)) != -1)
		switch (ch) {
		case 't':
			o.templates = optarg;
			break;
		case 'o':
			o.out = optarg;
			break;
		case 'l':
			if ((o.langs = parse_langs(optarg)) == 0) {
				warnx("--lang: expected zh, en or zh,en");
				usage(stderr);
				return 2;
			}
			break;
		case 'b':
			if (strncasecmp(optarg, "http://", 7) != 0 &&
			    strncasecmp(optarg, "https://", 8) != 0) {
				warnx("--base-url: not an http(s) URL");
				usage(stderr);
				return 2;
			}
			free(base);
			base = xstrdup(optarg);
			n = strlen(base);
			while (n > 0 && base[n - 1] == '/')
				base[--n] = '\0';
			o.base_url = base;
			break;
		case 'r':
			o.report = optarg;
			break;
		case 'v':
			verbose = 1;
			break;
		case 'h':
			usage(stdout);
			free(base);
			return 0;
		default:
			if (optopt != 0)
				warnx("unknown option -%c", optopt);
			else
				warnx("unknown option %s", argv[optind - 1]);
			usage(stderr);
			free(base);
			return 2;
		}
	if (argc - optind != 1) {
		usage(stderr);
		free(base);
		return 2;
	}
	o.stats_dir = argv[optind];
	if ((sde = getenv("SOURCE_DATE_EPOCH")) != NULL && *sde != '\0') {
		o.updated = strtoll(sde, &end, 10);
		if (*end != '\0' || o.updated < 0) {
			warnx("SOURCE_DATE_EPOCH: not a number of seconds");
			free(base);
			return 2;
		}
	}
	if (rw_render_site(&o, &cn, &e) == -1) {
		rw_warnx(NULL, "%s", e.msg);
		free(base);
		return 1;
	}
	if (verbose)
		fprintf(stderr, "rw-render: %zu stories, %zu figures, %zu "
		    "pages; %zu files, %zu written, %zu removed; %zu "
		    "warnings\n", cn.stories, cn.figures, cn.pages, cn.files,
		    cn.written, cn.removed, cn.warnings);
	free(base);
	return cn.warnings > 0 ? 1 : 0;
}
