META = dict(
    title="朝阳区社会组织新春献爱心 捐赠款物超800万元",
    published="2024-02-02", source="一点资讯", origin="朝阳报", authors=["赵婧"],
    url="http://kz.news-snap.com/guonei/20240202/88127706.html",
    lang="zh-Hans", encoding="UTF-8", layout="L1", charset_declared="utf-8",
    notes="北京市朝阳区 (110105), not 长春市朝阳区; 社会组织/企业 counted with 家 -> institution, other; 捐赠物资 价值/折合 -> supplies; “爱心年货包”, “社会组织+社工+志愿者” are not campaigns; 首批, 12个社区, 43个街乡 not annotated",
)
P = [
    "2月1日，北京市朝阳区“社会组织进社区 新春送温暖”公益捐赠活动在区社会组织孵化中心举行。区内86家社会组织、爱心企业现场捐赠款物共计816.5万元，将通过区慈善协会定向用于全区困难群众春节慰问和寒假困境儿童关爱。",
    "其中，区社会组织联合会会员单位捐款312万元，一家基金会捐赠价值206万元的羽绒服、保暖内衣等防寒物资，各街乡商会、行业协会捐赠米、面、油等生活物资折合人民币298.5万元。",
    "活动现场，区民政局为首批获得捐赠的12个社区代表分发了“爱心年货包”。据了解，捐赠物资将在春节前发放到全区43个街乡的3200余户低保、低收入家庭，每户可领取价值400元左右的年货包和500元慰问金。",
    "近年来，朝阳区积极引导社会组织参与社会救助，建立“社会组织+社工+志愿者”联动机制。2023年，全区社会组织共开展扶贫济困项目217个，投入资金2100余万元，服务困难群众超15.6万人次。",
]
ITEMS = [dict(region="110105", campaigns=["社会组织进社区 新春送温暖"], m=[
    ("86家", 86, "institution", "exact", None, None, "other"),
    ("816.5万元", 8165000, "yuan", "exact", None, None, "donations"),
    ("312万元", 3120000, "yuan", "exact", None, None, "donations"),
    ("价值206万元", 2060000, "yuan", "exact", None, None, "supplies"),
    ("298.5万元", 2985000, "yuan", "exact", None, None, "supplies"),
    ("3200余户", 3200, "household", "over", None, None, "beneficiaries"),
    ("每户可领取价值400元左右", 400, "yuan", "approx", "household", None, "supplies"),
    ("500元", 500, "yuan", "exact", "household", None, "donations"),
    ("217个", 217, "个", "exact", None, None, "other"),
    ("2100余万元", 21000000, "yuan", "over", None, None, "donations"),
    ("超15.6万人次", 156000, "person_time", "over", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>朝阳区社会组织新春献爱心 捐赠款物超800万元-国内-新闻快照</title>
<link rel="stylesheet" href="//kz.news-snap.com/css/detail_v5.css">
<style>.pagebox{width:1180px;margin:0 auto}.zhuanzai{color:#999;font-size:13px}.snap-tip{font-size:12px;color:#999;border:1px dashed #ddd;padding:8px}</style>
</head>
<body>
<div class="topbar"><div class="pagebox"><a href="/" class="logo">新闻快照</a>
<ul class="nav"><li class="sub">我的订阅<ol><li><a href="/guonei/">国内</a></li><li><a href="/difang/">地方</a></li></ol></li><li><a href="/guoji/">国际</a></li><li><a href="/caijing/">财经</a></li><li><a href="/jiaoyu/">教育</a></li></ul></div></div>
<div class="pagebox">
<div id="left">
 <div class="art-hd">
  <h1>朝阳区社会组织新春献爱心 捐赠款物超800万元</h1>
  <p class="src">类别:国内 <span>|</span> 发布时间:2024-02-02 14:27:08 <span>|</span> 来源:一点资讯</p>
 </div>
 <div class="art-bd" id="artbody">
  <div class="zhuanzai">本文转自:朝阳报</div>
  <div class="rep-title">朝阳区社会组织新春献爱心 捐赠款物超800万元</div>
  <div class="rep-author">记者 赵婧</div>
  <div class="p">@@1@@</div>
  <div class="p">@@2@@</div>
  <div class="pic"><img src="//img.news-snap.com/2024/0202/cyb_0202_03.jpg"><span>捐赠活动现场。 朝阳区民政局供图</span></div>
  <div class="p">@@3@@</div>
  <div class="p">@@4@@</div>
 </div>
 <div class="snap-tip">声明：以上内容为资讯信息快照，由机器自动采集，本站未对信息做任何修改，不代表本站观点。快照生成时间：2024-02-02 15:10:44。如有侵权请联系删除。信息原文地址：<a href="" rel="nofollow" target="_blank"></a></div>
 <div class="rel">
  <h3>相关快照</h3>
  <ul>
   <li><a href="/guonei/20240201/88101123.html">本文转自:北京日报海淀区慈善协会启动新春慰问 计划慰问困难家庭1800户…</a><i>2024-02-01 09:00:00</i></li>
   <li><a href="/guonei/20240131/88077305.html">…东城区社会组织服务中心组织42家社会组织走进社区开展义诊、义剪…</a><i>2024-01-31 17:32:00</i></li>
   <li><a href="/guonei/20240203/88150210.html">本文转自:长春日报朝阳区为辖区困难群众发放春节慰问金120万元…</a><i>2024-02-03 08:15:00</i></li>
  </ul>
  <h3>更多关于国内的资讯:</h3>
  <ul>
   <li><a href="/guonei/20240202/88127711.html">全国铁路春运首日发送旅客1050万人次</a><i>2024-02-02 14:28:02</i></li>
   <li><a href="/guonei/20240202/88127735.html">第十四届全国冬季运动会闭幕</a><i>2024-02-02 14:30:19</i></li>
  </ul>
 </div>
</div>
<div id="right">
 <div class="hot"><h3>热门快照</h3>
  <p><a href="/guonei/20240201/88099010.html">中央财政下达困难群众救助补助资金1546亿元</a> 2024-02-01</p>
  <p><a href="/guonei/20240131/88060001.html">寒潮黄色预警：中东部气温将下降8至12℃</a> 2024-01-31</p>
 </div>
</div>
</div>
<div class="footer">© 2024 新闻快照 本站为信息快照服务，内容版权归原作者所有</div>
</body>
</html>
'''
