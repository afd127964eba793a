# L5 roundup, GBK bytes declared gb2312 (GB2312 characters only); items in 山西 大同市, 陕西 府谷县, 宁夏 吴忠市
META = dict(
    id="ho011", layout="L5", encoding="GBK", charset_declared="gb2312", lang="zh-Hans",
    title="晋陕宁多地开展春节困难群众慰问帮扶",
    published="2015-02-10", source="黄河民生网", origin=None, authors=[],
    url="http://www.hhms-news.com/mzkx/2015/0210/11827.html",
    notes="roundup in an old table layout; headline figures annotated (3360万元, 1800户 twice); 14个镇 is scope; 2.3万件 donated clothes/bedding counted as goods -> supplies (a count of goods; kinds are not scored for non-core units); “送温暖 献爱心” keeps its inner space as written",
)

ITEMS = [
    dict(
        region="140200", campaigns=[], origin="大同日报",
        head="大同市发放春节慰问金3360万元",
        paras=["日前，大同市民政局下拨春节慰问资金3360万元，对全市城乡低保对象、农村五保对象、重点优抚对象等困难群众进行慰问。其中，城市低保对象每人发放一次性生活补助200元，农村低保对象每人150元。"],
        ly="（据大同日报）", ly_inline=True,
        measures=[
            M("3360万元", 33600000, "yuan", "funds"),
            M("3360万元", 33600000, "yuan", "funds"),
            M("每人发放一次性生活补助200元", 200, "yuan", "funds", per="person"),
            M("每人150元", 150, "yuan", "funds", per="person"),
        ],
    ),
    dict(
        region="610822", campaigns=["慈善年货大派送"], origin="府谷县慈善协会",
        head="府谷县慈善协会为1800户困难家庭送年货",
        paras=[
            "2月6日，府谷县慈善协会在县城广场举行“慈善年货大派送”活动，为全县14个镇的1800户困难家庭送去大米、白面、食用油等年货，每户价值300元，共计54万元。",
            "据悉，今年该协会共募集善款1260万元，累计救助困难群众5800余人。",
        ],
        ly="（据府谷县慈善协会）",
        measures=[
            M("1800户", 1800, "household", "beneficiaries"),
            M("1800户", 1800, "household", "beneficiaries"),
            M("每户价值300元", 300, "yuan", "supplies", per="household"),
            M("54万元", 540000, "yuan", "supplies"),
            M("1260万元", 12600000, "yuan", "donations"),
            M("5800余人", 5800, "person", "beneficiaries", q="over"),
        ],
    ),
    dict(
        region="640300", campaigns=["送温暖 献爱心"], origin="吴忠市民政局",
        head="吴忠市启动“送温暖 献爱心”社会捐助活动",
        paras=[
            "近日，吴忠市“送温暖 献爱心”社会捐助活动启动，全市各级机关、企事业单位和社会各界踊跃参与。截至2月8日，共接收捐款186.5万元、衣物被褥2.3万件。",
            "所募款物将主要用于帮扶城乡低保家庭、五保户和因灾因病致困家庭，预计春节前可惠及困难群众近四千人。",
        ],
        ly="（据吴忠市民政局）", ly_inline=True,
        measures=[
            M("186.5万元", 1865000, "yuan", "donations"),
            M("2.3万件", 23000, "item", "supplies"),
            M("近四千人", 4000, "person", "beneficiaries", q="approx"),
        ],
    ),
]


def render(items, esc):
    rows = []
    for it in items:
        ps = list(it["paras"])
        if it.get("ly_inline"):
            ps[-1] += it["ly"]
        r = '<tr><td class="item">\r\n<h3>%s</h3>\r\n' % esc(it["head"])
        r += "".join("<p>%s</p>\r\n" % esc(p) for p in ps)
        if not it.get("ly_inline"):
            r += '<p align="right">%s</p>\r\n' % esc(it["ly"])
        r += "</td></tr>\r\n"
        rows.append(r)
    return TEMPLATE.replace("@@BODY@@", '<tr><td height="1" bgcolor="#dddddd"></td></tr>\r\n'.join(rows))


TEMPLATE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<meta http-equiv="Content-Language" content="zh-cn">
<title>晋陕宁多地开展春节困难群众慰问帮扶_民政快讯_黄河民生网</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<style type="text/css">
.item h3{font-size:16px;color:#003399;margin:12px 0 6px}
.item p{text-indent:2em;line-height:26px;margin:0 0 6px}
</style>
</head>
<body>
<table width="960" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/images/top.jpg" width="960" height="110" alt="黄河民生网"></td></tr>
<tr><td colspan="2" class="nav" height="32">
<a href="/">首页</a> | <a href="/mzkx/">民政快讯</a> | <a href="/shjz/">社会救助</a> | <a href="/cssy/">慈善事业</a> | <a href="/ylfw/">养老服务</a> | <a href="/jcms/">基层民生</a>
</td></tr>
<tr>
<td width="700" valign="top" style="padding:10px">
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/mzkx/">民政快讯</a> &gt; 内容</div>
<h1 style="font-size:22px;text-align:center">晋陕宁多地开展春节困难群众慰问帮扶</h1>
<div style="text-align:center;color:#777;font-size:12px">时间：2015-02-10 14:22　来源：黄河民生网　点击：<span id="hits">--</span></div>
<div class="daodu">本期导读：大同市发放春节慰问金　府谷县慈善协会送年货　吴忠市启动社会捐助活动</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0">
@@BODY@@</table>
<div style="text-align:right;color:#777">（编辑：杜小红）</div>
<div class="sxp">上一篇：<a href="/mzkx/2015/0209/11811.html">陕西下拨冬春救助资金2.3亿元</a><br>下一篇：<a href="/mzkx/2015/0211/11845.html">榆林市开展春节前养老机构安全检查</a></div>
</td>
<td width="260" valign="top" style="padding:10px;background:#f6f6f6">
<div class="rbox"><b>热点排行</b><br>
1.<a href="/shjz/2015/0206/11790.html">山西城乡低保标准分别提高10%</a><br>
2.<a href="/cssy/2015/0205/11772.html">省慈善总会春节募集款物1.5亿元</a><br>
3.<a href="/ylfw/2015/0203/11750.html">全省新增养老床位1.2万张</a><br>
4.<a href="/jcms/2015/0202/11733.html">银川市为860名环卫工人送温暖</a>
</div>
<div class="rbox"><b>图片新闻</b><br><a href="/tp/2015/0208/11801.html"><img src="/uploadfile/2015/0208/s_11801.jpg" width="230" alt="雪后的黄河壶口"></a></div>
</td>
</tr>
<tr><td colspan="2" align="center" class="foot" style="padding:12px;line-height:22px">
黄河民生网 版权所有 Copyright 2009-2015<br>
陕ICP备09012331号　联系电话：029-88651234
</td></tr>
</table>
</body>
</html>
"""
