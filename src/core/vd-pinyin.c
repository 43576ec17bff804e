/* vd-pinyin.c — pinyin search keys for names: "zw", "zhangw", "zhangwei" find 张伟
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vd-pinyin.h"
#include "vd-pinyin-table.h"

/* Bounds that keep vd_pinyin_name_keys() on the stack: names are short, and the
 * rest of a longer text adds nothing a clerk would search for. */
#define MAX_UNITS   32
#define MAX_LETTERS 256
#define MAX_TOKENS  4
/* Each token holds at most every unit: 6 letters per syllable, or the Latin letters. */
#define MAX_TOKEN_LEN (MAX_UNITS * (VD_PINYIN_SYLLABLE_SIZE - 1) + MAX_LETTERS)

/* One syllable of a Chinese character, or one Latin word. */
typedef struct
{
  const char *text;  /* not NUL-terminated */
  guint       len;
  gunichar    han;   /* the character, or 0 for a Latin word */
} Unit;

typedef struct
{
  gunichar    c;
  const char *reading;
} SurnameReading;

/* Surnames read otherwise than the character's common reading (and a few read as
 * usual, so that the tests and the next reader see they were checked). Only the first
 * character of a name is read this way: 单 in a given name stays dan. */
static const SurnameReading surname_readings[] = {
  { 0x5355, "shan" },  /* 单 */
  { 0x66FE, "zeng" },  /* 曾 */
  { 0x89E3, "xie" },   /* 解 */
  { 0x4EC7, "qiu" },   /* 仇 */
  { 0x533A, "ou" },    /* 区 */
  { 0x67E5, "zha" },   /* 查 */
  { 0x6734, "piao" },  /* 朴 */
  { 0x8983, "qin" },   /* 覃 */
  { 0x76D6, "ge" },    /* 盖 */
  { 0x4E50, "yue" },   /* 乐 */
  { 0x7F2A, "miao" },  /* 缪 */
  { 0x7FDF, "zhai" },  /* 翟 */
  { 0x91CD, "chong" }, /* 重 */
  { 0x5458, "yun" },   /* 员 */
  { 0x53EC, "shao" },  /* 召 */
  { 0x7E41, "po" },    /* 繁 */
  { 0x534E, "hua" },   /* 华 */
  { 0x79D8, "bi" },    /* 秘 */
  { 0x4F74, "nai" },   /* 佴 */
  { 0x51BC, "xian" },  /* 冼 */
  { 0x6D17, "xian" },  /* 洗, a form of 冼 */
  { 0x9ED1, "he" },    /* 黑 */
  { 0x9697, "wei" },   /* 隗 */
  { 0x53E5, "gou" },   /* 句 */
  { 0x5C09, "wei" },   /* 尉 */
  { 0x90FD, "du" },    /* 都 */
  { 0x535C, "bu" },    /* 卜 */
  { 0x79CD, "chong" }, /* 种 */
  { 0x6298, "she" },   /* 折 */
  { 0x80FD, "nai" },   /* 能 */
  { 0x8543, "pi" },    /* 蕃 */
  { 0x796D, "zhai" },  /* 祭 */
  { 0x5B93, "fu" },    /* 宓 */
  { 0x7C98, "nian" },  /* 粘 */
  { 0x961A, "kan" },   /* 阚 */
  { 0x85CF, "zang" },  /* 藏 */
  { 0x9889, "xie" },   /* 颉 */
  { 0x89D2, "jue" },   /* 角 */
  { 0x4E5C, "nie" },   /* 乜 */
  { 0x7085, "gui" },   /* 炅 */
  { 0x67CF, "bai" },   /* 柏 */
  { 0x6C88, "shen" },  /* 沈 */
  { 0x4E07, "wan" },   /* 万 */
  /* Traditional forms, for names written that way. */
  { 0x55AE, "shan" },  /* 單 */
  { 0x5340, "ou" },    /* 區 */
  { 0x6A02, "yue" },   /* 樂 */
  { 0x7E46, "miao" },  /* 繆 */
  { 0x54E1, "yun" },   /* 員 */
  { 0x84CB, "ge" },    /* 蓋 */
  { 0x83EF, "hua" },   /* 華 */
  { 0x7A2E, "chong" }, /* 種 */
};

typedef struct
{
  gunichar    c[2];
  const char *reading[2];
} CompoundSurname;

/* Two-character surnames, read as surnames (尉迟 yuchi, 万俟 moqi). They count only in
 * names of three or more characters: 欧阳 alone is 欧 + 阳. Left out on purpose:
 * 宗政, 梁丘, 谷梁, 乐正 and 段干, whose first character is a common surname and whose
 * second a common given-name character, so that 宗政华 stays 宗 + 政华. */
