/* SPDX-License-Identifier: ISC */
/*
 * stats.h - from article and facts records to stories, de-duplicated
 * figures and aggregates (the output contract is doc/stats-format.md).
 *
 * Usage: rw_stats_new, then any number of rw_stats_add_article and
 * rw_stats_add_facts calls in any order (records of several shards may be
 * mixed freely), then rw_stats_finish once, then rw_stats_write.  The
 * result depends only on the set of records, not on their order.
 *
 * Memory stays compact: strings are interned, article texts and figure
 * sentences are spilled to an unlinked temporary file (in $TMPDIR, else
 * /tmp) and read back when a story is written, and output is streamed one
 * small JSON object at a time.
 */
#ifndef RW_STATS_H
#define RW_STATS_H

#include <stdio.h>

#include "util.h"

#define RW_STATS_SCHEMA		"rw-stats/1"
#define RW_STORY_SCHEMA		"rw-story/1"
#define RW_REGION_SCHEMA	"rw-region/1"
#define RW_INDEX_SCHEMA		"rw-story-index/1"

struct rw_stats;

/* Returns a new, empty aggregator, or NULL (the error says why: the
 * temporary file could not be created). */
struct rw_stats *rw_stats_new(struct rw_err *);
void	 rw_stats_free(struct rw_stats *);

/*
 * Adds one line of an article (or facts) input.  Blank lines are ignored.
 * Returns 0, or -1 with the error filled when the line is not a valid
 * record (it is skipped and counted as invalid) or when it repeats the
 * file of an earlier record of the same kind (counted as a duplicate; one
 * of the two, chosen by content, is kept).  Either way the caller may go
 * on.
 */
int	 rw_stats_add_article(struct rw_stats *, const char *line, size_t len,
	    struct rw_err *);
int	 rw_stats_add_facts(struct rw_stats *, const char *line, size_t len,
	    struct rw_err *);

/*
 * The same in two steps, for callers that decode in several threads:
 * rw_stats_rec_decode needs no aggregator and may run in any number of
 * threads at once (it returns NULL for a blank line, and a record that
 * remembers why it is invalid otherwise); rw_stats_add_rec takes the
 * record (NULL is a no-op) and must not run concurrently with any other
 * call on the same aggregator.  rw_stats_rec_free frees a record that is
 * not added.
 */
struct rw_stats_rec;

struct rw_stats_rec *rw_stats_rec_decode(int facts, const char *line,
	    size_t len);
int	 rw_stats_add_rec(struct rw_stats *, struct rw_stats_rec *,
	    struct rw_err *);
void	 rw_stats_rec_free(struct rw_stats_rec *);

/*
 * Joins facts to articles, clusters items into stories, de-duplicates
 * figures and aggregates.  Returns 0, or -1 on an I/O failure of the
 * temporary file (nothing can be written then).  Join problems (facts
 * without an article, id mismatches) are not failures: they are listed in
 * the output and returned by rw_stats_warning.
 */
int	 rw_stats_finish(struct rw_stats *, struct rw_err *);

/* The i-th join problem found by rw_stats_finish as "file: reason", or
 * NULL past the last one.  Borrowed from the aggregator. */
const char *rw_stats_warning(const struct rw_stats *, size_t i);

/*
 * Writes stats.json, stories.jsonl, regions.jsonl and index.jsonl records
 * to the four streams, in that order (the streams may be the same).
 * Returns 0, or -1 on a read error of the temporary file or a write error.
 */
int	 rw_stats_write(struct rw_stats *, FILE *stats, FILE *stories,
	    FILE *regions, FILE *index, struct rw_err *);

/*
 * Region hierarchy by GB/T 2260 code arithmetic (until lib/gazetteer):
 * the level of a six-digit code ("province", "prefecture", "county"; NULL
 * if code is not six digits) and its parent's code written to out
 * (returns 0; -1 for a province or an invalid code).  A county's parent
 * is XXYY00, except in the municipalities and for XX90ZZ, where it is the
 * province.
 */
const char *rw_stats_region_level(const char *code);
int	 rw_stats_region_parent(const char *code, char out[7]);

/*
 * Date helpers: the month ("YYYY-MM") and winter season ("2023-24" for
 * November 2023 to March 2024) of a date or date-time "YYYY-MM-DD...",
 * written to out.  Return 0, or -1 if the date is invalid or (season)
 * falls in April to October.
 */
int	 rw_stats_month(const char *date, char out[8]);
int	 rw_stats_season(const char *date, char out[8]);

#endif
