# L4 mobile page, UTF-8; 拉萨市城关区
META = dict(
    id="ho012", layout="L4", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="城关区为困难群众送去酥油糌粑和过冬棉被",
    published="2023-12-20", source="城关区融媒体中心", origin=None, authors=[],
    url="http://m.lscgq-gov.cn/xw/bmdt/202312/t20231220_97214.html",
    notes="weights in 公斤 (raw unit); 近百万元 = money value of goods and cash together -> funds (款物 handed out); 12个街道办事处和乡 is scope, 6个工作组 a team count",
)

ITEMS = [dict(
    region="540102", campaigns=["冬日暖阳"], origin=None,
    paras=[
        "12月18日，拉萨市城关区民政局联合区慈善协会开展“冬日暖阳”困难群众慰问活动，为辖区12个街道办事处和乡的低保户、特困人员送去酥油、糌粑、大米、清油和棉被等过冬物资。",
        "此次活动共慰问困难群众1560户，发放酥油3120公斤、糌粑6240公斤、棉被1560床；区民政局还为每户发放200元慰问金，物资和资金合计价值近百万元。",
        "城关区民政局相关负责人介绍，今年入冬以来，该区已为特困供养人员、低保对象等困难群众发放一次性冬季取暖补贴，标准为每人600元，共计发放86.4万元，惠及1440人。",
        "区民政局还安排23名干部职工组成6个工作组，每月对辖区独居老人、困境儿童上门探访不少于2次，确保困难群众温暖过冬。",
    ],
    measures=[
        M("1560户", 1560, "household", "beneficiaries"),
        M("3120公斤", 3120, "公斤", "supplies"),
        M("6240公斤", 6240, "公斤", "supplies"),
        M("1560床", 1560, "item", "supplies"),
        M("每户发放200元", 200, "yuan", "funds", per="household"),
        M("近百万元", 1000000, "yuan", "funds", q="approx"),
        M("每人600元", 600, "yuan", "funds", per="person"),
        M("86.4万元", 864000, "yuan", "funds"),
        M("1440人", 1440, "person", "beneficiaries"),
        M("23名", 23, "person", "staff"),
        M("每月对辖区独居老人、困境儿童上门探访不少于2次", 2, "times", "other", q="over", per="month"),
    ],
)]


def render(items, esc):
    body = "<br /><br />".join(esc(p) for p in items[0]["paras"])
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>城关区为困难群众送去酥油糌粑和过冬棉被-城关区人民政府移动门户</title>
<style>body{margin:0;font:15px/1.7 sans-serif}.hd{background:#a40000;color:#fff;padding:8px}.hd a{color:#fff}.tit{font-size:19px;font-weight:bold;padding:10px}.meta{color:#999;font-size:12px;padding:0 10px}.txt{padding:10px}.ft{background:#eee;font-size:12px;padding:8px;text-align:center}</style>
</head>
<body>
<div class="hd"><a href="/">城关区人民政府</a> · <a href="/xw/">新闻</a> · <a href="/xw/bmdt/">部门动态</a></div>
<div class="tit">城关区为困难群众送去酥油糌粑和过冬棉被</div>
<div class="meta">2023-12-20 16:35 | 来源：城关区融媒体中心 | 阅读 <span id="rd">326</span></div>
<div class="txt">@@BODY@@</div>
<div class="txt" style="font-size:13px;color:#555">相关：<a href="/xw/bmdt/202312/t20231215_97102.html">城关区发放高龄津贴226万元</a> / <a href="/xw/bmdt/202312/t20231208_96988.html">区民政局开展养老机构冬季消防检查</a></div>
<div class="ft"><a href="/">首页</a> | <a href="http://www.lscgq-gov.cn/">电脑版</a><br />主办：拉萨市城关区人民政府办公室　藏ICP备12000427号</div>
</body>
</html>
"""