static const CompoundSurname compound_surnames[] = {
  { { 0x6B27, 0x9633 }, { "ou", "yang" } },       /* 欧阳 */
  { { 0x53F8, 0x9A6C }, { "si", "ma" } },         /* 司马 */
  { { 0x8BF8, 0x845B }, { "zhu", "ge" } },        /* 诸葛 */
  { { 0x4E0A, 0x5B98 }, { "shang", "guan" } },    /* 上官 */
  { { 0x4E1C, 0x65B9 }, { "dong", "fang" } },     /* 东方 */
  { { 0x7687, 0x752B }, { "huang", "fu" } },      /* 皇甫 */
  { { 0x6155, 0x5BB9 }, { "mu", "rong" } },       /* 慕容 */
  { { 0x53F8, 0x5F92 }, { "si", "tu" } },         /* 司徒 */
  { { 0x590F, 0x4FAF }, { "xia", "hou" } },       /* 夏侯 */
  { { 0x516C, 0x5B59 }, { "gong", "sun" } },      /* 公孙 */
  { { 0x8F69, 0x8F95 }, { "xuan", "yuan" } },     /* 轩辕 */
  { { 0x5C09, 0x8FDF }, { "yu", "chi" } },        /* 尉迟 */
  { { 0x957F, 0x5B59 }, { "zhang", "sun" } },     /* 长孙 */
  { { 0x5B87, 0x6587 }, { "yu", "wen" } },        /* 宇文 */
  { { 0x6FB9, 0x53F0 }, { "tan", "tai" } },       /* 澹台 */
  { { 0x4EE4, 0x72D0 }, { "ling", "hu" } },       /* 令狐 */
  { { 0x4E07, 0x4FDF }, { "mo", "qi" } },         /* 万俟 */
  { { 0x7AEF, 0x6728 }, { "duan", "mu" } },       /* 端木 */
  { { 0x5357, 0x5BAB }, { "nan", "gong" } },      /* 南宫 */
  { { 0x897F, 0x95E8 }, { "xi", "men" } },        /* 西门 */
  { { 0x516C, 0x51B6 }, { "gong", "ye" } },       /* 公冶 */
  { { 0x7533, 0x5C60 }, { "shen", "tu" } },       /* 申屠 */
  { { 0x95FB, 0x4EBA }, { "wen", "ren" } },       /* 闻人 */
  { { 0x547C, 0x5EF6 }, { "hu", "yan" } },        /* 呼延 */
  { { 0x8D6B, 0x8FDE }, { "he", "lian" } },       /* 赫连 */
  { { 0x949F, 0x79BB }, { "zhong", "li" } },      /* 钟离 */
  { { 0x6FEE, 0x9633 }, { "pu", "yang" } },       /* 濮阳 */
  { { 0x6DF3, 0x4E8E }, { "chun", "yu" } },       /* 淳于 */
  { { 0x5355, 0x4E8E }, { "chan", "yu" } },       /* 单于 */
  { { 0x592A, 0x53D4 }, { "tai", "shu" } },       /* 太叔 */
  { { 0x4EF2, 0x5B59 }, { "zhong", "sun" } },     /* 仲孙 */
  { { 0x767E, 0x91CC }, { "bai", "li" } },        /* 百里 */
  { { 0x4E1C, 0x90ED }, { "dong", "guo" } },      /* 东郭 */
  { { 0x4E1C, 0x95E8 }, { "dong", "men" } },      /* 东门 */
  { { 0x5357, 0x95E8 }, { "nan", "men" } },       /* 南门 */
  { { 0x7F8A, 0x820C }, { "yang", "she" } },      /* 羊舌 */
  { { 0x5FAE, 0x751F }, { "wei", "sheng" } },     /* 微生 */
  { { 0x516C, 0x7F8A }, { "gong", "yang" } },     /* 公羊 */
  { { 0x5DE6, 0x4E18 }, { "zuo", "qiu" } },       /* 左丘 */
  { { 0x7B2C, 0x4E94 }, { "di", "wu" } },         /* 第五 */
  { { 0x62D3, 0x8DCB }, { "tuo", "ba" } },        /* 拓跋 */
  { { 0x9C9C, 0x4E8E }, { "xian", "yu" } },       /* 鲜于 */
  { { 0x72EC, 0x5B64 }, { "du", "gu" } },         /* 独孤 */
  { { 0x989B, 0x5B59 }, { "zhuan", "sun" } },     /* 颛孙 */
  { { 0x4E93, 0x5B98 }, { "qi", "guan" } },       /* 亓官 */
  { { 0x53F8, 0x5BC7 }, { "si", "kou" } },        /* 司寇 */
  { { 0x53F8, 0x7A7A }, { "si", "kong" } },       /* 司空 */
  { { 0x5DEB, 0x9A6C }, { "wu", "ma" } },         /* 巫马 */
  { { 0x516C, 0x897F }, { "gong", "xi" } },       /* 公西 */
  { { 0x6F06, 0x96D5 }, { "qi", "diao" } },       /* 漆雕 */
  { { 0x58E4, 0x9A77 }, { "rang", "si" } },       /* 壤驷 */
  { { 0x5B50, 0x8F66 }, { "zi", "ju" } },         /* 子车 */
  { { 0x516C, 0x826F }, { "gong", "liang" } },    /* 公良 */
  { { 0x5939, 0x8C37 }, { "jia", "gu" } },        /* 夹谷 */
  { { 0x5BB0, 0x7236 }, { "zai", "fu" } },        /* 宰父 */
  { { 0x95FE, 0x4E18 }, { "lv", "qiu" } },        /* 闾丘 */
  /* Traditional forms of the common ones. */
  { { 0x6B50, 0x967D }, { "ou", "yang" } },       /* 歐陽 */
  { { 0x53F8, 0x99AC }, { "si", "ma" } },         /* 司馬 */
  { { 0x8AF8, 0x845B }, { "zhu", "ge" } },        /* 諸葛 */
  { { 0x6771, 0x65B9 }, { "dong", "fang" } },     /* 東方 */
  { { 0x516C, 0x5B6B }, { "gong", "sun" } },      /* 公孫 */
  { { 0x8ED2, 0x8F45 }, { "xuan", "yuan" } },     /* 軒轅 */
  { { 0x5C09, 0x9072 }, { "yu", "chi" } },        /* 尉遲 */
  { { 0x9577, 0x5B6B }, { "zhang", "sun" } },     /* 長孫 */
  { { 0x6FB9, 0x81FA }, { "tan", "tai" } },       /* 澹臺 */
  { { 0x842C, 0x4FDF }, { "mo", "qi" } },         /* 萬俟 */
  { { 0x5357, 0x5BAE }, { "nan", "gong" } },      /* 南宮 */
  { { 0x897F, 0x9580 }, { "xi", "men" } },        /* 西門 */
  { { 0x937E, 0x96E2 }, { "zhong", "li" } },      /* 鍾離 */
  { { 0x55AE, 0x4E8E }, { "chan", "yu" } },       /* 單于 */
  { { 0x9BAE, 0x4E8E }, { "xian", "yu" } },       /* 鮮于 */
};

