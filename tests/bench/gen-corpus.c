/* SPDX-License-Identifier: ISC */
/*
 * gen-corpus - a deterministic synthetic corpus of Chinese relief-news
 * snapshot pages, for the benchmark (tests/bench/run.sh).
 *
 *	gen-corpus -n N -o DIR [--seed S] [--start K] [--scale X]
 *	    [--regions FILE] [--manifest FILE]
 *
 * Writes pages K .. K+N-1 as DIR/<page/1000>/p<page>.html and a manifest
 * (DIR/manifest.tsv unless --manifest: page, file, layout, encoding,
 * declared charset, lang, story, bytes).  Every page is a pure function
 * of (seed, page number, scale): the same arguments give the same bytes,
 * and pages of one seed written by several runs (--start) form one
 * corpus.  The five layouts
 * imitate ../shared/corpora/relief-dev (L1 snapshot aggregator, L2
 * government CMS, L3 e-paper or portal, L4 mobile, L5 roundup); about 5 %
 * of pages reprint an earlier page's story under another layout and
 * outlet.  Text comes from phrase templates with places from
 * data/regions.tsv; the bytes are really encoded (iconv) as UTF-8, GBK,
 * GB2312, GB18030 or Big5 (Traditional text through OpenCC).  --scale
 * multiplies the paragraphs and the page furniture, for the scaling check.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <iconv.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include <jansson.h>
#include <opencc/opencc.h>

#include "io.h"
#include "util.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))
#define PICK(r, a)	((a)[rng_below((r), NELEM(a))])

/* Salts keep the random streams of one page independent of each other. */
enum salt {
	SALT_PLAN = 1, SALT_STORY, SALT_PAGE, SALT_ITEMS, SALT_RENDER
};

/* splitmix64: small, fast, and the same on every libc. */
struct rng {
	uint64_t	 s;
};

