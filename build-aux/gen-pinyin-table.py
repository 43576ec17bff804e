#!/usr/bin/env python3
# gen-pinyin-table.py — writes src/core/vd-pinyin-table.c from Unihan's kMandarin readings
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage (from the source tree, needs Debian's unicode-data package):
#
#   build-aux/gen-pinyin-table.py [UNIHAN_READINGS] [-o src/core/vd-pinyin-table.c]
#
# UNIHAN_READINGS defaults to /usr/share/unicode/Unihan_Readings.txt, or the same name
# with .bz2 when only the compressed file is installed (Debian 12 ships that one).
#
# What the table holds (vd-pinyin-table.h declares it):
#  - every distinct toneless syllable, plain ASCII with ü written v (绿 lv, 女 nv),
#    in alphabetical order after an empty entry 0 that means "no reading";
#  - one uint16 syllable number per code point for CJK Extension A (U+3400–U+4DBF) and
#    the URO (U+4E00–U+9FFF): two dense arrays, about 55 KB in all;
#  - a short sorted list for the characters of the 2013 Table of General Standard Chinese
#    Characters (kTGHZ2013) that lie outside those ranges (Extensions B–F: rare name
#    characters that the household register accepts), instead of 40 KB more of arrays.
#
# The reading is kMandarin's first value (the one preferred in mainland China), with two
# refinements for names: a neutral-tone first value is skipped when a toned one follows
# (地 "de dì" → di, 卜 "bo bǔ" → bu), and NAME_READINGS below wins. Surname readings
# (单 shan, 曾 zeng …) are not here: they depend on the position in the name and live in
# vd-pinyin.c.

import argparse
import bz2
import os
import sys
import unicodedata

DENSE_RANGES = [
    ('ext_a', 0x3400, 0x4DBF),
    ('uro', 0x4E00, 0x9FFF),
]

# Characters whose reading in names differs from Unihan's first value, or that Unihan
# gives no kMandarin at all. Keep this short: it changes vd_pinyin_of() everywhere.
NAME_READINGS = {
    0x957F: 'chang',  # 长: 长江, 长青, 长生 in given names; 长孙 zhangsun is a surname entry
    0x3007: 'ling',   # 〇: the ideographic zero, written in some names; not in kMandarin
}

COMBINING_TONES = {'\u0300', '\u0301', '\u0304', '\u030C'}
MAX_SYLLABLE = 6  # zhuang, shuang, chuang; vd-pinyin-table.h sizes the entries by it


def open_readings(path):
    if path is None:
        plain = '/usr/share/unicode/Unihan_Readings.txt'
        path = plain if os.path.exists(plain) else plain + '.bz2'
    if path.endswith('.bz2'):
        return path, bz2.open(path, 'rt', encoding='utf-8')
    return path, open(path, encoding='utf-8')


def has_tone(reading):
    return any(ch in COMBINING_TONES for ch in unicodedata.normalize('NFD', reading))


def toneless(reading):
    """Tone marks off, ü → v, ê → e; the result must be plain lower-case ASCII."""
    out = []
    for ch in unicodedata.normalize('NFD', reading.lower()):
        if ch == '\u0308' and out and out[-1] == 'u':
            out[-1] = 'v'
        elif unicodedata.combining(ch):
            continue
        else:
            out.append(ch)
    syllable = ''.join(out)
    if not syllable.isascii() or not syllable.isalpha():
        raise ValueError(f'unexpected reading {reading!r}')
    return syllable


def choose(readings):
    first = readings[0]
    if not has_tone(first):
        for other in readings[1:]:
            if has_tone(other):
                return other
    return first


def read_unihan(stream):
    mandarin = {}
    standard = set()
    for line in stream:
        if line.startswith('#') or not line.strip():
            continue
        code, field, value = line.rstrip('\n').split('\t', 2)
        cp = int(code[2:], 16)
        if field == 'kMandarin':
            mandarin[cp] = value.split()
        elif field == 'kTGHZ2013':
            standard.add(cp)
    return mandarin, standard


def in_dense(cp):
    return any(lo <= cp <= hi for _, lo, hi in DENSE_RANGES)


def c_rows(values, per_line, width=None):
    lines = []
    for i in range(0, len(values), per_line):
        chunk = values[i:i + per_line]
        lines.append('  ' + ','.join(str(v) if width is None else width(v) for v in chunk) + ',')
    return '\n'.join(lines)


def main():
    parser = argparse.ArgumentParser(
        description='Writes the pinyin table of Volunteer Desk from Unihan kMandarin.')
    parser.add_argument('readings', nargs='?', help='Unihan_Readings.txt or .txt.bz2')
    parser.add_argument('-o', '--output', default=None,
                        help='output file (default: src/core/vd-pinyin-table.c in this tree)')
    args = parser.parse_args()

    path, stream = open_readings(args.readings)
    with stream:
        mandarin, standard = read_unihan(stream)

    reading = {cp: toneless(choose(values)) for cp, values in mandarin.items()}
    for cp, syllable in NAME_READINGS.items():
        reading[cp] = syllable

    missing = sorted(cp for cp in standard if cp not in reading)
    if missing:
        sys.exit('no reading for standard characters: ' + ' '.join(f'U+{cp:04X}' for cp in missing))

    extra = sorted(cp for cp in reading
                   if not in_dense(cp) and (cp in standard or cp in NAME_READINGS))
    used = {reading[cp] for cp in reading if in_dense(cp)} | {reading[cp] for cp in extra}
    syllables = [''] + sorted(used)
    if len(syllables) > 0xFFFF or max(map(len, syllables)) > MAX_SYLLABLE:
        sys.exit('syllables do not fit the table layout')
    number = {s: i for i, s in enumerate(syllables)}

    dense = {}
    covered = 0
    for name, lo, hi in DENSE_RANGES:
        values = [number[reading[cp]] if cp in reading else 0 for cp in range(lo, hi + 1)]
        covered += sum(1 for v in values if v)
        dense[name] = values

    dense_bytes = 2 * sum(len(v) for v in dense.values())
    extra_bytes = 6 * len(extra)
    syllable_bytes = (MAX_SYLLABLE + 1) * len(syllables)

    out = []
    out.append('/* vd-pinyin-table.c — toneless pinyin per CJK ideograph, GENERATED: do not edit\n'
               ' *\n'
               ' * Regenerate with Debian\'s unicode-data package installed:\n'
               ' *   build-aux/gen-pinyin-table.py -o src/core/vd-pinyin-table.c\n'
               f' * Source: {os.path.basename(path)}, Unicode {unicode_version(path)}, kMandarin\n'
               ' * (first value; see the script for the few exceptions).\n'
               f' * {len(syllables) - 1} syllables; {covered} readings for U+3400–U+4DBF and\n'
               f' * U+4E00–U+9FFF, {len(extra)} more outside them (kTGHZ2013 characters).\n'
               f' * Data: {dense_bytes} + {extra_bytes} + {syllable_bytes} bytes.\n'
               ' *\n'
               ' * SPDX-License-Identifier: GPL-3.0-or-later\n'
               ' */\n')
    out.append('#include "config.h"\n')
    out.append('#include "vd-pinyin-table.h"\n')
    out.append(f'const char vd_pinyin_table_syllables[{len(syllables)}][VD_PINYIN_SYLLABLE_SIZE] = {{')
    out.append(c_rows(syllables, 10, lambda s: f'"{s}"'))
    out.append('};\n')
    out.append(f'const guint vd_pinyin_table_n_syllables = {len(syllables)};\n')
    for name, lo, hi in DENSE_RANGES:
        out.append(f'/* U+{lo:04X}–U+{hi:04X} */')
        out.append(f'const guint16 vd_pinyin_table_{name}[{hi - lo + 1}] = {{')
        out.append(c_rows(dense[name], 20))
        out.append('};\n')
    out.append('/* Sorted by code point; the syllables are in the same order. */')
    out.append(f'const gunichar vd_pinyin_table_extra_chars[{len(extra)}] = {{')
    out.append(c_rows(extra, 8, lambda cp: f'0x{cp:X}'))
    out.append('};\n')
    out.append(f'const guint16 vd_pinyin_table_extra_syllables[{len(extra)}] = {{')
    out.append(c_rows([number[reading[cp]] for cp in extra], 20))
    out.append('};\n')
    out.append(f'const guint vd_pinyin_table_n_extra = {len(extra)};')

    text = '\n'.join(out) + '\n'
    target = args.output
    if target is None:
        target = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                              'src', 'core', 'vd-pinyin-table.c')
    with open(target, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{target}: {len(syllables) - 1} syllables, {covered} + {len(extra)} characters, '
          f'{dense_bytes + extra_bytes + syllable_bytes} bytes of data', file=sys.stderr)


def unicode_version(path):
    opener = bz2.open if path.endswith('.bz2') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        for line in f:
            if line.startswith('# Unicode version:'):
                return line.split(':', 1)[1].strip()
            if not line.startswith('#'):
                break
    return 'unknown'


if __name__ == '__main__':
    main()