static guint16
extra_syllable (gunichar c)
{
  guint lo = 0;
  guint hi = vd_pinyin_table_n_extra;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (vd_pinyin_table_extra_chars[mid] < c)
        lo = mid + 1;
      else if (vd_pinyin_table_extra_chars[mid] > c)
        hi = mid;
      else
        return vd_pinyin_table_extra_syllables[mid];
    }
  return 0;
}

static guint16
syllable_number (gunichar c)
{
  gunichar a;
  gunichar b;

  if (c >= VD_PINYIN_URO_FIRST && c <= VD_PINYIN_URO_LAST)
    return vd_pinyin_table_uro[c - VD_PINYIN_URO_FIRST];
  if (c >= VD_PINYIN_EXT_A_FIRST && c <= VD_PINYIN_EXT_A_LAST)
    return vd_pinyin_table_ext_a[c - VD_PINYIN_EXT_A_FIRST];
  if (c < 0x3000)
    return 0;
  /* Compatibility ideographs (from old encodings and some input methods) stand for a
   * unified one: read that. */
  if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F))
    {
      if (g_unichar_decompose (c, &a, &b) && b == 0 && a != c)
        return syllable_number (a);
    }
  return extra_syllable (c);
}

static const char *
surname_reading (gunichar c)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (surname_readings); i++)
    if (surname_readings[i].c == c)
      return surname_readings[i].reading;
  return NULL;
}

static const CompoundSurname *
find_compound (gunichar first,
               gunichar second)
{
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (compound_surnames); i++)
    if (compound_surnames[i].c[0] == first && compound_surnames[i].c[1] == second)
      return &compound_surnames[i];
  return NULL;
}

