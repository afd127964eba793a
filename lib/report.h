/* SPDX-License-Identifier: ISC */
/*
 * report.h - what a run did.
 *
 * Each stage writes a stage report (--report FILE): inputs, how many were
 * computed, reused from the previous run or failed, and every failure
 * with its reason.  rw-report gathers the stage reports, the stage
 * timings, the difference between the previous and the new input index
 * (new, changed and removed snapshots) and the story and figure counts
 * into the run report, build/report.json, which the status page shows
 * and `make publish` checks.
 */
#ifndef RW_REPORT_H
#define RW_REPORT_H

#include <stddef.h>

#include "util.h"

struct rw_report {
	const char	*stage;		/* "parse", "facts", ... */
	size_t		 inputs;
	size_t		 computed;	/* parsed / extracted now */
	size_t		 reused;	/* copied from the previous run */
	size_t		 failed;
	char		**fail_file;
	char		**fail_why;
	size_t		 nfail;
};

void	 rw_report_fail(struct rw_report *, const char *file, const char *why);
/* Writes the stage report atomically to path.  Returns 0 or -1. */
int	 rw_report_write(const struct rw_report *, const char *path,
	    struct rw_err *);
void	 rw_report_clear(struct rw_report *);

/* Inputs of the run report; every path list may be empty. */
struct rw_run_inputs {
	const char	*timings;	/* tools/pipeline.sh's timings.tsv */
	char		**stages;	/* stage reports */
	size_t		 nstages;
	char		**prev_index;	/* last run's articles.*.jsonl.idx */
	size_t		 nprev;
	char		**index;	/* this run's */
	size_t		 nindex;
	const char	*stats;		/* rw-stats' stats.json, or NULL */
	size_t		 max_list;	/* longest new/changed/removed list */
};

/* Builds the run report; returns its JSON text (caller frees) or NULL. */
char	*rw_run_report(const struct rw_run_inputs *, struct rw_err *);

/*
 * Checks a run report before publishing: the share of failed inputs is
 * at most max_failed_pct percent and at least one page was parsed.
 * Returns 0, or -1 with the reason.
 */
int	 rw_run_report_check(const char *path, double max_failed_pct,
	    struct rw_err *);

#endif
