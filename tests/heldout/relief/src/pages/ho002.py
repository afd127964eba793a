# L3 newspaper e-paper (广西日报), UTF-8; regional paper writing 我区 -> 450000
META = dict(
    id="ho002", layout="L3", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="我区下拨资金4.2亿元保障困难群众温暖过节",
    published="2019-01-30", source="广西日报", origin=None, authors=["韦静", "黄志明"],
    url="http://gxrb.gxrb-news.cn/html/2019-01/30/content_1583627.htm",
    notes="autonomous-region paper writing 我区/自治区: coded to the region (450000) as the README does for 我省; kicker and subtitle excluded, three in-article subheadings kept; 第3批 is an ordinal, 桂民发〔2018〕56号 a document number; 6500余万元 is 慰问金和慰问品 (款物) handed out -> funds",
)

SUBHEADS = {"一次性补助发放到人", "走访慰问覆盖城乡", "低温天气救助不断档"}

ITEMS = [dict(
    region="450000", campaigns=["慈善情暖八桂", "寒冬送温暖"], origin=None,
    paras=[
        "本报南宁1月29日讯 记者从自治区民政厅获悉，为确保困难群众温暖过冬、欢度春节，自治区财政、民政部门日前下拨困难群众救助补助资金4.2亿元，用于春节期间城乡低保对象、特困人员和其他生活困难群众的生活救助和走访慰问。这是自治区本年度下拨的第3批困难群众救助补助资金。",
        "一次性补助发放到人",
        "根据自治区民政厅印发的《关于做好2019年元旦春节期间困难群众走访慰问工作的通知》（桂民发〔2018〕56号），各地在春节前向城乡低保对象、特困人员一次性发放生活补助，标准为每人不低于100元。截至1月28日，全区已发放一次性生活补助2.87亿元，惠及困难群众281.6万人。",
        "走访慰问覆盖城乡",
        "春节前，自治区、市、县三级领导干部带队开展走访慰问，共走访慰问困难群众12.4万户，送去慰问金和慰问品折合人民币6500余万元。自治区慈善总会同步开展“慈善情暖八桂”新春慰问活动，募集款物价值逾1800万元，重点帮扶因病因残致困家庭、留守老人和困境儿童。",
        "低温天气救助不断档",
        "为应对近期低温雨雪天气，全区各级救助管理机构全面启动“寒冬送温暖”专项救助行动，开放临时避寒场所326个，累计救助流浪乞讨人员4870人次，发放棉衣、棉被等御寒物资1.1万件。桂北山区部分县气温降至零下3℃，当地民政部门提前将棉被、大米送到高寒山区困难群众家中。",
        "自治区民政厅有关负责人介绍，2018年全区累计实施临时救助38.5万人次，支出临时救助资金6.9亿元，人均救助水平达1792元，临时救助在保障群众基本生活中发挥了“托底线、救急难”的重要作用。",
    ],
    measures=[
        M("4.2亿元", 420000000, "yuan", "funds"),
        M("每人不低于100元", 100, "yuan", "funds", q="over", per="person"),
        M("2.87亿元", 287000000, "yuan", "funds"),
        M("281.6万人", 2816000, "person", "beneficiaries"),
        M("12.4万户", 124000, "household", "visits"),
        M("6500余万元", 65000000, "yuan", "funds", q="over"),
        M("逾1800万元", 18000000, "yuan", "donations", q="over"),
        M("326个", 326, "institution", "other"),
        M("4870人次", 4870, "person_time", "beneficiaries"),
        M("1.1万件", 11000, "item", "supplies"),
        M("38.5万人次", 385000, "person_time", "beneficiaries"),
        M("6.9亿元", 690000000, "yuan", "funds"),
        M("人均救助水平达1792元", 1792, "yuan", "funds", per="person"),
    ],
)]


def render(items, esc):
    out = []
    for p in items[0]["paras"]:
        if p in SUBHEADS:
            out.append('<P align="center"><B>%s</B></P>\n' % esc(p))
        else:
            out.append("<P>\u3000\u3000%s</P>\n" % esc(p))
    return TEMPLATE.replace("@@BODY@@", "".join(out))


