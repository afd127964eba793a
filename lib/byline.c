/* SPDX-License-Identifier: ISC */
#include <stdlib.h>
#include <string.h>

#include "byline.h"
#include "utf8.h"
#include "util.h"

#define L_COLON		0x01	/* only with a colon after it */
#define L_STRONG	0x02	/* may follow a Chinese character */
#define L_GLUE		0x04	/* with a colon, may follow one too */

/* Longest outlet or category name kept, in code points. */
#define OUTLET_MAX	40
/* How far back the "(" of a closing parenthesis is looked for. */
#define PAREN_MAX	120

/* Sorted by bytes (LC_ALL=C sort order): the lookup bisects on the
 * first character.  tests/unit/test_byline.c checks the order. */
static const struct label_word {
	const char	*word;
	enum rw_field	 field;
	int		 flags;
} words[] = {
	{ "一审", RW_F_EDITOR, L_STRONG },
	{ "三审", RW_F_EDITOR, L_STRONG },
	{ "上一篇", RW_F_STOP, L_STRONG },
	{ "上传时间", RW_F_DATE, L_STRONG },
	{ "上傳時間", RW_F_DATE, L_STRONG },
	{ "下一篇", RW_F_STOP, L_STRONG },
	{ "中新社記者", RW_F_REPORTER, L_STRONG },
	{ "中新社记者", RW_F_REPORTER, L_STRONG },
	{ "主编", RW_F_EDITOR, L_STRONG },
	{ "二审", RW_F_EDITOR, L_STRONG },
	{ "人气", RW_F_STOP, L_COLON },
	{ "作 者", RW_F_AUTHOR, L_COLON },
	{ "作者", RW_F_AUTHOR, L_COLON | L_GLUE },
	{ "來源", RW_F_SOURCE, L_COLON | L_GLUE },
	{ "來自", RW_F_SOURCE, L_COLON },
	{ "信息來源", RW_F_SOURCE, L_STRONG },
	{ "信息原文地址", RW_F_SNAPURL, L_STRONG },
	{ "信息来源", RW_F_SOURCE, L_STRONG },
	{ "值班编辑", RW_F_EDITOR, L_STRONG },
	{ "全媒体记者", RW_F_REPORTER, L_STRONG },
	{ "全媒體記者", RW_F_REPORTER, L_STRONG },
	{ "关闭窗口", RW_F_STOP, L_STRONG },
	{ "出处", RW_F_SOURCE, L_COLON },
	{ "出版日期", RW_F_DATE, L_STRONG },
	{ "出版时间", RW_F_DATE, L_STRONG },
	{ "出處", RW_F_SOURCE, L_COLON },
	{ "分享", RW_F_STOP, L_COLON },
	{ "分享到", RW_F_STOP, L_STRONG },
	{ "分类", RW_F_CATEGORY, L_COLON },
	{ "分類", RW_F_CATEGORY, L_COLON },
	{ "刊发时间", RW_F_DATE, L_STRONG },
	{ "刊登日期", RW_F_DATE, L_STRONG },
	{ "刊發時間", RW_F_DATE, L_STRONG },
	{ "初审", RW_F_EDITOR, L_STRONG },
	{ "制作", RW_F_EDITOR, 0 },
	{ "原始链接", RW_F_SNAPURL, L_STRONG },
	{ "原文地址", RW_F_SNAPURL, L_STRONG },
	{ "原文網址", RW_F_SNAPURL, L_STRONG },
	{ "原文連結", RW_F_SNAPURL, L_STRONG },
	{ "原文鏈接", RW_F_SNAPURL, L_STRONG },
	{ "原文链接", RW_F_SNAPURL, L_STRONG },
	{ "发布", RW_F_DATE, 0 },
	{ "发布于", RW_F_DATE, 0 },
	{ "发布日期", RW_F_DATE, L_STRONG },
	{ "发布时间", RW_F_DATE, L_STRONG },
	{ "发文日期", RW_F_DATE, L_STRONG },
	{ "发稿时间", RW_F_DATE, L_STRONG },
	{ "发表", RW_F_DATE, 0 },
	{ "发表于", RW_F_DATE, 0 },
	{ "发表日期", RW_F_DATE, L_STRONG },
	{ "发表时间", RW_F_DATE, L_STRONG },
	{ "图片", RW_F_EDITOR, 0 },
	{ "图片来源", RW_F_STOP, L_STRONG },
	{ "圖片", RW_F_EDITOR, 0 },
	{ "圖片來源", RW_F_STOP, L_STRONG },
	{ "复审", RW_F_EDITOR, L_STRONG },
	{ "字体", RW_F_STOP, L_STRONG },
	{ "字号", RW_F_STOP, L_STRONG },
	{ "字號", RW_F_STOP, L_STRONG },
	{ "字體", RW_F_STOP, L_STRONG },
	{ "实习生", RW_F_REPORTER, 0 },
	{ "实习记者", RW_F_REPORTER, L_STRONG },
	{ "审校", RW_F_EDITOR, L_STRONG },
	{ "审核", RW_F_EDITOR, L_STRONG },
	{ "實習生", RW_F_REPORTER, 0 },
	{ "實習記者", RW_F_REPORTER, L_STRONG },
	{ "審校", RW_F_EDITOR, L_STRONG },
	{ "審核", RW_F_EDITOR, L_STRONG },
	{ "录入时间", RW_F_DATE, L_STRONG },
	{ "快照日期", RW_F_SNAPTIME, L_STRONG },
	{ "快照时间", RW_F_SNAPTIME, L_STRONG },
	{ "快照時間", RW_F_SNAPTIME, L_STRONG },
	{ "快照生成时间", RW_F_SNAPTIME, L_STRONG },
	{ "快照生成時間", RW_F_SNAPTIME, L_STRONG },
	{ "成文日期", RW_F_DATE, L_STRONG },
	{ "我要评论", RW_F_STOP, L_STRONG },
	{ "所属分类", RW_F_CATEGORY, L_STRONG },
	{ "所属栏目", RW_F_CATEGORY, L_STRONG },
	{ "所屬分類", RW_F_CATEGORY, L_STRONG },
	{ "所屬欄目", RW_F_CATEGORY, L_STRONG },
	{ "打印本页", RW_F_STOP, L_STRONG },
	{ "摄", RW_F_EDITOR, 0 },
	{ "摄像", RW_F_EDITOR, L_STRONG },
	{ "摄影", RW_F_EDITOR, L_STRONG },
	{ "撰文", RW_F_AUTHOR, L_COLON },
	{ "撰稿", RW_F_AUTHOR, L_COLON },
	{ "撰稿人", RW_F_AUTHOR, L_COLON },
	{ "攝", RW_F_EDITOR, 0 },
	{ "攝像", RW_F_EDITOR, L_STRONG },
	{ "攝影", RW_F_EDITOR, L_STRONG },
	{ "收藏本页", RW_F_STOP, L_STRONG },
	{ "文字", RW_F_AUTHOR, L_COLON },
	{ "文章來源", RW_F_SOURCE, L_STRONG },
	{ "文章来源", RW_F_SOURCE, L_STRONG },
	{ "新华社记者", RW_F_REPORTER, L_STRONG },
	{ "新聞來源", RW_F_SOURCE, L_STRONG },
	{ "新華社記者", RW_F_REPORTER, L_STRONG },
	{ "新闻来源", RW_F_SOURCE, L_STRONG },
	{ "日期", RW_F_DATE, 0 },
	{ "时间", RW_F_DATE, 0 },
	{ "時間", RW_F_DATE, 0 },
	{ "更新日期", RW_F_DATE, L_STRONG },
	{ "更新时间", RW_F_DATE, L_STRONG },
	{ "更新時間", RW_F_DATE, L_STRONG },
	{ "本台記者", RW_F_REPORTER, L_STRONG },
	{ "本台记者", RW_F_REPORTER, L_STRONG },
	{ "本報記者", RW_F_REPORTER, L_STRONG },
	{ "本報通訊員", RW_F_REPORTER, L_STRONG },
	{ "本报记者", RW_F_REPORTER, L_STRONG },
	{ "本报通讯员", RW_F_REPORTER, L_STRONG },
	{ "本文來源", RW_F_SOURCE, L_STRONG },
	{ "本文来源", RW_F_SOURCE, L_STRONG },
	{ "本文轉自", RW_F_ORIGIN, L_STRONG },
	{ "本文转自", RW_F_ORIGIN, L_STRONG },
	{ "本網記者", RW_F_REPORTER, L_STRONG },
	{ "本网记者", RW_F_REPORTER, L_STRONG },
	{ "来源", RW_F_SOURCE, L_COLON | L_GLUE },
	{ "来自", RW_F_SOURCE, L_COLON },
	{ "栏目", RW_F_CATEGORY, L_COLON },
	{ "校对", RW_F_EDITOR, L_STRONG },
	{ "校對", RW_F_EDITOR, L_STRONG },
	{ "欄目", RW_F_CATEGORY, L_COLON },
	{ "流程编辑", RW_F_EDITOR, L_STRONG },
	{ "浏览", RW_F_STOP, L_COLON },
	{ "浏览次数", RW_F_STOP, L_STRONG },
	{ "浏览量", RW_F_STOP, L_STRONG },
	{ "消息來源", RW_F_SOURCE, L_STRONG },
	{ "消息来源", RW_F_SOURCE, L_STRONG },
	{ "添加时间", RW_F_DATE, L_STRONG },
	{ "瀏覽", RW_F_STOP, L_COLON },
	{ "瀏覽次數", RW_F_STOP, L_STRONG },
	{ "点击", RW_F_STOP, L_COLON },
	{ "点击数", RW_F_STOP, L_STRONG },
	{ "点击量", RW_F_STOP, L_STRONG },
	{ "特約記者", RW_F_REPORTER, L_STRONG },
	{ "特約通訊員", RW_F_REPORTER, L_STRONG },
	{ "特约记者", RW_F_REPORTER, L_STRONG },
	{ "特约通讯员", RW_F_REPORTER, L_STRONG },
	{ "發佈", RW_F_DATE, 0 },
	{ "發佈於", RW_F_DATE, 0 },
	{ "發佈日期", RW_F_DATE, L_STRONG },
	{ "發佈時間", RW_F_DATE, L_STRONG },
	{ "發布", RW_F_DATE, 0 },
	{ "發布日期", RW_F_DATE, L_STRONG },
	{ "發布時間", RW_F_DATE, L_STRONG },
	{ "發稿時間", RW_F_DATE, L_STRONG },
	{ "發表", RW_F_DATE, 0 },
	{ "發表於", RW_F_DATE, 0 },
	{ "發表日期", RW_F_DATE, L_STRONG },
	{ "發表時間", RW_F_DATE, L_STRONG },
	{ "监制", RW_F_EDITOR, L_STRONG },
	{ "監製", RW_F_EDITOR, L_STRONG },
	{ "稿件来源", RW_F_SOURCE, L_STRONG },
	{ "稿源", RW_F_GAOYUAN, L_COLON },
	{ "策划", RW_F_EDITOR, 0 },
	{ "策劃", RW_F_EDITOR, 0 },
	{ "类别", RW_F_CATEGORY, L_COLON },
	{ "編審", RW_F_EDITOR, L_STRONG },
	{ "編輯", RW_F_EDITOR, 0 },
	{ "终审", RW_F_EDITOR, L_STRONG },
	{ "编审", RW_F_EDITOR, L_STRONG },
	{ "编辑", RW_F_EDITOR, 0 },
	{ "美编", RW_F_EDITOR, L_STRONG },
	{ "融媒体记者", RW_F_REPORTER, L_STRONG },
	{ "融媒記者", RW_F_REPORTER, L_STRONG },
	{ "融媒记者", RW_F_REPORTER, L_STRONG },
	{ "融媒體記者", RW_F_REPORTER, L_STRONG },
	{ "製作", RW_F_EDITOR, 0 },
	{ "見習記者", RW_F_REPORTER, L_STRONG },
	{ "視頻", RW_F_EDITOR, 0 },
	{ "见习记者", RW_F_REPORTER, L_STRONG },
	{ "视频", RW_F_EDITOR, 0 },
	{ "記者", RW_F_REPORTER, 0 },
	{ "记者", RW_F_REPORTER, 0 },
	{ "访问次数", RW_F_STOP, L_STRONG },
	{ "访问量", RW_F_STOP, L_STRONG },
	{ "评论", RW_F_STOP, L_COLON },
	{ "責任編輯", RW_F_EDITOR, L_STRONG },
	{ "責編", RW_F_EDITOR, L_STRONG },
	{ "责任编辑", RW_F_EDITOR, L_STRONG },
	{ "责编", RW_F_EDITOR, L_STRONG },
	{ "轉自", RW_F_ORIGIN, L_COLON },
	{ "轉載於", RW_F_ORIGIN, L_STRONG },
	{ "轉載自", RW_F_ORIGIN, L_STRONG },
	{ "转自", RW_F_ORIGIN, L_COLON },
	{ "转载于", RW_F_ORIGIN, L_STRONG },
	{ "转载自", RW_F_ORIGIN, L_STRONG },
	{ "通訊員", RW_F_REPORTER, 0 },
	{ "通讯员", RW_F_REPORTER, 0 },
	{ "閱讀", RW_F_STOP, L_COLON },
	{ "閱讀次數", RW_F_STOP, L_STRONG },
	{ "阅读", RW_F_STOP, L_COLON },
	{ "阅读数", RW_F_STOP, L_STRONG },
	{ "阅读量", RW_F_STOP, L_STRONG },
	{ "頻道", RW_F_CATEGORY, L_COLON },
	{ "類別", RW_F_CATEGORY, L_COLON },
	{ "频道", RW_F_CATEGORY, L_COLON },
	{ "首席記者", RW_F_REPORTER, L_STRONG },
	{ "首席记者", RW_F_REPORTER, L_STRONG },
	{ "駐站記者", RW_F_REPORTER, L_STRONG },
	{ "驻站记者", RW_F_REPORTER, L_STRONG },
	{ "點擊", RW_F_STOP, L_COLON },
	{ "點擊數", RW_F_STOP, L_STRONG },
};

