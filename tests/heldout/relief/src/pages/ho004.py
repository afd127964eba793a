# L4 mobile/WAP, GBK bytes, no charset declared; 仙桃市 (province-administered county-level city)
META = dict(
    id="ho004", layout="L4", encoding="GBK", charset_declared=None, lang="zh-Hans",
    title="寒潮来袭 仙桃救助站连夜上街寻找流浪人员",
    published="2016-01-25", source="仙桃新闻网", origin=None, authors=["刘畅", "胡静"],
    url="http://m.xiantao-news.cn/2016/0125/38821.html",
    notes="no date on the page: taken from the URL; 我市 on the city's news site -> 429004; 200余人 is shelter capacity (other); 3个小组, 24小时, 零下8℃, 30年 and the hotline are not measures; “不漏一人、不冻死一人” is a slogan",
)

ITEMS = [dict(
    region="429004", campaigns=[], origin=None,
    paras=[
        "受强寒潮影响，1月23日夜间我市最低气温降至零下8℃，为近30年来罕见。当晚，市救助管理站启动极端天气应急预案，出动救助车辆12台次，工作人员和志愿者分成3个小组，对城区桥洞、地下通道、车站等流浪乞讨人员容易聚集的地方开展拉网式巡查。",
        "在沔阳大道一处桥洞下，救助人员发现一名衣着单薄的老人蜷缩在纸板上。经过耐心劝说，老人同意跟随救助人员回站接受救助。截至24日凌晨，救助站共劝导9名流浪人员入站，为拒绝入站的6人送去棉被6床、棉衣6件和热饮食品。",
        "市民政局要求，寒潮期间各镇（街道办事处）、救助站实行24小时值班，每天巡查不少于3次，做到“不漏一人、不冻死一人”。同时，全市12个临时避寒点全部开放，可同时容纳200余人避寒。",
        "据统计，今冬入冬以来，市救助站已累计救助流浪乞讨人员156人次，护送返乡43人。市民如发现街头流浪人员，可拨打救助热线0728-3312110。",
    ],
    measures=[
        M("12台次", 12, "台次", "other"),
        M("9名", 9, "person", "beneficiaries"),
        M("6人", 6, "person", "beneficiaries"),
        M("6床", 6, "item", "supplies"),
        M("6件", 6, "item", "supplies"),
        M("每天巡查不少于3次", 3, "times", "other", q="over", per="day"),
        M("12个临时避寒点", 12, "institution", "other"),
        M("200余人", 200, "person", "other", q="over"),
        M("156人次", 156, "person_time", "beneficiaries"),
        M("43人", 43, "person", "beneficiaries"),
    ],
)]


def render(items, esc):
    body = "<br/><br/>\r\n".join(esc(p) for p in items[0]["paras"])
    return TEMPLATE.replace("@@BODY@@", body)


TEMPLATE = """<!DOCTYPE html PUBLIC "-//WAPFORUM//DTD XHTML Mobile 1.0//EN" "http://www.wapforum.org/DTD/xhtml-mobile10.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=no" />
<meta name="format-detection" content="telephone=no" />
<title>寒潮来袭 仙桃救助站连夜上街寻找流浪人员_仙桃新闻网手机版</title>
<style type="text/css">body{font-size:16px;margin:6px;line-height:1.6}.t{font-weight:bold;font-size:18px}.g{color:#888;font-size:12px}</style>
</head>
<body>
<div class="g"><a href="/">仙桃新闻网</a> &gt; <a href="/list/2.html">本地新闻</a></div>
<hr/>
<div class="t">寒潮来袭 仙桃救助站连夜上街寻找流浪人员</div>
<div class="g">来源：仙桃新闻网　作者：刘畅 胡静</div>
<hr/>
<div>
@@BODY@@
</div>
<hr/>
<div>【<a href="/2016/0125/38820.html">上一条</a>】【<a href="/2016/0125/38823.html">下一条</a>】</div>
<div class="g">推荐阅读：<br/>
<a href="/2016/0124/38790.html">我市启动寒潮Ⅲ级应急响应</a><br/>
<a href="/2016/0122/38741.html">全市发放城乡低保金1680万元</a><br/>
<a href="/2016/0120/38702.html">市慈善会为300名环卫工人送上爱心午餐</a><br/>
<a href="/2016/0118/38655.html">春运首日仙桃站发送旅客1.2万人次</a>
</div>
<hr/>
<div class="g"><a href="/">首页</a> | <a href="http://www.xiantao-news.cn/">电脑版</a> | <a href="#">返回顶部</a><br/>
仙桃新闻网 版权所有 鄂ICP备05012718号</div>
</body>
</html>
"""
