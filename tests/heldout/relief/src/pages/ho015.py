# L3 news portal with JSON-LD, UTF-8; 义乌市 (county-level city)
META = dict(
    id="ho015", layout="L3", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="义乌“春风行动”募集善款3148万元 创历年新高",
    published="2016-02-03", source="之江在线", origin="义乌商报", authors=["陈晓", "金丽"],
    url="http://yw.zjzx-news.com/system/2016/02/03/020998713.shtml",
    notes="稿源 gives the origin; 12.5% and 2015年度 are not measures; 捐款10万元以上 is a donation-size threshold (other, over); 43家 companies counted as institutions (other); 六千三百余户 = 6300 over",
)

ITEMS = [dict(
    region="330782", campaigns=["春风行动", "慈善春节行"], origin="义乌商报",
    paras=[
        "2月2日，记者从义乌市“春风行动”总结会上获悉，2015年度全市“春风行动”共募集善款3148万元，比上年增长12.5%，创历年新高。",
        "据介绍，本年度“春风行动”期间，捐款10万元以上的企业有43家，单笔不足100元的小额捐款占捐款笔数的六成以上。所募善款主要用于困难群众生活救助、助学、助医等项目，已发放春节慰问金960万元，受助困难家庭六千三百余户。",
        "春节前，市慈善总会还将联合各镇街开展“慈善春节行”走访活动，为特困家庭每户送去慰问金1000元，为孤寡老人每人送去慰问金500元。",
        "义乌市“春风行动”自2001年开展以来，已累计募集善款3.6亿元，救助困难群众40余万人次。",
    ],
    measures=[
        M("3148万元", 31480000, "yuan", "donations"),
        M("10万元以上", 100000, "yuan", "other", q="over"),
        M("43家", 43, "institution", "other"),
        M("不足100元", 100, "yuan", "other", q="under"),
        M("960万元", 9600000, "yuan", "donations"),
        M("六千三百余户", 6300, "household", "beneficiaries", q="over"),
        M("每户送去慰问金1000元", 1000, "yuan", "donations", per="household"),
        M("每人送去慰问金500元", 500, "yuan", "donations", per="person"),
        M("3.6亿元", 360000000, "yuan", "donations"),
        M("40余万人次", 400000, "person_time", "beneficiaries", q="over"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], "<p>{}</p>\n", esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>义乌“春风行动”募集善款3148万元 创历年新高-义乌频道-之江在线</title>
<meta name="keywords" content="春风行动,义乌,慈善">
<meta name="description" content="2月2日，记者从义乌市“春风行动”总结会上获悉，2015年度全市“春风行动”共募集善款3148万元">
<meta property="og:title" content="义乌“春风行动”募集善款3148万元 创历年新高">
<meta property="og:type" content="article">
<script type="application/ld+json">
{
  "@context": "http://schema.org",
  "@type": "NewsArticle",
  "headline": "义乌“春风行动”募集善款3148万元 创历年新高",
  "datePublished": "2016-02-03T08:45:00+08:00",
  "author": {"@type": "Person", "name": "陈晓"},
  "publisher": {"@type": "Organization", "name": "之江在线"},
  "isBasedOn": "义乌商报"
}
</script>
<link rel="stylesheet" href="//i.zjzx-news.com/css/v2016/article.css">
</head>
<body>
<div id="topnav"><a href="http://www.zjzx-news.com/">之江在线首页</a> | <a href="http://news.zjzx-news.com/">新闻</a> | <a href="http://yw.zjzx-news.com/" class="cur">义乌</a> | <a href="http://jh.zjzx-news.com/">金华</a> | <a href="http://biz.zjzx-news.com/">财经</a> | <a href="http://edu.zjzx-news.com/">教育</a></div>
<div class="wrap">
  <div class="crumbs"><a href="http://yw.zjzx-news.com/">义乌频道</a> &gt; <a href="http://yw.zjzx-news.com/ms/">民生</a> &gt; 正文</div>
  <div class="con-l">
    <div class="art-hd">
      <h1>义乌“春风行动”募集善款3148万元 创历年新高</h1>
      <div class="art-meta">
        <span class="date">2016年02月03日 08:45:00</span>
        <span class="src">来源：之江在线</span>
        <span class="aut">记者 陈晓 通讯员 金丽</span>
      </div>
    </div>
    <div class="art-bd" id="article_content">
@@BODY@@    </div>
    <div class="art-ft">
      <p class="gaoyuan">稿源：义乌商报</p>
      <p class="zb">责任编辑：楼晓东</p>
      <div class="share"><a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qq">QQ</a></div>
    </div>
    <div class="xgyd"><h3>相关阅读</h3><ul>
      <li><a href="../../01/28/020986601.shtml">义乌为2100名困难群众送去新春礼包</a> <span>2016-01-28</span></li>
      <li><a href="../../01/20/020971305.shtml">金华市“春风行动”启动 目标募集善款1.2亿元</a> <span>2016-01-20</span></li>
      <li><a href="../../01/12/020955018.shtml">寒潮来袭 义乌开放避寒点36个</a> <span>2016-01-12</span></li>
    </ul></div>
  </div>
  <div class="con-r">
    <div class="rank"><h3>点击排行</h3><ol>
      <li><a href="../../02/02/020997112.shtml">义乌小商品城春节前日均客流超20万人次</a></li>
      <li><a href="../../02/01/020994210.shtml">2015年义乌进出口总额增长11.6%</a></li>
      <li><a href="../../01/31/020991877.shtml">义乌至杭州高铁日均开行动车84列</a></li>
      <li><a href="../../01/30/020989034.shtml">全市新增城镇就业3.8万人</a></li>
      <li><a href="../../01/29/020987451.shtml">义乌第3批美丽乡村精品村名单出炉</a></li>
    </ol></div>
    <div class="ad"><script src="//i.zjzx-news.com/ad/yw_r1.js"></script></div>
  </div>
</div>
<div id="footer">
  <p>之江在线版权所有，未经书面授权禁止使用</p>
  <p>浙ICP备05071218号　互联网新闻信息服务许可证编号：33120170001</p>
</div>
</body>
</html>
"""
