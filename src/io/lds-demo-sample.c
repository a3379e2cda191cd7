/* lds-demo-sample.c: the hand-written sample company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Brightwater Systems (in Chinese 青禾科技): a maker of till terminals and
 * cloud software for independent cafés, bakeries and restaurants, some 180
 * people of whom forty are named here. The English company sells in Ireland
 * and the UK and counts in euros; the Chinese one sells in East China and
 * counts in yuan. Both have the same units, people, cycles, OKRs, links,
 * check-ins, reviews and roll-out checklist, record for record.
 *
 * The tables below hold each text in both languages side by side. They are
 * the company's own data, written the way its people would write them, not
 * interface text: nothing here is marked for gettext.
 *
 * Every date is relative to lds_now(): the strategy spans last year to next
 * year, the quarter containing today is active and checked in weekly, the
 * quarter before it is closed, scored and reviewed. A fixed seed makes the
 * check-ins' small ups and downs the same on every run and in both languages.
 *
 * The clean company follows every rule of the method. With_problems adds the
 * deliberate coaching problems on top of it, in one separate step at the end
 * of the file (add_problems()), each once, on a record named there.
 */

#define G_LOG_DOMAIN "lds-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-demo-private.h"

#define SEED 20261122

#define DAY  ((gint64) 86400)
#define HOUR ((gint64) 3600)

typedef struct
{
  const char *en;
  const char *zh;
} Text;

#define T(en, zh) { en, zh }

/* The cycles the OKRs live in. */
typedef enum
{
  SLOT_STRATEGY,
  SLOT_YEAR,
  SLOT_PREVIOUS,     /* the quarter before today's: closed, scored, reviewed */
  SLOT_CURRENT,      /* the quarter containing today: active, checked in weekly */
  N_SLOTS
} Slot;

typedef struct
{
  const char  *key;
  const char  *parent;
  LdsUnitKind  kind;
  Text         name;
} UnitDef;

typedef struct
{
  const char *key;
  const char *unit;
  LdsRole     role;
  gboolean    champion;
  Text        name;
  const char *pinyin;      /* the Chinese name's mail address */
} PersonDef;

enum
{
  OBJ_SELF_DRIVEN = 1 << 0,
  OBJ_DRAFT       = 1 << 1,
  OBJ_MID_CYCLE   = 1 << 2,    /* added in the third week of the quarter */
  OBJ_PRIVATE     = 1 << 3,
};

typedef struct
{
  const char       *key;
  Slot              slot;
  const char       *owner;           /* a unit's key or a person's */
  LdsObjectiveType  type;
  LdsPerspective    perspective;
  guint             flags;
  const char       *aligns[2];       /* the key results it contributes to */
  Text              title;
  Text              description;
  Text              private_reason;
} ObjectiveDef;

typedef struct
{
  const char *key;
  const char *objective;
  const char *owner;
  LdsMetric   metric;
  double      start;          /* a milestone: 0 */
  double      target;         /* a milestone: 1 */
  double      current;        /* today's value, where the check-ins arrive */
  const Text *label;
  double      weight;         /* 0: the default weight, 1 */
  int         confidence;     /* on the latest check-in; 0: none (drafts) */
  double      score;          /* self-assessed; 0: none */
  gboolean    mid_cycle;      /* added in the fourth week of the quarter */
  Text        title;
  Text        note;           /* on the latest check-in */
  Text        early_note;     /* on a check-in half-way */
  Text        score_note;
} KrDef;

#define COMMITTED    LDS_OBJECTIVE_TYPE_COMMITTED
#define ASPIRATIONAL LDS_OBJECTIVE_TYPE_ASPIRATIONAL
#define NUMBER       LDS_METRIC_NUMBER
#define PERCENT      LDS_METRIC_PERCENT
#define CURRENCY     LDS_METRIC_CURRENCY
#define MILESTONE    LDS_METRIC_MILESTONE

/* Units of measure */

static const Text L_PCT = T ("%", "%");
static const Text L_NONE = T ("", "");
static const Text L_KEUR = T ("k€", "万元");
static const Text L_EUR = T ("€", "元");
static const Text L_MERCHANTS = T ("merchants", "家门店");
static const Text L_DAYS = T ("days", "天");
static const Text L_WORKDAYS = T ("working days", "个工作日");
static const Text L_MINUTES = T ("minutes", "分钟");
static const Text L_SECONDS = T ("s", "秒");
static const Text L_POINTS = T ("points", "分");
static const Text L_TICKETS = T ("tickets", "单");
static const Text L_ROLES = T ("roles", "个岗位");
static const Text L_DEMOS = T ("demos", "场");
static const Text L_GROUPS = T ("groups", "个品牌");
static const Text L_SITES = T ("sites", "家门店");
static const Text L_PARTNERS = T ("partners", "家");
static const Text L_SHOPS = T ("shops", "家");
static const Text L_USERS = T ("users", "人");
static const Text L_OWNERS = T ("owners", "位店主");
static const Text L_SCREENS = T ("screens", "个页面");
static const Text L_INCIDENTS = T ("incidents", "起");
static const Text L_DEPLOYS = T ("deploys", "次");
static const Text L_PAGES = T ("pages", "次");
static const Text L_RESTAURANTS = T ("restaurants", "家");
static const Text L_FAULTS = T ("faults", "次");
static const Text L_ARTICLES = T ("articles", "篇");
static const Text L_CASES = T ("cases", "例");
static const Text L_APPLICANTS = T ("applicants", "人");
static const Text L_DEPARTMENTS = T ("departments", "个部门");
static const Text L_REFERRALS = T ("referrals", "个");
static const Text L_RULES = T ("rules", "条");
static const Text L_TALKS = T ("talks", "次");
static const Text L_TEAMS = T ("teams", "个团队");
static const Text L_TRIALS = T ("trials", "个");
static const Text L_CHAPTERS = T ("chapters", "章");
static const Text L_TPS = T ("payments/s", "笔/秒");
static const Text L_DEVICES = T ("units", "台");
static const Text L_PEOPLE = T ("people", "人");
static const Text L_OPPORTUNITIES = T ("opportunities", "个");

/* The organisation */

static const char mail_domain_en[] = "brightwater.example";
static const char mail_domain_zh[] = "qinghe.example";

static const UnitDef units[] = {
  { "company", NULL, LDS_UNIT_KIND_COMPANY, T ("Brightwater Systems", "青禾科技") },
  { "sales", "company", LDS_UNIT_KIND_DEPARTMENT, T ("Sales", "销售部") },
  { "direct-sales", "sales", LDS_UNIT_KIND_TEAM, T ("Direct Sales", "直销组") },
  { "channel", "sales", LDS_UNIT_KIND_TEAM, T ("Channel Partners", "渠道合作组") },
  { "product", "company", LDS_UNIT_KIND_DEPARTMENT, T ("Product", "产品部") },
  { "merchant-app", "product", LDS_UNIT_KIND_TEAM, T ("Merchant App", "商家端产品组") },
  { "design", "product", LDS_UNIT_KIND_TEAM, T ("Design", "用户体验设计组") },
  { "engineering", "company", LDS_UNIT_KIND_DEPARTMENT, T ("Engineering", "研发中心") },
  { "cloud", "engineering", LDS_UNIT_KIND_DEPARTMENT, T ("Cloud Platform", "云平台部") },
  { "payments", "cloud", LDS_UNIT_KIND_TEAM, T ("Payments", "支付组") },
  { "infrastructure", "cloud", LDS_UNIT_KIND_TEAM, T ("Infrastructure", "基础架构组") },
  { "devices", "engineering", LDS_UNIT_KIND_TEAM, T ("Devices", "智能终端组") },
  { "cs", "company", LDS_UNIT_KIND_DEPARTMENT, T ("Customer Success", "客户成功部") },
  { "onboarding", "cs", LDS_UNIT_KIND_TEAM, T ("Onboarding", "开店实施组") },
  { "support", "cs", LDS_UNIT_KIND_TEAM, T ("Support", "客服支持组") },
  { "people", "company", LDS_UNIT_KIND_DEPARTMENT, T ("People & Culture", "人力资源部") },
  { "recruiting", "people", LDS_UNIT_KIND_TEAM, T ("Recruiting", "招聘组") },
  { "finance", "company", LDS_UNIT_KIND_DEPARTMENT, T ("Finance", "财务部") },
};

#define EXEC    LDS_ROLE_EXECUTIVE
#define MANAGER LDS_ROLE_MANAGER
#define MEMBER  LDS_ROLE_MEMBER

static const PersonDef people[] = {
  { "claire", "company", EXEC, FALSE, T ("Claire Donovan", "陈立明"), "chenliming" },
  { "martin", "company", EXEC, FALSE, T ("Martin Keane", "王建国"), "wangjianguo" },
  { "daniel", "sales", EXEC, FALSE, T ("Daniel Murphy", "赵磊"), "zhaolei" },
  { "fiona", "sales", MEMBER, TRUE, T ("Fiona Walsh", "孙丽"), "sunli" },
  { "tom", "direct-sales", MANAGER, FALSE, T ("Tom Byrne", "周强"), "zhouqiang" },
  { "rachel", "direct-sales", MEMBER, FALSE, T ("Rachel Quinn", "吴婷"), "wuting" },
  { "owen", "direct-sales", MEMBER, FALSE, T ("Owen Gallagher", "郑浩"), "zhenghao" },
  { "hannah", "direct-sales", MEMBER, FALSE, T ("Hannah Doyle", "冯雪"), "fengxue" },
  { "kevin", "channel", MANAGER, FALSE, T ("Kevin Nolan", "何军"), "hejun" },
  { "laura", "channel", MEMBER, FALSE, T ("Laura Fitzgerald", "许静"), "xujing" },
  { "patrick", "channel", MEMBER, FALSE, T ("Patrick Ryan", "马超"), "machao" },
  { "emma", "product", MANAGER, FALSE, T ("Emma Clarke", "刘洋"), "liuyang" },
  { "james", "merchant-app", MANAGER, FALSE, T ("James Foley", "高翔"), "gaoxiang" },
  { "nora", "merchant-app", MEMBER, TRUE, T ("Nora O'Brien", "罗敏"), "luomin" },
  { "sam", "merchant-app", MEMBER, FALSE, T ("Sam Whelan", "郭鹏"), "guopeng" },
  { "chloe", "design", MANAGER, FALSE, T ("Chloe Dunne", "林晓"), "linxiao" },
  { "ben", "design", MEMBER, FALSE, T ("Ben Carroll", "梁宇"), "liangyu" },
  { "michael", "engineering", EXEC, FALSE, T ("Michael Hughes", "张伟"), "zhangwei" },
  { "sarah", "cloud", MANAGER, FALSE, T ("Sarah Lynch", "王芳"), "wangfang" },
  { "david", "payments", MANAGER, FALSE, T ("David Moran", "李强"), "liqiang" },
  { "conor", "payments", MEMBER, FALSE, T ("Conor Reilly", "杨帆"), "yangfan" },
  { "grace", "payments", MEMBER, FALSE, T ("Grace Murray", "朱琳"), "zhulin" },
  { "peter", "infrastructure", MANAGER, FALSE, T ("Peter Kavanagh", "徐涛"), "xutao" },
  { "lisa", "infrastructure", MEMBER, TRUE, T ("Lisa Power", "韩梅"), "hanmei" },
  { "mark", "infrastructure", MEMBER, FALSE, T ("Mark Flynn", "曹阳"), "caoyang" },
  { "robert", "devices", MANAGER, FALSE, T ("Robert Healy", "邓斌"), "dengbin" },
  { "anna", "devices", MEMBER, FALSE, T ("Anna Fox", "彭丽"), "pengli" },
  { "luke", "devices", MEMBER, FALSE, T ("Luke Brady", "蒋华"), "jianghua" },
  { "karen", "cs", MANAGER, FALSE, T ("Karen Moore", "李娜"), "lina" },
  { "niall", "onboarding", MANAGER, FALSE, T ("Niall Duffy", "唐亮"), "tangliang" },
  { "megan", "onboarding", MEMBER, TRUE, T ("Megan Carey", "宋佳"), "songjia" },
  { "adam", "onboarding", MEMBER, FALSE, T ("Adam Burke", "董明"), "dongming" },
  { "joanne", "support", MANAGER, FALSE, T ("Joanne Kenny", "袁媛"), "yuanyuan" },
  { "shane", "support", MEMBER, FALSE, T ("Shane Daly", "潘磊"), "panlei" },
  { "ruth", "support", MEMBER, FALSE, T ("Ruth Higgins", "杜鹃"), "dujuan" },
  { "aoife", "people", MANAGER, TRUE, T ("Aoife Brennan", "周敏"), "zhoumin" },
  { "ellen", "recruiting", MANAGER, FALSE, T ("Ellen Hayes", "田甜"), "tiantian" },
  { "paul", "recruiting", MEMBER, FALSE, T ("Paul Maher", "任杰"), "renjie" },
  { "catherine", "finance", EXEC, FALSE, T ("Catherine Ward", "沈洁"), "shenjie" },
  { "brian", "finance", MEMBER, TRUE, T ("Brian Lawlor", "姜涛"), "jiangtao" },
};

/* Objectives. Company objectives align to the horizon above them; every
 * other one aligns to a key result one level up, or is self-driven. */

