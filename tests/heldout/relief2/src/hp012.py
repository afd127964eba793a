META = dict(
    title="卫辉市下拨冬春救助资金1500万元 保障受灾群众温暖过冬",
    published="2021-12-20", source="趣看天下", origin="新乡日报", authors=["张晓辉", "卫民轩"],
    url="http://www.kuaizhao-news.net/a/2021/12/20/908815.shtml",
    lang="zh-Hans", encoding="UTF-8", layout="L1", charset_declared="utf-8",
    notes="冬春救助 after the July 2021 flood; 需救助人口 counted as beneficiaries; quoted slogan “有饭吃、有衣穿…” is not a campaign",
)
P = [
    "今年7月，卫辉市遭受特大暴雨洪涝灾害，房屋倒损、农田被淹，部分群众生活陷入困难。入冬以来，卫辉市把保障受灾群众温暖过冬作为重中之重，全面做好受灾群众冬春生活救助工作。",
    "据统计，全市因灾需要冬春生活救助人口达5.7万人，其中需口粮救助3.1万人、衣被救助1.9万人、取暖救助2.4万人。卫辉市在用好中央、省、新乡市下拨冬春救助资金的基础上，市财政配套安排资金310万元，共计下拨冬春救助资金1500万元，已于12月15日前全部拨付到各乡镇（街道），受助群众人均救助约260元。",
    "在发放标准上，对因灾住房倒塌且尚未完成重建的家庭，每人每月发放基本生活救助金300元，救助期限为3个月；对其他需救助的受灾群众，按每人一次性300元至600元的标准发放，全部实行“一卡通”社会化发放。",
    "市应急管理局、民政局还向受灾群众发放棉被8600床、棉衣9200件、棉大衣2000件、取暖煤1850吨，为过渡安置的近220户群众配备电暖器217台。",
    "“救灾帐篷拆了，新房子也快盖好了，政府还给送来了棉被和救助金，这个冬天不冷了。”李源屯镇受灾群众王秀英说。卫辉市表示，将在春节前开展一轮全覆盖走访，确保受灾群众“有饭吃、有衣穿、有房住、有干净水喝、有病能及时就医”。",
]
ITEMS = [dict(region="410781", campaigns=[], m=[
    ("5.7万人", 57000, "person", "exact", None, None, "beneficiaries"),
    ("3.1万人", 31000, "person", "exact", None, None, "beneficiaries"),
    ("1.9万人", 19000, "person", "exact", None, None, "beneficiaries"),
    ("2.4万人", 24000, "person", "exact", None, None, "beneficiaries"),
    ("310万元", 3100000, "yuan", "exact", None, None, "funds"),
    ("1500万元", 15000000, "yuan", "exact", None, None, "funds"),
    ("人均救助约260元", 260, "yuan", "approx", "person", None, "funds"),
    ("每人每月发放基本生活救助金300元", 300, "yuan", "exact", "person", None, "funds"),
    ("每人一次性300元至600元", 300, "yuan", "exact", "person", 600, "funds"),
    ("8600床", 8600, "item", "exact", None, None, "supplies"),
    ("9200件", 9200, "item", "exact", None, None, "supplies"),
    ("2000件", 2000, "item", "exact", None, None, "supplies"),
    ("1850吨", 1850, "吨", "exact", None, None, "supplies"),
    ("近220户", 220, "household", "approx", None, None, "beneficiaries"),
    ("217台", 217, "台", "exact", None, None, "supplies"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html;charset=utf-8">
<title>卫辉市下拨冬春救助资金1500万元 保障受灾群众温暖过冬_快照新闻网</title>
<meta name="keywords" content="卫辉,冬春救助,受灾群众">
<link type="text/css" rel="stylesheet" href="/skin/css/show.css">
</head>
<body>
<table class="topbar" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="logo"><a href="/"><img src="/skin/img/logo.gif" alt="快照新闻网"></a></td>
<td class="menu"><span class="mysub">我的订阅：<a href="/guonei/" class="hover">国内</a></span> <a href="/guoji/">国际</a> <a href="/shehui/">社会</a> <a href="/tiyu/">体育</a> <a href="/yule/">娱乐</a> <a href="/caijing/">财经</a></td>
</tr></table>
<div class="wrap">
<div class="leftbox">
<div class="show_t"><h1>卫辉市下拨冬春救助资金1500万元 保障受灾群众温暖过冬</h1></div>
<div class="show_info">类别:国内 &nbsp;&nbsp; 发布时间:2021-12-20 06:12:40 &nbsp;&nbsp; 来源:趣看天下</div>
<div class="show_c">
<p class="zz">本文转自:新乡日报</p>
<p style="text-align:center"><strong>卫辉市下拨冬春救助资金1500万元 保障受灾群众温暖过冬</strong></p>
<p style="text-align:center">——全市5.7万名受灾群众纳入冬春生活救助</p>
<p style="text-align:center"><img src="/uploads/allimg/211220/1-21122006124A.jpg"></p>
<p style="text-align:center;color:#666">工作人员为受灾群众发放棉被。 卫民轩 摄</p>
<p>新乡日报记者 张晓辉 通讯员 卫民轩</p>
<p>@@1@@</p>
<p>@@2@@</p>
<p>@@3@@</p>
<p>@@4@@</p>
<p>@@5@@</p>
</div>
<div class="kz_sm">
<p>以上内容为资讯信息快照，由系统自动抓取生成，本站未对信息做任何修改，信息内容不代表本站立场。</p>
<p>快照生成时间：2021-12-20 07:30:05</p>
<p>如有侵权请联系本站删除。信息原文地址：<a href="" rel="nofollow"></a></p>
</div>
<div class="xgxw">
<table width="100%">
<tr><td><a href="/a/2021/12/18/905512.shtml">本文转自:河南日报全省已下拨冬春救助资金8.6亿元 重点保障7月特大暴雨受灾群众…</a></td><td class="d">2021-12-18 09:20:00</td></tr>
<tr><td><a href="/a/2021/12/15/901744.shtml">…辉县市为3.2万户受灾群众发放过冬棉被棉衣，累计投入资金2100余万元…</a></td><td class="d">2021-12-15 16:02:00</td></tr>
<tr><td><a href="/a/2022/01/10/931106.shtml">本文转自:平原晚报新乡市春节前走访慰问受灾困难群众1.8万户…</a></td><td class="d">2022-01-10 08:45:00</td></tr>
</table>
</div>
<div class="more_gn"><h3>更多关于国内的资讯:</h3>
<ul>
<li><a href="/a/2021/12/20/908830.shtml">全国冬小麦冬前苗情总体正常</a> 2021-12-20 06:15:02</li>
<li><a href="/a/2021/12/20/908842.shtml">第十四届全国运动会总结表彰会召开</a> 2021-12-20 06:17:44</li>
<li><a href="/a/2021/12/20/908867.shtml">本文转自:经济日报 冬季用电高峰 电网最高负荷预计超11亿千瓦</a> 2021-12-20 06:20:11</li>
</ul></div>
</div>
<div class="rightbox">
<h3>热门快照</h3>
<ul>
<li><a href="/a/2021/12/19/907700.shtml">多地发放取暖补贴 每户最高1000元</a></li>
<li><a href="/a/2021/12/19/907718.shtml">今冬明春全国将有2次强寒潮过程</a></li>
<li><a href="/a/2021/12/18/906021.shtml">某市慈善总会募集善款3200万元</a></li>
</ul>
</div>
</div>
<div class="foot">Copyright 2016-2021 快照新闻网 版权所有 信息快照服务仅供参考</div>
</body>
</html>
'''
