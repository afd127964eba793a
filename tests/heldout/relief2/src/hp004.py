META = dict(
    title="神农架林区医疗救助实现“一站式”结算 困难群众看病少跑腿",
    published="2022-12-06", source="新浪看点", origin="湖北日报", authors=["胡琼瑶", "王蕊"],
    url="http://kuaizhao.zixun-kz.com/guonei/2022/1206/52170388.html",
    lang="zh-Hans", encoding="UTF-8", layout="L1", charset_declared="utf-8",
    notes="“一站式”, “先诊疗后付费” are mechanisms, not campaigns; the patient's own bill (4.6万元, 3100多元) annotated as kind other; 限额为每人8万元 is a cap on aid paid -> funds, exact",
)
P = [
    "“住院花了4.6万元，出院时医保和医疗救助报销后自己只掏了3100多元，再也不用拿着票据来回跑了。”12月1日，在神农架林区人民医院出院结算窗口，松柏镇居民李大爷拿着结算单高兴地说。",
    "今年以来，神农架林区医疗保障局联合民政、乡村振兴等部门，推动基本医保、大病保险、医疗救助三重制度在定点医疗机构实现“一站式服务、一窗口办理、一单制结算”，特困人员、低保对象、返贫致贫人口等救助对象出院时只需支付个人自付部分。",
    "林区对特困人员住院费用经基本医保、大病保险报销后的政策范围内个人自付部分给予全额救助，对低保对象按70%比例救助，对返贫致贫人口按60%比例救助，年度救助限额为每人8万元；门诊慢特病救助年度限额为每人3000元。",
    "截至11月底，全区共为困难群众提供“一站式”结算服务5862人次，支付医疗救助资金428.7万元，困难群众住院费用实际报销比例达到88.6%。",
    "此外，林区还对因病致贫的边缘易致贫户实行“先诊疗后付费”，住院不交押金，今年已惠及1300余人次。林区医疗保障局负责人介绍，明年将在全区乡镇卫生院全面推开“一站式”结算，让群众在家门口就能享受“一次都不跑”的便利。",
]
ITEMS = [dict(region="429021", campaigns=[], m=[
    ("4.6万元", 46000, "yuan", "exact", None, None, "other"),
    ("3100多元", 3100, "yuan", "over", None, None, "other"),
    ("每人8万元", 80000, "yuan", "exact", "person", None, "funds"),
    ("每人3000元", 3000, "yuan", "exact", "person", None, "funds"),
    ("5862人次", 5862, "person_time", "exact", None, None, "beneficiaries"),
    ("428.7万元", 4287000, "yuan", "exact", None, None, "funds"),
    ("1300余人次", 1300, "person_time", "over", None, None, "beneficiaries"),
])]
HTML = r'''<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>神农架林区医疗救助实现“一站式”结算 困难群众看病少跑腿 - 资讯快照 - 国内</title>
<meta name="description" content="“住院花了4.6万元，出院时医保和医疗救助报销后自己只掏了3100多元，再也不用拿着票据来回跑了。”">
<link rel="stylesheet" href="/assets/kz/base.css?20221101">
<script async src="/assets/kz/stat.js"></script>
</head>
<body class="kz-detail">
<header class="kz-head">
 <a class="kz-logo" href="/">资讯快照</a>
 <nav class="kz-nav">
  <span class="kz-sub">我的订阅 ▾<em><a href="/guonei/" class="cur">国内</a><a href="/shehui/">社会</a></em></span>
  <a href="/guoji/">国际</a><a href="/junshi/">军事</a><a href="/caijing/">财经</a><a href="/keji/">科技</a><a href="/qiche/">汽车</a>
 </nav>
</header>
<main class="kz-main">
 <article class="kz-art">
  <h1 class="kz-title">神农架林区医疗救助实现“一站式”结算 困难群众看病少跑腿</h1>
  <div class="kz-meta"><i>类别:国内</i> <i>发布时间:2022-12-06 07:41:23</i> <i>来源:新浪看点</i></div>
  <section class="kz-body">
   <div class="zz">本文转自:湖北日报</div>
   <h2 class="rt">神农架林区医疗救助实现“一站式”结算 困难群众看病少跑腿</h2>
   <figure><img src="/upimg/2022/1206/hbrb_4417.jpg" alt=""><figcaption>工作人员为出院患者办理“一站式”结算（通讯员 王蕊 摄）</figcaption></figure>
   <div class="by">湖北日报全媒记者 胡琼瑶 通讯员 王蕊</div>
   <div class="txt">@@1@@</div>
   <div class="txt">@@2@@</div>
   <div class="txt">@@3@@</div>
   <div class="txt">@@4@@</div>
   <div class="txt">@@5@@</div>
  </section>
  <aside class="kz-disc">
   本页为资讯信息快照，由爬虫自动采集生成，本站未对内容做任何修改，内容不代表本站观点。<br>
   快照生成时间：2022-12-06 09:02:51<br>
   如有侵权请联系删除。信息原文地址：<a rel="nofollow" href="#">点击查看</a>
  </aside>
 </article>
 <section class="kz-rel">
  <h3>相关快照</h3>
  <dl><dt><a href="/guonei/2022/1130/51987234.html">本文转自:三峡日报宜昌市医疗救助惠及困难群众12.3万人次 全市把医疗救助作为兜底保障的重要内容，今年共支出医疗救助资金1.06亿元…</a></dt><dd>2022-11-30 10:12:00</dd></dl>
  <dl><dt><a href="/guonei/2022/1201/52011457.html">…省医保局介绍，全省已实现医疗救助“一站式”结算县域全覆盖，累计结算387万人次。困难群众在定点医院住院…</a></dt><dd>2022-12-01 16:20:00</dd></dl>
  <dl><dt><a href="/guonei/2022/1205/52144016.html">本文转自:十堰晚报房县为1.2万名困难群众代缴城乡居民医保 房县医保局联合民政局、乡村振兴局…</a></dt><dd>2022-12-05 08:31:00</dd></dl>
  <dl><dt><a href="/guonei/2023/0104/53370021.html">神农架林区发放春节慰问金186万元 惠及困难群众4300余户…</a></dt><dd>2023-01-04 11:45:00</dd></dl>
 </section>
 <section class="kz-more">
  <h3>更多关于国内的资讯:</h3>
  <ul>
   <li><a href="/guonei/2022/1206/52170401.html">全国冬小麦播种面积稳定在3.3亿亩以上</a><time>2022-12-06 07:43:10</time></li>
   <li><a href="/guonei/2022/1206/52170422.html">第十届全国少数民族传统体育运动会延期举办</a><time>2022-12-06 07:45:02</time></li>
   <li><a href="/guonei/2022/1206/52170437.html">多地优化核酸检测点布局 便民服务点增至1200个</a><time>2022-12-06 07:46:55</time></li>
   <li><a href="/guonei/2022/1206/52170460.html">本文转自:人民网 今冬明春天然气保供工作部署会召开</a><time>2022-12-06 07:48:31</time></li>
  </ul>
 </section>
</main>
<aside class="kz-side">
 <h3>24小时热榜</h3>
 <ol>
  <li><a href="/guonei/2022/1205/52150002.html">寒潮橙色预警：局地降温16℃以上</a></li>
  <li><a href="/guonei/2022/1205/52150118.html">某地发放消费券3000万元 首轮核销率达92%</a></li>
  <li><a href="/guonei/2022/1204/52102277.html">高速公路春运预计车流量增长15%</a></li>
 </ol>
</aside>
<footer class="kz-foot">© 2018-2022 资讯快照 非营利性信息快照服务 | <a href="/about">关于</a> | <a href="/contact">联系</a></footer>
</body>
</html>
'''
