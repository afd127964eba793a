META = dict(
    title="新晃县全力应对低温雨雪冰冻灾害 紧急转移安置受灾群众1260人",
    published="2018-01-30", source="县民政局", origin=None, authors=["杨通洪"],
    url="http://www.xinhuang.gov.cn/xxgk/bmdt/mzj/201801/t20180130_1139254.html",
    lang="zh-Hans", encoding="GBK", layout="L2", charset_declared=None,
    notes="no charset declaration (GBK bytes); body in full-width digits with ASCII decimal point (３.２万人), title in ASCII digits; 受灾人口 annotated as kind other, 需紧急生活救助/转移安置 as beneficiaries; houses in 间 -> raw unit, other; 8项应急措施 and 4个工作组 not annotated",
)
P = [
    "1月24日以来，受强冷空气影响，我县出现持续低温雨雪冰冻天气，最低气温降至零下5℃，部分乡镇道路结冰、电力中断，群众生产生活受到较大影响。",
    "灾情发生后，县委、县政府立即启动自然灾害救助Ⅳ级应急响应，出台8项应急措施，县民政局派出4个工作组分赴各受灾乡镇核灾救灾。据统计，截至1月29日17时，全县17个乡镇受灾，受灾人口3.2万人，紧急转移安置1260人，需紧急生活救助4800人；倒塌房屋11间，严重损坏房屋36间。",
    "县民政局紧急下拨救灾资金80万元，调运棉被2000床、棉衣1500件、大米12吨、食用油600桶，并设立集中安置点9个，确保受灾群众有饭吃、有衣穿、有干净水喝、有临时住所。这是入冬以来县民政局调运的第二批救灾物资。",
    "与此同时，县民政局组织民政干部和志愿者300余人，对全县五保户、低保户、独居老人等特殊困难群体逐户排查，为其中860户送去取暖木炭和御寒衣被。",
    "目前，受灾群众基本生活得到有效保障，全县未发生因灾死亡事件。县民政局提醒广大群众，雨雪天气出行注意安全，如遇困难可拨打24小时救灾值班电话0745-6222117。",
]
FW = str.maketrans("0123456789", "０１２３４５６７８９")
P = [x.translate(FW) for x in P]
ITEMS = [dict(region="431227", campaigns=[], m=[
    ("3.2万人", 32000, "person", "exact", None, None, "other"),
    ("1260人", 1260, "person", "exact", None, None, "beneficiaries"),
    ("4800人", 4800, "person", "exact", None, None, "beneficiaries"),
    ("11间", 11, "间", "exact", None, None, "other"),
    ("36间", 36, "间", "exact", None, None, "other"),
    ("80万元", 800000, "yuan", "exact", None, None, "funds"),
    ("2000床", 2000, "item", "exact", None, None, "supplies"),
    ("1500件", 1500, "item", "exact", None, None, "supplies"),
    ("12吨", 12, "吨", "exact", None, None, "supplies"),
    ("600桶", 600, "item", "exact", None, None, "supplies"),
    ("9个", 9, "institution", "exact", None, None, "other"),
    ("300余人", 300, "person", "over", None, None, "staff"),
    ("860户", 860, "household", "exact", None, None, "beneficiaries"),
])]
for _it in ITEMS:
    _it["m"] = [(m[0].translate(FW),) + tuple(m[1:]) for m in _it["m"]]
HTML = r'''<HTML>
<HEAD>
<TITLE>新晃县全力应对低温雨雪冰冻灾害 紧急转移安置受灾群众1260人</TITLE>
<META NAME="keywords" CONTENT="新晃,民政,冰冻灾害,救灾">
<LINK HREF="/css/style.css" REL="stylesheet" TYPE="text/css">
<SCRIPT LANGUAGE="JavaScript" SRC="/js/common.js"></SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0">
<TABLE WIDTH="980" BORDER="0" ALIGN="CENTER" CELLPADDING="0" CELLSPACING="0">
<TR><TD><IMG SRC="/images/top_xh.jpg" WIDTH="980" HEIGHT="120" ALT="新晃侗族自治县人民政府"></TD></TR>
<TR><TD BGCOLOR="#0B5CA6" HEIGHT="32" CLASS="nav"><A HREF="/">网站首页</A> | <A HREF="/xxgk/">信息公开</A> | <A HREF="/zwdt/">政务动态</A> | <A HREF="/bsfw/">办事服务</A> | <A HREF="/gzhd/">公众互动</A> | <A HREF="/zjxh/">走进新晃</A></TD></TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" ALIGN="CENTER" CELLPADDING="0" CELLSPACING="0">
<TR><TD HEIGHT="30" CLASS="weizhi">&nbsp;您现在的位置：<A HREF="/">首页</A> &gt;&gt; <A HREF="/xxgk/">信息公开</A> &gt;&gt; <A HREF="/xxgk/bmdt/">部门动态</A> &gt;&gt; 县民政局</TD></TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" ALIGN="CENTER" CELLPADDING="0" CELLSPACING="1" BGCOLOR="#CCCCCC">
<TR><TD BGCOLOR="#FFFFFF" ALIGN="CENTER">
<TABLE WIDTH="900" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD HEIGHT="60" ALIGN="CENTER"><FONT SIZE="5" COLOR="#CC0000"><B>新晃县全力应对低温雨雪冰冻灾害 紧急转移安置受灾群众1260人</B></FONT></TD></TR>
<TR><TD HEIGHT="28" ALIGN="CENTER" STYLE="border-bottom:1px dotted #999999"><FONT COLOR="#666666">发布时间：2018-01-30 09:45:12 &nbsp; 来源：县民政局 &nbsp; 作者：杨通洪 &nbsp; 点击数：<SCRIPT LANGUAGE="JavaScript" SRC="/counter.asp?id=1139254"></SCRIPT></FONT></TD></TR>
<TR><TD ALIGN="LEFT" STYLE="padding:15px;line-height:28px"><FONT STYLE="font-size:14px">
<P>　　@@1@@</P>
<P>　　@@2@@</P>
<P ALIGN="CENTER"><IMG SRC="/uploadfiles/201801/20180130094122871.jpg" WIDTH="500" BORDER="0"></P>
<P ALIGN="CENTER"><FONT COLOR="#0000FF">民政干部冒雪为受灾群众运送救灾物资</FONT></P>
<P>　　@@3@@</P>
<P>　　@@4@@</P>
<P>　　@@5@@</P>
</FONT></TD></TR>
<TR><TD ALIGN="RIGHT" HEIGHT="30">【<A HREF="javascript:window.print()">打印此页</A>】 【<A HREF="javascript:window.close()">关闭窗口</A>】</TD></TR>
<TR><TD ALIGN="LEFT" HEIGHT="50">上一篇：<A HREF="t20180126_1138877.html">县民政局召开春节前困难群众慰问工作部署会</A><BR>下一篇：<A HREF="t20180202_1139613.html">我县第二批救灾物资运抵凉伞镇 共计棉被800床</A></TD></TR>
</TABLE>
</TD></TR>
</TABLE>
<TABLE WIDTH="980" BORDER="0" ALIGN="CENTER" CELLPADDING="0" CELLSPACING="0">
<TR><TD ALIGN="CENTER" HEIGHT="80" BGCOLOR="#EEEEEE"><FONT COLOR="#555555">主办：新晃侗族自治县人民政府办公室 &nbsp; 承办：新晃侗族自治县电子政务中心<BR>湘ICP备05003316号 &nbsp; 联系电话：0745-6222001 &nbsp; 建议使用IE8.0以上浏览器</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
'''