/* The first characters of the words, sorted: most characters of a
 * page start no label, and this rules them out quickly. */
static const int32_t first_cp[] = {
	0x4e00, 0x4e09, 0x4e0a, 0x4e0b, 0x4e2d, 0x4e3b, 0x4e8c, 0x4eba,
	0x4f5c, 0x4f86, 0x4fe1, 0x503c, 0x5168, 0x5173, 0x51fa, 0x5206,
	0x520a, 0x521d, 0x5236, 0x539f, 0x53d1, 0x56fe, 0x5716, 0x590d,
	0x5b57, 0x5b9e, 0x5ba1, 0x5be6, 0x5be9, 0x5f55, 0x5feb, 0x6210,
	0x6211, 0x6240, 0x6253, 0x6444, 0x64b0, 0x651d, 0x6536, 0x6587,
	0x65b0, 0x65e5, 0x65f6, 0x6642, 0x66f4, 0x672c, 0x6765, 0x680f,
	0x6821, 0x6b04, 0x6d41, 0x6d4f, 0x6d88, 0x6dfb, 0x700f, 0x70b9,
	0x7279, 0x767c, 0x76d1, 0x76e3, 0x7a3f, 0x7b56, 0x7c7b, 0x7de8,
	0x7ec8, 0x7f16, 0x7f8e, 0x878d, 0x88fd, 0x898b, 0x8996, 0x89c1,
	0x89c6, 0x8a18, 0x8bb0, 0x8bbf, 0x8bc4, 0x8cac, 0x8d23, 0x8f49,
	0x8f6c, 0x901a, 0x95b1, 0x9605, 0x983b, 0x985e, 0x9891, 0x9996,
	0x99d0, 0x9a7b, 0x9ede,
};

