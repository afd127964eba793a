# L1 snapshot aggregator, UTF-8; 互助土族自治县 (autonomous county)
META = dict(
    id="ho024", layout="L1", encoding="UTF-8", charset_declared="utf-8", lang="zh-Hans",
    title="互助县提前发放冬季取暖补贴 确保困难群众温暖过冬",
    published="2023-11-29", source="海东融媒", origin="海东时报", authors=["李娟"],
    url="http://www.zxkz-news.net/show/2023/11/29/5127730.html",
    notes="本文转自 gives the origin; 零下22℃ not a measure; “一卡通” is a payment mechanism; charity-raised 款物价值 -> donations",
)

ITEMS = [dict(
    region="630223", campaigns=["冬季送温暖·爱心暖万家"], origin="海东时报",
    paras=[
        "入冬以来，互助土族自治县气温持续走低，最低气温达零下22℃。为切实保障困难群众冬季取暖需求，县民政局提早谋划，于11月中旬完成了全县困难群众冬季取暖补贴发放工作。",
        "今年，全县共为城乡低保对象、特困供养人员和低保边缘家庭等困难群众7850户发放冬季取暖补贴，发放资金共计706.5万元，户均900元。补贴资金全部通过惠民惠农财政补贴资金“一卡通”发放到户，确保资金安全、及时、足额到位。",
        "同时，县民政局联合县慈善协会开展“冬季送温暖·爱心暖万家”活动，筹集社会捐赠款物价值86万元，为困难群众送去棉衣、棉被等御寒物资4200余件，并组织干部职工、志愿者320人，走访慰问五保老人和留守儿童1630人。",
        "县民政局负责人表示，将持续开展冬季困难群众走访排查，对因灾、因病等陷入困境的群众及时给予临时救助，乡镇可先行发放不超过2000元的临时救助金。截至目前，今年全县已实施临时救助2380人次，支出临时救助资金429万元。",
    ],
    measures=[
        M("7850户", 7850, "household", "beneficiaries"),
        M("706.5万元", 7065000, "yuan", "funds"),
        M("户均900元", 900, "yuan", "funds", per="household"),
        M("86万元", 860000, "yuan", "donations"),
        M("4200余件", 4200, "item", "supplies", q="over"),
        M("320人", 320, "person", "staff"),
        M("1630人", 1630, "person", "visits"),
        M("不超过2000元", 2000, "yuan", "funds", q="under"),
        M("2380人次", 2380, "person_time", "beneficiaries"),
        M("429万元", 4290000, "yuan", "funds"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], '<p style="text-indent:2em;margin:0 0 1em;">{}</p>\n', esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>互助县提前发放冬季取暖补贴 确保困难群众温暖过冬 - 中讯快照</title>
<link rel="stylesheet" href="/style/zx.css?v=20231101">
<script src="/js/jquery-3.5.1.min.js"></script>
</head>
<body>
<div class="zx-top">
  <div class="w1100"><a class="zx-logo" href="/">中讯快照</a>
    <div class="zx-menu"><span class="m-dy">我的订阅<em>▼</em><i class="m-dy-sub"><a href="/guonei/">国内</a></i></span><a href="/guoji/">国际</a><a href="/difang/">地方</a><a href="/minsheng/">民生</a><a href="/keji/">科技</a></div>
  </div>
</div>
<div class="w1100 zx-main">
  <div class="zx-left">
    <div class="zx-art">
      <h1>互助县提前发放冬季取暖补贴 确保困难群众温暖过冬</h1>
      <p class="zx-meta"><span>类别：国内</span> <span>发布时间：2023-11-29 07:02:00</span> <span>来源：海东融媒</span></p>
      <div class="zx-text">
<p class="zz" style="color:#999">本文转自：海东时报</p>
<p style="text-align:center"><strong>互助县提前发放冬季取暖补贴 确保困难群众温暖过冬</strong></p>
<p style="text-align:center">记者 李娟</p>
@@BODY@@      </div>
      <div class="zx-disclaimer">
        <p>以上内容为资讯信息快照，由本站爬虫进行采集并收录，本站未对信息做任何修改，信息内容不代表本站立场。</p>
        <p>快照生成时间：2023-11-29 08:36:10　信息原文地址：<a href="" rel="nofollow"></a></p>
      </div>
    </div>
    <div class="zx-rel">
      <div class="r"><a href="/show/2023/11/27/5120041.html">本文转自：青海日报全省启动“寒冬送温暖”专项救助行动，设立临时救助点156个，储备棉被棉衣2.6万件</a><span>2023-11-27 06:30:00</span></div>
      <div class="r"><a href="/show/2023/11/24/5113302.html">…乐都区民政局为3100户困难群众发放取暖补贴…</a><span>2023-11-24 18:12:00</span></div>
      <div class="r"><a href="/show/2023/11/20/5104417.html">本文转自：西宁晚报城东区为1200名独居老人安装烟感报警器</a><span>2023-11-20 09:45:00</span></div>
    </div>
    <div class="zx-more"><h3>更多关于国内的资讯：</h3><ul>
      <li><a href="/show/2023/11/29/5127746.html">今冬明春全国将有4次较强冷空气过程</a><i>2023-11-29 07:08:00</i></li>
      <li><a href="/show/2023/11/29/5127781.html">前10月全国规模以上工业增加值增长4.1%</a><i>2023-11-29 07:15:00</i></li>
      <li><a href="/show/2023/11/29/5127803.html">青藏铁路格拉段电气化改造进展顺利</a><i>2023-11-29 07:21:00</i></li>
    </ul></div>
  </div>
  <div class="zx-right">
    <div class="zx-hot"><h3>热门快照</h3><ul>
      <li><a href="/show/2023/11/28/5124462.html">青海城乡低保标准提高到每人每月760元</a></li>
      <li><a href="/show/2023/11/28/5124490.html">海东市第3批乡村振兴示范村公布</a></li>
      <li><a href="/show/2023/11/27/5120102.html">全省冬季供暖面积达1.6亿平方米</a></li>
    </ul></div>
  </div>
</div>
<div class="zx-foot">中讯快照 © 2020-2023　青ICP备20001876号-1</div>
</body>
</html>
"""
