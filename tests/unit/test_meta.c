/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "body.h"
#include "html.h"
#include "meta.h"
#include "record.h"

/* Metadata of an HTML snippet, with an empty body (no extractor). */
static struct rw_article *
meta(const char *html)
{
	struct rw_article	*a = rw_article_new();
	struct rw_doc		*d;
	struct rw_body		 b;
	struct rw_err		 e;

	d = rw_doc_parse(html, strlen(html), &e);
	assert_non_null(d);
	memset(&b, 0, sizeof(b));
	b.root = RW_NONE;
	b.text = "";
	assert_int_equal(rw_meta_extract(d, &b, a, &e), 0);
	rw_doc_free(d);
	return a;
}

/* The same with the given images in the body, as the extractor gives. */
static struct rw_article *
meta_images(const char *html, const char *src1, const char *src2)
{
	struct rw_article	*a = rw_article_new();
	struct rw_doc		*d;
	struct rw_body		 b;
	struct rw_image		 im[2];
	struct rw_err		 e;

	d = rw_doc_parse(html, strlen(html), &e);
	assert_non_null(d);
	memset(&b, 0, sizeof(b));
	memset(im, 0, sizeof(im));
	im[0].src = (char *)src1;
	im[1].src = (char *)src2;
	b.root = RW_NONE;
	b.text = "";
	b.images = im;
	b.nimages = src2 != NULL ? 2 : 1;
	assert_int_equal(rw_meta_extract(d, &b, a, &e), 0);
	rw_doc_free(d);
	return a;
}

#define STR(a, want)	do {						\
	if ((want) == NULL)						\
		assert_null(a);						\
	else {								\
		assert_non_null(a);					\
		assert_string_equal((a), (want));			\
	}								\
} while (0)

/* Headlines the snippets share. */
#define H1	"<h1>县民政局开展冬季走访慰问</h1>"
#define H1T	"<h1>漳州啟動寒冬送溫暖行動</h1>"

static const char para[] =
    "<p>近日，县民政局组织工作人员深入各乡镇，开展冬季困难群众走访慰问活动，"
    "为困难群众送去棉被、大米等物资，共计慰问困难群众200户。</p>";

static void
title_without_site_suffix(void **state)
{
	struct rw_article	*a;
	char			 html[4096];

	(void)state;
	a = meta("<title>闪耀在寒冬里的那片“民政红”_国内_资讯快照</title>"
	    "<h1>闪耀在寒冬里的那片“民政红”</h1>");
	STR(a->title, "闪耀在寒冬里的那片“民政红”");
	rw_article_free(a);
	/* No headline element: the <title> less its suffix. */
	a = meta("<title>全省启动寒冬送温暖行动 - 公益时报网</title><p>x</p>");
	STR(a->title, "全省启动寒冬送温暖行动");
	rw_article_free(a);
	a = meta("<title>淮北日报-2024年02月06日-第02版:要闻-淮北启动"
	    "“慈善情暖万家”活动</title><div>淮北启动“慈善情暖万家”活动</div>");
	STR(a->title, "淮北启动“慈善情暖万家”活动");
	rw_article_free(a);
	/* The site's name in an <h1> loses to the headline by the text. */
	snprintf(html, sizeof(html), "<title>县民政局开展走访慰问_某某县人民"
	    "政府</title><h1>某某县人民政府</h1><div class=nav><a>首页</a>"
	    "</div><div><h2>县民政局开展走访慰问</h2>%s</div>", para);
	a = meta(html);
	STR(a->title, "县民政局开展走访慰问");
	rw_article_free(a);
	/* No <h1>, only the site in <title>: the line above the fields. */
	snprintf(html, sizeof(html), "<title>某某手机网</title>"
	    "<a href=/>首页</a>"
	    "<div class=tt>区民政局为困难群众送去冬衣棉被</div><div>2024-01-20 "
	    "来源：某某区融媒体中心</div>%s", para);
	a = meta(html);
	STR(a->title, "区民政局为困难群众送去冬衣棉被");
	rw_article_free(a);
	/* og:title when the page agrees with nothing. */
	a = meta("<title>某某网</title><meta property=og:title "
	    "content=\"救助站开展夜间巡查 - 某某网\">");
	STR(a->title, "救助站开展夜间巡查");
	rw_article_free(a);
}

