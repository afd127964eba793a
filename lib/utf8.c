/* SPDX-License-Identifier: ISC */
#include <string.h>

#include "util.h"
#include "utf8.h"

int
rw_utf8_decode(const char *str, size_t n, int32_t *cp)
{
	const unsigned char	*s = (const unsigned char *)str;
	int32_t			 c;
	int			 len, i;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xc2 && s[0] <= 0xdf) {
		len = 2;
		c = s[0] & 0x1f;
	} else if (s[0] >= 0xe0 && s[0] <= 0xef) {
		len = 3;
		c = s[0] & 0x0f;
	} else if (s[0] >= 0xf0 && s[0] <= 0xf4) {
		len = 4;
		c = s[0] & 0x07;
	} else
		goto bad;
	if ((size_t)len > n)
		goto bad;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			goto bad;
		c = (c << 6) | (s[i] & 0x3f);
	}
	/* Overlongs, surrogates and values past U+10FFFF. */
	if ((len == 3 && c < 0x800) || (len == 4 && c < 0x10000) ||
	    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
		goto bad;
	*cp = c;
	return len;
bad:
	*cp = -1;
	return 1;
}

int
rw_utf8_encode(int32_t cp, char out[4])
{
	if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		cp = 0xfffd;
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

int
rw_utf8_valid(const char *s, size_t n)
{
	size_t	 i = 0;
	int32_t	 cp;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		i += (size_t)rw_utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			return 0;
	}
	return 1;
}

char *
rw_utf8_sanitize(const char *s, size_t n)
{
	struct rw_buf	 b = RW_BUF_INIT;
	size_t		 i = 0;
	int32_t		 cp;
	int		 len;

	rw_buf_grow(&b, n);
	while (i < n) {
		len = rw_utf8_decode(s + i, n - i, &cp);
		if (cp < 0)
			rw_buf_add(&b, "\xef\xbf\xbd", 3);
		else if (cp != 0)
			rw_buf_add(&b, s + i, (size_t)len);
		i += (size_t)len;
	}
	return rw_buf_take(&b);
}

size_t
rw_utf8_count(const char *s, size_t n)
{
	size_t	 i, c = 0;

	/* Every byte that is not a continuation byte starts a code point;
	 * for valid UTF-8 (all we store) this equals a full decode. */
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			c++;
	return c;
}

size_t
rw_utf8_offset(const char *s, size_t n, size_t cp)
{
	size_t	 i, c = 0;

	for (i = 0; i < n; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (c == cp)
				return i;
			c++;
		}
	}
	return n;
}

int32_t
rw_utf8_fold_cp(int32_t cp)
{
	if (cp >= 0xff01 && cp <= 0xff5e)
		return cp - 0xff01 + 0x21;
	switch (cp) {
	case '\t': case '\n': case '\v': case '\f': case '\r':
	case 0x85: case 0xa0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202f: case 0x205f: case 0x3000:
		return ' ';
	case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
		return -1;
	}
	if (cp >= 0x2000 && cp <= 0x200a)
		return ' ';
	return cp;
}

void
rw_utf8_fold(const char *s, size_t n, struct rw_buf *b)
{
	size_t	 i = 0;
	int32_t	 cp, f;
	int	 len;
	char	 enc[4];

	rw_buf_grow(b, n);
	while (i < n) {
		if ((unsigned char)s[i] < 0x80 && s[i] != '\t' &&
		    s[i] != '\n' && s[i] != '\v' && s[i] != '\f' &&
		    s[i] != '\r') {
			if (s[i] != '\0')
				rw_buf_addc(b, s[i]);
			i++;
			continue;
		}
		len = rw_utf8_decode(s + i, n - i, &cp);
		i += (size_t)len;
		if (cp < 0)
			f = 0xfffd;
		else if ((f = rw_utf8_fold_cp(cp)) < 0)
			continue;
		rw_buf_add(b, enc, (size_t)rw_utf8_encode(f, enc));
	}
}
