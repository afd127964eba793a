/* SPDX-License-Identifier: ISC */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"

/* 1 if s starts (after spaces) with something a spreadsheet evaluates. */
static int
formula_like(const char *s)
{
	static const char *const wide[] = {
		"\xef\xbc\x9d", "\xef\xbc\x8b", "\xef\xbc\x8d", "\xef\xbc\xa0"
	};
	size_t	 i;

	while (*s == ' ')
		s++;
	if (*s == '=' || *s == '+' || *s == '-' || *s == '@' ||
	    *s == '\t' || *s == '\r')
		return 1;
	for (i = 0; i < sizeof(wide) / sizeof(wide[0]); i++)
		if (strncmp(s, wide[i], 3) == 0)
			return 1;
	return 0;
}

void
rw_csv_text(struct rw_buf *b, const char *s)
{
	size_t	 n;
	int	 guard, quote;

	if (s == NULL || *s == '\0')
		return;
	n = strlen(s);
	guard = formula_like(s);
	quote = guard || strpbrk(s, ",\"\r\n") != NULL || s[0] == ' ' ||
	    s[n - 1] == ' ';
	if (quote)
		rw_buf_addc(b, '"');
	if (guard)
		rw_buf_addc(b, '\'');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			rw_buf_addc(b, '"');
		rw_buf_addc(b, *s);
	}
	if (quote)
		rw_buf_addc(b, '"');
}

void
rw_csv_number(struct rw_buf *b, double v)
{
	char	 s[64];
	int	 prec;

	if (!isfinite(v))
		return;
	if (v == floor(v) && fabs(v) < 9007199254740992.0)
		snprintf(s, sizeof(s), "%.0f", v == 0 ? 0 : v);
	else {
		/* The shortest form that reads back as the same double. */
		for (prec = 15; prec < 17; prec++) {
			snprintf(s, sizeof(s), "%.*g", prec, v);
			if (strtod(s, NULL) == v)
				break;
		}
		if (prec == 17)
			snprintf(s, sizeof(s), "%.17g", v);
	}
	rw_buf_adds(b, s);
}

void
rw_csv_int(struct rw_buf *b, long long v)
{
	rw_buf_printf(b, "%lld", v);
}

void
rw_csv_sep(struct rw_buf *b)
{
	rw_buf_addc(b, ',');
}

void
rw_csv_eol(struct rw_buf *b)
{
	rw_buf_adds(b, "\r\n");
}
