/* SPDX-License-Identifier: ISC */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "utf8.h"
#include "hans.h"
#include "cpview.h"

void
rw_cpview_init(struct rw_cpview *v, const char *text, size_t len,
    const struct rw_hans *hans, int force)
{
	size_t	 i, n = 0;
	int	 k;

	memset(v, 0, sizeof(*v));
	v->text = text;
	v->len = len;
	v->cp = xreallocarray(NULL, len + 1, sizeof(*v->cp));
	v->boff = xreallocarray(NULL, len + 1, sizeof(*v->boff));
	for (i = 0; i < len; i += k, n++) {
		k = rw_utf8_decode(text + i, len - i, &v->cp[n]);
		if (v->cp[n] < 0)
			v->cp[n] = 0xfffd;
		v->boff[n] = i;
	}
	v->boff[n] = len;
	v->n = n;
	v->key = v->cp;
	if (hans != NULL && (force || rw_hans_traditional(v->cp, n))) {
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
