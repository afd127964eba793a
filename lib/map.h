/* SPDX-License-Identifier: ISC */
/*
 * map.h - a hash map from byte-string keys to 64-bit values (indices,
 * offsets or counts).  Keys are copied; insertion order is not kept.
 */
#ifndef RW_MAP_H
#define RW_MAP_H

#include <stddef.h>
#include <stdint.h>

struct rw_map;

struct rw_map	*rw_map_new(void);
void		 rw_map_free(struct rw_map *);
/* Sets key to value (replacing any old value). */
void		 rw_map_put(struct rw_map *, const char *key, size_t len,
		    uint64_t value);
/* 1 and *value if present, else 0. */
int		 rw_map_get(const struct rw_map *, const char *key, size_t len,
		    uint64_t *value);
size_t		 rw_map_count(const struct rw_map *);

#endif