/*
 * Characters that make 来源/作者 part of another word when glued to it
 * (资金来源, 图片来源, 工作者): then it is no label.
 */
static const char glue_stop[] =
    "金费入据片频济活水料要务能物资量工源的题";

static const char *const unit_suffix[] = {
	"局", "厅", "处", "办", "站", "部", "院", "所", "室", "队", "组", "股",
	"县", "市", "区", "省", "镇", "乡", "村", "社", "网", "报", "台",
	"廳", "處", "辦", "隊", "縣", "區", "鄉", "鎮", "網", "報", "臺",
};

static const char *const unit_word[] = {
	"中心", "政府", "街道", "社区", "公司", "集团", "协会", "基金会",
	"委员会", "办公室", "联合会", "新闻", "日报", "晚报", "民政",
	"宣传", "医院", "学校", "大学", "银行", "法院", "检察院", "派出所",
	"党委", "工会", "妇联", "网站", "频道", "杂志", "周刊", "电视",
	"广播", "编辑部", "工作室", "服务", "管理", "委会", "慈善",
	"政府", "協會", "基金會", "委員會", "辦公室", "聯合會", "新聞",
	"日報", "晚報", "醫院", "學校", "銀行", "網站", "頻道", "雜誌",
	"電視", "廣播", "編輯部", "慈善",
};

