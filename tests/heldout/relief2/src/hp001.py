META = dict(
    title="长安区民政局织密临时救助网 为突发困难家庭解燃眉之急",
    published="2023-03-14", source="长安区民政局", origin=None, authors=["韩雪"],
    url="http://www.sjzca.gov.cn/art/2023/3/14/art_4312_867201.html",
    lang="zh-Hans", encoding="UTF-8", layout="L2", charset_declared="utf-8",
    notes="石家庄市长安区 (130102), not 西安市长安区: the site header names 石家庄; quoted 铁脚板/小金额先行救助/一事一议 are mechanisms, not campaigns",
)
P = [
    "3月8日，长安区民政局社会救助股工作人员来到育才街道一户居民家中，将2万元临时救助金送到张女士手中。今年2月，张女士的丈夫突发脑出血入院抢救，家中积蓄很快花光，孩子还在上学，一家人的生活一下子陷入困境。街道社工在“铁脚板”走访中发现这一情况后，当天即启动急难型临时救助程序，从受理到资金到账仅用了3个工作日。",
    "今年以来，长安区深化“小金额先行救助”机制，对遭遇火灾、交通事故、突发重病等意外事件导致基本生活陷入困境的家庭，由街道（乡镇）先行给予救助，1000元以下的小额临时救助由街道直接审批，事后报区民政局备案。区财政年初预拨临时救助备用金120万元，分解到各街道（乡镇），确保“有钱可用、急事急办”。",
    "截至3月10日，全区今年已累计实施临时救助416人次，发放救助资金87.3万元，其中急难型临时救助63人次、金额41.6万元，支出型临时救助353人次。对因病致困的家庭，单次救助金额原则上不超过3万元，情况特殊的实行“一事一议”。",
    "“以前遇到急事，要跑好几个部门、等好几个星期，现在社工上门帮着办，钱很快就到了。”张女士说。区民政局还与区医疗保障局、区残联等部门建立了信息共享机制，通过低收入人口动态监测平台，今年以来共推送预警信息217条，核实后纳入临时救助或低保的有58户。",
    "下一步，长安区将继续推进救急难综合试点工作，畅通“12345”和“96111”求助渠道，做到24小时受理、1个工作日内响应，让困难群众求助有门、受助及时。",
]
ITEMS = [dict(region="130102", campaigns=[], m=[
    ("2万元", 20000, "yuan", "exact", None, None, "funds"),
    ("1000元以下", 1000, "yuan", "under", None, None, "other"),
    ("120万元", 1200000, "yuan", "exact", None, None, "funds"),
    ("416人次", 416, "person_time", "exact", None, None, "beneficiaries"),
    ("87.3万元", 873000, "yuan", "exact", None, None, "funds"),
    ("63人次", 63, "person_time", "exact", None, None, "beneficiaries"),
    ("41.6万元", 416000, "yuan", "exact", None, None, "funds"),
    ("353人次", 353, "person_time", "exact", None, None, "beneficiaries"),
    ("不超过3万元", 30000, "yuan", "under", None, None, "funds"),
    ("217条", 217, "条", "exact", None, None, "other"),
    ("58户", 58, "household", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>长安区民政局织密临时救助网 为突发困难家庭解燃眉之急-石家庄市长安区人民政府</title>
<meta name="SiteName" content="石家庄市长安区人民政府" />
<meta name="SiteDomain" content="www.sjzca.gov.cn" />
<meta name="SiteIDCode" content="1301020004" />
<meta name="ColumnName" content="部门动态" />
<meta name="ArticleTitle" content="长安区民政局织密临时救助网 为突发困难家庭解燃眉之急" />
<meta name="PubDate" content="2023-03-14 10:26" />
<meta name="ContentSource" content="长安区民政局" />
<meta name="Keywords" content="临时救助,急难型,民政" />
<link href="/script/hanweb/css/article.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/script/jquery-1.8.3.min.js"></script>
<script type="text/javascript">function doZoom(size){document.getElementById('zoom').style.fontSize=size+'px';}</script>
</head>
<body>
<div id="top"><div class="w1000"><span class="date">今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="/">无障碍浏览</a> | <a href="/col/col4400/index.html">长者模式</a></div></div>
<div id="banner"><img src="/images/banner_2023.jpg" alt="石家庄市长安区人民政府" /></div>
<div id="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col4301/">走进长安</a></li><li class="cur"><a href="/col/col4310/">政务公开</a></li><li><a href="/col/col4320/">政务服务</a></li><li><a href="/col/col4330/">互动交流</a></li></ul></div>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bt_link">
<tr><td height="36">当前位置：<a href="/">首页</a> &gt; <a href="/col/col4310/">政务公开</a> &gt; <a href="/col/col4312/">部门动态</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="main_bg">
<tr><td align="center" class="title" style="font-size:22px;font-weight:bold;color:#b00;padding:20px 40px 10px">长安区民政局织密临时救助网 为突发困难家庭解燃眉之急</td></tr>
<tr><td align="center" class="bt_info" style="border-bottom:1px solid #ddd;color:#666">
发布时间：2023-03-14 10:26&nbsp;&nbsp;&nbsp;信息来源：长安区民政局&nbsp;&nbsp;&nbsp;作者：韩雪&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits">1,386</span>&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】
</td></tr>
<tr><td class="bt_content" id="zoom" style="padding:20px 40px;line-height:32px;font-size:16px">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
<p style="text-align:center"><img src="/picture/0/2303141026314.jpg" border="0" width="560" /></p>
<p style="text-align:center;font-family:楷体">区民政局工作人员为张女士送去临时救助金</p>
<p style="text-indent:2em">@@1@@</p>
<p style="text-indent:2em">@@2@@</p>
<p style="text-indent:2em">@@3@@</p>
<p style="text-indent:2em">@@4@@</p>
<p style="text-indent:2em">@@5@@</p>
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</td></tr>
<tr><td align="right" style="padding:0 40px;color:#888">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td style="padding:10px 40px">
<div class="prevnext">上一篇：<a href="/art/2023/3/10/art_4312_866958.html">长安区开展2023年度养老机构消防安全检查</a><br />下一篇：<a href="/art/2023/3/16/art_4312_867533.html">区民政局召开第一季度低保审核审批工作会议</a></div>
</td></tr>
</table>
<div id="footer">
<p><a href="/col/col4401/">网站地图</a> | <a href="/col/col4402/">联系我们</a> | <a href="/col/col4403/">隐私声明</a></p>
<p>主办：石家庄市长安区人民政府办公室&nbsp;&nbsp;承办：长安区政务服务中心&nbsp;&nbsp;联系电话：0311-86690312</p>
<p>网站标识码：1301020004&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">冀ICP备05001287号-1</a>&nbsp;&nbsp;<img src="/images/ga.png" />冀公网安备 13010202000318号</p>
</div>
</body>
</html>
'''
