/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <uchar.h>

#include "cjk.h"

int
rw_cjk_han(int32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0x20000 && c <= 0x3ffff) || (c >= 0xf900 && c <= 0xfaff);
}

int
rw_cjk_numeral(int32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19) ||
	    rw_cjk_in(c, U"〇一二三四五六七八九十两百千万");
}

int
rw_cjk_punct(int32_t c)
{
	if (c < 0x80)
		return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
		    (c >= 'A' && c <= 'Z'));
	return (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) ||
	    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff0f) ||
	    (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) ||
	    (c >= 0xff5b && c <= 0xff65) || c == 0x00a0 || c == 0x00b7;
}

int
rw_cjk_in(int32_t c, const char32_t *set)
{
	for (; *set != 0; set++)
		if ((int32_t)*set == c)
			return 1;
	return 0;
}

size_t
rw_cjk_at(const int32_t *t, size_t n, const char32_t *w)
{
	size_t	 k;

	for (k = 0; w[k] != 0; k++)
		if (k >= n || t[k] != (int32_t)w[k])
			return 0;
	return k;
}

size_t
rw_cjk_at_any(const int32_t *t, size_t n, const char32_t *const *ws)
{
	size_t	 k;

	if (n == 0)
		return 0;
	for (; *ws != NULL; ws++)
		if ((int32_t)(*ws)[0] == t[0] && (k = rw_cjk_at(t, n, *ws)) > 0)
			return k;
	return 0;
}

int
rw_cjk_ends(const int32_t *t, size_t n, const char32_t *w)
{
	size_t	 k;

	for (k = 0; w[k] != 0; k++)
		continue;
	return k > 0 && k <= n && rw_cjk_at(t + n - k, k, w) == k;
}

int
rw_cjk_has(const int32_t *t, size_t n, const char32_t *w)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (rw_cjk_at(t + i, n - i, w) > 0)
			return 1;
	return 0;
}
