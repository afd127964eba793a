META = dict(
    title="正镶白旗为困难群众发放取暖补贴 确保温暖过冬",
    published="2021-11-18", source="正镶白旗融媒体中心", origin=None, authors=[],
    url="http://m.zxbq.gov.cn/mobile/news/2021/1118/3316.html",
    lang="zh-Hans", encoding="UTF-8", layout="L4", charset_declared="utf-8",
    notes="no date on the page, taken from the URL; 敲门行动 quoted as the action's name -> campaign; 隐患 counted in 处 kept as raw unit",
)
P = [
    "入冬以来，正镶白旗气温持续走低，最低气温已降至零下28℃。为保障困难群众温暖安全过冬，旗民政局提前谋划，于11月中旬前将冬季取暖补贴全部发放到位。",
    "今年，全旗城乡低保对象、特困供养人员取暖补贴标准为每户每年1200元，较去年有所提高；低保边缘家庭和其他生活困难家庭按每户600元给予一次性取暖救助。截至目前，全旗共为3117户困难家庭发放取暖补贴355.2万元，全部通过“一卡通”打卡发放。",
    "针对牧区居住分散、冬季交通不便的实际，旗里协调煤炭企业以每吨480元的优惠价格供应取暖用煤，并组织车辆送煤上门。截至11月15日，已为偏远嘎查的418户牧民送煤1254吨，户均3吨。",
    "旗民政局同时组织各苏木镇民政助理员和嘎查村干部47人，对分散供养特困人员、独居老人等开展“敲门行动”，逐户检查火炉、烟道和煤气报警器，共排查安全隐患23处，现场整改21处。",
    "旗民政局提醒，困难群众如遇取暖困难，可拨打民政服务热线0479-5212345求助。",
]
ITEMS = [dict(region="152529", campaigns=["敲门行动"], m=[
    ("每户每年1200元", 1200, "yuan", "exact", "household", None, "funds"),
    ("每户600元", 600, "yuan", "exact", "household", None, "funds"),
    ("3117户", 3117, "household", "exact", None, None, "beneficiaries"),
    ("355.2万元", 3552000, "yuan", "exact", None, None, "funds"),
    ("每吨480元", 480, "yuan", "exact", "吨", None, "other"),
    ("418户", 418, "household", "exact", None, None, "beneficiaries"),
    ("1254吨", 1254, "吨", "exact", None, None, "supplies"),
    ("户均3吨", 3, "吨", "exact", "household", None, "supplies"),
    ("47人", 47, "person", "exact", None, None, "staff"),
    ("23处", 23, "处", "exact", None, None, "other"),
    ("21处", 21, "处", "exact", None, None, "other"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>正镶白旗为困难群众发放取暖补贴 确保温暖过冬</title>
<style>body{margin:0;font-size:17px;color:#222}.hd{background:#1b5fad;color:#fff;padding:8px}.tt{font-size:21px;font-weight:bold;padding:12px}.ly{color:#999;font-size:13px;padding:0 12px}.nr{padding:12px;line-height:1.8}.xg a{display:block;padding:6px 12px;border-bottom:1px solid #eee;color:#333}.ft{text-align:center;font-size:12px;color:#aaa;padding:16px}</style>
</head>
<body>
<div class="hd"><a href="/mobile/" style="color:#fff">正镶白旗人民政府 · 移动版</a></div>
<div class="tt">正镶白旗为困难群众发放取暖补贴 确保温暖过冬</div>
<div class="ly">来源：正镶白旗融媒体中心</div>
<div class="nr">
@@1@@<br/><br/>
@@2@@<br/><br/>
<img src="/uploadfiles/2021/11/20211118093512.jpg" width="100%"/><br/>
<span style="font-size:14px;color:#666">工作人员为牧户送煤上门</span><br/><br/>
@@3@@<br/><br/>
@@4@@<br/><br/>
@@5@@
</div>
<div class="xg">
<p style="padding:6px 12px;margin:0;background:#f4f4f4">相关新闻</p>
<a href="/mobile/news/2021/1109/3281.html">全旗完成第3批次秋季牧草补贴发放 涉及牧户2146户</a>
<a href="/mobile/news/2021/1102/3265.html">锡林郭勒盟启动2021年冬春救助 下拨资金4800万元</a>
<a href="/mobile/news/2021/1026/3240.html">正镶白旗第七届那达慕大会圆满落幕</a>
</div>
<div class="ft">正镶白旗人民政府办公室主办<br/>蒙ICP备12003651号-1 &nbsp;<a href="/">电脑版</a></div>
</body>
</html>
'''
