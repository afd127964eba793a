# L4 mobile page, GBK bytes, no charset declared, no date anywhere; full-width digits with ASCII decimal point; 大兴安岭地区 (prefecture)
META = dict(
    id="ho021", layout="L4", encoding="GBK", charset_declared=None, lang="zh-Hans",
    title="大兴安岭地区民政局多措并举保障困难群众温暖过冬",
    published=None, source="大兴安岭地区民政局", origin=None, authors=["孙立伟", "刘晓东"],
    url="http://m.dxal-mz.cn/show.asp?id=6617",
    notes="no date on the page or in the URL -> published null; authors from the trailing credit （孙立伟 刘晓东）, which stays in the body; full-width digits with ASCII '.'; 零下40℃左右: 左右 belongs to the temperature; “每户送去慰问金５００元和棉被１床”: 每户 governs both",
)

ITEMS = [dict(
    region="232700", campaigns=["温暖严冬"], origin=None,
    paras=[
        "大兴安岭地区冬季漫长，最低气温常在零下40℃左右。入冬以来，地区民政局把困难群众冬季取暖保障作为头等大事，全面落实冬季取暖补贴政策，为全区低保、特困等困难群众发放取暖补贴２３１８.５万元，惠及困难群众１.５６万户。",
        "地区民政局还开展“温暖严冬”走访慰问活动，由局领导带队，深入漠河市、塔河县、呼玛县等地，走访慰问分散供养特困人员和困难老人３２０户，为每户送去慰问金５００元和棉被１床。",
        "针对林区部分困难群众居住分散的实际，地区民政局协调各县（市、区）设立临时救助备用金共计１６０万元，对遭遇突发困难的群众实行先行救助。今冬以来已实施临时救助４２７人次，发放救助金８６.３万元。（孙立伟 刘晓东）",
    ],
    measures=[
        M("２３１８.５万元", 23185000, "yuan", "funds"),
        M("１.５６万户", 15600, "household", "beneficiaries"),
        M("３２０户", 320, "household", "visits"),
        M("每户送去慰问金５００元", 500, "yuan", "funds", per="household"),
        M("棉被１床", 1, "item", "supplies", per="household"),
        M("１６０万元", 1600000, "yuan", "funds"),
        M("４２７人次", 427, "person_time", "beneficiaries"),
        M("８６.３万元", 863000, "yuan", "funds"),
    ],
)]


def render(items, esc):
    body = "<br/><br/>".join(esc(p) for p in items[0]["paras"])
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<html>
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>大兴安岭地区民政局多措并举保障困难群众温暖过冬</title>
<link href="/m/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="top"><a href="/m/">大兴安岭民政</a> | <a href="/m/list.asp?cid=3">工作动态</a></div>
<div class="title">大兴安岭地区民政局多措并举保障困难群众温暖过冬</div>
<div class="from">来源：大兴安岭地区民政局</div>
<div class="text">
@@BODY@@
</div>
<div class="xg">相关文章：<br/>
<a href="show.asp?id=6602">地区召开社会救助工作联席会议</a><br/>
<a href="show.asp?id=6589">全区城乡低保标准提高到每人每月680元</a><br/>
<a href="show.asp?id=6571">地区养老机构开展冬季防火安全检查</a>
</div>
<div class="bottom"><a href="/m/">返回首页</a> | <a href="/">电脑版</a><br/>大兴安岭地区民政局 版权所有 黑ICP备10002715号</div>
</body>
</html>
"""