static void
date_forms(void **state)
{
	struct rw_article	*a;
	char			 html[4096];

	(void)state;
	snprintf(html, sizeof(html), H1 "<div>发布时间：2024-02-28 "
	    "03:19:00　来源：每日看点</div>%s", para);
	a = meta(html);
	STR(a->published, "2024-02-28T03:19:00+08:00");
	STR(a->source, "每日看点");
	rw_article_free(a);
	snprintf(html, sizeof(html), H1 "<div>发布日期：2020年1月18日"
	    "</div>%s", para);
	a = meta(html);
	STR(a->published, "2020-01-18");
	rw_article_free(a);
	/* Unlabelled, in the line under the headline. */
	snprintf(html, sizeof(html), H1 "<div>2024/1/20 星期六</div>%s",
	    para);
	a = meta(html);
	STR(a->published, "2024-01-20");
	rw_article_free(a);
	/* Metadata, ISO with its own offset. */
	a = meta("<meta property=\"article:published_time\" "
	    "content=\"2024-02-28T03:19:00Z\"><h1>x</h1>");
	STR(a->published, "2024-02-28T03:19:00+00:00");
	rw_article_free(a);
	/* JSON-LD, also when broken. */
	a = meta("<script type=\"application/ld+json\">"
	    "{\"@type\":\"NewsArticle\","
	    "\"datePublished\":\"2023-11-30T08:05:00+08:00\"}</script>");
	STR(a->published, "2023-11-30T08:05:00+08:00");
	rw_article_free(a);
	a = meta("<script type=\"application/ld+json\">{\"datePublished\": "
	    "\"2023-11-30\", \"headline\": \"a\nb\",,}</script>");
	STR(a->published, "2023-11-30");
	rw_article_free(a);
	/* A table cell holds the label, the next one the date. */
	snprintf(html, sizeof(html), "<h1>通告</h1><table><tr>"
	    "<td>成文日期：</td>"
	    "<td>2022年01月27日</td></tr></table>%s", para);
	a = meta(html);
	STR(a->published, "2022-01-27");
	rw_article_free(a);
}

static void
date_from_url_and_title(void **state)
{
	struct rw_article	*a;
	char			 html[4096];

	(void)state;
	snprintf(html, sizeof(html), "<link rel=canonical href=\"http://a.cn/"
	    "kz/2024/0228/75213396.html\">" H1 "%s", para);
	a = meta(html);
	STR(a->published, "2024-02-28");
	STR(a->url, "http://a.cn/kz/2024/0228/75213396.html");
	rw_article_free(a);
	/* An e-paper: the date and the paper in the <title>. */
	snprintf(html, sizeof(html), "<title>陕西日报-2024年04月06日-"
	    "第03版:要闻-"
	    "救助行动结束</title><h1>救助行动结束</h1>%s", para);
	a = meta(html);
	STR(a->published, "2024-04-06");
	STR(a->source, "陕西日报");
	rw_article_free(a);
	/* An e-paper whose <title> names only the paper: the dateline
	 * above the headline and the paper's name. */
	snprintf(html, sizeof(html), "<title>淮北日报数字报</title><div>"
	    "2024年02月06日 星期二 第02版:要闻 <a href=x>上一期</a></div>"
	    "<ul><li><a href=n1>第01版:要闻</a></li></ul>" H1 "%s", para);
	a = meta(html);
	STR(a->published, "2024-02-06");
	STR(a->source, "淮北日报");
	rw_article_free(a);
	snprintf(html, sizeof(html), "<title>第03版：要闻</title><div "
	    "class=logo><img src=l.png alt=\"南方某日报\"></div>" H1 "%s",
	    para);
	a = meta(html);
	STR(a->source, "南方某日报");
	rw_article_free(a);
	/* The CleanEval pseudo-tag carries the URL. */
	a = meta("<text id=\"http://a.cn/news/2005-03-21/1.shtml\" title=\"t\">"
	    "<html><body><p>x</p></body></html></text>");
	STR(a->url, "http://a.cn/news/2005-03-21/1.shtml");
	STR(a->published, "2005-03-21");
	rw_article_free(a);
}

