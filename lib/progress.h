/* SPDX-License-Identifier: ISC */
/*
 * progress.h - a progress line on stderr while a stage runs: done/total,
 * rate and time left.  Only when stderr is a terminal (quiet under cron);
 * one line every few seconds, newline-terminated, so that the shards of
 * a stage running side by side do not overwrite each other.
 */
#ifndef RW_PROGRESS_H
#define RW_PROGRESS_H

#include <stddef.h>

struct rw_progress {
	char	 label[64];	/* "rw-parse 1/2" */
	size_t	 total;
	size_t	 done;
	double	 start;
	double	 last;		/* time of the last line printed */
	int	 on;		/* stderr is a terminal */
};

void	 rw_progress_start(struct rw_progress *, const char *label,
	    size_t total);
/* Counts one more unit; prints a line when one is due. */
void	 rw_progress_tick(struct rw_progress *);
/* Prints the final line (if any line was printed). */
void	 rw_progress_end(struct rw_progress *);

#endif
