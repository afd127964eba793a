# L2 government CMS (TRS-style), UTF-8; 西乌珠穆沁旗 (banner = county level)
META = dict(
    id="ho001", layout="L2", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="西乌旗为1386户困难群众发放冬季取暖补贴",
    published="2021-12-08", source="西乌珠穆沁旗民政局", origin=None, authors=["乌兰", "斯琴"],
    url="http://www.xwzmqq-gov.cn/xwzx/bmdt/202112/t20211208_3318805.html",
    notes="banner-level department; 作者 field names two persons; 24小时 and the phone number are not measures; “一卡通” and “冬病冬治、冬困冬帮” are a mechanism and a slogan, “温暖牧区” is a campaign",
)

ITEMS = [dict(
    region="152526", campaigns=["温暖牧区"], origin=None,
    paras=[
        "入冬以来，西乌珠穆沁旗持续出现大风降温天气，部分牧区夜间最低气温降至零下32℃。为保障困难群众安全温暖过冬，旗民政局提前谋划、精准施策，于11月下旬启动冬季取暖补贴发放工作。",
        "今年全旗共为城乡低保、特困供养等困难群众1386户发放冬季取暖补贴，合计166.5万元。其中，牧区困难家庭按户均1300元标准发放，城镇困难家庭按1000元/户发放，集中供养特困人员取暖费用由供养机构统一保障。补贴资金已于12月6日前通过“一卡通”全部打卡到户。",
        "与此同时，旗民政局联合旗慈善协会开展“温暖牧区”冬季送温暖活动，筹集棉大衣420件、棉被360床、米面油礼包1500份，由5个工作组分赴7个苏木镇，逐户送到困难牧民手中。对行动不便的老人，工作人员还帮助清理院内积雪、检查火炉烟道。",
        "据统计，今年以来全旗累计实施临时救助312人次，发放临时救助金48.7万元；旗民政局还组织干部职工和志愿者86人，对全旗1.2万余名低保、特困、残疾等困难群众开展冬季走访排查，发现并解决取暖、饮水等问题23个。",
        "旗民政局负责人表示，下一步将继续落实“冬病冬治、冬困冬帮”工作要求，畅通24小时救助热线0479-8822345，确保困难群众求助有门、受助及时。",
    ],
    measures=[
        M("1386户", 1386, "household", "beneficiaries"),
        M("166.5万元", 1665000, "yuan", "funds"),
        M("户均1300元", 1300, "yuan", "funds", per="household"),
        M("1000元/户", 1000, "yuan", "funds", per="household"),
        M("420件", 420, "item", "supplies"),
        M("360床", 360, "item", "supplies"),
        M("1500份", 1500, "item", "supplies"),
        M("312人次", 312, "person_time", "beneficiaries"),
        M("48.7万元", 487000, "yuan", "funds"),
        M("86人", 86, "person", "staff"),
        M("1.2万余名", 12000, "person", "visits", q="over"),
        M("23个", 23, "个", "other"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<p style="text-indent: 2em; line-height: 1.75em;"><span style="font-family: 宋体, SimSun; font-size: 16px;">{}</span></p>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>西乌旗为1386户困难群众发放冬季取暖补贴-西乌珠穆沁旗人民政府</title>
<meta name="SiteName" content="西乌珠穆沁旗人民政府">
<meta name="SiteDomain" content="www.xwzmqq-gov.cn">
<meta name="SiteIDCode" content="1525260001">
<meta name="ColumnName" content="部门动态">
<meta name="ColumnType" content="工作动态">
<meta name="ArticleTitle" content="西乌旗为1386户困难群众发放冬季取暖补贴">
<meta name="PubDate" content="2021-12-08 11:26">
<meta name="ContentSource" content="西乌珠穆沁旗民政局">
<meta name="Keywords" content="取暖补贴,困难群众,民政">
<link rel="stylesheet" href="/images/2021/common.css">
<link rel="stylesheet" href="/images/2021/xl.css">
<script src="/images/2021/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="gov-top">
  <div class="wrap clearfix">
    <div class="fl">欢迎访问西乌珠穆沁旗人民政府网站！</div>
    <div class="fr"><a href="/">首页</a><span>|</span><a href="javascript:;" class="zt-jt">简</a>/<a href="javascript:;" class="zt-ft">繁</a><span>|</span><a href="/wzdt/">网站地图</a><span>|</span><a href="javascript:;" id="cniil_wza">无障碍</a><span>|</span><a href="/mgw/">ᠮᠣᠩᠭᠣᠯ</a></div>
  </div>
</div>
<div class="gov-head"><div class="wrap"><a class="logo" href="/"><img src="/images/2021/logo.png" alt="西乌珠穆沁旗人民政府"></a>
<form class="search" action="/search/" target="_blank"><input type="text" name="q" placeholder="请输入关键字"><input type="submit" value="搜索"></form></div></div>
<div class="gov-nav"><ul class="wrap">
<li><a href="/">首页</a></li><li class="on"><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjxw/">走进西乌</a></li>
</ul></div>
<div class="wrap">
  <div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
  <div class="xl-box">
    <div class="xl-title">
      <h1>西乌旗为1386户困难群众发放冬季取暖补贴</h1>
      <div class="xl-info">
        <span>发布时间：2021-12-08 11:26</span>
        <span>来源：西乌珠穆沁旗民政局</span>
        <span>作者：乌兰 斯琴</span>
        <span>浏览次数：<em id="readCount">1285</em></span>
        <span class="zh">字号：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a></span>
      </div>
    </div>
    <div class="xl-content" id="zoom">
      <div class="TRS_Editor"><style type="text/css">.TRS_Editor P{margin-top:0;margin-bottom:12px;line-height:1.75;font-family:宋体;font-size:12pt;}</style>
@@BODY@@      </div>
    </div>
    <div class="xl-bottom clearfix">
      <div class="share fl">分享到：<a class="wx" href="javascript:;" title="微信"></a><a class="wb" href="javascript:;" title="微博"></a><a class="qq" href="javascript:;" title="QQ空间"></a></div>
      <div class="fr"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
    </div>
    <div class="xl-page">
      <p>上一篇：<a href="./t20211207_3318140.html">旗医保局开展冬季医保政策宣传进牧区活动</a></p>
      <p>下一篇：<a href="./t20211209_3319562.html">西乌旗召开2021年冬季防火安全工作部署会</a></p>
    </div>
    <div class="xl-xgxx"><h3>相关信息</h3><ul>
      <li><a href="./t20211125_3301277.html">旗民政局召开今冬明春社会救助工作推进会</a><span>2021-11-25</span></li>
      <li><a href="./t20211018_3260395.html">全旗城乡低保标准提高至每人每年8520元</a><span>2021-10-18</span></li>
      <li><a href="./t20210930_3241606.html">西乌旗第3批高龄津贴发放到位 惠及2160名老人</a><span>2021-09-30</span></li>
    </ul></div>
  </div>
</div>
<div class="gov-foot">
  <div class="wrap">
    <p><a href="/gywm/">关于我们</a> | <a href="/lxwm/">联系我们</a> | <a href="/wzdt/">网站地图</a></p>
    <p>主办单位：西乌珠穆沁旗人民政府办公室　承办单位：西乌珠穆沁旗融媒体中心</p>
    <p>地址：内蒙古锡林郭勒盟西乌珠穆沁旗巴拉嘎尔高勒镇　电话：0479-8822000</p>
    <p><a href="https://beian.miit.gov.cn" target="_blank">蒙ICP备12003508号-1</a>　<img src="/images/2021/ga.png" alt="">蒙公网安备 15252602000118号　网站标识码：1525260001</p>
    <p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=5A1B2C3D" target="_blank"><img src="/images/2021/dzjg.png" alt="党政机关"></a></span></p>
  </div>
</div>
<script>$(function(){$.get("/cms/count.do?docid=3318805");});function fontZoom(s){$("#zoom").css("font-size",s+"px");}</script>
</body>
</html>
"""
