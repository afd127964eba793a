META = dict(
    title="和平区开展“暖冬行动” 走访慰问困难家庭5960户",
    published="2015-02-10", source="区民政局", origin=None, authors=[],
    url="http://www.tjhp.gov.cn/zwgk/bmdt/201502/t20150210_38812.html",
    lang="zh-Hans", encoding="UTF-8", layout="L2", charset_declared="utf-8",
    notes="天津市和平区 (120101), not 沈阳市和平区 (header names 天津); 棉被一床/一桶花生油 (indefinite 一) not annotated; ASCII-hyphen range 600-1000元; “1+N” and “爱心驿站” are not campaigns; 暖冬行动 quoted -> campaign",
)
P = [
    "为确保困难群众温暖过冬、欢度春节，和平区民政局从1月中旬起在全区开展“暖冬行动”，对城市低保家庭、特困供养人员、重残人员和困难老党员进行集中走访慰问。",
    "此次慰问共覆盖困难家庭5960户，其中区领导和各街道领导班子成员带队入户走访420户。慰问标准为低保家庭每户500元，特困供养人员每人800元，重残人员每人600-1000元，一户多人的按每户不超过1500元发放，慰问资金总计326.4万元。",
    "在劝业场街道，区民政局局长王建民来到独居老人刘奶奶家中，为她送上慰问金、棉衣和米面油。79岁的刘奶奶说：“每年春节前政府都来看我，心里热乎乎的。”",
    "与此同时，区慈善协会募集社会捐赠款物52万元，为全区1200户困难家庭每户送去棉被一床和一桶花生油，另向各社区发放羊毛衫两千余件。",
    "区民政局还依托“1+N”社会救助联动机制，在各社区设立“爱心驿站”，免费为环卫工人、快递员等户外劳动者提供热水、热饭，截至目前已服务1.8万人次。",
]
ITEMS = [dict(region="120101", campaigns=["暖冬行动"], m=[
    ("5960户", 5960, "household", "exact", None, None, "visits"),
    ("420户", 420, "household", "exact", None, None, "visits"),
    ("每户500元", 500, "yuan", "exact", "household", None, "funds"),
    ("每人800元", 800, "yuan", "exact", "person", None, "funds"),
    ("每人600-1000元", 600, "yuan", "exact", "person", 1000, "funds"),
    ("每户不超过1500元", 1500, "yuan", "under", "household", None, "funds"),
    ("326.4万元", 3264000, "yuan", "exact", None, None, "funds"),
    ("52万元", 520000, "yuan", "exact", None, None, "donations"),
    ("1200户", 1200, "household", "exact", None, None, "beneficiaries"),
    ("两千余件", 2000, "item", "over", None, None, "supplies"),
    ("1.8万人次", 18000, "person_time", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>和平区开展“暖冬行动” 走访慰问困难家庭5960户</title>
<meta name="description" content="天津市和平区人民政府">
<link rel="stylesheet" href="/images/tjhp_2014.css">
</head>
<body>
<header id="header">
 <div class="inner"><img src="/images/hp_logo.png" alt="天津市和平区人民政府"><span class="slogan">天津市和平区人民政府</span></div>
 <nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">便民服务</a><a href="/hdjl/">政民互动</a><a href="/zjhp/">走进和平</a></nav>
</header>
<section id="crumb">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a></section>
<section id="detail">
 <article>
  <h1>和平区开展“暖冬行动” 走访慰问困难家庭5960户</h1>
  <p class="property"><span>信息来源：区民政局</span> <span>发布日期：2015年02月10日</span> <span>点击：<em>639</em></span> <a href="javascript:window.print()">[打印]</a></p>
  <div class="TRS_Editor">
   <p>@@1@@</p>
   <p>@@2@@</p>
   <p>@@3@@</p>
   <p>@@4@@</p>
   <p>@@5@@</p>
  </div>
 </article>
 <aside class="pn">
  <p>上一条：<a href="/zwgk/bmdt/201502/t20150206_38705.html">和平区召开2015年社会救助工作会议</a></p>
  <p>下一条：<a href="/zwgk/bmdt/201502/t20150212_38890.html">区民政局开展春节前养老机构安全检查 出动检查人员46人次</a></p>
 </aside>
 <aside class="xgwz"><h4>相关文章</h4><ul>
  <li><a href="/zwgk/bmdt/201501/t20150128_38460.html">我区城市低保标准提高到每人每月705元</a> 2015-01-28</li>
  <li><a href="/zwgk/bmdt/201501/t20150119_38211.html">五大道街道为空巢老人送去“暖心包”300个</a> 2015-01-19</li>
 </ul></aside>
</section>
<footer id="footer">
 <p>主办：天津市和平区人民政府办公室　承办：天津市和平区信息中心</p>
 <p>津ICP备05004329号　联系电话：022-27112345</p>
</footer>
</body>
</html>
'''