static const ObjectiveDef objectives[] = {
  /* The strategy */
  { "s1", SLOT_STRATEGY, "company", ASPIRATIONAL, LDS_PERSPECTIVE_CUSTOMER, 0, { NULL },
    T ("Become the system every independent café and restaurant relies on",
       "成为中小餐饮门店离不开的经营系统"),
    T ("When an owner in Ireland or the UK opens a place, Brightwater is the first name they "
       "think of.",
       "三年后，华东地区的小店老板开店时，第一个想到的就是青禾。") },
  { "s2", SLOT_STRATEGY, "company", COMMITTED, LDS_PERSPECTIVE_FINANCIAL, 0, { NULL },
    T ("Run a profitable business that funds its own growth", "实现健康盈利，靠自身造血支撑增长"),
    T ("No more funding rounds to keep the lights on: growth paid for by margin.",
       "不再靠融资维持运转，用利润支撑增长。") },

  /* The year */
  { "y1", SLOT_YEAR, "company", ASPIRATIONAL, LDS_PERSPECTIVE_CUSTOMER, 0, { "s1.1" },
    T ("Win the independent food scene in our home markets", "在华东市场赢得中小餐饮商户的口碑") },
  { "y2", SLOT_YEAR, "company", ASPIRATIONAL, LDS_PERSPECTIVE_FINANCIAL, 0, { "s1.2" },
    T ("Grow into a software company, not a till seller", "从“卖收银机”转型为软件服务公司") },
  { "y3", SLOT_YEAR, "company", COMMITTED, LDS_PERSPECTIVE_LEARNING, 0, { NULL },
    T ("Build a company people are proud to grow in", "打造一家让人愿意长期成长的公司") },

  /* This quarter: the company */
  { "c1", SLOT_CURRENT, "company", COMMITTED, LDS_PERSPECTIVE_CUSTOMER, 0, { "y1.1" },
    T ("Make new merchants successful from their very first week",
       "让新商户从开业第一周起就用得顺手"),
    T ("Most merchants who leave us decide in their first month. This quarter we fix the first "
       "week.",
       "流失的商户大多在第一个月就做了决定，本季度我们先把第一周做好。") },
  { "c2", SLOT_CURRENT, "company", ASPIRATIONAL, LDS_PERSPECTIVE_FINANCIAL, 0, { "y2.1" },
    T ("Make software subscriptions the heart of our revenue", "让软件订阅成为收入的核心"),
    T ("Every terminal we sell should come with a subscription the merchant wants to keep.",
       "卖出的每一台终端，都要带上一份商户愿意续费的订阅。") },
  { "c3", SLOT_CURRENT, "company", COMMITTED, LDS_PERSPECTIVE_PROCESS, 0, { "y1.3" },
    T ("Stay dependable on the busiest Saturday night", "让每个周末晚高峰都稳稳当当"),
    T ("A till that stops at eight on a Saturday costs a restaurant its best hour of the week.",
       "周六晚上八点收银一停，餐厅就丢掉了一周里最赚钱的一小时。") },
  { "c4", SLOT_CURRENT, "company", COMMITTED, LDS_PERSPECTIVE_LEARNING, 0, { "y3.3" },
    T ("Grow our own leaders and hire the people we need", "培养自己的带头人，招到关键人才") },

  /* This quarter: Sales */
  { "sa1", SLOT_CURRENT, "sales", COMMITTED, 0, 0, { "c2.1" },
    T ("Turn our pipeline into recurring revenue", "把销售机会转化为持续的订阅收入") },
  { "sa2", SLOT_CURRENT, "sales", ASPIRATIONAL, 0, 0, { "c1.2" },
    T ("Sign merchants who will thrive with us", "签下能和我们一起成长的好客户"),
    T ("A deal that churns in three months costs more than it brings.",
       "三个月就流失的客户，签下来反而亏钱。") },
  { "ds1", SLOT_CURRENT, "direct-sales", COMMITTED, 0, 0, { "sa1.1" },
    T ("Win the cafés and bakeries on our doorstep", "拿下家门口的咖啡馆和烘焙店") },
  { "ds2", SLOT_CURRENT, "direct-sales", COMMITTED, 0, 0, { "sa1.3" },
    T ("Build a pipeline we can trust", "打造一条靠得住的销售管道") },
  { "ds3", SLOT_CURRENT, "direct-sales", ASPIRATIONAL, 0, 0, { "sa1.1" },
    T ("Open the door to restaurant groups", "打开连锁餐饮市场的大门") },
  { "ds4", SLOT_CURRENT, "direct-sales", COMMITTED, 0, 0, { "sa2.2" },
    T ("Hand over every deal so onboarding can start at once", "签约即交接，让实施团队无缝接手") },
  { "ch1", SLOT_CURRENT, "channel", ASPIRATIONAL, 0, 0, { "sa1.2" },
    T ("Make resellers our strongest sales force outside Dublin",
       "让渠道伙伴成为我们在杭州以外最强的销售力量") },
  { "ch2", SLOT_CURRENT, "channel", ASPIRATIONAL, 0, OBJ_DRAFT | OBJ_MID_CYCLE, { "sa1.2" },
    T ("Bring delivery-platform orders straight into the till", "让外卖平台订单直接进入收银系统"),
    T ("Two delivery platforms asked to partner after the trade fair; drafting with Kevin.",
       "展会后有两家外卖平台主动寻求合作，何军正在起草。") },

  /* This quarter: Product */
  { "pr1", SLOT_CURRENT, "product", COMMITTED, 0, 0, { "c1.1", "c1.3" },
    T ("Make setting up a shop feel effortless", "让开店配置变得轻松省心") },
  { "pr2", SLOT_CURRENT, "product", ASPIRATIONAL, 0, 0, { "c2.2" },
    T ("Give merchants good reasons to upgrade to Pro", "给商户升级专业版的充分理由") },
  { "ma1", SLOT_CURRENT, "merchant-app", COMMITTED, 0, 0, { "pr1.2" },
    T ("Let owners set up their whole menu in one sitting", "让店主坐下来一次就配好整份菜单") },
  { "ma2", SLOT_CURRENT, "merchant-app", ASPIRATIONAL, 0, 0, { "pr2.2" },
    T ("Make the insights report the first thing owners open each morning",
       "让经营日报成为店主每天早上第一个打开的页面") },
  { "de1", SLOT_CURRENT, "design", ASPIRATIONAL, 0, 0, { "pr1.3" },
    T ("Make the first hour with Brightwater a delight", "让商户用青禾的第一个小时就爱上它") },
  { "de2", SLOT_CURRENT, "design", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Speak our merchants' language on every screen", "每个界面都说商户听得懂的话"),
    T ("Our own idea: half of our 'how do I' tickets come from words only we understand.",
       "设计组自发提出：一半的“怎么操作”类工单，源于只有我们自己才懂的说法。") },

  /* This quarter: Engineering */
  { "en1", SLOT_CURRENT, "engineering", COMMITTED, 0, 0, { "c3.1" },
    T ("Keep every checkout fast and reliable at peak", "高峰时段收银又快又稳") },
  { "en2", SLOT_CURRENT, "engineering", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Ship small changes safely, every day", "小步快跑，每天都能安全发布") },
  { "cp1", SLOT_CURRENT, "cloud", COMMITTED, 0, 0, { "en1.2" },
    T ("Make the payment path boringly reliable", "让支付链路稳如磐石") },
  { "pa1", SLOT_CURRENT, "payments", COMMITTED, 0, 0, { "cp1.2" },
    T ("Make card payments instant, even on weak Wi-Fi", "弱网环境下也能秒速完成刷卡") },
  { "pa2", SLOT_CURRENT, "payments", COMMITTED, 0, 0, { "cp1.1" },
    T ("Pay merchants on time, every time", "商户资金准时到账，一笔不差") },
  { "in1", SLOT_CURRENT, "infrastructure", ASPIRATIONAL, 0, 0, { "cp1.1" },
    T ("Give every team a platform that scales by itself", "让平台自动扩容，高峰期不再靠人盯") },
  { "in2", SLOT_CURRENT, "infrastructure", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Make on-call calm and predictable", "让值班不再提心吊胆") },
  { "dv1", SLOT_CURRENT, "devices", COMMITTED, 0, 0, { "en1.3" },
    T ("Keep every terminal in the field up to date", "让每台在用终端都保持最新") },
  { "dv2", SLOT_CURRENT, "devices", ASPIRATIONAL, 0,
    OBJ_SELF_DRIVEN | OBJ_DRAFT | OBJ_MID_CYCLE, { NULL },
    T ("Get the Nova terminal ready for real restaurants", "让新一代 Nova 收银机达到门店可用标准"),
    T ("Carried over as a draft until the factory confirms its dates.",
       "工厂确认交期之前，先以草稿形式带入本季度。") },

  /* This quarter: Customer Success */
  { "cs1", SLOT_CURRENT, "cs", COMMITTED, 0, 0, { "c1.2" },
    T ("Turn every new merchant into a confident regular", "让每家新门店自信开张、长期用下去") },
  { "cs2", SLOT_CURRENT, "cs", ASPIRATIONAL, 0, OBJ_MID_CYCLE, { "c2.3" },
    T ("Catch unhappy merchants before they leave", "在商户流失之前发现并挽回"),
    T ("Added in week three: cafés that joined last quarter started leaving twice as fast as "
       "the rest.",
       "第三周新增：上季度签约的咖啡馆流失速度是其他商户的两倍。") },
  { "ob1", SLOT_CURRENT, "onboarding", COMMITTED, 0, 0, { "cs1.1" },
    T ("Get restaurants selling on their first day", "让门店开业当天就能顺利收银") },
  { "su1", SLOT_CURRENT, "support", COMMITTED, 0, 0, { "cs1.2" },
    T ("Be there fastest when the shop is busiest", "门店最忙的时候，我们响应最快") },

  /* This quarter: People & Culture */
  { "hr1", SLOT_CURRENT, "people", COMMITTED, 0, 0, { "c4.1" },
    T ("Hire the builders we need without lowering the bar", "不降标准，招到我们需要的关键人才") },
  { "hr2", SLOT_CURRENT, "people", ASPIRATIONAL, 0, 0, { "c4.2" },
    T ("Grow our next team leads from within", "从内部培养下一批团队负责人") },
  { "hr3", SLOT_CURRENT, "people", COMMITTED, 0, OBJ_PRIVATE, { "c4.3" },
    T ("Make engineering pay fair and easy to explain", "让研发序列的薪酬公平、讲得清楚"),
    T ("", ""),
    T ("Holds individual salary data until the new levels are announced to everyone.",
       "涉及个人薪酬数据，新职级方案全员公布前暂不公开。") },
  { "rc1", SLOT_CURRENT, "recruiting", ASPIRATIONAL, 0, 0, { "hr1.1" },
    T ("Make engineers want to join Brightwater", "让优秀工程师主动想加入青禾") },
  { "rc2", SLOT_CURRENT, "recruiting", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Give every candidate an experience worth talking about",
       "让每位候选人都愿意为我们的面试点赞") },

  /* This quarter: Finance */
  { "fi1", SLOT_CURRENT, "finance", COMMITTED, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Close the books fast so decisions rest on fresh numbers",
       "快速关账，让决策基于最新的数据") },
  { "fi2", SLOT_CURRENT, "finance", COMMITTED, 0, 0, { "c2.3" },
    T ("Get paid on time by every merchant", "让每家商户都按时付款") },
  { "fi3", SLOT_CURRENT, "finance", COMMITTED, 0, OBJ_SELF_DRIVEN | OBJ_DRAFT | OBJ_MID_CYCLE,
    { NULL },
    T ("Make spending approvals quick and painless", "让费用审批又快又省心") },

  /* This quarter: individuals */
  { "i-rachel", SLOT_CURRENT, "rachel", ASPIRATIONAL, 0, 0, { "ds1.2" },
    T ("Become the go-to expert for bakery owners", "成为烘焙店主最信赖的收银顾问") },
  { "i-conor", SLOT_CURRENT, "conor", ASPIRATIONAL, 0, 0, { "pa1.1" },
    T ("Know the card scheme rules our retries depend on", "吃透支付重试所依赖的卡组织规则") },
  { "i-megan", SLOT_CURRENT, "megan", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Help every Customer Success team write OKRs they believe in",
       "帮助客户成功部每个团队写出自己认同的 OKR") },
  { "i-shane", SLOT_CURRENT, "shane", COMMITTED, 0, 0, { "su1.1" },
    T ("Be the calm voice merchants hear on a Saturday night", "周末晚高峰，做商户最安心的声音") },

  /* The previous quarter, closed and scored */
  { "pc1", SLOT_PREVIOUS, "company", COMMITTED, LDS_PERSPECTIVE_CUSTOMER, 0, { "y1.1" },
    T ("Turn onboarding from a bottleneck into a strength", "让开店实施从瓶颈变成优势") },
  { "pc2", SLOT_PREVIOUS, "company", ASPIRATIONAL, LDS_PERSPECTIVE_FINANCIAL, 0, { "y2.1" },
    T ("Prove that merchants will pay for software", "证明商户愿意为软件付费") },
  { "pc3", SLOT_PREVIOUS, "company", COMMITTED, LDS_PERSPECTIVE_PROCESS, 0, { "y1.3" },
    T ("Keep checkout running through the busiest weeks", "旺季高峰收银不掉链子") },
  { "ps1", SLOT_PREVIOUS, "sales", ASPIRATIONAL, 0, 0, { "pc2.2" },
    T ("Find a repeatable way to sell to cafés", "摸索出一套可复制的咖啡馆销售打法") },
  { "pe1", SLOT_PREVIOUS, "engineering", COMMITTED, 0, 0, { "pc3.1" },
    T ("Be ready for peak trading before it arrives", "在业务高峰到来之前做好准备") },
  { "pp1", SLOT_PREVIOUS, "payments", ASPIRATIONAL, 0, 0, { "pe1.3" },
    T ("Let payments recover by themselves after a network drop", "网络中断后，支付能自动恢复") },
  { "pd1", SLOT_PREVIOUS, "devices", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Get the Nova terminal ready for pilots", "让新一代 Nova 收银机具备试点条件") },
  { "pcs1", SLOT_PREVIOUS, "cs", COMMITTED, 0, 0, { "pc1.1" },
    T ("Take menu set-up off the merchant's plate", "把菜单配置的活儿从商户手里接过来") },
  { "phr1", SLOT_PREVIOUS, "people", ASPIRATIONAL, 0, OBJ_SELF_DRIVEN, { NULL },
    T ("Make OKRs part of how we work", "让 OKR 成为我们的工作方式") },
  { "p-hannah", SLOT_PREVIOUS, "hannah", ASPIRATIONAL, 0, 0, { "ps1.1" },
    T ("Land our first restaurant-group pilots", "拿下第一批连锁餐饮试点") },
};

