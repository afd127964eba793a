/* SPDX-License-Identifier: ISC */
#include <stdio.h>
#include <string.h>

#include "date.h"

#define YEAR_MIN	1980
#define YEAR_MAX	2100

/* UTF-8 of the CJK characters dates are written with. */
#define U_NIAN		"\xe5\xb9\xb4"	/* 年 */
#define U_YUE		"\xe6\x9c\x88"	/* 月 */
#define U_RI		"\xe6\x97\xa5"	/* 日 */
#define U_HAO		"\xe5\x8f\xb7"	/* 号 */
#define U_SHI		"\xe6\x97\xb6"	/* 时 */
#define U_SHI_T		"\xe6\x99\x82"	/* 時 */
#define U_DIAN		"\xe7\x82\xb9"	/* 点 */
#define U_DIAN_T	"\xe9\xbb\x9e"	/* 點 */
#define U_FEN		"\xe5\x88\x86"	/* 分 */
#define U_MIAO		"\xe7\xa7\x92"	/* 秒 */
#define U_BEIJING	"\xe5\x8c\x97\xe4\xba\xac\xe6\x97\xb6\xe9\x97\xb4"
					/* 北京时间 */
#define U_SHANGWU	"\xe4\xb8\x8a\xe5\x8d\x88"	/* 上午 */
#define U_XIAWU		"\xe4\xb8\x8b\xe5\x8d\x88"	/* 下午 */

static const char *const months[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december",
};

static const char *const weekdays[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday",
};

static int
isdig(int c)
{
	return c >= '0' && c <= '9';
}

static int
isalpha_ascii(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* 1 if s[i] is a digit. */
static int
digit_at(const char *s, size_t n, size_t i)
{
	return i < n && isdig((unsigned char)s[i]);
}

/* Reads 1..max digits at s[*i]; returns the count read (0: none). */
static int
digits(const char *s, size_t n, size_t *i, int max, int *val)
{
	int	 k = 0, v = 0;

	while (*i < n && k < max && isdig((unsigned char)s[*i])) {
		v = v * 10 + (s[*i] - '0');
		(*i)++;
		k++;
	}
	*val = v;
	return k;
}

static int
has(const char *s, size_t n, size_t i, const char *lit)
{
	size_t	 m = strlen(lit);

	return n - i >= m && memcmp(s + i, lit, m) == 0;
}

static size_t
spaces(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' ||
	    s[i] == '\r'))
		i++;
	return i;
}

static int
leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
mdays(int y, int m)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && leap(y) ? 29 : days[m - 1];
}

int
rw_date_valid(const struct rw_date *d)
{
	if (d->year < YEAR_MIN || d->year > YEAR_MAX)
		return 0;
	if (d->month < 0 || d->month > 12 || d->day < 0)
		return 0;
	if (d->month == 0 && d->day != 0)
		return 0;
	if (d->day > 0 && d->day > mdays(d->year, d->month))
		return 0;
	if (d->hour >= 0 && (d->day == 0 || d->hour > 23 || d->min < 0 ||
	    d->min > 59 || d->sec < 0 || d->sec > 60))
		return 0;
	if (d->has_tz && (d->tz < -14 * 60 || d->tz > 14 * 60))
		return 0;
	return 1;
}

/* A numeric offset after + or -: hh, hhmm or hh:mm.  Returns bytes. */
static size_t
offset(const char *s, size_t n, size_t i, int *tz)
{
	size_t	 j = i + 1;
	int	 sign, h, m = 0, k;

	if (i >= n || (s[i] != '+' && s[i] != '-'))
		return 0;
	sign = s[i] == '-' ? -1 : 1;
	k = digits(s, n, &j, 2, &h);
	if (k == 0)
		return 0;
	if (k == 2 && j < n && s[j] == ':') {
		size_t	 t = j + 1;

		if (digits(s, n, &t, 2, &m) == 2)
			j = t;
		else
			m = 0;
	} else if (k == 2 && j + 1 < n && isdig((unsigned char)s[j]) &&
	    isdig((unsigned char)s[j + 1])) {
		digits(s, n, &j, 2, &m);
	}
	if (j < n && isdig((unsigned char)s[j]))
		return 0;
	if (h > 14 || m > 59)
		return 0;
	*tz = sign * (h * 60 + m);
	return j - i;
}