/* Words that are never names in a credit. */
static const char *const not_name[] = {
	"本报", "本報", "记者", "記者", "通讯员", "通訊員", "报道", "報導",
	"编辑", "編輯", "综合", "綜合", "整理", "新华社", "新華社", "特约",
	"实习生", "實習生", "见习", "供稿", "来源", "來源", "本网", "本網",
	"本台", "佚名", "未知", "原创", "原創", "转载", "轉載", "网友",
	"網友", "匿名", "不详", "不詳", "管理员", "系统", "本站", "admin",
	"Admin", "null", "报社", "通讯", "了解", "获悉", "獲悉", "介绍",
	"采访", "採訪", "发现", "發現", "整合", "编译", "編譯", "出自",
	"返回", "查看", "更多", "无内容", "無內容", "网络", "網絡", "发自",
	"發自", "来自", "來自", "出品", "投稿", "网络整理", "综合整理",
	/* page tools next to a byline: 作者：张三 【评论】【打印】 */
	"评论", "評論", "留言", "打印", "列印", "收藏", "分享", "纠错",
	"糾錯", "关闭", "關閉", "举报", "舉報", "字号", "字號", "字体",
	"字體", "大字", "小字", "推荐", "推薦", "点赞", "點讚",
};

/* Role words that end a token ("信报记者", "总台记者"): no name. */
static const char *const role_end[] = {
	"记者", "記者", "通讯员", "通訊員", "编辑", "編輯", "主播", "评论员",
	"評論員", "实习生", "實習生",
};

