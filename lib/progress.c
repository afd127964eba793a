/* SPDX-License-Identifier: ISC */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "progress.h"

#define EVERY	2.0	/* seconds between lines */

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

void
rw_progress_start(struct rw_progress *p, const char *label, size_t total)
{
	memset(p, 0, sizeof(*p));
	snprintf(p->label, sizeof(p->label), "%s", label);
	p->total = total;
	p->on = isatty(STDERR_FILENO);
	p->start = p->last = p->on ? now() : 0;
}

static void
line(const struct rw_progress *p, double t)
{
	double	 el = t - p->start, rate = el > 0 ? p->done / el : 0, left;

	fprintf(stderr, "%s: %zu/%zu", p->label, p->done, p->total);
	if (p->total > 0)
		fprintf(stderr, " (%.0f%%)", 100.0 * p->done / p->total);
	fprintf(stderr, ", %.0f/s", rate);
	if (rate > 0 && p->done < p->total) {
		left = (p->total - p->done) / rate;
		if (left >= 60)
			fprintf(stderr, ", %dm%02ds left", (int)left / 60,
			    (int)left % 60);
		else
			fprintf(stderr, ", %ds left", (int)left);
	} else
		fprintf(stderr, ", %.1fs", el);
	fputc('\n', stderr);
}

void
rw_progress_tick(struct rw_progress *p)
{
	double	 t;

	p->done++;
	if (!p->on || (p->done & 15) != 0)
		return;
	if ((t = now()) - p->last >= EVERY) {
		line(p, t);
		p->last = t;
	}
}

void
rw_progress_end(struct rw_progress *p)
{
	/* Short runs stay silent: only runs that printed get a last line. */
	if (p->on && p->last > p->start)
		line(p, now());
}