/* The offset after a time: Z, +08:00, GMT, UTC+8, 北京时间.  Bytes read. */
static size_t
zone(const char *s, size_t n, size_t i, struct rw_date *d)
{
	size_t	 j = spaces(s, n, i), k;
	int	 tz;

	if (j < n && s[j] == 'Z' && (j + 1 >= n ||
	    !isalpha_ascii((unsigned char)s[j + 1]))) {
		d->has_tz = 1;
		d->tz = 0;
		return j + 1 - i;
	}
	if ((k = offset(s, n, j, &tz)) > 0) {
		d->has_tz = 1;
		d->tz = tz;
		return j + k - i;
	}
	if (has(s, n, j, "GMT") || has(s, n, j, "UTC")) {
		j += 3;
		if ((k = offset(s, n, j, &tz)) > 0)
			j += k;
		else
			tz = 0;
		if (j < n && isalpha_ascii((unsigned char)s[j]))
			return 0;
		d->has_tz = 1;
		d->tz = tz;
		return j - i;
	}
	if (j < n && s[j] == '(')
		j++;
	if (has(s, n, j, U_BEIJING)) {
		j += strlen(U_BEIJING);
		if (j < n && s[j] == ')')
			j++;
		d->has_tz = 1;
		d->tz = 8 * 60;
		return j - i;
	}
	return 0;
}

/* am/pm after a time; returns bytes and adjusts the hour. */
static size_t
meridiem(const char *s, size_t n, size_t i, struct rw_date *d)
{
	size_t	 j = spaces(s, n, i);
	int	 pm;

	if (j >= n)
		return 0;
	if (lower((unsigned char)s[j]) == 'a')
		pm = 0;
	else if (lower((unsigned char)s[j]) == 'p')
		pm = 1;
	else
		return 0;
	j++;
	if (j < n && s[j] == '.')
		j++;
	if (j >= n || lower((unsigned char)s[j]) != 'm')
		return 0;
	j++;
	if (j < n && s[j] == '.')
		j++;
	if (j < n && isalpha_ascii((unsigned char)s[j]))
		return 0;
	if (d->hour < 1 || d->hour > 12)
		return 0;
	if (pm && d->hour < 12)
		d->hour += 12;
	else if (!pm && d->hour == 12)
		d->hour = 0;
	return j - i;
}

/*
 * A time of day after a date: [T| |, |at | - ] hh:mm[:ss[.frac]] [am|pm]
 * [zone], or hh时mm分[ss秒].  Returns bytes read (0: none, d untouched).
 */
static size_t
timeofday(const char *s, size_t n, size_t i, struct rw_date *d)
{
	struct rw_date	 t = *d;
	size_t		 j = i, k;
	int		 h, m, sec = 0, pm = -1, cjk = 0;

	if (j < n && s[j] == 'T')
		j++;
	else {
		j = spaces(s, n, j);
		if (j < n && s[j] == ',')
			j = spaces(s, n, j + 1);
		else if (j < n && s[j] == '-' && j > i)
			j = spaces(s, n, j + 1);
		else if (has(s, n, j, "at "))
			j = spaces(s, n, j + 3);
		if (has(s, n, j, U_SHANGWU)) {
			pm = 0;
			j += strlen(U_SHANGWU);
		} else if (has(s, n, j, U_XIAWU)) {
			pm = 1;
			j += strlen(U_XIAWU);
		}
	}
	if (digits(s, n, &j, 2, &h) == 0)
		return 0;
	if (j < n && s[j] == ':')
		j++;
	else if (has(s, n, j, U_SHI) || has(s, n, j, U_SHI_T) ||
	    has(s, n, j, U_DIAN) || has(s, n, j, U_DIAN_T)) {
		j += 3;
		cjk = 1;
	} else
		return 0;
	if (digits(s, n, &j, 2, &m) == 0)
		return 0;
	if (cjk) {
		if (has(s, n, j, U_FEN))
			j += 3;
		k = j;
		if (digits(s, n, &k, 2, &sec) > 0 && has(s, n, k, U_MIAO))
			j = k + 3;
		else
			sec = 0;
	} else if (j + 2 < n && s[j] == ':' && isdig((unsigned char)s[j + 1])) {
		j++;
		if (digits(s, n, &j, 2, &sec) != 2)
			return 0;
		if (j + 1 < n && s[j] == '.' && isdig((unsigned char)s[j + 1]))
			for (j++; j < n && isdig((unsigned char)s[j]); j++)
				continue;
	}
	if (j < n && isdig((unsigned char)s[j]))
		return 0;
	t.hour = h;
	t.min = m;
	t.sec = sec;
	if (pm == 1 && t.hour < 12)
		t.hour += 12;
	if (!cjk)
		j += meridiem(s, n, j, &t);
	j += zone(s, n, j, &t);
	if (t.hour > 23 || t.min > 59 || t.sec > 60)
		return 0;
	*d = t;
	return j - i;
}

