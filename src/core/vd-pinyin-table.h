/* vd-pinyin-table.h — the generated reading table behind vd-pinyin.c (private)
 *
 * vd-pinyin-table.c is written by build-aux/gen-pinyin-table.py; only vd-pinyin.c reads
 * these arrays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The longest toneless syllable (zhuang) and its NUL. */
#define VD_PINYIN_SYLLABLE_SIZE 7

#define VD_PINYIN_EXT_A_FIRST 0x3400
#define VD_PINYIN_EXT_A_LAST  0x4DBF
#define VD_PINYIN_URO_FIRST   0x4E00
#define VD_PINYIN_URO_LAST    0x9FFF

/* Entry 0 is "" and means "no reading". */
extern const char    vd_pinyin_table_syllables[][VD_PINYIN_SYLLABLE_SIZE];
extern const guint   vd_pinyin_table_n_syllables;

/* One syllable number per code point from *_FIRST to *_LAST. */
extern const guint16 vd_pinyin_table_ext_a[VD_PINYIN_EXT_A_LAST - VD_PINYIN_EXT_A_FIRST + 1];
extern const guint16 vd_pinyin_table_uro[VD_PINYIN_URO_LAST - VD_PINYIN_URO_FIRST + 1];

/* Characters outside those ranges, ascending, with their syllable numbers. */
extern const gunichar vd_pinyin_table_extra_chars[];
extern const guint16  vd_pinyin_table_extra_syllables[];
extern const guint    vd_pinyin_table_n_extra;

G_END_DECLS