static uint64_t
rng_next(struct rng *r)
{
	uint64_t	 z;

	z = (r->s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static struct rng
rng_for(uint64_t seed, uint64_t id, enum salt salt)
{
	struct rng	 r = { seed };

	r.s ^= rng_next(&r) ^ (id * 0xd1b54a32d192ed03ULL);
	r.s ^= (uint64_t)salt << 56;
	rng_next(&r);
	return r;
}

/* Uniform in [0, n); the modulo bias is irrelevant for n this small. */
static uint32_t
rng_below(struct rng *r, uint32_t n)
{
	return n == 0 ? 0 : (uint32_t)(rng_next(r) % n);
}

static int
rng_range(struct rng *r, int lo, int hi)
{
	return lo + (int)rng_below(r, (uint32_t)(hi - lo + 1));
}

static int
rng_percent(struct rng *r, int pct)
{
	return (int)rng_below(r, 100) < pct;
}

/* --- phrase tables ------------------------------------------------------ */

static const char *const campaigns[] = {
	"慈善情暖万家", "迎新春送温暖", "寒冬送温暖", "暖心敲门", "暖心煤",
	"情暖万家", "慈善一日捐", "走基层、送温暖", "冬日暖阳", "春风行动",
	"爱心年夜饭", "温暖过冬", "送温暖、献爱心", "情暖寒冬", "新春走基层",
	"微心愿", "邻里守望", "暖冬行动", "温暖回家路", "慈善助困",
};

static const char *const surnames[] = {
	"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
	"马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋",
	"唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
	"潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁",
	"任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
	"石", "廖", "贾", "夏", "韦", "方", "白", "邹", "孟", "熊", "秦", "邱",
};

static const char *const given[] = {
	"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
	"杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华",
	"玉", "兰", "萍", "红", "建", "国", "文", "辉", "力", "鹏", "宇", "浩",
	"凯", "晨", "雪", "梅", "琳", "斌", "波", "宁", "东", "海", "峰", "鑫",
	"婷", "欣", "颖", "慧", "佳", "俊", "志", "德", "福", "生", "荣", "春",
};

/* Syllables of made-up villages and towns. */
static const char *const syll[] = {
	"东", "西", "南", "北", "新", "石", "桥", "河", "坪", "沟", "湾", "坝",
	"岭", "塘", "庄", "寨", "堡", "营", "柳", "杏", "桃", "花", "丰", "安",
	"和", "平", "兴", "隆", "福", "太", "长", "宁", "青", "龙", "凤", "白",
	"红", "金", "银", "上", "下", "中", "前", "后", "大", "小", "三", "五",
};

static const char *const channels[] = {
	"首页", "要闻", "时政", "民生", "政务", "财经", "教育", "文旅", "健康",
	"体育", "乡村振兴", "图片", "视频", "专题", "评论", "法治", "科技",
	"房产", "汽车", "社会", "国际", "国内", "公益", "理论", "党建", "人事",
};

static const char *const aggregators[] = {
	"每日看点快看", "看点快报", "今日快讯", "天天快报", "资讯早知道",
};

static const char *const portals[] = {
	"公益时报网", "社会救助在线", "中国社会报", "民生网", "中国民政网",
	"社会福利在线", "慈善公益报", "民生周刊网",
};

static const char *const papers[] = { "日报", "晚报", "都市报", "新闻网" };

/* Story titles. Placeholders: see expand(). */
static const char *const titles[] = {
	"{O}筹资{f:10:99}万元开展春节走访慰问",
	"{X}启动“{C}”专项救助行动",
	"{X}发放救助资金{i:100:999}万元 惠及困难群众{i:1000:9999}户",
	"{O}开展“{C}”活动 把温暖送到困难群众身边",
	"{X}：“{C}”暖人心 困难群众温暖过冬有保障",
	"{Y}年{X}“{C}”慰问活动启动",
	"{O}多措并举 让特困群体暖暖过冬",
	"{X}发放{f:10:500}吨“暖心煤” 困难群众温暖过冬",
	"寒冬送暖意 {X}走访慰问困难群众{i:100:9999}户",
	"{O}启动两节期间社会救助“{C}”行动",
	"“{C}”进万家 {X}为困难群众办实事",
	"{X}民政部门用心用情保障困难群众温暖过冬",
};

static const char *const openings[] = {
	"{D}，{O}在{T}{V}开展“{C}”走访慰问活动，为困难群众送去节日的祝福和慰问"
	    "物资。",
	"近日，为确保人民群众安全温暖过冬，{O}积极组织动员全{S}民政系统开展{Y}"
	    "年元旦春节期间社会救助“{C}”行动。",
	"为切实做好困难群众基本生活保障工作，{O}自{D}起在全{S}范围内启动“{C}”"
	    "专项救助行动。",
	"春节临近，{O}紧扣特殊群体和群众关切两个重点，多方筹措资金，在全{S}范"
	    "围内开展走访慰问送温暖活动。",
	"寒冬已至，{X}各级民政部门坚持“应救尽救”，把困难群众的冷暖放在心上，扎"
	    "实开展“{C}”活动。",
	"日前，由{O}、{CH}联合举办的{Y}年“{C}”慰问活动在{X}启动，动员全社会献"
	    "爱心、送温暖、惠民生。",
	"本报讯 {D}，记者从{O}获悉，{X}“{C}”专项救助行动取得阶段性成效。",
	"{D}上午，{X}“{C}”慈善助困活动启动仪式在{T}举行，{O}、{CH}有关负责同志"
	    "出席活动。",
};

static const char *const figures[] = {
	"截至目前，共发放救助资金{i:20000:990000}元，惠及困难群众{Q}"
	    "{i:1000:30000}人次。",
	"{O}统筹整合各级财政资金、社会捐赠款物{Q}{f:1:9}亿元，计划走访慰问"
	    "{f:1:60}万户困难群众。",
	"活动现场，爱心企业捐赠款物{i:50:900}万元，来自{T}的{i:5:30}名困难群众"
	    "代表现场接受了慰问物资。",
	"全{S}已走访慰问低保、特困等困难群众{i:500:9999}户，发放慰问金（含物折"
	    "款）{f:1:99}万元。",
	"按照城乡低保户每户{r}元、特困供养人员每人{r}元的标准，及时足额将救助"
	    "资金发放到户到人。",
	"累计开展街面巡查{i:20:3000}次，出动救助车辆{i:10:900}台次，劝导救助流"
	    "浪乞讨人员{i:10:900}人次。",
	"向困难群众发放棉被{i:100:5000}床、棉衣{i:100:5000}件、米面油"
	    "{i:100:9000}套。",
	"{CH}募集善款{i:100:3000}{U}万元，为{i:100:5000}户困难家庭送去年货礼包"
	    "。",
	"共组织{i:100:3000}名工作人员和志愿者入户排查，走访摸排困难群众"
	    "{i:1000:50000}名。",
	"为{i:100:9000}户城乡低保户、特困户发放冬季取暖补助，标准为每户{r}元，"
	    "共计{f:10:999}万元。",
	"对农村分散供养特困人员实行全员慰问，标准不超过{r}元/人（或户）。",
	"对全{S}各福利机构按{i:2:5}000-{i:6:9}000元的标准给予慰问。",
	"为困难群众发放“暖心煤”{f:10:500}吨，覆盖困难家庭{i:100:3000}户。",
	"引入{i:3:30}家专业社会组织开展探访服务，全年探访关爱{i:10000:500000}"
	    "人次。",
	"{S}民政部门列支{i:100:3000}{U}万元，为困难群众发放一次性生活补贴。",
	"已为{i:100:2000}名高龄、独居老人送去慰问品，价值约{f:1:99}万元。",
	"在街面和站外设立了{i:10:500}个开放式救助服务点和临时避寒场所。",
	"各地还护送{i:10:900}人返乡，帮助{i:10:900}人成功寻亲。",
	"发放临时救助金{i:100000:9999999}元，救助困难群众{i:100:5000}户次。",
	"共收集困难群众微心愿{i:100:3000}条，圆梦微心愿{i:100:3000}条。",
	"慈善超市为困难群众发放爱心券{i:500:9000}份，折合金额{i:5:90}万元。",
	"累计为{i:1000:50000}名困难群众发放价值{i:10:900}万元的慰问物资。",
	"动员干部职工{i:100:5000}人次参与“{C}”活动，走访慰问{i:100:9000}户。",
	"今年以来，已累计发放各类救助资金{i:1000:29000}万多元。",
	"{CH}拨付专项资金{i:10:90}余万元用于慰问困难群众。",
	"此次活动每户发放慰问金{r}元，合计{f:1:99}万元。",
	"惠及城乡困难群众{Q}{i:1000:90000}人，其中特困人员{i:100:9000}人。",
	"{T}为{i:10:300}户困难家庭送去米、面、油等生活物资，发放慰问金{i:1:30}"
	    "万元。",
	"市县两级民政局局长走进{i:5:40}家公办养老机构，与{i:100:900}多名服务对"
	    "象同食共饭。",
	"发放救助资金{i:10000:900000}元，发放生活物资折款{i:1000:9000}元。",
};

static const char *const stories[] = {
	"走进{T}{V}，{A}岁的独居老人{N}正在院子里晒太阳。工作人员为他送去米、"
	    "面、油和棉被，详细询问他的身体状况和生活需求。",
	"“咱党的政策就是好！”{D}，特困人员{N}拉着工作人员的手，用质朴的话语表"
	    "达感激。",
	"在{T}中心敬老院，工作人员与老人们同吃一顿饭，叙家长里短，聊衣食冷暖，"
	    "话今昔苦甜。",
	"工作人员在走访中发现，{V}{A}岁的{N}家中取暖设施老旧，当即联系村委会为"
	    "其更换了电暖器。",
	"“最近身体怎么样？家里还缺什么？”工作人员每进一户都细致询问生活近况，"
	    "认真听取群众的意见建议。",
	"{T}{V}的{N}今年{A}岁，老伴去世多年，儿女在外务工。得知老人行动不便，"
	    "网格员每周上门两次，帮他打扫卫生、采购生活用品。",
};

static const char *const policies[] = {
	"此次活动坚持把维护困难群众基本生活权益作为工作的出发点和落脚点，全面"
	    "落实各项惠民政策，实现政策找人。",
	"{O}主要负责同志表示，将用好每一笔资金，开展好每一次走访，关爱好每一位"
	    "对象。",
	"各地还加强对低保、特困、低保边缘家庭等困难群众的动态监测，做到早发现"
	    "、早介入、早救助。",
	"同时，做好社会救助政策宣传和冬季安全提示，讲解冬季安全取暖、预防煤气"
	    "中毒和火灾等常识。",
	"工作人员对困难群体开展全面调查、分类掌握，弄清困难家庭有多少、难在哪"
	    "里、最急需解决什么。",
	"保持社会救助服务热线高效畅通，及时响应各类救助信息，确保困难群众“求助"
	    "有门”。",
	"对关爱探访中发现的其他救助需求，及时建立工作台账，向相关部门转介并做"
	    "好跟踪回访。",
};

static const char *const closings[] = {
	"据了解，此次走访慰问活动须在{D}前全部完成，让城乡困难群众平平安安、和"
	    "和美美过新春。",
	"下一步，{O}将持续深化“{C}”行动，不断提升困难群众的获得感、幸福感、安"
	    "全感。",
	"民生工作没有“完成时”，只有“进行时”。{X}民政系统将继续用心用情用力做好"
	    "困难群众帮扶工作。",
	"活动期间，{O}还将组织开展“{C2}”等关爱行动，让困难群众感受到党和政府的"
	    "温暖。",
};

/* Sidebar and hot-list headlines: full of numbers that are not facts of
 * the article. */
static const char *const headlines[] = {
	"全市发放冬季取暖补贴{i:100:9000}万元 惠及困难群众{f:1:9}万户",
	"区慈善会发放助学金{i:10:90}万元 资助困难学生{i:100:900}名",
	"养老服务补贴标准提高至每人每月{r}元",
	"冬季供暖启动 全市供热面积达{f:1:9}亿平方米",
	"春运首日铁路发送旅客{f:10:200}万人次",
	"市区新增公共停车泊位{i:1000:9000}个",
	"新能源汽车下乡活动启动 最高补贴{r}元",
	"省慈善总会募集善款{f:1:9}亿元用于新春慰问",
	"全省新建社区养老服务站{i:100:900}个",
	"寒潮来袭 多部门联合开放临时避寒场所{i:10:200}个",
	"元宵节期间全市接待游客{i:10:200}万人次",
	"慈善超市年销售额突破{i:100:900}万元",
	"农村公路改造提升工程完成投资{f:1:30}亿元",
	"我区为{i:100:3000}名高龄老人送去新春慰问品",
	"救助管理站开展夜间巡查{i:10:90}次 救助流浪人员{i:10:90}人次",
	"城乡低保标准上调 城市每人每月提高到{i:600:1100}元",
	"福彩公益金资助项目{i:10:300}个 投入资金{i:100:9000}万元",
	"第{i:3:20}届社区文化艺术节闭幕 {i:100:900}余个节目参演",
	"我市新增就业岗位{f:1:9}万个 城镇登记失业率{f:2:5}%",
	"残疾人两项补贴提标 惠及{i:1000:9999}余人",
	"民政部门提醒：冬季用火用电安全须知",
	"{X}召开全{S}民政工作会议 部署今年重点任务",
	"{X}“{C}”活动启动 {i:100:900}名志愿者参与",
};

/* --- places ------------------------------------------------------------- */

enum level { LV_PROVINCE, LV_PREFECTURE, LV_COUNTY };

struct place {
	unsigned	 code;
	unsigned	 parent;	/* code, 0 for provinces */
	enum level	 level;
	char		*name;
	char		*shortname;	/* "" when the table has none */
};

struct gazetteer {
	struct place	*v;		/* sorted by code */
	size_t		 n;
	size_t		*counties;	/* indexes of county-level places */
	size_t		 ncounties;
};

static int
place_cmp(const void *a, const void *b)
{
	const struct place *p = a, *q = b;

	return (p->code > q->code) - (p->code < q->code);
}

static const struct place *
gaz_find(const struct gazetteer *g, unsigned code)
{
	struct place	 key = { .code = code };

	return bsearch(&key, g->v, g->n, sizeof(*g->v), place_cmp);
}

/* Reads code, name, level, parent_code, short_name (with a header line). */
static void
gaz_load(struct gazetteer *g, const char *path)
{
	struct rw_lines	 l;
	struct rw_err	 e;
	FILE		*fp;
	char		*f[5], *s;
	size_t		 i, k;
	int		 rc;

	memset(g, 0, sizeof(*g));
	if ((fp = fopen(path, "r")) == NULL)
		err(1, "%s", path);
	rw_lines_init(&l, fp, path, 4096);
	while ((rc = rw_lines_next(&l, &e)) != 0) {
		if (rc == -1)
			errx(1, "%s", e.msg);
		for (s = l.line, k = 0; k < 5; k++)
			f[k] = strsep(&s, "\t");
		if (f[4] == NULL || strcmp(f[0], "code") == 0)
			continue;
		g->v = xreallocarray(g->v, g->n + 1, sizeof(*g->v));
		g->v[g->n].code = (unsigned)strtoul(f[0], NULL, 10);
		g->v[g->n].parent = (unsigned)strtoul(f[3], NULL, 10);
		g->v[g->n].level = strcmp(f[2], "province") == 0 ? LV_PROVINCE :
		    strcmp(f[2], "prefecture") == 0 ? LV_PREFECTURE : LV_COUNTY;
		g->v[g->n].name = xstrdup(f[1]);
		g->v[g->n].shortname = xstrdup(f[4]);
		g->n++;
	}
	rw_lines_free(&l);
	fclose(fp);
	qsort(g->v, g->n, sizeof(*g->v), place_cmp);
	g->counties = xreallocarray(NULL, g->n + 1, sizeof(*g->counties));
	for (i = 0; i < g->n; i++)
		if (g->v[i].level == LV_COUNTY && gaz_find(g, g->v[i].parent))
			g->counties[g->ncounties++] = i;
	if (g->ncounties == 0)
		errx(1, "%s: no county-level places", path);
}

static void
gaz_free(struct gazetteer *g)
{
	size_t	 i;

	for (i = 0; i < g->n; i++) {
		free(g->v[i].name);
		free(g->v[i].shortname);
	}
	free(g->v);
	free(g->counties);
}

static const char *
place_short(const struct place *p)
{
	return p->shortname[0] != '\0' ? p->shortname : p->name;
}

/* --- story context and template expansion ------------------------------- */

/* Everything a template may name, fixed for one story (or one filler). */
struct ctx {
	const struct place *prov, *city, *county;
	const char	*place;		/* the area the story is about */
	char		 scope[8];	/* place's last character: 县 市 ... */
	char		 org[160];	/* X民政局 / X民政厅 */
	char		 charity[160];
	char		 paper[160];	/* the local paper that wrote it */
	char		 reporter[2][16];
	const char	*camp, *camp2;
	int		 year, month, day;
	int		 fullwidth;	/* digits of the text are full-width */
};

/* Last UTF-8 character of s into out (at most 7 bytes). */
static void
last_char(const char *s, char out[8])
{
	size_t	 n = strlen(s), i = n;

	while (i > 0 && ((unsigned char)s[i - 1] & 0xc0) == 0x80)
		i--;
	if (i > 0)
		i--;
	snprintf(out, 8, "%s", s + i);
}

static void
person(struct rng *r, char *out, size_t size)
{
	if (rng_percent(r, 70))
		snprintf(out, size, "%s%s%s", PICK(r, surnames), PICK(r, given),
		    PICK(r, given));
	else
		snprintf(out, size, "%s%s", PICK(r, surnames), PICK(r, given));
}

static void
ctx_make(struct ctx *c, const struct gazetteer *g, struct rng *r)
{
	const struct place	*p;
	int			 roll;

	memset(c, 0, sizeof(*c));
	c->county = &g->v[g->counties[rng_below(r, (uint32_t)g->ncounties)]];
	c->city = gaz_find(g, c->county->parent);
	for (p = c->city; p != NULL && p->level != LV_PROVINCE;
	    p = gaz_find(g, p->parent))
		;
	c->prov = p != NULL ? p : c->city;
	roll = rng_range(r, 0, 99);
	if (roll < 55) {
		c->place = c->county->name;
		snprintf(c->org, sizeof(c->org), "%s民政局", c->place);
	} else if (roll < 90) {
		c->place = c->city->name;
		snprintf(c->org, sizeof(c->org), "%s民政局", c->place);
	} else {
		c->place = c->prov->name;
		snprintf(c->org, sizeof(c->org), "%s民政厅", c->place);
	}
	last_char(c->place, c->scope);
	snprintf(c->charity, sizeof(c->charity), "%s慈善%s", c->place,
	    rng_percent(r, 50) ? "总会" : "会");
	snprintf(c->paper, sizeof(c->paper), "%s%s",
	    place_short(rng_percent(r, 80) ? c->city : c->prov),
	    PICK(r, papers));
	person(r, c->reporter[0], sizeof(c->reporter[0]));
	person(r, c->reporter[1], sizeof(c->reporter[1]));
	c->camp = PICK(r, campaigns);
	do
		c->camp2 = PICK(r, campaigns);
	while (c->camp2 == c->camp);
	c->year = rng_range(r, 2018, 2024);
	c->month = PICK(r, ((const int[]){ 12, 1, 1, 2, 2 }));
	c->day = rng_range(r, 1, 28);
	c->fullwidth = rng_percent(r, 4);
}

/* Digits (and a decimal point) as the story writes them. */
static void
put_number(struct rw_buf *b, const struct ctx *c, const char *digits)
{
	for (; *digits != '\0'; digits++) {
		if (c->fullwidth && *digits >= '0' && *digits <= '9') {
			/* U+FF10 + d */
			rw_buf_addc(b, 0xef);
			rw_buf_addc(b, 0xbc);
			rw_buf_addc(b, 0x90 + (*digits - '0'));
		} else
			rw_buf_addc(b, *digits);
	}
}

static void
put_tenths(struct rw_buf *b, const struct ctx *c, int tenths)
{
	char	 s[32];

	if (tenths % 10 == 0)
		snprintf(s, sizeof(s), "%d", tenths / 10);
	else
		snprintf(s, sizeof(s), "%d.%d", tenths / 10, tenths % 10);
	put_number(b, c, s);
}

static void
html_escape(struct rw_buf *b, const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&':
			rw_buf_adds(b, "&amp;");
			break;
		case '<':
			rw_buf_adds(b, "&lt;");
			break;
		case '>':
			rw_buf_adds(b, "&gt;");
			break;
		case '"':
			rw_buf_adds(b, "&quot;");
			break;
		default:
			rw_buf_addc(b, s[i]);
		}
	}
}

