# L3 news portal with JSON-LD, Big5 bytes, Traditional text (converted from the simplified source with OpenCC s2tw); 阿克苏地区 (prefecture)
TRAD = "s2tw"
META = dict(
    id="ho007", layout="L3", encoding="Big5", charset_declared="big5", lang="zh-Hant",
    title="阿克苏地区投入3140万元保障困难群众温暖过冬",
    published="2020-12-30", source="西域新闻网", origin="阿克苏日报", authors=["古丽米拉", "王建新"],
    url="http://big5.xiyu-news.com/gb/xinjiang/2020-12/30/c_1126927310.htm",
    notes="Traditional (Big5); 稿源 gives the origin; anecdotes from 库车市 and 阿瓦提县 inside a prefecture-wide report do not narrow the region; “访惠聚” is a work-team name, not a campaign; 9个县（市） is scope",
)

ITEMS = [dict(
    region="652900", campaigns=["冬季暖心行动"], origin="阿克苏日报",
    paras=[
        "入冬以来，阿克苏地区民政局把困难群众冬季取暖作为重点民生工作，投入资金3140万元，为全地区城乡低保对象、特困人员、孤儿等困难群众发放冬季取暖补贴，惠及困难群众4.3万户。",
        "按照标准，城市困难家庭户均取暖补贴900元，农村困难家庭户均600元，集中供养特困人员由供养机构统一保障取暖。截至12月25日，补贴资金已全部发放到位。",
        "地区民政局还联合“访惠聚”驻村工作队，对9个县（市）的独居老人、留守儿童和重度残疾人开展“冬季暖心行动”，入户走访2.7万人次，为困难群众送去棉衣棉被8600件（床）、煤炭1350吨。",
        "在库车市，民政部门为126户困难家庭免费更换了节能取暖炉，每户补助1800元；在阿瓦提县，县救助管理站开展街面巡查52次，救助流浪乞讨人员31人次。",
        "据介绍，地区还设立临时救助备用金500万元，对遭遇突发困难的群众做到先行救助，今年以来累计救助1.2万余人次。",
    ],
    measures=[
        M("3140万元", 31400000, "yuan", "funds"),
        M("4.3万户", 43000, "household", "beneficiaries"),
        M("户均取暖补贴900元", 900, "yuan", "funds", per="household"),
        M("户均600元", 600, "yuan", "funds", per="household"),
        M("2.7万人次", 27000, "person_time", "visits"),
        M("8600件（床）", 8600, "item", "supplies"),
        M("1350吨", 1350, "吨", "supplies"),
        M("126户", 126, "household", "beneficiaries"),
        M("每户补助1800元", 1800, "yuan", "funds", per="household"),
        M("巡查52次", 52, "times", "other"),
        M("31人次", 31, "person_time", "beneficiaries"),
        M("500万元", 5000000, "yuan", "funds"),
        M("1.2万余人次", 12000, "person_time", "beneficiaries", q="over"),
    ],
)]


