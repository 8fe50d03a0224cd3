#!/usr/bin/env python3
"""Generates cjk_tables.inc: the WHATWG Encoding Standard indexes used by the
legacy multi-byte decoders, taken from Python's codecs.

  index gb18030         pointer = (lead-0x81)*190 + trail offset   (codec gb18030)
  index gb18030 ranges  four-byte pointer -> code point, as ranges (codec gb18030)
  index jis0208         Shift_JIS pointer space (codec cp932); EUC-JP reuses
                        pointers 0..8835 (rows 1..94)
  index jis0212         EUC-JP 0x8F-prefixed pointers (codec euc_jp)
  index euc-kr          pointer = (lead-0x81)*190 + (trail-0x41)   (codec cp949)
  index Big5            pointer = (lead-0x81)*157 + trail offset   (codec big5hkscs)

Compact form: an index is a sorted array of runs {first pointer, count,
data}. A run whose data has kLinearRun set maps pointer p to
(data & ~kLinearRun) + (p - first); other runs read code points from the
index's value array starting at data. Pointers in no run are unmapped.
A block table gives, per 2**BLOCK_SHIFT pointers, the run to start a lookup
from. Values are 16-bit; the few plane-2 code points of Big5-HKSCS are stored
minus 0x20000 and their pointers listed in a sorted side array.
Linear runs pay off only when long; kMinLinearRun is the cut-off.

Python's gb18030 codec follows GB18030-2000; the two-byte corrections to
GB18030-2005/2022 are applied below. Known remaining difference: the
four-byte codes that GB18030-2022 moved to the private-use area still decode
to their 2005 code points (U+FE10..FE19, U+9FB4..9FBB).

Usage: python3 gen_cjk_tables.py > cjk_tables.inc
"""
import sys

K_LINEAR_RUN = 0x80000000
# Lookup accelerator: for each block of BLOCK_POINTERS pointers, the index of
# the run to start scanning from, so a lookup scans a few runs, not all.
BLOCK_SHIFT = 6
BLOCK_POINTERS = 1 << BLOCK_SHIFT
# A linear run costs one 8-byte run entry (and may split an explicit run in
# two); an explicit code point costs 2 bytes. Below this length, explicit wins.
MIN_LINEAR_RUN = 8


def decode_one(data, codec):
    try:
        s = data.decode(codec)
    except UnicodeDecodeError:
        return None
    if len(s) != 1:
        return None
    return ord(s)


GB18030_2022_CHANGES = {
    0xA6D9: 0xFE10, 0xA6DA: 0xFE12, 0xA6DB: 0xFE11, 0xA6DC: 0xFE13, 0xA6DD: 0xFE14,
    0xA6DE: 0xFE15, 0xA6DF: 0xFE16, 0xA6EC: 0xFE17, 0xA6ED: 0xFE18, 0xA6F3: 0xFE19,
    0xFE59: 0x9FB4, 0xFE61: 0x9FB5, 0xFE66: 0x9FB6, 0xFE67: 0x9FB7, 0xFE6D: 0x9FB8,
    0xFE7E: 0x9FB9, 0xFE90: 0x9FBA, 0xFEA0: 0x9FBB,
}


def gb18030_index():
    table = []
    for pointer in range(126 * 190):
        lead = pointer // 190 + 0x81
        offset = pointer % 190
        trail = offset + (0x40 if offset < 0x3F else 0x41)
        table.append(decode_one(bytes([lead, trail]), "gb18030"))
    # Python follows GB18030-2000 here; the WHATWG index follows GB18030-2005,
    # which moved U+1E3F to 0xA8BC (its four-byte form, pointer 7457, becomes
    # U+E7C7: see gb18030_ranges()).
    table[(0xA8 - 0x81) * 190 + (0xBC - 0x41)] = 0x1E3F
    # GB18030-2022 (adopted by the WHATWG index) gives 18 former private-use
    # two-byte codes their standard code points: vertical forms and CJK
    # ideographs added in Unicode 4.1.
    for code, cp in GB18030_2022_CHANGES.items():
        lead, trail = code >> 8, code & 0xFF
        table[(lead - 0x81) * 190 + (trail - (0x40 if trail < 0x7F else 0x41))] = cp
    return table