/*
 * Appends template t with its placeholders filled: {O} organisation, {X}
 * place, {S} its level (县, 市 ...), {P} province, {C} {C2} campaigns,
 * {CH} charity, {D} event date, {Y} year, {T} town, {V} village, {N}
 * person, {A} age, {i:LO:HI} integer, {f:LO:HI} one decimal, {r} a round
 * rate, {Q} an "about" qualifier, {U} an "over" suffix.
 */
static void
expand(struct rw_buf *b, const char *t, const struct ctx *c, struct rng *r)
{
	static const int rates[] = { 100, 150, 200, 240, 300, 360, 400, 500,
	    600, 800, 1000, 1200, 1500, 2000 };
	char		 key[24], num[32], name[16];
	const char	*q;
	size_t		 n;
	int		 lo, hi;

	while ((q = strchr(t, '{')) != NULL) {
		rw_buf_add(b, t, (size_t)(q - t));
		n = strcspn(q + 1, "}");
		if (n >= sizeof(key) || q[1 + n] != '}')
			errx(1, "bad template: %s", t);
		memcpy(key, q + 1, n);
		key[n] = '\0';
		t = q + n + 2;
		if (strcmp(key, "O") == 0)
			rw_buf_adds(b, c->org);
		else if (strcmp(key, "X") == 0)
			rw_buf_adds(b, c->place);
		else if (strcmp(key, "S") == 0)
			rw_buf_adds(b, c->scope);
		else if (strcmp(key, "P") == 0)
			rw_buf_adds(b, c->prov->name);
		else if (strcmp(key, "C") == 0)
			rw_buf_adds(b, c->camp);
		else if (strcmp(key, "C2") == 0)
			rw_buf_adds(b, c->camp2);
		else if (strcmp(key, "CH") == 0)
			rw_buf_adds(b, c->charity);
		else if (strcmp(key, "D") == 0) {
			snprintf(num, sizeof(num), "%d", c->month);
			put_number(b, c, num);
			rw_buf_adds(b, "月");
			snprintf(num, sizeof(num), "%d", c->day);
			put_number(b, c, num);
			rw_buf_adds(b, "日");
		} else if (strcmp(key, "Y") == 0) {
			snprintf(num, sizeof(num), "%d", c->year);
			put_number(b, c, num);
		} else if (strcmp(key, "T") == 0)
			rw_buf_printf(b, "%s%s%s", PICK(r, syll), PICK(r, syll),
			    rng_percent(r, 70) ? "镇" : "乡");
		else if (strcmp(key, "V") == 0)
			rw_buf_printf(b, "%s%s村", PICK(r, syll),
			    PICK(r, syll));
		else if (strcmp(key, "N") == 0) {
			person(r, name, sizeof(name));
			rw_buf_adds(b, name);
		} else if (strcmp(key, "A") == 0) {
			snprintf(num, sizeof(num), "%d", rng_range(r, 62, 96));
			put_number(b, c, num);
		} else if (sscanf(key, "i:%d:%d", &lo, &hi) == 2) {
			snprintf(num, sizeof(num), "%d", rng_range(r, lo, hi));
			put_number(b, c, num);
		} else if (sscanf(key, "f:%d:%d", &lo, &hi) == 2)
			put_tenths(b, c, rng_range(r, lo * 10, hi * 10));
		else if (strcmp(key, "r") == 0) {
			snprintf(num, sizeof(num), "%d", PICK(r, rates));
			put_number(b, c, num);
		} else if (strcmp(key, "Q") == 0)
			rw_buf_adds(b, PICK(r, ((const char *const[]){ "", "",
			    "约", "近", "将近" })));
		else if (strcmp(key, "U") == 0)
			rw_buf_adds(b, PICK(r, ((const char *const[]){ "",
			    "余", "多" })));
		else
			errx(1, "bad placeholder {%s}", key);
	}
	rw_buf_adds(b, t);
}

/* The expansion of a random template of a table, as a new string. */
static char *
expand_new(const char *const *tab, size_t n, const struct ctx *c,
    struct rng *r)
{
	struct rw_buf	 b = RW_BUF_INIT;

	expand(&b, tab[rng_below(r, (uint32_t)n)], c, r);
	return rw_buf_take(&b);
}
#define EXPAND(tab, c, r)	expand_new((tab), NELEM(tab), (c), (r))

/* --- stories ------------------------------------------------------------ */

/* One news item: an article has one, a roundup several. */
struct item {
	struct ctx	 c;
	char		*title;
	char		*subtitle;	/* may be NULL */
	char		**paras;
	size_t		 npara;
	char		*credit;	/* "据XX", may be NULL */
};

static void
para_add(struct item *it, struct rw_buf *b)
{
	rw_strv_push(&it->paras, &it->npara, rw_buf_cstr(b));
	rw_buf_truncate(b, 0);
}

/*
 * The item of story sid: a pure function of (seed, sid); short items are
 * roundup entries.  scale multiplies the paragraphs.
 */
