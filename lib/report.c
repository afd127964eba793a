/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "io.h"
#include "record.h"
#include "report.h"

void
rw_report_fail(struct rw_report *r, const char *file, const char *why)
{
	size_t	 n = r->nfail;

	r->failed++;
	rw_strv_push(&r->fail_file, &r->nfail, file);
	rw_strv_push(&r->fail_why, &n, why);
}

int
rw_report_write(const struct rw_report *r, const char *path, struct rw_err *e)
{
	char	*s;
	int	 rc;

	s = rw_report_encode(r);
	rc = rw_file_write_atomic(path, s, strlen(s), e);
	free(s);
	return rc;
}

void
rw_report_clear(struct rw_report *r)
{
	rw_strv_free(r->fail_file, r->nfail);
	rw_strv_free(r->fail_why, r->nfail);
	r->fail_file = r->fail_why = NULL;
	r->nfail = 0;
}