/* Key results, under the objectives above. Titles name what is measured;
 * the numbers live in start, target and current. */

static const KrDef key_results[] = {
  /* The strategy */
  { "s1.1", "s1", "claire", NUMBER, 6000, 20000, 11800, &L_MERCHANTS, 2, 6, .title =
    T ("Merchants using Brightwater every week", "每周活跃使用青禾的门店数"),
    .note = T ("Ahead of the plan's line for this point; the UK is slower than Ireland.",
               "进度略超规划曲线，省外市场慢于杭州本地。") },
  { "s1.2", "s1", "catherine", PERCENT, 35, 60, 46, &L_PCT, 1, 6, .title =
    T ("Share of revenue from software subscriptions", "软件订阅收入占总收入的比例") },
  { "s2.1", "s2", "catherine", PERCENT, -8, 12, 2.5, &L_PCT, 2, 7, .title =
    T ("Operating margin", "经营利润率"),
    .note = T ("Positive for the second quarter running.", "连续第二个季度为正。") },
  { "s2.2", "s2", "martin", PERCENT, 18, 30, 24, &L_PCT, 1, 6, .title =
    T ("Gross margin on terminals", "收银终端硬件毛利率") },

  /* The year */
  { "y1.1", "y1", "claire", NUMBER, 9500, 14000, 11800, &L_MERCHANTS, 2, 6, .title =
    T ("Active merchants", "活跃门店数"),
    .note = T ("Net adds slowed after the price change; watching churn closely.",
               "调价后净增放缓，正在密切关注流失。") },
  { "y1.2", "y1", "karen", PERCENT, 98, 110, 104, &L_PCT, 1, 6, .title =
    T ("Net revenue retention", "净收入留存率（NRR）") },
  { "y1.3", "y1", "karen", NUMBER, 21, 40, 33, &L_POINTS, 1, 6, .title =
    T ("Net promoter score", "净推荐值（NPS）") },
  { "y2.1", "y2", "daniel", CURRENCY, 6100, 8500, 7900, &L_KEUR, 2, 6, .title =
    T ("Annual recurring revenue", "年度经常性收入（ARR）") },
  { "y2.2", "y2", "catherine", PERCENT, 41, 50, 46, &L_PCT, 1, 6, .title =
    T ("Software share of revenue", "软件收入占比") },
  { "y3.1", "y3", "claire", PERCENT, 68, 78, 74, &L_PCT, 1, 7, .title =
    T ("Employee engagement score", "员工敬业度得分") },
  { "y3.2", "y3", "aoife", PERCENT, 14, 8, 10.5, &L_PCT, 1, 6, .title =
    T ("Regretted attrition", "核心员工主动流失率") },
  { "y3.3", "y3", "aoife", PERCENT, 10, 30, 22, &L_PCT, 1, 6, .title =
    T ("Lead roles filled from inside", "管理岗位内部晋升比例") },

  /* c1: new merchants' first week */
  { "c1.1", "c1", "karen", NUMBER, 12, 5, 7, &L_DAYS, 2, 7, .title =
    T ("Median days from signed contract to first sale", "从签约到首笔收银的天数（中位数）"),
    .note = T ("Pre-configured terminals now ship from the warehouse; that alone saved two days.",
               "终端改为出库前预配置，仅这一项就节省了两天。"),
    .early_note = T ("Hardware delivery is the slowest step, not the menu.",
                     "最慢的环节是硬件配送，而不是菜单。") },
  { "c1.2", "c1", "karen", PERCENT, 78, 90, 85, &L_PCT, 1, 7, .title =
    T ("New merchants still active after 30 days", "新商户30天留存率") },
  { "c1.3", "c1", "emma", NUMBER, 4.2, 2.0, 2.9, &L_TICKETS, 1, 6, .title =
    T ("Setup support tickets per new merchant", "每家新商户的开店咨询工单数"),
    .note = T ("Menu questions are down by half; printer pairing is now the top reason.",
               "菜单类咨询减少一半，打印机配对成了头号问题。") },

  /* c2: software revenue */
  { "c2.1", "c2", "daniel", CURRENCY, 0, 900, 610, &L_KEUR, 2, 6, .title =
    T ("New annual recurring revenue signed", "新签年度经常性收入（ARR）"),
    .note = T ("Two group deals in legal review; if both sign we reach 0.8.",
               "两个连锁品牌合同在法务审核，若都签下可达到0.8。"),
    .early_note = T ("Target revised from 1,000: two groups moved their start to next quarter.",
                     "目标值由1000下调：两家连锁品牌推迟到下季度启动。") },
  { "c2.2", "c2", "emma", NUMBER, 2400, 3200, 2870, &L_MERCHANTS, 1, 6, .title =
    T ("Merchants on the Pro plan", "专业版付费门店数") },
  { "c2.3", "c2", "karen", PERCENT, 1.8, 1.2, 1.4, &L_PCT, 1, 5, .title =
    T ("Monthly revenue churn", "月度收入流失率"),
    .note = T ("Still high among cafés that joined last quarter; see the new churn objective.",
               "上季度签约的咖啡馆流失仍偏高，见新增的防流失目标。") },

  /* c3: dependable at peak */
  { "c3.1", "c3", "michael", PERCENT, 99.2, 99.8, 99.6, &L_PCT, 2, 7, .title =
    T ("Card payment success rate at peak hours", "高峰时段刷卡支付成功率") },
  { "c3.2", "c3", "michael", NUMBER, 340, 60, 95, &L_MINUTES, 1, 7, .title =
    T ("Minutes of checkout downtime", "收银服务中断时长"),
    .note = T ("One 25-minute outage at the acquirer; failover worked as rehearsed.",
               "收单行故障一次，持续25分钟，容灾切换按演练生效。") },
  { "c3.3", "c3", "michael", PERCENT, 55, 95, 81, &L_PCT, 1, 8, .title =
    T ("Terminals on the latest firmware", "已升级到最新固件的终端占比") },

  /* c4: leaders and hiring */
  { "c4.1", "c4", "aoife", NUMBER, 0, 14, 9, &L_ROLES, 2, 6, .title =
    T ("Critical roles filled", "关键岗位到岗人数"),
    .note = T ("Two senior engineers start next month; sales hires are the harder part.",
               "两位高级工程师下月入职，销售岗位更难招。") },
  { "c4.2", "c4", "aoife", PERCENT, 20, 80, 55, &L_PCT, 1, 7, .title =
    T ("Team leads who completed the leadership programme", "团队负责人完成管理者培养项目的比例") },
  { "c4.3", "c4", "claire", PERCENT, 71, 76, 73, &L_PCT, 1, 6, .title =
    T ("Employee engagement score", "员工敬业度得分") },

  /* Sales */
  { "sa1.1", "sa1", "daniel", CURRENCY, 0, 600, 410, &L_KEUR, 2, 7, .title =
    T ("New ARR signed by direct sales", "直销新签ARR"),
    .note = T ("Strong month in cafés; restaurant groups close slower than planned.",
               "咖啡馆本月表现强劲，连锁品牌签约比预期慢。") },
  { "sa1.2", "sa1", "kevin", CURRENCY, 0, 300, 200, &L_KEUR, 1, 6, .title =
    T ("New ARR signed through partners", "渠道新签ARR") },
  { "sa1.3", "sa1", "fiona", PERCENT, 22, 30, 26, &L_PCT, 1, 6, .title =
    T ("Win rate on qualified opportunities", "有效商机赢单率") },
  { "sa2.1", "sa2", "fiona", PERCENT, 60, 85, 74, &L_PCT, 1, 6, .title =
    T ("New merchants who match our ideal customer profile", "符合理想客户画像的新签商户占比") },
  { "sa2.2", "sa2", "tom", PERCENT, 45, 90, 72, &L_PCT, 1, 5, .title =
    T ("Deals handed to onboarding with a complete menu file", "交接时菜单资料齐全的订单占比"),
    .note = T ("Blocked: the CRM cannot attach photos yet. Asked Product for help.",
               "受阻：CRM还不能上传照片，已请产品部支持。") },
  { "ds1.1", "ds1", "tom", CURRENCY, 0, 350, 240, &L_KEUR, 2, 7, .title =
    T ("New ARR from cafés and bakeries", "咖啡馆和烘焙店新签ARR") },
  { "ds1.2", "ds1", "rachel", NUMBER, 0, 180, 130, &L_DEMOS, 1, 7, .title =
    T ("Demos booked with ideal-profile merchants", "与理想画像商户约到的演示场次"),
    .note = T ("The breakfast sessions filled 40 demo slots in one week.",
               "早餐会一周就约满了40场演示。") },
  { "ds2.1", "ds2", "tom", PERCENT, 70, 90, 82, &L_PCT, 1, 6, .title =
    T ("Forecast accuracy for the month", "月度业绩预测准确率") },
  { "ds2.2", "ds2", "owen", PERCENT, 55, 95, 86, &L_PCT, 1, 8, .title =
    T ("Open opportunities with a dated next step", "明确下一步及时间的在跟商机占比") },
  { "ds3.1", "ds3", "hannah", NUMBER, 2, 10, 6, &L_GROUPS, 1, 5, .title =
    T ("Restaurant groups with three or more sites signed", "签约三家门店以上的连锁品牌数"),
    .note = T ("Group buyers want a pilot site first; adding a two-week pilot offer.",
               "连锁客户都要求先试点一家店，正在推出两周试用方案。") },
  { "ds3.2", "ds3", "hannah", NUMBER, 8, 45, 24, &L_SITES, 1, 5, .title =
    T ("Sites live across signed groups", "已签连锁品牌的上线门店数") },
  { "ds4.1", "ds4", "rachel", PERCENT, 50, 90, 78, &L_PCT, 1, 7, .title =
    T ("Handovers accepted by onboarding at the first attempt",
       "一次性通过实施团队验收的交接占比") },
  { "ds4.2", "ds4", "owen", NUMBER, 6, 2, 3, &L_DAYS, 1, 8, .title =
    T ("Median days from signature to handover call", "从签约到交接会议的天数（中位数）") },
  { "ch1.1", "ch1", "kevin", NUMBER, 14, 25, 20, &L_PARTNERS, 1, 6, .title =
    T ("Active reseller partners", "活跃渠道伙伴数") },
  { "ch1.2", "ch1", "laura", CURRENCY, 0, 300, 200, &L_KEUR, 2, 6, .title =
    T ("New ARR sourced by partners", "渠道伙伴带来的新签ARR") },
  { "ch1.3", "ch1", "patrick", NUMBER, 0, 20, 12, &L_PARTNERS, 1, 7, .title =
    T ("Partners certified on the new installer course", "通过新版安装认证课程的渠道伙伴数") },
  { "ch2.1", "ch2", "kevin", MILESTONE, 0, 1, 0, &L_NONE, 1, 0, .title =
    T ("Delivery-platform orders reaching the till in pilot shops",
       "试点门店的外卖平台订单自动进入收银系统") },
  { "ch2.2", "ch2", "laura", NUMBER, 0, 30, 0, &L_SHOPS, 1, 0, .title =
    T ("Pilot shops using the delivery integration", "使用外卖对接功能的试点门店数") },

  /* Product */
  { "pr1.1", "pr1", "james", PERCENT, 35, 70, 58, &L_PCT, 2, 6, .title =
    T ("New merchants who finish setup without calling us",
       "无需致电客服即可完成开店配置的新商户占比") },
  { "pr1.2", "pr1", "james", NUMBER, 95, 20, 35, &L_MINUTES, 1, 7, .title =
    T ("Median time to import a menu", "导入一份菜单的时间（中位数）") },
  { "pr1.3", "pr1", "chloe", PERCENT, 60, 90, 80, &L_PCT, 1, 7, .title =
    T ("Setup tasks completed in usability tests", "可用性测试中开店任务完成率") },
  { "pr2.1", "pr2", "emma", PERCENT, 18, 30, 24, &L_PCT, 2, 5, .title =
    T ("Pro trials that convert to paid", "专业版试用转付费率"),
    .note = T ("Owners love the report but hesitate at the price; testing an annual discount.",
               "店主喜欢日报但对价格犹豫，正在测试年付优惠。") },
  { "pr2.2", "pr2", "sam", NUMBER, 1100, 2500, 1750, &L_USERS, 1, 5, .title =
    T ("Weekly users of the sales insights report", "经营日报周活跃用户数") },
  { "ma1.1", "ma1", "sam", PERCENT, 40, 85, 71, &L_PCT, 2, 7, .title =
    T ("Menus imported from a photo or spreadsheet without errors",
       "通过拍照或表格导入且无差错的菜单占比"),
    .note = T ("Handwritten menus are still the weak spot.", "手写菜单仍是薄弱环节。") },
  { "ma1.2", "ma1", "james", PERCENT, 22, 5, 9, &L_PCT, 1, 7, .title =
    T ("Menu items needing a manual fix after import", "导入后需手工修正的菜品占比") },
  { "ma2.1", "ma2", "sam", NUMBER, 600, 1500, 980, &L_OWNERS, 1, 5, .title =
    T ("Owners who open the report at least four mornings a week",
       "每周至少四天早上打开日报的店主数"),
    .early_note = T ("The 7 a.m. push doubled opens; the numbers are not moving since.",
                     "早上7点推送让打开量翻倍，之后就没什么增长了。") },
  { "ma2.2", "ma2", "nora", PERCENT, 5, 25, 14, &L_PCT, 1, 6, .title =
    T ("Owners who set a daily sales goal", "设置了每日营业目标的店主占比") },
  { "de1.1", "de1", "ben", NUMBER, 62, 80, 72, &L_POINTS, 1, 6, .title =
    T ("Usability score of the setup flow (SUS)", "开店流程的可用性评分（SUS）") },
  { "de1.2", "de1", "chloe", PERCENT, 45, 80, 66, &L_PCT, 1, 6, .title =
    T ("Test participants who call setup easy", "认为开店配置“很简单”的测试用户占比") },
  { "de2.1", "de2", "ben", NUMBER, 0, 120, 85, &L_SCREENS, 1, 7, .title =
    T ("Screens reviewed against the new writing guide", "按新版文案规范完成走查的页面数") },
  { "de2.2", "de2", "chloe", NUMBER, 45, 15, 24, &L_TICKETS, 1, 6, .title =
    T ("Monthly tickets caused by unclear wording", "因文案不清引起的月度工单数") },

  /* Engineering */
  { "en1.1", "en1", "sarah", NUMBER, 2.8, 1.5, 1.9, &L_SECONDS, 2, 6, .title =
    T ("Card payment response time at the 95th percentile", "刷卡支付响应时间（P95）") },
  { "en1.2", "en1", "sarah", NUMBER, 9, 3, 4, &L_INCIDENTS, 1, 6, .title =
    T ("Incidents affecting checkout", "影响收银的线上故障数") },
  { "en1.3", "en1", "robert", PERCENT, 55, 95, 81, &L_PCT, 1, 8, .title =
    T ("Terminals on firmware 5", "已升级到5.x固件的终端占比") },
  { "en2.1", "en2", "peter", NUMBER, 6, 20, 14, &L_DEPLOYS, 1, 7, .title =
    T ("Production deploys per week", "每周生产环境发布次数") },
  { "en2.2", "en2", "peter", PERCENT, 8, 3, 4.5, &L_PCT, 1, 6, .title =
    T ("Deploys that needed a rollback", "需要回滚的发布占比") },
  { "cp1.1", "cp1", "sarah", PERCENT, 99.5, 99.95, 99.9, &L_PCT, 1, 7, .title =
    T ("Payment API availability", "支付接口可用性") },
  { "cp1.2", "cp1", "david", PERCENT, 0.8, 0.2, 0.35, &L_PCT, 1, 6, .title =
    T ("Payment requests that time out", "支付请求超时率") },
  { "pa1.1", "pa1", "conor", PERCENT, 40, 95, 80, &L_PCT, 2, 7, .title =
    T ("Payments retried automatically after a network drop", "断网后自动重试成功的支付占比") },
  { "pa1.2", "pa1", "grace", NUMBER, 2.6, 1.4, 1.8, &L_SECONDS, 1, 6, .title =
    T ("Time from tap to approval at the 95th percentile", "从拍卡到授权完成的时间（P95）"),
    .note = T ("Blocked on the bank's new endpoint, promised for next week.",
               "卡在银行的新接口上，对方承诺下周提供。") },
  { "pa1.3", "pa1", "david", MILESTONE, 0, 1, 1, &L_NONE, 1, 10, .title =
    T ("Failover to a second acquiring bank certified", "第二家收单银行容灾切换通过认证"),
    .note = T ("Certified on the first attempt.", "一次通过认证。") },
  { "pa2.1", "pa2", "grace", PERCENT, 96.5, 99.5, 98.9, &L_PCT, 2, 8, .title =
    T ("Settlements paid on the next business day", "次日到账的结算笔数占比") },
  { "pa2.2", "pa2", "conor", NUMBER, 120, 40, 65, &L_TICKETS, 1, 6, .title =
    T ("Monthly settlement tickets from merchants", "商户月度结算类工单数") },
  { "in1.1", "in1", "mark", PERCENT, 30, 90, 65, &L_PCT, 1, 6, .title =
    T ("Services that scale automatically", "支持自动扩缩容的服务占比") },
  { "in1.2", "in1", "peter", CURRENCY, 1.90, 1.40, 1.62, &L_EUR, 1, 6, .title =
    T ("Monthly cloud cost per active merchant", "每家活跃门店的月度云成本") },
  { "in2.1", "in2", "lisa", NUMBER, 14, 4, 6, &L_PAGES, 1, 7, .title =
    T ("Pages outside working hours per week", "每周非工作时间告警呼叫次数"),
    .note = T ("Quietest week since we started measuring.", "自开始统计以来最安静的一周。") },
  { "in2.2", "in2", "lisa", PERCENT, 40, 100, 85, &L_PCT, 1, 8, .title =
    T ("Alerts with a written runbook", "有处置手册的告警占比") },
  { "dv1.1", "dv1", "anna", PERCENT, 70, 98, 92, &L_PCT, 1, 8, .title =
    T ("Terminals updated over the air without a visit", "无需上门即可远程升级的终端占比") },
  { "dv1.2", "dv1", "luke", PERCENT, 3.5, 0.5, 0.9, &L_PCT, 1, 7, .title =
    T ("Firmware updates that fail", "固件升级失败率") },
  { "dv2.1", "dv2", "robert", NUMBER, 0, 25, 0, &L_RESTAURANTS, 1, 0, .title =
    T ("Pilot restaurants using Nova every day", "每天使用 Nova 的试点餐厅数") },
  { "dv2.2", "dv2", "luke", NUMBER, 12, 4, 12, &L_FAULTS, 1, 0, .title =
    T ("Hardware faults per thousand Nova units", "每千台 Nova 的硬件故障数") },

  /* Customer Success */
  { "cs1.1", "cs1", "niall", PERCENT, 40, 80, 66, &L_PCT, 2, 7, .title =
    T ("New shops selling within five days of signing", "签约五天内开始收银的新门店占比") },
  { "cs1.2", "cs1", "megan", PERCENT, 70, 88, 83, &L_PCT, 1, 7, .title =
    T ("Merchants who rate onboarding four or five stars", "给开店服务打出四星及以上的商户占比") },
  { "cs1.3", "cs1", "karen", PERCENT, 30, 90, 76, &L_PCT, 1, 7, .title =
    T ("New merchants with a check-in call in their second week", "第二周完成回访的新商户占比") },
  { "cs2.1", "cs2", "joanne", PERCENT, 40, 90, 75, &L_PCT, 1, 7, .title =
    T ("At-risk merchants contacted within 48 hours", "48小时内联系到的流失风险商户占比") },
  { "cs2.2", "cs2", "karen", PERCENT, 30, 55, 41, &L_PCT, 1, 5, .title =
    T ("At-risk merchants who stay", "成功挽留的流失风险商户占比"),
    .note = T ("Most leave over the card fee, not the product; talking to Finance.",
               "多数商户因刷卡费率离开，而不是产品问题，正在与财务部沟通。") },
  { "ob1.1", "ob1", "adam", PERCENT, 85, 95, 92, &L_PCT, 1, 8, .title =
    T ("Installs finished in a single visit", "一次上门即完成安装的占比") },
  { "ob1.2", "ob1", "megan", PERCENT, 60, 95, 88, &L_PCT, 2, 7, .title =
    T ("Menus we import within 24 hours of handover", "交接后24小时内完成导入的菜单占比") },
  { "ob1.3", "ob1", "niall", PERCENT, 70, 90, 84, &L_PCT, 1, 6, .title =
    T ("Go-live days with no urgent call to support", "开业当天未发生紧急求助的门店占比") },
  { "su1.1", "su1", "shane", NUMBER, 11, 3, 4, &L_MINUTES, 2, 7, .title =
    T ("Median first response on weekend evenings", "周末晚间首次响应时间（中位数）") },
  { "su1.2", "su1", "ruth", PERCENT, 62, 80, 74, &L_PCT, 1, 6, .title =
    T ("Tickets solved at first contact", "首次接触即解决的工单占比") },
  { "su1.3", "su1", "joanne", PERCENT, 86, 93, 90, &L_PCT, 1, 7, .title =
    T ("Support satisfaction (CSAT)", "客服满意度（CSAT）") },
  { "su1.4", "su1", "ruth", NUMBER, 20, 50, 41, &L_ARTICLES, 1, 7, .mid_cycle = TRUE, .title =
    T ("Help articles that answer a top-50 question", "覆盖前50个高频问题的帮助文章数") },

  /* People & Culture */
  { "hr1.1", "hr1", "ellen", NUMBER, 0, 14, 9, &L_ROLES, 2, 6, .title =
    T ("Critical engineering and sales roles filled", "研发和销售关键岗位到岗人数") },
  { "hr1.2", "hr1", "aoife", PERCENT, 85, 95, 92, &L_PCT, 1, 8, .title =
    T ("New hires who pass probation", "新员工试用期通过率") },
  { "hr2.1", "hr2", "aoife", PERCENT, 20, 100, 70, &L_PCT, 1, 7, .title =
    T ("Future leads with a named mentor", "已配备导师的后备干部占比") },
  { "hr2.2", "hr2", "aoife", PERCENT, 25, 50, 40, &L_PCT, 1, 6, .title =
    T ("Open lead roles filled internally", "内部提拔填补的管理岗位占比") },
  { "hr3.1", "hr3", "aoife", PERCENT, 0, 100, 70, &L_PCT, 1, 7, .title =
    T ("Engineering roles mapped to the new levels", "已对应到新职级体系的研发岗位占比") },
  { "hr3.2", "hr3", "catherine", NUMBER, 23, 0, 9, &L_CASES, 1, 6, .title =
    T ("Unexplained pay gaps above 10% within a level",
       "同职级内差距超过10%且无合理解释的薪酬个案") },
  { "rc1.1", "rc1", "paul", NUMBER, 40, 90, 71, &L_APPLICANTS, 1, 6, .title =
    T ("Qualified engineering applicants per month", "每月合格的研发候选人数") },
  { "rc1.2", "rc1", "ellen", PERCENT, 65, 85, 78, &L_PCT, 1, 6, .title =
    T ("Offer acceptance rate", "Offer接受率") },
  { "rc2.1", "rc2", "paul", PERCENT, 60, 85, 77, &L_PCT, 1, 7, .title =
    T ("Candidates who rate the process four or five stars",
       "给面试体验打出四星及以上的候选人占比") },
  { "rc2.2", "rc2", "ellen", NUMBER, 24, 14, 17, &L_DAYS, 1, 6, .title =
    T ("Median days from first interview to offer", "从首轮面试到发放Offer的天数（中位数）") },

  /* Finance */
  { "fi1.1", "fi1", "brian", NUMBER, 12, 5, 7, &L_WORKDAYS, 2, 7, .title =
    T ("Working days to close the month", "月度关账所需工作日"),
    .note = T ("Last month closed in seven days; bank feeds now import overnight.",
               "上个月7天完成关账，银行流水改为夜间自动导入。") },
  { "fi1.2", "fi1", "catherine", NUMBER, 2, 6, 5, &L_DEPARTMENTS, 1, 8, .title =
    T ("Departments with a live monthly budget report", "使用实时月度预算报表的部门数") },
  { "fi2.1", "fi2", "brian", PERCENT, 88, 97, 93, &L_PCT, 1, 7, .title =
    T ("Subscription invoices paid within 30 days", "30天内回款的订阅账单占比") },
  { "fi2.2", "fi2", "catherine", CURRENCY, 310, 120, 180, &L_KEUR, 1, 6, .title =
    T ("Overdue receivables", "逾期应收账款") },
  { "fi3.1", "fi3", "brian", NUMBER, 6, 2, 6, &L_DAYS, 1, 0, .title =
    T ("Median days to approve an expense claim", "费用报销审批天数（中位数）") },

  /* Individuals */
  { "i-rachel.1", "i-rachel", "rachel", PERCENT, 30, 50, 44, &L_PCT, 1, 7, .title =
    T ("Bakery demos that turn into a trial", "烘焙店演示转试用的比例") },
  { "i-rachel.2", "i-rachel", "rachel", NUMBER, 0, 12, 7, &L_REFERRALS, 1, 6, .title =
    T ("Referrals from bakery customers", "烘焙店老客户转介绍数") },
  { "i-conor.1", "i-conor", "conor", NUMBER, 0, 12, 9, &L_RULES, 1, 8, .title =
    T ("Retry rules checked against scheme guidance", "对照卡组织规范核查过的重试规则数") },
  { "i-conor.2", "i-conor", "conor", NUMBER, 0, 3, 2, &L_TALKS, 1, 7, .title =
    T ("Team talks given on payment failures", "面向团队的支付失败专题分享次数") },
  { "i-megan.1", "i-megan", "megan", NUMBER, 0, 3, 2, &L_TEAMS, 1, 8, .title =
    T ("Teams coached through a draft review", "已完成草稿辅导的团队数") },
  { "i-megan.2", "i-megan", "megan", PERCENT, 50, 85, 78, &L_PCT, 1, 7, .title =
    T ("Key results that pass the coach's checks at first review",
       "首次评审即通过教练检查的关键结果占比") },
  { "i-shane.1", "i-shane", "shane", PERCENT, 60, 90, 84, &L_PCT, 1, 8, .title =
    T ("Weekend evening chats answered within five minutes", "周末晚间5分钟内响应的咨询占比") },

  /* The previous quarter, with self-assessed scores on some */
  { "pc1.1", "pc1", "karen", NUMBER, 18, 10, 12, &L_DAYS, 2, 7, .score = 0.7, .title =
    T ("Median days from signed contract to first sale", "从签约到首笔收银的天数（中位数）"),
    .score_note = T ("The menu import service saved days; terminals still wait too long in the "
                     "warehouse.",
                     "菜单代导入服务节省了好几天，但终端在仓库积压的时间还是太长。") },
  { "pc1.2", "pc1", "karen", PERCENT, 72, 80, 78, &L_PCT, 1, 7, .title =
    T ("New merchants still active after 30 days", "新商户30天留存率") },
  { "pc2.1", "pc2", "emma", NUMBER, 300, 900, 780, &L_TRIALS, 1, 7, .score = 0.8, .title =
    T ("Pro plan trials started", "专业版试用开通数"),
    .score_note = T ("Trials came easily once the insights report shipped.",
                     "经营日报上线后，试用开通明显加快。") },
  { "pc2.2", "pc2", "daniel", CURRENCY, 0, 800, 560, &L_KEUR, 2, 6, .score = 0.7, .title =
    T ("New annual recurring revenue signed", "新签年度经常性收入（ARR）"),
    .score_note = T ("Good for a stretch goal; two restaurant groups slipped into this quarter.",
                     "作为挑战型目标成绩不错，两家连锁品牌的签约推迟到了本季度。") },
  { "pc3.1", "pc3", "michael", PERCENT, 98.6, 99.2, 99.2, &L_PCT, 2, 9, .score = 1.0, .title =
    T ("Card payment success rate at peak hours", "高峰时段刷卡支付成功率"),
    .score_note = T ("Met in every week of the quarter.", "本季度每周都达标。") },
  { "pc3.2", "pc3", "michael", NUMBER, 14, 9, 9, &L_INCIDENTS, 1, 9, .title =
    T ("Incidents affecting checkout", "影响收银的线上故障数") },
  { "ps1.1", "ps1", "fiona", PERCENT, 15, 25, 22, &L_PCT, 2, 6, .score = 0.6, .title =
    T ("Win rate on qualified café opportunities", "咖啡馆有效商机赢单率"),
    .score_note = T ("The rate held up, but only for cafés we met in person.",
                     "赢单率守住了，但只限于当面拜访过的咖啡馆。") },
  { "ps1.2", "ps1", "tom", NUMBER, 0, 8, 6, &L_CHAPTERS, 1, 7, .title =
    T ("Sales playbook chapters in daily use", "在日常销售中使用的打法手册章节数") },
  { "pe1.1", "pe1", "sarah", NUMBER, 400, 1200, 1200, &L_TPS, 2, 9, .score = 1.0, .title =
    T ("Load-tested capacity", "压测通过的处理能力"),
    .score_note = T ("Reached in week nine, with room to spare.", "第九周达成，并留有余量。") },
  { "pe1.2", "pe1", "peter", PERCENT, 50, 100, 90, &L_PCT, 1, 7, .score = 0.8, .title =
    T ("Critical alerts with an owner and a runbook", "有负责人和处置手册的关键告警占比"),
    .score_note = T ("Ten alerts left for this quarter.", "还有十条告警留到本季度处理。") },
  { "pe1.3", "pe1", "david", NUMBER, 8, 3, 4, &L_INCIDENTS, 1, 7, .title =
    T ("Checkout incidents caused by payments", "由支付引起的收银故障数") },
  { "pp1.1", "pp1", "david", PERCENT, 0, 40, 40, &L_PCT, 2, 8, .score = 0.9, .title =
    T ("Payments retried automatically after a network drop", "断网后自动重试成功的支付占比"),
    .score_note = T ("Target reached, though only on the newest terminals.",
                     "目标达成，但仅限于新款终端。") },
  { "pp1.2", "pp1", "david", PERCENT, 0, 60, 36, &L_PCT, 1, 6, .score = 0.6, .title =
    T ("Terminals with the new offline queue", "已启用新离线队列的终端占比"),
    .score_note = T ("Roll-out paused for two weeks during the bank certification.",
                     "银行认证期间暂停推送了两周。") },
  { "pd1.1", "pd1", "robert", NUMBER, 0, 50, 10, &L_DEVICES, 2, 3, .score = 0.2, .title =
    T ("Nova pilot units delivered by the factory", "工厂交付的 Nova 试点样机数"),
    .score_note = T ("The factory moved its tooling date by six weeks; the pilots move to this "
                     "quarter.",
                     "工厂模具延期六周，试点顺延到本季度。") },
  { "pd1.2", "pd1", "robert", MILESTONE, 0, 1, 1, &L_NONE, 1, 9, .title =
    T ("Nova passes the drop and spill tests", "Nova 通过跌落和防泼溅测试") },
  { "pcs1.1", "pcs1", "niall", PERCENT, 20, 80, 75, &L_PCT, 2, 8, .score = 0.9, .title =
    T ("Menus set up by our team before go-live", "开业前由我们代为配置的菜单占比"),
    .score_note = T ("Almost there; the shops left have handwritten menus.",
                     "基本达成，剩下的都是手写菜单的门店。") },
  { "pcs1.2", "pcs1", "adam", PERCENT, 70, 90, 84, &L_PCT, 1, 7, .title =
    T ("Installs finished in a single visit", "一次上门即完成安装的占比") },
  { "phr1.1", "phr1", "aoife", PERCENT, 30, 100, 85, &L_PCT, 1, 7, .score = 0.8, .title =
    T ("Teams with OKRs published in the first week of the quarter",
       "季度第一周内公布 OKR 的团队占比"),
    .score_note = T ("Finance and Recruiting published two weeks late.",
                     "财务部和招聘组晚了两周才公布。") },
  { "phr1.2", "phr1", "megan", NUMBER, 0, 120, 96, &L_PEOPLE, 1, 7, .title =
    T ("People trained in writing key results", "参加关键结果写作培训的人数") },
  { "p-hannah.1", "p-hannah", "hannah", NUMBER, 0, 3, 2, &L_GROUPS, 1, 6, .title =
    T ("Restaurant groups running a pilot", "试点中的连锁品牌数") },
};

