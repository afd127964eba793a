# L5 roundup, UTF-8; four items: 昆山市 (county-level city), 潍坊市, 济源市 (province-administered), 于都县
META = dict(
    id="ho017", layout="L5", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="各地多举措做好春节期间困难群众救助帮扶",
    published="2022-01-26", source="社会救助信息网", origin=None, authors=[],
    url="http://www.shjzxx-net.cn/dfdt/2022-01/26/content_44718.html",
    notes="roundup; headline figures annotated (2.3万户, 1486名 twice); 济源示范区 = 济源市 419001; 首批, 12个县市区, 23个乡镇 are not measures; 于都 item has two organisers in one county",
)

ITEMS = [
    dict(
        region="320583", campaigns=[], origin="昆山市民政局",
        head="江苏昆山：2.3万户困难家庭领到春节慰问金",
        paras=["近日，昆山市民政局联合市慈善总会开展春节走访慰问，向全市低保、低保边缘、特困供养等困难家庭发放春节慰问金，共计2.3万户、2815万元。其中，低保家庭每户1500元，低保边缘家庭每户1000元。"],
        ly="（据昆山市民政局）",
        measures=[
            M("2.3万户", 23000, "household", "beneficiaries"),
            M("2.3万户", 23000, "household", "beneficiaries"),
            M("2815万元", 28150000, "yuan", "funds"),
            M("每户1500元", 1500, "yuan", "funds", per="household"),
            M("每户1000元", 1000, "yuan", "funds", per="household"),
        ],
    ),
    dict(
        region="370700", campaigns=["情暖鸢都"], origin="潍坊日报",
        head="山东潍坊：“情暖鸢都”慈善救助项目启动",
        paras=["1月20日，潍坊市慈善总会“情暖鸢都”慈善救助项目启动，首批投入慈善资金500万元，对全市1万户困难家庭每户给予500元救助，项目覆盖12个县市区。"],
        ly="（据潍坊日报）",
        measures=[
            M("500万元", 5000000, "yuan", "donations"),
            M("1万户", 10000, "household", "beneficiaries"),
            M("每户给予500元", 500, "yuan", "donations", per="household"),
        ],
    ),
    dict(
        region="419001", campaigns=[], origin="济源示范区民政局",
        head="河南济源：1486名特困人员领到取暖补贴",
        paras=["济源示范区民政局近日完成今冬特困人员取暖补贴发放工作，为全区1486名分散和集中供养特困人员每人发放取暖补贴300元，共计44.58万元，同时为农村分散供养特困人员免费发放电热毯1486条。"],
        ly="（据济源示范区民政局）", ly_inline=True,
        measures=[
            M("1486名", 1486, "person", "beneficiaries"),
            M("1486名", 1486, "person", "beneficiaries"),
            M("每人发放取暖补贴300元", 300, "yuan", "funds", per="person"),
            M("44.58万元", 445800, "yuan", "funds"),
            M("1486条", 1486, "item", "supplies"),
        ],
    ),
    dict(
        region="360731", campaigns=["慈善一日捐"], origin="于都县融媒体中心",
        head="江西于都：“慈善一日捐”助力困难群众过暖冬",
        paras=[
            "于都县2021年“慈善一日捐”活动日前圆满结束，全县机关干部、企业职工和爱心人士踊跃捐款，共募集善款826.7万元。春节前，县慈善会将拿出其中的320万元，对全县3200余户困难家庭开展走访慰问。",
            "此外，县民政局还为全县23个乡镇的敬老院送去棉被、褥子各400床，物资价值18万元。",
        ],
        ly="（据于都县融媒体中心）", ly_inline=True,
        measures=[
            M("826.7万元", 8267000, "yuan", "donations"),
            M("320万元", 3200000, "yuan", "donations"),
            M("3200余户", 3200, "household", "visits", q="over"),
            M("各400床", 400, "item", "supplies", per="type"),
            M("价值18万元", 180000, "yuan", "supplies"),
        ],
    ),
]


def render(items, esc):
    out = []
    for n, it in enumerate(items, 1):
        ps = list(it["paras"])
        if it.get("ly_inline"):
            ps[-1] += it["ly"]
        s = '<article class="brief" id="b%d">\n  <h3 class="brief-title">%s</h3>\n' % (n, esc(it["head"]))
        s += "".join("  <p>%s</p>\n" % esc(p) for p in ps)
        if not it.get("ly_inline"):
            s += '  <p class="brief-src">%s</p>\n' % esc(it["ly"])
        s += "</article>\n"
        out.append(s)
    return TEMPLATE.replace("@@BODY@@", "".join(out))


TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>各地多举措做好春节期间困难群众救助帮扶 - 社会救助信息网</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="/static/css/site.202201.css">
<style>.brief{padding:14px 0;border-bottom:1px dotted #ccc}.brief-title{font-size:17px}.brief p{text-indent:2em;line-height:1.9}.brief-src{text-align:right;color:#777}</style>
</head>
<body>
<header id="top">
  <div class="inner"><a href="/" class="brand">社会救助信息网</a>
  <nav><a href="/">首页</a><a href="/zcwj/">政策文件</a><a href="/dfdt/" class="on">地方动态</a><a href="/jzal/">救助案例</a><a href="/sjtj/">数据统计</a></nav></div>
</header>
<div class="inner page">
  <div class="where">当前位置：<a href="/">首页</a> / <a href="/dfdt/">地方动态</a></div>
  <main class="col-main">
    <h1>各地多举措做好春节期间困难群众救助帮扶</h1>
    <p class="meta">发布时间：2022年01月26日　来源：社会救助信息网　字号：<a href="#">T</a>|<a href="#">T</a></p>
    <nav class="mulu">本文目录：<a href="#b1">江苏昆山</a> · <a href="#b2">山东潍坊</a> · <a href="#b3">河南济源</a> · <a href="#b4">江西于都</a></nav>
    <div class="text">
@@BODY@@    </div>
    <p class="editor">【编辑：孙悦】</p>
    <div class="prev-next"><a href="/dfdt/2022-01/25/content_44690.html">上一篇：甘肃下拨困难群众救助补助资金12.8亿元</a><a href="/dfdt/2022-01/27/content_44735.html">下一篇：多地启动寒潮天气应急救助</a></div>
  </main>
  <aside class="col-side">
    <section><h4>数据</h4><ul>
      <li>2021年全国城市低保平均标准：711元/人·月</li>
      <li>2021年全国农村低保平均标准：530元/人·月</li>
      <li>截至2021年底全国特困人员：470万人</li>
    </ul></section>
    <section><h4>热门文章</h4><ul>
      <li><a href="/jzal/2022-01/21/content_44601.html">一碗热汤面背后的救助故事</a></li>
      <li><a href="/zcwj/2022-01/19/content_44566.html">民政部部署做好2022年元旦春节期间困难群众基本生活保障工作</a></li>
      <li><a href="/dfdt/2022-01/18/content_44530.html">广东开放避寒场所2200余个</a></li>
    </ul></section>
  </aside>
</div>
<footer><p>社会救助信息网　京ICP备14021556号-2　Copyright © 2014-2022</p></footer>
</body>
</html>
"""
