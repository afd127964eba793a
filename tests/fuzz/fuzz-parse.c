/* SPDX-License-Identifier: ISC */
/* libFuzzer: HTML bytes -> article record (decode, parse, extract, encode). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "parse.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rw_parse_opts	 o = { RW_MAX_BYTES_DEFAULT };
	struct rw_article	*a;
	char			*s;

	a = rw_parse_bytes("fuzz.html", (const char *)data, size, NULL, &o);
	s = rw_article_encode(a);
	free(s);
	rw_article_free(a);
	return 0;
}
