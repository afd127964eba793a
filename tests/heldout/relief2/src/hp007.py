META = dict(
    title="工会妇联红会慈善会齐发力 春节送温暖传递社会关爱",
    published="2022-01-25", source="公益中国网", origin=None, authors=[],
    url="http://www.gongyi-zhongguo.cn/dfdt/2022/0125/4418.html",
    lang="zh-Hans", encoding="UTF-8", layout="L5", charset_declared="utf-8",
    notes="items coded to the organising body (朝阳市红十字会 -> 211300 although the event took place in 喀左县; 沈阳市和平区 210102; 平顶山市新华区 410402); “两节” is a category, “博爱箱”-like goods are not campaigns; 捐赠物资折款 -> supplies",
)
P = [
    "宝鸡市总工会春节送温暖 慰问困难职工2360户",
    "1月20日，宝鸡市总工会2022年“两节”送温暖集中慰问仪式在市工人文化宫举行，现场为40户困难职工家庭送去慰问金和米、面、油等慰问品。",
    "今年元旦春节期间，全市各级工会共筹集送温暖资金472万元，计划走访慰问困难职工、劳动模范和一线职工2360户，其中对建档困难职工家庭每户发放慰问金1000元，对因病、因灾等导致生活困难的职工每户发放500元至2000元不等的救助金。",
    "（据宝鸡日报）",
    "沈阳市和平区妇联“巾帼暖冬”行动为困难妇女儿童送年货",
    "1月21日，沈阳市和平区妇联联合爱心企业开展“巾帼暖冬”行动，走进南湖、浑河站东等街道，为单亲困难母亲、困境儿童送去大米、食用油、羽绒服和学习用品。",
    "此次活动共慰问困难妇女儿童156户，发放大米156袋、食用油156桶、儿童羽绒服80件，物资价值共计9.6万元。区妇联负责人介绍，“巾帼暖冬”已连续开展8年，累计帮扶困难妇女儿童3000余人次。",
    "（据沈阳晚报）",
    "朝阳市红十字会“博爱送万家”走进喀左县",
    "1月19日，朝阳市红十字会2022年“博爱送万家”活动走进喀左县，向当地低保户、特困户和因病致困家庭发放棉被、大米、食用油等救助物资。",
    "今年春节前，市红十字会共争取中国红十字总会和省红十字会“博爱送万家”款物价值68.5万元，计划慰问全市困难群众1500户，每户发放价值300元的家庭生活包。截至目前，已发放棉被620床、大米1000袋、食用油1000桶。",
    "（据朝阳日报）",
    "新华区慈善总会“情暖新华”新春慰问惠及500户困难家庭",
    "1月24日，平顶山市新华区慈善总会在区民政局举行“情暖新华”新春慰问活动启动仪式，区慈善总会、爱心企业代表为困难群众代表送上慈善慰问金和年货礼包。",
    "本次活动共募集善款和物资折合人民币32万元，其中爱心企业、个人捐款21.6万元，捐赠物资折款10.4万元。活动将覆盖全区500户困难家庭，每户发放慈善慰问金400元和价值240元的年货礼包。",
    "（据平顶山日报）",
]
ITEMS = [
    dict(region="610300", campaigns=[], title=P[0], origin="宝鸡日报", m=[
        ("2360户", 2360, "household", "exact", None, None, "visits"),
        ("40户", 40, "household", "exact", None, None, "visits"),
        ("472万元", 4720000, "yuan", "exact", None, None, "funds"),
        ("2360户", 2360, "household", "exact", None, None, "visits"),
        ("每户发放慰问金1000元", 1000, "yuan", "exact", "household", None, "funds"),
        ("每户发放500元至2000元", 500, "yuan", "exact", "household", 2000, "funds"),
    ]),
    dict(region="210102", campaigns=["巾帼暖冬"], title=P[4], origin="沈阳晚报", m=[
        ("156户", 156, "household", "exact", None, None, "visits"),
        ("156袋", 156, "item", "exact", None, None, "supplies"),
        ("156桶", 156, "item", "exact", None, None, "supplies"),
        ("80件", 80, "item", "exact", None, None, "supplies"),
        ("9.6万元", 96000, "yuan", "exact", None, None, "supplies"),
        ("3000余人次", 3000, "person_time", "over", None, None, "beneficiaries"),
    ]),
    dict(region="211300", campaigns=["博爱送万家"], title=P[8], origin="朝阳日报", m=[
        ("68.5万元", 685000, "yuan", "exact", None, None, "donations"),
        ("1500户", 1500, "household", "exact", None, None, "visits"),
        ("每户发放价值300元", 300, "yuan", "exact", "household", None, "supplies"),
        ("620床", 620, "item", "exact", None, None, "supplies"),
        ("1000袋", 1000, "item", "exact", None, None, "supplies"),
        ("1000桶", 1000, "item", "exact", None, None, "supplies"),
    ]),
    dict(region="410402", campaigns=["情暖新华"], title=P[12], origin="平顶山日报", m=[
        ("500户", 500, "household", "exact", None, None, "beneficiaries"),
        ("32万元", 320000, "yuan", "exact", None, None, "donations"),
        ("21.6万元", 216000, "yuan", "exact", None, None, "donations"),
        ("10.4万元", 104000, "yuan", "exact", None, None, "supplies"),
        ("500户", 500, "household", "exact", None, None, "beneficiaries"),
        ("每户发放慈善慰问金400元", 400, "yuan", "exact", "household", None, "donations"),
        ("价值240元", 240, "yuan", "exact", "household", None, "supplies"),
    ]),
]
HTML = r'''<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>工会妇联红会慈善会齐发力 春节送温暖传递社会关爱 - 地方动态 - 公益中国网</title>
<meta name="keywords" content="送温暖,工会,妇联,红十字会,慈善总会">
<link rel="stylesheet" href="/templets/default/style/dedecms.css" type="text/css">
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">公益中国网 — 汇聚公益力量 传递社会温暖</span><span class="toplinks"><a href="/member/login.php">登录</a> | <a href="/member/reg_new.php">注册</a></span></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul><li><a href="/"><span>主页</span></a></li><li><a href="/gyxw/"><span>公益新闻</span></a></li><li><a href="/dfdt/"><span>地方动态</span></a></li><li><a href="/csjz/"><span>慈善救助</span></a></li><li><a href="/zyfw/"><span>志愿服务</span></a></li><li><a href="/shzz/"><span>社会组织</span></a></li></ul></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/dfdt/">地方动态</a> &gt; </div>
 <div class="viewbox">
  <div class="title"><h2>工会妇联红会慈善会齐发力 春节送温暖传递社会关爱</h2></div>
  <div class="info"><small>时间:</small>2022-01-25 09:18<small>来源:</small>公益中国网 <small>作者:</small>综合 <small>点击:</small><script src="/plus/count.php?view=yes&aid=4418&mid=1" type='text/javascript' language="javascript"></script>次</div>
  <div class="intro">编者按：春节临近，各地工会、妇联、红十字会和慈善组织纷纷行动，把关爱送到困难群众身边。本期摘编部分地方动态。</div>
  <div class="mulu"><b>本期目录</b>：1.宝鸡市总工会春节送温暖 / 2.沈阳市和平区妇联“巾帼暖冬” / 3.朝阳市红十字会“博爱送万家” / 4.新华区慈善总会“情暖新华”</div>
  <div class="content">
   <table width="100%"><tr><td>
<h3>@@1@@</h3>
<p>@@2@@</p>
<p>@@3@@</p>
<p style="text-align:right">@@4@@</p>
<h3>@@5@@</h3>
<p>@@6@@</p>
<p>@@7@@</p>
<p style="text-align:right">@@8@@</p>
<h3>@@9@@</h3>
<p>@@10@@</p>
<p>@@11@@</p>
<p style="text-align:right">@@12@@</p>
<h3>@@13@@</h3>
<p>@@14@@</p>
<p>@@15@@</p>
<p style="text-align:right">@@16@@</p>
   </td></tr></table>
  </div>
  <div class="editor">（责任编辑：李思远）</div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle">
   <div class="context"><ul><li>上一篇：<a href="/dfdt/2022/0124/4411.html">多地慈善会启动“慈善一日捐” 首日募款逾千万元</a></li><li>下一篇：<a href="/dfdt/2022/0126/4425.html">社会组织参与乡村振兴典型案例征集结果公布</a></li></ul></div>
   <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=4418" target="_blank">收藏</a></li><li id="act-err"><a href="/plus/erraddsave.php?aid=4418" target="_blank">挑错</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=4418" target="_blank">推荐</a></li><li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div>
  </div>
 </div>
</div>
<div class="pright">
 <div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>推荐内容</strong></dt><dd class="light"><ul class="d4">
  <li><a href="/csjz/2022/0121/4397.html">中华慈善总会“慈善情暖万家”募集款物超2亿元</a><p>1月21日，中华慈善总会发布数据……</p></li>
  <li><a href="/gyxw/2022/0120/4390.html">全国已登记社会组织超过90万家</a><p>民政部数据显示……</p></li>
 </ul></dd></dl></div>
 <div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>热点内容</strong></dt><dd class="light"><ul class="c1 ico2">
  <li><a href="/zyfw/2022/0118/4376.html">志愿服务时长累计突破5000万小时</a></li>
  <li><a href="/dfdt/2022/0117/4370.html">某区为300名环卫工人送上“暖心包”</a></li>
  <li><a href="/dfdt/2022/0115/4362.html">第3届社区慈善基金论坛在杭州举行</a></li>
 </ul></dd></dl></div>
</div>
</div>
<div class="footer w960 center mt1 clear"><p>Copyright &copy; 2012-2022 公益中国网 版权所有</p><p>京ICP备12047803号-2 &nbsp; 京公网安备11010502031288号</p></div>
</body>
</html>
'''
