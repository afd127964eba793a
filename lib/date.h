/* SPDX-License-Identifier: ISC */
/*
 * date.h - publication dates as pages write them, to ISO 8601.
 *
 * Recognised: 2024-02-28, 2024/2/28, 2024.02.28, 2024年2月28日 (with
 * spaces anywhere), each with an optional time (03:19, 03:19:00, 3时19分,
 * am/pm) and offset (Z, +08:00, +0800, GMT+8, 北京时间); ISO 8601 with T;
 * 20240228 (only when asked for); day/month/year and month/day/year with
 * slashes or dots; English month names (Feb 28, 2024; 28 February 2024;
 * RFC 2822); dates in URL paths (/2024/0228/, /202402/t20240228_,
 * /2024-02/28/, /20240406/, /2024/02/28/, an upload time
 * /20240228093512.jpg).
 *
 * Input is UTF-8 whose full-width forms were folded to ASCII (see
 * rw_utf8_fold); the functions read no further than n bytes, never
 * allocate and never fail on any input.  Years outside 1980-2100, month
 * 13, day 31 of a 30-day month and the like are not dates.
 */
#ifndef RW_DATE_H
#define RW_DATE_H

#include <stddef.h>

struct rw_date {
	int	 year;
	int	 month;		/* 1-12, 0 when only the year is known */
	int	 day;		/* 1-31, 0 when only year and month are known */
	int	 hour;		/* -1 when no time of day is given */
	int	 min;
	int	 sec;
	int	 has_tz;
	int	 tz;		/* offset east of UTC in minutes, if has_tz */
};

/* Forms to accept (or-ed). */
#define RW_DATE_YMD	0x01	/* year first, with separators or 年月日 */
#define RW_DATE_DMY	0x02	/* 28/02/2024, 2/28/2024, 28.02.2024 */
#define RW_DATE_NAMES	0x04	/* English month names */
#define RW_DATE_COMPACT	0x08	/* 20240228, 20240228T031900 */
#define RW_DATE_MONTH	0x10	/* also 2024-02 and 2024年2月 (day 0) */
#define RW_DATE_TEXT	(RW_DATE_YMD | RW_DATE_DMY | RW_DATE_NAMES)
#define RW_DATE_ANY	(RW_DATE_TEXT | RW_DATE_COMPACT)

/* Longest string rw_date_iso writes, with its NUL. */
#define RW_DATE_ISO_MAX	32
/* rw_date_iso: no offset to assume for a time without one. */
#define RW_DATE_NO_TZ	(-100000)

/*
 * Parses a date starting exactly at s (no leading space skipped).
 * Returns the bytes consumed, or 0 if no date starts there.
 */
size_t	 rw_date_parse(const char *s, size_t n, int forms, struct rw_date *);

/*
 * Finds the first date in s[0..n) that starts at a token boundary.  Sets
 * *start and *end to its byte range.  Returns 1 if found, else 0.
 */
int	 rw_date_find(const char *s, size_t n, int forms, struct rw_date *,
	    size_t *start, size_t *end);

/*
 * The date in the path of a URL (query and fragment are ignored).
 * Returns 1 and fills d (no time of day), or 0.
 */
int	 rw_date_url(const char *url, struct rw_date *);

/*
 * Writes YYYY-MM-DD, or YYYY-MM-DDThh:mm:ss+hh:mm when the time is known
 * and an offset is known (the date's own, else tz_default minutes unless
 * that is RW_DATE_NO_TZ), or YYYY-MM / YYYY for partial dates.
 */
void	 rw_date_iso(const struct rw_date *, int tz_default,
	    char out[RW_DATE_ISO_MAX]);

/* 1 if year, month and day (those known) and the time are valid. */
int	 rw_date_valid(const struct rw_date *);

#endif
