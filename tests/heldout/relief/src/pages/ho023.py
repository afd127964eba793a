# L5 roundup, UTF-8; items: 长沙市, 兴义市+安龙县 (-> 黔西南州, smallest common ancestor), 三亚市
META = dict(
    id="ho023", layout="L5", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="岁末年初 各地民政部门为困难群众送温暖",
    published="2019-12-31", source="民政资讯网", origin=None, authors=[],
    url="http://www.mzzx-net.cn/difang/201912/t20191231_30688.html",
    notes="item 2 is organised jointly by two county-level charities (兴义市 522301, 安龙县 522328): smallest common ancestor 522300; 13个安置点 is scope; 三民〔2019〕138号 is a document number; headline figure 1.5万名 annotated twice; 作者:综合 is not a person -> authors []",
)

ITEMS = [
    dict(
        region="430100", campaigns=["寒冬送温暖"], origin="长沙晚报",
        head="长沙市民政局：今冬为1.5万名困难群众发放过冬物资",
        paras=[
            "12月27日，长沙市民政局启动“寒冬送温暖”困难群众冬季救助，为全市1.5万名城乡特困人员、孤儿和困境儿童发放羽绒服、棉被、电热毯等过冬物资，人均物资价值约600元，总价值900万元。",
            "市民政局还对全市流浪乞讨人员救助工作作出部署，要求各区县（市）寒潮期间增加夜间巡查频次，全市已开放临时救助点62个。",
        ],
        ly="（据长沙晚报）",
        measures=[
            M("1.5万名", 15000, "person", "beneficiaries"),
            M("1.5万名", 15000, "person", "beneficiaries"),
            M("人均物资价值约600元", 600, "yuan", "supplies", q="approx", per="person"),
            M("900万元", 9000000, "yuan", "supplies"),
            M("62个", 62, "institution", "other"),
        ],
    ),
    dict(
        region="522300", campaigns=["冬日送暖"], origin="黔西南日报",
        head="贵州兴义、安龙两地慈善会联合开展冬季助困",
        paras=[
            "近日，兴义市慈善会与安龙县慈善会联合开展“冬日送暖”助困活动，为两地13个易地扶贫搬迁安置点的860户困难家庭送去棉被860床、棉衣1720件，物资价值合计43.2万元。",
            "两地慈善会还为安置点内的120名留守儿童每人送去价值200元的学习用品和保暖衣物。",
        ],
        ly="（据黔西南日报）",
        measures=[
            M("860户", 860, "household", "beneficiaries"),
            M("860床", 860, "item", "supplies"),
            M("1720件", 1720, "item", "supplies"),
            M("43.2万元", 432000, "yuan", "supplies"),
            M("120名", 120, "person", "beneficiaries"),
            M("每人送去价值200元", 200, "yuan", "supplies", per="person"),
        ],
    ),
    dict(
        region="460200", campaigns=[], origin="三亚日报",
        head="三亚市为低保户发放春节一次性补贴",
        paras=["三亚市民政局日前下发通知（三民〔2019〕138号），明确2020年春节前为全市城乡低保对象、特困供养人员发放一次性生活补贴，标准为每人300元，预计发放资金324万元，惠及困难群众10800人。市民政局要求各区在2020年1月15日前将补贴资金发放到位。"],
        ly="（据三亚日报）", ly_inline=True,
        measures=[
            M("每人300元", 300, "yuan", "funds", per="person"),
            M("324万元", 3240000, "yuan", "funds"),
            M("10800人", 10800, "person", "beneficiaries"),
        ],
    ),
]


def render(items, esc):
    out = []
    for n, it in enumerate(items, 1):
        ps = list(it["paras"])
        if it.get("ly_inline"):
            ps[-1] += it["ly"]
        s = '<a name="n%d"></a><h3 style="color:#0a5aa8;font-size:17px">%s</h3>\n' % (n, esc(it["head"]))
        s += "".join('<p style="text-indent:2em">%s</p>\n' % esc(p) for p in ps)
        if not it.get("ly_inline"):
            s += '<p style="text-align:right"><font color="#888">%s</font></p>\n' % esc(it["ly"])
        out.append(s)
    return TEMPLATE.replace("@@BODY@@", '<hr size="1" noshade color="#e0e0e0">\n'.join(out))


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>岁末年初 各地民政部门为困难群众送温暖--民政资讯网</title>
<link rel="stylesheet" href="/templets/default/style/dedecms.css" type="text/css">
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">2019年12月31日</span><span class="toplinks"><a href="/">首页</a> | <a href="/member/">会员中心</a> | <a href="/tags.php">TAG标签</a></span></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h2><a href="/">民政资讯网</a></h2></div></div>
<div class="nav w960 center"><ul><li><a href="/">首页</a></li><li><a href="/yaowen/">要闻</a></li><li class="thisclass"><a href="/difang/">地方动态</a></li><li><a href="/jiuzhu/">社会救助</a></li><li><a href="/cishan/">慈善公益</a></li><li><a href="/yanglao/">养老</a></li></ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
  <div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/difang/">地方动态</a> &gt;</div>
  <div class="viewbox">
    <div class="title"><h2>岁末年初 各地民政部门为困难群众送温暖</h2></div>
    <h1 style="display:none">岁末年初 各地民政部门为困难群众送温暖</h1>
    <div class="info"><small>时间:</small>2019-12-31 16:20<small>来源:</small>民政资讯网 <small>作者:</small>综合 <small>点击:</small><script src="/plus/count.php?view=yes&amp;aid=30688&amp;mid=1"></script>次</div>
    <div class="intro">【导读】长沙为1.5万名困难群众发放过冬物资；兴义、安龙两地慈善会联合助困；三亚发放春节一次性补贴。</div>
    <div class="content">
@@BODY@@    </div>
    <div class="dede_pages"></div>
    <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
    <div class="handle">
      <div class="context"><ul><li>上一篇：<a href="/difang/201912/t20191230_30671.html">多地民政部门开展养老机构冬季安全大检查</a></li><li>下一篇：<a href="/difang/202001/t20200102_30702.html">元旦期间各地救助管理机构开放避寒场所</a></li></ul></div>
      <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=30688">收藏</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
    </div>
    <p style="text-align:right">责任编辑：吴晓梅</p>
  </div>
</div>
<div class="pright">
  <div class="commend"><dl class="tbox"><dt><strong>推荐内容</strong></dt><dd><ul class="d4">
    <li><a href="/jiuzhu/201912/t20191226_30610.html">湖南下拨冬春救助资金3.2亿元</a></li>
    <li><a href="/cishan/201912/t20191224_30588.html">贵州省慈善总会“春节慰问”募集款物5600万元</a></li>
    <li><a href="/yanglao/201912/t20191220_30550.html">海南新增养老床位2100张</a></li>
  </ul></dd></dl></div>
  <div class="hot"><dl class="tbox"><dt><strong>热点内容</strong></dt><dd><ul class="c1">
    <li><a href="/yaowen/201912/t20191229_30650.html">民政部：全国城乡低保对象4300万人</a></li>
    <li><a href="/yaowen/201912/t20191228_30639.html">第3批全国婚俗改革实验区名单公布</a></li>
  </ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear"><p class="powered">Powered by <a href="#">DedeCms</a> © 2008-2019</p><p class="copyright">民政资讯网 版权所有　湘ICP备08102635号</p></div>
</body>
</html>
"""
