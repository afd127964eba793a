# L2 government CMS (old table layout), GBK bytes declared gb2312 (GB2312 characters only); 临夏州 (prefecture)
META = dict(
    id="ho006", layout="L2", encoding="GBK", charset_declared="gb2312", lang="zh-Hans",
    title="临夏州民政局开展春节走访慰问活动",
    published="2017-01-20", source="临夏州民政局", origin=None, authors=["马文"],
    url="http://mzj.linxia-gov.cn/Item/Show.asp?m=1&d=4276",
    notes="prefecture department visiting several counties -> 622900; 敬老院5所 / 儿童福利院1所 are institutions visited; “每户发放200元慰问金和价值100元的清油、面粉”: 每户 governs both; 4个慰问组 not a measure; “先审核、后发放” is a procedure, not a campaign",
)

ITEMS = [dict(
    region="622900", campaigns=["情暖河州·春节送温暖"], origin=None,
    paras=[
        "新春佳节来临之际，临夏州民政局认真落实省、州关于做好春节期间困难群众生活保障工作的部署要求，多方筹措资金，组织开展“情暖河州·春节送温暖”走访慰问活动，把党和政府的关怀送到困难群众心坎上。",
        "据了解，今年春节期间全州共筹措慰问资金1120万元，计划走访慰问城乡低保对象、农村五保供养对象、重点优抚对象和其他困难群众4.6万户。其中，对农村分散供养五保对象每人发放慰问金300元，对城乡低保家庭每户发放200元慰问金和价值100元的清油、面粉。",
        "1月17日至19日，州民政局领导班子成员分成4个慰问组，深入临夏市、康乐县、东乡县等地，走访慰问困难群众236户、敬老院5所、儿童福利院1所，为每所机构送去慰问金3000元，共计发放慰问金38.6万元和米、面、清油、棉被等物资。",
        "同时，全州各级民政部门对1.1万名农村分散供养五保对象和孤儿、重度残疾人开展入户排查，发放棉衣、棉被2300件（床），帮助解决取暖用煤问题的困难家庭达860余户。",
        "州民政局要求各县市在2月10日前全面完成春节慰问任务，严格执行“先审核、后发放”程序，确保慰问资金及时足额发放到户，严禁截留挪用。",
    ],
    measures=[
        M("1120万元", 11200000, "yuan", "funds"),
        M("4.6万户", 46000, "household", "visits"),
        M("每人发放慰问金300元", 300, "yuan", "funds", per="person"),
        M("每户发放200元", 200, "yuan", "funds", per="household"),
        M("价值100元", 100, "yuan", "supplies", per="household"),
        M("236户", 236, "household", "visits"),
        M("敬老院5所", 5, "institution", "visits"),
        M("儿童福利院1所", 1, "institution", "visits"),
        M("每所机构送去慰问金3000元", 3000, "yuan", "funds", per="institution"),
        M("38.6万元", 386000, "yuan", "funds"),
        M("1.1万名", 11000, "person", "visits"),
        M("2300件（床）", 2300, "item", "supplies"),
        M("860余户", 860, "household", "beneficiaries", q="over"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<P style="TEXT-INDENT: 2em"><FONT face=仿宋_GB2312 size=4>{}</FONT></P>\r\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>临夏州民政局开展春节走访慰问活动--临夏回族自治州民政局</title>
<meta name="keywords" content="民政,慰问,春节">
<link href="/Skin/blue/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/Skin/blue/top_banner.jpg" width="980" height="150" alt="临夏回族自治州民政局"></td></tr>
  <tr><td class="menu" height="34" background="/Skin/blue/menu_bg.gif">
    <a href="/">网站首页</a> | <a href="/Item/list.asp?id=1">机构概况</a> | <a href="/Item/list.asp?id=2">工作动态</a> | <a href="/Item/list.asp?id=3">政策法规</a> | <a href="/Item/list.asp?id=4">社会救助</a> | <a href="/Item/list.asp?id=5">优抚安置</a> | <a href="/Item/list.asp?id=6">办事指南</a> | <a href="/Item/list.asp?id=7">留言咨询</a>
  </td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td height="30" class="dh">&nbsp;您现在的位置：<a href="/">临夏州民政局</a> &gt;&gt; <a href="/Item/list.asp?id=2">工作动态</a> &gt;&gt; 正文</td>
  </tr>
  <tr>
    <td align="center" style="padding:15px 40px">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td align="center" class="bt" height="50"><font color="#cc0000" style="font-size:20px"><b>临夏州民政局开展春节走访慰问活动</b></font></td></tr>
        <tr><td align="center" height="26" style="border-bottom:1px solid #ccc"><font color="#666666">发布时间：2017-1-20 16:05:33　　来源：临夏州民政局　　作者：马文　　点击数：<script language="javascript" src="/Item/GetHits.asp?d=4276"></script>　　【<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</font></td></tr>
        <tr><td id="fontzoom" class="content" align="left" style="padding-top:15px;line-height:30px">
@@BODY@@        </td></tr>
        <tr><td align="right" height="40">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
        <tr><td align="left" style="line-height:24px">
          上一篇：<a href="/Item/Show.asp?m=1&amp;d=4275">我州召开全州民政工作会议</a><br>
          下一篇：<a href="/Item/Show.asp?m=1&amp;d=4278">州民政局召开党风廉政建设工作会议</a>
        </td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center" height="80" style="line-height:22px">
    主办单位：临夏回族自治州民政局　地址：临夏市团结路　邮编：731100<br>
    联系电话：0930-6212345　陇ICP备09001234号<br>
    建议使用IE8.0以上浏览器　1024×768分辨率浏览本站
  </td></tr>
</table>
</body>
</html>
"""
