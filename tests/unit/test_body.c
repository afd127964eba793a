/* SPDX-License-Identifier: ISC */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "body.h"

/* Enough filler to make a paragraph: 48 ideographs with punctuation. */
#define PARA(x)	"<p>" x "，民政部门走访慰问困难群众，发放慰问金和生活物资，" \
		"帮助他们温暖过冬。各地还开展了排查，确保政策落实到位。</p>"

/* Parses html, extracts its body into b; returns the document. */
static struct rw_doc *
extract(const char *html, struct rw_body *b)
{
	struct rw_doc	*d;
	struct rw_err	 e;

	d = rw_doc_parse(html, strlen(html), &e);
	assert_non_null(d);
	assert_int_equal(rw_body_extract(d, b, &e), 0);
	assert_non_null(b->text);
	assert_int_equal(strlen(b->text), b->len);
	return d;
}

static void
done(struct rw_doc *d, struct rw_body *b)
{
	rw_body_clear(b);
	rw_doc_free(d);
}

static void
navigation_dropped(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<html><body><ul class=nav><li><a href=/>首页</a></li>"
	    "<li><a href=/a>要闻</a></li><li><a href=/b>民政动态</a></li></ul>"
	    "<div class=content>" PARA("第一段") PARA("第二段") "</div>"
	    "<div class=footer>版权所有 京ICP备05087125号</div></body></html>",
	    &b);
	assert_non_null(strstr(b.text, "第一段"));
	assert_non_null(strstr(b.text, "第二段"));
	assert_null(strstr(b.text, "首页"));
	assert_null(strstr(b.text, "版权所有"));
	assert_int_equal(b.nblocks, 2);
	assert_int_equal(rw_doc_node(d, b.root)->tag, RW_TAG_DIV);
	done(d, &b);
}

static void
paragraphs_joined(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;
	size_t		 i;

	(void)state;
	/* Full-width indentation, entities, white space. */
	d = extract("<div><p>\xe3\x80\x80\xe3\x80\x80甲，乙丙丁。"
	    "戊己庚辛，壬癸。子丑寅卯，辰巳午未，申酉戌亥。  </p>"
	    "<p> A &amp; B，&lt;C&gt;&#x4e00;二三四五六七八九十，"
	    "一二三四五六七八九十。</p></div>", &b);
	assert_string_equal(b.text, "甲，乙丙丁。戊己庚辛，壬癸。"
	    "子丑寅卯，辰巳午未，申酉戌亥。\n\nA & B，<C>一二三四五六七八九十，"
	    "一二三四五六七八九十。");
	assert_int_equal(b.nblocks, 2);
	/* Block offsets point into the text. */
	for (i = 0; i < b.nblocks; i++) {
		assert_true(b.blocks[i].start + b.blocks[i].len <= b.len);
		assert_int_equal(rw_doc_node(d, b.blocks[i].node)->tag,
		    RW_TAG_P);
	}
	assert_int_equal(b.blocks[1].start, b.blocks[0].len + 2);
	done(d, &b);
}

static void
br_paragraphs(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<html><head><title>标题在这里</title></head><body>"
	    "<a href=/>手机版</a>&gt;<a href=/l>新闻</a>&gt;正文<br/>"
	    "<b>标题在这里</b><br/>来源:公益时报<br/>-----------<br/>"
	    "近日，为确保人民群众安全温暖过冬，民政局积极组织开展行动。"
	    "<br/><br/>走访中，工作人员细致询问生活近况，帮助解决实际困难。"
	    "<br/><br/>(据黑龙江省民政厅)<br/>-----------<br/>相关阅读:<br/>"
	    "<a href=/p/1.html>我区为1200名高龄老人送去新春慰问品</a><br/>"
	    "<a href=/p/2.html>元宵节期间全市接待游客89万人次</a><br/>"
	    "<a href=#top>返回顶部</a> | <a href=/>首页</a><br/>"
	    "公益时报社 版权所有</body></html>", &b);
	assert_string_equal(b.text,
	    "近日，为确保人民群众安全温暖过冬，民政局积极组织开展行动。\n\n"
	    "走访中，工作人员细致询问生活近况，帮助解决实际困难。\n\n"
	    "(据黑龙江省民政厅)");
	assert_int_equal(b.nrelated, 2);
	assert_string_equal(b.related[0].title,
	    "我区为1200名高龄老人送去新春慰问品");
	assert_string_equal(b.related[0].href, "/p/1.html");
	done(d, &b);
}

