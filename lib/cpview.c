/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "utf8.h"
#include "hans.h"
#include "cpview.h"

/* rw_utf8_decode with the common cases (ASCII, valid BMP) inline. */
static inline int
decode(const char *text, size_t n, int32_t *cp)
{
	const unsigned char	*s = (const unsigned char *)text;
	int32_t			 c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if (s[0] >= 0xe0 && s[0] <= 0xef && n >= 3 &&
	    (s[1] & 0xc0) == 0x80 && (s[2] & 0xc0) == 0x80) {
		c = (s[0] & 0x0f) << 12 | (s[1] & 0x3f) << 6 | (s[2] & 0x3f);
		if (c >= 0x800 && (c < 0xd800 || c > 0xdfff)) {
			*cp = c;
			return 3;
		}
	}
	return rw_utf8_decode(text, n, cp);
}

void
rw_cpview_init(struct rw_cpview *v, const char *text, size_t len,
    const struct rw_hans *hans, size_t trad)
{
	size_t	 i, n = 0;
	int32_t	 c;
	int	 k;

	memset(v, 0, sizeof(*v));
	v->text = text;
	v->len = len;
	/* one entry per code point (a third of the bytes in Chinese) */
	for (i = 0; i < len; i += k, n++)
		k = decode(text + i, len - i, &c);
	v->cp = xreallocarray(NULL, n + 1, sizeof(*v->cp));
	v->boff = xreallocarray(NULL, n + 1, sizeof(*v->boff));
	for (i = 0, n = 0; i < len; i += k, n++) {
		k = decode(text + i, len - i, &v->cp[n]);
		if (v->cp[n] < 0)
			v->cp[n] = 0xfffd;
		v->boff[n] = i;
	}
	v->boff[n] = len;
	v->n = n;
	v->key = v->cp;
	if (hans != NULL && rw_hans_traditional(v->cp, n, trad) >= trad) {
		v->key = xreallocarray(NULL, n + 1, sizeof(*v->key));
		rw_hans_map(hans, v->cp, v->key, n);
	}
}

void
rw_cpview_free(struct rw_cpview *v)
{
	if (v->key != v->cp)
		free(v->key);
	free(v->cp);
	free(v->boff);
	memset(v, 0, sizeof(*v));
}

char *
rw_cpview_strdup(const struct rw_cpview *v, size_t start, size_t end)
{
	if (end > v->n)
		end = v->n;
	if (start > end)
		start = end;
	return xstrndup(v->text + v->boff[start],
	    v->boff[end] - v->boff[start]);
}
