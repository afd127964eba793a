META = dict(
    title="各地扎实做好受灾群众冬春生活救助工作",
    published="2015-12-28", source="云南省民政厅", origin=None, authors=[],
    url="http://yunnan.mca-gov.cn/article/gzdt/dfdt/201512/20151200877321.shtml",
    lang="zh-Hans", encoding="GBK", layout="L5", charset_declared="gb2312",
    notes="provincial roundup, three county items in 丽江 and 迪庆; “回头看” (a mechanism) is not a campaign; snow depth in 厘米 is not a counting unit; 3个督查组 not annotated",
)
P = [
    "宁蒗县下拨冬春救助资金486万元",
    "12月中旬，宁蒗彝族自治县民政局将省、市下拨的冬春救助资金486万元全部分配到各乡镇，重点保障今年6月19日特大洪涝灾害中受灾的困难群众。全县需冬春救助人口2.3万人，其中口粮救助1.4万人、衣被救助0.9万人。县民政局同时向高寒山区群众发放棉被3200床、棉衣4000件。",
    "（据丽江日报）",
    "维西县为雪灾受灾群众送去过冬物资",
    "12月20日以来，维西傈僳族自治县遭遇强降雪，高海拔村组积雪深达60厘米。县民政局紧急调拨大米25吨、食用油800桶、棉被1200床，由乡镇干部和民兵分组送到受灾群众家中，转移安置危险地带群众126人。截至目前，全县共发放冬春临时救助金92万元，救助困难群众2760户。",
    "（据迪庆日报）",
    "古城区民政局开展冬春救助“回头看”",
    "为确保冬春救助资金发放精准，古城区民政局组织3个督查组开展冬春救助“回头看”，抽查受助家庭326户，纠正错发、漏发问题7个。今年全区共安排冬春救助资金138.5万元，救助困难群众4100余人，户均救助标准约800元。",
    "（据古城区民政局）",
]
ITEMS = [
    dict(region="530724", campaigns=[], title=P[0], origin="丽江日报", m=[
        ("486万元", 4860000, "yuan", "exact", None, None, "funds"),
        ("486万元", 4860000, "yuan", "exact", None, None, "funds"),
        ("2.3万人", 23000, "person", "exact", None, None, "beneficiaries"),
        ("1.4万人", 14000, "person", "exact", None, None, "beneficiaries"),
        ("0.9万人", 9000, "person", "exact", None, None, "beneficiaries"),
        ("3200床", 3200, "item", "exact", None, None, "supplies"),
        ("4000件", 4000, "item", "exact", None, None, "supplies"),
    ]),
    dict(region="533423", campaigns=[], title=P[3], origin="迪庆日报", m=[
        ("25吨", 25, "吨", "exact", None, None, "supplies"),
        ("800桶", 800, "item", "exact", None, None, "supplies"),
        ("1200床", 1200, "item", "exact", None, None, "supplies"),
        ("126人", 126, "person", "exact", None, None, "beneficiaries"),
        ("92万元", 920000, "yuan", "exact", None, None, "funds"),
        ("2760户", 2760, "household", "exact", None, None, "beneficiaries"),
    ]),
    dict(region="530702", campaigns=[], title=P[6], origin="古城区民政局", m=[
        ("326户", 326, "household", "exact", None, None, "visits"),
        ("7个", 7, "个", "exact", None, None, "other"),
        ("138.5万元", 1385000, "yuan", "exact", None, None, "funds"),
        ("4100余人", 4100, "person", "over", None, None, "beneficiaries"),
        ("户均救助标准约800元", 800, "yuan", "approx", "household", None, "funds"),
    ]),
]
HTML = r'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云南省民政厅--各地扎实做好受灾群众冬春生活救助工作</title>
<link href="/images/mzt_style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/yn_mzt_head.jpg" width="960" height="110"></td></tr>
  <tr><td class="menu" height="34"><a href="/">首　页</a>　<a href="/article/zwgk/">政务公开</a>　<a href="/article/gzdt/">工作动态</a>　<a href="/article/bsfw/">办事服务</a>　<a href="/article/hdjl/">互动交流</a></td></tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="220" valign="top" class="leftbg">
      <div class="lm_title">工作动态</div>
      <ul class="lm_list"><li><a href="/article/gzdt/tzgg/">通知公告</a></li><li><a href="/article/gzdt/tndt/">厅内动态</a></li><li><a href="/article/gzdt/dfdt/"><b>地方动态</b></a></li></ul>
      <div class="lm_title">热点信息</div>
      <ul class="lm_list">
        <li><a href="/article/gzdt/tndt/201512/20151200876010.shtml">省级下拨冬春救助资金3.2亿元</a></li>
        <li><a href="/article/gzdt/tndt/201512/20151200875514.shtml">全省城乡低保对象达456万人</a></li>
        <li><a href="/article/gzdt/tndt/201512/20151200874302.shtml">第3批中央救灾物资运抵昭通</a></li>
      </ul>
    </td>
    <td width="740" valign="top" style="padding:10px 20px">
      <div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/article/gzdt/">工作动态</a> &gt; 地方动态</div>
      <div class="art_title" style="text-align:center;font-size:20px;font-weight:bold;margin:16px 0">各地扎实做好受灾群众冬春生活救助工作</div>
      <div class="art_info" style="text-align:center;color:#888">【发布时间：2015-12-28 09:36】　【来源：云南省民政厅】　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
      <div class="art_toc" style="background:#f6f6f6;padding:6px">本期要目：宁蒗县下拨冬春救助资金486万元；维西县为雪灾受灾群众送去过冬物资；古城区民政局开展冬春救助“回头看”</div>
      <div class="art_content" id="zoom">
        <p align="center"><font color="#1f4e9c"><b>@@1@@</b></font></p>
        <p>　　@@2@@</p>
        <p align="right">@@3@@</p>
        <p align="center"><font color="#1f4e9c"><b>@@4@@</b></font></p>
        <p>　　@@5@@</p>
        <p align="right">@@6@@</p>
        <p align="center"><font color="#1f4e9c"><b>@@7@@</b></font></p>
        <p>　　@@8@@</p>
        <p align="right">@@9@@</p>
      </div>
      <div class="art_bj" style="text-align:right">（责任编辑：杨丽）</div>
      <div class="art_tool"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
    </td>
  </tr>
</table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
  <tr><td align="center" height="70">主办：云南省民政厅　地址：昆明市北京路1048号　邮编：650051<br>滇ICP备05001023号　技术支持：云南省民政信息中心</td></tr>
</table>
</body>
</html>
'''