static void
furniture_lines_dropped(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<html><head><title>县民政局开展走访慰问_县政府"
	    "</title></head>"
	    "<body><h1>县民政局开展走访慰问</h1><div class=article>"
	    "<div class=info>发布时间:2024-01-23 16:42 来源:县民政局 "
	    "浏览次数:12 【字体:<a href=#>大</a> <a href=#>小</a>】</div>"
	    "<div id=zoom><p>本文转自:渭南日报</p><p>县民政局开展走访慰问</p>"
	    "<p>——民政系统探访关爱服务困难群众工作纪实</p>"
	    "<p>本报记者 陈墨怡</p>"
	    PARA("本报讯 1月22日") PARA("同时") "<p>(朱芳源 陈丹)</p>"
	    "<p>（责任编辑：刘文静）</p><p>编辑 张三 审核 李四</p></div>"
	    "<div class=tools>【打印本页】【关闭窗口】</div>"
	    "<p>上一篇:<a href=/1.html>省民政厅召开全省民政工作会议</a>"
	    " [2024-01-19]</p>"
	    "<p>下一篇:<a href=/2.html>全省养老机构安全隐患排查会召开</a>"
	    " [2024-01-25]</p>"
	    "<p>快照生成时间:2024-02-28 05:45:19</p>"
	    "<p>信息原文地址:<a href=''></a></p></div></body></html>", &b);
	assert_true(rw_has_prefix(b.text, "本报讯 1月22日，"));
	assert_true(rw_has_suffix(b.text, "\n\n(朱芳源 陈丹)"));
	assert_int_equal(b.nblocks, 3);
	assert_int_equal(b.nrelated, 0);
	done(d, &b);
}

static void
related_list_captured(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><div class=art>" PARA("正文") PARA("再一段")
	    "</div><div class=xg><ul>"
	    "<li><h4><a href=/kz/1.html>让寒冬不寒 厦门民政部门用心用情</a>"
	    "</h4>"
	    "<p>...累计开展街面巡查333次，出动车辆132台次，共劝导109人次。</p>"
	    "<span>2025-01-26 17:50:00</span></li>"
	    "<li><a href=/kz/2.html>寒潮中，苏州为困难群众送温暖</a>"
	    "<span class=date>2023-12-22</span></li></ul></div></body>", &b);
	assert_null(strstr(b.text, "厦门"));
	assert_int_equal(b.nrelated, 2);
	assert_string_equal(b.related[0].title,
	    "让寒冬不寒 厦门民政部门用心用情");
	assert_string_equal(b.related[0].href, "/kz/1.html");
	assert_string_equal(b.related[0].date, "2025-01-26 17:50:00");
	assert_non_null(b.related[0].snippet);
	assert_true(rw_has_prefix(b.related[0].snippet, "...累计开展"));
	assert_string_equal(b.related[1].date, "2023-12-22");
	assert_null(b.related[1].snippet);
	done(d, &b);
}

