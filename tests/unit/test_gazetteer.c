/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "util.h"
#include "gazetteer.h"
#include "trie.h"

static int
setup(void **state)
{
	struct rw_err	 err;

	*state = rw_gazetteer_new(&err);
	return *state == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	rw_gazetteer_free(*state);
	return 0;
}

static void
counts_and_levels(void **state)
{
	const struct rw_gazetteer	*gz = *state;
	size_t				 i, n[4] = { 0, 0, 0, 0 };

	assert_int_equal(rw_gazetteer_count(gz), 3212);
	for (i = 0; i < rw_gazetteer_count(gz); i++)
		n[rw_gazetteer_at(gz, i)->level]++;
	assert_int_equal(n[RW_LEVEL_PROVINCE], 34);
	assert_int_equal(n[RW_LEVEL_PREFECTURE], 333);
	assert_int_equal(n[RW_LEVEL_COUNTY], 2845);
	assert_null(rw_gazetteer_at(gz, 3212));
}

static void
hierarchy(void **state)
{
	const struct rw_gazetteer	*gz = *state;
	const struct rw_region		*mdj, *hlj, *aimin, *r;
	size_t				 i;
	int				 found = 0;

	mdj = rw_gazetteer_get(gz, "231000");
	hlj = rw_gazetteer_get(gz, "230000");
	aimin = rw_gazetteer_get(gz, "231004");
	assert_non_null(mdj);
	assert_string_equal(mdj->name, "牡丹江市");
	assert_string_equal(mdj->short_name, "牡丹江");
	assert_int_equal(mdj->level, RW_LEVEL_PREFECTURE);
	assert_ptr_equal(mdj->parent, hlj);
	assert_ptr_equal(mdj->province, hlj);
	assert_ptr_equal(hlj->province, hlj);
	assert_null(hlj->parent);
	assert_string_equal(aimin->name, "爱民区");
	assert_ptr_equal(aimin->parent, mdj);
	for (i = 0; i < mdj->nchildren; i++)
		if (mdj->children[i] == aimin)
			found = 1;
	assert_true(found);
	for (i = 0; i < hlj->nchildren; i++)
		assert_ptr_equal(hlj->children[i]->parent, hlj);
	assert_ptr_equal(rw_region_ancestor(aimin, RW_LEVEL_PREFECTURE), mdj);
	assert_ptr_equal(rw_region_ancestor(aimin, RW_LEVEL_PROVINCE), hlj);
	assert_null(rw_region_ancestor(hlj, RW_LEVEL_COUNTY));
	assert_true(rw_region_within(aimin, hlj));
	assert_false(rw_region_within(hlj, aimin));
	/* a county under a municipality has the province as parent */
	r = rw_gazetteer_get(gz, "500157");
	assert_string_equal(r->name, "两江新区");
	assert_string_equal(r->parent->code, "500000");
	/* 渭南 临渭 + 华州 -> 渭南; 渭南 + 牡丹江 -> none */
	assert_string_equal(rw_region_lca(rw_gazetteer_get(gz, "610502"),
	    rw_gazetteer_get(gz, "610503"))->code, "610500");
	assert_null(rw_region_lca(mdj, rw_gazetteer_get(gz, "610500")));
	assert_null(rw_gazetteer_get(gz, "999999"));
	assert_null(rw_gazetteer_get(gz, "61050"));
}

static void
retired_codes(void **state)
{
	const struct rw_gazetteer	*gz = *state;
	const struct rw_region		*out[8];

	/* 密云县 -> 密云区; 库车县 -> 库车市 */
	assert_string_equal(rw_gazetteer_code(gz, "110228")->code, "110118");
	assert_null(rw_gazetteer_get(gz, "110228"));
	assert_string_equal(rw_gazetteer_code(gz, "652923")->code, "652902");
	/* Chongqing 2025: 江北区 and 渝北区 -> 两江新区 */
	assert_string_equal(rw_gazetteer_code(gz, "500105")->code, "500157");
	/* split between three districts of 秦皇岛: the prefecture */
	assert_int_equal(rw_gazetteer_successors(gz, "130323", out, 8), 3);
	assert_string_equal(out[0]->code, "130302");
	assert_string_equal(rw_gazetteer_code(gz, "130323")->code, "130300");
	/* a current code is its own successor */
	assert_int_equal(rw_gazetteer_successors(gz, "610500", out, 8), 1);
	assert_string_equal(out[0]->code, "610500");
	assert_int_equal(rw_gazetteer_successors(gz, "000000", out, 8), 0);
	assert_null(rw_gazetteer_code(gz, "000000"));
}

