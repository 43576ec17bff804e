/* test-pinyin.c — pinyin search keys for names, readings, query normalization
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "vd-pinyin.h"
#include "vd-pinyin-table.h"

typedef struct
{
  const char *name;
  const char *keys;
} KeysCase;

static void
check_keys (const KeysCase *cases,
            gsize           n)
{
  gsize i;

  for (i = 0; i < n; i++)
    {
      g_autofree char *keys = vd_pinyin_name_keys (cases[i].name);

      g_test_message ("%s → %s",
                      g_utf8_validate (cases[i].name, -1, NULL) ? cases[i].name : "(not UTF-8)",
                      keys);
      g_assert_cmpstr (keys, ==, cases[i].keys);
    }
}

/* The keys are lower-case ASCII words, at most four, none a prefix of another. */
static void
assert_well_formed (const char *keys)
{
  g_auto(GStrv) tokens = NULL;
  guint i;
  guint j;
  const char *p;

  if (*keys == '\0')
    return;
  tokens = g_strsplit (keys, " ", -1);
  g_assert_cmpuint (g_strv_length (tokens), >=, 1);
  g_assert_cmpuint (g_strv_length (tokens), <=, 4);
  for (i = 0; tokens[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (tokens[i]), >, 0);
      for (p = tokens[i]; *p != '\0'; p++)
        g_assert_true (*p >= 'a' && *p <= 'z');
      for (j = 0; tokens[j] != NULL; j++)
        if (i != j)
          g_assert_false (g_str_has_prefix (tokens[j], tokens[i]));
    }
}