/* Dots that separate the parts of a transliterated name (买买提·艾力), as typed. */
static gboolean
is_name_dot (gunichar c)
{
  switch (c)
    {
    case '.':
    case '-':
    case 0x00B7: /* · middle dot, the standard one */
    case 0x2010: /* ‐ */
    case 0x2022: /* • */
    case 0x2027: /* ‧ */
    case 0x2219: /* ∙ */
    case 0x22C5: /* ⋅ */
    case 0x30FB: /* ・ */
    case 0xFF0D: /* － */
    case 0xFF0E: /* ． */
    case 0xFF65: /* ･ */
      return TRUE;
    default:
      return FALSE;
    }
}

/* The ASCII letter a non-ASCII letter stands for: full-width letters from Chinese input
 * methods, accented Latin letters without their accents, ü as v. 0 for anything else. */
static char
latin_letter (gunichar c)
{
  gunichar d[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c >= 0xFF21 && c <= 0xFF3A)
    return 'a' + (c - 0xFF21);
  if (c >= 0xFF41 && c <= 0xFF5A)
    return 'a' + (c - 0xFF41);
  /* Latin-1 to Latin Extended-B, and Vietnamese (Latin Extended Additional) */
  if ((c > 0x24F && (c < 0x1E00 || c > 0x1EFF)) || !g_unichar_isalpha (c))
    return 0;
  n = g_unichar_fully_decompose (c, FALSE, d, G_N_ELEMENTS (d));
  if (n == 0 || d[0] >= 0x80 || !g_ascii_isalpha (d[0]))
    return 0;
  if ((d[0] == 'u' || d[0] == 'U') && n > 1 && d[1] == 0x0308)
    return 'v';
  return g_ascii_tolower (d[0]);
}

static guint
append_units (char       *out,
              guint       pos,
              const Unit *units,
              guint       from,
              guint       to,
              gboolean    initials)
{
  guint i;

  for (i = from; i < to; i++)
    {
      if (initials)
        out[pos++] = units[i].text[0];
      else
        {
          memcpy (out + pos, units[i].text, units[i].len);
          pos += units[i].len;
        }
    }
  return pos;
}

/* Readings of the name's characters and its Latin words, in order; *dot_at is the
 * number of units before the first name dot (0 when there is none). Latin letters are
 * written to letters, which the units point into. */
static guint
split_units (const char *name,
             Unit        units[MAX_UNITS],
             char        letters[MAX_LETTERS],
             guint      *dot_at)
{
  const char *p = name;
  guint n = 0;
  guint n_letters = 0;
  gboolean in_word = FALSE;

  *dot_at = 0;
  while (*p != '\0')
    {
      gunichar c;
      char letter = 0;
      guint16 syllable = 0;

      if ((guchar) *p < 0x80)
        {
          c = (guchar) *p++;
          if (g_ascii_isalpha (c))
            letter = g_ascii_tolower (c);
        }
      else
        {
          c = g_utf8_get_char_validated (p, -1);
          if (c == (gunichar) -1 || c == (gunichar) -2)
            {
              /* Not UTF-8: skip the byte, as if it were punctuation. */
              p++;
              in_word = FALSE;
              continue;
            }
          p = g_utf8_next_char (p);
          syllable = syllable_number (c);
          if (syllable == 0)
            letter = latin_letter (c);
        }

      if (letter != 0)
        {
          if (n_letters == MAX_LETTERS)
            break;
          if (!in_word)
            {
              if (n == MAX_UNITS)
                break;
              units[n].text = letters + n_letters;
              units[n].len = 0;
              units[n].han = 0;
              n++;
              in_word = TRUE;
            }
          letters[n_letters++] = letter;
          units[n - 1].len++;
        }
      else if (syllable != 0)
        {
          if (n == MAX_UNITS)
            break;
          units[n].text = vd_pinyin_table_syllables[syllable];
          units[n].len = strlen (units[n].text);
          units[n].han = c;
          n++;
          in_word = FALSE;
        }
      else if (in_word && (c == '\'' || c == 0x2019))
        {
          /* O'Brien is one word */
        }
      else
        {
          if (is_name_dot (c) && n > 0 && *dot_at == 0)
            *dot_at = n;
          in_word = FALSE;
        }
    }
  return n;
}

/* Where the surname ends (in units), after giving it its surname reading. */
static guint
read_surname (Unit  *units,
              guint  n)
{
  const CompoundSurname *compound;
  const char *reading;

  if (n >= 3 && units[1].han != 0)
    {
      compound = find_compound (units[0].han, units[1].han);
      if (compound != NULL)
        {
          units[0].text = compound->reading[0];
          units[0].len = strlen (compound->reading[0]);
          units[1].text = compound->reading[1];
          units[1].len = strlen (compound->reading[1]);
          return 2;
        }
    }
  reading = surname_reading (units[0].han);
  if (reading != NULL)
    {
      units[0].text = reading;
      units[0].len = strlen (reading);
    }
  return 1;
}

