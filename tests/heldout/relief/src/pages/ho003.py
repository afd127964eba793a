# L1 snapshot aggregator, UTF-8; 凯里市 (county-level city)
META = dict(
    id="ho003", layout="L1", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="凯里市“慈善一日捐”募得善款逾300万元",
    published="2023-01-12", source="掌上黔东南", origin="黔东南日报", authors=["杨秀英", "吴天明"],
    url="http://kz.rdkz-news.com/kz/2023/0112/60218837.html",
    notes="aggregator 发布时间 is the page date; 本文转自 gives the origin; the related list carries other 本文转自 lines; repeated headline, image caption and byline inside the content div are excluded; “每户困难家庭送去价值500元的米面油和500元慰问金”: the 每户 rate marker governs both amounts (goods value -> supplies, charity 慰问金 -> donations); 5个慰问组, 18个镇（街道）, 80岁以上 and 12年 are not measures",
)

ITEMS = [dict(
    region="522601", campaigns=["慈善一日捐"], origin="黔东南日报",
    paras=[
        "1月10日，凯里市2023年“慈善一日捐”活动总结暨春节慰问金发放仪式在市民政局举行。记者从会上获悉，此次活动自2022年12月启动以来，全市各级机关企事业单位干部职工和社会各界爱心人士踊跃参与，共筹集善款逾300万元。",
        "根据方案，所筹善款将全部用于困难群众春节慰问、困境儿童助学和大病救助等项目。仪式现场，市慈善总会向全市18个镇（街道）困难群众代表发放慰问金，为每户困难家庭送去价值500元的米面油和500元慰问金，首批受益困难家庭达1200户。",
        "仪式结束后，市民政局、市慈善总会组成5个慰问组，分赴大十字街道、鸭塘街道等地，走访慰问80岁以上高龄困难老人、重度残疾人和困境儿童家庭一百二十户，并为凯里市社会福利院、鸭塘敬老院等7所养老机构送去棉被、电热毯等过冬物资。",
        "据了解，凯里市“慈善一日捐”活动已连续开展12年，累计募集善款3860余万元，救助困难群众两万多人次。市慈善总会相关负责人表示，将坚持“取之于民、用之于民”原则，定期公布善款使用情况，接受社会监督。",
    ],
    measures=[
        M("逾300万元", 3000000, "yuan", "donations", q="over"),
        M("每户困难家庭送去价值500元", 500, "yuan", "supplies", per="household"),
        M("500元慰问金", 500, "yuan", "donations", per="household"),
        M("1200户", 1200, "household", "beneficiaries"),
        M("一百二十户", 120, "household", "visits"),
        M("7所养老机构", 7, "institution", "beneficiaries"),
        M("3860余万元", 38600000, "yuan", "donations", q="over"),
        M("两万多人次", 20000, "person_time", "beneficiaries", q="over"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], "<p>{}</p>\n", esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>凯里市“慈善一日捐”募得善款逾300万元 - 热点快照</title>
<meta name="description" content="1月10日，凯里市2023年“慈善一日捐”活动总结暨春节慰问金发放仪式在市民政局举行。记者从会上获悉，此次活动自2022年12月启动以来">
<link rel="canonical" href="http://kz.rdkz-news.com/kz/2023/0112/60218837.html">
<link rel="stylesheet" href="/assets/css/snap.3.1.css">
<script async src="https://hm.baidu.com/hm.js?8c7d2a0f61b14e5e9a13f3b44c9a5e21"></script>
</head>
<body class="snap">
<header class="site-hd">
  <a class="brand" href="/">热点快照</a>
  <nav class="chan">
    <span class="sub-toggle">我的订阅 ▾<span class="sub-menu"><a href="/guonei/" class="cur">国内</a></span></span>
    <a href="/guoji/">国际</a><a href="/shehui/">社会</a><a href="/caijing/">财经</a><a href="/keji/">科技</a><a href="/tiyu/">体育</a><a href="/yule/">娱乐</a>
  </nav>
</header>
<main class="layout">
<section class="main-col">
  <article class="snap-article">
    <h1 class="snap-title">凯里市“慈善一日捐”募得善款逾300万元</h1>
    <div class="snap-meta">类别：国内　发布时间：2023-01-12 08:31:00　来源：掌上黔东南</div>
    <div class="snap-content">
<p class="zz">本文转自：黔东南日报</p>
<p><strong>凯里市“慈善一日捐”募得善款逾300万元</strong></p>
<figure class="pic"><img src="/upload/2023/01/12/qdnrb_0112_03a.jpg" alt=""><figcaption>图为慰问金发放仪式现场。记者 杨秀英 摄</figcaption></figure>
<p>记者 杨秀英 通讯员 吴天明</p>
@@BODY@@    </div>
    <div class="snap-note">
      <p>以上内容为资讯信息快照，由本站爬虫自动采集收录，本站未对信息做任何修改，信息内容不代表本站立场。</p>
      <p>快照生成时间：2023-01-12 10:02:47</p>
      <p>本站信息快照查询为非营利公共服务，如有侵权请联系我们删除。</p>
      <p>信息原文地址：<a href="" rel="nofollow"></a></p>
    </div>
  </article>
  <section class="snip-list">
    <div class="snip"><a href="/kz/59910325.html">本文转自：贵州日报省民政厅下拨临时救助资金1.2亿元 春节前，省民政厅会同省财政厅下拨临时救助资金1.2亿元，支持各地做好困难群众春节期间基本生活保障</a><time>2023-01-06 07:40:00</time></div>
    <div class="snip"><a href="/kz/59933178.html">…黔东南州启动“冬季送温暖”专项救助行动以来，全州累计救助流浪乞讨人员312人次，发放棉被、棉衣1560件，开放临时避寒点45个…</a><time>2023-01-08 19:12:00</time></div>
    <div class="snip"><a href="/kz/60001234.html">本文转自：当代先锋网雷山县民政局走访慰问困难群众480户 近日，雷山县民政局组织干部职工深入全县9个乡镇开展春节走访慰问</a><time>2023-01-09 11:25:00</time></div>
    <div class="snip"><a href="/kz/60155892.html">…凯里市第十二届慈善晚会筹得善款86万元，将用于资助困难学生200名…</a><time>2024-12-30 21:03:00</time></div>
  </section>
  <section class="more">
    <h3>更多关于国内的资讯：</h3>
    <ul>
      <li><a href="/kz/60220011.html">春运首日全国铁路发送旅客550万人次</a><em>2023-01-07 22:10:00</em></li>
      <li><a href="/kz/60220374.html">多地发布寒潮预警 部分地区降温超12℃</a><em>2023-01-12 09:15:00</em></li>
      <li><a href="/kz/60220598.html">全国首批“乡村振兴示范县”名单公布</a><em>2023-01-12 09:31:00</em></li>
      <li><a href="/kz/60220643.html">年货节线上销售额同比增长23.5%</a><em>2023-01-12 09:40:00</em></li>
    </ul>
  </section>
</section>
<aside class="side-col">
  <div class="hot"><h3>热门快照</h3><ol>
    <li><a href="/kz/59812640.html">全省城乡低保平均标准提高到每人每月720元</a></li>
    <li><a href="/kz/59799213.html">黔东南州发放春节慰问金4680万元 慰问困难群众9.6万户</a></li>
    <li><a href="/kz/59788451.html">凯里至黎平高速公路建成通车</a></li>
    <li><a href="/kz/59760032.html">残疾人两项补贴惠及困难残疾人3.2万名</a></li>
  </ol></div>
</aside>
</main>
<footer class="site-ft">
  <p><a href="/about/">关于本站</a> · <a href="/contact/">联系我们</a> · <a href="/disclaimer/">免责声明</a></p>
  <p>© 2018-2023 热点快照 版权所有 · 京ICP备18063322号-2</p>
</footer>
</body>
</html>
"""
