# L2 government CMS, Traditional (繁體版) page in UTF-8 (converted from the simplified source with OpenCC s2tw); 晋江市 (county-level city)
TRAD = "s2tw"
META = dict(
    id="ho009", layout="L2", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hant",
    title="晋江市慈善总会春节慰问困难群众 发放慰问金逾千万元",
    published="2018-02-02", source="晋江经济报", origin=None, authors=["许雅婷"],
    url="http://www.jinjiang-gov.cn/big5/xxgk/gzdt/bmdt/201802/t20180202_1682249.htm",
    notes="Traditional UTF-8 on a government 繁體版 site; 来源 is a newspaper; charity 慰问金 -> donations; 两万一千余户 (Chinese numeral with 余) = 21000 over; 19个镇（街道） is scope",
)

ITEMS = [dict(
    region="350582", campaigns=["慈善情暖万家"], origin=None,
    paras=[
        "2月1日，晋江市慈善总会2018年春节慰问困难群众活动启动。今年春节，市慈善总会共安排慰问金1086万元，慰问对象涵盖全市19个镇（街道）的低保户、特困供养人员、困境儿童和因病致贫家庭，共计两万一千余户。",
        "慰问标准按照困难程度分类确定：低保户每户800元，特困供养人员每人1000元，重病、重残等特殊困难家庭每户2000元至3000元。慰问金由各镇（街道）慈善分会通过银行直接打卡发放，确保在春节前全部发放到位。",
        "当天，市慈善总会领导还带队走访慰问了青阳街道、安海镇的12户困难家庭，同时为市社会福利中心送去慰问金5万元。据统计，晋江市慈善总会成立以来已累计募集善款超过40亿元，其中用于扶贫济困的资金达12.6亿元，受益群众逾30万人次。",
        "此外，市慈善总会还联合市民政局开展“慈善情暖万家”活动，为外来务工困难家庭送去米、油等年货礼包3000份。",
    ],
    measures=[
        M("1086万元", 10860000, "yuan", "donations"),
        M("两万一千余户", 21000, "household", "beneficiaries", q="over"),
        M("每户800元", 800, "yuan", "donations", per="household"),
        M("每人1000元", 1000, "yuan", "donations", per="person"),
        M("每户2000元至3000元", 2000, "yuan", "donations", per="household", mx=3000),
        M("12户", 12, "household", "visits"),
        M("5万元", 50000, "yuan", "donations"),
        M("超过40亿元", 4000000000, "yuan", "donations", q="over"),
        M("12.6亿元", 1260000000, "yuan", "donations"),
        M("逾30万人次", 300000, "person_time", "beneficiaries", q="over"),
        M("3000份", 3000, "item", "supplies"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<p align="justify" style="text-indent:2em;"><font style="font-size:12pt">{}</font></p>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="zh-Hant">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>晋江市慈善总会春节慰问困难群众 发放慰问金逾千万元_部门动态_晋江市人民政府</title>
<meta name="SiteName" content="晋江市人民政府" />
<meta name="SiteDomain" content="www.jinjiang-gov.cn" />
<meta name="SiteIDCode" content="3505820001" />
<meta name="ColumnName" content="部门动态" />
<meta name="ArticleTitle" content="晋江市慈善总会春节慰问困难群众 发放慰问金逾千万元" />
<meta name="PubDate" content="2018-02-02 15:48" />
<meta name="ContentSource" content="晋江经济报" />
<link type="text/css" rel="stylesheet" href="/big5/images/public.css" />
<link type="text/css" rel="stylesheet" href="/big5/images/content.css" />
</head>
<body>
<div class="header">
  <div class="hd-top"><span>今天是2018年2月2日 星期五</span><span class="r"><a href="http://www.jinjiang-gov.cn/">简体版</a> | <a href="/big5/">繁体版</a> | <a href="/en/">English</a> | <a href="/wap/">手机版</a></span></div>
  <div class="hd-logo"><img src="/big5/images/logo.png" alt="晋江市人民政府" /></div>
  <ul class="hd-nav"><li><a href="/big5/">首页</a></li><li><a href="/big5/zjjj/">走进晋江</a></li><li class="on"><a href="/big5/xxgk/">信息公开</a></li><li><a href="/big5/bsfw/">办事服务</a></li><li><a href="/big5/hdjl/">互动交流</a></li></ul>
</div>
<div class="wrap">
  <div class="local">当前位置：<a href="/big5/">首页</a> &gt; <a href="/big5/xxgk/">信息公开</a> &gt; <a href="/big5/xxgk/gzdt/">工作动态</a> &gt; <a href="/big5/xxgk/gzdt/bmdt/">部门动态</a></div>
  <div class="article">
    <div class="art-tit">晋江市慈善总会春节慰问困难群众 发放慰问金逾千万元</div>
    <h1 style="display:none">晋江市慈善总会春节慰问困难群众 发放慰问金逾千万元</h1>
    <div class="art-info">发布时间：2018-02-02 15:48　　信息来源：晋江经济报　　作者：许雅婷　　访问量：<span id="clicks">2364</span>　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
    <div class="art-con" id="zoom">
      <div class="Custom_UnionStyle">
@@BODY@@      </div>
    </div>
    <div class="art-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a> <a href="#">【返回顶部】</a></div>
    <div class="art-pn">
      <div>上一篇：<a href="./t20180201_1681937.htm">市民政局召开2018年全市民政工作会议</a></div>
      <div>下一篇：<a href="./t20180205_1683015.htm">晋江市养老服务指导中心揭牌 床位达320张</a></div>
    </div>
  </div>
</div>
<div class="footer">
  <p>主办：晋江市人民政府办公室　承办：晋江市信息中心</p>
  <p>闽ICP备05012087号　闽公网安备 35058202000110号　网站标识码：3505820001</p>
  <p>地址：晋江市青阳街道世纪大道行政服务中心　电话：0595-85682345</p>
</div>
</body>
</html>
"""