static void
item_make(struct item *it, const struct gazetteer *g, uint64_t seed,
    uint64_t sid, int isshort, int scale)
{
	struct rng	 r = rng_for(seed, sid, SALT_STORY);
	struct rw_buf	 b = RW_BUF_INIT;
	uint32_t	 f;
	int		 np, k, s;

	memset(it, 0, sizeof(*it));
	ctx_make(&it->c, g, &r);
	it->title = EXPAND(titles, &it->c, &r);
	if (rng_percent(&r, 30))
		it->subtitle = xasprintf("——%s“%s”工作纪实", it->c.place,
		    it->c.camp);
	np = (isshort ? rng_range(&r, 2, 4) : rng_range(&r, 5, 11)) * scale;
	expand(&b, PICK(&r, openings), &it->c, &r);
	para_add(it, &b);
	for (k = 1; k < np - 1; k++) {
		switch (rng_below(&r, 6)) {
		case 0:
			expand(&b, PICK(&r, stories), &it->c, &r);
			break;
		case 1:
			expand(&b, PICK(&r, policies), &it->c, &r);
			expand(&b, PICK(&r, figures), &it->c, &r);
			break;
		default:
			/* Consecutive sentences from different templates. */
			f = rng_below(&r, NELEM(figures));
			for (s = rng_range(&r, 2, 4); s > 0; s--) {
				f = (f + 1 + rng_below(&r,
				    NELEM(figures) - 1)) % NELEM(figures);
				expand(&b, figures[f], &it->c, &r);
			}
			if (rng_percent(&r, 40))
				expand(&b, PICK(&r, policies), &it->c, &r);
		}
		para_add(it, &b);
	}
	expand(&b, PICK(&r, closings), &it->c, &r);
	para_add(it, &b);
	rw_buf_free(&b);
	switch (rng_below(&r, 4)) {
	case 0:
		it->credit = xasprintf("据%s", it->c.paper);
		break;
	case 1:
		it->credit = xasprintf("据%s", it->c.org);
		break;
	case 2:
		if (isshort)
			it->credit = xasprintf("据%s民政厅", it->c.prov->name);
		break;
	default:
		break;
	}
}

static void
item_free(struct item *it)
{
	free(it->title);
	free(it->subtitle);
	rw_strv_free(it->paras, it->npara);
	free(it->credit);
}

static size_t
item_bytes(const struct item *it)
{
	size_t	 i, n = strlen(it->title);

	for (i = 0; i < it->npara; i++)
		n += strlen(it->paras[i]) + 16;
	return n;
}

/* --- page plan ---------------------------------------------------------- */

enum layout { L1, L2, L3, L4, L5 };

enum enc {
	ENC_UTF8, ENC_UTF8_TRAD, ENC_UTF8_BOM, ENC_GBK, ENC_GB2312,
	ENC_GBK_NONE, ENC_GB18030, ENC_BIG5
};

static const struct {
	const char	*iconv;		/* target of the conversion */
	const char	*decl;		/* charset the page declares, or NULL */
	const char	*name;		/* for the manifest */
	int		 trad;
} encs[] = {
	[ENC_UTF8] = { NULL, "utf-8", "UTF-8", 0 },
	[ENC_UTF8_TRAD] = { NULL, "utf-8", "UTF-8", 1 },
	[ENC_UTF8_BOM] = { NULL, NULL, "UTF-8", 0 },
	[ENC_GBK] = { "GBK", "gbk", "GBK", 0 },
	[ENC_GB2312] = { "GB2312", "gb2312", "GBK", 0 },
	[ENC_GBK_NONE] = { "GBK", NULL, "GBK", 0 },
	[ENC_GB18030] = { "GB18030", "gb18030", "GB18030", 0 },
	[ENC_BIG5] = { "BIG5", "big5", "Big5", 1 },
};

struct plan {
	enum layout	 layout;
	enum enc	 enc;
	int		 reprint;
	uint64_t	 story;		/* page whose story this page tells */
	int		 nitems;
};

static const char *const layout_names[] = { "L1", "L2", "L3", "L4", "L5" };

/* Layout and reprint flag of page i, without looking at other pages. */
static void
plan_base(uint64_t seed, uint64_t i, enum layout *lay, int *reprint)
{
	struct rng	 r = rng_for(seed, i, SALT_PLAN);
	int		 roll = rng_range(&r, 0, 99);

	*lay = roll < 20 ? L1 : roll < 45 ? L2 : roll < 70 ? L3 : roll < 85 ?
	    L4 : L5;
	*reprint = i >= 20 && rng_percent(&r, 5);
}

static void
plan_make(struct plan *p, uint64_t seed, uint64_t i)
{
	struct rng	 r = rng_for(seed, i, SALT_PAGE);
	struct rng	 sr;
	enum layout	 jl;
	uint64_t	 j;
	int		 jr, tries, roll;

	plan_base(seed, i, &p->layout, &p->reprint);
	p->story = i;
	/* A reprint retells an earlier original (never a reprint), under
	 * another layout unless it is a roundup. */
	for (tries = 0; p->reprint && tries < 8; tries++) {
		j = rng_next(&r) % i;
		plan_base(seed, j, &jl, &jr);
		if (jr)
			continue;
		p->story = j;
		if (jl == L5)
			p->layout = L5;
		else if (p->layout == jl || p->layout == L5)
			p->layout = (enum layout)((jl + 1 + rng_below(&r, 3)) %
			    4);
		break;
	}
	if (p->story == i)
		p->reprint = 0;
	sr = rng_for(seed, p->story, SALT_ITEMS);
	p->nitems = p->layout == L5 ? 2 + (int)(rng_next(&sr) % 4) : 1;
	roll = rng_range(&r, 0, 99);
	p->enc = roll < 58 ? ENC_UTF8 : roll < 60 ? ENC_UTF8_TRAD : roll < 72 ?
	    ENC_GBK : roll < 81 ? ENC_GB2312 : roll < 90 ? ENC_GBK_NONE :
	    roll < 95 ? ENC_BIG5 : roll < 98 ? ENC_UTF8_BOM : ENC_GB18030;
}

/* --- page furniture: the bulk of a real page ---------------------------- */

struct page {
	const struct gazetteer *g;
	struct plan	 p;
	uint64_t	 no;
	struct item	*items;
	const struct ctx *c;		/* the first item's */
	struct rng	 r;		/* rendering choices */
	int		 y, mo, d, h, mi;	/* publication time */
	size_t		 css, js, nav, side, lists;	/* filler budgets */
	int		 scale;
};

enum list_style { LS_DATED, LS_PLAIN, LS_BRACKET, LS_BR };

static void
fill_css(struct rw_buf *b, struct rng *r, size_t budget)
{
	static const char *const sel[] = { "div", "p", "a", "li", "span",
	    "h3", "ul", "img", "em", "td" };
	static const char *const pre[] = { "nav", "box", "list", "art", "side",
	    "hd", "ft", "tab", "pic", "btn", "ad", "sub" };
	size_t	 end = b->len + budget;

	while (b->len < end)
		rw_buf_printf(b, ".%s-%x %s{margin:%upx %upx;padding:%upx;"
		    "color:#%06x;font-size:%upx;line-height:%upx}\n",
		    PICK(r, pre), rng_below(r, 0xfff), PICK(r, sel),
		    rng_below(r, 20), rng_below(r, 20), rng_below(r, 12),
		    rng_below(r, 0xffffff), 12 + rng_below(r, 10),
		    18 + rng_below(r, 20));
}

static void
fill_js(struct rw_buf *b, const struct gazetteer *g, struct rng *r,
    size_t budget)
{
	struct ctx	 tc;
	size_t		 end = b->len + budget;
	unsigned	 a;

	ctx_make(&tc, g, r);
	while (b->len < end) {
		a = rng_below(r, 99999);
		switch (rng_below(r, 5)) {
		case 0:
			rw_buf_printf(b, "var _c%x={id:%u,ch:\"c%u\",ts:%u,"
			    "ab:[%u,"
			    "%u,%u],on:%s};\n", a, rng_below(r, 1u << 30),
			    rng_below(r, 40),
			    1600000000 + rng_below(r, 1u << 27),
			    rng_below(r, 9), rng_below(r, 99),
			    rng_below(r, 999),
			    rng_percent(r, 50) ? "true" : "false");
			break;
		case 1:
			rw_buf_printf(b, "function f%x(a,b){var c=a.length;"
			    "for(var i=0;i<c;i++){if(a[i]===b)return i}"
			    "return -1}\n", a);
			break;
		case 2:
			rw_buf_printf(b, "$(\"#m%u\").on(\"click\",function(){"
			    "_hmt.push([\"_trackEvent\",\"nav\",\"%u\"])});\n",
			    a, rng_below(r, 999));
			break;
		case 3:
			rw_buf_printf(b, "if(document.getElementById(\"ad%u\"))"
			    "{document.getElementById(\"ad%u\").style.display="
			    "\"none\";}\n", a, a);
			break;
		default:
			rw_buf_adds(b, "window.__DATA__.list.push({\"t\":\"");
			expand(b, PICK(r, headlines), &tc, r);
			rw_buf_printf(b, "\",\"u\":\"/html/%u.html\"});\n", a);
		}
	}
}

static void
fill_nav(struct rw_buf *b, const struct gazetteer *g, struct rng *r,
    size_t budget)
{
	size_t		 end = b->len + budget;
	const char	*name;

	while (b->len < end) {
		if (rng_percent(r, 50))
			name = PICK(r, channels);
		else
			name = g->v[g->counties[rng_below(r,
			    (uint32_t)g->ncounties)]].name;
		rw_buf_printf(b, "<li><a href=\"/c%u/\">%s</a></li>",
		    rng_below(r, 9999), name);
		if (rng_percent(r, 15))
			rw_buf_addc(b, '\n');
	}
	rw_buf_addc(b, '\n');
}

