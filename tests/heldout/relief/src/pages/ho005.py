# L5 roundup, UTF-8; three items in three municipalities (Beijing, Tianjin, Chongqing)
META = dict(
    id="ho005", layout="L5", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="京津渝三地多举措保障困难群众温暖过冬",
    published="2025-01-20", source="民政之声", origin=None, authors=[],
    url="http://www.mzzs-news.cn/gdkx/202501/t20250120_58210.html",
    notes="roundup: page origin null, each item its own (据…) origin; item headlines are body and their figures annotated (1.6万户 and 3200户 twice); 43个街乡, 13个街道, 26个乡镇（街道）, 海拔1000米, 零下5℃左右 and 首批 are not measures; goods value bought by a charity (约42万元) -> supplies as in dev rd003",
)

ITEMS = [
    dict(
        region="110105", campaigns=["暖心敲门"], origin="北京市朝阳区民政局",
        head="北京朝阳区开展“暖心敲门”走访 覆盖困难群众1.6万户",
        paras=[
            "1月以来，北京市朝阳区民政局组织43个街乡的社区工作者和志愿者开展“暖心敲门”行动，对辖区低保、低收入、特困供养等困难群众逐户上门，了解他们的生活、取暖和就医情况。截至1月18日，已走访困难群众1.6万户，发现并协调解决就医、取暖、助餐等实际问题216个。",
            "区民政局同步发放春节一次性生活补贴，城市低保对象每人发放1200元，低收入家庭每户发放800元，共计发放资金2176万元。",
        ],
        ly="（据北京市朝阳区民政局）",
        measures=[
            M("1.6万户", 16000, "household", "visits"),
            M("1.6万户", 16000, "household", "visits"),
            M("216个", 216, "个", "other"),
            M("每人发放1200元", 1200, "yuan", "funds", per="person"),
            M("每户发放800元", 800, "yuan", "funds", per="household"),
            M("2176万元", 21760000, "yuan", "funds"),
        ],
    ),
    dict(
        region="120103", campaigns=["冬季助困"], origin="天津市河西区融媒体中心",
        head="天津河西区慈善协会为困难家庭送去过冬慰问金",
        paras=[
            "近日，天津市河西区慈善协会启动2025年“冬季助困”项目，为辖区13个街道的困难家庭发放慰问金。慰问金根据家庭困难程度分档发放，每户500元至1500元不等，首批已发放至863户困难家庭，发放金额总计86.9万元。",
            "该协会还联合爱心企业采购米、面、油、羽绒服等物资，价值约42万元，将于春节前送到困难群众家中。",
        ],
        ly="（据天津市河西区融媒体中心）", ly_inline=True,
        measures=[
            M("每户500元至1500元", 500, "yuan", "donations", per="household", mx=1500),
            M("863户", 863, "household", "beneficiaries"),
            M("86.9万元", 869000, "yuan", "donations"),
            M("约42万元", 420000, "yuan", "supplies", q="approx"),
        ],
    ),
    dict(
        region="500237", campaigns=["冬季送温暖"], origin="巫山县民政局",
        head="重庆巫山：3200户高山困难群众收到过冬物资",
        paras=[
            "巫山县地处渝东北，海拔1000米以上的高山乡镇冬季气温常在零下5℃左右。1月中旬，县民政局启动“冬季送温暖”行动，为全县26个乡镇（街道）高海拔地区的3200户困难群众送去棉被、电热毯等过冬物资，其中棉被3200床、电热毯1500条，物资价值共计一百零八万元。",
        ],
        ly="（据巫山县民政局）", ly_inline=True,
        measures=[
            M("3200户", 3200, "household", "beneficiaries"),
            M("3200户", 3200, "household", "beneficiaries"),
            M("3200床", 3200, "item", "supplies"),
            M("1500条", 1500, "item", "supplies"),
            M("一百零八万元", 1080000, "yuan", "supplies"),
        ],
    ),
]