static void
date_of_the_images(void **state)
{
	struct rw_article	*a;
	char			 html[4096];

	(void)state;
	/* No date anywhere else: an image's upload time or folder. */
	snprintf(html, sizeof(html), "<title>x</title>" H1 "%s", para);
	a = meta_images(html, "/uploadfiles/2021/11/20211118093512.jpg",
	    NULL);
	STR(a->published, "2021-11-18");
	rw_article_free(a);
	a = meta_images(html, "/images/banner.jpg", "/pic/2021/0108/1_1.jpg");
	STR(a->published, "2021-01-08");
	rw_article_free(a);
	/* The page's own date wins over the images'. */
	snprintf(html, sizeof(html), "<title>x</title>" H1 "<div>发布时间："
	    "2023-03-14</div>%s", para);
	a = meta_images(html, "/pic/2021/0108/1_1.jpg", NULL);
	STR(a->published, "2023-03-14");
	rw_article_free(a);
}

static void
epaper_mastheads(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	/* The date at the start of the line of edition links. */
	snprintf(html, sizeof(html), "<title>某某日报数字报-县民政局开展冬季"
	    "走访慰问</title><table><tr><td>2019年07月02日 星期二 | "
	    "<a href=1>第01版：要闻</a> | <a href=2>第02版：综合新闻</a> | "
	    "<a href=3>第03版：民生</a> | <a href=p>&lt;&lt;上一期</a> "
	    "<a href=n>下一期&gt;&gt;</a></td></tr></table>" H1 "%s", para);
	a = meta(html);
	STR(a->published, "2019-07-02");
	rw_article_free(a);
	/* Not on a page that is no e-paper: a portal's navigation. */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问_某某网"
	    "</title><div>2019年07月02日 星期二 | <a href=1>首页</a> | "
	    "<a href=2>新闻中心</a> | <a href=3>政务公开</a> | <a href=4>"
	    "办事服务</a> | <a href=5>互动交流</a> | <a href=6>走进某某</a>"
	    "</div>" H1 "%s", para);
	a = meta(html);
	STR(a->published, NULL);
	rw_article_free(a);
	/* A date in a meta tag whose name says so; the digital edition's
	 * name in <title> before the headline; 第001版 is an edition. */
	snprintf(html, sizeof(html), "<title>江南晨报数字报-县民政局开展冬季"
	    "走访慰问</title><meta name=\"paper-date\" content=\"2021-12-03\">"
	    "<div><b>第001版：要闻</b></div>" H1 "%s", para);
	a = meta(html);
	STR(a->published, "2021-12-03");
	STR(a->source, "江南晨报");
	rw_article_free(a);
	/* Dates of other things are not publication dates. */
	snprintf(html, sizeof(html), "<meta name=\"lastmod-date\" "
	    "content=\"2023-05-06\"><meta name=\"event_start_time\" "
	    "content=\"2023-06-01 10:00\">" H1 "%s", para);
	a = meta(html);
	STR(a->published, NULL);
	rw_article_free(a);
	/* The masthead: the logo's paper, the date and weekday
	 * beside links to the previous and next issue, editions without
	 * 第 ("03版:民生"). */
	snprintf(html, sizeof(html), "<title>北川日报数字报</title>"
	    "<div class=top><img class=logo src=a.png alt=\"北川日报\">"
	    "<div>2022年12月09日 星期五 <a href=p>上一期</a> "
	    "<a href=n>下一期</a> <a href=o>往期回顾</a></div></div>"
	    "<div><a href=1>01版:要闻</a><a href=3>03版:民生</a></div>"
	    H1 "%s", para);
	a = meta(html);
	STR(a->published, "2022-12-09");
	STR(a->source, "北川日报");
	rw_article_free(a);
	/* The description of an e-paper page names the paper and day. */
	snprintf(html, sizeof(html), "<title>新闻</title><meta "
	    "name=\"description\" content=\"南岭晚报 2020年01月15日 "
	    "第05版：社会\">" H1 "%s", para);
	a = meta(html);
	STR(a->published, "2020-01-15");
	STR(a->source, "南岭晚报");
	rw_article_free(a);
	/* A description that is prose is no masthead. */
	snprintf(html, sizeof(html), "<title>新闻</title><meta "
	    "name=\"description\" content=\"南岭晚报记者2020年01月15日从"
	    "县民政局获悉\">" H1 "%s", para);
	a = meta(html);
	STR(a->published, NULL);
	STR(a->source, NULL);
	rw_article_free(a);
}

