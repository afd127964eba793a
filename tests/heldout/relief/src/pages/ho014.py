# L2 government CMS, UTF-8, quotes written as HTML entities; 上海市徐汇区
ENTITIES = True
META = dict(
    id="ho014", layout="L2", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="徐汇区启动今冬明春“寒冬送温暖”专项救助工作",
    published="2024-12-18", source="徐汇区民政局", origin=None, authors=[],
    url="https://www.xuhui-gov.cn/xxgk/mzj/gzdt/20241218/425503.html",
    notes="quotes in the page are &ldquo;/&rdquo; entities (decoded in the body); 作者 field is a unit -> authors []; “零时巡查” mechanism, “自愿求助、无偿救助” principle, “三无” category, “一人一档” mechanism are not campaigns; 13个街道（镇）, 24小时, phone number are not measures",
)

ITEMS = [dict(
    region="310104", campaigns=["寒冬送温暖"], origin=None,
    paras=[
        "12月16日，徐汇区民政局召开今冬明春流浪乞讨人员“寒冬送温暖”专项救助工作部署会，区公安、城管、卫健等部门和13个街道（镇）相关负责同志参加会议。",
        "会议通报了今年以来全区救助管理工作情况。2024年1月至11月，区救助管理站共救助各类生活无着人员1076人次，其中未成年人9人次、老年人131人次；联合相关部门开展街面巡查1850次，劝导流浪乞讨人员入站接受救助304人次；为387人次提供返乡车票，帮助16名长期滞留人员寻亲成功。",
        "会议要求，寒潮天气期间，各街道（镇）要将夜间巡查频次提高到每天不少于2次，对气温低于零摄氏度的夜晚实行“零时巡查”；区救助管理站储备棉被500条、棉大衣300件、方便食品1200箱，并为每个社区配发应急棉被10条，确保救助物资充足。",
        "会议强调，要坚持“自愿求助、无偿救助”原则，对城市“三无”人员和拒不入站的流浪人员，要做好“一人一档”登记，及时送去御寒衣物和食品，确保不发生冻饿死亡事件。区救助管理站24小时求助电话：021-64870110。",
    ],
    measures=[
        M("1076人次", 1076, "person_time", "beneficiaries"),
        M("9人次", 9, "person_time", "beneficiaries"),
        M("131人次", 131, "person_time", "beneficiaries"),
        M("巡查1850次", 1850, "times", "other"),
        M("304人次", 304, "person_time", "beneficiaries"),
        M("387人次", 387, "person_time", "beneficiaries"),
        M("16名", 16, "person", "beneficiaries"),
        M("每天不少于2次", 2, "times", "other", q="over", per="day"),
        M("500条", 500, "item", "supplies"),
        M("300件", 300, "item", "supplies"),
        M("1200箱", 1200, "item", "supplies"),
        M("每个社区配发应急棉被10条", 10, "item", "supplies", per="community"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<p style="text-indent:2em;"><span style="font-size:16px;font-family:微软雅黑;">{}</span></p>', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>徐汇区启动今冬明春&ldquo;寒冬送温暖&rdquo;专项救助工作</title>
<meta name="SiteName" content="上海徐汇">
<meta name="ColumnName" content="工作动态">
<meta name="ArticleTitle" content="徐汇区启动今冬明春&ldquo;寒冬送温暖&rdquo;专项救助工作">
<meta name="PubDate" content="2024-12-18 14:05:32">
<meta name="ContentSource" content="徐汇区民政局">
<link rel="stylesheet" href="/assets/css/xh-main.css">
<link rel="stylesheet" href="/assets/css/xh-detail.css">
</head>
<body>
<a class="skip" href="#main">跳到主要内容</a>
<header class="xh-header">
  <div class="container">
    <a class="xh-logo" href="/"><img src="/assets/img/logo-xh.png" alt="上海徐汇"></a>
    <nav class="xh-nav"><a href="/">首页</a><a href="/xxgk/" class="active">政府信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjxh/">走进徐汇</a></nav>
    <div class="xh-tools"><a href="/wza/">无障碍</a> <a href="/en/">EN</a> <a href="/sitemap/">网站地图</a></div>
  </div>
</header>
<div class="container" id="main">
  <ol class="breadcrumb"><li><a href="/">首页</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/xxgk/mzj/">区民政局</a></li><li class="active">工作动态</li></ol>
  <div class="detail-box">
    <h1 class="Article_title">徐汇区启动今冬明春&ldquo;寒冬送温暖&rdquo;专项救助工作</h1>
    <div class="Article_info">
      <span>发布日期：2024-12-18</span>&nbsp;&nbsp;<span>信息来源：徐汇区民政局</span>&nbsp;&nbsp;<span>作者：区救助管理站</span>&nbsp;&nbsp;<span>浏览次数：<b id="views">861</b></span>
      <span class="fontsize">【字号 <a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>】</span>
    </div>
    <div class="Article_content" id="ivs_content">
@@BODY@@
    </div>
    <div class="Article_attach"></div>
    <div class="Article_share"><span>分享：</span><a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><a class="print" href="javascript:window.print();">打印</a><a class="close" href="javascript:window.close();">关闭</a></div>
    <ul class="Article_page">
      <li>上一篇：<a href="/xxgk/mzj/gzdt/20241213/425310.html">徐汇区第二十届&ldquo;助老服务月&rdquo;活动总结会召开</a></li>
      <li>下一篇：<a href="/xxgk/mzj/gzdt/20241220/425622.html">区民政局开展养老机构冬季安全隐患排查</a></li>
    </ul>
  </div>
</div>
<footer class="xh-footer">
  <div class="container">
    <p>主办：上海市徐汇区人民政府办公室　承办：上海市徐汇区大数据中心</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备2021018372号-1</a>　<img src="/assets/img/gongan.png" alt="">沪公网安备 31010402009356号　网站标识码：3101040003</p>
    <p><a href="/wzsm/">网站声明</a> | <a href="/lxwm/">联系我们</a></p>
  </div>
</footer>
<script src="/assets/js/xh.min.js"></script>
</body>
</html>
"""
