# L2 government CMS, GBK bytes declared gbk; 凉山彝族自治州 (prefecture)
META = dict(
    id="ho018", layout="L2", encoding="GBK", charset_declared="gbk", lang="zh-Hans",
    title="凉山州民政局部署开展“寒冬送温暖”专项救助行动",
    published="2018-12-27", source="凉山日报", origin=None, authors=["吉克阿呷", "马海"],
    url="http://mzj.lszls-gov.cn/xxgk/gzdt/201812/t20181227_1102873.html",
    notes="prefecture department -> 513400; 2018年12月至2019年3月 and the phone number are not measures; “先救治、后救助” is a principle; 慰问金及物资折款 (cash and goods value together) -> funds; 17个县市 is scope",
)

ITEMS = [dict(
    region="513400", campaigns=["寒冬送温暖"], origin=None,
    paras=[
        "为切实做好今冬明春流浪乞讨人员救助管理工作，近日，凉山州民政局印发通知，决定自2018年12月至2019年3月在全州开展“寒冬送温暖”专项救助行动。",
        "通知要求，各县市民政部门和救助管理机构要加强与公安、城管等部门协作，建立街面巡查制度，寒冷天气期间每天巡查不少于1次，重点在车站、桥洞、涵洞、废弃房屋等处开展救助，对患病、年老体弱等特殊流浪人员要及时护送到定点医院救治，坚持“先救治、后救助”。",
        "今年以来，全州各级救助管理机构共救助流浪乞讨人员2346人次，其中护送返乡1180人次，为118名滞留人员寻亲成功。州救助管理站目前已储备棉被1200床、棉衣800件、棉鞋600双，以及方便面、饼干等食品300箱。",
        "与此同时，州民政局还将组织开展困难群众冬季走访慰问，对全州17个县市的特困人员、高龄老人和困境儿童逐户走访，春节前计划发放慰问金及物资折款共计1760万元，走访慰问困难群众8.8万户。",
        "群众发现需要救助的流浪乞讨人员，可拨打州救助管理站求助电话0834-3226110。",
    ],
    measures=[
        M("每天巡查不少于1次", 1, "times", "other", q="over", per="day"),
        M("2346人次", 2346, "person_time", "beneficiaries"),
        M("1180人次", 1180, "person_time", "beneficiaries"),
        M("118名", 118, "person", "beneficiaries"),
        M("1200床", 1200, "item", "supplies"),
        M("800件", 800, "item", "supplies"),
        M("600双", 600, "item", "supplies"),
        M("300箱", 300, "item", "supplies"),
        M("1760万元", 17600000, "yuan", "funds"),
        M("8.8万户", 88000, "household", "visits"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<p class="MsoNormal" style="TEXT-INDENT: 32pt; LINE-HEIGHT: 28pt">{}</p>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>凉山州民政局部署开展“寒冬送温暖”专项救助行动 - 凉山彝族自治州民政局</title>
<meta name="SiteName" content="凉山彝族自治州民政局" />
<meta name="ColumnName" content="工作动态" />
<meta name="PubDate" content="2018-12-27 10:18" />
<link href="/images/ls_mz.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div id="header">
  <div class="toplink">
    <span class="date">2018年12月27日 星期四</span>
    <a href="/">首页</a> | <a href="/wap/">手机版</a> | <a href="/rss.xml">RSS</a>
  </div>
  <div class="banner"><img src="/images/banner_ls.jpg" alt="凉山彝族自治州民政局" /></div>
  <div class="mainnav">
    <a href="/">首　页</a><a href="/xxgk/">信息公开</a><a href="/xxgk/gzdt/" class="hover">工作动态</a><a href="/shjz/">社会救助</a><a href="/sqzl/">社区治理</a><a href="/bsfw/">办事服务</a><a href="/gzhd/">公众互动</a>
  </div>
</div>
<div id="container">
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr>
      <td class="dqwz">当前位置：<a href="/">首页</a> &raquo; <a href="/xxgk/">信息公开</a> &raquo; <a href="/xxgk/gzdt/">工作动态</a></td>
    </tr>
  </table>
  <div class="wzbox">
    <div class="wz_title">凉山州民政局部署开展“寒冬送温暖”专项救助行动</div>
    <div class="wz_info">
      <table align="center" border="0" cellspacing="0" cellpadding="0"><tr>
        <td>发布时间：2018-12-27 10:18</td><td>&nbsp;&nbsp;来源：凉山日报</td><td>&nbsp;&nbsp;作者：吉克阿呷 马海</td><td>&nbsp;&nbsp;浏览次数：<span id="count">--</span></td>
        <td>&nbsp;&nbsp;<a href="javascript:void(0);" onclick="window.print();">[打印]</a></td>
      </tr></table>
    </div>
    <div class="wz_content" id="Zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
@@BODY@@<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
    </div>
    <div class="wz_bottom">
      <a href="javascript:window.close();">【关闭本页】</a>　<a href="#">【返回顶部】</a>
    </div>
    <div class="sxp">
      <p>上一条：<a href="./t20181225_1101654.html">州民政局召开全州养老服务工作推进会</a></p>
      <p>下一条：<a href="./t20181229_1103392.html">我州第3批社会组织等级评估结果公示</a></p>
    </div>
  </div>
</div>
<div id="footer">
  <p>版权所有：凉山彝族自治州民政局　　地址：西昌市三岔口南路　　邮编：615000</p>
  <p>技术支持：凉山州电子政务中心　　川ICP备05003261号　　网站标识码：5134000025</p>
</div>
</body>
</html>
"""