static int
is_han(int32_t c)
{
	return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
	    (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

static int
is_alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

/* The code point at s[i] and its length. */
static int32_t
cp_at(const char *s, size_t n, size_t i, int *len)
{
	int32_t	 cp;

	*len = rw_utf8_decode(s + i, n - i, &cp);
	return cp;
}

/* The code point ending just before s[i] (i > 0). */
static int32_t
cp_before(const char *s, size_t n, size_t i)
{
	size_t	 j = i;
	int	 len;

	while (j > 0 && i - j < 4) {
		j--;
		if (((unsigned char)s[j] & 0xc0) != 0x80)
			break;
	}
	return cp_at(s, n, j, &len);
}

static int
has(const char *s, size_t n, size_t i, const char *lit)
{
	size_t	 m = strlen(lit);

	return n - i >= m && memcmp(s + i, lit, m) == 0;
}

static int
ends_with(const char *s, size_t n, const char *lit)
{
	size_t	 m = strlen(lit);

	return n >= m && memcmp(s + n - m, lit, m) == 0;
}

/* 1 if lit occurs in s[0..n) (short strings: a plain scan). */
static int
contains(const char *s, size_t n, const char *lit)
{
	size_t	 m = strlen(lit), i;

	for (i = 0; i + m <= n; i++)
		if (s[i] == lit[0] && memcmp(s + i, lit, m) == 0)
			return 1;
	return 0;
}

static size_t
skip_spaces(const char *s, size_t n, size_t i)
{
	while (i < n && s[i] == ' ')
		i++;
	return i;
}

static void
trim(const char *s, size_t *a, size_t *b)
{
	while (*a < *b && s[*a] == ' ')
		(*a)++;
	while (*b > *a && s[*b - 1] == ' ')
		(*b)--;
}

static int
cmp_first(const void *key, const void *elem)
{
	const char		*k = key;
	const struct label_word	*w = elem;

	/* The key is one character: compare that much of the word. */
	return strncmp(k, w->word, strlen(k));
}

static int
cmp_cp(const void *a, const void *b)
{
	int32_t	 x = *(const int32_t *)a, y = *(const int32_t *)b;

	return x < y ? -1 : x > y;
}

/* 1 unless the character before s[i] glues 来源/作者 into another word. */
static int
glue_ok(const char *s, size_t i)
{
	char	 ch[4];

	if (i < 3)
		return 1;
	memcpy(ch, s + i - 3, 3);
	ch[3] = '\0';
	return !contains(glue_stop, sizeof(glue_stop) - 1, ch);
}

/* The last character of an outlet: 新京报记者, 县融媒体中心台记者. */
static int
outlet_end(int32_t c)
{
	return c == 0x62a5 || c == 0x5831 || c == 0x53f0 || c == 0x81fa ||
	    c == 0x7f51 || c == 0x7db2 || c == 0x793e || c == 0x5a92;
	    /* 报 報 台 臺 网 網 社 媒 */
}

/* The longest label word at s[i], or NULL. */
static const struct label_word *
lookup(const char *s, size_t n, size_t i)
{
	const struct label_word	*hit, *lo, *hi, *p, *best = NULL;
	const size_t		 count = sizeof(words) / sizeof(words[0]);
	char			 key[5] = { 0 };
	int32_t			 cp;
	int			 len;

	cp = cp_at(s, n, i, &len);
	if (cp < 0x80 || bsearch(&cp, first_cp, sizeof(first_cp) /
	    sizeof(first_cp[0]), sizeof(first_cp[0]), cmp_cp) == NULL)
		return NULL;
	memcpy(key, s + i, (size_t)len);
	hit = bsearch(key, words, count, sizeof(words[0]), cmp_first);
	if (hit == NULL)
		return NULL;
	for (lo = hit; lo > words && memcmp(lo[-1].word, key, (size_t)len) == 0;
	    lo--)
		continue;
	for (hi = hit; hi + 1 < words + count &&
	    memcmp(hi[1].word, key, (size_t)len) == 0; hi++)
		continue;
	for (p = lo; p <= hi; p++)
		if (has(s, n, i, p->word) && (best == NULL ||
		    strlen(p->word) > strlen(best->word)))
			best = p;
	return best;
}

/* "文/", "文 | ", "文图/" opening a line: a writer's credit. */
static size_t
writer_slash(const char *s, size_t n)
{
	size_t	 i = 0;

	if (has(s, n, i, "图文"))
		i += strlen("图文");
	else if (has(s, n, i, "文"))
		i += strlen("文");
	else
		return 0;
	if (has(s, n, i, "图"))
		i += strlen("图");
	i = skip_spaces(s, n, i);
	if (i < n && (s[i] == '/' || s[i] == '|'))
		return skip_spaces(s, n, i + 1);
	return 0;
}

size_t
rw_byline_labels(const char *s, size_t n, struct rw_label *out, size_t max)
{
	const struct label_word	*w;
	size_t			 i = 0, j, count = 0, k;
	int32_t			 prev;
	int			 len, colon, c;

	if ((j = writer_slash(s, n)) > 0) {
		if (count < max) {
			out[count].field = RW_F_AUTHOR;
			out[count].start = 0;
			out[count].value = j;
			out[count].colon = 1;
		}
		count++;
		i = j;
	}
	while (i < n) {
		c = (unsigned char)s[i];
		if (c < 0x80) {
			i++;
			continue;
		}
		/* Every label word starts with a character U+4E00-U+9FFF,
		 * three bytes led by E4-E9: skip others undecoded. */
		if (c < 0xe4 || c > 0xe9 || (w = lookup(s, n, i)) == NULL) {
			cp_at(s, n, i, &len);
			i += (size_t)len;
			continue;
		}
		j = skip_spaces(s, n, i + strlen(w->word));
		colon = j < n && s[j] == ':';
		if (colon)
			j = skip_spaces(s, n, j + 1);
		prev = i > 0 ? cp_before(s, n, i) : ' ';
		if (((w->flags & L_COLON) && !colon) || (is_han(prev) &&
		    !(w->flags & L_STRONG) && !((w->flags & L_GLUE) && colon &&
		    glue_ok(s, i)) && !(w->field == RW_F_REPORTER &&
		    outlet_end(prev)))) {
			cp_at(s, n, i, &len);
			i += (size_t)len;
			continue;
		}
		if (count < max) {
			out[count].field = w->field;
			out[count].start = i;
			out[count].value = j;
			out[count].colon = colon;
		}
		count++;
		i = j;
	}
	for (k = 0; k < count && k < max; k++)
		out[k].end = k + 1 < count && k + 1 < max ?
		    out[k + 1].start : n;
	return count;
}

/* Opening and closing marks stripped around names: 《》 “” "" 「」 『』. */
static const char *const marks[][2] = {
	{ "《", "》" }, { "“", "”" }, { "\"", "\"" }, { "「", "」" },
	{ "『", "』" }, { "〈", "〉" },
};

/* Characters that end a one-word field value. */
static int
ends_value(int32_t c)
{
	switch (c) {
	case '|': case '[': case ']': case '(': case ')': case '<': case '>':
	case ',': case ';': case '{': case '}':
	case 0x3010: case 0x3011:	/* 【】 */
	case 0x3001: case 0x3002:	/* 、。 */
	case 0x00b7: case 0x2022:	/* ·• */
		return 1;
	}
	return 0;
}

char *
rw_byline_outlet(const char *s, size_t n)
{
	size_t	 a = 0, b, i, k, chars = 0, m;
	int32_t	 c, prev = 0;
	int	 len, letters = 0;

	while (a < n && (s[a] == ' ' || s[a] == ':'))
		a++;
	/* A name in marks: what is inside them. */
	for (k = 0; k < sizeof(marks) / sizeof(marks[0]); k++) {
		if (!has(s, n, a, marks[k][0]))
			continue;
		m = strlen(marks[k][0]);
		for (i = a + m; i < n; i += (size_t)len) {
			cp_at(s, n, i, &len);
			if (has(s, n, i, marks[k][1]))
				break;
		}
		if (i < n) {
			a += m;
			n = i;
		}
		break;
	}
	for (i = a; i < n; i += (size_t)len) {
		c = cp_at(s, n, i, &len);
		if (c < 0 || ends_value(c))
			break;
		if (c == ' ') {
			/* Spaces separate Chinese words; "China Daily"
			 * keeps its space. */
			if (i + 1 >= n || !is_alnum((unsigned char)s[i + 1]) ||
			    !is_alnum(prev))
				break;
		}
		if (is_han(c) || is_alnum(c))
			letters++;
		prev = c;
		chars++;
	}
	b = i;
	trim(s, &a, &b);
	while (b > a && (s[b - 1] == '.' || s[b - 1] == ':' || s[b - 1] == '-'))
		b--;
	if (letters == 0 || chars > OUTLET_MAX || b == a)
		return NULL;
	return xstrndup(s + a, b - a);
}

int
rw_byline_is_unit(const char *s, size_t n)
{
	size_t	 k, chars = rw_utf8_count(s, n);

	for (k = 0; k < sizeof(unit_word) / sizeof(unit_word[0]); k++)
		if (contains(s, n, unit_word[k]))
			return 1;
	/* One-character endings (局, 处, 县 ...) only on longer words:
	 * three-character personal names end in anything. */
	if (chars >= 3)
		for (k = 0; k < sizeof(unit_suffix) / sizeof(unit_suffix[0]);
		    k++)
			if (ends_with(s, n, unit_suffix[k]))
				return 1;
	if (chars >= 4 && (ends_with(s, n, "会") || ends_with(s, n, "會") ||
	    ends_with(s, n, "科")))
		return 1;
	return 0;
}

static int
is_name_dot(int32_t c)
{
	return c == 0x00b7 || c == 0x2022 || c == 0x30fb || c == 0xff65 ||
	    c == '.';
}

/* A Chinese personal name: 2-4 Han characters, or parts joined by a
 * middle dot (阿依古丽·买买提). */
static int
chinese_name(const char *s, size_t n)
{
	size_t	 i, han = 0, dots = 0;
	int32_t	 c;
	int	 len;

	for (i = 0; i < n; i += (size_t)len) {
		c = cp_at(s, n, i, &len);
		if (is_han(c))
			han++;
		else if (is_name_dot(c) && han > 0 && i + (size_t)len < n)
			dots++;
		else
			return 0;
	}
	return dots == 0 ? han >= 2 && han <= 4 : han >= 3 && han <= 12;
}

/* A pen name or a Latin name in a 作者 field. */
static int
loose_name(const char *s, size_t n)
{
	size_t	 i, letters = 0;
	int32_t	 c;
	int	 len;

	if (n > 40)
		return 0;
	for (i = 0; i < n; i += (size_t)len) {
		c = cp_at(s, n, i, &len);
		if (c == ':' || c == '@' || c == '/' || c == '=')
			return 0;
		if (is_han(c) || (c < 0x80 && is_alnum(c) && !(c >= '0' &&
		    c <= '9')) || (c >= 0xc0 && c < 0x250))
			letters++;
	}
	return letters >= 2 && rw_utf8_count(s, n) <= 20;
}

static int
is_not_name(const char *s, size_t n)
{
	size_t	 k;

	for (k = 0; k < sizeof(not_name) / sizeof(not_name[0]); k++)
		if (strlen(not_name[k]) == n && memcmp(s, not_name[k], n) == 0)
			return 1;
	return 0;
}

static int
role_word(const char *s, size_t n)
{
	size_t	 k;

	for (k = 0; k < sizeof(role_end) / sizeof(role_end[0]); k++)
		if (ends_with(s, n, role_end[k]))
			return 1;
	return 0;
}

static int
photo_mark(const char *s, size_t n)
{
	return (n == 3 && (has(s, n, 0, "摄") || has(s, n, 0, "攝") ||
	    has(s, n, 0, "图"))) || (n == 6 && (has(s, n, 0, "摄影") ||
	    has(s, n, 0, "攝影") || has(s, n, 0, "供图")));
}

static void
push_unique(char ***v, size_t *nv, const char *s, size_t n)
{
	size_t	 k;
	char	*name = xstrndup(s, n);

	for (k = 0; k < *nv; k++)
		if (strcmp((*v)[k], name) == 0) {
			free(name);
			return;
		}
	rw_strv_push(v, nv, name);
	free(name);
}

/* Separators between names. */
static int
name_sep(int32_t c, int han_segment)
{
	return c == ',' || c == ';' || c == '/' || c == '|' || c == 0x3001 ||
	    c == 0x3002 || c == '&' || c == '(' || c == ')' || c == '[' ||
	    c == ']' || c == 0x3010 || c == 0x3011 ||
	    (c == ' ' && han_segment);
}

/*
 * rw_byline_names, also counting in *rejected the words that are neither
 * names nor credit words (报道, 摄, units).
 */
static size_t
names_ex(const char *s, size_t n, int strict, char ***v, size_t *nv,
    size_t *rejected)
{
	size_t	 i, a, b, added = 0, first = *nv;
	int32_t	 c;
	int	 len, han = 0;

	*rejected = 0;
	/* Chinese names are separated by spaces; Latin ones keep them. */
	for (i = 0; i < n; i += (size_t)len)
		if (is_han(cp_at(s, n, i, &len)))
			han = 1;
	for (a = 0; a < n; a = b) {
		for (b = a; b < n; b += (size_t)len) {
			c = cp_at(s, n, b, &len);
			if (name_sep(c, han))
				break;
		}
		i = b;
		trim(s, &a, &i);
		if (b < n)
			b += (size_t)len;
		if (i == a)
			continue;
		if (photo_mark(s + a, i - a)) {
			/* "张三 摄": the names so far are photographers. */
			while (*nv > first) {
				free((*v)[--*nv]);
				added--;
			}
			continue;
		}
		if (ends_with(s + a, i - a, "摄") || ends_with(s + a, i - a,
		    "攝"))
			continue;
		if (ends_with(s + a, i - a, "报道") || ends_with(s + a, i - a,
		    "報導")) {
			/* "张三报道" names him; in "张三 北京报道" it is
			 * where he reports from. */
			if (*nv > first)
				continue;
			i -= 6;
		}
		if (i == a || is_not_name(s + a, i - a) || role_word(s + a,
		    i - a))
			continue;
		if (!rw_byline_is_unit(s + a, i - a) && (chinese_name(s + a,
		    i - a) || (!strict && loose_name(s + a, i - a)))) {
			push_unique(v, nv, s + a, i - a);
			added = *nv - first;
		} else
			(*rejected)++;
	}
	return added;
}

size_t
rw_byline_names(const char *s, size_t n, int strict, char ***v, size_t *nv)
{
	size_t	 rejected;

	return names_ex(s, n, strict, v, nv, &rejected);
}

/* The inside of a final "(...)" of s[0..n): sets *a and *b. */
static int
last_paren(const char *s, size_t n, size_t *a, size_t *b)
{
	size_t	 i;

	while (n > 0 && (s[n - 1] == ' ' || has(s, n, n >= 3 ? n - 3 : 0,
	    "。") || s[n - 1] == '.'))
		n -= s[n - 1] == ' ' || s[n - 1] == '.' ? 1 : 3;
	if (n == 0 || s[n - 1] != ')')
		return 0;
	for (i = n - 1; i > 0 && n - i < PAREN_MAX; i--)
		if (s[i - 1] == '(' || s[i - 1] == ')')
			break;
	if (i == 0 || s[i - 1] != '(')
		return 0;
	*a = i;
	*b = n - 1;
	trim(s, a, b);
	return *b > *a;
}

/* Words after 据 that introduce no outlet: (据了解), (据统计). */
static const char *const not_outlet[] = {
	"了解", "统计", "介绍", "悉", "报道", "测算", "估计", "初步统计",
	"不完全统计", "调查", "透露", "说", "預計", "预计", "統計",
	"介紹", "瞭解",
};

char *
rw_byline_attribution(const char *s, size_t n)
{
	size_t	 a, b, k;
	char	*o;

	if (!last_paren(s, n, &a, &b))
		return NULL;
	if (has(s, b, a, "据"))
		a += strlen("据");
	else if (has(s, b, a, "據"))
		a += strlen("據");
	else
		return NULL;
	a = skip_spaces(s, b, a);
	for (k = 0; k < sizeof(not_outlet) / sizeof(not_outlet[0]); k++)
		if (has(s, b, a, not_outlet[k]))
			return NULL;
	if (ends_with(s + a, b - a, "报道") ||
	    ends_with(s + a, b - a, "報導") ||
	    ends_with(s + a, b - a, "消息"))
		b -= 6;
	else if (ends_with(s + a, b - a, "电") || ends_with(s + a, b - a, "電"))
		b -= 3;
	if ((o = rw_byline_outlet(s + a, b - a)) == NULL)
		return NULL;
	/* An outlet or an office, named in full. */
	if (!has(s, b, a, "《") && !rw_byline_is_unit(o, strlen(o)) &&
	    !contains(o, strlen(o), "新闻") &&
	    !contains(o, strlen(o), "新聞") &&
	    !ends_with(o, strlen(o), "刊") && !ends_with(o, strlen(o), "署") &&
	    !ends_with(o, strlen(o), "端")) {
		free(o);
		return NULL;
	}
	return o;
}

/*
 * An outlet's name s[0..n) glued to the role word at w: 团结报全媒体记者,
 * 湖南日报记者, or a station before a medium's role word (东陵融媒记者).
 */
static int
outlet_prefix(const char *s, size_t n, const char *w, size_t wn)
{
	size_t	 i, chars = 0;
	int32_t	 c = 0;
	int	 len;

	for (i = 0; i < n; i += (size_t)len) {
		c = cp_at(s, n, i, &len);
		if (!is_han(c))
			return 0;
		chars++;
	}
	return chars >= 2 && chars <= 12 && (outlet_end(c) ||
	    has(w, wn, 0, "融媒") || has(w, wn, 0, "全媒"));
}

/*
 * 1 if the credits start line s[0..n) (labels lab): at its start, or after
 * the reporter's outlet.
 */
static int
credits_start(const char *s, size_t n, const struct rw_label *lab)
{
	return lab[0].start == 0 || (lab[0].field == RW_F_REPORTER &&
	    outlet_prefix(s, lab[0].start, s + lab[0].start,
	    n - lab[0].start));
}

/*
 * Names in the inside of a credit "(…)": labelled, or (unless labelled
 * is set) bare names.
 */
static size_t
credit_inside(const char *s, size_t n, int labelled, char ***v, size_t *nv)
{
	struct rw_label	 lab[8];
	size_t		 nl, k, got = 0, first = *nv, rejected;

	if (has(s, n, 0, "据") || has(s, n, 0, "據"))
		return 0;
	nl = rw_byline_labels(s, n, lab, 8);
	if (nl > 8)
		return 0;
	if (nl == 0) {
		if (labelled)
			return 0;
		/* Bare names: every word must be one. */
		got = names_ex(s, n, 1, v, nv, &rejected);
		if (got == 0 || got > 4 || rejected > 0)
			goto drop;
		return got;
	}
	if (!credits_start(s, n, lab))
		return 0;
	for (k = 0; k < nl; k++) {
		if (lab[k].field == RW_F_REPORTER ||
		    lab[k].field == RW_F_AUTHOR) {
			got += names_ex(s + lab[k].value, lab[k].end -
			    lab[k].value, 1, v, nv, &rejected);
			if (rejected > 0)
				goto drop;
		} else if (lab[k].field != RW_F_EDITOR)
			goto drop;
	}
	return got;
drop:
	while (*nv > first)
		free((*v)[--*nv]);
	return 0;
}

size_t
rw_byline_credit(const char *s, size_t n, int at_start, char ***v,
    size_t *nv)
{
	size_t	 a, b, i;

	if (!at_start) {
		if (!last_paren(s, n, &a, &b))
			return 0;
		return credit_inside(s + a, b - a, 0, v, nv);
	}
	/*
	 * 本报讯(…), …电(…): the "(" right after a dateline; or a credit
	 * opening the text, "(兩岸新聞網記者林志明/福州報導)春節將至…",
	 * which must say who is credited (a bare "(北京)" is a place).
	 */
	for (i = 0; i < n && i < PAREN_MAX; i++)
		if (s[i] == '(')
			break;
	if (i >= n || i >= PAREN_MAX || (i > 0 && i < 3))
		return 0;
	b = i;
	while (b > 0 && s[b - 1] == ' ')
		b--;
	if (i > 0 && !ends_with(s, b, "讯") && !ends_with(s, b, "訊") &&
	    !ends_with(s, b, "电") && !ends_with(s, b, "電"))
		return 0;
	a = i + 1;
	for (b = a; b < n && s[b] != ')' && b - a < PAREN_MAX; b++)
		continue;
	if (b >= n || s[b] != ')')
		return 0;
	trim(s, &a, &b);
	return credit_inside(s + a, b - a, i == 0, v, nv);
}

size_t
rw_byline_line(const char *s, size_t n, char ***v, size_t *nv)
{
	struct rw_label	 lab[8];
	size_t		 nl, k, got = 0, first = *nv, a = 0, b = n, rejected;

	trim(s, &a, &b);
	if (b == a || rw_utf8_count(s + a, b - a) > 60)
		return 0;
	/* "本报记者 王五 摄": a photo credit. */
	if (ends_with(s + a, b - a, "摄") || ends_with(s + a, b - a, "攝"))
		return 0;
	nl = rw_byline_labels(s + a, b - a, lab, 8);
	if (nl == 0 || nl > 8)
		return 0;
	/* "团结报全媒体记者 向彩霞": the reporter's paper may come first */
	if (!credits_start(s + a, b - a, lab))
		return 0;
	for (k = 0; k < nl; k++) {
		size_t	 got1;

		switch (lab[k].field) {
		case RW_F_REPORTER:
		case RW_F_AUTHOR:
			got1 = names_ex(s + a + lab[k].value,
			    lab[k].end - lab[k].value, 1, v, nv, &rejected);
			/* "记者了解到，本次…" is a sentence, not a credit. */
			if (rejected > 0)
				goto drop;
			got += got1;
			break;
		case RW_F_EDITOR:
			break;
		default:
			goto drop;
		}
	}
	return got;
drop:
	while (*nv > first)
		free((*v)[--*nv]);
	return 0;
}