/* Horizontal links: an objective that depends on another team's. */
static const struct
{
  const char *from;
  const char *to;
} dependencies[] = {
  { "ob1", "ma1" },   /* onboarding imports menus with the merchant app's importer */
  { "su1", "dv1" },   /* failed firmware updates fill support's weekend queue */
};

/* Action plans: steps under key results, due so many days into the quarter. */
static const struct
{
  const char *key_result;
  const char *owner;
  int         due_day;
  gboolean    done;
  Text        title;
} action_plans[] = {
  { "ma1.1", "sam", 21, TRUE,
    T ("Photo menu import in beta with twenty cafés", "拍照导入菜单功能邀请20家咖啡馆内测") },
  { "ma1.1", "nora", 35, TRUE,
    T ("Spreadsheet template with an allergens column", "提供带过敏原列的菜单表格模板") },
  { "ma1.1", "james", 70, FALSE,
    T ("Match dishes against the merchant's previous menu", "自动匹配商户原有菜单中的菜品") },
  { "ob1.2", "megan", 14, TRUE,
    T ("Menu import desk staffed at weekends", "周末安排专人负责菜单导入") },
  { "ob1.2", "niall", 28, TRUE,
    T ("Handover checklist agreed with Direct Sales", "与直销组确定交接清单") },
  { "en1.2", "sarah", 30, TRUE,
    T ("Bank outage rehearsed on a quiet Tuesday morning",
       "选在业务低谷的周二上午演练银行故障切换") },
  { "en1.2", "david", 60, FALSE,
    T ("Payments on-call paged when approvals slow down", "授权变慢时自动呼叫支付组值班人员") },
  { "ds1.1", "rachel", 40, TRUE,
    T ("Breakfast sessions for café owners in Cork and Galway", "在杭州、宁波举办咖啡店主早餐会") },
  { "ds1.1", "hannah", 75, FALSE,
    T ("Stand at the bakery trade fair", "烘焙行业展会设展") },
  { "hr1.1", "ellen", 10, TRUE,
    T ("Referral bonus doubled for engineering roles", "研发岗位内推奖金翻倍") },
  { "hr1.1", "paul", 65, FALSE,
    T ("Take-home test replaced by a paired session", "用结对编程面试替代笔试作业") },
};

