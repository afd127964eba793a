META = dict(
    title="多地为困难群众发放春节补贴 保障温暖过冬",
    published="2025-01-22", source="社会救助观察", origin=None, authors=[],
    url="https://www.shjz-gc.cn/dfkx/202501/t20250122_10297.html",
    lang="zh-Hans", encoding="UTF-8", layout="L5", charset_declared="utf-8",
    notes="朝阳县 (211321), 漠河市 (232701), 鄂伦春自治旗 (150723); 大米1袋/面粉1袋/豆油1桶 per household; 慰问款物 value -> funds; 每月上门送一次 (indefinite) not annotated",
)
P = [
    "朝阳县春节前发放一次性生活补贴1260万元",
    "近日，辽宁省朝阳县民政局将2025年春节一次性生活补贴发放到位，全县3.15万名城乡低保对象、特困人员每人领取400元，共计发放1260万元。县民政局同步开展“暖冬护航”行动，为分散供养特困人员送去取暖煤1100吨。",
    "（据朝阳日报）",
    "漠河市为低保特困群众发放取暖补贴",
    "在我国最北的漠河市，冬季最低气温可达零下40℃以下。漠河市民政局今冬为全市1862户低保、特困家庭发放取暖补贴，标准为每户每年2400元，合计446.88万元；对居住在偏远林场管护站点的32户困难家庭，由工作人员每月上门送一次生活物资。",
    "（据大兴安岭日报）",
    "鄂伦春自治旗：为困难群众送去米面油",
    "鄂伦春自治旗民政局近日开展春节慰问，走访慰问城乡困难群众2100余户，为每户送去大米1袋、面粉1袋、豆油1桶，为86名孤儿、事实无人抚养儿童和困境儿童每人发放慰问金300元，慰问款物合计约78万元。",
    "（据呼伦贝尔日报）",
]
ITEMS = [
    dict(region="211321", campaigns=["暖冬护航"], title=P[0], origin="朝阳日报", m=[
        ("1260万元", 12600000, "yuan", "exact", None, None, "funds"),
        ("3.15万名", 31500, "person", "exact", None, None, "beneficiaries"),
        ("每人领取400元", 400, "yuan", "exact", "person", None, "funds"),
        ("1260万元", 12600000, "yuan", "exact", None, None, "funds"),
        ("1100吨", 1100, "吨", "exact", None, None, "supplies"),
    ]),
    dict(region="232701", campaigns=[], title=P[3], origin="大兴安岭日报", m=[
        ("1862户", 1862, "household", "exact", None, None, "beneficiaries"),
        ("每户每年2400元", 2400, "yuan", "exact", "household", None, "funds"),
        ("446.88万元", 4468800, "yuan", "exact", None, None, "funds"),
        ("32户", 32, "household", "exact", None, None, "beneficiaries"),
    ]),
    dict(region="150723", campaigns=[], title=P[6], origin="呼伦贝尔日报", m=[
        ("2100余户", 2100, "household", "over", None, None, "visits"),
        ("大米1袋", 1, "item", "exact", "household", None, "supplies"),
        ("面粉1袋", 1, "item", "exact", "household", None, "supplies"),
        ("豆油1桶", 1, "item", "exact", "household", None, "supplies"),
        ("86名", 86, "person", "exact", None, None, "beneficiaries"),
        ("每人发放慰问金300元", 300, "yuan", "exact", "person", None, "funds"),
        ("约78万元", 780000, "yuan", "approx", None, None, "funds"),
    ]),
]
HTML = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>多地为困难群众发放春节补贴 保障温暖过冬 - 社会救助观察</title>
<link rel="stylesheet" href="/css/site.2025.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"多地为困难群众发放春节补贴 保障温暖过冬","datePublished":"2025-01-22T08:30:00+08:00","publisher":{"@type":"Organization","name":"社会救助观察"}}</script>
</head>
<body>
<div class="site-top"><a href="/" class="brand">社会救助观察</a><nav><a href="/">首页</a><a href="/zcjd/">政策解读</a><a href="/dfkx/" class="active">地方快讯</a><a href="/alfx/">案例分析</a><a href="/sjfb/">数据发布</a></nav></div>
<div class="layout">
 <main>
  <div class="crumb"><a href="/">首页</a> / <a href="/dfkx/">地方快讯</a> / 正文</div>
  <h1>多地为困难群众发放春节补贴 保障温暖过冬</h1>
  <div class="meta">发布时间：2025-01-22 08:30 · 来源：社会救助观察 · 阅读 3,208</div>
  <ol class="toc"><li><a href="#i1">朝阳县春节前发放一次性生活补贴1260万元</a></li><li><a href="#i2">漠河市为低保特困群众发放取暖补贴</a></li><li><a href="#i3">鄂伦春自治旗：为困难群众送去米面油</a></li></ol>
  <div class="roundup">
   <div class="entry" id="i1"><h3>@@1@@</h3><p>@@2@@</p><p class="cite">@@3@@</p></div>
   <div class="entry" id="i2"><h3>@@4@@</h3><p>@@5@@</p><p class="cite">@@6@@</p></div>
   <div class="entry" id="i3"><h3>@@7@@</h3><p>@@8@@</p><p class="cite">@@9@@</p></div>
  </div>
  <p class="editor">编辑：周楠 校对：孙悦</p>
  <div class="pager"><a href="/dfkx/202501/t20250121_10288.html">‹ 上一篇：多省份下达冬春救助资金</a> <a href="/dfkx/202501/t20250123_10305.html">下一篇：寒潮来袭 救助站开启“夜巡”模式 ›</a></div>
 </main>
 <aside>
  <section><h3>数据发布</h3>
   <ul><li>2024年四季度全国城市低保平均标准每人每月801元</li><li>全国农村特困人员431.3万人</li><li>2024年全国临时救助1040万人次</li></ul>
  </section>
  <section><h3>热门</h3>
   <ul><li><a href="/zcjd/202501/t20250118_10201.html">解读：低保边缘家庭认定新规十问十答</a></li><li><a href="/dfkx/202501/t20250117_10190.html">“十四五”以来累计支出救助资金超9000亿元</a></li></ul>
  </section>
 </aside>
</div>
<footer class="foot">社会救助观察 &copy; 2025 ｜ 京ICP备19023311号-1</footer>
</body>
</html>
'''
