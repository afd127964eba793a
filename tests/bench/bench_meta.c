/* SPDX-License-Identifier: ISC */
/*
 * bench_meta - what the metadata pass costs next to the HTML parse: per
 * page, the parse, the body extraction and rw_meta_extract are each run
 * REPS times after a warm-up and the medians are summed over the pages.
 *
 *	bench_meta FILE...
 * Prints: pages, then total and per-page median microseconds of each
 * stage, and the meta/parse ratio.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "body.h"
#include "decode.h"
#include "html.h"
#include "io.h"
#include "meta.h"
#include "record.h"

#define REPS	31

static double
now_us(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static int
cmp_double(const void *a, const void *b)
{
	double	 x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
median(double *v)
{
	qsort(v, REPS, sizeof(*v), cmp_double);
	return v[REPS / 2];
}

int
main(int argc, char *argv[])
{
	struct rw_decoded	 dec;
	struct rw_err		 e;
	struct rw_doc		*d;
	struct rw_body		 b;
	struct rw_article	*a;
	double			 tp[REPS], tb[REPS], tm[REPS], t0;
	double			 sp = 0, sb = 0, sm = 0;
	char			*data;
	size_t			 len;
	int			 i, r, pages = 0;

	for (i = 1; i < argc; i++) {
		if (rw_file_read(argv[i], 1u << 26, &data, &len, &e) == -1 ||
		    rw_decode(data, len, &dec, &e) == -1) {
			fprintf(stderr, "bench_meta: %s: %s\n", argv[i], e.msg);
			continue;
		}
		free(data);
		for (r = -1; r < REPS; r++) {
			t0 = now_us();
			d = rw_doc_parse(dec.text, dec.len, &e);
			if (r >= 0)
				tp[r] = now_us() - t0;
			t0 = now_us();
			rw_body_extract(d, &b, &e);
			if (r >= 0)
				tb[r] = now_us() - t0;
			a = rw_article_new();
			t0 = now_us();
			rw_meta_extract(d, &b, a, &e);
			if (r >= 0)
				tm[r] = now_us() - t0;
			rw_article_free(a);
			rw_body_clear(&b);
			rw_doc_free(d);
		}
		rw_decoded_free(&dec);
		sp += median(tp);
		sb += median(tb);
		sm += median(tm);
		pages++;
	}
	if (pages == 0)
		return 1;
	printf("pages %d\n", pages);
	printf("parse %.0f us (%.1f us/page)\n", sp, sp / pages);
	printf("body  %.0f us (%.1f us/page)\n", sb, sb / pages);
	printf("meta  %.0f us (%.1f us/page)\n", sm, sm / pages);
	printf("meta/parse %.3f\n", sm / sp);
	return 0;
}
