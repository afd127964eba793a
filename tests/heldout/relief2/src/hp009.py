META = dict(
    title="天祝县开展寒假留守儿童关爱行动 为1200余名孩子送去冬衣",
    published="2020-01-13", source="天祝县融媒体中心", origin=None, authors=["马永春", "李娟"],
    url="http://wap.tianzhu-news.cn/content/2020-01/13/content_58127.htm",
    lang="zh-Hans", encoding="GBK", layout="L4", charset_declared="gbk",
    notes="“冬衣一套、棉鞋一双” use indefinite 一 -> not annotated; counts of existing 留守儿童 (not aided) -> kind other; 督促落实监护责任23起 -> raw unit 起, other",
)
P = [
    "为让农村留守儿童度过一个温暖、快乐、平安的寒假，1月上旬以来，天祝藏族自治县民政局联合团县委、县妇联和县教育局，在全县开展“冬日暖阳·关爱留守儿童”寒假关爱行动。",
    "行动中，各乡镇儿童督导员、村（社区）儿童主任共182人对全县农村留守儿童逐一入户走访，重点排查监护缺失、生活困难、安全隐患等情况，共走访留守儿童1246名，更新完善“一人一档”信息，发现并督促落实监护责任23起。",
    "县民政局筹措资金18.6万元，为1200余名留守儿童和困境儿童每人发放冬衣一套、棉鞋一双，为其中62名重点困境儿童每人发放500元慰问金。爱心企业甘肃某商贸有限公司捐赠书包、文具等学习用品一千五百余件。",
    "寒假期间，各村儿童主任每月上门随访不少于2次，县未成年人保护工作站开通24小时关爱热线0935-3122110，为留守儿童提供心理疏导和临时照料服务。",
    "据了解，天祝县现有农村留守儿童1300余名，其中父母双方均外出务工的有486名。",
]
ITEMS = [dict(region="620623", campaigns=["冬日暖阳·关爱留守儿童"], m=[
    ("182人", 182, "person", "exact", None, None, "staff"),
    ("1246名", 1246, "person", "exact", None, None, "visits"),
    ("23起", 23, "起", "exact", None, None, "other"),
    ("18.6万元", 186000, "yuan", "exact", None, None, "funds"),
    ("1200余名", 1200, "person", "over", None, None, "beneficiaries"),
    ("62名", 62, "person", "exact", None, None, "beneficiaries"),
    ("每人发放500元", 500, "yuan", "exact", "person", None, "funds"),
    ("一千五百余件", 1500, "item", "over", None, None, "supplies"),
    ("每月上门随访不少于2次", 2, "times", "over", "month", None, "other"),
    ("1300余名", 1300, "person", "over", None, None, "other"),
    ("486名", 486, "person", "exact", None, None, "other"),
])]
HTML = r'''<?xml version="1.0" encoding="gbk"?>
<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=gbk"/>
<meta name="viewport" content="width=device-width"/>
<title>天祝县开展寒假留守儿童关爱行动 为1200余名孩子送去冬衣-天祝手机台</title>
</head>
<body>
<p><a href="/">天祝手机台</a>|<a href="/list/ms/">民生</a>|<a href="/list/tz/">天祝新闻</a></p>
<p><b>天祝县开展寒假留守儿童关爱行动 为1200余名孩子送去冬衣</b></p>
<p>2020-01-13 发布<br/>来源：天祝县融媒体中心<br/>记者 马永春 通讯员 李娟</p>
<p>
@@1@@<br/><br/>
@@2@@<br/><br/>
@@3@@<br/><br/>
@@4@@<br/><br/>
@@5@@
</p>
<p>编辑：赵文娟</p>
<p>相关链接：<br/>
<a href="/content/2020-01/10/content_58096.htm">全县发放春节慰问金236万元</a><br/>
<a href="/content/2020-01/08/content_58071.htm">天祝今冬新增公益性岗位120个</a><br/>
<a href="/content/2020-01/06/content_58040.htm">第五届冰雪旅游节1月18日开幕</a></p>
<p><a href="#top">返回顶部</a> <a href="http://www.tianzhu-news.cn/">电脑版</a><br/>天祝藏族自治县融媒体中心 陇ICP备16002157号</p>
</body>
</html>
'''
