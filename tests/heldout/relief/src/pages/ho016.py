# L4 mobile page, Big5 bytes, Traditional (converted from the simplified source with OpenCC s2tw); 深圳市; no date on the page
TRAD = "s2tw"
META = dict(
    id="ho016", layout="L4", encoding="Big5", charset_declared="big5", lang="zh-Hant",
    title="寒潮来袭 深圳开放避寒场所 救助流浪人员",
    published="2021-01-08", source="深圳新闻网", origin=None, authors=[],
    url="http://m.szxw-news.hk/big5/2021/0108/n0108_213845.html",
    notes="no date on the page: taken from the URL; 3.2℃, 十年, 12345/110, 24小时 are not measures; “发现一个、救助一个” is a slogan; 临时避寒场所 counted as institutions (other); raw unit 臺次 normalised to 台次",
)

ITEMS = [dict(
    region="440300", campaigns=[], origin=None,
    paras=[
        "受强冷空气影响，1月7日深圳市气温骤降，市区最低气温降至3.2℃，为近十年来最低。深圳市民政局迅速启动寒潮天气应急救助响应，全市开放临时避寒场所127个，为有需要的市民和流浪乞讨人员提供热水、热食和御寒衣被。",
        "截至8日上午，全市各避寒场所共接待避寒群众1380人次，市区两级救助管理站出动工作人员420余人次、车辆96台次，街面救助流浪乞讨人员215人次，发放棉被、棉衣等御寒物资2600余件。",
        "目前，全市救助管理机构共储备棉被1.5万床、棉大衣8000件，可满足寒潮期间救助需求。市民政局提醒，寒潮期间如发现流浪乞讨人员需要帮助，可拨打12345或110求助，各救助管理站将实行24小时值班，做到“发现一个、救助一个”。",
    ],
    measures=[
        M("127个", 127, "institution", "other"),
        M("1380人次", 1380, "person_time", "beneficiaries"),
        M("420余人次", 420, "person_time", "staff", q="over"),
        M("96台次", 96, "台次", "other"),
        M("215人次", 215, "person_time", "beneficiaries"),
        M("2600余件", 2600, "item", "supplies", q="over"),
        M("1.5万床", 15000, "item", "supplies"),
        M("8000件", 8000, "item", "supplies"),
    ],
)]


def render(items, esc):
    body = "\n<br/><br/>\n".join(esc(p) for p in items[0]["paras"])
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>寒潮来袭 深圳开放避寒场所 救助流浪人员 - 深圳新闻网手机版</title>
</head>
<body>
<a href="/big5/">深圳新闻网</a> &gt; <a href="/big5/sz/">深圳</a><br/>
<h2>寒潮来袭 深圳开放避寒场所 救助流浪人员</h2>
来源：深圳新闻网<br/>
<img src="/pic/2021/0108/213845_1.jpg" width="100%" alt=""/><br/>
<small>1月7日晚，救助站工作人员在街头为流浪人员送上棉被。</small><br/>
<br/>
@@BODY@@
<br/><br/>
<hr/>
热门：<br/>
·<a href="/big5/2021/0107/n0107_213790.html">深圳今冬首个寒冷预警信号生效</a><br/>
·<a href="/big5/2021/0106/n0106_213712.html">全市发放困难群众春节慰问金6800万元</a><br/>
·<a href="/big5/2021/0105/n0105_213655.html">深圳地铁日均客运量达620万人次</a><br/>
<hr/>
<a href="/big5/">首页</a> | <a href="http://www.szxw-news.hk/big5/">电脑版</a> | <a href="http://m.szxw-news.hk/">简体</a><br/>
深圳新闻网 版权所有
</body>
</html>
"""