/* KPIs: health metrics the units watch beside their OKRs, with the values
 * of the last four monthly updates. */
static const struct
{
  const char *unit;
  const char *author;
  double      target;
  gboolean    tied_to_compensation;
  double      values[4];
  const Text *label;
  Text        name;
  Text        note;     /* on the latest update */
} kpis[] = {
  { "sales", "daniel", 250, TRUE, { 231, 248, 270, 265 }, &L_KEUR,
    T ("Monthly new bookings", "月度新签合同额"),
    T ("Slightly down on last month; two group deals moved to next month.",
       "比上月略降，两个连锁品牌合同顺延到下月。") },
  { "sales", "fiona", 28, FALSE, { 29, 27, 25, 24 }, &L_DAYS,
    T ("Average sales cycle", "平均销售周期") },
  { "cs", "karen", 1.5, FALSE, { 1.9, 1.8, 1.7, 1.6 }, &L_PCT,
    T ("Monthly merchant churn", "月度门店流失率"),
    T ("Cafés that joined last quarter still leave faster than the rest.",
       "上季度签约的咖啡馆流失仍高于平均。") },
  { "cs", "joanne", 90, TRUE, { 88, 89, 89, 90 }, &L_PCT,
    T ("Support satisfaction", "客服满意度") },
  { "engineering", "michael", 99.9, FALSE, { 99.81, 99.88, 99.91, 99.93 }, &L_PCT,
    T ("Payment API uptime", "支付接口可用率") },
  { "engineering", "sarah", 0, FALSE, { 6, 4, 3, 2 }, &L_INCIDENTS,
    T ("Open severity-1 bugs", "未关闭的一级缺陷数"),
    T ("Both left are in the printer driver; fix in the next firmware.",
       "剩下两个都在打印机驱动里，下个固件版本修复。") },
};

/* OKR reviews of the previous quarter, held in the weeks after it closed. */
static const struct
{
  const char *person;
  int         days_after;
  Text        helped;
  Text        contributed;
  Text        improve;
  Text        one_to_one;
} reviews[] = {
  { "tom", 6,
    T ("Having the win rate on the wall every Monday stopped us chasing every lead. We dropped "
       "two segments that never closed.",
       "每周一把赢单率挂在墙上，大家不再什么线索都追，我们果断放弃了两个从来不成单的细分市场。"),
    T ("The sales playbook: six of eight chapters in daily use. I wrote the café and bakery "
       "chapters with Rachel and coached the team on them.",
       "销售打法手册：8章中已有6章在日常使用。"
       "咖啡馆和烘焙店两章是我和吴婷一起写的，也带着团队练了几轮。"),
    T ("Write key results the team can move week by week, not only the ones I care about.",
       "写团队每周都能推动的关键结果，而不只是我自己关心的指标。"),
    T ("With Daniel. Agreed that Tom drafts Direct Sales' key results with the team before the "
       "co-creation workshop; Daniel shares the partner numbers every week.",
       "与赵磊面谈。约定周强在共创会前先和组员一起提出直销组的关键结果；赵磊每周同步渠道数据。") },
  { "david", 8,
    T ("Weekly check-ins showed the offline queue slipping in week five, early enough to ask the "
       "bank for a second test slot.",
       "每周的进展更新让离线队列的延误在第五周就暴露出来，我们及时向银行争取到了第二个测试窗口。"),
    T ("Automatic retries after a network drop: from nothing to 40% of failed payments "
       "recovered without the merchant noticing.",
       "断网自动重试：从无到有，40%的失败支付在商户无感知的情况下自动恢复。"),
    T ("Score against the target, not against how hard the work was.",
       "自评时对照目标打分，而不是看事情有多辛苦。"),
    T ("With Sarah. Talked about what a good stretch score looks like: 0.6 to 0.7 is a success. "
       "Next quarter David sets one key result the team is only half sure of.",
       "与王芳面谈。讨论了挑战型目标的合理评分：0.6到0.7就算成功。"
       "下季度李强设定一个团队只有五成把握的关键结果。") },
  { "karen", 5,
    T ("The company objective on onboarding gave Customer Success and Product one shared "
       "number. Handovers got faster within weeks.",
       "公司层面的开店实施目标让客户成功部和产品部有了同一个数字，几周之内交接就快了很多。"),
    T ("Days from contract to first sale, down from 18 to 12: we took menu set-up off the "
       "merchants and did it ourselves.",
       "签约到首笔收银的天数从18天降到12天：我们把菜单配置接了过来，不再让商户自己弄。"),
    T ("Bring Finance into our OKRs earlier; churn is half a money problem.",
       "更早把财务部拉进来一起定 OKR，流失问题有一半是钱的问题。"),
    T ("With Claire. Karen presents the onboarding lessons at the all-hands. Agreed to add a "
       "churn objective mid-quarter if new cafés keep leaving.",
       "与陈立明面谈。李娜在全员大会上分享开店实施的经验；"
       "约定如果新签咖啡馆继续流失，季度中增加一个防流失目标。") },
  { "megan", 9,
    T ("Seeing every team's OKRs on one map showed me how much of Onboarding's work waits on "
       "Sales.",
       "在对齐视图里看到所有团队的 OKR，我才发现开店实施组有多少事在等销售。"),
    T ("People trained in writing key results: 96 of 120. I ran eight of the workshops.",
       "关键结果写作培训覆盖96人（目标120人），其中8场是我主讲的。"),
    T ("Review drafts the week before the quarter starts, not in its first week.",
       "在季度开始前一周就审阅草稿，而不是开始后第一周才审。"),
    T ("With Niall. Megan spends half a day a week as OKR champion this quarter.",
       "与唐亮面谈。宋佳本季度每周用半天时间担任 OKR 推行大使。") },
  { "robert", 7,
    T ("The Nova objective made the factory delay everyone's problem, not just mine; "
       "Procurement joined our weekly call.",
       "Nova 目标让工厂延期成了大家的问题，而不只是我一个人的事，采购也加入了每周例会。"),
    T ("The drop and spill certification, passed at the first attempt.",
       "跌落和防泼溅认证，一次通过。"),
    T ("Split hardware key results into what we control and what the factory controls.",
       "把硬件关键结果拆成我们能控制的和工厂控制的两部分。"),
    T ("With Michael. The Nova pilot comes into this quarter as a draft until the factory "
       "confirms its dates.",
       "与张伟面谈。工厂确认交期之前，Nova 试点以草稿形式带入本季度。") },
  { "hannah", 10,
    T ("My own objective gave me permission to spend Fridays on restaurant groups.",
       "有了自己的目标，我可以名正言顺地每周五专门跑连锁餐饮。"),
    T ("Two restaurant-group pilots; one became our first group deal this quarter.",
       "两个连锁品牌试点，其中一个在本季度转成了我们第一单连锁签约。"),
    T ("Check in every week even when nothing moved: the quiet weeks were when I needed help.",
       "即使没有进展也坚持每周更新：没动静的那几周，恰恰是最需要帮助的时候。"),
    T ("With Tom. Hannah pairs with Kevin's partners in the north for group deals.",
       "与周强面谈。冯雪与何军的渠道伙伴合作，一起开拓苏南的连锁客户。") },
};

