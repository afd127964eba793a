/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "map.h"
#include "util.h"

struct slot {
	char		*key;		/* NULL: empty */
	size_t		 len;
	uint64_t	 hash;
	uint64_t	 value;
};

struct rw_map {
	struct slot	*slots;
	size_t		 cap;		/* power of two */
	size_t		 n;
};

struct rw_map *
rw_map_new(void)
{
	struct rw_map	*m = xcalloc(1, sizeof(*m));

	m->cap = 16;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	return m;
}

void
rw_map_free(struct rw_map *m)
{
	size_t	 i;

	if (m == NULL)
		return;
	for (i = 0; i < m->cap; i++)
		free(m->slots[i].key);
	free(m->slots);
	free(m);
}

/* Linear probing; the table is kept at most half full. */
static struct slot *
lookup(const struct rw_map *m, const char *key, size_t len, uint64_t h)
{
	size_t		 i = (size_t)h & (m->cap - 1);
	struct slot	*s;

	for (;;) {
		s = &m->slots[i];
		if (s->key == NULL || (s->hash == h && s->len == len &&
		    memcmp(s->key, key, len) == 0))
			return s;
		i = (i + 1) & (m->cap - 1);
	}
}

static void
grow(struct rw_map *m)
{
	struct slot	*old = m->slots, *s;
	size_t		 oldcap = m->cap, i;

	m->cap *= 2;
	m->slots = xcalloc(m->cap, sizeof(*m->slots));
	for (i = 0; i < oldcap; i++) {
		if (old[i].key == NULL)
			continue;
		s = lookup(m, old[i].key, old[i].len, old[i].hash);
		*s = old[i];
	}
	free(old);
}

void
rw_map_put(struct rw_map *m, const char *key, size_t len, uint64_t value)
{
	uint64_t	 h = rw_hash64(key, len);
	struct slot	*s;

	if ((m->n + 1) * 2 > m->cap)
		grow(m);
	s = lookup(m, key, len, h);
	if (s->key == NULL) {
		s->key = xstrndup(key, len);
		s->len = len;
		s->hash = h;
		m->n++;
	}
	s->value = value;
}

int
rw_map_get(const struct rw_map *m, const char *key, size_t len,
    uint64_t *value)
{
	const struct slot	*s;

	s = lookup(m, key, len, rw_hash64(key, len));
	if (s->key == NULL)
		return 0;
	if (value != NULL)
		*value = s->value;
	return 1;
}

size_t
rw_map_count(const struct rw_map *m)
{
	return m->n;
}
