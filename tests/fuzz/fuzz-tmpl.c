/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: template + JSON data -> output.  The input is a template,
 * a NUL byte, then JSON data.  The template is also registered as the
 * partial "p", so recursive partials are exercised; the output goes
 * through the Markdown renderer as well.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "md.h"
#include "tmpl.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*s = (const char *)data, *nul;
	struct rw_tmpl_set	*set;
	struct rw_buf		 out = RW_BUF_INIT;
	struct rw_err		 e;
	json_error_t		 je;
	json_t			*j = NULL;
	size_t			 tlen = size;
	char			*html;

	if ((nul = memchr(s, '\0', size)) != NULL) {
		tlen = (size_t)(nul - s);
		j = json_loadb(nul + 1, size - tlen - 1, JSON_DECODE_ANY, &je);
	}
	set = rw_tmpl_set_new();
	rw_tmpl_set_limits(set, 1 << 20, 1000000);
	if (rw_tmpl_set_add(set, "p", s, tlen, 0, &e) == 0 &&
	    rw_tmpl_set_add(set, "m", s, tlen, RW_TMPL_MARKDOWN, &e) == 0) {
		rw_tmpl_set_check(set, &e);
		if (rw_tmpl_set_render(set, "p", j, &out, &e) == 0) {
			html = rw_md_render(out.data != NULL ? out.data : "",
			    out.len, &e);
			free(html);
		}
		rw_buf_truncate(&out, 0);
		rw_tmpl_set_render(set, "m", j, &out, &e);
	}
	rw_buf_free(&out);
	rw_tmpl_set_free(set);
	json_decref(j);
	return 0;
}
