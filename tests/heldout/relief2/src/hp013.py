META = dict(
    title="積石山震區受災群眾溫暖過冬 轉移安置8.2萬餘人",
    published="2023-12-26", source="香港商報網", origin="新華社", authors=["張文靜", "王朋"],
    url="http://www.hkcd-news.com.hk/content/2023-12/26/content_1381276.html",
    lang="zh-Hant", encoding="Big5", layout="L3", charset_declared="big5",
    notes="Hong Kong portal, Traditional, Big5; dateline credit gives the authors, 稿源 the origin; region = 積石山縣 (the county relief HQ organises the work reported); 6.2級 (magnitude) and 積雪/公斤 standards: only counting units annotated; 每戶每天不少於20公斤 per household",
)
P = [
    "新華社蘭州12月25日電（記者張文靜 王朋）12月18日23時59分，甘肅省臨夏州積石山縣發生6.2級地震。震後一週，積石山縣受災群眾已全部得到妥善安置，過渡安置點的保暖設施正陸續完善。",
    "記者從積石山縣抗震救災指揮部獲悉，截至12月25日，全縣已接收並發放棉帳篷、棉大衣、棉被、折疊床、取暖爐等各類救災物資21.91萬件，累計到位中央和省級救災資金2.6億元。全縣共設置集中安置點261個，累計轉移安置受災群眾8.2萬餘人。",
    "在大河家鎮一處安置點，一排排藍色棉帳篷整齊排列，帳篷內鋪著防潮墊，配有電暖器和棉被。受災群眾馬大姐說：“帳篷裡有爐子、有電熱毯，晚上睡覺不冷。”據介紹，為應對夜間零下15℃的低溫，當地已為安置點配備取暖爐4100餘台，並按每戶每天不少於20公斤的標準保障取暖用煤。",
    "同時，積石山縣啟動冬春臨時救助，對因災遭遇基本生活困難的群眾按每人1000元的標準發放臨時救助金，已發放3862萬元；對因災造成的孤兒和事實無人撫養兒童，每人每月發放基本生活費1500元。",
    "此外，社會各界踴躍捐贈。截至25日，縣慈善協會等機構累計接收社會捐贈款物4億多元。",
]
ITEMS = [dict(region="622927", campaigns=[], m=[
    ("21.91萬件", 219100, "item", "exact", None, None, "supplies"),
    ("2.6億元", 260000000, "yuan", "exact", None, None, "funds"),
    ("261個", 261, "institution", "exact", None, None, "other"),
    ("8.2萬餘人", 82000, "person", "over", None, None, "beneficiaries"),
    ("4100餘台", 4100, "台", "over", None, None, "supplies"),
    ("每戶每天不少於20公斤", 20, "公斤", "over", "household", None, "supplies"),
    ("每人1000元", 1000, "yuan", "exact", "person", None, "funds"),
    ("3862萬元", 38620000, "yuan", "exact", None, None, "funds"),
    ("每人每月發放基本生活費1500元", 1500, "yuan", "exact", "person", None, "funds"),
    ("4億多元", 400000000, "yuan", "over", None, None, "donations"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>積石山震區受災群眾溫暖過冬 轉移安置8.2萬餘人 - 香港商報網</title>
<meta name="keywords" content="積石山,地震,安置,過冬">
<meta name="description" content="積石山縣受災群眾已全部得到妥善安置，過渡安置點的保暖設施正陸續完善。">
<link rel="stylesheet" href="/css/article_v3.css">
</head>
<body>
<div id="header">
 <div class="topline"><span>2023年12月26日 星期二</span> <a href="/">香港商報網</a> <a href="/epaper/">電子版</a> <a href="/app/">下載APP</a></div>
 <ul class="channel"><li><a href="/hk/">香港</a></li><li class="cur"><a href="/china/">內地</a></li><li><a href="/gba/">大灣區</a></li><li><a href="/finance/">財經</a></li><li><a href="/world/">國際</a></li><li><a href="/sports/">體育</a></li></ul>
</div>
<div id="main">
 <div class="mainleft">
  <div class="crumb"><a href="/">首頁</a> &gt; <a href="/china/">內地</a> &gt; 正文</div>
  <div class="contentbox">
   <div class="dt"><h1>積石山震區受災群眾溫暖過冬 轉移安置8.2萬餘人</h1></div>
   <div class="msg"><span>2023-12-26 10:48:36</span><span>來源：香港商報網</span><span>【<a href="#" onclick="fz(18)">大</a> <a href="#" onclick="fz(16)">中</a> <a href="#" onclick="fz(14)">小</a>】</span></div>
   <div class="txtbox">
    <p>@@1@@</p>
    <p>@@2@@</p>
    <p align="center"><img src="/images/2023-12/26/jss_quake_tent.jpg" border="0"></p>
    <p align="center" class="pictext">圖為積石山縣大河家鎮一處過渡安置點。（新華社）</p>
    <p>@@3@@</p>
    <p>@@4@@</p>
    <p>@@5@@</p>
   </div>
   <div class="gy">稿源：新華社</div>
   <div class="bj">責任編輯：何嘉欣</div>
   <div class="fx">分享：<a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">微信</a></div>
  </div>
  <div class="xgxw"><h3>相關新聞</h3>
   <ul>
    <li><a href="/content/2023-12/20/content_1380112.html">香港特區政府撥款3000萬元支援甘肅地震災區</a> <span>2023-12-20</span></li>
    <li><a href="/content/2023-12/21/content_1380455.html">港澳同胞捐款逾1億元 馳援積石山</a> <span>2023-12-21</span></li>
    <li><a href="/content/2023-12/23/content_1380803.html">震區首批1200間活動板房完成搭建</a> <span>2023-12-23</span></li>
   </ul>
  </div>
 </div>
 <div class="mainright">
  <div class="box"><h3>點擊排行</h3>
   <ol>
    <li><a href="/content/2023-12/25/content_1381001.html">本港明晨最低氣溫9度 新界再低兩三度</a></li>
    <li><a href="/content/2023-12/25/content_1381044.html">聖誕假期逾百萬人次出入境</a></li>
    <li><a href="/content/2023-12/24/content_1380920.html">恆指本周累升2.3%</a></li>
   </ol>
  </div>
 </div>
</div>
<div id="footer">香港商報網 版權所有 &copy; 2023 &nbsp; 未經授權 不得轉載</div>
</body>
</html>
'''
