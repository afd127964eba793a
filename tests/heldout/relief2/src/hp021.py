META = dict(
    title="福州慈善總會春節送溫暖 萬戶困難家庭獲慰問",
    published="2017-01-20", source="兩岸新聞網", origin=None, authors=["林志明"],
    url="http://m.liangan-news.com.tw/news/20170120/a0318.html",
    lang="zh-Hant", encoding="Big5", layout="L4", charset_declared="big5",
    notes="Taiwan-style mobile page, Big5; the opening (記者林志明／福州報導) credit is part of the body and gives the author; 大米1袋/食用油1桶 per household as in the dev set's 米面油1套",
)
P = [
    "（兩岸新聞網記者林志明／福州報導）春節將至，福建省福州市慈善總會日前啟動“春節慈善慰問”活動，預計慰問全市困難家庭1萬戶，發放慰問金及物資總額逾800萬元。",
    "據福州市慈善總會介紹，此次慰問對象包括低保家庭、重病患者家庭、殘疾人家庭及困境兒童家庭，每戶發放慰問金600元，另贈送大米1袋、食用油1桶；對其中特別困難的200戶家庭，慰問金提高至每戶2000元。",
    "福州市慈善總會近年來每年募集善款均超過1億元。2016年該會共募集善款1.38億元，支出1.21億元，救助困難群眾約9.6萬人次。",
    "此外，福州市民政局也將在春節前向全市城鄉低保對象發放一次性生活補貼，城市每人300元、農村每人200元，合計約2100萬元。",
]
ITEMS = [dict(region="350100", campaigns=["春節慈善慰問"], m=[
    ("1萬戶", 10000, "household", "exact", None, None, "visits"),
    ("逾800萬元", 8000000, "yuan", "over", None, None, "donations"),
    ("每戶發放慰問金600元", 600, "yuan", "exact", "household", None, "donations"),
    ("大米1袋", 1, "item", "exact", "household", None, "supplies"),
    ("食用油1桶", 1, "item", "exact", "household", None, "supplies"),
    ("200戶", 200, "household", "exact", None, None, "beneficiaries"),
    ("每戶2000元", 2000, "yuan", "exact", "household", None, "donations"),
    ("超過1億元", 100000000, "yuan", "over", None, None, "donations"),
    ("1.38億元", 138000000, "yuan", "exact", None, None, "donations"),
    ("1.21億元", 121000000, "yuan", "exact", None, None, "donations"),
    ("約9.6萬人次", 96000, "person_time", "approx", None, None, "beneficiaries"),
    ("每人300元", 300, "yuan", "exact", "person", None, "funds"),
    ("每人200元", 200, "yuan", "exact", "person", None, "funds"),
    ("約2100萬元", 21000000, "yuan", "approx", None, None, "funds"),
])]
HTML = r'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=Big5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>福州慈善總會春節送溫暖 萬戶困難家庭獲慰問 | 兩岸新聞網 行動版</title>
</head>
<body style="margin:0;font-family:sans-serif">
<div style="background:#0a3d7a;color:#fff;padding:8px">兩岸新聞網 <small>行動版</small> ｜ <a href="/m/china/" style="color:#fff">大陸</a></div>
<h2 style="font-size:20px;padding:8px;margin:0">福州慈善總會春節送溫暖 萬戶困難家庭獲慰問</h2>
<div style="color:#888;font-size:13px;padding:0 8px">2017/01/20 14:35 ｜ 兩岸新聞網</div>
<div style="padding:8px;line-height:1.75">
@@1@@<br/><br/>
@@2@@<br/><br/>
@@3@@<br/><br/>
@@4@@
</div>
<div style="padding:8px;font-size:14px">
延伸閱讀<br/>
<a href="/m/news/20170119/a0277.html">廈門春運首日 高鐵發送旅客12萬人次</a><br/>
<a href="/m/news/20170118/a0241.html">兩岸企業家峰會 簽約項目32個</a><br/>
<a href="/m/news/20170117/a0205.html">金門縣春節敬老禮金每人3000元</a>
</div>
<div style="text-align:center;font-size:12px;color:#aaa;padding:10px">&copy; 2017 兩岸新聞網 版權所有 ｜ <a href="http://www.liangan-news.com.tw/">電腦版</a></div>
</body>
</html>
'''