/* The roll-out checklist: the nine factors of OKR-METHOD.md, in order. */
static const struct
{
  const char *owner;
  int         due_day;      /* days from the start of the current quarter */
  gboolean    done;
  Text        notes;
} rollout[] = {
  { "claire", -120, TRUE,
    T ("Claire opened the year's kick-off with why: fewer priorities, and everyone able to see "
       "how their work moves the company.",
       "陈立明在年度启动会上讲清了为什么要用 OKR："
       "聚焦更少的重点，让每个人都看到自己的工作如何推动公司前进。") },
  { "aoife", -100, TRUE,
    T ("Claire sponsors the programme; one trained champion in every department.",
       "陈立明担任项目发起人，每个部门都有一位经过培训的推行大使。") },
  { "aoife", -100, TRUE,
    T ("Company, department and team OKRs every quarter, individual ones optional. Weekly "
       "check-ins; self-scores from 0.0 to 1.0, and 0.7 is a good result on a stretch goal.",
       "公司、部门、团队每季度制定 OKR，个人 OKR 自愿；每周更新进展；"
       "自评0.0–1.0，挑战型目标达到0.7即为优秀。") },
  { "megan", -80, TRUE,
    T ("Two half-day workshops for managers and one for everyone; recordings on the wiki.",
       "为管理者举办两场半天工作坊，为全员举办一场，录像放在内部知识库。") },
  { "claire", -60, TRUE,
    T ("OKRs on the screen in every office and reviewed at the monthly all-hands.",
       "各办公室大屏展示 OKR，月度全员大会逐一回顾。") },
  { "aoife", 14, FALSE,
    T ("Champions review every draft before the quarter starts; Finance and Recruiting still "
       "to be coached.",
       "推行大使在季度开始前审阅所有草稿；财务部和招聘组还需要辅导。") },
  { "martin", 90, FALSE,
    T ("Most key results still come from department heads; next quarter teams propose first.",
       "多数关键结果仍由部门负责人提出；下季度改为团队先提。") },
  { "aoife", 45, TRUE,
    T ("Mid-quarter review in week seven: two targets revised, one objective added.",
       "第七周召开中期回顾：调整了两个目标值，新增了一个目标。") },
  { "megan", 105, FALSE,
    T ("Lessons of each quarter written up and shared on the wiki within two weeks of its end.",
       "每季度结束后两周内整理经验教训，并在知识库分享。") },
};

/* Revisions: targets changed in the middle of the quarter, and why. */
static const struct
{
  const char *key_result;
  const char *author;
  int         day;
  const char *field;
  const char *old_value;
  const char *new_value;
  Text        reason;
} revisions[] = {
  { "ds3.2", "hannah", 24, "target_value", "60", "45",
    T ("Groups have fewer sites each than we assumed.", "每个连锁品牌的门店数比预估的少。") },
  { "c2.1", "daniel", 30, "target_value", "1000", "900",
    T ("Two restaurant groups moved their start to next quarter; still a stretch, now an honest "
       "one.",
       "两家连锁品牌推迟到下季度启动，目标仍有挑战性，但更实际。") },
};

/* The deliberate coaching problems ----------------------------------------
 *
 * Records that only the default sample has (lodestar demo without --clean).
 * The changes to clean records are in add_problems() below. */

static const ObjectiveDef problem_objectives[] = {
  /* objective-has-number; with ds6, Direct Sales' fifth and sixth
   * objectives of the quarter: too-many-objectives */
  { "ds5", SLOT_CURRENT, "direct-sales", COMMITTED, 0, 0, { "sa1.1" },
    T ("Reach €1M in new revenue", "新增营收达到1000万") },
  /* duplicate-objective: nearly the title of ds2, same owner, same cycle */
  { "ds6", SLOT_CURRENT, "direct-sales", COMMITTED, 0, 0, { "sa1.3" },
    T ("Build a pipeline we can really trust", "打造一条真正靠得住的销售管道") },
  /* objective-without-key-results */
  { "rc3", SLOT_CURRENT, "recruiting", ASPIRATIONAL, 0, 0, { "hr1.1" },
    T ("Put Brightwater on the map at engineering meetups", "让青禾在技术社区里打出知名度") },
};

static const KrDef problem_key_results[] = {
  { "ds5.1", "ds5", "owen", CURRENCY, 0, 150, 90, &L_KEUR, 1, 6, .title =
    T ("New ARR from customers adding sites", "老客户新增门店带来的ARR") },
  { "ds6.1", "ds6", "owen", NUMBER, 60, 15, 28, &L_OPPORTUNITIES, 1, 6, .title =
    T ("Opportunities with no activity for 30 days", "超过30天无跟进的商机数") },
  /* too-many-key-results: the fifth under su1 */
  { "su1.5", "su1", "shane", NUMBER, 35, 15, 22, &L_TICKETS, 1, 6, .title =
    T ("Weekend tickets escalated to engineering", "周末升级给研发处理的工单数") },
  /* key-result-not-measurable: neither start nor target, and not a milestone */
  { "de1.3", "de1", "ben", NUMBER, NAN, NAN, NAN, &L_NONE, 1, 6, .title =
    T ("Merchant happiness with the new menu editor", "商户对新版菜单编辑器的满意度"),
    .note = T ("Feedback sounds good so far.", "目前听到的反馈都还不错。") },
  /* key-result-is-task: an activity, done or not done, that says nothing of
   * what it should change */
  { "ma1.3", "ma1", "james", MILESTONE, 0, 1, 0, &L_NONE, 1, 6, .title =
    T ("Launch the new onboarding flow", "上线新版新手引导流程") },
};

/* Writing ------------------------------------------------------------------ */

typedef struct
{
  LdsId  id;
  Slot   slot;
  guint  flags;
  gint64 begin;      /* when work on it started: its cycle's start, or when added */
} ObjectiveInfo;

typedef struct
{
  LdsStore    *store;
  gboolean     chinese;
  GError     **error;
  GRand       *rand;
  gint64       now;
  char        *today;
  LdsCycle    *cycles[N_SLOTS];
  GHashTable  *units;          /* key → LdsId */
  GHashTable  *people;         /* key → LdsId */
  GHashTable  *objectives;     /* key → ObjectiveInfo */
  GHashTable  *key_results;    /* key → LdsId */
  GHashTable  *kr_slots;       /* key → the Slot of its objective */
  GHashTable  *positions;      /* "kind/parent" → the next position */
  guint        serial;         /* key results written: spreads their check-in days */
} Sample;

static const char *
text (Sample     *s,
      const Text *t)
{
  return s->chinese ? t->zh : t->en;
}

static gboolean
has_text (const Text *t)
{
  return t->en != NULL && *t->en != '\0';
}

static void
remember (GHashTable *table,
          const char *key,
          LdsId       id)
{
  g_hash_table_insert (table, (gpointer) key, g_memdup2 (&id, sizeof id));
}

static LdsId
lookup (GHashTable *table,
        const char *key)
{
  const LdsId *id;

  if (key == NULL)
    return 0;
  id = g_hash_table_lookup (table, key);
  if (id == NULL)
    {
      g_critical ("The sample company refers to “%s”, which it does not define", key);
      return 0;
    }
  return *id;
}

static const ObjectiveInfo *
lookup_objective (Sample     *s,
                  const char *key)
{
  const ObjectiveInfo *info = g_hash_table_lookup (s->objectives, key);

  if (info == NULL)
    g_critical ("The sample company has no objective “%s”", key);
  return info;
}

static int
next_position (Sample     *s,
               const char *kind,
               const char *parent)
{
  char *key = g_strconcat (kind, "/", parent != NULL ? parent : "", NULL);
  int position = GPOINTER_TO_INT (g_hash_table_lookup (s->positions, key));

  g_hash_table_replace (s->positions, key, GINT_TO_POINTER (position + 1));
  return position;
}

/* Inserts @record as made at @created_at (never later than now). */
static gboolean
insert (Sample        *s,
        LdsRecordType  type,
        gpointer       record,
        gint64         created_at)
{
  LdsRecord *header = record;

  header->created_at = created_at > 0 ? MIN (created_at, s->now) : s->now;
  header->modified_at = header->created_at;
  return lds_store_insert (s->store, type, record, s->error);
}

static gint64
cycle_start (Sample *s,
             Slot    slot)
{
  return lds_date_to_time (s->cycles[slot]->start_date);
}

/* The first moment after the cycle. */
static gint64
cycle_end (Sample *s,
           Slot    slot)
{
  return lds_date_to_time (s->cycles[slot]->end_date) + DAY;
}

static int
decimals_of (double value)
{
  for (int d = 0; d < 3; d++)
    {
      double scaled = value * pow (10.0, d);
      if (fabs (scaled - round (scaled)) < 1e-6)
        return d;
    }
  return 3;
}

static double
round_to (double value,
          int    decimals)
{
  double scale = pow (10.0, decimals);

  return round (value * scale) / scale;
}

/* Cycles */

static char *
quarter_start (int year,
               int quarter)
{
  return g_strdup_printf ("%d-%02d-01", year, quarter * 3 + 1);
}

static char *
quarter_end (int year,
             int quarter)
{
  g_autofree char *next = quarter == 3 ? g_strdup_printf ("%d-01-01", year + 1)
                                       : quarter_start (year, quarter + 1);

  return lds_date_add_days (next, -1);
}

static char *
quarter_name (Sample *s,
              int     year,
              int     quarter)
{
  static const char * const numbers[] = { "一", "二", "三", "四" };

  if (s->chinese)
    return g_strdup_printf ("%d年第%s季度", year, numbers[quarter]);
  return g_strdup_printf ("%d Q%d", year, quarter + 1);
}

static char *
year_name (Sample *s,
           int     year)
{
  return s->chinese ? g_strdup_printf ("%d年度", year) : g_strdup_printf ("%d", year);
}

/* Returns the cycle as stored, or NULL on error. Takes the strings. */
static LdsCycle *
add_cycle (Sample        *s,
           LdsId          parent_id,
           LdsCycleKind   kind,
           char          *name,
           char          *start_date,
           char          *end_date,
           LdsCycleState  state,
           int            position)
{
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();

  cycle->parent_id = parent_id;
  cycle->kind = kind;
  lds_take_text (&cycle->name, name);
  cycle->start_date = start_date;
  cycle->end_date = end_date;
  cycle->state = state;
  cycle->cadence_days = 7;
  cycle->position = position;
  if (!insert (s, LDS_RECORD_CYCLE, cycle, lds_date_to_time (start_date) - 20 * DAY))
    return NULL;
  return g_steal_pointer (&cycle);
}

/* The strategy (last year to next year), this year and its quarters: the
 * past ones closed, today's active, the later ones being planned. In a
 * first quarter, the previous quarter is last year's fourth, under a closed
 * last year. */