static void
dates_of_other_articles_ignored(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	/* Month and day only: no year, no date.  The related list, the
	 * sidebar, the copyright line and prev/next carry other dates. */
	snprintf(html, sizeof(html), "<div class=t>区民政局送温暖</div>"
	    "<div>02月05日 来源：某某区民政局</div>%s<p>2023年12月15日，"
	    "习近平总书记作出重要指示，要求全力做好应对处置，确保人民群众"
	    "安全温暖过冬。</p><ul><li><a href=/1>其他新闻</a>"
	    "<span>2025-01-26 17:50:00</span></li></ul><div class=side>"
	    "2024-01-01</div><p>上一篇：<a href=/2>会议召开</a> "
	    "[2024-01-19]</p>"
	    "<div class=footer>Copyright © 2019-2024 某某网</div>", para);
	a = meta(html);
	STR(a->published, NULL);
	STR(a->source, "某某区民政局");
	rw_article_free(a);
}

static void
source_and_origin(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	/* 本文转自 gives the origin; other 本文转自 lines in the related
	 * snippets are not the page's. */
	snprintf(html, sizeof(html), H1 "<div>来源：看点快报</div>"
	    "<div><p>本文转自：公益时报</p>%s<p>（据《辽沈晚报》）</p></div>"
	    "<ul><li><a href=/1>本文转自：焦作日报温县民政局寒冬送温暖"
	    "</a></li></ul>", para);
	a = meta(html);
	STR(a->source, "看点快报");
	STR(a->origin, "公益时报");
	rw_article_free(a);
	/* A closing (据XX) of a single article. */
	snprintf(html, sizeof(html), H1 "<div>来源：公益时报</div>"
	    "%s<p>走访慰问困难群众300户。(据湖南省民政厅)</p>"
	    "<div>责任编辑：刘文静</div>", para);
	a = meta(html);
	STR(a->origin, "湖南省民政厅");
	rw_article_free(a);
	/* A roundup: one (据XX) per item, no page origin. */
	snprintf(html, sizeof(html), "<h1>各地速递</h1><h3>甲</h3>%s"
	    "<p>（据甲县民政局）</p><h3>乙</h3>%s<p>（据乙市日报）</p>",
	    para, para);
	a = meta(html);
	STR(a->origin, NULL);
	rw_article_free(a);
	/* Also when only the last item has one. */
	snprintf(html, sizeof(html), "<h1>各地民政动态速递</h1>"
	    "<h3>甲县启动冬季救助"
	    "行动</h3>%s<h3>乙市开展节前走访慰问</h3>%s<p>（据乙市日报）</p>",
	    para, para);
	a = meta(html);
	STR(a->origin, NULL);
	rw_article_free(a);
	/* 稿源 beside a 来源; Traditional names kept as written. */
	snprintf(html, sizeof(html), H1T "<div><span>來源:台海網</span>"
	    "</div>%s<p class=gy>稿源:海峽導報</p>", para);
	a = meta(html);
	STR(a->source, "台海網");
	STR(a->origin, "海峽導報");
	rw_article_free(a);
	/* 稿源 alone names the publisher. */
	snprintf(html, sizeof(html), H1 "<div>稿源：中新网</div>%s",
	    para);
	a = meta(html);
	STR(a->source, "中新网");
	STR(a->origin, NULL);
	rw_article_free(a);
	/* (据了解) is no attribution. */
	snprintf(html, sizeof(html), H1 "%s<p>活动将持续到三月（据了解）"
	    "</p>", para);
	a = meta(html);
	STR(a->origin, NULL);
	rw_article_free(a);
}

