META = dict(
    title="寒潮来袭 市救助管理站24小时巡查 护流浪人员温暖过冬",
    published="2021-01-08", source="哈尔滨日报", origin=None, authors=["姜斌"],
    url="http://epaper.hrbrb-news.cn/html/2021-01/08/content_11208_4377152.htm",
    lang="zh-Hans", encoding="UTF-8", layout="L3", charset_declared="utf-8",
    notes="city paper writing 我市 -> 230100 (masthead); 临时避寒场所34处 -> institution/other; 覆盖点位126个 -> raw unit 个 (patrol points); “不问身份、不收费用、自愿入住” is a principle, not a campaign",
)
P = [
    "本报讯（记者姜斌）受强寒潮影响，我市连日来最低气温跌破零下30℃。记者7日从市救助管理站获悉，该站已启动极端天气应急预案，实行24小时街面巡查，全力保障流浪乞讨人员安全过冬。",
    "据介绍，寒潮期间，市救助管理站联合公安、城管等部门组成联合巡查组，每天早、中、晚对火车站、地下通道、桥洞、废弃建筑等重点区域开展拉网式巡查。今冬以来已累计出动救助车辆460台次、工作人员1380人次，街面巡查覆盖点位126个。",
    "“大爷，外面太冷了，跟我们回站里吧！”1月6日深夜，救助人员在道里区一处地下通道内发现一名60多岁的流浪老人，经过耐心劝说，老人同意随工作人员回站。今冬以来，市救助管理站共救助流浪乞讨人员312人次，其中护送返乡87人，送医救治15人。对拒绝入站的，工作人员发放棉衣、棉被、食品等救助物资，共计发放棉衣850件、棉被620床、方便食品2300余份。",
    "为防止流浪人员冻伤，市救助管理站还在全市设立临时避寒场所34处，与各区救助站点共同开放，提供热水、热饭和床铺，实行“不问身份、不收费用、自愿入住”。市民如发现流浪乞讨人员，可拨打救助热线0451-86412345或110报警。",
    "此外，“寒潮暖流”专项救助行动启动以来，全市各级民政部门已为分散供养特困人员、独居老人等送去取暖煤、电暖器等物资，累计走访2.6万人。",
]
ITEMS = [dict(region="230100", campaigns=["寒潮暖流"], m=[
    ("460台次", 460, "台次", "exact", None, None, "other"),
    ("1380人次", 1380, "person_time", "exact", None, None, "staff"),
    ("126个", 126, "个", "exact", None, None, "other"),
    ("312人次", 312, "person_time", "exact", None, None, "beneficiaries"),
    ("87人", 87, "person", "exact", None, None, "beneficiaries"),
    ("15人", 15, "person", "exact", None, None, "beneficiaries"),
    ("850件", 850, "item", "exact", None, None, "supplies"),
    ("620床", 620, "item", "exact", None, None, "supplies"),
    ("2300余份", 2300, "item", "over", None, None, "supplies"),
    ("34处", 34, "institution", "exact", None, None, "other"),
    ("2.6万人", 26000, "person", "exact", None, None, "visits"),
])]
HTML = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>哈尔滨日报 - 寒潮来袭 市救助管理站24小时巡查 护流浪人员温暖过冬</title>
<link rel="stylesheet" href="../../../static/css/paper.css">
<script src="../../../static/js/jquery.min.js"></script>
<script src="../../../static/js/hotarea.js"></script>
</head>
<body>
<div id="paper-top">
 <div class="logo"><img src="../../../static/img/hrbrb_logo.png" alt="哈尔滨日报"></div>
 <div class="paper-date">2021年1月8日 星期五 &nbsp; 农历庚子年十一月二十五</div>
 <div class="paper-links"><a href="../../../html/2021-01/07/node_1.htm">往期回顾</a> <a href="../../../html/2021-01/08/node_1.htm">返回首版</a></div>
</div>
<div id="paper-wrap">
 <div class="col-left">
  <div class="page-nav">
   <h4>版面导航</h4>
   <ul>
    <li><a href="node_1.htm">第01版：要闻</a></li>
    <li><a href="node_2.htm">第02版：要闻</a></li>
    <li class="on"><a href="node_4.htm">第04版：城事</a></li>
    <li><a href="node_5.htm">第05版：民生</a></li>
    <li><a href="node_8.htm">第08版：体育</a></li>
   </ul>
  </div>
  <div class="page-img"><img src="../../../images/2021-01/08/04/p04_s.jpg" width="300" alt="第04版"><a href="../../../images/2021-01/08/04/p04.pdf">下载PDF</a></div>
 </div>
 <div class="col-main">
  <div class="art-kicker">零下30℃的守护</div>
  <h1 class="art-title">寒潮来袭 市救助管理站24小时巡查 护流浪人员温暖过冬</h1>
  <h2 class="art-sub">今冬已累计救助流浪乞讨人员312人次</h2>
  <div class="art-author">本报记者 姜斌</div>
  <div class="art-content" id="ozoom">
   <p>@@1@@</p>
   <p>@@2@@</p>
   <div class="art-pic"><img src="../../../images/2021-01/08/04/hrb_jz_01.jpg"><div class="art-pic-note">救助人员在地下通道劝导流浪老人入站。 本报记者 王宇航摄</div></div>
   <p>@@3@@</p>
   <p>@@4@@</p>
   <p>@@5@@</p>
  </div>
  <div class="art-editor">责任编辑：孙明 &nbsp; 美术编辑：刘丹</div>
 </div>
 <div class="col-right">
  <div class="box"><h4>本版其他稿件</h4>
   <ul>
    <li><a href="content_11208_4377150.htm">冰雪大世界日均接待游客超1.2万人次</a></li>
    <li><a href="content_11208_4377151.htm">地铁3号线二期东南环9座车站完成主体施工</a></li>
    <li><a href="content_11208_4377153.htm">全市供热投诉同比下降37%</a></li>
    <li><a href="content_11208_4377154.htm">第37届冰雕比赛落幕 46支队伍参赛</a></li>
   </ul>
  </div>
  <div class="box"><h4>阅读排行</h4>
   <ol>
    <li>2021年哈尔滨市民生实事确定 共20项 (阅读 12806)</li>
    <li>1月7日最低气温零下33℃ 创今冬新低 (阅读 9541)</li>
    <li>春运首日预计发送旅客4.6万人次 (阅读 8870)</li>
   </ol>
  </div>
 </div>
</div>
<div id="paper-foot">哈尔滨日报社版权所有 &nbsp; 黑ICP备05002197号 &nbsp; 未经授权不得转载</div>
</body>
</html>
'''
