META = dict(
    title="香洲區開展2021年春節走訪慰問退役軍人和其他優撫對象活動",
    published="2021-02-05", source="香洲區退役軍人事務局", origin=None, authors=[],
    url="http://www.zhxz.gov.cn/big5/xzqtyjrswj/gkmlpt/content/2/2718/post_2718354.html",
    lang="zh-Hant", encoding="UTF-8", layout="L2", charset_declared="utf-8",
    notes="Traditional (繁體版) page of a mainland district site; plaques (光榮牌) counted as item / other; “光榮之家”, “兩節”, “一人一檔” are not campaigns",
)
P = [
    "新春佳節來臨之際，香洲區退役軍人事務局聯合各鎮街退役軍人服務站，於2月1日至5日集中開展春節走訪慰問活動，把黨和政府的關懷送到退役軍人和其他優撫對象心坎上。",
    "此次走訪慰問覆蓋全區重點優撫對象、參戰參試退役軍人、生活困難退役軍人及現役軍人家屬等共1260戶，發放慰問金126萬元。其中，對重點優撫對象每人發放慰問金1500元，對生活困難退役軍人每戶發放800元至1200元不等。",
    "2月3日，區退役軍人事務局主要負責同志帶隊走訪了3名參加過抗美援朝戰爭的老兵，為他們送上慰問金和米、油等年貨，並詳細詢問他們的身體狀況和生活需求。92歲的老兵陳伯緊握工作人員的手說：“國家沒有忘記我們，我心裡暖暖的。”",
    "今年以來，區退役軍人服務中心還為47名生活困難的退役軍人申請臨時救助和幫扶援助金共計21.3萬元，並持續做好“光榮之家”光榮牌懸掛工作，累計懸掛光榮牌9860塊。",
    "區退役軍人事務局表示，將持續做好“兩節”期間退役軍人關愛幫扶工作，建立“一人一檔”，確保困難退役軍人及時得到救助。",
]
ITEMS = [dict(region="440402", campaigns=[], m=[
    ("1260戶", 1260, "household", "exact", None, None, "visits"),
    ("126萬元", 1260000, "yuan", "exact", None, None, "funds"),
    ("每人發放慰問金1500元", 1500, "yuan", "exact", "person", None, "funds"),
    ("每戶發放800元至1200元", 800, "yuan", "exact", "household", 1200, "funds"),
    ("3名", 3, "person", "exact", None, None, "visits"),
    ("47名", 47, "person", "exact", None, None, "beneficiaries"),
    ("21.3萬元", 213000, "yuan", "exact", None, None, "funds"),
    ("9860塊", 9860, "item", "exact", None, None, "other"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="utf-8">
<title>香洲區開展2021年春節走訪慰問退役軍人和其他優撫對象活動 - 珠海市香洲區人民政府</title>
<meta name="ArticleTitle" content="香洲區開展2021年春節走訪慰問退役軍人和其他優撫對象活動">
<meta name="PubDate" content="2021-02-05 17:32">
<meta name="ContentSource" content="香洲區退役軍人事務局">
<meta name="ColumnName" content="工作動態">
<link rel="stylesheet" href="/static/gkmlpt/css/detail.css">
</head>
<body>
<div class="tool-bar"><a href="/xzqtyjrswj/gkmlpt/content/2/2718/post_2718354.html">简体</a> | <span>繁體</span> | <a href="javascript:;" id="wza">無障礙</a></div>
<div class="site-head"><img src="/static/img/xz_banner.png" alt="珠海市香洲區人民政府"><p>珠海市香洲區人民政府</p></div>
<div class="bread">當前位置：<a href="/big5/">首頁</a> &gt; <a href="/big5/zwgk/">政務公開</a> &gt; <a href="/big5/xzqtyjrswj/">區退役軍人事務局</a> &gt; 工作動態</div>
<div class="gkml-detail">
 <table class="info-table" cellspacing="0" cellpadding="0">
  <tr><td class="t">索引號：</td><td>11440402MB2C12087P/2021-00031</td><td class="t">分類：</td><td>工作動態</td></tr>
  <tr><td class="t">發布機構：</td><td>珠海市香洲區退役軍人事務局</td><td class="t">成文日期：</td><td>2021-02-05</td></tr>
  <tr><td class="t">名稱：</td><td colspan="3">香洲區開展2021年春節走訪慰問退役軍人和其他優撫對象活動</td></tr>
 </table>
 <h1 class="content-title">香洲區開展2021年春節走訪慰問退役軍人和其他優撫對象活動</h1>
 <div class="content-info">發布日期：2021-02-05 17:32 &nbsp; 來源：香洲區退役軍人事務局 &nbsp; 瀏覽次數：<span class="views">862</span> &nbsp; 字體：[<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>]</div>
 <div class="article-content">
  <p style="text-indent:2em;">@@1@@</p>
  <p style="text-indent:2em;">@@2@@</p>
  <p style="text-align:center;"><img src="/xzqtyjrswj/gkmlpt/content/2/2718/img_2718354_1.jpg"></p>
  <p style="text-align:center;">區退役軍人事務局工作人員走訪慰問抗美援朝老兵</p>
  <p style="text-indent:2em;">@@3@@</p>
  <p style="text-indent:2em;">@@4@@</p>
  <p style="text-indent:2em;">@@5@@</p>
 </div>
 <div class="article-attach"></div>
 <div class="article-tool"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【關閉】</a> <span class="share">分享：<i class="wx"></i><i class="wb"></i></span></div>
 <div class="pre-next">
  <p>上一篇：<a href="/big5/xzqtyjrswj/gkmlpt/content/2/2716/post_2716022.html">區退役軍人事務局召開2021年工作部署會</a></p>
  <p>下一篇：<a href="/big5/xzqtyjrswj/gkmlpt/content/2/2720/post_2720117.html">香洲區為1.2萬戶家庭更新懸掛光榮牌</a></p>
 </div>
</div>
<div class="site-foot">
 <p>主辦：珠海市香洲區人民政府辦公室 &nbsp; 承辦：珠海市香洲區政務服務數據管理局</p>
 <p>網站標識碼：4404020003 &nbsp; <a href="https://beian.miit.gov.cn">粵ICP備05017290號</a> &nbsp; 粵公網安備 44040202000131號</p>
</div>
</body>
</html>
'''
