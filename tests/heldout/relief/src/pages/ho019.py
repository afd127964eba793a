# L1 snapshot aggregator, UTF-8; 湘西州 (prefecture); page has both 本文转自 and a closing (据…) line
META = dict(
    id="ho019", layout="L1", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="湘西州“两节”期间将发放救助资金4200余万元",
    published="2025-01-09", source="快资讯", origin="湖南日报", authors=["向彩霞"],
    url="https://www.kzx-snap.com/a/20250109/guonei/88126407.html",
    notes="page origin = 本文转自 (湖南日报), item origin = the closing （据团结报） line, which is part of the body; “两节” and “一老一小” are categories; unquoted 寒冬送温暖专项行动 is not a campaign; 8个县市 is scope",
)

ITEMS = [dict(
    region="433100", campaigns=["暖心敲门·情暖湘西"], origin="团结报",
    paras=[
        "1月7日，记者从湘西州民政局获悉，为确保全州困难群众温暖过冬、欢度“两节”，州民政局统筹各级财政资金和社会捐赠，计划在元旦春节期间发放各类救助资金4200余万元，覆盖城乡低保、特困、低保边缘等困难群众约13万人。",
        "据介绍，全州将对城乡低保对象、特困人员按每人200元的标准发放一次性生活补贴，对低保边缘家庭中的重病、重残人员每人发放150元；各县市还将根据实际，为困难家庭送去米、油、棉被等慰问物资。",
        "在抓好资金发放的同时，州民政局组织开展“暖心敲门·情暖湘西”行动，动员乡镇（街道）干部、村（社区）工作者和志愿者5600余人，对全州8个县市的分散供养特困人员和“一老一小”等重点群体开展一轮全覆盖走访，目前已走访2.1万户次，新发现并纳入救助范围的困难群众317人。",
        "此外，州救助管理站启动寒冬送温暖专项行动，截至目前已开展街面巡查47次，救助流浪乞讨人员89人次。",
    ],
    ly="（据团结报）",
    measures=[
        M("4200余万元", 42000000, "yuan", "funds", q="over"),
        M("约13万人", 130000, "person", "beneficiaries", q="approx"),
        M("每人200元", 200, "yuan", "funds", per="person"),
        M("每人发放150元", 150, "yuan", "funds", per="person"),
        M("5600余人", 5600, "person", "staff", q="over"),
        M("2.1万户次", 21000, "household_time", "visits"),
        M("317人", 317, "person", "beneficiaries"),
        M("巡查47次", 47, "times", "other"),
        M("89人次", 89, "person_time", "beneficiaries"),
    ],
)]


def render(items, esc):
    body = paras_html(item_paras(items[0]), '<p data-type="text">{}</p>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">
<title>湘西州“两节”期间将发放救助资金4200余万元_国内_快照资讯网</title>
<meta name="description" content="1月7日，记者从湘西州民政局获悉，为确保全州困难群众温暖过冬、欢度“两节”">
<link rel="stylesheet" href="/dist/css/app.7f3c2a.css">
<script>window.__PAGE__={id:"88126407",cat:"guonei",ts:1736371740};</script>
</head>
<body>
<div id="app">
<header class="hdr">
  <a class="hdr-logo" href="/">快照资讯网</a>
  <ul class="hdr-tabs">
    <li class="tab-sub"><a href="/my/">我的订阅</a><ul><li class="active"><a href="/guonei/">国内</a></li><li><a href="/difang/">地方</a></li></ul></li>
    <li><a href="/guoji/">国际</a></li><li><a href="/shehui/">社会</a></li><li><a href="/keji/">科技</a></li><li><a href="/qiche/">汽车</a></li>
  </ul>
</header>
<div class="page">
  <section class="article-wrap">
    <h1 class="article-title">湘西州“两节”期间将发放救助资金4200余万元</h1>
    <div class="article-meta"><span>类别：国内</span><span>发布时间：2025-01-09 05:29:00</span><span>来源：快资讯</span></div>
    <div class="article-body">
<p class="repost">本文转自：湖南日报</p>
<p class="h-repeat">湘西州“两节”期间将发放救助资金4200余万元</p>
<div class="img-wrap"><img src="/img/2025/01/09/a88126407_1.jpeg" alt=""><span class="img-desc">1月6日，吉首市民政局工作人员入户走访困难老人。（受访单位供图）</span></div>
<p class="byline">团结报全媒体记者 向彩霞</p>
@@BODY@@    </div>
    <div class="snapshot-tip">
      以上内容为资讯信息快照，由本站爬虫进行采集并收录，本站未对信息做任何修改，信息内容不代表本站立场。<br>
      快照生成时间：2025-01-09 07:15:02<br>
      信息原文地址：<a href="" rel="nofollow"></a>
    </div>
  </section>
  <section class="related">
    <div class="rel-item"><p><a href="/a/20250106/guonei/88090215.html">本文转自：新湖南全省启动“寒冬送温暖”专项救助行动，已开放临时避寒场所1480个，累计救助流浪乞讨人员2317人次</a></p><time>2025-01-06 06:12:00</time></div>
    <div class="rel-item"><p><a href="/a/20250103/guonei/88041122.html">…张家界市民政局为4300户困难家庭送去取暖物资，发放棉被2100床…</a></p><time>2025-01-03 18:40:00</time></div>
    <div class="rel-item"><p><a href="/a/20241228/guonei/87968830.html">本文转自：红网怀化市慈善会“慈善一日捐”募集善款612万元</a></p><time>2024-12-28 09:03:00</time></div>
  </section>
  <section class="more-news">
    <h3>更多关于国内的资讯：</h3>
    <ul>
      <li><a href="/a/20250109/guonei/88126512.html">全国春运将于1月14日启动 预计跨区域人员流动量90亿人次</a><em>2025-01-09 05:41:00</em></li>
      <li><a href="/a/20250109/guonei/88126530.html">多地发布低温雨雪冰冻预警</a><em>2025-01-09 05:44:00</em></li>
      <li><a href="/a/20250109/guonei/88126571.html">2024年全国居民人均可支配收入增长5.3%</a><em>2025-01-09 05:52:00</em></li>
    </ul>
  </section>
</div>
<aside class="hot-list"><h3>热门快照</h3><ol>
  <li><a href="/a/20250108/guonei/88110072.html">湖南城乡低保标准分别提高到每人每月700元和5400元/年</a></li>
  <li><a href="/a/20250108/guonei/88110096.html">吉首至怀化高铁开通运营</a></li>
  <li><a href="/a/20250107/guonei/88096613.html">湘西州第3批传统村落保护名录公布</a></li>
</ol></aside>
<footer class="ftr">© 2025 快照资讯网 · 湘ICP备2023019874号-1 · <a href="/about/">关于</a> · <a href="/report/">举报</a></footer>
</div>
</body>
</html>
"""