def render(items, esc):
    body = paras_html(items[0]["paras"], "<p>{}</p>\n", esc)
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>阿克苏地区投入3140万元保障困难群众温暖过冬 - 西域新闻网</title>
<meta name="keywords" content="阿克苏,取暖补贴,民政">
<meta name="description" content="入冬以来，阿克苏地区民政局把困难群众冬季取暖作为重点民生工作，投入资金3140万元">
<meta name="publishdate" content="2020-12-30 10:47:21">
<meta name="source" content="西域新闻网">
<link rel="stylesheet" href="/css/article_2019.css">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle","headline":"阿克苏地区投入3140万元保障困难群众温暖过冬","datePublished":"2020-12-30T10:47:21+08:00","dateModified":"2020-12-30T11:02:05+08:00","author":[{"@type":"Person","name":"古丽米拉"},{"@type":"Person","name":"王建新"}],"publisher":{"@type":"Organization","name":"西域新闻网","logo":{"@type":"ImageObject","url":"http://big5.xiyu-news.com/img/logo.png"}},"mainEntityOfPage":"http://big5.xiyu-news.com/gb/xinjiang/2020-12/30/c_1126927310.htm"}
</script>
</head>
<body>
<div class="top"><div class="w1200"><span class="fl">西域新闻网</span><span class="fr"><a href="http://www.xiyu-news.com/">简体版</a> | <a href="/m/">手机版</a> | <a href="/rss/">RSS订阅</a></span></div></div>
<div class="nav"><div class="w1200"><a href="/">首页</a><a href="/xinjiang/" class="cur">新疆</a><a href="/guonei/">国内</a><a href="/guoji/">国际</a><a href="/bingtuan/">兵团</a><a href="/minsheng/">民生</a><a href="/tupian/">图片</a><a href="/shipin/">视频</a></div></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/xinjiang/">新疆</a> &gt; 正文</div>
<div class="w1200 main">
  <div class="left">
    <div class="hdtit"><h1>阿克苏地区投入3140万元保障困难群众温暖过冬</h1></div>
    <div class="info"><span class="time">2020-12-30 10:47:21</span>　<span class="ly">来源：西域新闻网</span>　<span class="zz">作者：古丽米拉 王建新</span>　<span class="fz">字号：<a href="javascript:;" onclick="setFont(18)">大</a> <a href="javascript:;" onclick="setFont(16)">中</a> <a href="javascript:;" onclick="setFont(14)">小</a></span></div>
    <div class="pic-c"><img src="/img/2020-12/30/1126927310_16093012.jpg" alt=""><p class="pic-t">12月24日，阿克苏市民政局工作人员为困难老人送去棉被。（阿克苏日报记者 张宇 摄）</p></div>
    <div id="detail" class="detail">
@@BODY@@    </div>
    <div class="gy">稿源：阿克苏日报</div>
    <div class="bj">（责任编辑：马晓燕）</div>
    <div class="share">分享到：<a href="javascript:;" class="s-wx">微信</a><a href="javascript:;" class="s-wb">微博</a><a href="javascript:;" class="s-fb">Facebook</a></div>
    <div class="xgxw"><h3>相关新闻</h3><ul>
      <li><a href="/gb/xinjiang/2020-12/21/c_1126895012.htm">自治区下拨冬季取暖救助资金2.6亿元</a><span>2020-12-21</span></li>
      <li><a href="/gb/xinjiang/2020-12/15/c_1126866473.htm">喀什地区开放临时避寒场所64个</a><span>2020-12-15</span></li>
      <li><a href="/gb/xinjiang/2020-12/08/c_1126832260.htm">和田地区为1.8万户困难群众送去过冬煤</a><span>2020-12-08</span></li>
    </ul></div>
  </div>
  <div class="right">
    <div class="box"><h3>点击排行</h3><ol>
      <li><a href="/gb/xinjiang/2020-12/29/c_1126922101.htm">乌鲁木齐今冬首场寒潮来袭 最低气温零下26℃</a></li>
      <li><a href="/gb/xinjiang/2020-12/28/c_1126918855.htm">新疆棉花产量达516.1万吨</a></li>
      <li><a href="/gb/xinjiang/2020-12/27/c_1126915540.htm">阿克苏苹果今年外销量超过60万吨</a></li>
      <li><a href="/gb/xinjiang/2020-12/26/c_1126912233.htm">全疆新增城镇就业44.2万人</a></li>
      <li><a href="/gb/xinjiang/2020-12/25/c_1126909016.htm">南疆四地州冬季供暖面积超3000万平方米</a></li>
    </ol></div>
    <div class="box"><h3>图片新闻</h3><ul>
      <li><a href="/gb/tupian/2020-12/29/c_1126922301.htm">天山脚下冬日美景</a></li>
      <li><a href="/gb/tupian/2020-12/28/c_1126918902.htm">库车小白杏深加工项目开工</a></li>
    </ul></div>
  </div>
</div>
<div class="footer"><div class="w1200">
  <p><a href="/about/">关于我们</a> | <a href="/ad/">广告服务</a> | <a href="/contact/">联系我们</a> | <a href="/law/">法律声明</a></p>
  <p>西域新闻网 版权所有　新ICP备13001296号-3　互联网新闻信息服务许可证：65120170002</p>
</div></div>
</body>
</html>
"""
