/* SPDX-License-Identifier: ISC */
/*
 * render.h - the reliefwatch website from rw-stats output
 * (doc/stats-format.md) through mustache templates.
 *
 * rw_render_site reads STATS_DIR/stats.json, index.jsonl, regions.jsonl
 * and stories.jsonl (streamed: one story in memory at a time), renders
 * every page of every requested language through the templates of
 * opts->templates, and writes the site with lib/site.h (only changed
 * files are written; files of an earlier run that are no longer made are
 * removed).  The output depends only on the inputs and the options.
 *
 * Data problems (a bad line, a story with an unsafe id, a figure whose
 * offsets do not fit its text) are passed to opts->warn and skipped;
 * the run goes on.  Setup and I/O failures stop the run.
 */
#ifndef RW_RENDER_H
#define RW_RENDER_H

#include <stddef.h>
#include <time.h>

#include "util.h"

#define RW_RENDER_ZH	0x1
#define RW_RENDER_EN	0x2

struct rw_render_opts {
	const char	*stats_dir;	/* rw-stats -o directory */
	const char	*templates;	/* templates/ (with i18n/, static/) */
	const char	*out;		/* the site directory */
	const char	*base_url;	/* absolute site URL for feed and
					   sitemap, or NULL: relative */
	unsigned	 langs;		/* RW_RENDER_ZH | RW_RENDER_EN */
	long long	 updated;	/* feed time (SOURCE_DATE_EPOCH), or
					   -1: the newest story date */
	const char	*report;	/* run report (report.h) for the
					   status page, or NULL: none */
	/* Called once per data problem with a one-line message. */
	void		(*warn)(void *arg, const char *where, const char *msg);
	void		*warn_arg;
};

struct rw_render_counts {
	size_t	 pages;		/* HTML pages */
	size_t	 stories;
	size_t	 figures;
	size_t	 files;		/* every file of the site */
	size_t	 written;	/* files created or changed */
	size_t	 removed;	/* stale files removed */
	size_t	 warnings;
};

/*
 * Renders the site.  Returns 0 (warnings may have been issued; see
 * counts), or -1 with err filled when the run could not complete.
 */
int	 rw_render_site(const struct rw_render_opts *,
	    struct rw_render_counts *, struct rw_err *);

#endif
