/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: the JSON Lines reader and both record decoders; what decodes
 * must encode again.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "io.h"
#include "record.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rw_lines		 l;
	struct rw_article	*a;
	struct rw_facts		*f;
	struct rw_err		 e;
	FILE			*fp;
	char			*s;
	int			 rc;

	if (size == 0 || (fp = fmemopen((void *)data, size, "r")) == NULL)
		return 0;
	rw_lines_init(&l, fp, "fuzz", 1 << 16);
	while ((rc = rw_lines_next(&l, &e)) != 0) {
		if (rc == -1)
			continue;
		if ((a = rw_article_decode(l.line, l.len, &e)) != NULL) {
			s = rw_article_encode(a);
			free(s);
			rw_article_free(a);
		}
		if ((f = rw_facts_decode(l.line, l.len, &e)) != NULL) {
			s = rw_facts_encode(f);
			free(s);
			rw_facts_free(f);
		}
	}
	rw_lines_free(&l);
	fclose(fp);
	return 0;
}
