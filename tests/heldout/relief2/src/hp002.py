META = dict(
    title="我省城乡低保标准再提高 城市每人每月不低于590元",
    published="2019-07-02", source="吉林日报", origin=None, authors=["孙翠翠"],
    url="http://jlrbszb.cnjiwang-news.com/pc/paper/c/201907/02/content_80153.html",
    lang="zh-Hans", encoding="GBK", layout="L3", charset_declared="gbk",
    notes="provincial paper writing 我省 -> 220000 from the masthead; 低保标准 (a guarantee line) annotated as kind other, the 特困/照料护理 standards actually paid as funds; per = person for 每人每月/每人每年 (recipient before period)",
)
P = [
    "本报讯（记者孙翠翠）记者从省民政厅获悉，经省政府同意，自7月1日起，我省再次提高城乡居民最低生活保障标准和特困人员基本生活标准。这是我省连续第6年提标，全省约62.4万名城乡低保对象将从中受益。",
    "按照《关于提高2019年全省城乡低保标准的通知》（吉民发〔2019〕21号）要求，城市低保平均标准由每人每月560元提高到不低于590元，农村低保平均标准由每人每年4200元提高到不低于4500元。各地在此基础上，结合本地居民人均消费支出水平和财力状况，可适当上浮，但增幅原则上不低于5%。",
    "同时，特困人员基本生活标准按照不低于当地低保标准的1.3倍确定，城市特困人员基本生活标准每人每月不低于767元，农村每人每年不低于5850元。特困人员照料护理补贴分为三档，每人每月分别为100元、300元和800元。",
    "为确保提标资金及时足额到位，省财政今年已下达城乡低保和特困人员救助供养补助资金31.7亿元，较上年增加2.1亿元。各地要在7月底前完成提标工作，并于8月10日前将提标后的资金发放到户，不得以任何理由截留、挤占、挪用。",
    "据统计，截至今年5月底，全省共有城市低保对象14.6万户23.8万人，农村低保对象24.3万户38.6万人，特困人员10.2万人。今年1至5月，全省累计支出城乡低保资金12.85亿元。",
    "省民政厅有关负责人表示，下一步将聚焦“兜底线、织密网、建机制”要求，开展农村低保专项治理，对低保对象实行分类动态管理，让困难群众共享改革发展成果。",
]
ITEMS = [dict(region="220000", campaigns=[], m=[
    ("约62.4万名", 624000, "person", "approx", None, None, "beneficiaries"),
    ("每人每月560元", 560, "yuan", "exact", "person", None, "other"),
    ("不低于590元", 590, "yuan", "over", "person", None, "other"),
    ("每人每年4200元", 4200, "yuan", "exact", "person", None, "other"),
    ("不低于4500元", 4500, "yuan", "over", "person", None, "other"),
    ("每人每月不低于767元", 767, "yuan", "over", "person", None, "funds"),
    ("每人每年不低于5850元", 5850, "yuan", "over", "person", None, "funds"),
    ("100元", 100, "yuan", "exact", "person", None, "funds"),
    ("300元", 300, "yuan", "exact", "person", None, "funds"),
    ("800元", 800, "yuan", "exact", "person", None, "funds"),
    ("31.7亿元", 3170000000, "yuan", "exact", None, None, "funds"),
    ("2.1亿元", 210000000, "yuan", "exact", None, None, "funds"),
    ("14.6万户", 146000, "household", "exact", None, None, "beneficiaries"),
    ("23.8万人", 238000, "person", "exact", None, None, "beneficiaries"),
    ("24.3万户", 243000, "household", "exact", None, None, "beneficiaries"),
    ("38.6万人", 386000, "person", "exact", None, None, "beneficiaries"),
    ("10.2万人", 102000, "person", "exact", None, None, "beneficiaries"),
    ("12.85亿元", 1285000000, "yuan", "exact", None, None, "funds"),
])]
HTML = r'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>吉林日报数字报-我省城乡低保标准再提高 城市每人每月不低于590元</title>
<link rel="stylesheet" type="text/css" href="../../../../css/epaper.css">
<script language="javascript" src="../../../../js/founder.js"></script>
</head>
<body bgcolor="#f2f2f2">
<table width="1000" align="center" cellspacing="0" cellpadding="0" border="0" bgcolor="#ffffff">
<tr><td colspan="2"><img src="../../../../images/masthead_jlrb.gif" width="1000" height="90" alt="吉林日报"></td></tr>
<tr><td colspan="2" class="dateline" style="padding:4px 10px;font-size:12px">2019年07月02日 星期二 &nbsp;|&nbsp; <a href="../../../../pc/layout/201907/02/node_01.html">第01版：要闻</a> | <a href="../../../../pc/layout/201907/02/node_02.html">第02版：综合新闻</a> | <a href="../../../../pc/layout/201907/02/node_03.html"><b>第03版：民生</b></a> | <a href="../../../../pc/layout/201907/02/node_04.html">第04版：经济</a> | <a href="../../../../pc/layout/201907/02/node_05.html">第05版：时评</a> &nbsp;&nbsp;<a href="../../../../pc/layout/201907/01/node_01.html">&lt;&lt;上一期</a> <a href="../../../../pc/layout/201907/03/node_01.html">下一期&gt;&gt;</a></td></tr>
<tr>
<td width="300" valign="top" style="border-right:1px solid #ccc">
<div class="bmdh"><b>第03版：民生</b><br>
<img src="../../../../pc/res/201907/02/03_s.jpg" width="280" usemap="#PagePicMap"><br>
<a href="../../../../pc/paper/c/201907/02/03.pdf">PDF下载</a></div>
<div class="bmml"><b>本版新闻</b>
<ul>
<li><a href="content_80152.html">全省养老服务设施建设三年行动启动 新增床位1.5万张</a></li>
<li><a href="content_80153.html">我省城乡低保标准再提高 城市每人每月不低于590元</a></li>
<li><a href="content_80154.html">长春市新建改建农贸市场21个</a></li>
<li><a href="content_80155.html">第二届全省残疾人职业技能大赛落幕 87人获奖</a></li>
</ul></div>
</td>
<td width="700" valign="top" style="padding:10px 20px">
<founder-title><div style="font-size:24px;font-weight:bold;text-align:center;line-height:40px">我省城乡低保标准再提高 城市每人每月不低于590元</div></founder-title>
<founder-subtitle><div style="text-align:center;color:#555">全省约62.4万名城乡低保对象受益</div></founder-subtitle>
<founder-author><div style="text-align:center;margin:8px 0">本报记者 孙翠翠</div></founder-author>
<div id="ozoom" style="font-size:16px;line-height:30px">
<founder-content>
<P>　　@@1@@</P>
<P>　　@@2@@</P>
<P>　　@@3@@</P>
<P>　　@@4@@</P>
<P>　　@@5@@</P>
<P>　　@@6@@</P>
</founder-content>
</div>
<div style="margin-top:20px;color:#666;font-size:12px">责任编辑：邹 薇</div>
<div style="margin:20px 0;border-top:1px dashed #bbb;padding-top:8px;font-size:12px">
<b>读者点击排行</b><br>
1. 夏粮收购预计超过50亿斤 (点击 3,582)<br>
2. 我省今年计划改造农村危房1.2万户 (点击 2,917)<br>
3. 全省养老服务设施建设三年行动启动 新增床位1.5万张 (点击 2,406)<br>
4. 6月份全省居民消费价格同比上涨2.1% (点击 1,873)
</div>
</td>
</tr>
<tr><td colspan="2" align="center" style="font-size:12px;color:#888;padding:10px;border-top:1px solid #ccc">吉林日报社版权所有 未经书面授权禁止使用<br>吉ICP备05001452号 &nbsp; 地址：长春市火炬路1518号 &nbsp; 技术支持：方正电子</td></tr>
</table>
</body>
</html>
'''
