META = dict(
    title="岷县地震灾区受灾群众温暖过冬有保障",
    published="2013-11-28", source="掌上资讯", origin="甘肃日报", authors=["王朝霞"],
    url="http://kz.zhangshang-zx.com/news/2013/1128/1371203.html",
    lang="zh-Hans", encoding="UTF-8", layout="L1", charset_declared="utf-8",
    notes="冬春救助 after the 2013 岷县漳县 earthquake; region 岷县 (the provincial charity's donation is an episode inside a county report); 建成永久性住房1.52万户 -> beneficiaries; collapsed rooms 5间 -> raw unit, other; 6.6级 not a counting unit",
)
P = [
    "“新房子住上了，炉子也生起来了，今年冬天一点也不冷。”11月25日，在岷县梅川镇永光村，村民张彦军一边往火炉里添煤一边说。今年7月22日，岷县漳县6.6级地震造成岷县大量房屋倒塌，张彦军家的5间土坯房全部倒塌。",
    "入冬以来，岷县把保障受灾群众温暖过冬作为灾后重建的头等大事。县民政局统筹中央和省、市下拨的冬春救助资金3760万元，按照每人每月不低于150元的标准，对全县因灾需救助的9.3万名群众发放冬春生活救助金，并向重灾区群众发放棉衣2.1万件、棉被1.8万床、取暖煤1.26万吨。",
    "截至目前，全县已建成永久性住房1.52万户，其余群众全部住进活动板房或保暖过渡房，实现“人人有房住、户户能取暖”。为确保过渡安置群众安全过冬，县里为2860户板房住户配发了电暖器，并组织200多名干部分片包户，每10天入户查看一次。",
    "此外，甘肃省慈善总会“情暖岷县”冬季送温暖活动为灾区捐赠羽绒服5000件、保暖鞋5000双，价值126万元。",
]
ITEMS = [dict(region="621126", campaigns=["情暖岷县"], m=[
    ("5间", 5, "间", "exact", None, None, "other"),
    ("3760万元", 37600000, "yuan", "exact", None, None, "funds"),
    ("每人每月不低于150元", 150, "yuan", "over", "person", None, "funds"),
    ("9.3万名", 93000, "person", "exact", None, None, "beneficiaries"),
    ("2.1万件", 21000, "item", "exact", None, None, "supplies"),
    ("1.8万床", 18000, "item", "exact", None, None, "supplies"),
    ("1.26万吨", 12600, "吨", "exact", None, None, "supplies"),
    ("1.52万户", 15200, "household", "exact", None, None, "beneficiaries"),
    ("2860户", 2860, "household", "exact", None, None, "beneficiaries"),
    ("200多名", 200, "person", "over", None, None, "staff"),
    ("5000件", 5000, "item", "exact", None, None, "supplies"),
    ("5000双", 5000, "item", "exact", None, None, "supplies"),
    ("价值126万元", 1260000, "yuan", "exact", None, None, "supplies"),
])]
HTML = r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>岷县地震灾区受灾群众温暖过冬有保障 - 国内快照</title>
<link href="/style/kz2013.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="kz_top">
 <div class="kz_logo"><a href="/">快照</a></div>
 <div class="kz_menu"><ul><li class="dingyue"><a href="/my/">我的订阅</a><div class="dy_list"><a href="/guonei/" class="on">国内</a></div></li><li><a href="/guoji/">国际</a></li><li><a href="/shehui/">社会</a></li><li><a href="/junshi/">军事</a></li></ul></div>
</div>
<div class="kz_main">
 <div class="kz_left">
  <div class="kz_article">
   <h1>岷县地震灾区受灾群众温暖过冬有保障</h1>
   <div class="kz_info">类别:国内&nbsp;&nbsp;&nbsp;发布时间:2013-11-28 05:56:17&nbsp;&nbsp;&nbsp;来源:掌上资讯</div>
   <div class="kz_content">
    <p>本文转自:甘肃日报</p>
    <p>岷县地震灾区受灾群众温暖过冬有保障</p>
    <p>甘肃日报记者 王朝霞</p>
    <p>@@1@@</p>
    <p><img src="/uploads/2013/1128/gsrb_mx_01.jpg" alt="" /></p>
    <p>岷县梅川镇永光村村民在新居里取暖。（资料图片）</p>
    <p>@@2@@</p>
    <p>@@3@@</p>
    <p>@@4@@</p>
   </div>
   <div class="kz_shengming">
    以上内容为资讯信息快照，由爬虫进行采集并收录，本站未对信息做任何修改，信息内容不代表本站立场。<br />
    快照生成时间：2013-11-28 07:20:31<br />
    本站信息快照查询为非营利公共服务，如有侵权请联系我们删除。信息原文地址：<a href="" rel="nofollow"></a>
   </div>
  </div>
  <div class="kz_xg">
   <ul>
    <li><span>2013-11-27 10:05:00</span><a href="/news/2013/1127/1369960.html">本文转自:定西日报漳县灾区已建成永久性住房8600户 群众入住率达95%…</a></li>
    <li><span>2013-11-26 16:40:00</span><a href="/news/2013/1126/1368812.html">…全省冬春救助资金已下拨4.2亿元，覆盖受灾群众160余万人…</a></li>
    <li><span>2014-01-15 09:12:00</span><a href="/news/2014/0115/1420057.html">本文转自:兰州晨报岷县春节前为灾区群众送去年货礼包3万份…</a></li>
   </ul>
  </div>
  <div class="kz_more"><h3>更多关于国内的资讯:</h3>
   <p><a href="/news/2013/1128/1371208.html">十八届三中全会精神宣讲团在各地宣讲</a> 2013-11-28 05:58:40</p>
   <p><a href="/news/2013/1128/1371215.html">全国统一的不动产登记制度将于明年建立</a> 2013-11-28 06:01:12</p>
  </div>
 </div>
 <div class="kz_right"><h3>热门快照</h3>
  <ul><li><a href="/news/2013/1127/1370001.html">冬季供暖开始 全市供热面积达6800万平方米</a></li><li><a href="/news/2013/1126/1368000.html">第三届全国残疾人文艺汇演举行</a></li></ul>
 </div>
</div>
<div class="kz_foot">Copyright © 2012-2013 快照 All Rights Reserved</div>
</body>
</html>
'''