static void
captions_separated(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><div class=c>" PARA("第一段")
	    "<p style='text-align:center'><img src='/u/1.jpg'></p>"
	    "<p>图为志愿者为特困老人表演节目（记者 王五 摄）</p>" PARA("第二段")
	    "<figure><img data-src='/u/2.jpg' src='data:,'>"
	    "<figcaption>老人们在敬老院过集体生日</figcaption></figure>"
	    PARA("第三段") "</div></body>", &b);
	assert_null(strstr(b.text, "图为"));
	assert_null(strstr(b.text, "集体生日"));
	assert_int_equal(b.nblocks, 3);
	assert_int_equal(b.nimages, 2);
	assert_string_equal(b.images[0].src, "/u/1.jpg");
	assert_string_equal(b.images[0].caption,
	    "图为志愿者为特困老人表演节目（记者 王五 摄）");
	assert_string_equal(b.images[1].src, "/u/2.jpg");
	assert_string_equal(b.images[1].caption, "老人们在敬老院过集体生日");
	done(d, &b);
	/* centred under the image in a centred table: the table's align
	 * centres its box, not the text around the caption */
	d = extract("<body><table align=center><tr><td class=c>"
	    "<p style='text-align:center'><img src='/u/1.jpg'></p>"
	    "<p style='text-align:center'>工作人员为张女士送去救助金</p>"
	    PARA("第一段") PARA("第二段") "</td></tr></table></body>", &b);
	assert_null(strstr(b.text, "张女士"));
	done(d, &b);
	/* a centred cell whose inner cell aligns its text left */
	d = extract("<body><table><tr><td align=center><table><tr>"
	    "<td align=left>" PARA("第一段")
	    "<p align=CENTER><img src='/u/1.jpg'></p>"
	    "<p align=CENTER><font color=blue>民政干部冒雪运送救灾物资</font>"
	    "</p>" PARA("第二段") "</td></tr></table></td></tr></table>"
	    "</body>", &b);
	assert_null(strstr(b.text, "冒雪"));
	assert_non_null(strstr(b.text, "第二段"));
	done(d, &b);
	/* a mobile page's <small> under the image */
	d = extract("<body>" PARA("第一段") "<img src='/pic/1.jpg'><br>"
	    "<small>1月7日晚，工作人员在街头为流浪人员送上棉被。</small><br>"
	    "<br>" PARA("第二段") "</body>", &b);
	assert_null(strstr(b.text, "流浪人员送上棉被"));
	assert_non_null(strstr(b.text, "第二段"));
	done(d, &b);
}

static void
headline_kicker_subtitle(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	/* The snapshot layout repeats the head of the story in its body. */
	d = extract("<html><head><title>温县民政局寒冬送温暖_国内_资讯快照"
	    "</title></head><body><h1>温县民政局寒冬送温暖</h1>"
	    "<div class=art-body><p>本文转自:焦作日报</p><p>寒冬送温暖</p>"
	    "<p>温县民政局寒冬送温暖</p><p>民政部门走访慰问困难群众纪实</p>"
	    "<div><img src='/a.jpg'></div><p>工作人员送去米面油。"
	    "（图片来源：温县民政局）</p><p>记者 王五 通讯员 李四</p>"
	    PARA("本报讯 春节将至") "<p>走访慰问暖人心</p>" PARA("连日来")
	    "<p>（据焦作日报）</p></div></body></html>", &b);
	assert_true(rw_has_prefix(b.text, "本报讯 春节将至，"));
	assert_non_null(strstr(b.text, "。\n\n走访慰问暖人心\n\n连日来，"));
	assert_true(rw_has_suffix(b.text, "\n\n（据焦作日报）"));
	assert_int_equal(b.nimages, 1);
	assert_string_equal(b.images[0].caption,
	    "工作人员送去米面油。（图片来源：温县民政局）");
	done(d, &b);
}