static void
site_and_registration(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	/* SiteName first; 网站标识码 before 公网安备 before the ICP licence */
	snprintf(html, sizeof(html), "<title>区民政局织密救助网-石家庄市长安区"
	    "人民政府</title><meta name=\"SiteName\" content=\"石家庄市长安区"
	    "人民政府\">" H1 "<div>来源：长安区民政局</div>%s<div id=footer>"
	    "<p>冀ICP备05001287号-1 冀公网安备 13010202000318号</p><p>网站"
	    "标识码：1301020004</p></div>", para);
	a = meta(html);
	STR(a->site, "石家庄市长安区人民政府");
	STR(a->site_code, "130102");
	STR(a->source, "长安区民政局");
	rw_article_free(a);
	/* the <title> part beside the headline; the police filing number */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问_工作"
	    "动态_某某县人民政府</title>" H1 "%s<div class=foot>黔ICP备"
	    "05007719号 黔公网安备 52020302000108号</div>", para);
	a = meta(html);
	STR(a->site, "某某县人民政府");
	STR(a->site_code, "520203");
	/* no 来源 field: the site publishes the page */
	STR(a->source, "某某县人民政府");
	rw_article_free(a);
	/* a site after the headline, its edition word dropped; a section
	 * in between loses to a name with a site's ending */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问 | "
	    "两岸新闻网 行动版</title>" H1 "%s", para);
	a = meta(html);
	STR(a->site, "两岸新闻网");
	STR(a->site_code, NULL);
	rw_article_free(a);
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问 - 资讯"
	    "快照 - 国内</title>" H1 "%s", para);
	a = meta(html);
	STR(a->site, "资讯快照");
	rw_article_free(a);
	/* an e-paper's masthead before the date and the edition */
	snprintf(html, sizeof(html), "<title>某某日报-2024年02月06日-第02版:"
	    "要闻-县民政局开展冬季走访慰问</title>" H1 "%s", para);
	a = meta(html);
	STR(a->site, "某某日报");
	rw_article_free(a);
	/* the footer's host: "主办：…办公室" and "… 主办"; the ICP province */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    H1 "<div>来源：区民政局</div>%s<footer><p>主办：天津市和平区人民"
	    "政府办公室　承办：天津市和平区信息中心</p><p>津ICP备05004329号"
	    "</p></footer>", para);
	a = meta(html);
	STR(a->site, "天津市和平区人民政府");
	STR(a->site_code, "120000");
	STR(a->source, "区民政局");
	rw_article_free(a);
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    H1 "%s<div id=foot><a href=/>电脑版</a><br>晋城市城区人民政府"
	    "办公室 主办</div>", para);
	a = meta(html);
	STR(a->site, "晋城市城区人民政府");
	rw_article_free(a);
	/* no 主办 line: the copyright holder */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    H1 "%s<div class=foot>&copy; 2017 两岸新闻网 版权所有 | "
	    "<a href=/>电脑版</a></div>", para);
	a = meta(html);
	STR(a->site, "两岸新闻网");
	rw_article_free(a);
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    H1 "%s<div class=foot>Copyright &copy; 2019 版权所有</div>", para);
	a = meta(html);
	STR(a->site, NULL);
	rw_article_free(a);
	/* the owner's name above the headline, with an edition word */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    "<div id=top>晋城市城区人民政府 手机门户</div>" H1 "%s", para);
	a = meta(html);
	STR(a->site, "晋城市城区人民政府");
	rw_article_free(a);
	/* a header banner naming the government; the CMS's SiteIDCode */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    "<meta name=\"SiteIDCode\" content=\"1301020004\"><div id="
	    "banner><img src=/images/banner_2023.jpg alt=\"石家庄市长安区人民"
	    "政府\"></div>" H1 "%s", para);
	a = meta(html);
	STR(a->site, "石家庄市长安区人民政府");
	STR(a->site_code, "130102");
	rw_article_free(a);
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    "<div class=banner><img src=/b.jpg alt=\"新春快乐\"></div>" H1
	    "%s", para);
	a = meta(html);
	STR(a->site, NULL);
	rw_article_free(a);
	/* a logo's alt text, last */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    "<img class=logo src=/l.png alt=\"某某市民政局\">" H1 "%s", para);
	a = meta(html);
	STR(a->site, "某某市民政局");
	rw_article_free(a);
	/* a blogger's name beside the headline is the site and a writer */
	a = meta("<title>Be Careful with CTE in PostgreSQL - Haki Benita"
	    "</title><meta name=\"author\" content=\"Haki Benita\">"
	    "<h1>Be Careful with CTE in PostgreSQL</h1><p>Common table "
	    "expressions are a great way to structure a query.</p>");
	STR(a->site, "Haki Benita");
	assert_int_equal(a->nauthors, 1);
	STR(a->authors[0], "Haki Benita");
	rw_article_free(a);
	/* 主办 in the text is no host; numbers too short are no codes */
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问</title>"
	    H1 "<p>活动由县民政局主办，县慈善协会协办，为困难群众送去棉被。"
	    "</p>%s<div class=foot>网站标识码：130102 公网安备 1301号</div>",
	    para);
	a = meta(html);
	STR(a->site, NULL);
	STR(a->site_code, NULL);
	rw_article_free(a);
}