static void
date_init(struct rw_date *d)
{
	memset(d, 0, sizeof(*d));
	d->hour = -1;
	d->min = -1;
	d->sec = -1;
}

/* Finishes a parsed date: optional time, then validation. */
static size_t
finish(const char *s, size_t n, size_t i, struct rw_date *d)
{
	if (d->day > 0)
		i += timeofday(s, n, i, d);
	return rw_date_valid(d) ? i : 0;
}

/* 2024-02-28, 2024/2/28, 2024.2.28, 2024年2月28日 and the month forms. */
static size_t
parse_ymd(const char *s, size_t n, int forms, struct rw_date *d)
{
	size_t	 i = 0, j;
	int	 y, m, day, cjk = 0;
	char	 sep = 0;

	if (digits(s, n, &i, 4, &y) != 4 || digit_at(s, n, i))
		return 0;
	i = spaces(s, n, i);
	if (has(s, n, i, U_NIAN)) {
		cjk = 1;
		i += 3;
	} else if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.'))
		sep = s[i++];
	else
		return 0;
	i = spaces(s, n, i);
	if (digits(s, n, &i, 2, &m) == 0 || digit_at(s, n, i))
		return 0;
	j = spaces(s, n, i);
	if (cjk) {
		if (!has(s, n, j, U_YUE))
			return 0;
		i = j + 3;
		j = spaces(s, n, i);
	} else if (j < n && s[j] == sep)
		j++;
	else
		j = n + 1;	/* no day */
	day = 0;
	if (j <= n) {
		j = spaces(s, n, j);
		if (digits(s, n, &j, 2, &day) > 0 &&
		    !(j < n && isdig((unsigned char)s[j]))) {
			size_t	 k = cjk ? spaces(s, n, j) : j;

			if (cjk && (has(s, n, k, U_RI) || has(s, n, k, U_HAO)))
				j = k + 3;
			else if (cjk)
				day = 0;
			if (day > 0)
				i = j;
		} else
			day = 0;
	}
	if (day == 0) {
		if (!(forms & RW_DATE_MONTH))
			return 0;
		/* 2024.02 is as likely a version or a price as a month. */
		if (!cjk && sep != '-')
			return 0;
	}
	d->year = y;
	d->month = m;
	d->day = day;
	return finish(s, n, i, d);
}

/* 28/02/2024, 2/28/2024, 28.02.2024 (ambiguous: day first). */
static size_t
parse_dmy(const char *s, size_t n, struct rw_date *d)
{
	size_t	 i = 0;
	int	 a, b, y;
	char	 sep;

	if (digits(s, n, &i, 2, &a) == 0 || i >= n)
		return 0;
	sep = s[i];
	if (sep != '/' && sep != '.' && sep != '-')
		return 0;
	i++;
	if (digits(s, n, &i, 2, &b) == 0 || i >= n || s[i] != sep)
		return 0;
	i++;
	if (digits(s, n, &i, 4, &y) != 4 || digit_at(s, n, i))
		return 0;
	d->year = y;
	if (a > 12 || b <= 12) {
		d->day = a;
		d->month = b;
	} else {
		d->month = a;
		d->day = b;
	}
	return finish(s, n, i, d);
}

/* An English month name (full or abbreviated) at s[*i]: 1-12, or 0. */
static int
month_name(const char *s, size_t n, size_t *i)
{
	size_t	 j = *i, k, len;
	int	 m;

	while (j < n && isalpha_ascii((unsigned char)s[j]))
		j++;
	len = j - *i;
	if (len < 3)
		return 0;
	for (m = 0; m < 12; m++) {
		if (len > strlen(months[m]))
			continue;
		for (k = 0; k < len; k++)
			if (lower((unsigned char)s[*i + k]) != months[m][k])
				break;
		if (k < len)
			continue;
		/* Abbreviations: three letters, or "Sept". */
		if (len != 3 && len != strlen(months[m]) &&
		    !(m == 8 && len == 4))
			continue;
		if (j < n && s[j] == '.')
			j++;
		*i = j;
		return m + 1;
	}
	return 0;
}

