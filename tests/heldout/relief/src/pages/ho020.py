# L3 news portal with JSON-LD, Traditional text in UTF-8 (converted from the simplified source with OpenCC s2tw); 昆明市
TRAD = "s2tw"
META = dict(
    id="ho020", layout="L3", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hant",
    title="昆明启动“温暖春城”救助行动 2.8万户困难家庭获慰问",
    published="2024-01-23", source="中新网", origin=None, authors=["杨晓云"],
    url="https://www.hkjnews-net.com/gate/big5/news/2024/01-23/10150377.shtml",
    notes="Traditional UTF-8 portal; the wire dateline with its (记者 …) credit opens the body and gives the author; trailing (完) kept; no 稿源/本文转自/据 -> origin null; 100% and 海拔2500米 are not measures; 寻甸县 / 东川区 anecdotes do not narrow the city-wide region",
)

ITEMS = [dict(
    region="530100", campaigns=["温暖春城", "迎新春送温暖"], origin=None,
    paras=[
        "中新网昆明1月22日电 (记者 杨晓云)昆明市民政局22日启动2024年“温暖春城”元旦春节困难群众救助行动。记者从启动仪式上了解到，今年全市统筹各级资金8960万元，计划走访慰问城乡低保、特困供养、低保边缘等困难家庭2.8万户。",
        "针对近期低温天气，昆明市各级民政部门加大对独居、留守、高龄等特殊困难老年人的探访力度，已累计探访1.26万人次，协调解决实际困难460余个，探访覆盖率达100%。",
        "与此同时，市慈善总会开展“迎新春送温暖”活动，筹集善款及物资价值1200万元，为困难家庭送去大米、食用油、棉被等年货，户均价值约400元。",
        "在寻甸县，县民政局为海拔2500米以上高寒山区的1300户困难群众每户发放取暖煤500公斤；在东川区，救助管理站出动救助车辆36台次，救助流浪乞讨人员58人次。(完)",
    ],
    measures=[
        M("8960万元", 89600000, "yuan", "funds"),
        M("2.8万户", 28000, "household", "visits"),
        M("1.26万人次", 12600, "person_time", "visits"),
        M("460余个", 460, "个", "other", q="over"),
        M("1200万元", 12000000, "yuan", "donations"),
        M("户均价值约400元", 400, "yuan", "supplies", q="approx", per="household"),
        M("1300户", 1300, "household", "beneficiaries"),
        M("每户发放取暖煤500公斤", 500, "公斤", "supplies", per="household"),
        M("36台次", 36, "台次", "other"),
        M("58人次", 58, "person_time", "beneficiaries"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<p style="text-indent:2em;">{}</p>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>昆明启动“温暖春城”救助行动 2.8万户困难家庭获慰问 - 香江新闻网</title>
<meta name="description" content="昆明市民政局22日启动2024年“温暖春城”元旦春节困难群众救助行动。">
<meta name="author" content="杨晓云">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"昆明启动“温暖春城”救助行动 2.8万户困难家庭获慰问","datePublished":"2024-01-23T09:12:00+08:00","author":{"@type":"Person","name":"杨晓云"},"publisher":{"@type":"Organization","name":"香江新闻网"},"articleSection":"内地"}</script>
<link rel="stylesheet" href="/css/hkj-article.min.css">
</head>
<body>
<div class="top-strip"><div class="container">2024年1月23日 星期二　<a href="/gate/gb/">简体</a> | <a href="/gate/big5/">繁体</a> | <a href="/m/">手机版</a></div></div>
<header class="masthead"><div class="container"><a href="/"><img src="/img/logo_hkj.png" alt="香江新闻网"></a>
<ul class="menu"><li><a href="/gate/big5/news/hk/">香港</a></li><li class="active"><a href="/gate/big5/news/cn/">内地</a></li><li><a href="/gate/big5/news/tw/">台湾</a></li><li><a href="/gate/big5/news/world/">国际</a></li><li><a href="/gate/big5/news/finance/">财经</a></li><li><a href="/gate/big5/news/sports/">体育</a></li></ul></div></header>
<div class="container content-wrap">
  <div class="main-col">
    <div class="crumb"><a href="/">首页</a> &gt; <a href="/gate/big5/news/cn/">内地</a> &gt; 正文</div>
    <h1 class="news-title">昆明启动“温暖春城”救助行动 2.8万户困难家庭获慰问</h1>
    <div class="news-info"><span class="date">2024-01-23 09:12</span>　<span class="from">来源：中新网</span>　<span class="writer">作者：杨晓云</span></div>
    <figure class="news-pic"><img src="/photo/2024/01-23/10150377_01.jpg" alt=""><figcaption>资料图：昆明市民政局工作人员向困难群众发放慰问物资。</figcaption></figure>
    <div class="news-content" id="newsContent">
@@BODY@@    </div>
    <div class="news-editor">责任编辑：陈思</div>
    <div class="news-share">分享到：<a class="fb" href="javascript:;">Facebook</a> <a class="tw" href="javascript:;">Twitter</a> <a class="wx" href="javascript:;">微信</a></div>
    <div class="news-related"><h4>相关新闻</h4><ul>
      <li><a href="/gate/big5/news/2024/01-20/10148811.shtml">云南下拨困难群众救助补助资金23.6亿元</a><span>01-20</span></li>
      <li><a href="/gate/big5/news/2024/01-18/10147392.shtml">贵阳启动低温天气应急救助 开放救助点120个</a><span>01-18</span></li>
      <li><a href="/gate/big5/news/2024/01-15/10145506.shtml">春节前全国将开展困难群众走访慰问</a><span>01-15</span></li>
    </ul></div>
  </div>
  <div class="side-col">
    <div class="side-box"><h4>即时新闻</h4><ul>
      <li><span>09:05</span><a href="/gate/big5/news/2024/01-23/10150371.shtml">香港恒指早盘高开1.2%</a></li>
      <li><span>08:58</span><a href="/gate/big5/news/2024/01-23/10150362.shtml">春运首日全国发送旅客1.7亿人次</a></li>
      <li><span>08:41</span><a href="/gate/big5/news/2024/01-23/10150350.shtml">寒潮影响华南 广州最低气温4℃</a></li>
    </ul></div>
    <div class="side-box"><h4>点击排行</h4><ol>
      <li><a href="/gate/big5/news/2024/01-22/10149960.shtml">滇池红嘴鸥数量超4万只</a></li>
      <li><a href="/gate/big5/news/2024/01-22/10149931.shtml">云南去年接待游客10.4亿人次</a></li>
    </ol></div>
  </div>
</div>
<footer class="site-footer"><div class="container">
  <p><a href="/about/">关于我们</a> | <a href="/contact/">联络我们</a> | <a href="/privacy/">私隐政策</a></p>
  <p>香江新闻网 版权所有 © 2024</p>
</div></footer>
</body>
</html>
"""
