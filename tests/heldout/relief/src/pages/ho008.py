# L4 mobile page, UTF-8, full-width digits and full-width decimal point in the body; 颍上县
META = dict(
    id="ho008", layout="L4", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="颍上县发放临时救助金120余万元 帮助困难群众渡难关",
    published="2022-01-18", source="颍上县民政局", origin=None, authors=["张敏"],
    url="http://m.yingshang-news.cn/content/2022-01/18/content_61877.html",
    notes="body digits full-width (decimal point ．), title ASCII; “每人每月…４００元至８００元” carries two rate markers: per = person (the first, beneficiary-side marker), month noted here; ３个工作日, ３个月, ２４小时 are durations, ３０个乡镇（街道） is scope; “应救尽救、应保尽保”, “先行救助”, “一门受理、协同办理” are slogans / mechanisms",
)

ITEMS = [dict(
    region="341226", campaigns=[], origin=None,
    paras=[
        "２０２１年以来，颍上县民政局坚持“应救尽救、应保尽保”，进一步简化临时救助审批程序，对急难型临时救助实行“先行救助”，小额临时救助由乡镇审批，审批时限压缩至３个工作日以内。",
        "截至１月１５日，全县累计实施临时救助１８６０人次，发放临时救助金１２３．５万元。其中，对因病、因灾等导致基本生活陷入困境的家庭，每人每月发放临时救助金４００元至８００元，救助期限一般不超过３个月。",
        "县民政局还在全县３０个乡镇（街道）设立“一门受理、协同办理”服务窗口，开通２４小时救助热线，春节前组织民政干部、社会工作者３２０余名，对全县２．７万户低保、特困和低保边缘家庭开展走访排查，新纳入低保６１５户１４３２人。",
        "春节将至，县民政局将对全县分散供养特困人员每人发放春节慰问金３００元，确保困难群众过一个欢乐祥和的春节。",
    ],
    measures=[
        M("１８６０人次", 1860, "person_time", "beneficiaries"),
        M("１２３．５万元", 1235000, "yuan", "funds"),
        M("每人每月发放临时救助金４００元至８００元", 400, "yuan", "funds", per="person", mx=800),
        M("３２０余名", 320, "person", "staff", q="over"),
        M("２．７万户", 27000, "household", "visits"),
        M("６１５户", 615, "household", "beneficiaries"),
        M("１４３２人", 1432, "person", "beneficiaries"),
        M("每人发放春节慰问金３００元", 300, "yuan", "funds", per="person"),
    ],
)]


def render(items, esc):
    body = "<br/><br/>\n".join(esc(p) for p in items[0]["paras"])
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>颍上县发放临时救助金120余万元 帮助困难群众渡难关</title>
<link rel="stylesheet" href="/m/css/m.css">
</head>
<body>
<header class="mhd"><a class="back" href="javascript:history.back()">&lt;</a><a class="logo" href="/m/">掌上颍上</a><a class="menu" href="/m/nav.html">栏目</a></header>
<div class="mcon">
<h2 class="mtit">颍上县发放临时救助金120余万元 帮助困难群众渡难关</h2>
<p class="minfo">2022-01-18 09:30　来源：颍上县民政局　作者：张敏</p>
<div class="mtxt">
@@BODY@@
</div>
<p class="mbj">编辑：王玉洁</p>
</div>
<div class="mrel"><h3>相关推荐</h3>
<a href="/content/2022-01/17/content_61842.html">全县城乡低保标准提高到每人每月640元</a><br/>
<a href="/content/2022-01/14/content_61770.html">颍上县开展春节前安全生产大检查</a><br/>
<a href="/content/2022-01/12/content_61722.html">县慈善会为168名困难学生发放助学金</a>
</div>
<footer class="mft"><a href="/m/">首页</a> | <a href="http://www.yingshang-news.cn/">电脑版</a> | <a href="#top">顶部</a><br/>颍上县融媒体中心 主办</footer>
</body>
</html>
"""