/* Lists of other stories' headlines, each with a date near year. */
static void
fill_list(struct rw_buf *b, const struct gazetteer *g, struct rng *r,
    size_t budget, int year, enum list_style st)
{
	struct rw_buf	 h = RW_BUF_INIT;
	struct ctx	 tc;
	size_t		 end = b->len + budget;
	unsigned	 y, m, d, id;

	ctx_make(&tc, g, r);
	while (b->len < end) {
		rw_buf_truncate(&h, 0);
		expand(&h, PICK(r, headlines), &tc, r);
		y = (unsigned)year - rng_below(r, 2);
		m = 1 + rng_below(r, 12);
		d = 1 + rng_below(r, 28);
		id = 100000 + rng_below(r, 900000);
		switch (st) {
		case LS_DATED:
			rw_buf_printf(b, "<li><a href=\"/html/%u/%02u%02u/"
			    "%u.html\" title=\"%s\">%s</a><span class=\"date\">"
			    "%u-%02u-%02u</span></li>\n", y, m, d, id, h.data,
			    h.data, y, m, d);
			break;
		case LS_PLAIN:
			rw_buf_printf(b, "<li><a href=\"/html/%u/%02u%02u/"
			    "%u.html\""
			    " title=\"%s\">%s</a></li>\n", y, m, d, id, h.data,
			    h.data);
			break;
		case LS_BRACKET:
			rw_buf_printf(b, "<li><a href=\"/xwzx/%u.html\">%s</a>"
			    "<span>[%u-%02u-%02u]</span></li>\n", id, h.data, y,
			    m, d);
			break;
		case LS_BR:
			rw_buf_printf(b, "<a href=\"/p/%u.html\">%s</a><br/>\n",
			    id,
			    h.data);
			break;
		}
	}
	rw_buf_free(&h);
}

/* The aggregator's related snippets, some with their own 本文转自 line. */
static void
fill_snippets(struct rw_buf *b, const struct gazetteer *g, struct rng *r,
    size_t budget, int year)
{
	struct rw_buf	 s = RW_BUF_INIT;
	struct ctx	 tc;
	size_t		 end = b->len + budget;

	while (b->len < end) {
		ctx_make(&tc, g, r);
		rw_buf_truncate(&s, 0);
		if (rng_percent(r, 40))
			rw_buf_printf(&s, "本文转自:%s", tc.paper);
		else
			rw_buf_adds(&s, "...");
		expand(&s, PICK(r, openings), &tc, r);
		expand(&s, PICK(r, figures), &tc, r);
		if (rng_percent(r, 50))
			rw_buf_printf(b, "<li><p class=\"zy\"><a href=\"/kz/"
			    "%u.html\" target="
			    "\"_blank\">%s</a></p>", rng_below(r, 9999999),
			    s.data);
		else {
			rw_buf_printf(b, "<li><h4><a href=\"/kz/%u.html\" "
			    "target=\"_blank\">", rng_below(r, 9999999));
			expand(b, PICK(r, titles), &tc, r);
			rw_buf_printf(b, "</a></h4><p class=\"zy\">%s</p>",
			    s.data);
		}
		rw_buf_printf(b, "<span class=\"sj\">%d-%02u-%02u %02u:%02u:00"
		    "</span></li>\n", year - (int)rng_below(r, 3),
		    1 + rng_below(r, 12), 1 + rng_below(r, 28),
		    rng_below(r, 24),
		    rng_below(r, 60));
	}
	rw_buf_free(&s);
}

/* Paragraphs of one item as <p> elements; indent is the e-paper's. */
static void
put_paras(struct rw_buf *b, const struct item *it, const char *open,
    const char *indent)
{
	size_t	 i;

	for (i = 0; i < it->npara; i++) {
		rw_buf_adds(b, open);
		rw_buf_adds(b, indent);
		html_escape(b, it->paras[i], strlen(it->paras[i]));
		rw_buf_adds(b, "</p>\n");
	}
}

static void
put_esc(struct rw_buf *b, const char *s)
{
	html_escape(b, s, strlen(s));
}

static void
put_charset(struct rw_buf *b, const struct page *pg, int html5)
{
	const char	*decl = encs[pg->p.enc].decl;

	if (decl == NULL)
		return;
	if (html5)
		rw_buf_printf(b, "<meta charset=\"%s\">\n", decl);
	else
		rw_buf_printf(b, "<meta http-equiv=\"Content-Type\" "
		    "content=\"text/html; charset=%s\" />\n", decl);
}

static void
put_style_script(struct rw_buf *b, struct page *pg)
{
	rw_buf_adds(b, "<style type=\"text/css\">\n");
	fill_css(b, &pg->r, pg->css);
	rw_buf_adds(b, "</style>\n<script type=\"text/javascript\">\n"
	    "var _hmt = _hmt || [];\nwindow.__DATA__ = {list: []};\n");
	fill_js(b, pg->g, &pg->r, pg->js / 2);
	rw_buf_adds(b, "</script>\n");
}

static void
put_tail_script(struct rw_buf *b, struct page *pg)
{
	rw_buf_adds(b, "<script type=\"text/javascript\">\n");
	fill_js(b, pg->g, &pg->r, pg->js - pg->js / 2);
	rw_buf_adds(b, "</script>\n</body>\n</html>\n");
}

/* --- the five layouts ---------------------------------------------------- */

/* L1: snapshot aggregator, in the style of relief-dev's L1 pages. */
static void
render_l1(struct rw_buf *b, struct page *pg)
{
	const struct item	*it = &pg->items[0];
	struct rng		*r = &pg->r;

	rw_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
	put_charset(b, pg, 1);
	rw_buf_adds(b, "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1.0\">\n<title>");
	put_esc(b, it->title);
	rw_buf_adds(b, "_国内_资讯快照</title>\n<meta name=\"description\" "
	    "content=\"");
	put_esc(b, it->paras[0]);
	rw_buf_printf(b, "\">\n<link rel=\"canonical\" href=\"http://kz.example"
	    ".cn/kz/%d/%02d%02d/%" PRIu64 ".html\">\n", pg->y, pg->mo, pg->d,
	    pg->no + 10000000);
	put_style_script(b, pg);
	rw_buf_adds(b, "</head>\n<body>\n<div class=\"head\">\n<ul class=\""
	    "top-nav\"><li class=\"dy\"><a href=\"/user/dingyue/\">我的订阅</a>"
	    "<ul class=\"sub\"><li class=\"on\"><a href=\"/guonei/\">国内</a>"
	    "</li></ul></li>\n");
	fill_nav(b, pg->g, r, pg->nav);
	rw_buf_adds(b, "</ul>\n<form class=\"so\" action=\"/search/\"><input "
	    "name=\"q\" placeholder=\"搜索资讯快照\"><button>搜索</button></"
	    "form>\n</div>\n<div class=\"wrap\">\n<div class=\"main\">\n<div "
	    "class=\"art\">\n<h1>");
	put_esc(b, it->title);
	rw_buf_printf(b, "</h1>\n<div class=\"art-info\"><span>类别:国内</span>"
	    "&nbsp;<span>发布时间:%d-%02d-%02d %02d:%02d:00</span>&nbsp;<span>"
	    "来源:%s</span></div>\n<div class=\"art-body\">\n", pg->y, pg->mo,
	    pg->d, pg->h, pg->mi, PICK(r, aggregators));
	if (pg->p.reprint || rng_percent(r, 70))
		rw_buf_printf(b, "<p class=\"zhuanzai\">本文转自:%s</p>\n",
		    it->c.paper);
	rw_buf_adds(b, "<p>");
	put_esc(b, it->title);
	rw_buf_adds(b, "</p>\n");
	if (it->subtitle != NULL)
		rw_buf_printf(b, "<p>%s</p>\n", it->subtitle);
	if (rng_percent(r, 60)) {
		rw_buf_printf(b, "<div class=\"pic\"><img src=\"/upload/%d/"
		    "%02d%02d/"
		    "%u.jpg\"><p>", pg->y, pg->mo, pg->d, rng_below(r, 99999));
		put_esc(b, it->title);
		rw_buf_printf(b, "</p></div>\n<p class=\"pic-note\">"
		    "工作人员为困难群众送去慰问物资。"
		    "（资料照片 %s提供）</p>\n", it->c.org);
	}
	rw_buf_printf(b, "<p>本报记者 %s</p>\n", it->c.reporter[0]);
	put_paras(b, it, "<p>", "");
	if (it->credit != NULL)
		rw_buf_printf(b, "<p>（%s）</p>\n", it->credit);
	rw_buf_printf(b, "</div>\n<div class=\"kz-note\">\n<p>"
	    "以上内容为资讯信息快照，由爬虫进行采集并收录，"
	    "本站未对信息做任何修改，信息内容不代表本站立场。</p>\n<p>"
	    "快照生成时间:%d-%02d-%02d %02d:%02d:%02u</p>\n<p>信息原文地址:<a "
	    "href=\"\" rel=\"nofollow\"></a></p>\n</div>\n</div>\n<div class=\""
	    "xg\"><ul>\n", pg->y, pg->mo, pg->d, (pg->h + 2) % 24,
	    pg->mi, rng_below(r, 60));
	fill_snippets(b, pg->g, r, pg->lists / 2, pg->y);
	rw_buf_adds(b, "</ul></div>\n<div class=\"more\"><h3>"
	    "更多关于国内的资讯:</h3><ul>\n");
	fill_list(b, pg->g, r, pg->lists - pg->lists / 2, pg->y + 1, LS_DATED);
	rw_buf_adds(b, "</ul></div>\n</div>\n<div class=\"side\">\n<div class="
	    "\"box\"><h3>热门快照</h3><ul>\n");
	fill_list(b, pg->g, r, pg->side, pg->y, LS_DATED);
	rw_buf_adds(b, "</ul></div>\n<div class=\"box ad\"><script src=\"/"
	    "static/js/ad_side.js\"></script></div>\n</div>\n</div>\n<div "
	    "class=\"foot\">\n<p><a href=\"/about/\">关于我们</a> | <a href=\"/"
	    "contact/\">联系我们</a> | <a href=\"/copyright/\">版权声明</a></p>"
	    "\n<p>Copyright &copy; 2019-2024 资讯快照 All Rights Reserved.</p>"
	    "\n</div>\n");
	put_tail_script(b, pg);
}

