META = dict(
    title="广西提高孤儿和事实无人抚养儿童基本生活保障标准",
    published="2023-01-16", source="广西新闻网", origin="广西日报", authors=["黄艳梅", "韦丽娟"],
    url="https://news.gxnews-cn.com/staticpages/20230116/newgx63c4a1e2-21187340.shtml",
    lang="zh-Hans", encoding="UTF-8", layout="L3", charset_declared="utf-8",
    notes="稿源 gives the origin; “福彩圆梦·孤儿助学工程” is a named programme in quotes -> campaign; rates 每人每月 -> per person",
)
P = [
    "记者1月15日从自治区民政厅获悉，自治区民政厅、财政厅日前联合印发通知，从2023年1月1日起提高全区孤儿和事实无人抚养儿童基本生活保障最低标准。",
    "根据通知，机构集中养育孤儿基本生活保障最低标准由每人每月1600元提高到1700元，社会散居孤儿基本生活保障最低标准由每人每月1100元提高到1200元；事实无人抚养儿童参照社会散居孤儿标准执行。各市可在此基础上结合实际适当提高标准。",
    "据统计，目前全区共有孤儿4170名、事实无人抚养儿童1.28万名，提标后每年将新增财政投入约2000万元。中央和自治区财政对各市、县（市、区）按分档比例给予补助，自治区本级今年已预拨补助资金2.4亿元。",
    "此外，全区继续实施“福彩圆梦·孤儿助学工程”，对年满18周岁后仍在全日制高等院校就读的孤儿和事实无人抚养儿童，每人每年资助1万元，去年共资助1136人。",
    "自治区民政厅相关负责人表示，将督促各地按时足额发放基本生活费，并于春节前组织开展孤儿走访慰问，确保每一名孤儿和事实无人抚养儿童温暖过节。",
]
ITEMS = [dict(region="450000", campaigns=["福彩圆梦·孤儿助学工程"], m=[
    ("每人每月1600元", 1600, "yuan", "exact", "person", None, "funds"),
    ("1700元", 1700, "yuan", "exact", "person", None, "funds"),
    ("每人每月1100元", 1100, "yuan", "exact", "person", None, "funds"),
    ("1200元", 1200, "yuan", "exact", "person", None, "funds"),
    ("4170名", 4170, "person", "exact", None, None, "beneficiaries"),
    ("1.28万名", 12800, "person", "exact", None, None, "beneficiaries"),
    ("约2000万元", 20000000, "yuan", "approx", None, None, "funds"),
    ("2.4亿元", 240000000, "yuan", "exact", None, None, "funds"),
    ("每人每年资助1万元", 10000, "yuan", "exact", "person", None, "funds"),
    ("1136人", 1136, "person", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>广西提高孤儿和事实无人抚养儿童基本生活保障标准_广西新闻网</title>
<meta name="keywords" content="孤儿,基本生活保障,民政厅">
<meta name="description" content="从2023年1月1日起提高全区孤儿和事实无人抚养儿童基本生活保障最低标准。">
<meta property="og:type" content="article">
<meta property="og:title" content="广西提高孤儿和事实无人抚养儿童基本生活保障标准">
<meta property="article:published_time" content="2023-01-16T10:05:00+08:00">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "广西提高孤儿和事实无人抚养儿童基本生活保障标准",
  "datePublished": "2023-01-16T10:05:00+08:00",
  "dateModified": "2023-01-16T11:20:00+08:00",
  "author": [{"@type": "Person", "name": "黄艳梅"}, {"@type": "Person", "name": "韦丽娟"}],
  "publisher": {"@type": "Organization", "name": "广西新闻网"},
  "image": ["https://img.gxnews-cn.com/2023/0116/gx_orphan_01.jpg"]
}
</script>
<link rel="stylesheet" href="https://static.gxnews-cn.com/css/article2022.css">
</head>
<body>
<div class="topnav"><a href="/">广西新闻网首页</a> <a href="/gx/">广西</a> <a href="/china/">国内</a> <a href="/world/">国际</a> <a href="/ms/">民生</a> <a href="/sp/">视频</a></div>
<div class="container">
 <div class="crumbs"><a href="/">首页</a> &gt; <a href="/ms/">民生</a> &gt; 正文</div>
 <div class="article-main">
  <h1 class="article-title">广西提高孤儿和事实无人抚养儿童基本生活保障标准</h1>
  <div class="article-info">
   <span class="pubtime">2023-01-16 10:05</span>
   <span class="source">来源：广西新闻网</span>
   <span class="author">作者：记者 黄艳梅 通讯员 韦丽娟</span>
   <span class="gy">稿源：广西日报</span>
  </div>
  <div class="article-content" id="article-content">
   <p>@@1@@</p>
   <p>@@2@@</p>
   <div class="img-box"><img src="https://img.gxnews-cn.com/2023/0116/gx_orphan_01.jpg" alt=""><p class="img-desc">儿童福利院工作人员陪伴孩子们做手工（资料图）</p></div>
   <p>@@3@@</p>
   <p>@@4@@</p>
   <p>@@5@@</p>
  </div>
  <div class="article-editor">责任编辑：覃丽萍</div>
  <div class="article-share">分享到：<a class="s-wx">微信</a><a class="s-wb">微博</a><a class="s-qq">QQ</a></div>
 </div>
 <div class="article-side">
  <div class="side-box"><h3>点击排行</h3>
   <ol>
    <li><a href="/ms/20230115/001.shtml">南宁地铁春运期间运送乘客预计超1200万人次</a></li>
    <li><a href="/ms/20230114/002.shtml">全区发放春节慰问金3.6亿元 慰问困难群众118万户</a></li>
    <li><a href="/ms/20230113/003.shtml">1月15日至17日 我区将迎来降温 最低气温2℃</a></li>
    <li><a href="/ms/20230112/004.shtml">第十五届中国—东盟博览会筹备工作启动</a></li>
   </ol>
  </div>
  <div class="side-box"><h3>民生热点</h3>
   <ul>
    <li><a href="/ms/20230110/005.shtml">城乡低保平均标准提高至每人每月820元</a><span>01-10</span></li>
    <li><a href="/ms/20230108/006.shtml">养老机构护理型床位占比达55%</a><span>01-08</span></li>
   </ul>
  </div>
 </div>
</div>
<div class="footer">
 <p>广西新闻网版权所有 未经授权禁止转载</p>
 <p>互联网新闻信息服务许可证编号：45120170001 &nbsp; 桂ICP备09005316号 &nbsp; 举报电话：0771-5598989</p>
</div>
</body>
</html>
'''