static void
authors_not_editors(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	snprintf(html, sizeof(html), H1 "<div>来源：益阳日报 作者：李胜利 "
	    "陈善元</div>%s<div>责任编辑：刘文静 审核：王五</div>", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 2);
	STR(a->authors[0], "李胜利");
	STR(a->authors[1], "陈善元");
	rw_article_free(a);
	/* A unit in the 作者 field is nobody. */
	snprintf(html, sizeof(html), H1 "<div>来源：汉阴县民政局 作者："
	    "县民政局 浏览次数：</div>%s", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 0);
	rw_article_free(a);
	/* Byline lines in the text. */
	snprintf(html, sizeof(html), H1 "<div><p>本文转自：渭南日报</p>"
	    "<p>本报记者 陈墨怡</p>%s</div>", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 1);
	STR(a->authors[0], "陈墨怡");
	rw_article_free(a);
	snprintf(html, sizeof(html), H1 "<div><p>记者 李莉 通讯员 "
	    "于德亮</p>%s</div>", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 2);
	rw_article_free(a);
}

static void
credits_in_parentheses(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	/* A Xinhua dateline credit. */
	snprintf(html, sizeof(html), H1 "<div><p>新华社重庆1月15日电"
	    "（记者朱薇）近日，市民政局组织工作人员深入各区县，"
	    "开展走访慰问活动，"
	    "共慰问困难群众200户。</p>%s</div>", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 1);
	STR(a->authors[0], "朱薇");
	rw_article_free(a);
	/* A trailing credit; a photo note is none. */
	snprintf(html, sizeof(html), H1 "<div><p>表演节目。（资料照片 "
	    "临渭区民政局提供）</p>%s<p>活动将持续一个月。（朱芳源 陈丹）</p>"
	    "</div>", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 2);
	STR(a->authors[0], "朱芳源");
	rw_article_free(a);
	/* "记者从…获悉" is a sentence, not a byline. */
	snprintf(html, sizeof(html), H1 "<div><p>4月2日，记者从省民政厅"
	    "获悉，我省开展的专项救助行动已圆满结束，累计救助9205人次。</p>%s"
	    "</div>", para);
	a = meta(html);
	assert_int_equal(a->nauthors, 0);
	rw_article_free(a);
}

static void
category_and_breadcrumb(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	snprintf(html, sizeof(html), H1 "<div><span>类别:国内</span>"
	    "<span>发布时间:2024-02-28 03:19:00</span></div>%s", para);
	a = meta(html);
	STR(a->category, "国内");
	rw_article_free(a);
	snprintf(html, sizeof(html), "<div>当前位置：<a href=/>首页</a> &gt; "
	    "<a href=/x/>新闻中心</a> &gt; <a href=/y/>民政动态</a></div>"
	    "<h1>县民政局开展走访</h1>%s", para);
	a = meta(html);
	STR(a->category, "民政动态");
	rw_article_free(a);
	snprintf(html, sizeof(html), "<div>您當前的位置:"
	    "<a href=/>台海網</a> &gt;&gt; <a href=/f/>福建</a> &gt;&gt; "
	    "正文</div><h1>漳州啟動專項救助</h1>%s",
	    para);
	a = meta(html);
	STR(a->category, "福建");
	rw_article_free(a);
	a = meta("<meta name=ColumnName content=\"工作动态\"><h1>x</h1>");
	STR(a->category, "工作动态");
	rw_article_free(a);
}

static void
snapshot_fields(void **state)
{
	struct rw_article	*a;
	char			 html[8192];

	(void)state;
	snprintf(html, sizeof(html), "<title>县民政局开展冬季走访慰问_国内_"
	    "资讯快照</title>" H1
	    "<div>发布时间:2024-02-28 03:19:00</div>%s<div><p>快照生成时间:"
	    "2024-02-28 05:45:19</p><p>信息原文地址:"
	    "<a href=\"http://b.cn/1.html\">"
	    "http://b.cn/1.html</a></p></div>", para);
	a = meta(html);
	assert_non_null(a->snapshot);
	STR(a->snapshot->site, "资讯快照");
	STR(a->snapshot->time, "2024-02-28T05:45:19+08:00");
	STR(a->snapshot->original_url, "http://b.cn/1.html");
	/* The aggregator's date, not the snapshot's. */
	STR(a->published, "2024-02-28T03:19:00+08:00");
	STR(a->url, "http://b.cn/1.html");
	rw_article_free(a);
	snprintf(html, sizeof(html), H1 "%s", para);
	a = meta(html);
	assert_null(a->snapshot);
	rw_article_free(a);
}

