META = dict(
    title="杂多县雪灾救助有序推进 三级下拨救灾资金1200万元",
    published="2019-03-05", source="青海新闻网", origin="青海日报", authors=["薛军"],
    url="http://www.qhnews-net.com/news/system/2019/03/05/012844519.shtml",
    lang="zh-Hans", encoding="UTF-8", layout="L3", charset_declared="utf-8",
    notes="closing (据青海日报) inline -> origin; 受灾人口 -> other; livestock deaths 3600余头（只） -> raw unit 头, other; tents in 顶 -> raw unit; range 1000~3000元 with ~",
)
P = [
    "2月以来，玉树藏族自治州杂多县连续遭受多轮强降雪，全县各乡镇不同程度受灾，平均积雪厚度达30厘米，部分牧户出现草料短缺、出行困难等情况。",
    "雪灾发生后，杂多县迅速启动自然灾害救助应急响应，组织干部职工1200余人组成工作队深入受灾乡镇，逐户排查受灾牧户。据统计，全县受灾人口3.5万人，其中需紧急生活救助1.12万人，因灾死亡牲畜3600余头（只）。",
    "截至3月4日，省、州、县三级共下拨救灾资金1200万元，调运饲草料2860吨、棉帐篷300顶、棉大衣2000件、糌粑和面粉等口粮185吨，已全部发放到受灾牧户手中。",
    "同时，县民政局为受灾较重的1860户牧户每户发放临时救助金1000~3000元，为特困供养人员、孤寡老人等集中送去了酥油、茶叶和牛奶600箱。",
    "目前，杂多县受灾群众基本生活得到保障，道路抢通工作正在有序进行。（据青海日报）",
]
ITEMS = [dict(region="632722", campaigns=[], m=[
    ("1200余人", 1200, "person", "over", None, None, "staff"),
    ("3.5万人", 35000, "person", "exact", None, None, "other"),
    ("1.12万人", 11200, "person", "exact", None, None, "beneficiaries"),
    ("3600余头（只）", 3600, "头", "over", None, None, "other"),
    ("1200万元", 12000000, "yuan", "exact", None, None, "funds"),
    ("2860吨", 2860, "吨", "exact", None, None, "supplies"),
    ("300顶", 300, "顶", "exact", None, None, "supplies"),
    ("2000件", 2000, "item", "exact", None, None, "supplies"),
    ("185吨", 185, "吨", "exact", None, None, "supplies"),
    ("1860户", 1860, "household", "exact", None, None, "beneficiaries"),
    ("每户发放临时救助金1000~3000元", 1000, "yuan", "exact", "household", 3000, "funds"),
    ("600箱", 600, "item", "exact", None, None, "supplies"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>杂多县雪灾救助有序推进 三级下拨救灾资金1200万元 - 青海新闻网</title>
<meta name="keywords" content="杂多县,雪灾,救助">
<meta name="publishdate" content="2019-03-05 09:12:40">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"杂多县雪灾救助有序推进 三级下拨救灾资金1200万元","datePublished":"2019-03-05T09:12:40+08:00","author":{"@type":"Person","name":"薛军"},"publisher":{"@type":"Organization","name":"青海新闻网","logo":{"@type":"ImageObject","url":"http://www.qhnews-net.com/images/logo.png"}},"articleSection":"青海新闻"}</script>
<link href="http://www.qhnews-net.com/css/content2018.css" rel="stylesheet">
</head>
<body>
<div class="header"><a href="http://www.qhnews-net.com/"><img src="/images/logo.png" alt="青海新闻网"></a>
<div class="channel"><a href="/news/">新闻中心</a> <a href="/qhxw/">青海新闻</a> <a href="/ys/">玉树</a> <a href="/sh/">社会</a> <a href="/ly/">旅游</a></div></div>
<div class="main">
 <div class="path">青海新闻网 &gt; 新闻中心 &gt; 青海新闻</div>
 <div class="content_l" itemscope itemtype="http://schema.org/NewsArticle">
  <h1 itemprop="headline">杂多县雪灾救助有序推进 三级下拨救灾资金1200万元</h1>
  <div class="info"><span itemprop="datePublished">2019-03-05 09:12</span> 　来源：青海新闻网　 作者：<span itemprop="author">薛军</span>　 【<a href="#comment">评论</a>】</div>
  <div class="text" itemprop="articleBody">
<p>　　@@1@@</p>
<p>　　@@2@@</p>
<p style="text-align:center"><img src="/pic/2019/03/05/zd_xz_01.jpg" width="600"></p>
<p style="text-align:center">工作人员为受灾牧户运送饲草料。</p>
<p>　　@@3@@</p>
<p>　　@@4@@</p>
<p>　　@@5@@</p>
  </div>
  <div class="editor">编辑：祁晓芳</div>
  <div class="bdsharebuttonbox"><a class="bds_weixin">微信</a><a class="bds_tsina">新浪微博</a><a class="bds_qzone">QQ空间</a></div>
  <div class="related"><h3>相关新闻</h3><ul>
   <li><a href="/news/system/2019/02/27/012838122.shtml">玉树州启动雪灾Ⅲ级应急响应</a><span>2019-02-27</span></li>
   <li><a href="/news/system/2019/03/01/012840317.shtml">省民政厅紧急调拨第二批救灾物资 棉帐篷500顶</a><span>2019-03-01</span></li>
   <li><a href="/news/system/2019/03/02/012841560.shtml">称多县转移安置受灾牧民126户</a><span>2019-03-02</span></li>
  </ul></div>
 </div>
 <div class="content_r">
  <div class="box"><h3>今日推荐</h3><ul><li><a href="#">全省春耕备耕化肥储备达28万吨</a></li><li><a href="#">西宁至成都铁路开工建设 全长836公里</a></li></ul></div>
  <div class="box"><h3>点击排行</h3><ol><li><a href="#">2019年全省两会闭幕 (点击 5621)</a></li><li><a href="#">三江源国家公园生态管护员达1.72万名 (点击 4430)</a></li></ol></div>
 </div>
</div>
<div class="footer">青海新闻网版权所有 青ICP备05000310号<br>互联网新闻信息服务许可证：63120170002</div>
</body>
</html>
'''
