# L1 snapshot aggregator (table layout, <font>), UTF-8; 白山市 (prefecture)
META = dict(
    id="ho013", layout="L1", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="白山市开展“暖冬行动” 为困难群众送去棉被和取暖煤",
    published="2021-01-15", source="趣头条", origin="吉林日报", authors=["孙宇"],
    url="http://www.kuaizhao-zx.com/guonei/2021/0115/3875120.html",
    notes="本文转自 gives the origin; the snippet list repeats other 本文转自 lines; the 临江市 / 抚松县 anecdotes do not narrow the city-wide region; 十件民生实事 and 零下30℃ are not measures",
)

ITEMS = [dict(
    region="220600", campaigns=["暖冬行动"], origin="吉林日报",
    paras=[
        "1月以来，白山市连续遭遇强降温天气，部分山区最低气温跌破零下30℃。为确保困难群众温暖过冬，白山市民政局启动“暖冬行动”，组织各县（市、区）民政部门对分散供养特困人员、低保对象、困境儿童等群体开展全覆盖走访排查。",
        "截至1月13日，全市共排查困难群众3.9万人，发现需要帮扶的困难家庭1120户，已全部落实帮扶措施。市县两级民政部门向困难群众发放取暖煤1860吨、棉被棉衣5200件（床），为1346名分散供养特困人员发放冬季取暖补贴，每人1200元。",
        "在临江市，民政部门联合电力公司为312户困难家庭免费检修取暖线路；在抚松县，县民政局为分散供养特困人员每户送去取暖煤半吨。",
        "白山市民政局还筹集资金280万元，用于春节期间走访慰问困难群众，预计走访慰问人数将超过8000人。这项工作已被列入今年市政府十件民生实事。",
    ],
    measures=[
        M("3.9万人", 39000, "person", "visits"),
        M("1120户", 1120, "household", "beneficiaries"),
        M("1860吨", 1860, "吨", "supplies"),
        M("5200件（床）", 5200, "item", "supplies"),
        M("1346名", 1346, "person", "beneficiaries"),
        M("每人1200元", 1200, "yuan", "funds", per="person"),
        M("312户", 312, "household", "beneficiaries"),
        M("每户送去取暖煤半吨", 0.5, "吨", "supplies", per="household"),
        M("280万元", 2800000, "yuan", "funds"),
        M("超过8000人", 8000, "person", "visits", q="over"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<tr><td class="zw"><font size="3">{}</font></td></tr>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>白山市开展“暖冬行动” 为困难群众送去棉被和取暖煤|快照资讯</title>
<meta name="keywords" content="白山,暖冬行动,民政">
<link href="/skin/kz/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/skin/kz/common.js"></script>
</head>
<body bgcolor="#ffffff">
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0" class="top">
<tr><td width="200"><a href="/"><img src="/skin/kz/logo.gif" border="0" alt="快照资讯"></a></td>
<td class="topnav"><a href="/user/">我的订阅</a> ▸ <a href="/guonei/"><b>国内</b></a> | <a href="/guoji/">国际</a> | <a href="/shehui/">社会</a> | <a href="/caijing/">财经</a> | <a href="/junshi/">军事</a> | <a href="/tiyu/">体育</a></td></tr>
</table>
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="690" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="6">
  <tr><td align="center"><h1><font color="#222222">白山市开展“暖冬行动” 为困难群众送去棉被和取暖煤</font></h1></td></tr>
  <tr><td align="center" class="xx"><font color="#999999" size="2">类别：国内　　发布时间：2021-01-15 06:48:00　　来源：趣头条</font></td></tr>
  <tr><td class="zz"><font color="#666666">本文转自：吉林日报</font></td></tr>
  <tr><td class="zw"><b>白山市开展“暖冬行动” 为困难群众送去棉被和取暖煤</b></td></tr>
  <tr><td class="zw">记者　孙宇</td></tr>
@@BODY@@  <tr><td class="mz"><font size="2" color="#999999">【免责声明】本页面为资讯快照，内容由系统自动抓取，仅供参考，版权归原作者所有。快照生成时间：2021-01-15 08:12:35　原文地址：<a href="#" rel="nofollow">查看原文</a></font></td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="4" class="xg">
  <tr><td class="xgt" colspan="2">相关快照</td></tr>
  <tr><td><a href="/guonei/2021/0112/3869921.html">本文转自：吉林日报全省下拨冬春救助资金1.85亿元，保障受灾困难群众温暖过冬。据省民政厅消息，今年入冬以来全省已发放取暖补贴3.2亿元</a></td><td width="140" class="sj">2021-01-12 07:05:00</td></tr>
  <tr><td><a href="/guonei/2021/0110/3866047.html">……通化市启动“寒冬送温暖”专项救助，开放临时庇护场所28个，救助流浪乞讨人员96人次……</a></td><td class="sj">2021-01-10 19:40:00</td></tr>
  <tr><td><a href="/guonei/2021/0107/3859310.html">本文转自：城市晚报长春：寒潮中民政工作人员连夜巡查，劝导7名流浪人员入站</a></td><td class="sj">2021-01-07 23:16:00</td></tr>
  <tr><td><a href="/guonei/2022/0114/4620038.html">……白山市今冬为困难群众发放取暖补贴2100万元……</a></td><td class="sj">2022-01-14 10:30:00</td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="4" class="more">
  <tr><td class="xgt">更多关于国内的资讯：</td></tr>
  <tr><td><a href="/guonei/2021/0115/3875188.html">全国铁路今日起实行新列车运行图</a> <font color="#aaaaaa">2021-01-15 07:20:00</font></td></tr>
  <tr><td><a href="/guonei/2021/0115/3875203.html">多地中小学寒假时间确定</a> <font color="#aaaaaa">2021-01-15 07:31:00</font></td></tr>
  <tr><td><a href="/guonei/2021/0115/3875240.html">去年我国粮食总产量达1.34万亿斤</a> <font color="#aaaaaa">2021-01-15 07:55:00</font></td></tr>
  </table>
</td>
<td width="20"></td>
<td width="290" valign="top" class="right">
  <table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td class="xgt">热门快照</td></tr>
  <tr><td>1. <a href="/guonei/2021/0114/3872811.html">长白山景区冬季游客同比增长35%</a></td></tr>
  <tr><td>2. <a href="/guonei/2021/0113/3870465.html">全省城乡低保对象达71.6万人</a></td></tr>
  <tr><td>3. <a href="/guonei/2021/0113/3870502.html">春运期间预计发送旅客420万人次</a></td></tr>
  </table>
</td>
</tr>
</table>
<table width="1000" align="center" border="0" cellspacing="0" cellpadding="10" class="foot">
<tr><td align="center"><font size="2" color="#888888">快照资讯 版权所有 © 2016-2021　粤ICP备16089213号</font></td></tr>
</table>
</body>
</html>
"""