def render(items, esc):
    blocks = []
    for it in items:
        ps = list(it["paras"])
        if it.get("ly_inline"):
            ps[-1] += it["ly"]
        h = '<section class="kx-item">\n<h3>%s</h3>\n' % esc(it["head"])
        h += "".join('<p class="txt">%s</p>\n' % esc(p) for p in ps)
        if not it.get("ly_inline"):
            h += '<p class="from">%s</p>\n' % esc(it["ly"])
        h += "</section>\n"
        blocks.append(h)
    return TEMPLATE.replace("@@BODY@@", '<div class="sep"></div>\n'.join(blocks))


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta name="renderer" content="webkit">
<title>京津渝三地多举措保障困难群众温暖过冬_各地快讯_民政之声</title>
<meta name="keywords" content="暖心敲门,慈善,过冬物资">
<link rel="stylesheet" href="/static/v3/css/detail.css?20241208">
<style>.kx-item h3{font-size:17px;color:#b40000;margin:22px 0 10px}.kx-item p.txt{text-indent:2em;line-height:30px}.from{text-align:right;color:#666}.sep{height:1px;background:#e3e3e3;margin:14px 0}</style>
</head>
<body>
<div id="hd">
  <div class="logo"><a href="/"><img src="/static/v3/img/logo.png" alt="民政之声"></a></div>
  <ul class="menu"><li><a href="/">首页</a></li><li><a href="/yw/">要闻</a></li><li class="on"><a href="/gdkx/">各地快讯</a></li><li><a href="/shjz/">社会救助</a></li><li><a href="/ylfw/">养老服务</a></li><li><a href="/csgy/">慈善公益</a></li><li><a href="/zcfg/">政策法规</a></li></ul>
</div>
<div id="bd">
  <div class="pos">您的位置：<a href="/">首页</a> » <a href="/gdkx/">各地快讯</a> » 正文</div>
  <div class="l-main">
    <h1>京津渝三地多举措保障困难群众温暖过冬</h1>
    <div class="attr"><span class="t">2025-01-20 10:12</span><span class="s">来源：民政之声</span><span class="v">阅读：<i id="pv">--</i></span></div>
    <div class="toc"><b>导读</b>
      <ol><li><a href="#a1">北京朝阳区开展“暖心敲门”走访</a></li><li><a href="#a2">天津河西区慈善协会送去过冬慰问金</a></li><li><a href="#a3">重庆巫山高山困难群众收到过冬物资</a></li></ol>
    </div>
    <div class="article-body">
@@BODY@@    </div>
    <div class="editor">责任编辑：周航　审核：李思远</div>
    <div class="bshare">分享：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a><a href="javascript:;" class="qz">QQ空间</a></div>
    <div class="pn">
      <p>上一篇：<a href="./t20250119_58177.html">多地民政部门部署春节期间养老机构安全工作</a></p>
      <p>下一篇：<a href="./t20250121_58236.html">寒潮来袭 各地救助管理机构开放避寒场所</a></p>
    </div>
  </div>
  <div class="r-side">
    <div class="mod"><h4>24小时热文</h4><ul>
      <li><span>1</span><a href="/yw/202501/t20250119_58160.html">民政部：2024年全国实施临时救助超过1000万人次</a></li>
      <li><span>2</span><a href="/shjz/202501/t20250118_58121.html">城乡低保平均标准分别提高3.6%和4.1%</a></li>
      <li><span>3</span><a href="/ylfw/202501/t20250117_58099.html">全国养老机构达到4.1万家</a></li>
      <li><span>4</span><a href="/csgy/202501/t20250116_58070.html">第十二届中华慈善奖评选启动</a></li>
    </ul></div>
    <div class="mod"><h4>专题</h4><ul>
      <li><a href="/zt/2025cj/">2025年春节送温暖</a></li><li><a href="/zt/hdsnw/">寒冬送温暖专项救助行动</a></li>
    </ul></div>
  </div>
</div>
<div id="ft">
  <p>民政之声 版权所有　未经授权禁止转载</p>
  <p>京ICP备16031752号-1　京公网安备 11010502035128号</p>
</div>
</body>
</html>
"""