static size_t
skip_weekday(const char *s, size_t n, size_t i)
{
	size_t	 j = i, len, k;
	int	 w;

	while (j < n && isalpha_ascii((unsigned char)s[j]))
		j++;
	len = j - i;
	if (len < 3)
		return i;
	for (w = 0; w < 7; w++) {
		if (len != 3 && len != strlen(weekdays[w]))
			continue;
		for (k = 0; k < len; k++)
			if (lower((unsigned char)s[i + k]) != weekdays[w][k])
				break;
		if (k == len) {
			if (j < n && s[j] == '.')
				j++;
			if (j < n && s[j] == ',')
				j++;
			return spaces(s, n, j);
		}
	}
	return i;
}

/* Feb 28, 2024; February 28th 2024; 28 Feb 2024; Tue, 28 Feb 2024. */
static size_t
parse_names(const char *s, size_t n, struct rw_date *d)
{
	size_t	 i = skip_weekday(s, n, 0), j;
	int	 m, day, y;

	if (i < n && isdig((unsigned char)s[i])) {
		if (digits(s, n, &i, 2, &day) == 0)
			return 0;
		if (has(s, n, i, "st") || has(s, n, i, "nd") ||
		    has(s, n, i, "rd") || has(s, n, i, "th"))
			i += 2;
		i = spaces(s, n, i);
		if (i < n && (s[i] == '-' || s[i] == '/'))
			i++;
		if ((m = month_name(s, n, &i)) == 0)
			return 0;
		if (i < n && (s[i] == '-' || s[i] == '/'))
			i++;
		if (i < n && s[i] == ',')
			i++;
		i = spaces(s, n, i);
	} else {
		if ((m = month_name(s, n, &i)) == 0)
			return 0;
		i = spaces(s, n, i);
		if (digits(s, n, &i, 2, &day) == 0)
			return 0;
		if (has(s, n, i, "st") || has(s, n, i, "nd") ||
		    has(s, n, i, "rd") || has(s, n, i, "th"))
			i += 2;
		if (i < n && s[i] == ',')
			i++;
		i = spaces(s, n, i);
	}
	j = i;
	if (digits(s, n, &j, 4, &y) != 4 || digit_at(s, n, j))
		return 0;
	d->year = y;
	d->month = m;
	d->day = day;
	return finish(s, n, j, d);
}

/* 20240228, 20240228T031900. */
static size_t
parse_compact(const char *s, size_t n, struct rw_date *d)
{
	size_t	 i = 0;
	int	 y, m, day, h, mi, sec;

	if (digits(s, n, &i, 4, &y) != 4 || digits(s, n, &i, 2, &m) != 2 ||
	    digits(s, n, &i, 2, &day) != 2 || (i < n &&
	    isdig((unsigned char)s[i])))
		return 0;
	d->year = y;
	d->month = m;
	d->day = day;
	if (i < n && s[i] == 'T') {
		size_t	 j = i + 1;

		if (digits(s, n, &j, 2, &h) == 2 &&
		    digits(s, n, &j, 2, &mi) == 2) {
			if (digits(s, n, &j, 2, &sec) != 2)
				sec = 0;
			if (!(j < n && isdig((unsigned char)s[j]))) {
				d->hour = h;
				d->min = mi;
				d->sec = sec;
				i = j + zone(s, n, j, d);
			}
		}
	}
	return rw_date_valid(d) ? i : 0;
}

size_t
rw_date_parse(const char *s, size_t n, int forms, struct rw_date *d)
{
	size_t	 k;

	if (n == 0)
		return 0;
	if (forms & (RW_DATE_YMD | RW_DATE_MONTH)) {
		date_init(d);
		if ((k = parse_ymd(s, n, forms, d)) > 0)
			return k;
	}
	if (forms & RW_DATE_DMY) {
		date_init(d);
		if ((k = parse_dmy(s, n, d)) > 0)
			return k;
	}
	if (forms & RW_DATE_NAMES) {
		date_init(d);
		if ((k = parse_names(s, n, d)) > 0)
			return k;
	}
	if (forms & RW_DATE_COMPACT) {
		date_init(d);
		if ((k = parse_compact(s, n, d)) > 0)
			return k;
	}
	date_init(d);
	return 0;
}