/* Why these four tokens: the FTS index answers token-prefix queries, so one token
 * serves every prefix of itself. What a clerk types for 张小明 is the full reading or a
 * start of it (zhang, zhangx, zhangxiaom), the initials (zxm), the given name
 * (xiaoming: with another word for the surname, "zhang xiaoming"), or a surname spelt
 * out with the given name abbreviated (zhangxm), which pinyin input methods taught
 * everyone. Rarer forms (zxiaoming, xm) would add a token to every one of a million
 * rows for little; for a two-character name token 4 is a prefix of token 1, so most
 * names need three tokens.
 */
char *
vd_pinyin_name_keys (const char *name)
{
  Unit units[MAX_UNITS];
  char letters[MAX_LETTERS];
  char out[MAX_TOKENS * (MAX_TOKEN_LEN + 1)];
  guint start[MAX_TOKENS];
  guint len[MAX_TOKENS];
  gboolean keep[MAX_TOKENS];
  guint n_tokens = 0;
  guint n;
  guint head;
  guint dot_at;
  guint pos = 0;
  guint total = 0;
  guint i;
  guint j;
  char *result;
  char *r;

  if (name == NULL)
    return g_strdup ("");

  n = split_units (name, units, letters, &dot_at);
  if (n == 0)
    return g_strdup ("");

  /* The surname: the part before a name dot, else one or two Chinese characters, else
   * the first Latin word. */
  if (dot_at > 0 && dot_at < n)
    head = dot_at;
  else if (units[0].han != 0)
    head = read_surname (units, n);
  else
    head = 1;

  start[n_tokens] = pos;
  pos = append_units (out, pos, units, 0, n, FALSE);
  len[n_tokens] = pos - start[n_tokens];
  n_tokens++;

  start[n_tokens] = pos;
  pos = append_units (out, pos, units, 0, n, TRUE);
  len[n_tokens] = pos - start[n_tokens];
  n_tokens++;

  if (head < n)
    {
      start[n_tokens] = pos;
      pos = append_units (out, pos, units, head, n, FALSE);
      len[n_tokens] = pos - start[n_tokens];
      n_tokens++;

      start[n_tokens] = pos;
      pos = append_units (out, pos, units, 0, head, FALSE);
      pos = append_units (out, pos, units, head, n, TRUE);
      len[n_tokens] = pos - start[n_tokens];
      n_tokens++;
    }

  /* Drop each token that is a prefix of another (or equal to an earlier one). */
  for (i = 0; i < n_tokens; i++)
    {
      keep[i] = TRUE;
      for (j = 0; j < n_tokens && keep[i]; j++)
        {
          if (j == i || len[i] > len[j] || (len[i] == len[j] && j > i))
            continue;
          if (memcmp (out + start[i], out + start[j], len[i]) == 0)
            keep[i] = FALSE;
        }
      if (keep[i])
        total += len[i] + 1;
    }

  r = result = g_malloc (total);
  for (i = 0; i < n_tokens; i++)
    {
      if (!keep[i])
        continue;
      if (r != result)
        *r++ = ' ';
      memcpy (r, out + start[i], len[i]);
      r += len[i];
    }
  *r = '\0';
  return result;
}

const char *
vd_pinyin_of (gunichar c)
{
  guint16 syllable = syllable_number (c);

  return syllable != 0 ? vd_pinyin_table_syllables[syllable] : NULL;
}

gboolean
vd_pinyin_normalize_query (const char  *query,
                           char       **normalized)
{
  GString *letters;
  const char *p;

  if (normalized != NULL)
    *normalized = NULL;
  if (query == NULL || !g_utf8_validate (query, -1, NULL))
    return FALSE;

  letters = g_string_sized_new (strlen (query));
  for (p = query; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && g_ascii_isalpha (c))
        g_string_append_c (letters, g_ascii_tolower (c));
      else if (c == ' ' || c == '\t' || c == '\'' || c == 0x2019 || c == 0x3000)
        continue; /* 0x3000: the space a Chinese input method types */
      else
        {
          g_string_free (letters, TRUE);
          return FALSE;
        }
    }

  if (letters->len == 0)
    {
      g_string_free (letters, TRUE);
      return FALSE;
    }
  if (normalized != NULL)
    *normalized = g_string_free (letters, FALSE);
  else
    g_string_free (letters, TRUE);
  return TRUE;
}