def gb18030_ranges():
    """(pointer, code point) pairs: pointer p maps to cp + (p - pointer) for
    the last pair whose pointer <= p, for four-byte pointers 0..39419."""
    ranges = []
    last_delta = None
    for pointer in range(39420):
        b1 = pointer // 12600 + 0x81
        b2 = (pointer // 1260) % 10 + 0x30
        b3 = (pointer // 10) % 126 + 0x81
        b4 = pointer % 10 + 0x30
        cp = decode_one(bytes([b1, b2, b3, b4]), "gb18030")
        assert cp is not None, pointer
        if pointer == 7457:
            cp = 0xE7C7  # "index gb18030 ranges code point": pointer 7457 is U+E7C7
        delta = cp - pointer
        if delta != last_delta:
            ranges.append((pointer, cp))
            last_delta = delta
    return ranges


def jis0208_index():
    """Shift_JIS pointers 0..11279 except 8836..10715 (decoded to the
    private-use area by formula, not by table)."""
    table = []
    for pointer in range(60 * 188):
        if 8836 <= pointer <= 10715:
            table.append(None)
            continue
        lead = pointer // 188
        lead += 0x81 if lead < 0x1F else 0xC1
        offset = pointer % 188
        trail = offset + (0x40 if offset < 0x3F else 0x41)
        table.append(decode_one(bytes([lead, trail]), "cp932"))
    return table


def jis0212_index():
    table = []
    for pointer in range(94 * 94):
        lead = pointer // 94 + 0xA1
        trail = pointer % 94 + 0xA1
        table.append(decode_one(bytes([0x8F, lead, trail]), "euc_jp"))
    return table


def euc_kr_index():
    table = []
    for pointer in range(125 * 190):
        lead = pointer // 190 + 0x81
        trail = pointer % 190 + 0x41
        cp = decode_one(bytes([lead, trail]), "cp949")
        # cp949 decodes some invalid trail bytes (ASCII) as two characters;
        # decode_one already rejects those.
        table.append(cp)
    return table


BIG5_WHATWG_CHANGES = {
    0xA145: 0x2027, 0xA14E: 0xFE51, 0xA1E3: 0xFF5E, 0xA3E1: 0x20AC, 0xF9FE: 0x2593,
}


def big5_index():
    """Pointers (lead-0x81)*157 + trail offset. Pointers 1133, 1135, 1164 and
    1166 map to two code points each and are handled by the decoder."""
    table = []
    for pointer in range(126 * 157):
        lead = pointer // 157 + 0x81
        offset = pointer % 157
        trail = offset + (0x40 if offset < 0x3F else 0x62)
        table.append(decode_one(bytes([lead, trail]), "big5hkscs"))
    # Where the WHATWG index (Big5 as browsers decode it) differs from
    # Python's HKSCS-2004 codec: punctuation forms of row 0xA1, the euro sign
    # added at 0xA3E1, and the ETEN block shade at 0xF9FE.
    for code, cp in BIG5_WHATWG_CHANGES.items():
        lead, trail = code >> 8, code & 0xFF
        table[(lead - 0x81) * 157 + (trail - (0x40 if trail < 0x7F else 0x62))] = cp
    return table


def compact(table):
    """Returns (runs, values) as described in the module docstring."""
    runs = []
    values = []
    n = len(table)
    p = 0
    explicit_start = None

    def close_explicit(end):
        nonlocal explicit_start
        if explicit_start is not None:
            runs.append((explicit_start, end - explicit_start, explicit_values_offset[0]))
            explicit_start = None

    explicit_values_offset = [0]
    while p < n:
        cp = table[p]
        if cp is None:
            close_explicit(p)
            p += 1
            continue
        q = p + 1
        while q < n and table[q] is not None and table[q] == table[q - 1] + 1:
            q += 1
        if q - p >= MIN_LINEAR_RUN:
            close_explicit(p)
            runs.append((p, q - p, K_LINEAR_RUN | cp))
            p = q
            continue
        if explicit_start is None:
            explicit_start = p
            explicit_values_offset[0] = len(values)
        values.append(cp)
        p += 1
    close_explicit(n)
    for first, count, _ in runs:
        assert count < 0x10000 and first < 0x10000
    # Explicit values are 16-bit: a plane-2 code point (Big5-HKSCS) is stored
    # as its low 16 bits and its pointer listed in `plane2`.
    plane2 = []
    for first, count, data in runs:
        if data & K_LINEAR_RUN:
            continue
        for k in range(count):
            v = values[data + k]
            if v > 0xFFFF:
                assert 0x20000 <= v <= 0x2FFFF, hex(v)
                values[data + k] = v - 0x20000
                plane2.append(first + k)
    return runs, values, plane2


def write_index(out, name, table):
    runs, values, plane2 = compact(table)
    mapped = sum(1 for v in table if v is not None)
    out.write("// %s: %d pointers mapped, %d runs, %d explicit code points.\n"
              % (name, mapped, len(runs), len(values)))
    out.write("constexpr CjkIndexRun k%sRuns[] = {\n" % name)
    for i in range(0, len(runs), 4):
        out.write("  " + " ".join("{%d, %d, 0x%08X}," % r for r in runs[i:i + 4]) + "\n")
    out.write("};\n")
    out.write("constexpr uint16_t k%sValues[] = {\n" % name)
    for i in range(0, len(values), 12):
        out.write("  " + " ".join("0x%04X," % v for v in values[i:i + 12]) + "\n")
    out.write("};\n")
    blocks = []
    r = 0
    for block_start in range(0, len(table), BLOCK_POINTERS):
        # Last run starting at or before block_start (0 if none).
        while r + 1 < len(runs) and runs[r + 1][0] <= block_start:
            r += 1
        blocks.append(r)
    assert all(b < 0x10000 for b in blocks)
    out.write("constexpr uint16_t k%sBlocks[] = {\n" % name)
    for i in range(0, len(blocks), 16):
        out.write("  " + " ".join("%d," % b for b in blocks[i:i + 16]) + "\n")
    out.write("};\n")
    if plane2:
        out.write("// Pointers whose explicit value is a plane-2 code point minus 0x20000.\n")
        out.write("constexpr uint16_t k%sPlane2[] = {\n" % name)
        for i in range(0, len(plane2), 12):
            out.write("  " + " ".join("%d," % p for p in plane2[i:i + 12]) + "\n")
        out.write("};\n")
        plane2_ref = "k%sPlane2, sizeof(k%sPlane2) / sizeof(k%sPlane2[0])" % (name, name, name)
    else:
        plane2_ref = "nullptr, 0"
    out.write("constexpr CjkIndex k%s = {\n    k%sRuns, sizeof(k%sRuns) / sizeof(k%sRuns[0]), k%sValues,\n"
              "    k%sBlocks, sizeof(k%sBlocks) / sizeof(k%sBlocks[0]), %s};\n\n"
              % (name, name, name, name, name, name, name, name, plane2_ref))
    return len(runs) * 8 + len(values) * 2 + len(plane2) * 2 + len(blocks) * 2


def main():
    out = sys.stdout
    out.write("// GENERATED by gen_cjk_tables.py from Python's codecs. Do not edit;\n")
    out.write("// rerun the script. Format: see the script's docstring.\n\n")
    total = 0
    total += write_index(out, "Gb18030Index", gb18030_index())
    ranges = gb18030_ranges()
    out.write("// index gb18030 ranges: %d {pointer, code point} pairs.\n" % len(ranges))
    out.write("constexpr Gb18030Range kGb18030Ranges[] = {\n")
    for i in range(0, len(ranges), 6):
        out.write("  " + " ".join("{%d, 0x%04X}," % r for r in ranges[i:i + 6]) + "\n")
    out.write("};\n\n")
    total += len(ranges) * 8
    total += write_index(out, "Jis0208Index", jis0208_index())
    total += write_index(out, "Jis0212Index", jis0212_index())
    total += write_index(out, "EucKrIndex", euc_kr_index())
    total += write_index(out, "Big5Index", big5_index())
    sys.stderr.write("cjk tables: %d bytes\n" % total)


if __name__ == "__main__":
    main()
