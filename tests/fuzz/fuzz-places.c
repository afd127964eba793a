/* SPDX-License-Identifier: ISC */
/*
 * libFuzzer: text -> news items, places, campaigns and organisations.
 * The input's first line is the title, the rest the article text.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"
#include "items.h"
#include "record.h"
#include "utf8.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Loaded once per process. */
	static struct rw_gazetteer	*gz;
	struct rw_article		 a;
	struct rw_item			*items = NULL;
	struct rw_err			 e;
	size_t				 n = 0, i;
	char				*s, *nl;

	if (gz == NULL && (gz = rw_gazetteer_new(&e)) == NULL)
		abort();
	s = rw_utf8_sanitize((const char *)data, size);
	memset(&a, 0, sizeof(a));
	a.id = "0";
	a.file = "fuzz.html";
	a.lang = "zh-Hans";
	if ((nl = strchr(s, '\n')) != NULL) {
		*nl = '\0';
		a.title = s;
		a.text = nl + 1;
	} else
		a.text = s;
	if (rw_items_build(gz, &a, &items, &n, &e) == 0) {
		for (i = 0; i < n; i++)
			rw_item_clear(&items[i]);
		free(items);
	}
	free(s);
	return 0;
}