static gboolean
add_cycles (Sample *s)
{
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (s->now);
  int y = g_date_time_get_year (now);
  int q = (g_date_time_get_month (now) - 1) / 3;
  LdsCycle *strategy, *year;

  strategy = add_cycle (s, 0, LDS_CYCLE_KIND_STRATEGY,
                        s->chinese ? g_strdup_printf ("%d—%d年战略规划", y - 1, y + 1)
                                   : g_strdup_printf ("Strategy %d–%d", y - 1, y + 1),
                        g_strdup_printf ("%d-01-01", y - 1), g_strdup_printf ("%d-12-31", y + 1),
                        LDS_CYCLE_STATE_ACTIVE, 0);
  if (strategy == NULL)
    return FALSE;
  s->cycles[SLOT_STRATEGY] = strategy;

  if (q == 0)
    {
      g_autoptr(LdsCycle) last_year = NULL;

      last_year = add_cycle (s, strategy->id, LDS_CYCLE_KIND_YEAR, year_name (s, y - 1),
                             g_strdup_printf ("%d-01-01", y - 1),
                             g_strdup_printf ("%d-12-31", y - 1), LDS_CYCLE_STATE_CLOSED, 0);
      if (last_year == NULL)
        return FALSE;
      s->cycles[SLOT_PREVIOUS] = add_cycle (s, last_year->id, LDS_CYCLE_KIND_QUARTER,
                                            quarter_name (s, y - 1, 3), quarter_start (y - 1, 3),
                                            quarter_end (y - 1, 3), LDS_CYCLE_STATE_CLOSED, 3);
      if (s->cycles[SLOT_PREVIOUS] == NULL)
        return FALSE;
    }

  year = add_cycle (s, strategy->id, LDS_CYCLE_KIND_YEAR, year_name (s, y),
                    g_strdup_printf ("%d-01-01", y), g_strdup_printf ("%d-12-31", y),
                    LDS_CYCLE_STATE_ACTIVE, 1);
  if (year == NULL)
    return FALSE;
  s->cycles[SLOT_YEAR] = year;

  for (int i = 0; i < 4; i++)
    {
      LdsCycleState state = i < q ? LDS_CYCLE_STATE_CLOSED
                          : i == q ? LDS_CYCLE_STATE_ACTIVE : LDS_CYCLE_STATE_PLANNING;
      LdsCycle *quarter = add_cycle (s, year->id, LDS_CYCLE_KIND_QUARTER, quarter_name (s, y, i),
                                     quarter_start (y, i), quarter_end (y, i), state, i);

      if (quarter == NULL)
        return FALSE;
      if (i == q)
        s->cycles[SLOT_CURRENT] = quarter;
      else if (i == q - 1)
        s->cycles[SLOT_PREVIOUS] = quarter;
      else
        lds_cycle_free (quarter);
    }
  return TRUE;
}

/* The organisation */

static gboolean
add_units (Sample *s)
{
  gint64 created = cycle_start (s, SLOT_STRATEGY) - 30 * DAY;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_autoptr(LdsUnit) unit = lds_unit_new ();

      unit->parent_id = lookup (s->units, units[i].parent);
      unit->kind = units[i].kind;
      lds_set_text (&unit->name, text (s, &units[i].name));
      unit->position = next_position (s, "unit", units[i].parent);
      if (!insert (s, LDS_RECORD_UNIT, unit, created))
        return FALSE;
      remember (s->units, units[i].key, unit->id);
    }
  return TRUE;
}

static char *
mail_address (Sample          *s,
              const PersonDef *def)
{
  GString *address = g_string_new (NULL);

  if (s->chinese)
    g_string_append (address, def->pinyin);
  else
    for (const char *p = def->name.en; *p != '\0'; p++)
      {
        if (g_ascii_isalpha (*p))
          g_string_append_c (address, g_ascii_tolower (*p));
        else if (*p == ' ')
          g_string_append_c (address, '.');
      }
  g_string_append_printf (address, "@%s", s->chinese ? mail_domain_zh : mail_domain_en);
  return g_string_free (address, FALSE);
}

static gboolean
add_people (Sample *s)
{
  gint64 created = cycle_start (s, SLOT_STRATEGY) - 30 * DAY;

  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(LdsPerson) person = lds_person_new ();

      person->unit_id = lookup (s->units, people[i].unit);
      lds_set_text (&person->name, text (s, &people[i].name));
      person->role = people[i].role;
      person->champion = people[i].champion;
      lds_take_text (&person->email, mail_address (s, &people[i]));
      person->position = next_position (s, "person", people[i].unit);
      if (!insert (s, LDS_RECORD_PERSON, person, created))
        return FALSE;
      remember (s->people, people[i].key, person->id);
    }
  return TRUE;
}

/* OKRs */

static gboolean
add_objective (Sample             *s,
               const ObjectiveDef *def)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autofree char *owner_in_cycle = g_strdup_printf ("%d/%s", def->slot, def->owner);
  ObjectiveInfo *info;
  gint64 begin = cycle_start (s, def->slot);

  if (def->flags & OBJ_MID_CYCLE)
    begin += 21 * DAY + 9 * HOUR;
  begin = MIN (begin, s->now - HOUR);

  o->cycle_id = s->cycles[def->slot]->id;
  if (g_hash_table_contains (s->units, def->owner))
    o->owner_unit_id = lookup (s->units, def->owner);
  else
    o->owner_person_id = lookup (s->people, def->owner);
  lds_set_text (&o->title, text (s, &def->title));
  if (has_text (&def->description))
    lds_set_text (&o->description, text (s, &def->description));
  o->type = def->type;
  o->perspective = def->perspective;
  o->visibility = (def->flags & OBJ_PRIVATE) ? LDS_VISIBILITY_PRIVATE : LDS_VISIBILITY_PUBLIC;
  if (has_text (&def->private_reason))
    lds_set_text (&o->private_reason, text (s, &def->private_reason));
  o->self_driven = (def->flags & OBJ_SELF_DRIVEN) != 0;
  o->status = def->slot == SLOT_PREVIOUS ? LDS_OBJECTIVE_STATUS_CLOSED
            : (def->flags & OBJ_DRAFT) ? LDS_OBJECTIVE_STATUS_DRAFT
            : LDS_OBJECTIVE_STATUS_ACTIVE;
  o->mid_cycle = (def->flags & OBJ_MID_CYCLE) != 0;
  o->position = next_position (s, "objective", owner_in_cycle);
  if (!insert (s, LDS_RECORD_OBJECTIVE, o,
               (def->flags & OBJ_MID_CYCLE) ? begin : begin - 10 * DAY))
    return FALSE;

  info = g_new0 (ObjectiveInfo, 1);
  info->id = o->id;
  info->slot = def->slot;
  info->flags = def->flags;
  info->begin = begin;
  g_hash_table_insert (s->objectives, (gpointer) def->key, info);
  return TRUE;
}

/* The moments of a key result's check-ins from @begin on: weekly through a
 * closed quarter; weekly in the current quarter up to a few days ago; and,
 * for the year and the strategy, at the end of each quarter before. */
static GArray *
checkin_times (Sample *s,
               Slot    slot,
               gint64  begin)
{
  GArray *times = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 current_start = cycle_start (s, SLOT_CURRENT);
  gint64 lower = MAX (begin, current_start);
  gint64 last;
  int n = 0;

  if (slot == SLOT_PREVIOUS)
    {
      for (gint64 t = begin + 4 * DAY + 15 * HOUR; t < cycle_end (s, slot); t += 7 * DAY)
        g_array_append_val (times, t);
      return times;
    }

  if (slot == SLOT_YEAR || slot == SLOT_STRATEGY)
    {
      GDate start;
      lds_date_parse (s->cycles[slot]->start_date, &start);
      for (int i = 0;; i++)
        {
          g_autofree char *end = quarter_end (g_date_get_year (&start) + i / 4, i % 4);
          gint64 t = lds_date_to_time (end) + 15 * HOUR;

          if (t >= current_start)
            break;
          g_array_append_val (times, t);
        }
    }

  /* Owners check in on different weekdays, the latest one to five days ago. */
  last = lds_date_to_time (s->today) - (1 + s->serial % 5) * DAY + (9 + s->serial % 8) * HOUR;
  for (gint64 t = last; t >= lower; t -= 7 * DAY)
    n++;
  for (int k = n - 1; k >= 0; k--)
    {
      gint64 t = last - k * 7 * DAY;
      g_array_append_val (times, t);
    }
  if (n == 0 && lower < s->now)
    {
      gint64 t = lower + (s->now - lower) / 2;
      g_array_append_val (times, t);
    }
  return times;
}

/* Weekly check-ins by the owner, moving from the start value to today's
 * value with a little noise, and the owner's confidence drifting to the
 * latest. */
