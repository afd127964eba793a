META = dict(
    title="寒潮来袭 广东多地救助站全力护民过冬",
    published="2016-01-25", source="南方民生网", origin=None, authors=[],
    url="http://www.nfmsw.com/mz/2016-01/25/content_7712.htm",
    lang="zh-Hans", encoding="UTF-8", layout="L5", charset_declared="utf-8",
    notes="汕尾市城区 (441502) vs other 城区; Chinese numerals 三百余人次, 十二万元; 每晚巡查不少于2次 -> per day; the editor's lead paragraph is outside the body",
)
P = [
    "汕尾市城区救助站夜巡送温暖",
    "1月23日晚，汕尾市城区救助管理站联合公安、城管开展寒潮夜间巡查，在汕尾大道、人民广场等地共劝导流浪乞讨人员19人入站，为不愿入站的7人送去棉被、棉衣。寒潮期间，该站每晚巡查不少于2次，已累计救助流浪乞讨人员46人次。",
    "（据汕尾日报）",
    "乳源为山区困难群众发放御寒物资",
    "受寒潮影响，乳源瑶族自治县高寒山区出现冰冻，最低气温降至零下4℃。县民政局紧急发放棉被1500床、棉衣2000件、大米8吨，并为高寒山区1100户困难群众每户发放200元到300元取暖补助。",
    "（据韶关日报）",
    "连南开放临时避寒场所12个",
    "寒潮期间，连南瑶族自治县在县城和各镇开放临时避寒场所12个，提供热水、姜汤和床铺，累计接待避寒群众三百余人次。县民政局还投入资金十二万元，为全县五保户和低保户购置电热毯、取暖器等物资。",
    "（据清远日报）",
]
ITEMS = [
    dict(region="441502", campaigns=[], title=P[0], origin="汕尾日报", m=[
        ("19人", 19, "person", "exact", None, None, "beneficiaries"),
        ("7人", 7, "person", "exact", None, None, "beneficiaries"),
        ("每晚巡查不少于2次", 2, "times", "over", "day", None, "other"),
        ("46人次", 46, "person_time", "exact", None, None, "beneficiaries"),
    ]),
    dict(region="440232", campaigns=[], title=P[3], origin="韶关日报", m=[
        ("1500床", 1500, "item", "exact", None, None, "supplies"),
        ("2000件", 2000, "item", "exact", None, None, "supplies"),
        ("8吨", 8, "吨", "exact", None, None, "supplies"),
        ("1100户", 1100, "household", "exact", None, None, "beneficiaries"),
        ("每户发放200元到300元", 200, "yuan", "exact", "household", 300, "funds"),
    ]),
    dict(region="441826", campaigns=[], title=P[6], origin="清远日报", m=[
        ("12个", 12, "institution", "exact", None, None, "other"),
        ("12个", 12, "institution", "exact", None, None, "other"),
        ("三百余人次", 300, "person_time", "over", None, None, "beneficiaries"),
        ("十二万元", 120000, "yuan", "exact", None, None, "funds"),
    ]),
]
HTML = r'''<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
<meta charset="utf-8">
<title>寒潮来袭 广东多地救助站全力护民过冬_民政_南方民生网</title>
<link rel="stylesheet" href="/css/2015/common.css">
<link rel="stylesheet" href="/css/2015/content.css">
</head>
<body>
<div id="hd"><div class="inner"><a href="/" class="logo">南方民生网</a><ul class="menu"><li><a href="/">首页</a></li><li class="cur"><a href="/mz/">民政</a></li><li><a href="/sb/">社保</a></li><li><a href="/jy/">教育</a></li><li><a href="/yl/">医疗</a></li></ul></div></div>
<div class="inner position">当前位置：<a href="/">首页</a> → <a href="/mz/">民政</a> → 正文</div>
<div class="inner clearfix">
 <div class="main-col">
  <h1 id="article_title">寒潮来袭 广东多地救助站全力护民过冬</h1>
  <div class="article-meta">2016-01-25 11:02 &nbsp;|&nbsp; 来源：南方民生网 &nbsp;|&nbsp; 编辑：陈思敏</div>
  <div class="lead"><b>导读：</b>受强寒潮影响，1月22日至25日我省大部分地区出现入冬以来最低气温，粤北山区出现冰冻。各地救助管理机构启动应急预案，全力保障困难群众和流浪乞讨人员温暖过冬。</div>
  <div class="article-content">
   <section class="news-item"><h3>@@1@@</h3><p>@@2@@</p><p class="from">@@3@@</p></section>
   <section class="news-item"><h3>@@4@@</h3><p>@@5@@</p><p class="from">@@6@@</p></section>
   <section class="news-item"><h3>@@7@@</h3><p>@@8@@</p><p class="from">@@9@@</p></section>
  </div>
  <div class="share-bar">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
  <div class="prev-next"><span>上一篇：<a href="/mz/2016-01/24/content_7706.htm">省民政厅部署寒潮天气救助工作 要求24小时值班</a></span><span>下一篇：<a href="/mz/2016-01/26/content_7720.htm">广州市开放避寒场所130个</a></span></div>
 </div>
 <div class="side-col">
  <div class="mod"><h3>民生热点</h3>
   <ul><li><a href="#">深圳最低工资标准拟上调至2030元</a><em>01-24</em></li><li><a href="#">全省城乡低保标准提高 月人均增加40元</a><em>01-20</em></li><li><a href="#">春运首日广州南站发送旅客33万人次</a><em>01-24</em></li></ul>
  </div>
 </div>
</div>
<div id="ft"><p>南方民生网 版权所有 粤ICP备10043175号-3</p></div>
</body>
</html>
'''
