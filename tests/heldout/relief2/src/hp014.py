META = dict(
    title="溫州市慈善總會舉行新春企業集中捐贈儀式 32家愛心企業捐款1.36億元",
    published="2025-01-15", source="溫州日報", origin=None, authors=["林曉", "王麗"],
    url="https://big5.wzrb-news.com.cn/system/2025/01/15/015022117.shtml",
    lang="zh-Hant", encoding="UTF-8", layout="L3", charset_declared="utf-8",
    notes="Traditional UTF-8 (繁體版) of a city portal; donor counts (32家/12家企業) annotated as institution / other; 各捐贈…以上 -> per institution; “慈善+社會救助” and “溫州溫度” are not campaigns",
)
P = [
    "1月14日上午，溫州市慈善總會在市民中心舉行2025年“溫暖在溫州”新春企業集中捐贈儀式，32家愛心企業現場捐贈善款1.36億元，將全部用於春節期間困難群眾幫扶和全年社會救助項目。",
    "其中，溫州某集團有限公司捐贈3000萬元，另有5家企業各捐贈1000萬元以上，12家企業合計捐贈2860萬元。",
    "捐贈儀式上，市慈善總會向困難群眾代表發放了春節慰問金。據介紹，今年春節期間，市慈善總會將聯合各縣（市、區）慈善總會開展“新春送溫暖”慰問活動，計劃慰問低保、低邊、特困等困難家庭2.1萬戶，每戶發放慰問金500元至1000元，預計支出1500萬元以上。",
    "2024年，溫州市慈善總會共募集善款4.87億元，支出善款4.12億元，實施救助項目136個，惠及困難群眾38.6萬人次。",
    "市民政局相關負責人表示，溫州將持續深化“慈善+社會救助”融合發展，推動更多慈善資源向困難群眾傾斜，讓“溫州溫度”惠及更多人。",
]
ITEMS = [dict(region="330300", campaigns=["溫暖在溫州", "新春送溫暖"], m=[
    ("32家", 32, "institution", "exact", None, None, "other"),
    ("1.36億元", 136000000, "yuan", "exact", None, None, "donations"),
    ("3000萬元", 30000000, "yuan", "exact", None, None, "donations"),
    ("5家", 5, "institution", "exact", None, None, "other"),
    ("各捐贈1000萬元以上", 10000000, "yuan", "over", "institution", None, "donations"),
    ("12家", 12, "institution", "exact", None, None, "other"),
    ("2860萬元", 28600000, "yuan", "exact", None, None, "donations"),
    ("2.1萬戶", 21000, "household", "exact", None, None, "visits"),
    ("每戶發放慰問金500元至1000元", 500, "yuan", "exact", "household", 1000, "donations"),
    ("1500萬元以上", 15000000, "yuan", "over", None, None, "donations"),
    ("4.87億元", 487000000, "yuan", "exact", None, None, "donations"),
    ("4.12億元", 412000000, "yuan", "exact", None, None, "donations"),
    ("136個", 136, "个", "exact", None, None, "other"),
    ("38.6萬人次", 386000, "person_time", "exact", None, None, "beneficiaries"),
])]
HTML = r'''<!DOCTYPE html>
<html lang="zh-Hant">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>溫州市慈善總會舉行新春企業集中捐贈儀式 32家愛心企業捐款1.36億元 - 溫州網</title>
<link rel="stylesheet" href="/static/2024/css/detail.css">
</head>
<body>
<header class="site-header">
 <div class="brand"><a href="/"><img src="/static/2024/img/wzw_logo.svg" alt="溫州網"></a></div>
 <nav class="site-nav"><a href="/">首頁</a><a href="/wz/">溫州</a><a href="/cs/">城事</a><a href="/ms/">民生</a><a href="/jj/">經濟</a><a href="/sp/">視頻</a><a href="https://www.wzrb-news.com.cn/">简体版</a></nav>
</header>
<main class="page">
 <div class="breadcrumb">您的位置：<a href="/">溫州網</a> » <a href="/ms/">民生</a> » 正文</div>
 <article class="news-article">
  <header>
   <p class="kicker">“溫暖在溫州”新春捐贈</p>
   <h1>溫州市慈善總會舉行新春企業集中捐贈儀式 32家愛心企業捐款1.36億元</h1>
   <p class="meta"><time datetime="2025-01-15T07:30">2025-01-15 07:30:00</time> <span>來源：溫州日報</span> <span>記者 林曉 通訊員 王麗</span></p>
  </header>
  <section class="article-body">
   <p>@@1@@</p>
   <figure><img src="/pic/2025/01/15/cszh_donate.jpg" alt=""><figcaption>捐贈儀式現場。 記者 周旭東 攝</figcaption></figure>
   <p>@@2@@</p>
   <p>@@3@@</p>
   <p>@@4@@</p>
   <p>@@5@@</p>
  </section>
  <footer class="article-foot"><p class="editor">編輯：黃一鳴 &nbsp; 審核：潘靜</p><p class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">朋友圈</a></p></footer>
 </article>
 <aside class="rank">
  <h3>24小時熱點</h3>
  <ol>
   <li><a href="/ms/2025/0114/01.shtml">春運首日溫州南站發送旅客5.8萬人次</a></li>
   <li><a href="/ms/2025/0113/02.shtml">全市新增普惠性托位1200個</a></li>
   <li><a href="/ms/2025/0112/03.shtml">溫州2024年GDP增長6.2%</a></li>
   <li><a href="/ms/2025/0110/04.shtml">第十屆溫州慈善獎評選啟動</a></li>
  </ol>
 </aside>
</main>
<footer class="site-footer"><p>溫州日報報業集團主辦 版權所有</p><p>浙ICP備05000611號 &nbsp; 浙公網安備 33030202000137號</p></footer>
</body>
</html>
'''