/* L2: a county or city government CMS article. */
static void
render_l2(struct rw_buf *b, struct page *pg)
{
	const struct item	*it = &pg->items[0];
	struct rng		*r = &pg->r;
	char			 site[200];
	const char		*src;

	snprintf(site, sizeof(site), "%s人民政府", it->c.place);
	src = pg->p.reprint || rng_percent(r, 30) ? it->c.paper : it->c.org;
	rw_buf_adds(b, "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 "
	    "Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-"
	    "transitional.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
	    "\n<head>\n");
	put_charset(b, pg, 0);
	rw_buf_adds(b, "<title>");
	put_esc(b, it->title);
	rw_buf_printf(b, "_%s</title>\n<meta name=\"SiteName\" content=\"%s\">"
	    "\n<meta name=\"ColumnName\" content=\"民政动态\">\n<meta name=\""
	    "ArticleTitle\" content=\"", site, site);
	put_esc(b, it->title);
	rw_buf_printf(b, "\">\n<meta name=\"PubDate\" content=\"%d-%02d-%02d "
	    "%02d:%02d\">\n<meta name=\"ContentSource\" content=\"%s\">\n",
	    pg->y, pg->mo, pg->d, pg->h, pg->mi, src);
	put_style_script(b, pg);
	rw_buf_printf(b, "</head>\n<body>\n<div class=\"topbar\"><span class=\""
	    "links\"><a href=\"javascript:void(0)\">设为首页</a> | <a href=\""
	    "javascript:void(0)\">加入收藏</a> | <a href=\"/wap/\">手机版</a>"
	    "</span></div>\n<div class=\"banner\"><img src=\"/images/banner_%u."
	    "jpg\" alt=\"%s\" /></div>\n<div class=\"menu\"><ul>\n",
	    rng_below(r, 9), site);
	fill_nav(b, pg->g, r, pg->nav);
	rw_buf_adds(b, "</ul></div>\n<div class=\"w1000 main\">\n<div class=\""
	    "position\">当前位置:<a href=\"/\">首页</a> &gt; <a href=\"/xwzx/\""
	    ">新闻中心</a> &gt; <a href=\"/mzdt/\">民政动态</a></div>\n<div "
	    "class=\"article\">\n<h1>");
	put_esc(b, it->title);
	rw_buf_adds(b, "</h1>\n<div class=\"info\">");
	if (rng_percent(r, 50))
		rw_buf_printf(b, "发布日期:%d年%d月%d日", pg->y, pg->mo, pg->d);
	else
		rw_buf_printf(b, "发布时间:%d-%02d-%02d %02d:%02d", pg->y,
		    pg->mo,
		    pg->d, pg->h, pg->mi);
	rw_buf_printf(b, "&nbsp;&nbsp;&nbsp;来源:%s&nbsp;&nbsp;&nbsp;"
	    "作者:%s&nbsp;&nbsp;&nbsp;浏览次数:<span id=\"hits\">%u</span>"
	    "&nbsp;&nbsp;【字体:<a href=\"javascript:doZoom(18)\">大</a> <a "
	    "href=\"javascript:doZoom(16)\">中</a> <a href=\""
	    "javascript:doZoom(14)\">小</a>】</div>\n<div class=\"content\" id="
	    "\"zoom\">\n", src, rng_percent(r, 50) ?
	    it->c.reporter[0] : "县民政局", rng_below(r, 9999));
	put_paras(b, it, "<p style=\"text-indent:2em;font-family:仿宋_GB2312;"
	    "font-size:16pt;line-height:28pt;\">", "");
	rw_buf_printf(b, "</div>\n<div class=\"share\">分享到:<a class=\""
	    "bds_weixin\" title=\"分享到微信\"></a><a class=\"bds_tsina\"></a>"
	    "</div>\n<div class=\"tools\"><a href=\"javascript:window.print()\""
	    ">【打印本页】</a>&nbsp;<a href=\"javascript:window.close()\">"
	    "【关闭窗口】</a></div>\n<div class=\"prevnext\">\n<p>上一篇:<a "
	    "href=\"/xwzx/mzdt/%u.html\">"
	    "县医保局开展定点医药机构春节前专项检查</a> [%d-%02d-%02d]</p>\n<p>"
	    "下一篇:<a href=\"/xwzx/mzdt/%u.html\">"
	    "全县冬季森林防火工作会议召开</a></p>\n</div>\n<div class=\""
	    "xglist\""
	    "><h3>相关文章</h3><ul>\n", rng_below(r, 99999), pg->y, pg->mo,
	    pg->d, rng_below(r, 99999));
	fill_list(b, pg->g, r, pg->lists, pg->y, LS_BRACKET);
	rw_buf_adds(b, "</ul></div>\n</div>\n<div class=\"side\"><h3>最新动态"
	    "</h3><ul>\n");
	fill_list(b, pg->g, r, pg->side, pg->y, LS_BRACKET);
	rw_buf_printf(b, "</ul></div>\n</div>\n<div class=\"footer\">\n<p>"
	    "主办:%s办公室&nbsp;&nbsp;承办:%s电子政务办公室</p>\n<p><a href=\""
	    "https://beian.miit.gov.cn/\">ICP备%08u号</a>&nbsp;&nbsp;公网安备 "
	    "%u号&nbsp;&nbsp;网站标识码:%u</p>\n</div>\n", site, site,
	    rng_below(r, 99999999), 100000000 + rng_below(r, 899999999),
	    1000000000 + rng_below(r, 899999999));
	put_tail_script(b, pg);
}

/* The portal variant of L3 carries a JSON-LD block. */
static void
put_jsonld(struct rw_buf *b, const struct page *pg, const char *site)
{
	const struct item	*it = &pg->items[0];
	json_t			*o;
	char			*s, date[32];

	snprintf(date, sizeof(date), "%d-%02d-%02dT%02d:%02d:00+08:00", pg->y,
	    pg->mo, pg->d, pg->h, pg->mi);
	o = json_pack("{s:s, s:s, s:s, s:s, s:{s:s, s:s}, s:{s:s, s:s}}",
	    "@context", "https://schema.org", "@type", "NewsArticle",
	    "headline", it->title, "datePublished", date,
	    "author", "@type", "Person", "name", it->c.reporter[0],
	    "publisher", "@type", "Organization", "name", site);
	if (o == NULL || (s = json_dumps(o, JSON_SORT_KEYS | JSON_COMPACT |
	    JSON_ESCAPE_SLASH)) == NULL)
		errx(1, "json-ld: out of memory");
	rw_buf_printf(b, "<script type=\"application/ld+json\">%s</script>\n",
	    s);
	free(s);
	json_decref(o);
}

