/* SPDX-License-Identifier: ISC */
/*
 * report.h - what a stage did in one run: inputs, how many were computed,
 * reused from the previous run or failed, and every failure with its
 * reason.  Written as one JSON object (--report FILE) and gathered into
 * the nightly run report.
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
/* Writes the report atomically to path.  Returns 0 or -1. */
int	 rw_report_write(const struct rw_report *, const char *path,
	    struct rw_err *);
void	 rw_report_clear(struct rw_report *);

#endif