static void
test_common_names (void)
{
  static const KeysCase cases[] = {
    { "张伟", "zhangwei zw wei" },
    { "王芳", "wangfang wf fang" },
    { "李小明", "lixiaoming lxm xiaoming lixm" },
    { "刘洋", "liuyang ly yang" },
    { "陈静", "chenjing cj jing" },
    { "杨秀英", "yangxiuying yxy xiuying yangxy" },
    { "黄桂英", "huangguiying hgy guiying huanggy" },
    { "吕丽", "lvli ll li" },
    { "王", "wang" },
    /* Padding typed to line up two- and three-character names */
    { "张  伟", "zhangwei zw wei" },
    { "张\u3000伟", "zhangwei zw wei" },
    { " 张伟 ", "zhangwei zw wei" },
    /* Given-name readings: 长 and 地 as names use them, 单 only a surname is shan */
    { "王长江", "wangchangjiang wcj changjiang wangcj" },
    { "李地", "lidi ld di" },
    { "王单", "wangdan wd dan" },
    { "曾曾", "zengceng zc ceng" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

/* Every name the prefix search must find from what a clerk types. */
static void
test_prefixes_find_name (void)
{
  static const char *const typed[] = {
    "z", "zh", "zhang", "zhangw", "zhangwe", "zhangwei", "zw", "wei",
  };
  g_autofree char *keys = vd_pinyin_name_keys ("张伟");
  g_autofree char *keys3 = vd_pinyin_name_keys ("张小明");
  g_auto(GStrv) tokens = g_strsplit (keys, " ", -1);
  g_auto(GStrv) tokens3 = g_strsplit (keys3, " ", -1);
  static const char *const typed3[] = {
    "zhangxiaoming", "zhangx", "zhangxiaom", "zxm", "zx", "xiaoming", "xiao", "zhangxm",
  };
  gsize i;
  guint j;
  gboolean found;

  for (i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      found = FALSE;
      for (j = 0; tokens[j] != NULL; j++)
        found = found || g_str_has_prefix (tokens[j], typed[i]);
      g_assert_true (found);
    }
  for (i = 0; i < G_N_ELEMENTS (typed3); i++)
    {
      found = FALSE;
      for (j = 0; tokens3[j] != NULL; j++)
        found = found || g_str_has_prefix (tokens3[j], typed3[i]);
      g_assert_true (found);
    }
}

typedef struct
{
  const char *surname;
  const char *reading;
} SurnameCase;

static void
test_surname_readings (void)
{
  static const SurnameCase cases[] = {
    { "单", "shan" }, { "曾", "zeng" }, { "解", "xie" }, { "仇", "qiu" },
    { "区", "ou" }, { "查", "zha" }, { "朴", "piao" }, { "覃", "qin" },
    { "盖", "ge" }, { "乐", "yue" }, { "缪", "miao" }, { "翟", "zhai" },
    { "重", "chong" }, { "员", "yun" }, { "召", "shao" }, { "繁", "po" },
    { "华", "hua" }, { "秘", "bi" }, { "佴", "nai" }, { "冼", "xian" },
    { "黑", "he" }, { "隗", "wei" }, { "句", "gou" }, { "尉", "wei" },
    { "都", "du" }, { "卜", "bu" }, { "种", "chong" }, { "折", "she" },
    { "能", "nai" }, { "宓", "fu" }, { "阚", "kan" }, { "藏", "zang" },
    { "沈", "shen" }, { "柏", "bai" }, { "万", "wan" }, { "單", "shan" },
    { "樂", "yue" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strconcat (cases[i].surname, "雄信", NULL);
      g_autofree char *keys = vd_pinyin_name_keys (name);
      g_autofree char *expected = g_strdup_printf ("%sxiongxin %cxx xiongxin %sxx",
                                                   cases[i].reading, cases[i].reading[0],
                                                   cases[i].reading);

      g_test_message ("%s → %s", name, keys);
      g_assert_cmpstr (keys, ==, expected);
    }
}

static void
test_compound_surnames (void)
{
  static const KeysCase cases[] = {
    { "欧阳娜娜", "ouyangnana oynn nana ouyangnn" },
    { "单雄信", "shanxiongxin sxx xiongxin shanxx" },
    { "司马光", "simaguang smg guang" },
    { "诸葛亮", "zhugeliang zgl liang" },
    { "尉迟恭", "yuchigong ycg gong" },
    { "长孙无忌", "zhangsunwuji zswj wuji zhangsunwj" },
    { "万俟卨", "moqixie mqx xie" },
    { "令狐冲", "linghuchong lhc chong" },
    { "澹台灭明", "tantaimieming ttmm mieming tantaimm" },
    { "单于乐", "chanyule cyl le" },
    { "歐陽修", "ouyangxiu oyx xiu" },
    /* Two characters are a surname and a given name */
    { "欧阳", "ouyang oy yang" },
    /* Not a compound: 宗 + 政华 (zongzh is a prefix of the first token) */
    { "宗政华", "zongzhenghua zzh zhenghua" },
  };
  static const SurnameCase compounds[] = {
    { "欧阳", "ouyang" }, { "司马", "sima" }, { "诸葛", "zhuge" },
    { "上官", "shangguan" }, { "东方", "dongfang" }, { "皇甫", "huangfu" },
    { "慕容", "murong" }, { "司徒", "situ" }, { "夏侯", "xiahou" },
    { "公孙", "gongsun" }, { "轩辕", "xuanyuan" }, { "尉迟", "yuchi" },
    { "长孙", "zhangsun" }, { "宇文", "yuwen" }, { "澹台", "tantai" },
    { "令狐", "linghu" }, { "万俟", "moqi" }, { "端木", "duanmu" },
    { "南宫", "nangong" }, { "西门", "ximen" }, { "申屠", "shentu" },
    { "呼延", "huyan" }, { "钟离", "zhongli" }, { "濮阳", "puyang" },
    { "淳于", "chunyu" }, { "单于", "chanyu" }, { "百里", "baili" },
    { "拓跋", "tuoba" }, { "鲜于", "xianyu" }, { "独孤", "dugu" },
    { "颛孙", "zhuansun" }, { "闾丘", "lvqiu" },
  };
  gsize i;

  check_keys (cases, G_N_ELEMENTS (cases));

  /* Each compound is one surname: the given name is the third token. */
  for (i = 0; i < G_N_ELEMENTS (compounds); i++)
    {
      g_autofree char *name = g_strconcat (compounds[i].surname, "小明", NULL);
      g_autofree char *keys = vd_pinyin_name_keys (name);
      g_autofree char *expected = g_strdup_printf ("%sxiaoming", compounds[i].reading);
      g_auto(GStrv) tokens = g_strsplit (keys, " ", -1);

      g_test_message ("%s → %s", name, keys);
      g_assert_cmpuint (g_strv_length (tokens), ==, 4);
      g_assert_cmpstr (tokens[0], ==, expected);
      g_assert_cmpuint (strlen (tokens[1]), ==, 4);
      g_assert_cmpstr (tokens[2], ==, "xiaoming");
    }
}

static void
test_rare_and_unknown_characters (void)
{
  static const KeysCase cases[] = {
    /* 𫖯 U+2B5AF (Extension C), in the 2013 standard table */
    { "赵孟\xf0\xab\x96\xaf", "zhaomengfu zmf mengfu zhaomf" },
    /* 䶮 U+4DAE (Extension A) */
    { "刘\xe4\xb6\xae", "liuyan ly yan" },
    /* U+20002 has no reading: skipped */
    { "张\xf0\xa0\x80\x82伟", "zhangwei zw wei" },
    /* an emoji, a digit and a broken UTF-8 byte: skipped */
    { "张伟\xf0\x9f\x98\x80" "2", "zhangwei zw wei" },
    { "张\xff伟", "zhangwei zw wei" },
    { "张\xe4", "zhang" },
    /* U+F90A, a compatibility form of 金 */
    { "\xef\xa4\x8a" "明", "jinming jm ming" },
    { "", "" },
    { "123", "" },
    { "  ·  ", "" },
    { "\xf0\xa0\x80\x82", "" },
  };
  g_autofree char *null_keys = vd_pinyin_name_keys (NULL);

  check_keys (cases, G_N_ELEMENTS (cases));
  g_assert_cmpstr (null_keys, ==, "");
}

static void
test_latin_and_dotted_names (void)
{
  static const KeysCase cases[] = {
    { "John Smith", "johnsmith js smith" },
    { "JOHN", "john" },
    { "O'Brien", "obrien" },
    { "José García", "josegarcia jg garcia" },
    { "Nguyễn Văn An", "nguyenvanan nva vanan" },
    { "\xef\xbc\xa1\xef\xbd\x8c\xef\xbd\x89", "ali" }, /* full-width Ａｌｉ */
    { "李John", "lijohn lj john" },
    { "Lǚ Xiǎo", "lvxiao lx xiao" },
    { "买买提·艾力", "maimaitiaili mmtal aili maimaitial" },
    { "买买提.艾力", "maimaitiaili mmtal aili maimaitial" },
    { "阿依古丽·买买提", "ayigulimaimaiti ayglmmt maimaiti ayigulimmt" },
    /* a dot counts only between parts */
    { "·张伟", "zhangwei zw wei" },
    { "张伟-", "zhangwei zw wei" },
  };

  check_keys (cases, G_N_ELEMENTS (cases));
}

static void
test_long_name (void)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *keys = NULL;
  g_auto(GStrv) tokens = NULL;
  guint i;

  for (i = 0; i < 100; i++)
    g_string_append (name, "庄");
  for (i = 0; i < 1000; i++)
    g_string_append (name, " abcdefgh");
  keys = vd_pinyin_name_keys (name->str);
  assert_well_formed (keys);
  tokens = g_strsplit (keys, " ", -1);
  /* Only the first 32 syllables count. */
  g_assert_cmpuint (strlen (tokens[0]), ==, 32 * strlen ("zhuang"));
}

static void
test_reading_of (void)
{
  g_assert_cmpstr (vd_pinyin_of (0x5F20), ==, "zhang"); /* 张 */
  g_assert_cmpstr (vd_pinyin_of (0x7EFF), ==, "lv");    /* 绿 */
  g_assert_cmpstr (vd_pinyin_of (0x5973), ==, "nv");    /* 女 */
  g_assert_cmpstr (vd_pinyin_of (0x7565), ==, "lve");   /* 略 */
  g_assert_cmpstr (vd_pinyin_of (0x5730), ==, "di");    /* 地 */
  g_assert_cmpstr (vd_pinyin_of (0x957F), ==, "chang"); /* 长 */
  g_assert_cmpstr (vd_pinyin_of (0x5355), ==, "dan");   /* 单 */
  g_assert_cmpstr (vd_pinyin_of (0x4E00), ==, "yi");    /* 一, first of the URO */
  g_assert_cmpstr (vd_pinyin_of (0x3400), ==, "qiu");   /* first of Extension A */
  g_assert_cmpstr (vd_pinyin_of (0x4DAE), ==, "yan");   /* 䶮 */
  g_assert_cmpstr (vd_pinyin_of (0x2B5AF), ==, "fu");   /* 𫖯 */
  g_assert_cmpstr (vd_pinyin_of (0x2C317), ==, "he");   /* 𬌗 */
  g_assert_cmpstr (vd_pinyin_of (0xF90A), ==, "jin");   /* compatibility 金 */
  g_assert_cmpstr (vd_pinyin_of (0x2F835), ==, "hui");  /* compatibility 灰 */
  g_assert_cmpstr (vd_pinyin_of (0x3007), ==, "ling");  /* 〇 */
  g_assert_null (vd_pinyin_of ('a'));
  g_assert_null (vd_pinyin_of (0));
  g_assert_null (vd_pinyin_of (0x3001)); /* 、 */
  g_assert_null (vd_pinyin_of (0x20002));
  g_assert_null (vd_pinyin_of (0x1F600));
  g_assert_null (vd_pinyin_of (0x10FFFF));
  g_assert_null (vd_pinyin_of (0xFFFFFFFF));
}

static void
test_common_characters_covered (void)
{
  static const char surnames[] =
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史"
    "陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
  static const char given[] =
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉文斌辉鹏飞宇浩然子轩"
    "梓涵欣怡雨婷佳琪晨阳俊峰海燕春梅玲凤云亮成林波宁丹萍琳晶慧婧昱瑾萱颖翊淼焱鑫垚喆堃"
    "昇晟";
  const char *sets[] = { surnames, given };
  gsize s;
  const char *p;
  guint count = 0;

  for (s = 0; s < G_N_ELEMENTS (sets); s++)
    for (p = sets[s]; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);
        const char *reading = vd_pinyin_of (c);
        const char *q;

        if (reading == NULL)
          g_test_message ("no reading for U+%04X", c);
        g_assert_nonnull (reading);
        g_assert_cmpuint (strlen (reading), >=, 1);
        g_assert_cmpuint (strlen (reading), <=, 6);
        for (q = reading; *q != '\0'; q++)
          g_assert_true (*q >= 'a' && *q <= 'z');
        count++;
      }
  g_assert_cmpuint (count, >, 150);
}

/* The generated table is consistent: valid syllable numbers, sorted extras. */
static void
test_table_consistent (void)
{
  guint i;
  guint known = 0;
  const char *p;

  g_assert_cmpstr (vd_pinyin_table_syllables[0], ==, "");
  g_assert_cmpuint (vd_pinyin_table_n_syllables, >, 380);
  g_assert_cmpuint (vd_pinyin_table_n_syllables, <, 450);
  for (i = 1; i < vd_pinyin_table_n_syllables; i++)
    {
      g_assert_cmpint (strcmp (vd_pinyin_table_syllables[i - 1], vd_pinyin_table_syllables[i]),
                       <, 0);
      for (p = vd_pinyin_table_syllables[i]; *p != '\0'; p++)
        g_assert_true (*p >= 'a' && *p <= 'z');
    }
  for (i = 0; i < G_N_ELEMENTS (vd_pinyin_table_uro); i++)
    {
      g_assert_cmpuint (vd_pinyin_table_uro[i], <, vd_pinyin_table_n_syllables);
      known += vd_pinyin_table_uro[i] != 0;
    }
  for (i = 0; i < G_N_ELEMENTS (vd_pinyin_table_ext_a); i++)
    {
      g_assert_cmpuint (vd_pinyin_table_ext_a[i], <, vd_pinyin_table_n_syllables);
      known += vd_pinyin_table_ext_a[i] != 0;
    }
  g_test_message ("%u characters with a reading in U+3400–U+4DBF and U+4E00–U+9FFF", known);
  /* Nearly all of the URO's 20,992 and Extension A's 6,592. */
  g_assert_cmpuint (known, >, 26000);
  for (i = 0; i < vd_pinyin_table_n_extra; i++)
    {
      g_assert_cmpuint (vd_pinyin_table_extra_syllables[i], >, 0);
      g_assert_cmpuint (vd_pinyin_table_extra_syllables[i], <, vd_pinyin_table_n_syllables);
      if (i > 0)
        g_assert_cmpuint (vd_pinyin_table_extra_chars[i - 1], <, vd_pinyin_table_extra_chars[i]);
    }
}

static void
test_normalize_query (void)
{
  static const struct
  {
    const char *query;
    const char *normalized; /* NULL: not pinyin */
  } cases[] = {
    { "zw", "zw" },
    { "ZhangWei", "zhangwei" },
    { "zhang wei", "zhangwei" },
    { "  zhang\twei  ", "zhangwei" },
    { "zhang\u3000wei", "zhangwei" },
    { "xi'an", "xian" },
    { "xi\u2019an", "xian" },
    { "lv", "lv" },
    { "张伟", NULL },
    { "zhang伟", NULL },
    { "zw1", NULL },
    { "138", NULL },
    { "lü", NULL },
    { "", NULL },
    { "   ", NULL },
    { "'", NULL },
    { "zh\xff", NULL },
    { "zh\xe4", NULL },
  };
  gsize i;
  char *normalized = (char *) "untouched";

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = NULL;
      gboolean pinyin = vd_pinyin_normalize_query (cases[i].query, &got);

      g_assert_cmpint (pinyin, ==, cases[i].normalized != NULL);
      g_assert_cmpstr (got, ==, cases[i].normalized);
      g_assert_cmpint (vd_pinyin_normalize_query (cases[i].query, NULL), ==, pinyin);
    }

  g_assert_false (vd_pinyin_normalize_query (NULL, &normalized));
  g_assert_null (normalized);
}

/* About 100,000 imported rows must index in well under a second: measured, not
 * asserted, since test machines (and sanitizer builds) vary. */
static void
test_keys_rate (void)
{
  static const char *const surnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "单", "曾", "欧阳", "司马",
    "诸葛", "覃", "解",
  };
  static const char *const given[] = {
    "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
    "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "小明", "子轩", "梓涵",
  };
  const guint n = 100000;
  g_autoptr(GPtrArray) names = g_ptr_array_new_full (n, g_free);
  g_autoptr(GRand) rng = g_rand_new_with_seed (42);
  gint64 start;
  gint64 elapsed;
  gsize bytes = 0;
  guint i;

  for (i = 0; i < n; i++)
    g_ptr_array_add (names,
                     g_strconcat (surnames[g_rand_int_range (rng, 0, G_N_ELEMENTS (surnames))],
                                  given[g_rand_int_range (rng, 0, G_N_ELEMENTS (given))],
                                  NULL));

  start = g_get_monotonic_time ();
  for (i = 0; i < n; i++)
    {
      char *keys = vd_pinyin_name_keys (g_ptr_array_index (names, i));

      bytes += strlen (keys);
      g_free (keys);
    }
  elapsed = MAX (g_get_monotonic_time () - start, 1);

  g_test_message ("%u names in %.1f ms: %.0f keys/s, %.1f bytes of keys per name", n,
                  elapsed / 1000.0, n * (double) G_USEC_PER_SEC / elapsed, (double) bytes / n);

  for (i = 0; i < n; i += 97)
    {
      g_autofree char *keys = vd_pinyin_name_keys (g_ptr_array_index (names, i));
      assert_well_formed (keys);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The messages show names: let GLib print them as UTF-8. */
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pinyin/keys/common-names", test_common_names);
  g_test_add_func ("/pinyin/keys/prefixes-find-name", test_prefixes_find_name);
  g_test_add_func ("/pinyin/keys/surname-readings", test_surname_readings);
  g_test_add_func ("/pinyin/keys/compound-surnames", test_compound_surnames);
  g_test_add_func ("/pinyin/keys/rare-and-unknown", test_rare_and_unknown_characters);
  g_test_add_func ("/pinyin/keys/latin-and-dotted", test_latin_and_dotted_names);
  g_test_add_func ("/pinyin/keys/long-name", test_long_name);
  g_test_add_func ("/pinyin/keys/rate", test_keys_rate);
  g_test_add_func ("/pinyin/reading-of", test_reading_of);
  g_test_add_func ("/pinyin/common-characters-covered", test_common_characters_covered);
  g_test_add_func ("/pinyin/table-consistent", test_table_consistent);
  g_test_add_func ("/pinyin/normalize-query", test_normalize_query);

  return g_test_run ();
}