TEMPLATE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=utf-8">
<TITLE>广西日报数字报-我区下拨资金4.2亿元保障困难群众温暖过节</TITLE>
<META name="founder-date" content="2019-01-30">
<META name="founder-page" content="第001版：要闻">
<LINK href="../../../style/gxrb2018.css" rel="stylesheet" type="text/css">
<SCRIPT src="../../../script/jquery-1.7.2.min.js"></SCRIPT>
<SCRIPT src="../../../script/pageLink.js"></SCRIPT>
</HEAD>
<BODY>
<DIV id="topbar">
  <DIV class="mast"><A href="../../../index.htm"><IMG src="../../../img/gxrb_logo.gif" alt="广西日报" border="0"></A></DIV>
  <DIV class="qh">2019年01月30日&nbsp;星期三&nbsp;&nbsp;<A href="../29/node_1.htm">&lt;&lt;上一期</A>&nbsp;<A href="../31/node_1.htm">下一期&gt;&gt;</A>&nbsp;&nbsp;<A href="../../../../paperindex.htm">往期回顾</A></DIV>
</DIV>
<DIV id="wrapper">
<DIV class="col-left">
  <DIV class="bmt"><STRONG>第001版：要闻</STRONG></DIV>
  <DIV class="pdf"><A href="../../../images/2019-01/30/01/GXRB20190130001.pdf">PDF版下载</A></DIV>
  <DIV class="bmdh"><H4>版面导航</H4>
    <UL><LI><A href="node_1.htm">第001版：要闻</A></LI><LI><A href="node_2.htm">第002版：要闻</A></LI><LI><A href="node_3.htm">第003版：时政</A></LI><LI><A href="node_4.htm">第004版：综合新闻</A></LI><LI><A href="node_5.htm">第005版：民生</A></LI><LI><A href="node_6.htm">第006版：广告</A></LI></UL>
  </DIV>
  <DIV class="btdh"><H4>本版新闻</H4>
    <UL><LI><A href="content_1583625.htm">自治区十三届人大二次会议胜利闭幕</A></LI><LI><A href="content_1583627.htm">我区下拨资金4.2亿元保障困难群众温暖过节</A></LI><LI><A href="content_1583630.htm">春运首周全区道路客运量超600万人次</A></LI><LI><A href="content_1583633.htm">图片新闻</A></LI></UL>
  </DIV>
</DIV>
<DIV class="col-main">
  <DIV class="article">
    <H3 class="yt">春节前全面完成走访慰问</H3>
    <H1>我区下拨资金4.2亿元保障困难群众温暖过节</H1>
    <H2 class="ft">全区已发放一次性生活补助2.87亿元</H2>
    <DIV class="author">本报记者&nbsp;韦静&nbsp;&nbsp;通讯员&nbsp;黄志明</DIV>
    <DIV id="ozoom" class="content">
<!--enpcontent-->@@BODY@@<!--/enpcontent-->
    </DIV>
    <DIV class="zb">（责任编辑：覃&nbsp;芸）</DIV>
    <DIV class="tools"><A href="javascript:window.print()">打印本页</A>&nbsp;|&nbsp;<A href="javascript:window.close()">关闭窗口</A>&nbsp;|&nbsp;<A href="#top">返回顶部</A></DIV>
  </DIV>
</DIV>
<DIV class="col-right">
  <DIV class="box"><H4>本期热点</H4>
    <OL>
      <LI><A href="../29/content_1583120.htm">全区农村居民人均可支配收入增长9.8%</A></LI>
      <LI><A href="../29/content_1583133.htm">南宁地铁3号线日均客流突破15万人次</A></LI>
      <LI><A href="../28/content_1582611.htm">全区新增城镇就业45.6万人</A></LI>
      <LI><A href="../28/content_1582640.htm">2018年全区减贫116万人</A></LI>
      <LI><A href="../27/content_1582208.htm">春节黄金周预计接待游客2950万人次</A></LI>
    </OL>
  </DIV>
  <DIV class="box"><H4>往期精彩</H4>
    <UL>
      <LI><A href="../../2018-12/28/content_1571003.htm">全区城乡低保标准再提高 农村每人每年4300元</A>&nbsp;<SPAN>12-28</SPAN></LI>
      <LI><A href="../../2018-12/20/content_1566421.htm">自治区慈善总会募集善款1.36亿元</A>&nbsp;<SPAN>12-20</SPAN></LI>
      <LI><A href="../../2019-01/08/content_1576212.htm">全区开放避寒场所286个 应对寒潮</A>&nbsp;<SPAN>01-08</SPAN></LI>
    </UL>
  </DIV>
</DIV>
</DIV>
<DIV id="footer">
  <P>广西日报社版权所有&nbsp;&nbsp;未经许可不得转载</P>
  <P>桂ICP备05003025号&nbsp;&nbsp;互联网新闻信息服务许可证：45120170003</P>
  <P>地址：南宁市民族大道81号&nbsp;&nbsp;电话：0771-5696210</P>
</DIV>
</BODY>
</HTML>
"""