static void
languages(void **state)
{
	struct rw_article	*a;

	(void)state;
	a = meta("<html lang=zh-CN><h1>漳州啟動寒冬送溫暖專項救助行動</h1><p>"
	    "一群身穿紅藍馬甲的工作人員分成多路走上街頭，勸導、救助生活無著的"
	    "流浪乞討人員，為他們送上禦寒衣物。</p></html>");
	STR(a->lang, "zh-Hant");
	rw_article_free(a);
	a = meta("<html lang=zh-TW>" H1 "<p>为困难群众送去棉被、大米等物资，"
	    "共计慰问困难群众二百户。</p></html>");
	STR(a->lang, "zh-Hans");
	rw_article_free(a);
	a = meta("<html><h1>Relief</h1><p>The council approved the winter "
	    "relief budget on Monday after a long debate.</p></html>");
	STR(a->lang, "en");
	/* No offset is assumed for an English page's time. */
	rw_article_free(a);
	a = meta("<html><meta name=date content=\"2024-02-28 03:19\"><p>The "
	    "council approved the budget.</p></html>");
	STR(a->published, "2024-02-28");
	rw_article_free(a);
}

static void
hostile_pages(void **state)
{
	struct rw_article	*a;
	struct rw_buf		 b = RW_BUF_INIT;
	size_t			 i;

	(void)state;
	/* A megabyte title: bounded, trimmed, valid. */
	rw_buf_adds(&b, "<title>");
	for (i = 0; i < 350000; i++)
		rw_buf_adds(&b, "标");
	rw_buf_adds(&b, "</title><h1>");
	for (i = 0; i < 1000; i++)
		rw_buf_adds(&b, "x ");
	rw_buf_adds(&b, "</h1>");
	a = meta(rw_buf_cstr(&b));
	assert_non_null(a->title);
	assert_true(strlen(a->title) < 4096);
	assert_true(a->title[strlen(a->title) - 1] != ' ');
	rw_article_free(a);
	/* 50,000 attributes and absurd dates. */
	rw_buf_truncate(&b, 0);
	rw_buf_adds(&b, "<div");
	for (i = 0; i < 50000; i++)
		rw_buf_printf(&b, " a%zu=x", i);
	rw_buf_adds(&b, "><h1>t</h1><p>发布时间：99999-13-45 25:61</p><p>日期："
	    "2024-02-30</p><meta name=pubdate content=\"0000-00-00\"></div>");
	a = meta(rw_buf_cstr(&b));
	STR(a->published, NULL);
	rw_article_free(a);
	/* Huge and deep JSON-LD. */
	rw_buf_truncate(&b, 0);
	rw_buf_adds(&b, "<script type=\"application/ld+json\">");
	for (i = 0; i < 100000; i++)
		rw_buf_addc(&b, '[');
	rw_buf_adds(&b, "</script><script type=application/ld+json>"
	    "{\"@graph\":[");
	for (i = 0; i < 5000; i++)
		rw_buf_adds(&b, "{\"@type\":\"Thing\"},");
	rw_buf_adds(&b, "{\"@type\":\"Article\","
	    "\"datePublished\":\"2021-05-04\","
	    "\"author\":[{\"name\":\"Ann Lee\"},\"Bo Chan\"]}]}</script>");
	a = meta(rw_buf_cstr(&b));
	rw_article_free(a);
	rw_buf_free(&b);
	/* Empty input. */
	a = meta("");
	STR(a->title, NULL);
	STR(a->lang, "und");
	rw_article_free(a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(title_without_site_suffix),
		cmocka_unit_test(date_forms),
		cmocka_unit_test(date_from_url_and_title),
		cmocka_unit_test(date_of_the_images),
		cmocka_unit_test(epaper_mastheads),
		cmocka_unit_test(dates_of_other_articles_ignored),
		cmocka_unit_test(source_and_origin),
		cmocka_unit_test(site_and_registration),
		cmocka_unit_test(authors_not_editors),
		cmocka_unit_test(credits_in_parentheses),
		cmocka_unit_test(category_and_breadcrumb),
		cmocka_unit_test(snapshot_fields),
		cmocka_unit_test(languages),
		cmocka_unit_test(hostile_pages),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
