# L1 snapshot aggregator, UTF-8; 海城市 (county-level city under 鞍山)
META = dict(
    id="ho022", layout="L1", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="海城市民政局春节前走访慰问困难群众三千余户",
    published="2020-01-16", source="东方头条", origin="鞍山日报", authors=["王琳", "赵刚"],
    url="http://kz.dfttkz-news.com/guonei/20200116/31786402.html",
    notes="本文转自 gives the origin; “不忘初心、牢记使命” is a political-education campaign, not a relief campaign; 92岁, 27个镇区 and 2019年 are not measures; 4所敬老院 / 1所儿童福利院 are institutions served; 慰问 (without 走访) recipients -> beneficiaries",
)

ITEMS = [dict(
    region="210381", campaigns=[], origin="鞍山日报",
    paras=[
        "春节将至，海城市民政局结合“不忘初心、牢记使命”主题教育，深入开展困难群众春节走访慰问活动。局领导班子成员带队，分赴全市27个镇区，走访慰问城乡低保户、特困供养人员、孤儿和重点优抚对象，为他们送去米、面、油和慰问金。",
        "据了解，此次走访慰问活动共筹措资金152.6万元，慰问困难群众三千余户，其中城乡低保户每户发放慰问金400元，特困供养人员每人发放慰问金500元，重点优抚对象每人发放慰问金600元。",
        "在牛庄镇，市民政局工作人员来到92岁的特困老人刘大爷家中，送上慰问金和新棉被，详细询问老人的身体状况和取暖情况。“每年过年民政局都来看我，心里热乎着呢！”刘大爷拉着工作人员的手说。",
        "与此同时，海城市还为全市4所敬老院、1所儿童福利院的集中供养人员改善节日伙食，并发放新年服装610套。市直各单位也纷纷行动，春节前共慰问困难党员和群众2300余名。据统计，2019年全市共为困难群众发放各类救助资金1.03亿元。",
    ],
    measures=[
        M("152.6万元", 1526000, "yuan", "funds"),
        M("三千余户", 3000, "household", "beneficiaries", q="over"),
        M("每户发放慰问金400元", 400, "yuan", "funds", per="household"),
        M("每人发放慰问金500元", 500, "yuan", "funds", per="person"),
        M("每人发放慰问金600元", 600, "yuan", "funds", per="person"),
        M("4所敬老院", 4, "institution", "beneficiaries"),
        M("1所儿童福利院", 1, "institution", "beneficiaries"),
        M("610套", 610, "item", "supplies"),
        M("2300余名", 2300, "person", "beneficiaries", q="over"),
        M("1.03亿元", 103000000, "yuan", "funds"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<div class="para">{}</div>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>海城市民政局春节前走访慰问困难群众三千余户 - 国内 - 资讯快照站</title>
<meta name="keywords" content="海城,民政,春节慰问">
<link rel="stylesheet" href="/css/kz_detail.css">
</head>
<body>
<div class="hd">
 <div class="w">
  <a href="/" class="logo">资讯快照站</a>
  <div class="navs">
   <div class="dy"><a href="/my/">我的订阅</a><div class="dy-list"><a href="/guonei/" class="on">国内</a></div></div>
   <a href="/guoji/">国际</a><a href="/junshi/">军事</a><a href="/caijing/">财经</a><a href="/shehui/">社会</a><a href="/jiankang/">健康</a>
  </div>
 </div>
</div>
<div class="w bd">
 <div class="main">
  <div class="detail">
   <h1>海城市民政局春节前走访慰问困难群众三千余户</h1>
   <div class="detail-info">类别：国内 | 发布时间：2020-01-16 04:55:00 | 来源：东方头条</div>
   <div class="detail-con">
    <div class="from">本文转自：鞍山日报</div>
    <div class="para"><b>海城市民政局春节前走访慰问困难群众三千余户</b></div>
    <div class="para">记者 王琳 通讯员 赵刚</div>
@@BODY@@    <div class="pic"><img src="/pic/2020/0116/31786402_1.jpg" alt=""><div class="pic-txt">海城市民政局工作人员为困难群众送去慰问品。</div></div>
   </div>
   <div class="kz-sm">
    以上内容为资讯信息快照，由本站爬虫进行采集并收录，本站未对信息做任何修改，信息内容不代表本站立场。快照生成时间：2020-01-16 06:20:41。信息原文地址：<a href="" rel="nofollow"></a>
   </div>
  </div>
  <div class="snippets">
   <div class="s"><a href="/guonei/20200114/31761210.html">本文转自：辽宁日报全省发放春节慰问金2.6亿元，惠及困难群众110万人。省民政厅要求各地在春节前将慰问金发放到户</a><span>2020-01-14 05:02:00</span></div>
   <div class="s"><a href="/guonei/20200112/31740087.html">…鞍山市启动“寒冬送温暖”专项救助，已救助流浪乞讨人员85人次，发放棉被、棉衣320件…</a><span>2020-01-12 17:26:00</span></div>
   <div class="s"><a href="/guonei/20200110/31722561.html">本文转自：千山晚报岫岩县慈善总会为500户困难家庭送去年货</a><span>2020-01-10 08:41:00</span></div>
  </div>
  <div class="morelist"><h3>更多关于国内的资讯：</h3>
   <p><a href="/guonei/20200116/31786455.html">春运第7天全国铁路发送旅客1018万人次</a><i>2020-01-16 05:10:00</i></p>
   <p><a href="/guonei/20200116/31786480.html">国家统计局：2019年全国居民人均可支配收入30733元</a><i>2020-01-16 05:14:00</i></p>
   <p><a href="/guonei/20200116/31786497.html">多地迎来入冬以来最强降雪</a><i>2020-01-16 05:19:00</i></p>
  </div>
 </div>
 <div class="side">
  <div class="box"><h3>热门快照</h3>
   <p><a href="/guonei/20200115/31774402.html">辽宁城乡低保标准提高 城市每人每月不低于600元</a></p>
   <p><a href="/guonei/20200115/31774431.html">鞍山至海城城际公交开通</a></p>
   <p><a href="/guonei/20200114/31763320.html">全国新增减税降费超2万亿元</a></p>
  </div>
 </div>
</div>
<div class="ft">资讯快照站 © 2017-2020 | 辽ICP备17013562号-1 | <a href="/about/">关于我们</a></div>
</body>
</html>
"""
