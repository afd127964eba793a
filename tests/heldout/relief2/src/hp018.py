META = dict(
    title="城区民政局为困难群众送去“爱心煤”",
    published=None, source="城区民政局", origin=None, authors=[],
    url="http://m.jcqq.gov.cn/show.asp?id=2385",
    lang="zh-Hans", encoding="GBK", layout="L4", charset_declared=None,
    notes="no charset declaration (GBK bytes); no date on the page or in the URL; 晋城市城区 (140502) from the page header, body only says 城区; full-width digits and full-width decimal point; “爱心煤” treated like 暖心煤 in the dev set (campaign)",
)
P = [
    "天气渐冷，城区民政局提前谋划困难群众冬季取暖工作。连日来，工作人员和志愿者分组行动，将“爱心煤”一车车送到低保户、特困户家中。",
    "今年，城区共为全区１１个街道的低保户、特困供养人员、低保边缘户等１８７６户困难家庭每户免费发放无烟煤１．５吨，共计发放２８１４吨，价值约３３７．７万元。对无劳动能力、行动不便的８３户家庭，由社区网格员帮助搬运入户。",
    "对不具备燃煤取暖条件的困难家庭，城区按每户每个取暖季４００元的标准发放电取暖补贴，今冬共发放２４．６万元，惠及６１５户。",
    "城区民政局提醒广大居民，冬季取暖要注意通风，谨防一氧化碳中毒。如有困难，可拨打城区社会救助热线：０３５６－２０２１２３４。",
]
ITEMS = [dict(region="140502", campaigns=["爱心煤"], m=[
    ("１８７６户", 1876, "household", "exact", None, None, "beneficiaries"),
    ("每户免费发放无烟煤１．５吨", 1.5, "吨", "exact", "household", None, "supplies"),
    ("２８１４吨", 2814, "吨", "exact", None, None, "supplies"),
    ("约３３７．７万元", 3377000, "yuan", "approx", None, None, "supplies"),
    ("８３户", 83, "household", "exact", None, None, "beneficiaries"),
    ("每户每个取暖季４００元", 400, "yuan", "exact", "household", None, "funds"),
    ("２４．６万元", 246000, "yuan", "exact", None, None, "funds"),
    ("６１５户", 615, "household", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<html>
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>城区民政局为困难群众送去“爱心煤”</title>
<style type="text/css">
body{font-size:16px;margin:0;padding:0;background:#fff}
#top{background:#c00;color:#fff;padding:6px 10px}
#tit{font-size:20px;font-weight:bold;padding:10px}
#con{padding:0 10px;line-height:28px}
#foot{font-size:12px;color:#999;text-align:center;padding:10px}
</style>
</head>
<body>
<div id="top">晋城市城区人民政府 手机门户</div>
<div id="tit">城区民政局为困难群众送去“爱心煤”</div>
<div id="con">
@@1@@<br/><br/>
@@2@@<br/><br/>
@@3@@<br/><br/>
@@4@@<br/>
</div>
<div style="padding:10px;font-size:14px">
<a href="show.asp?id=2379">&gt;&gt; 城区启动２０２２年度冬春救助工作</a><br/>
<a href="show.asp?id=2371">&gt;&gt; 全区新增城乡低保对象２１３户</a><br/>
<a href="list.asp?cid=12">&gt;&gt; 更多民政动态</a>
</div>
<div id="foot"><a href="http://www.jcqq.gov.cn/">访问电脑版</a><br/>晋城市城区人民政府办公室 主办</div>
</body>
</html>
'''