/* L3: newspaper e-paper or news portal, sidebars full of numbers. */
static void
render_l3(struct rw_buf *b, struct page *pg)
{
	const struct item	*it = &pg->items[0];
	struct rng		*r = &pg->r;
	int			 epaper = rng_percent(r, 50);
	int			 page = rng_range(r, 1, 8);
	char			 site[200];

	if (epaper)
		snprintf(site, sizeof(site), "%s", it->c.paper);
	else
		snprintf(site, sizeof(site), "%s", PICK(r, portals));
	rw_buf_adds(b, "<!DOCTYPE html>\n<html>\n<head>\n");
	put_charset(b, pg, !epaper);
	rw_buf_adds(b, "<title>");
	if (epaper)
		rw_buf_printf(b, "%s-%d年%02d月%02d日-第%02d版:要闻-", site,
		    pg->y,
		    pg->mo, pg->d, page);
	put_esc(b, it->title);
	if (!epaper)
		rw_buf_printf(b, " - %s", site);
	rw_buf_adds(b, "</title>\n");
	if (!epaper)
		put_jsonld(b, pg, site);
	put_style_script(b, pg);
	rw_buf_printf(b, "</head>\n<body>\n<div id=\"header\"><div class=\"logo"
	    "\"><img src=\"/images/logo.png\" alt=\"%s\"></div>\n", site);
	if (epaper)
		rw_buf_printf(b, "<div class=\"dateline\">"
		    "%d年%02d月%02d日&nbsp;"
		    "&nbsp;第%02d版:要闻</div>\n", pg->y, pg->mo, pg->d, page);
	rw_buf_adds(b, "<ul class=\"channel\">\n");
	fill_nav(b, pg->g, r, pg->nav);
	rw_buf_adds(b, "</ul></div>\n<table width=\"1000\" align=\"center\">"
	    "<tr>\n<td class=\"left\" valign=\"top\"><div class=\"bmdh\"><h4>"
	    "版面导航</h4><ul>\n");
	fill_list(b, pg->g, r, pg->lists / 3, pg->y, LS_PLAIN);
	rw_buf_adds(b, "</ul></div></td>\n<td class=\"main\" valign=\"top\">"
	    "<div class=\"article\">\n");
	if (rng_percent(r, 30))
		rw_buf_printf(b, "<h3 class=\"yt\">%s“%s”</h3>\n", it->c.place,
		    it->c.camp);
	rw_buf_adds(b, "<h1>");
	put_esc(b, it->title);
	rw_buf_adds(b, "</h1>\n");
	if (it->subtitle != NULL)
		rw_buf_printf(b, "<h2 class=\"ft\">%s</h2>\n", it->subtitle);
	if (epaper)
		rw_buf_printf(b, "<div class=\"zz\">本报记者 %s</div>\n",
		    it->c.reporter[0]);
	else
		rw_buf_printf(b, "<div class=\"info\"><span class=\"time\">"
		    "%d-%02d-%02d %02d:%02d</span>&nbsp;&nbsp;<span class=\""
		    "source\">来源:%s</span>&nbsp;&nbsp;<span class=\"author\">"
		    "作者:%s %s</"
		    "span></div>\n", pg->y, pg->mo, pg->d, pg->h, pg->mi, site,
		    it->c.reporter[0], it->c.reporter[1]);
	rw_buf_adds(b, "<div id=\"ozoom\" class=\"ozoom\">\n<!--enpcontent-->");
	put_paras(b, it, "<p>", epaper ? "　　" : "");
	rw_buf_adds(b, "<!--/enpcontent-->\n</div>\n");
	if (!epaper && (pg->p.reprint || rng_percent(r, 40)))
		rw_buf_printf(b, "<p class=\"gy\">稿源:%s</p>\n", it->c.paper);
	rw_buf_printf(b, "<div class=\"bj\">责任编辑:%s</div>\n<div class=\""
	    "fx\">分享到:<a href=\"#\">微信</a> <a href=\"#\">微博</a></div>\n"
	    "<div class=\"related\"><h3>相关新闻</h3><ul>\n",
	    it->c.reporter[1]);
	fill_list(b, pg->g, r, pg->lists - pg->lists / 3, pg->y, LS_DATED);
	rw_buf_adds(b, "</ul></div>\n</div></td>\n<td class=\"right\" valign=\""
	    "top\"><div class=\"hot\"><h4>热点新闻</h4><ul>\n");
	fill_list(b, pg->g, r, pg->side / 2, pg->y, LS_DATED);
	rw_buf_adds(b, "</ul></div>\n<div class=\"rank\"><h4>一周点击排行</h4>"
	    "<ol>\n");
	fill_list(b, pg->g, r, pg->side - pg->side / 2, pg->y, LS_PLAIN);
	rw_buf_printf(b, "</ol></div>\n</td>\n</tr></table>\n<div id=\"footer\""
	    "><p>%s版权所有 未经书面授权不得复制或建立镜像</p><p>ICP备%08u号</"
	    "p></div>\n", site, rng_below(r, 99999999));
	put_tail_script(b, pg);
}

/* L4: mobile page, <br/><br/> between paragraphs, little markup. */
static void
render_l4(struct rw_buf *b, struct page *pg)
{
	const struct item	*it = &pg->items[0];
	struct rng		*r = &pg->r;
	size_t			 i;

	rw_buf_adds(b, "<html>\n<head>\n");
	put_charset(b, pg, 0);
	rw_buf_adds(b, "<meta name=\"viewport\" content=\"width=device-width,"
	    "initial-scale=1\"/>\n<title>");
	put_esc(b, it->title);
	rw_buf_adds(b, "</title>\n");
	put_style_script(b, pg);
	rw_buf_printf(b, "</head>\n<body>\n<div id=\"hd\"><a href=\"/\">"
	    "%s手机网</"
	    "a> &gt; 正文</div>\n<div class=\"nav\">", place_short(it->c.city));
	fill_nav(b, pg->g, r, pg->nav);
	rw_buf_adds(b, "</div>\n<div id=\"bd\">\n<div class=\"t\">");
	put_esc(b, it->title);
	rw_buf_adds(b, "</div>\n");
	if (rng_percent(r, 70))
		rw_buf_printf(b, "<div class=\"i\">来源:%s&nbsp;作者:%s<br/>\n"
		    "</div>\n", it->c.paper, it->c.reporter[0]);
	rw_buf_adds(b, "<div class=\"c\">\n");
	for (i = 0; i < it->npara; i++) {
		put_esc(b, it->paras[i]);
		rw_buf_adds(b, i + 1 < it->npara ? "<br/><br/>\n" : "\n");
	}
	if (it->credit != NULL)
		rw_buf_printf(b, "<br/><br/>\n（%s）\n", it->credit);
	rw_buf_adds(b, "</div>\n<div class=\"xg\">相关阅读:<br/>\n");
	fill_list(b, pg->g, r, pg->lists + pg->side, pg->y, LS_BR);
	rw_buf_printf(b, "</div>\n</div>\n<div id=\"ft\"><a href=\"#\">返回顶部"
	    "</a> | <a href=\"/\">电脑版</a><br/>%s主办</div>\n", it->c.paper);
	put_tail_script(b, pg);
}

/* L5: a roundup of several short items, each with <h3> and (据XX). */
static void
render_l5(struct rw_buf *b, struct page *pg)
{
	const struct item	*it;
	struct rng		*r = &pg->r;
	const char		*site = PICK(r, portals);
	int			 k;

	rw_buf_adds(b, "<!DOCTYPE html>\n<html>\n<head>\n");
	put_charset(b, pg, rng_percent(r, 50));
	rw_buf_printf(b, "<title>各地民政部门开展元旦春节困难群众慰问帮扶活动 "
	    "- %s</title>\n", site);
	put_style_script(b, pg);
	rw_buf_printf(b, "</head>\n<body>\n<div class=\"top\"><span>%s</span>"
	    "<span class=\"r\"><a href=\"/login/\">登录</a> | <a href=\"/reg/\""
	    ">注册</a></span></div>\n<div class=\"nav\"><ul>\n", site);
	fill_nav(b, pg->g, r, pg->nav);
	rw_buf_printf(b, "</ul></div>\n<div class=\"w crumb\">当前位置:<a href="
	    "\"/\">首页</a> &gt; <a href=\"/mzdt/\">民政动态</a> &gt; "
	    "各地速递</div>\n<div class=\"w main\">\n<div class=\"l\">\n<h1>"
	    "各地民政部门开展元旦春节困难群众慰问帮扶活动</h1>\n<div class=\""
	    "info\">%d年%02d月%02d日&nbsp;&nbsp;来源:%s</div>\n<div class=\""
	    "toc\"><h4>本版目录</h4><ul>", pg->y, pg->mo, pg->d, site);
	for (k = 0; k < pg->p.nitems; k++) {
		rw_buf_adds(b, "<li>");
		put_esc(b, pg->items[k].title);
		rw_buf_adds(b, "</li>");
	}
	rw_buf_adds(b, "</ul></div>\n<div class=\"content\">\n");
	for (k = 0; k < pg->p.nitems; k++) {
		it = &pg->items[k];
		rw_buf_adds(b, "<div class=\"item\">\n<h3>");
		put_esc(b, it->title);
		rw_buf_adds(b, "</h3>\n");
		put_paras(b, it, "<p>", "");
		if (it->credit != NULL)
			rw_buf_printf(b, "<p class=\"ly\">（%s）</p>\n",
			    it->credit);
		rw_buf_adds(b, "</div>\n<div class=\"fgx\"><img src=\"/images/"
		    "line.gif\" alt=\"\"/></div>\n");
	}
	rw_buf_printf(b, "</div>\n<div class=\"editor\">责任编辑:%s</div>\n</"
	    "div>\n<div class=\"r\">\n<div class=\"box\"><h3>热门阅读</h3><ul>"
	    "\n",
	    pg->items[0].c.reporter[1]);
	fill_list(b, pg->g, r, pg->side, pg->y, LS_DATED);
	rw_buf_adds(b, "</ul></div>\n<div class=\"box\"><h3>往期回顾</h3>"
	    "<ul>\n");
	fill_list(b, pg->g, r, pg->lists, pg->y - 1, LS_DATED);
	rw_buf_printf(b, "</ul></div>\n</div>\n</div>\n<div class=\"footer\">"
	    "<p>%s 版权所有</p></div>\n", site);
	put_tail_script(b, pg);
}

/* --- encoding and output ------------------------------------------------ */

struct gen {
	const struct gazetteer *g;
	uint64_t	 seed;
	int		 scale;
	opencc_t	 s2t;		/* opened on first use */
	iconv_t		 cd[NELEM(encs)];
};

/* Where a page goes when its text does not fit the planned charset. */
static enum enc
enc_fallback(enum enc e)
{
	switch (e) {
	case ENC_GB2312:
		return ENC_GBK;
	case ENC_GBK:
	case ENC_GBK_NONE:
		return ENC_GB18030;
	case ENC_BIG5:
		return ENC_UTF8_TRAD;
	default:
		return ENC_UTF8;
	}
}

static void
to_traditional(struct gen *gen, struct rw_buf *b)
{
	char	*t;

	if (gen->s2t == NULL &&
	    (gen->s2t = opencc_open("s2tw.json")) == (opencc_t)-1)
		errx(1, "opencc s2tw.json: %s", opencc_error());
	if ((t = opencc_convert_utf8(gen->s2t, b->data, b->len)) == NULL)
		errx(1, "opencc: %s", opencc_error());
	rw_buf_truncate(b, 0);
	rw_buf_adds(b, t);
	opencc_convert_utf8_free(t);
}

