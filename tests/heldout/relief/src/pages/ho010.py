# L3 newspaper e-paper (邢台日报), GBK bytes declared gbk; 我市 -> 邢台市 (prefecture)
META = dict(
    id="ho010", layout="L3", encoding="GBK", charset_declared="gbk", lang="zh-Hans",
    title="我市“冬季送温暖”救助行动惠及困难群众5.8万人",
    published="2024-02-02", source="邢台日报", origin=None, authors=["李晓", "刘建国", "王丽"],
    url="http://epaper.xtrb-news.cn/xtrb/20240202/html/page_02_content_003.htm",
    notes="city paper writing 我市 -> the masthead's city; '本报讯' dateline kept, e-paper indentation dropped; “由每户600元提高到每户800元”: both standards annotated (funds, per household); 近千万元 = 10^7 approx (千万 read as a Chinese numeral); 邢民字〔2023〕87号 and 2023—2024年度 are not measures",
)

ITEMS = [dict(
    region="130500", campaigns=["冬季送温暖", "慈善情暖万家", "暖心敲门"], origin=None,
    paras=[
        "本报讯 自去年12月启动“冬季送温暖”专项救助行动以来，我市民政部门聚焦低保、特困、低保边缘等困难群体，全面落实冬季取暖救助政策。截至1月31日，全市累计发放取暖救助资金5630万元，惠及困难群众5.8万人。",
        "在提高救助标准方面，市民政局会同市财政局印发《关于做好2023—2024年度冬季取暖救助工作的通知》（邢民字〔2023〕87号），将城乡低保对象取暖补助标准由每户600元提高到每户800元，特困供养人员按每人1000元标准发放。",
        "针对寒潮降温天气，全市各级救助管理机构加大街面巡查力度，累计开展巡查1260余次，出动救助车辆880台次，救助流浪乞讨人员693人次，发放棉衣、棉被、手套等御寒物品4100余件。",
        "与此同时，市慈善总会开展“慈善情暖万家”新春慰问活动，筹集善款及物资价值近千万元，将于春节前对全市三千余户困难家庭进行走访慰问，每户送去慰问金500元及米、面、油等年货。",
        "市民政局有关负责人介绍，下一步将持续开展“暖心敲门”走访，对排查发现的困难群众做到早发现、早介入、早救助，确保不发生冻、饿等冲击社会道德底线的事件。",
    ],
    measures=[
        M("5630万元", 56300000, "yuan", "funds"),
        M("5.8万人", 58000, "person", "beneficiaries"),
        M("每户600元", 600, "yuan", "funds", per="household"),
        M("每户800元", 800, "yuan", "funds", per="household"),
        M("每人1000元", 1000, "yuan", "funds", per="person"),
        M("巡查1260余次", 1260, "times", "other", q="over"),
        M("880台次", 880, "台次", "other"),
        M("693人次", 693, "person_time", "beneficiaries"),
        M("4100余件", 4100, "item", "supplies", q="over"),
        M("近千万元", 10000000, "yuan", "donations", q="approx"),
        M("三千余户", 3000, "household", "visits", q="over"),
        M("每户送去慰问金500元", 500, "yuan", "donations", per="household"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], "<p>\u3000\u3000{}</p>\n", esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>邢台日报数字报</title>
<meta name="description" content="邢台日报 2024年02月02日 第02版：要闻">
<link rel="stylesheet" href="../../../resource/css/paper.css">
<script src="../../../resource/js/jquery.min.js"></script>
<script src="../../../resource/js/area.js"></script>
</head>
<body>
<div class="paper-top">
  <div class="logo"><img src="../../../resource/img/xtrb.png" alt="邢台日报"></div>
  <div class="today">2024年02月02日　星期五　农历癸卯年十二月廿二</div>
  <div class="links"><a href="../../20240201/html/page_02.htm">上一期</a> | <a href="../../20240203/html/page_02.htm">下一期</a> | <a href="/xtrb/period.htm">往期回顾</a> | <a href="/xtwb/">邢台晚报</a></div>
</div>
<div class="paper-body">
  <div class="paper-left">
    <div class="banmian"><img src="../../../resource/images/2024-02/02/02/s_xtrb20240202002.jpg" usemap="#PagePicMap" alt="第02版"></div>
    <div class="bm-list"><div class="t">版面导航</div>
      <a href="page_01.htm">01版：要闻</a><a href="page_02.htm" class="cur">02版：要闻</a><a href="page_03.htm">03版：县域经济</a><a href="page_04.htm">04版：民生</a><a href="page_05.htm">05版：文化</a><a href="page_06.htm">06版：公告</a>
    </div>
  </div>
  <div class="paper-main">
    <div class="bt-list"><div class="t">本版新闻</div>
      <a href="page_02_content_001.htm">全市经济工作会议召开</a><br>
      <a href="page_02_content_003.htm">我市“冬季送温暖”救助行动惠及困难群众5.8万人</a><br>
      <a href="page_02_content_004.htm">春运首日我市客运站发送旅客2.3万人次</a>
    </div>
    <div class="art">
      <p class="yinti">民生实事暖人心</p>
      <h1 class="title">我市“冬季送温暖”救助行动惠及困难群众5.8万人</h1>
      <p class="fubiaoti"></p>
      <p class="author">本报记者　李晓　通讯员　刘建国　王丽</p>
      <div class="attachment"></div>
      <div id="ozoom">
<founder-content>
@@BODY@@</founder-content>
      </div>
      <div class="zbj">责任编辑：郭　蕾　　美术编辑：赵　阳</div>
    </div>
  </div>
  <div class="paper-right">
    <div class="box"><div class="t">本期热点</div><ul>
      <li><a href="../../20240201/html/page_01_content_002.htm">全市GDP增长6.1% 规上工业增加值增长7.2%</a></li>
      <li><a href="../../20240201/html/page_04_content_001.htm">市区新增停车泊位3200个</a></li>
      <li><a href="../../20240131/html/page_02_content_005.htm">全市城乡低保标准提高到每人每月820元</a></li>
      <li><a href="../../20240130/html/page_03_content_002.htm">邢台至临城高速公路项目完成投资18.5亿元</a></li>
    </ul></div>
    <div class="box"><div class="t">一周点击排行</div><ol>
      <li><a href="../../20240129/html/page_01_content_001.htm">市两会闭幕</a></li>
      <li><a href="../../20240127/html/page_04_content_003.htm">我市发放春节慰问金1.2亿元</a></li>
      <li><a href="../../20240126/html/page_02_content_002.htm">第3批市级非遗项目名录公布</a></li>
    </ol></div>
  </div>
</div>
<div class="paper-foot">
  <p>邢台日报社版权所有　未经许可不得复制、转载</p>
  <p>冀ICP备05007531号-1　冀公网安备 13050202000321号</p>
</div>
</body>
</html>
"""
