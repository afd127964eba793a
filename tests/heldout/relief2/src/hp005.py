META = dict(
    title="六枝特区发放第三季度困难残疾人两项补贴",
    published="2020-08-11", source="六枝特区民政局", origin=None, authors=[],
    url="http://www.liuzhi.gov.cn/zwgk/bmxxgk/tqmzj/gzdt/202008/t20200811_62213048.html",
    lang="zh-Hans", encoding="GBK", layout="L2", charset_declared="gb2312",
    notes="作者 field is a unit -> authors []; “两项补贴” is an abbreviation (category), not a campaign; per = person for 每人每月; 停发 136人 annotated as kind other",
)
P = [
    "近日，六枝特区民政局会同特区残联，将2020年第三季度困难残疾人生活补贴和重度残疾人护理补贴（以下简称“两项补贴”）全部发放到位，共计发放资金186.21万元，惠及残疾人1.3万余名。",
    "按照省里统一部署，今年起特区再次提高两项补贴标准：困难残疾人生活补贴由每人每月60元提高到80元，重度残疾人护理补贴一级由每人每月70元提高到90元、二级由每人每月50元提高到70元。补贴资金按季度发放，通过“一折通”直接打卡到户。",
    "截至8月上旬，全特区共有困难残疾人生活补贴对象7461人、重度残疾人护理补贴对象5583人，其中一至二级重度残疾人4312人、三至四级智力和精神残疾人1271人。",
    "为防止漏发错发，特区民政局抽调工作人员12名，会同各乡镇（街道）对补贴对象开展入户核查，共核查1.08万人，停发死亡、重复享受等不符合条件人员136人，新纳入符合条件人员204人。",
    "特区民政局提醒，残疾人或其家属可持残疾人证、户口簿到户籍所在地乡镇（街道）民政办申请，咨询电话：0858-5322169。",
]
ITEMS = [dict(region="520203", campaigns=[], m=[
    ("186.21万元", 1862100, "yuan", "exact", None, None, "funds"),
    ("1.3万余名", 13000, "person", "over", None, None, "beneficiaries"),
    ("每人每月60元", 60, "yuan", "exact", "person", None, "funds"),
    ("80元", 80, "yuan", "exact", "person", None, "funds"),
    ("每人每月70元", 70, "yuan", "exact", "person", None, "funds"),
    ("90元", 90, "yuan", "exact", "person", None, "funds"),
    ("每人每月50元", 50, "yuan", "exact", "person", None, "funds"),
    ("70元", 70, "yuan", "exact", "person", None, "funds"),
    ("7461人", 7461, "person", "exact", None, None, "beneficiaries"),
    ("5583人", 5583, "person", "exact", None, None, "beneficiaries"),
    ("4312人", 4312, "person", "exact", None, None, "beneficiaries"),
    ("1271人", 1271, "person", "exact", None, None, "beneficiaries"),
    ("12名", 12, "person", "exact", None, None, "staff"),
    ("1.08万人", 10800, "person", "exact", None, None, "visits"),
    ("136人", 136, "person", "exact", None, None, "other"),
    ("204人", 204, "person", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>六枝特区发放第三季度困难残疾人两项补贴_工作动态_六枝特区人民政府</title>
<meta name="SiteName" content="六枝特区人民政府">
<meta name="ColumnName" content="工作动态">
<meta name="ArticleTitle" content="六枝特区发放第三季度困难残疾人两项补贴">
<meta name="PubDate" content="2020-08-11 16:03">
<meta name="ContentSource" content="六枝特区民政局">
<meta name="Author" content="特区民政局">
<link type="text/css" rel="stylesheet" href="../../../../images/trs_detail.css">
<script type="text/javascript" src="../../../../images/trs_share.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="../../../../images/logo_lz.png" alt="六枝特区人民政府"></div>
<div class="search"><form action="/was5/web/search" method="get"><input type="text" name="searchword" value="请输入关键字"><input type="submit" value="搜索"></form></div></div>
<div class="menu"><a href="../../../../">首页</a><a href="../../../../zwgk/">政务公开</a><a href="../../../../zwfw/">政务服务</a><a href="../../../../hdjl/">互动交流</a><a href="../../../../zjlz/">走进六枝</a></div>
<div class="position">您当前所在的位置：<a href="../../../../" class="CurrChnlCls">首页</a>&nbsp;&gt;&nbsp;<a href="../../../" class="CurrChnlCls">政务公开</a>&nbsp;&gt;&nbsp;<a href="../../" class="CurrChnlCls">部门信息公开</a>&nbsp;&gt;&nbsp;<a href="../" class="CurrChnlCls">特区民政局</a>&nbsp;&gt;&nbsp;<a href="./" class="CurrChnlCls">工作动态</a></div>
<div class="detail">
<div class="detail_title">六枝特区发放第三季度困难残疾人两项补贴</div>
<div class="detail_info">
<span>发布时间：2020-08-11 16:03</span>
<span>来源：六枝特区民政局</span>
<span>作者：特区民政局</span>
<span>浏览次数：<script>document.write("1027")</script></span>
<span class="zh">字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
</div>
<div class="TRS_Editor">
<div class="Custom_UnionStyle">
<p>　　@@1@@</p>
<p>　　@@2@@</p>
<p>　　@@3@@</p>
<p>　　@@4@@</p>
<p>　　@@5@@</p>
</div>
</div>
<div class="detail_share">分享到：<a href="javascript:share('wx')">微信</a> <a href="javascript:share('wb')">微博</a> <a href="javascript:share('qz')">QQ空间</a> &nbsp;&nbsp;[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>]</div>
<div class="detail_page">
<p>上一篇：<a href="./202008/t20200805_62150331.html">六枝特区开展2020年“慈善一日捐”活动动员部署</a> 2020-08-05</p>
<p>下一篇：<a href="./202008/t20200814_62240215.html">特区民政局开展第2次养老机构安全隐患排查</a> 2020-08-14</p>
</div>
</div>
<div class="footer">
<p>主办单位：六枝特区人民政府办公室 &nbsp;承办单位：六枝特区大数据发展服务中心</p>
<p>网站标识码：5202030001 &nbsp;黔ICP备05007719号 &nbsp;黔公网安备 52020302000108号</p>
<p>联系电话：0858-5322000 &nbsp;建议使用1024×768分辨率浏览</p>
</div>
</body>
</html>
'''