/* Converts b to encoding e strictly; -1 if a character does not fit. */
static int
encode(struct gen *gen, enum enc e, struct rw_buf *b)
{
	struct rw_buf	 out = RW_BUF_INIT;
	char		*in = b->data, *o;
	size_t		 inleft = b->len, oleft;

	if (encs[e].iconv == NULL) {
		if (e == ENC_UTF8_BOM) {
			rw_buf_adds(&out, "\xef\xbb\xbf");
			rw_buf_add(&out, b->data, b->len);
			rw_buf_free(b);
			*b = out;
		}
		return 0;
	}
	if (gen->cd[e] == NULL &&
	    (gen->cd[e] = iconv_open(encs[e].iconv, "UTF-8")) == (iconv_t)-1)
		err(1, "iconv %s", encs[e].iconv);
	iconv(gen->cd[e], NULL, NULL, NULL, NULL);
	while (inleft > 0) {
		rw_buf_grow(&out, inleft + 16);
		o = out.data + out.len;
		oleft = out.cap - out.len - 1;
		if (iconv(gen->cd[e], &in, &inleft, &o, &oleft) == (size_t)-1 &&
		    errno != E2BIG) {
			rw_buf_free(&out);
			if (errno == EILSEQ)
				return -1;
			err(1, "iconv %s", encs[e].iconv);
		}
		out.len = (size_t)(o - out.data);
		out.data[out.len] = '\0';
	}
	rw_buf_free(b);
	*b = out;
	return 0;
}

static void
page_budget(struct page *pg, uint64_t seed)
{
	struct rng	 r = rng_for(seed, pg->no, SALT_RENDER + 1);
	size_t		 target, core = 5000, rest;
	int		 k;

	/* Triangular between 20 and 190 KB of UTF-8: mean 105 KB, about
	 * 100 KB once a third of the pages are in two-byte charsets. */
	target = 20000 + (rng_below(&r, 170001) + rng_below(&r, 170001)) / 2;
	target *= (size_t)pg->scale;
	for (k = 0; k < pg->p.nitems; k++)
		core += item_bytes(&pg->items[k]);
	rest = target > core ? target - core : 0;
	pg->css = rest * 12 / 100;
	pg->js = rest * 28 / 100;
	pg->nav = rest * 8 / 100;
	pg->side = rest * 26 / 100;
	pg->lists = rest - pg->css - pg->js - pg->nav - pg->side;
}

/* Renders page no into b with its final bytes; returns the encoding. */
static enum enc
page_make(struct gen *gen, uint64_t no, struct rw_buf *b, struct plan *plan)
{
	struct page	 pg;
	enum enc	 enc;
	int		 k;

	memset(&pg, 0, sizeof(pg));
	pg.g = gen->g;
	pg.no = no;
	pg.scale = gen->scale;
	plan_make(&pg.p, gen->seed, no);
	pg.items = xcalloc((size_t)pg.p.nitems, sizeof(*pg.items));
	for (k = 0; k < pg.p.nitems; k++)
		item_make(&pg.items[k], gen->g, gen->seed, pg.p.story * 8 + k,
		    pg.p.layout == L5, gen->scale);
	pg.c = &pg.items[0].c;
	page_budget(&pg, gen->seed);
	for (enc = pg.p.enc;; enc = enc_fallback(enc)) {
		pg.p.enc = enc;
		pg.r = rng_for(gen->seed, no, SALT_RENDER);
		pg.y = pg.c->year;
		pg.mo = pg.c->month;
		pg.d = pg.c->day + rng_range(&pg.r, 0, pg.p.reprint ? 9 : 3);
		if (pg.d > 28)
			pg.d = 28;
		pg.h = rng_range(&pg.r, 0, 23);
		pg.mi = rng_range(&pg.r, 0, 59);
		rw_buf_truncate(b, 0);
		switch (pg.p.layout) {
		case L1:
			render_l1(b, &pg);
			break;
		case L2:
			render_l2(b, &pg);
			break;
		case L3:
			render_l3(b, &pg);
			break;
		case L4:
			render_l4(b, &pg);
			break;
		case L5:
			render_l5(b, &pg);
			break;
		}
		if (encs[enc].trad)
			to_traditional(gen, b);
		if (encode(gen, enc, b) == 0)
			break;
	}
	for (k = 0; k < pg.p.nitems; k++)
		item_free(&pg.items[k]);
	free(pg.items);
	*plan = pg.p;
	return enc;
}

static void
write_file(const char *path, const struct rw_buf *b)
{
	struct rw_err	 e;
	FILE		*fp;

	if ((fp = fopen(path, "w")) == NULL)
		err(1, "%s", path);
	if (fwrite(b->data, 1, b->len, fp) != b->len ||
	    rw_fclose_checked(fp, path, &e) == -1)
		errx(1, "%s: write failed", path);
}

static const char usage_text[] =
    "usage: gen-corpus -n count -o dir [--seed s] [--start k] [--scale x]\n"
    "                  [--regions file] [--manifest file]\n"
    "  -n count          pages to write\n"
    "  -o dir            output directory (pages in dir/NNN/, manifest.tsv)\n"
    "      --seed s      random seed (default 1)\n"
    "      --start k     number of the first page (default 0)\n"
    "      --scale x     x times the paragraphs and furniture (default 1)\n"
    "      --regions f   gazetteer (default data/regions.tsv)\n"
    "      --manifest f  write the manifest to f (default dir/manifest.tsv)\n";

static void
usage(FILE *fp, int rc)
{
	fputs(usage_text, fp);
	exit(rc);
}

static uint64_t
number(const char *s, const char *what, uint64_t max)
{
	unsigned long long	 v;
	char			*end;

	errno = 0;
	v = strtoull(s, &end, 0);
	if (end == s || *end != '\0' || errno != 0 || v > max) {
		rw_warnx(NULL, "%s: want a number up to %" PRIu64, what, max);
		usage(stderr, 2);
	}
	return v;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "seed", required_argument, NULL, 's' },
		{ "start", required_argument, NULL, 'k' },
		{ "scale", required_argument, NULL, 'x' },
		{ "regions", required_argument, NULL, 'r' },
		{ "manifest", required_argument, NULL, 'm' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct gazetteer g;
	struct gen	 gen = { .seed = 1, .scale = 1 };
	struct rw_buf	 page = RW_BUF_INIT, man = RW_BUF_INIT;
	struct rw_err	 e;
	struct plan	 plan;
	const char	*dir = NULL, *regions = "data/regions.tsv";
	const char	*mpath = NULL;
	char		*path;
	uint64_t	 n = 0, start = 0, i, sub = UINT64_MAX;
	enum enc	 enc;
	size_t		 k;
	int		 c;

	while ((c = getopt_long(argc, argv, "hn:o:", longopts, NULL)) != -1) {
		switch (c) {
		case 'n':
			n = number(optarg, "-n", 10000000);
			break;
		case 'o':
			dir = optarg;
			break;
		case 's':
			gen.seed = number(optarg, "--seed", UINT64_MAX);
			break;
		case 'k':
			start = number(optarg, "--start", 10000000);
			break;
		case 'x':
			gen.scale = (int)number(optarg, "--scale", 100);
			if (gen.scale == 0)
				usage(stderr, 2);
			break;
		case 'r':
			regions = optarg;
			break;
		case 'm':
			mpath = optarg;
			break;
		case 'h':
			usage(stdout, 0);
			break;
		default:
			usage(stderr, 2);
		}
	}
	if (dir == NULL || optind != argc)
		usage(stderr, 2);
	gaz_load(&g, regions);
	gen.g = &g;
	rw_buf_adds(&man, "page\tfile\tlayout\tencoding\tdeclared\tlang\tstory"
	    "\tbytes\n");
	for (i = start; i < start + n; i++) {
		if (i / 1000 != sub) {
			sub = i / 1000;
			path = xasprintf("%s/%03" PRIu64, dir, sub);
			if (rw_mkdirs(path, &e) == -1)
				errx(1, "%s", e.msg);
			free(path);
		}
		enc = page_make(&gen, i, &page, &plan);
		path = xasprintf("%s/%03" PRIu64 "/p%07" PRIu64 ".html", dir,
		    sub, i);
		write_file(path, &page);
		rw_buf_printf(&man, "%" PRIu64 "\t%s\t%s\t%s\t%s\t%s\t%" PRIu64
		    "\t%zu\n", i, path + strlen(dir) + 1,
		    layout_names[plan.layout], encs[enc].name,
		    encs[enc].decl != NULL ? encs[enc].decl : "-",
		    encs[enc].trad ? "zh-Hant" : "zh-Hans", plan.story,
		    page.len);
		free(path);
	}
	path = mpath != NULL ? xstrdup(mpath) : xasprintf("%s/manifest.tsv",
	    dir);
	if (rw_file_write_atomic(path, man.data, man.len, &e) == -1)
		errx(1, "%s", e.msg);
	free(path);
	rw_buf_free(&man);
	rw_buf_free(&page);
	for (k = 0; k < NELEM(gen.cd); k++)
		if (gen.cd[k] != NULL)
			iconv_close(gen.cd[k]);
	if (gen.s2t != NULL)
		opencc_close(gen.s2t);
	gaz_free(&g);
	return 0;
}
