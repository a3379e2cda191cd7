/* lds-csv-columns.h: the columns of Lodestar's spreadsheet format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per key result; README.md ("CSV files") describes each column.
 * The English and Chinese headings are part of the file format, not of the
 * interface: they are never translated.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LDS_CSV_CYCLE,
  LDS_CSV_UNIT,
  LDS_CSV_PERSON,
  LDS_CSV_OBJECTIVE_REF,
  LDS_CSV_OBJECTIVE,
  LDS_CSV_OBJECTIVE_TYPE,
  LDS_CSV_SELF_DRIVEN,
  LDS_CSV_ALIGNS_TO,
  LDS_CSV_KEY_RESULT,
  LDS_CSV_KR_REF,
  LDS_CSV_METRIC,
  LDS_CSV_START,
  LDS_CSV_TARGET,
  LDS_CSV_CURRENT,
  LDS_CSV_UNIT_LABEL,
  LDS_CSV_KR_OWNER,
  LDS_CSV_TIED_TO_COMPENSATION,
  LDS_CSV_N_COLUMNS
} LdsCsvColumn;

typedef struct
{
  const char *name;      /* the English heading, as exports write it */
  const char *chinese;
  gboolean    required;
} LdsCsvColumnInfo;

static const LdsCsvColumnInfo lds_csv_columns[LDS_CSV_N_COLUMNS] = {
  [LDS_CSV_CYCLE] = { "cycle", "周期", TRUE },
  [LDS_CSV_UNIT] = { "unit", "组织单元", TRUE },
  [LDS_CSV_PERSON] = { "person", "个人", FALSE },
  [LDS_CSV_OBJECTIVE_REF] = { "objective_ref", "目标编号", FALSE },
  [LDS_CSV_OBJECTIVE] = { "objective", "目标", TRUE },
  [LDS_CSV_OBJECTIVE_TYPE] = { "objective_type", "目标类型", FALSE },
  [LDS_CSV_SELF_DRIVEN] = { "self_driven", "自驱", FALSE },
  [LDS_CSV_ALIGNS_TO] = { "aligns_to", "对齐到", FALSE },
  [LDS_CSV_KEY_RESULT] = { "key_result", "关键结果", FALSE },
  [LDS_CSV_KR_REF] = { "kr_ref", "关键结果编号", FALSE },
  [LDS_CSV_METRIC] = { "metric", "指标类型", FALSE },
  [LDS_CSV_START] = { "start", "初始值", FALSE },
  [LDS_CSV_TARGET] = { "target", "目标值", FALSE },
  [LDS_CSV_CURRENT] = { "current", "当前值", FALSE },
  [LDS_CSV_UNIT_LABEL] = { "unit_label", "单位", FALSE },
  [LDS_CSV_KR_OWNER] = { "kr_owner", "关键结果负责人", FALSE },
  [LDS_CSV_TIED_TO_COMPENSATION] = { "tied_to_compensation", "与薪酬挂钩", FALSE },
};

G_END_DECLS
