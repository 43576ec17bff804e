/* vd-pinyin.h — pinyin search keys for names: "zw", "zhangw", "zhangwei" find 张伟
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Search keys for a person's name: space-separated lower-case ASCII tokens for an
 * FTS5 index searched by token prefix. The name is split into a head (the surname: one
 * character, or two for a compound surname such as 欧阳 or 尉迟, read as a surname:
 * 单 shan, 曾 zeng …) and the given name, and yields at most four tokens:
 *
 *   1. the full reading           张伟 zhangwei      单雄信 shanxiongxin
 *   2. the initials               zw                 sxx
 *   3. the given name alone       wei                xiongxin
 *   4. surname + given initials   (zhangw: dropped)  shanxx
 *
 * A token that is a prefix of another one is dropped, since prefix search finds it
 * anyway: 张伟 → "zhangwei zw wei", 单雄信 → "shanxiongxin sxx xiongxin shanxx",
 * 欧阳娜娜 → "ouyangnana oynn nana ouyangnn", 王 → "wang". The first token is always the
 * full reading, usable as a sort key.
 *
 * Names written with a dot (买买提·艾力, also . • ・ or -) split at the first dot
 * instead of after a surname. Latin letters are kept, lower-cased, accents dropped
 * (ü → v, as in the pinyin table), one word per unit: "John Smith" → "johnsmith js
 * smith". Characters without a reading, digits and punctuation are skipped. Returns
 * an empty string when nothing is left to index (or name is NULL). Only the first 32
 * syllables or words count. */
char       *vd_pinyin_name_keys       (const char *name);

/* The reading of one character, toneless ASCII with ü as v (绿 "lv"), the most common
 * one (长 "chang", 地 "di"; not the surname reading: 单 "dan"), or NULL when the
 * character is not a Chinese character the table knows. Covers CJK Extension A, the
 * URO, the compatibility ideographs and the rare characters of the 2013 standard
 * character table in Extensions B–F. */
const char *vd_pinyin_of              (gunichar    c);

/* TRUE if the query looks like pinyin: ASCII letters, optionally with spaces and
 * apostrophes (xi'an, "zhang wei"), at least one letter. Then normalized (may be NULL)
 * gets the letters in lower case without spaces or apostrophes ("zhangwei"), to match as
 * a prefix of the name keys; otherwise it gets NULL. */
gboolean    vd_pinyin_normalize_query (const char  *query,
                                       char       **normalized);

G_END_DECLS