static void
names(void **state)
{
	const struct rw_gazetteer	*gz = *state;
	const struct rw_name		*nm;

	nm = rw_gazetteer_name(gz, "牡丹江市");
	assert_non_null(nm);
	assert_int_equal(nm->ncands, 1);
	assert_int_equal(nm->cands[0].kind, RW_NAME_FULL);
	assert_string_equal(nm->cands[0].region->code, "231000");
	nm = rw_gazetteer_name(gz, "青海");
	assert_int_equal(nm->cands[0].kind, RW_NAME_SHORT);
	assert_string_equal(nm->cands[0].region->code, "630000");
	/* a full name shared by four counties */
	nm = rw_gazetteer_name(gz, "鼓楼区");
	assert_int_equal(nm->ncands, 4);
	/* an ambiguous short form: the assigned region comes first */
	nm = rw_gazetteer_name(gz, "朝阳");
	assert_true(nm->ncands >= 3);
	assert_true(nm->cands[0].assigned);
	assert_string_equal(nm->cands[0].region->code, "211300");
	/* aliases: short name + 州 / 县 */
	nm = rw_gazetteer_name(gz, "恩施州");
	assert_int_equal(nm->cands[0].kind, RW_NAME_ALIAS);
	assert_string_equal(nm->cands[0].region->code, "422800");
	nm = rw_gazetteer_name(gz, "互助县");
	assert_string_equal(nm->cands[0].region->code, "630223");
	/* retired names still find their successor */
	nm = rw_gazetteer_name(gz, "库车县");
	assert_int_equal(nm->cands[0].kind, RW_NAME_RETIRED);
	assert_string_equal(nm->cands[0].region->code, "652902");
	/* generic words among full names are weak */
	assert_true(rw_gazetteer_name(gz, "城区")->flags & RW_NAME_WEAK);
	assert_true(rw_gazetteer_name(gz, "范县")->flags & RW_NAME_WEAK);
	assert_true(rw_gazetteer_name(gz, "市中区")->flags & RW_NAME_WEAK);
	assert_true(rw_gazetteer_name(gz, "复兴区")->flags & RW_NAME_WEAK);
	assert_false(rw_gazetteer_name(gz, "临渭区")->flags & RW_NAME_WEAK);
	/* everyday-word short names */
	assert_true(rw_gazetteer_get(gz, "630223")->flags & RW_REGION_COMMON);
	assert_true(rw_gazetteer_get(gz, "610900")->flags & RW_REGION_COMMON);
	assert_false(rw_gazetteer_get(gz, "610500")->flags & RW_REGION_COMMON);
	assert_null(rw_gazetteer_name(gz, "黑龙"));
	assert_null(rw_gazetteer_name(gz, ""));
}

static void
prefix_match(void **state)
{
	const struct rw_gazetteer	*gz = *state;
	const struct rw_name		*out[8];
	/* 牡丹江市民政局 */
	const int32_t	 text[] = { 0x7261, 0x4e39, 0x6c5f, 0x5e02, 0x6c11,
	    0x653f, 0x5c40 };

	/* 牡丹 is 菏泽's 牡丹区 */
	assert_int_equal(rw_gazetteer_match(gz, text, 7, out, 8), 3);
	assert_string_equal(out[0]->text, "牡丹");
	assert_string_equal(out[1]->text, "牡丹江");
	assert_string_equal(out[2]->text, "牡丹江市");
	assert_int_equal(rw_gazetteer_match(gz, text + 4, 3, out, 8), 0);
}

static void
trie_basics(void **state)
{
	struct rw_trie		*t = rw_trie_new();
	struct rw_trie_hit	 hits[4];
	const int32_t		 abc[] = { 'a', 'b', 'c' };
	uint32_t		 v = 0;
	char			 key[16];
	int			 i;

	(void)state;
	assert_int_equal(rw_trie_add_utf8(t, "ab", 1), 0);
	assert_int_equal(rw_trie_add_utf8(t, "a", 2), 0);
	assert_int_equal(rw_trie_add_utf8(t, "ab", 3), -1);
	assert_int_equal(rw_trie_add(t, abc, 0, 4), -1);
	/* enough keys to grow the edge table */
	for (i = 0; i < 3000; i++) {
		snprintf(key, sizeof(key), "k%d", i);
		assert_int_equal(rw_trie_add_utf8(t, key, 100 + i), 0);
	}
	assert_int_equal(rw_trie_prefixes(t, abc, 3, hits, 4), 2);
	assert_int_equal(hits[0].len, 1);
	assert_int_equal(hits[0].value, 2);
	assert_int_equal(hits[1].len, 2);
	assert_int_equal(hits[1].value, 1);
	assert_int_equal(rw_trie_longest(t, abc, 3, &v), 2);
	assert_int_equal(v, 1);
	assert_int_equal(rw_trie_longest(t, abc + 1, 2, &v), 0);
	{
		const int32_t k2999[] = { 'k', '2', '9', '9', '9' };

		assert_int_equal(rw_trie_longest(t, k2999, 5, &v), 5);
		assert_int_equal(v, 3099);
	}
	rw_trie_free(t);
	rw_trie_free(NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(counts_and_levels),
		cmocka_unit_test(hierarchy),
		cmocka_unit_test(retired_codes),
		cmocka_unit_test(names),
		cmocka_unit_test(prefix_match),
		cmocka_unit_test(trie_basics),
	};

	rw_gazetteer_free(NULL);
	return cmocka_run_group_tests(tests, setup, teardown);
}
