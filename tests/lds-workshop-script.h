/* lds-workshop-script.h: what a team says in the pictures of a workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample company's Merchant App team (商家端产品组) proposing, in
 * English and in Chinese: the objectives, the key results of the first
 * three, a note. tests/shoot-workshop.c runs a whole workshop with them,
 * tests/lds-shoot.c the one of the README.
 */

#pragma once

#include <glib.h>

typedef struct
{
  const char *team_path;
  const char *cycle;
  const char *objectives[8];
  const char *krs[3][4];
  const char *note;
} LdsWorkshopScript;

static const LdsWorkshopScript lds_workshop_script_en = {
  "Product/Merchant App", "2026 Q4",
  { "Owners set up their whole shop without calling us",
    "Make the daily report the first thing owners open",
    "Reach 500 new shops this quarter",
    "Owners trust the app on their busiest night",
    "Make the menu editor effortless",
    "Rewrite the app in a new framework",
    "Owners set up their shop without ever calling us",
    "Delight owners with every release" },
  { { "Shops live within a day of signing: 40% to 80%",
      "Setup calls down from 900 to 300 a month",
      "Launch the setup wizard",
      "Setup rated 4.5 of 5 by new owners" },
    { "Owners opening the report daily: 20% to 50%",
      "Report ready in under 2 seconds for 95% of shops",
      NULL, NULL },
    { "Crash-free Saturday nights from 99.5% to 99.9%",
      "Saturday support tickets down from 120 to 60",
      NULL, NULL } },
  "Ask Support for last quarter's setup call numbers",
};

static const LdsWorkshopScript lds_workshop_script_zh = {
  "产品部/商家端产品组", "2026年第四季度",
  { "店主无需打电话就能自己开好店",
    "让每日经营报表成为店主每天最先打开的页面",
    "本季度新增500家门店",
    "店主在最忙的夜晚也信赖我们的应用",
    "让菜单编辑轻松省力",
    "用新框架重写应用",
    "店主从不需要打电话就能开好店",
    "每次发布都让店主惊喜" },
  { { "签约后一天内上线的门店从40%提升到80%",
      "每月开店咨询电话从900个降到300个",
      "上线开店向导",
      "新店主对开店流程的评分达到4.5分（满分5分）" },
    { "每天打开报表的店主从20%提升到50%",
      "95%的门店报表在2秒内生成",
      NULL, NULL },
    { "周六夜间无崩溃率从99.5%提升到99.9%",
      "周六客服工单从120个降到60个",
      NULL, NULL } },
  "向客服要上季度的开店咨询电话数量",
};

/* The words for the language of the interface (LANGUAGE) */
static inline const LdsWorkshopScript *
lds_workshop_script_for (const char *language)
{
  return language != NULL && g_str_has_prefix (language, "zh") ? &lds_workshop_script_zh
                                                                 : &lds_workshop_script_en;
}
