/* fuzz-common.h: what the fuzz targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each fuzz-*.c defines LLVMFuzzerTestOneInput(). Built with clang and
 * -fsanitize=fuzzer (meson -Dfuzzing=true) it is a libFuzzer target; built
 * with fuzz-standalone.c it runs the seed corpus and every crash found so
 * far as a regression test of the normal suite.
 */

#pragma once

#include <glib.h>
#include <stdint.h>
#include <stddef.h>

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);
