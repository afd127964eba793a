/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: text -> quantities (every mode) and relief measures; every
 * measure's offsets must point at its own text.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "measure.h"
#include "quantity.h"
#include "text.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Loaded once per process: the OpenCC table is costly. */
	static struct rw_text_ctx	*ctx;
	struct rw_measure		*m = NULL;
	struct rw_qty			*q = NULL;
	struct rw_text			*t;
	struct rw_err			 e;
	size_t				 n = 0, i, bs, be;
	char				*s;

	if (ctx == NULL && (ctx = rw_text_ctx_new(&e)) == NULL)
		abort();
	/* Article text is valid UTF-8 without NULs (rw-parse makes it so). */
	s = rw_utf8_sanitize((const char *)data, size);
	if ((t = rw_text_new(ctx, s, strlen(s), &e)) != NULL) {
		if (rw_qty_scan(t, RW_QTY_PLAIN | RW_QTY_VAGUE, &q, &n,
		    &e) == 0)
			free(q);
		rw_text_free(t);
	}
	if (rw_measure_scan(ctx, s, strlen(s), &m, &n, &e) == 0) {
		for (i = 0; i < n; i++) {
			bs = rw_utf8_offset(s, strlen(s), m[i].start);
			be = rw_utf8_offset(s, strlen(s), m[i].end);
			if (m[i].start > m[i].end || be - bs !=
			    strlen(m[i].text) || memcmp(s + bs, m[i].text,
			    be - bs) != 0)
				abort();
		}
		rw_measures_free(m, n);
	}
	free(s);
	return 0;
}