int
rw_date_find(const char *s, size_t n, int forms, struct rw_date *d,
    size_t *start, size_t *end)
{
	size_t	 i, k;
	int	 c, p;

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		p = i > 0 ? (unsigned char)s[i - 1] : ' ';
		if (isdig(c)) {
			if (isdig(p))
				continue;
		} else if (isalpha_ascii(c) && (forms & RW_DATE_NAMES)) {
			if (isalpha_ascii(p))
				continue;
		} else
			continue;
		if ((k = rw_date_parse(s + i, n - i, forms, d)) > 0) {
			*start = i;
			*end = i + k;
			return 1;
		}
	}
	return 0;
}

static int
url_sep(int c)
{
	return c == '/' || c == '-' || c == '_' || c == '.';
}

/* Length of the digit run at s[i]. */
static size_t
run(const char *s, size_t n, size_t i)
{
	size_t	 j = i;

	while (j < n && isdig((unsigned char)s[j]))
		j++;
	return j - i;
}

static int
num(const char *s, size_t len)
{
	int	 v = 0;
	size_t	 i;

	for (i = 0; i < len; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

int
rw_date_url(const char *url, struct rw_date *d)
{
	const char	*p, *s;
	size_t		 n, i, r, r2, r3, j;

	if ((p = strstr(url, "://")) != NULL) {
		if ((p = strchr(p + 3, '/')) == NULL)
			return 0;
	} else
		p = url;
	s = p;
	n = strcspn(s, "?#");
	for (i = 0; i < n; i += r > 0 ? r : 1) {
		r = run(s, n, i);
		if (r == 0 || (i > 0 && isdig((unsigned char)s[i - 1])))
			continue;
		date_init(d);
		/* 20240228, or an upload time 20240228093512 */
		if (r == 8 || (r == 14 && num(s + i + 8, 2) < 24 &&
		    num(s + i + 10, 2) < 60 && num(s + i + 12, 2) < 60)) {
			d->year = num(s + i, 4);
			d->month = num(s + i + 4, 2);
			d->day = num(s + i + 6, 2);
		} else if (r == 4 && i + r < n && url_sep(s[i + r])) {
			j = i + r + 1;
			r2 = run(s, n, j);
			d->year = num(s + i, 4);
			if (r2 == 4) {
				d->month = num(s + j, 2);
				d->day = num(s + j + 2, 2);
			} else if ((r2 == 1 || r2 == 2) && j + r2 < n &&
			    url_sep(s[j + r2])) {
				r3 = run(s, n, j + r2 + 1);
				if (r3 != 1 && r3 != 2)
					continue;
				d->month = num(s + j, r2);
				d->day = num(s + j + r2 + 1, r3);
			} else
				continue;
		} else
			continue;
		if (d->year >= 1990 && rw_date_valid(d))
			return 1;
	}
	date_init(d);
	return 0;
}

void
rw_date_iso(const struct rw_date *d, int tz_default, char out[RW_DATE_ISO_MAX])
{
	int	 tz, a;

	if (d->month == 0) {
		snprintf(out, RW_DATE_ISO_MAX, "%04d", d->year % 10000);
		return;
	}
	if (d->day == 0) {
		snprintf(out, RW_DATE_ISO_MAX, "%04d-%02d", d->year % 10000,
		    d->month % 100);
		return;
	}
	if (d->hour < 0 || (!d->has_tz && tz_default == RW_DATE_NO_TZ)) {
		snprintf(out, RW_DATE_ISO_MAX, "%04d-%02d-%02d",
		    d->year % 10000, d->month % 100, d->day % 100);
		return;
	}
	tz = d->has_tz ? d->tz : tz_default;
	a = tz < 0 ? -tz : tz;
	/* The modulos only tell the compiler the fields are two digits
	 * (valid dates are); a leap second is written as :59. */
	snprintf(out, RW_DATE_ISO_MAX,
	    "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d->year % 10000,
	    d->month % 100, d->day % 100, d->hour % 100, d->min % 100,
	    d->sec > 59 ? 59 : d->sec % 100, tz < 0 ? '-' : '+',
	    (a / 60) % 100, a % 60);
}