static void
teasers_and_short_dates(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><div class=content>" PARA("正文") PARA("又一段")
	    "</div><ul class=ticker>"
	    "<li><a href=/1>Internet back in Kashmir after three months</a> "
	    "SRINAGAR: Mobile internet returned to the valley today.</li>"
	    "<li><a href=/2>Schools in the valley reopen for exams</a> "
	    "SRINAGAR: All schools opened on Monday, officials said.</li>"
	    "</ul><ul><li><a href=/3>全市累计发放临时救助金1960万元</a>"
	    "<span>[01-14]</span></li><li><a href=/4>慈善超市年销售额突破"
	    "600万元</a><span>1月13日</span></li></ul></body>", &b);
	assert_null(strstr(b.text, "Kashmir"));
	assert_int_equal(b.nrelated, 4);
	assert_string_equal(b.related[0].title,
	    "Internet back in Kashmir after three months");
	assert_string_equal(b.related[0].snippet,
	    "SRINAGAR: Mobile internet returned to the valley today.");
	assert_string_equal(b.related[2].date, "01-14");
	assert_string_equal(b.related[3].date, "1月13日");
	done(d, &b);
}

static void
text_ends_at_comments(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><div class=post>" PARA("正文") PARA("再一段")
	    "<h3>相关阅读</h3><ul><li><a href=/1>"
	    "民政部门提醒冬季用火用电安全须知</a></li><li><a href=/2>"
	    "全省新建社区养老服务站326个</a></li></ul>"
	    PARA("第三段") "<h3>网友评论</h3>" PARA("网友说")
	    "</div></body>", &b);
	assert_non_null(strstr(b.text, "第三段"));
	assert_null(strstr(b.text, "网友"));
	assert_null(strstr(b.text, "相关阅读"));
	assert_int_equal(b.nblocks, 3);
	done(d, &b);
}

static void
roundup_headlines_kept(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<html><head><title>各地开展春节走访慰问 - 社会救助在线"
	    "</title>"
	    "</head><body><h1>各地开展春节走访慰问</h1>"
	    "<div class=toc><ul><li>大竹县入户慰问55户困难群众</li>"
	    "<li>崇阳县春节慰问217户困难群众</li></ul></div><div class=content>"
	    "<div class=item><h3>大竹县入户慰问55户困难群众</h3>" PARA("大竹")
	    "<p>（据大竹县惠民帮扶中心）</p></div>"
	    "<div class=item><h3>崇阳县春节慰问217户困难群众</h3>" PARA("崇阳")
	    "<p>（据崇阳县民政局）</p></div></div>"
	    "<div class=editor>责任编辑:韩 梅</div></body></html>", &b);
	assert_true(rw_has_prefix(b.text,
	    "大竹县入户慰问55户困难群众\n\n大竹，"));
	assert_true(rw_has_suffix(b.text, "\n\n（据崇阳县民政局）"));
	assert_int_equal(b.nblocks, 6);
	assert_true(b.blocks[0].heading);
	assert_false(b.blocks[1].heading);
	done(d, &b);
}

