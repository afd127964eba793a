META = dict(
    title="长安区提高城乡低保标准 春节前发放一次性生活补贴",
    published="2025-01-20", source="长安区民政局", origin=None, authors=["刘佳"],
    url="http://www.xian-changan.gov.cn/xxgk/bmdt/mzj/6790ab3ef8fd1c0a0c2b7e51.html",
    lang="zh-Hans", encoding="UTF-8", layout="L2", charset_declared="utf-8",
    notes="西安市长安区 (610116), same source string as hp001 (石家庄市长安区); 低保标准 -> other, one-off subsidy rates (500元/人 …) -> funds per person; 元/人/月 -> per person; “十件民生实事” and “优亲厚友” are not campaigns; 21个街道 not annotated",
)
P = [
    "近日，西安市长安区民政局、区财政局联合印发通知，自2025年1月1日起，全区城市低保标准由780元/人/月提高至810元/人/月，农村低保标准由每人每年7440元提高至7800元，城乡特困人员基本生活标准同步提高。提标工作已列入区委区政府2025年“十件民生实事”。",
    "为让困难群众过一个温暖祥和的春节，区政府决定在春节前向全区城乡低保对象、特困供养人员、孤儿和事实无人抚养儿童发放一次性生活补贴，标准为城乡低保对象500元/人、特困供养人员800元/人、孤儿和事实无人抚养儿童1000元/人，共涉及困难群众1.46万人，需资金约786万元，由区财政全额承担。",
    "各街道要在1月24日前完成补贴发放，严禁“优亲厚友”、虚报冒领。截至1月19日，已有21个街道完成发放，发放金额612.8万元，惠及1.1万余人。",
    "此外，区民政局还联合区慈善会开展“寒冬送温暖 长安在行动”专项活动，为全区318名分散供养特困人员每人送去价值200元的棉衣、棉被和电热毯，并为其中98名失能、半失能特困人员落实照料服务。",
]
ITEMS = [dict(region="610116", campaigns=["寒冬送温暖 长安在行动"], m=[
    ("780元/人/月", 780, "yuan", "exact", "person", None, "other"),
    ("810元/人/月", 810, "yuan", "exact", "person", None, "other"),
    ("每人每年7440元", 7440, "yuan", "exact", "person", None, "other"),
    ("7800元", 7800, "yuan", "exact", "person", None, "other"),
    ("500元/人", 500, "yuan", "exact", "person", None, "funds"),
    ("800元/人", 800, "yuan", "exact", "person", None, "funds"),
    ("1000元/人", 1000, "yuan", "exact", "person", None, "funds"),
    ("1.46万人", 14600, "person", "exact", None, None, "beneficiaries"),
    ("约786万元", 7860000, "yuan", "approx", None, None, "funds"),
    ("612.8万元", 6128000, "yuan", "exact", None, None, "funds"),
    ("1.1万余人", 11000, "person", "over", None, None, "beneficiaries"),
    ("318名", 318, "person", "exact", None, None, "beneficiaries"),
    ("每人送去价值200元", 200, "yuan", "exact", "person", None, "supplies"),
    ("98名", 98, "person", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="西安市长安区人民政府">
<meta name="SiteDomain" content="www.xian-changan.gov.cn">
<meta name="SiteIDCode" content="6101160001">
<meta name="ColumnName" content="部门动态">
<meta name="ColumnType" content="民政">
<meta name="ArticleTitle" content="长安区提高城乡低保标准 春节前发放一次性生活补贴">
<meta name="PubDate" content="2025-01-20 16:48">
<meta name="ContentSource" content="长安区民政局">
<title>长安区提高城乡低保标准 春节前发放一次性生活补贴 - 西安市长安区人民政府</title>
<link rel="stylesheet" href="/static/ucap/css/base.css">
<link rel="stylesheet" href="/static/ucap/css/article.css">
</head>
<body>
<div class="g-top"><div class="container"><span>欢迎访问西安市长安区人民政府网站</span><span class="fr"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">English</a></span></div></div>
<div class="g-head container"><img src="/static/ucap/img/logo_changan_xa.png" alt="西安市长安区人民政府"></div>
<div class="g-nav"><ul class="container"><li><a href="/">首页</a></li><li><a href="/zjca/">走进长安</a></li><li class="on"><a href="/xxgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="container m-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政务公开</a> &gt; <a href="/xxgk/bmdt/">部门动态</a> &gt; <a href="/xxgk/bmdt/mzj/">区民政局</a></div>
<div class="container m-article">
 <h1 class="m-txt-title">长安区提高城乡低保标准 春节前发放一次性生活补贴</h1>
 <div class="m-txt-info">
  <span>时间：2025-01-20 16:48</span>
  <span>来源：长安区民政局</span>
  <span>作者：刘佳</span>
  <span>阅读：<b id="readCount">2317</b></span>
  <span class="font">字号：<a data-size="18">大</a><a data-size="16">中</a><a data-size="14">小</a></span>
 </div>
 <div class="m-txt-article" id="ucapContent">
  <p>@@1@@</p>
  <p>@@2@@</p>
  <p>@@3@@</p>
  <p>@@4@@</p>
 </div>
 <div class="m-txt-bottom">
  <div class="share">分享：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
  <div class="opt"><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
 </div>
 <div class="m-txt-pn">
  <p>上一篇：<a href="/xxgk/bmdt/mzj/678f12aaf8fd1c0a0c2b7d02.html">区民政局开展养老机构春节前安全生产大检查</a><em>2025-01-17</em></p>
  <p>下一篇：<a href="/xxgk/bmdt/mzj/6791e40cf8fd1c0a0c2b7f33.html">长安区2024年发放各类救助资金2.3亿元</a><em>2025-01-22</em></p>
 </div>
</div>
<div class="g-foot">
 <div class="container">
  <p>主办单位：西安市长安区人民政府办公室　承办单位：西安市长安区大数据服务中心</p>
  <p>网站标识码：6101160001　<a href="https://beian.miit.gov.cn/">陕ICP备05017261号-1</a>　<img src="/static/ucap/img/ga.png">陕公网安备 61011602000143号</p>
 </div>
</div>
</body>
</html>
'''
