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
#include "utf8.h"
#include "cpview.h"
#include "gazetteer.h"
#include "place.h"
#include "org.h"

static struct rw_gazetteer *gz;

static int
setup(void **state)
{
	struct rw_err	 err;

	(void)state;
	gz = rw_gazetteer_new(&err);
	return gz == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	rw_gazetteer_free(gz);
	return 0;
}

/*
 * The bodies named in text as "name@code" (a place), "name@省" (relative
 * to the place in focus), "name@national", with "+facility" for homes
 * and stations; space-separated, caller frees.
 */
static char *
orgs(const char *text)
{
	struct rw_cpview	 v;
	struct rw_places	 ps;
	struct rw_orgs		 o;
	struct rw_buf		 b = RW_BUF_INIT;
	size_t			 i;
	char			*s, lv[8];

	rw_cpview_init(&v, text, strlen(text), rw_gazetteer_hans(gz),
	    RW_CPVIEW_TRAD);
	rw_places_init(&ps, gz);
	rw_places_find(&ps, &v, 0, v.n, 0);
	rw_places_resolve(&ps, NULL, 0);
	memset(&o, 0, sizeof(o));
	rw_orgs_find(&o, &v, 0, v.n, &ps, 0);
	for (i = 0; i < o.n; i++) {
		s = rw_cpview_strdup(&v, o.v[i].start, o.v[i].end);
		if (o.v[i].rel != 0)
			lv[rw_utf8_encode(o.v[i].rel, lv)] = '\0';
		rw_buf_printf(&b, "%s%s@%s%s", i > 0 ? " " : "", s,
		    o.v[i].region != NULL ? o.v[i].region->code :
		    o.v[i].rel != 0 ? lv : o.v[i].national ? "national" : "?",
		    o.v[i].facility ? "+facility" : "");
		free(s);
	}
	rw_buf_cstr(&b);
	rw_orgs_free(&o);
	rw_places_free(&ps);
	rw_cpview_free(&v);
	return rw_buf_take(&b);
}

#define ORGS_EQ(text, want) do {					\
	char *got_ = orgs(text);					\
	assert_string_equal(got_, (want));				\
	free(got_);							\
} while (0)

static void
named_by_places(void **state)
{
	(void)state;
	ORGS_EQ("甘肃省民政厅联合甘肃省慈善总会启动活动",
	    "甘肃省民政厅@620000 甘肃省慈善总会@620000");
	ORGS_EQ("河北省石家庄市民政局党组书记",
	    "河北省石家庄市民政局@130100");
	/* a short name, a middle name, a town between place and home */
	ORGS_EQ("兰州慈善基金会和浙江省春晖公益基金会",
	    "兰州慈善基金会@620100 浙江省春晖公益基金会@330000");
	ORGS_EQ("在宝鸡市陈仓区虢镇中心敬老院",
	    "宝鸡市陈仓区虢镇中心敬老院@610304+facility");
	ORGS_EQ("宁陕县人民政府和宁陕县红十字会",
	    "宁陕县人民政府@610923 宁陕县红十字会@610923");
}

static void
relative_and_national(void **state)
{
	(void)state;
	ORGS_EQ("由省民政厅、市慈善会和中华慈善总会共同发起",
	    "省民政厅@省 市慈善会@市 中华慈善总会@national");
	ORGS_EQ("石泉县民政局联合县慈善协会",
	    "石泉县民政局@610922 县慈善协会@县");
	ORGS_EQ("自治区民政厅和中国红十字会", "自治区民政厅@省 "
	    "中国红十字会@national");
	ORGS_EQ("民政部近日印发通知", "民政部@national");
}

static void
not_names(void **state)
{
	(void)state;
	/* a head with nothing naming it */
	ORGS_EQ("各地慈善会和该局", "");
	ORGS_EQ("其他兄弟省市慈善会", "");
	ORGS_EQ("全省8市2州慈善会", "");
	ORGS_EQ("市、县、区三级慈善协会", "");
	ORGS_EQ("市县各民政局局长", "");
	/* departments in general */
	ORGS_EQ("民政部门和政府部门", "");
	/* a deictic, not a name */
	ORGS_EQ("我市民政局", "");
	ORGS_EQ("党和政府的关怀", "");
}

static void
traditional(void **state)
{
	(void)state;
	/* as written, found through the Simplified view */
	ORGS_EQ("廈門市民政局、廈門市慈善會和市福彩中心聯合舉辦",
	    "廈門市民政局@350200 廈門市慈善會@350200 市福彩中心@市");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(named_by_places),
		cmocka_unit_test(relative_and_national),
		cmocka_unit_test(not_names),
		cmocka_unit_test(traditional),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