static void
roundup_leads_dropped(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	/* "site--headline" in <title>: the headline repeated above a table
	 * of contents; an editor's lead before the first item */
	d = extract("<html><head><title>某某省民政厅--各地做好冬春救助工作"
	    "</title></head><body><table><tr><td><div class=t>各地做好冬春"
	    "救助工作</div><div class=toc>本期要目：甲县下拨救助资金486万元；"
	    "乙县送去过冬物资</div><div class=c><p><b>甲县下拨救助资金486万元"
	    "</b></p>" PARA("甲县") "<p>（据甲日报）</p><p><b>乙县送去过冬物资"
	    "</b></p>" PARA("乙县") "<p>（据乙日报）</p></div></td></tr>"
	    "</table></body></html>", &b);
	assert_true(rw_has_prefix(b.text, "甲县下拨救助资金486万元\n\n甲县，"));
	done(d, &b);
	d = extract("<html><head><title>寒潮来袭 多地救助站全力护民过冬_民政_"
	    "某某网</title></head><body><h1>寒潮来袭 多地救助站全力护民过冬"
	    "</h1><div class=main><div class=lead><b>导读：</b>受强寒潮影响，"
	    "全省大部分地区出现入冬以来最低气温，各地救助管理机构启动应急预案。"
	    "</div><div class=items><h3>甲市救助站夜巡送温暖</h3>" PARA("甲市")
	    "<p>（据甲日报）</p><h3>乙县发放御寒物资</h3>" PARA("乙县")
	    "<p>（据乙日报）</p></div></div></body></html>", &b);
	assert_true(rw_has_prefix(b.text, "甲市救助站夜巡送温暖\n\n甲市，"));
	done(d, &b);
	/* An English subhead that ends the <title> stays. */
	d = extract("<html><head><title>The Medium is the Message: the 7th "
	    "Amsterdam Light Festival | Inexhibit</title><meta property="
	    "\"og:title\" content=\"The Medium is the Message: the 7th "
	    "Amsterdam Light Festival\"></head><body><div class=c><p>The "
	    "festival opens this week with thirty works of light art by "
	    "artists from many countries, along the canals.</p><h2>7th "
	    "Amsterdam Light Festival</h2><p>The route runs through the "
	    "old town and can be seen on foot or by boat every evening."
	    "</p></div></body></html>", &b);
	assert_non_null(strstr(b.text, "\n\n7th Amsterdam Light Festival\n\n"));
	done(d, &b);
	/* The label alone on its line, or a label inside the text, stays. */
	d = extract("<html><body><div class=c><p>编者按</p>" PARA("第一段")
	    PARA("第二段") "<p>导读：这是文中的一段话，不在文章开头。</p>"
	    "</div></body></html>", &b);
	assert_true(rw_has_prefix(b.text, "编者按\n\n第一段，"));
	assert_non_null(strstr(b.text, "导读：这是文中的一段话"));
	done(d, &b);
}

static void
rank_lists_dropped(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	/* A click-rank list under the text, in the same cell, no links. */
	d = extract("<html><body><table><tr><td><div id=ozoom>" PARA("第一段")
	    PARA("第二段") "</div><div>责任编辑：邹 薇</div><div><b>读者点击"
	    "排行</b><br>1. 夏粮收购预计超过50亿斤 (点击 3,582)<br>2. 我省"
	    "今年计划改造农村危房1.2万户 (点击 2,917)</div></td></tr></table>"
	    "</body></html>", &b);
	assert_non_null(strstr(b.text, "第二段"));
	assert_null(strstr(b.text, "排行"));
	assert_null(strstr(b.text, "夏粮"));
	done(d, &b);
}

static void
link_dense_blocks_dropped(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><article>"
	    "<p>The council voted on Tuesday to extend the winter relief "
	    "program, which hands out coal, blankets and cash to the poorest "
	    "households, for another three months.</p>"
	    "<p>Read more: <a href='/x'>How the winter relief program "
	    "started and who pays for it</a></p>"
	    "<p>The program began ten years ago, after a cold wave left "
	    "several elderly people in the county without heating, and has "
	    "grown every winter since then.</p>"
	    "<p>Officials said the extension would cost about two million "
	    "yuan, paid from the <a href='/f'>civil affairs fund</a>, and "
	    "reach twelve thousand people.</p>"
	    "<div class=share-bar><a href='/s'>Share on Twitter</a></div>"
	    "</article></body>", &b);
	assert_null(strstr(b.text, "Read more"));
	assert_null(strstr(b.text, "Twitter"));
	assert_non_null(strstr(b.text, "civil affairs fund"));
	assert_int_equal(b.nblocks, 3);
	done(d, &b);
}