static gboolean
add_checkins (Sample       *s,
              const KrDef  *def,
              LdsKeyResult *kr,
              Slot          slot,
              gint64        begin)
{
  g_autoptr(GArray) times = checkin_times (s, slot, begin);
  int decimals = MAX (decimals_of (def->start),
                      MAX (decimals_of (def->target), decimals_of (def->current)));
  int first_confidence = 5 + s->serial % 3;
  gint64 last;

  if (times->len == 0)
    return TRUE;
  last = g_array_index (times, gint64, times->len - 1);

  for (guint k = 0; k < times->len; k++)
    {
      g_autoptr(LdsCheckin) c = lds_checkin_new ();
      gint64 at = g_array_index (times, gint64, k);
      double x = last > begin ? (double) (at - begin) / (double) (last - begin) : 1.0;
      gboolean latest = k + 1 == times->len;
      double wobble = (g_rand_double (s->rand) - 0.5) * 0.16;
      int jitter = g_rand_int_range (s->rand, -1, 2);

      x = CLAMP (x, 0.0, 1.0);
      c->key_result_id = kr->id;
      c->at = at;
      if (latest)
        c->value = kr->current_value;
      else if (kr->metric == LDS_METRIC_MILESTONE)
        c->value = (kr->current_value >= 1.0 && x >= 0.75) ? 1.0 : 0.0;
      else if (isnan (kr->start_value) || isnan (kr->current_value))
        c->value = NAN;
      else
        c->value = round_to (kr->start_value + (kr->current_value - kr->start_value) *
                             CLAMP (x + wobble, 0.0, 1.0), decimals);

      if (kr->confidence >= 0)
        c->confidence = latest ? kr->confidence
                               : CLAMP ((int) lround (first_confidence + (kr->confidence -
                                                      first_confidence) * x) + jitter, 0, 10);
      if (latest && has_text (&def->note))
        lds_set_text (&c->note, text (s, &def->note));
      else if (!latest && k == times->len / 2 && has_text (&def->early_note))
        lds_set_text (&c->note, text (s, &def->early_note));
      c->author_id = kr->owner_id;
      if (!insert (s, LDS_RECORD_CHECKIN, c, at))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_key_result (Sample      *s,
                const KrDef *def)
{
  const ObjectiveInfo *o = lookup_objective (s, def->objective);
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  gboolean draft;
  gint64 begin;

  if (o == NULL)
    return FALSE;
  draft = (o->flags & OBJ_DRAFT) != 0;
  begin = o->begin;
  if (def->mid_cycle)
    begin = MIN (MAX (begin, cycle_start (s, SLOT_CURRENT) + 28 * DAY + 9 * HOUR), s->now - HOUR);

  kr->objective_id = o->id;
  lds_set_text (&kr->title, text (s, &def->title));
  kr->owner_id = lookup (s->people, def->owner);
  kr->metric = def->metric;
  kr->start_value = def->start;
  kr->target_value = def->target;
  kr->direction = def->target < def->start ? LDS_DIRECTION_DECREASE : LDS_DIRECTION_INCREASE;
  kr->current_value = draft ? def->start : def->current;
  lds_set_text (&kr->unit_label, text (s, def->label));
  kr->weight = def->weight > 0.0 ? def->weight : 1.0;
  kr->score = def->score > 0.0 ? def->score : NAN;
  if (has_text (&def->score_note))
    lds_set_text (&kr->score_note, text (s, &def->score_note));
  kr->confidence = def->confidence > 0 && !draft ? def->confidence : -1;
  kr->mid_cycle = def->mid_cycle || (o->flags & OBJ_MID_CYCLE) != 0;
  kr->position = next_position (s, "key-result", def->objective);
  if (!insert (s, LDS_RECORD_KEY_RESULT, kr,
               kr->mid_cycle ? begin : begin - 10 * DAY))
    return FALSE;
  remember (s->key_results, def->key, kr->id);
  g_hash_table_insert (s->kr_slots, (gpointer) def->key, GINT_TO_POINTER (o->slot));

  s->serial++;
  if (draft)
    return TRUE;
  return add_checkins (s, def, kr, o->slot, begin);
}

static gboolean
add_link (Sample      *s,
          LdsLinkKind  kind,
          LdsId        from_id,
          LdsId        to_objective_id,
          LdsId        to_key_result_id,
          gint64       created_at)
{
  g_autoptr(LdsLink) link = lds_link_new ();

  link->kind = kind;
  link->from_id = from_id;
  link->to_objective_id = to_objective_id;
  link->to_key_result_id = to_key_result_id;
  return insert (s, LDS_RECORD_LINK, link, created_at);
}

/* Alignment stays within a cycle or reaches the horizon just above it. In
 * a first quarter, the previous quarter belongs to last year, and its
 * company objectives have no year of their own to align to. */
static gboolean
add_alignments (Sample             *s,
                const ObjectiveDef *def)
{
  const ObjectiveInfo *o = lookup_objective (s, def->key);

  if (o == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (def->aligns) && def->aligns[i] != NULL; i++)
    {
      Slot slot = GPOINTER_TO_INT (g_hash_table_lookup (s->kr_slots, def->aligns[i]));

      if (slot != def->slot && s->cycles[slot]->id != s->cycles[def->slot]->parent_id)
        {
          g_assert (def->slot == SLOT_PREVIOUS && g_str_equal (def->owner, "company"));
          continue;
        }
      if (!add_link (s, LDS_LINK_KIND_ALIGNS, o->id, 0,
                     lookup (s->key_results, def->aligns[i]), o->begin))
        return FALSE;
    }
  return TRUE;
}

/* Objectives first, then their key results, then the links between them:
 * an objective may align to a key result written after it. */
static gboolean
add_okrs (Sample             *s,
          const ObjectiveDef *objective_defs,
          guint               n_objectives,
          const KrDef        *kr_defs,
          guint               n_key_results)
{
  for (guint i = 0; i < n_objectives; i++)
    if (!add_objective (s, &objective_defs[i]))
      return FALSE;
  for (guint i = 0; i < n_key_results; i++)
    if (!add_key_result (s, &kr_defs[i]))
      return FALSE;
  for (guint i = 0; i < n_objectives; i++)
    if (!add_alignments (s, &objective_defs[i]))
      return FALSE;
  return TRUE;
}

static gboolean
add_dependencies (Sample *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (dependencies); i++)
    {
      const ObjectiveInfo *from = lookup_objective (s, dependencies[i].from);
      const ObjectiveInfo *to = lookup_objective (s, dependencies[i].to);

      if (from == NULL || to == NULL ||
          !add_link (s, LDS_LINK_KIND_DEPENDS, from->id, to->id, 0, from->begin))
        return FALSE;
    }
  return TRUE;
}

/* Around the OKRs */

static gboolean
add_action_plans (Sample *s)
{
  const char *start = s->cycles[SLOT_CURRENT]->start_date;

  for (guint i = 0; i < G_N_ELEMENTS (action_plans); i++)
    {
      g_autoptr(LdsActionPlan) step = lds_action_plan_new ();

      step->key_result_id = lookup (s->key_results, action_plans[i].key_result);
      lds_set_text (&step->title, text (s, &action_plans[i].title));
      step->owner_id = lookup (s->people, action_plans[i].owner);
      step->due_date = lds_date_add_days (start, action_plans[i].due_day);
      step->done = action_plans[i].done;
      step->position = next_position (s, "action-plan", action_plans[i].key_result);
      if (!insert (s, LDS_RECORD_ACTION_PLAN, step, cycle_start (s, SLOT_CURRENT) + 2 * DAY))
        return FALSE;
    }
  return TRUE;
}

/* Monthly KPI updates, the latest two days ago. */
static gboolean
add_kpis (Sample *s)
{
  gint64 latest = lds_date_to_time (s->today) - 2 * DAY + 10 * HOUR;

  for (guint i = 0; i < G_N_ELEMENTS (kpis); i++)
    {
      g_autoptr(LdsKpi) kpi = lds_kpi_new ();
      guint n = G_N_ELEMENTS (kpis[i].values);

      kpi->unit_id = lookup (s->units, kpis[i].unit);
      lds_set_text (&kpi->name, text (s, &kpis[i].name));
      kpi->current_value = kpis[i].values[n - 1];
      kpi->target_value = kpis[i].target;
      lds_set_text (&kpi->unit_label, text (s, kpis[i].label));
      kpi->tied_to_compensation = kpis[i].tied_to_compensation;
      kpi->position = next_position (s, "kpi", kpis[i].unit);
      if (!insert (s, LDS_RECORD_KPI, kpi, cycle_start (s, SLOT_YEAR)))
        return FALSE;

      for (guint k = 0; k < n; k++)
        {
          g_autoptr(LdsKpiCheckin) c = lds_kpi_checkin_new ();

          c->kpi_id = kpi->id;
          c->at = latest - (gint64) (n - 1 - k) * 30 * DAY;
          c->value = kpis[i].values[k];
          if (k + 1 == n && has_text (&kpis[i].note))
            lds_set_text (&c->note, text (s, &kpis[i].note));
          c->author_id = lookup (s->people, kpis[i].author);
          if (!insert (s, LDS_RECORD_KPI_CHECKIN, c, c->at))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_reviews (Sample *s)
{
  gint64 closed = cycle_end (s, SLOT_PREVIOUS);

  for (guint i = 0; i < G_N_ELEMENTS (reviews); i++)
    {
      g_autoptr(LdsReview) review = lds_review_new ();

      review->person_id = lookup (s->people, reviews[i].person);
      review->cycle_id = s->cycles[SLOT_PREVIOUS]->id;
      lds_set_text (&review->answer_helped, text (s, &reviews[i].helped));
      lds_set_text (&review->answer_contributed, text (s, &reviews[i].contributed));
      lds_set_text (&review->answer_improve, text (s, &reviews[i].improve));
      lds_set_text (&review->one_to_one_notes, text (s, &reviews[i].one_to_one));
      review->completed_at = MIN (closed + reviews[i].days_after * DAY + 15 * HOUR,
                                  s->now - HOUR);
      if (!insert (s, LDS_RECORD_REVIEW, review, closed + 9 * HOUR))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_rollout (Sample *s)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (rollout) == 9);

  for (guint i = 0; i < G_N_ELEMENTS (rollout); i++)
    {
      g_autoptr(LdsRolloutItem) item = lds_rollout_item_new ();

      item->factor = i + 1;
      item->owner_id = lookup (s->people, rollout[i].owner);
      item->due_date = lds_date_add_days (s->cycles[SLOT_CURRENT]->start_date, rollout[i].due_day);
      lds_set_text (&item->notes, text (s, &rollout[i].notes));
      item->done = rollout[i].done;
      /* The mid-cycle review is done once its day has come. */
      if (item->factor == 8)
        item->done = g_strcmp0 (item->due_date, s->today) <= 0;
      if (!insert (s, LDS_RECORD_ROLLOUT_ITEM, item, cycle_start (s, SLOT_YEAR)))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_revisions (Sample *s)
{
  for (guint i = 0; i < G_N_ELEMENTS (revisions); i++)
    {
      g_autoptr(LdsRevision) revision = lds_revision_new ();
      g_autoptr(LdsKeyResult) kr = NULL;

      kr = lds_store_get (s->store, LDS_RECORD_KEY_RESULT,
                          lookup (s->key_results, revisions[i].key_result), s->error);
      if (kr == NULL)
        return FALSE;
      lds_set_text (&revision->record_table, lds_record_info (LDS_RECORD_KEY_RESULT)->table);
      lds_set_text (&revision->record_uuid, kr->uuid);
      lds_set_text (&revision->field, revisions[i].field);
      lds_set_text (&revision->old_value, revisions[i].old_value);
      lds_set_text (&revision->new_value, revisions[i].new_value);
      lds_set_text (&revision->reason, text (s, &revisions[i].reason));
      revision->at = MIN (cycle_start (s, SLOT_CURRENT) + revisions[i].day * DAY + 11 * HOUR,
                          s->now - HOUR);
      revision->author_id = lookup (s->people, revisions[i].author);
      if (!insert (s, LDS_RECORD_REVISION, revision, revision->at))
        return FALSE;
    }
  return TRUE;
}

/* The deliberate coaching problems ----------------------------------------
 *
 * Applied on top of the clean company, each breaking one rule of the coach
 * exactly once, on the record named, in the current quarter unless said:
 *
 *   too-many-objectives            Direct Sales: ds1–ds4, plus ds5 and ds6
 *   too-many-key-results           su1 “Be there fastest…”: a fifth, su1.5
 *   objective-without-key-results  rc3 “Put Brightwater on the map…”
 *   objective-has-number           ds5 “Reach €1M in new revenue”
 *   key-result-not-measurable      de1.3 “Merchant happiness with…”
 *   key-result-is-task             ma1.3 “Launch the new onboarding flow”
 *   key-result-without-owner       ch1.3 “Partners certified…”: owner gone
 *   not-aligned                    in2 “Make on-call calm…”: no longer self-driven
 *   tied-to-compensation           sa1.1 “New ARR signed by direct sales”
 *   stale-check-in                 fi1.1 “Working days to close the month”:
 *                                  nothing for the last three weeks
 *   score-too-high (previous)      David Moran, Payments' pp1: both
 *                                  stretch key results self-scored 0.9
 *   score-too-low (previous)       pd1.1 “Nova pilot units…”: 0.2, no note
 *   private-okr                    hr3 “Make engineering pay fair…”: no reason
 *   duplicate-objective            ds6 “Build a pipeline we can really
 *                                  trust” beside ds2 */

typedef gboolean (*KeyResultEdit) (Sample       *s,
                                   LdsKeyResult *kr);

static gboolean
edit_key_result (Sample        *s,
                 const char    *key,
                 KeyResultEdit  edit)
{
  g_autoptr(LdsKeyResult) kr = lds_store_get (s->store, LDS_RECORD_KEY_RESULT,
                                              lookup (s->key_results, key), s->error);

  return kr != NULL && edit (s, kr) &&
         lds_store_update (s->store, LDS_RECORD_KEY_RESULT, kr, s->error);
}

static gboolean
remove_owner (Sample       *s,
              LdsKeyResult *kr)
{
  kr->owner_id = 0;
  return TRUE;
}

static gboolean
tie_to_compensation (Sample       *s,
                     LdsKeyResult *kr)
{
  kr->tied_to_compensation = TRUE;
  return TRUE;
}

static gboolean
inflate_score (Sample       *s,
               LdsKeyResult *kr)
{
  static const Text note = T ("Close enough: the queue works wherever it is installed.",
                              "差不多算完成了：装上的终端都运行正常。");
  kr->score = 0.9;
  lds_set_text (&kr->score_note, text (s, &note));
  return TRUE;
}

static gboolean
drop_score_note (Sample       *s,
                 LdsKeyResult *kr)
{
  lds_set_text (&kr->score_note, "");
  return TRUE;
}

/* Removes the last three weeks of check-ins: the latest left is older than
 * the cycle's cadence, and the key result's value is the one it gave. */
static gboolean
stop_checking_in (Sample       *s,
                  LdsKeyResult *kr)
{
  g_autoptr(GPtrArray) checkins = lds_store_list_by (s->store, LDS_RECORD_CHECKIN,
                                                     "key_result_id", kr->id, s->error);
  const LdsCheckin *kept = NULL;

  if (checkins == NULL)
    return FALSE;
  for (guint i = 0; i < checkins->len; i++)
    {
      const LdsCheckin *c = g_ptr_array_index (checkins, i);

      if (c->at <= s->now - 20 * DAY)
        kept = c;
      else if (!lds_store_delete (s->store, LDS_RECORD_CHECKIN, c->id, s->error))
        return FALSE;
    }
  if (kept != NULL)
    {
      kr->current_value = kept->value;
      kr->confidence = kept->confidence;
    }
  return TRUE;
}

static gboolean
edit_objective (Sample     *s,
                const char *key,
                gboolean    self_driven,
                const char *private_reason)
{
  const ObjectiveInfo *info = lookup_objective (s, key);
  g_autoptr(LdsObjective) o = NULL;

  if (info == NULL)
    return FALSE;
  o = lds_store_get (s->store, LDS_RECORD_OBJECTIVE, info->id, s->error);
  if (o == NULL)
    return FALSE;
  o->self_driven = self_driven;
  if (private_reason != NULL)
    lds_set_text (&o->private_reason, private_reason);
  return lds_store_update (s->store, LDS_RECORD_OBJECTIVE, o, s->error);
}

static gboolean
add_problems (Sample *s)
{
  /* too-many-objectives, objective-has-number, duplicate-objective,
   * objective-without-key-results, too-many-key-results,
   * key-result-not-measurable, key-result-is-task: new records */
  if (!add_okrs (s, problem_objectives, G_N_ELEMENTS (problem_objectives),
                 problem_key_results, G_N_ELEMENTS (problem_key_results)))
    return FALSE;

  return edit_key_result (s, "ch1.3", remove_owner) &&           /* key-result-without-owner */
         edit_objective (s, "in2", FALSE, NULL) &&               /* not-aligned */
         edit_key_result (s, "sa1.1", tie_to_compensation) &&    /* tied-to-compensation */
         edit_key_result (s, "fi1.1", stop_checking_in) &&       /* stale-check-in */
         edit_key_result (s, "pp1.2", inflate_score) &&          /* score-too-high */
         edit_key_result (s, "pd1.1", drop_score_note) &&        /* score-too-low */
         edit_objective (s, "hr3", FALSE, "");                   /* private-okr */
}

/* The company ------------------------------------------------------------- */

gboolean
_lds_demo_write_sample_company (LdsStore  *store,
                                gboolean   chinese,
                                gboolean   with_problems,
                                GError   **error)
{
  Sample s = { 0 };
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (lds_store_in_action (store), FALSE);

  s.store = store;
  s.chinese = chinese;
  s.error = error;
  s.rand = g_rand_new_with_seed (SEED);
  s.now = lds_now ();
  s.today = lds_today ();
  s.units = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  s.people = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  s.objectives = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  s.key_results = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  s.kr_slots = g_hash_table_new (g_str_hash, g_str_equal);
  s.positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  ok = add_cycles (&s) &&
       add_units (&s) &&
       add_people (&s) &&
       add_okrs (&s, objectives, G_N_ELEMENTS (objectives),
                 key_results, G_N_ELEMENTS (key_results)) &&
       add_dependencies (&s) &&
       add_action_plans (&s) &&
       add_kpis (&s) &&
       add_reviews (&s) &&
       add_rollout (&s) &&
       add_revisions (&s) &&
       (!with_problems || add_problems (&s));

  for (guint i = 0; i < N_SLOTS; i++)
    g_clear_pointer (&s.cycles[i], lds_cycle_free);
  g_hash_table_unref (s.units);
  g_hash_table_unref (s.people);
  g_hash_table_unref (s.objectives);
  g_hash_table_unref (s.key_results);
  g_hash_table_unref (s.kr_slots);
  g_hash_table_unref (s.positions);
  g_rand_free (s.rand);
  g_free (s.today);
  return ok;
}