static void
comments_and_sidebars_not_chosen(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><div class=main>" PARA("正文一") PARA("正文二")
	    "</div><div id=comments>"
	    PARA("网友甲") PARA("网友乙") PARA("网友丙") PARA("网友丁")
	    "</div><div class=sidebar>" PARA("侧栏") "</div>"
	    "<script>document.write('脚本，不是正文。')</script>"
	    "<div style='display: none'>" PARA("隐藏") "</div></body>", &b);
	assert_true(rw_has_prefix(b.text, "正文一，"));
	assert_null(strstr(b.text, "网友"));
	assert_null(strstr(b.text, "侧栏"));
	assert_null(strstr(b.text, "脚本"));
	assert_null(strstr(b.text, "隐藏"));
	assert_int_equal(b.nblocks, 2);
	done(d, &b);
}

static void
tables_and_lists_in_body(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("<body><div class=c>" PARA("开头")
	    "<ul><li>城乡低保户每户600元</li><li>特困人员每人600元</li></ul>"
	    "<table><tr><td>地区</td><td>户数</td></tr>"
	    "<tr><td>临渭区</td><td>4456</td></tr></table>" PARA("结尾")
	    "</div></body>", &b);
	assert_non_null(strstr(b.text,
	    "\n\n城乡低保户每户600元\n\n特困人员每人600元"));
	assert_non_null(strstr(b.text, "\n\n临渭区\n\n4456\n\n"));
	done(d, &b);
}

static void
no_article(void **state)
{
	struct rw_body	 b;
	struct rw_doc	*d;

	(void)state;
	d = extract("", &b);
	assert_string_equal(b.text, "");
	assert_int_equal(b.nblocks, 0);
	done(d, &b);
	d = extract("<html><body><ul><li><a href=/1>首页</a></li>"
	    "<li><a href=/2>国内</a></li></ul></body></html>", &b);
	assert_string_equal(b.text, "");
	done(d, &b);
	/* A tiny page still gives its text. */
	d = extract("<html><body>Test</body></html>", &b);
	assert_string_equal(b.text, "Test");
	done(d, &b);
}

static void
big_pages_are_bounded(void **state)
{
	struct rw_buf	 h = RW_BUF_INIT;
	struct rw_body	 b;
	struct rw_doc	*d;
	size_t		 i;

	(void)state;
	/* Many paragraphs, then a very long line. */
	rw_buf_adds(&h, "<body><div>");
	for (i = 0; i < 300000; i++)
		rw_buf_adds(&h, "<p>一段文字，又一段文字，还是一段文字，"
		    "最后一段文字。</p>");
	rw_buf_adds(&h, "<p>");
	for (i = 0; i < 200000; i++)
		rw_buf_adds(&h, "长行，");
	rw_buf_adds(&h, "</p></div></body>");
	d = extract(h.data, &b);
	assert_int_equal(b.nblocks, 300001);
	done(d, &b);
	/* Deep nesting. */
	rw_buf_truncate(&h, 0);
	for (i = 0; i < 200000; i++)
		rw_buf_adds(&h, i % 2 ? "<div>" : "<span>");
	rw_buf_adds(&h, "文字，很深的一段文字，放在两万层元素里面。");
	d = extract(h.data, &b);
	done(d, &b);
	rw_buf_free(&h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(navigation_dropped),
		cmocka_unit_test(paragraphs_joined),
		cmocka_unit_test(br_paragraphs),
		cmocka_unit_test(furniture_lines_dropped),
		cmocka_unit_test(related_list_captured),
		cmocka_unit_test(captions_separated),
		cmocka_unit_test(headline_kicker_subtitle),
		cmocka_unit_test(teasers_and_short_dates),
		cmocka_unit_test(text_ends_at_comments),
		cmocka_unit_test(roundup_headlines_kept),
		cmocka_unit_test(roundup_leads_dropped),
		cmocka_unit_test(rank_lists_dropped),
		cmocka_unit_test(link_dense_blocks_dropped),
		cmocka_unit_test(comments_and_sidebars_not_chosen),
		cmocka_unit_test(tables_and_lists_in_body),
		cmocka_unit_test(no_article),
		cmocka_unit_test(big_pages_are_bounded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
