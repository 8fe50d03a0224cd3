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

Packed form (issue 12: these tables were a third of the gzipped .wasm):
each index is a byte stream of LEB128 varints, read in pointer order.
  0, n     n unmapped pointers
  t >= 1   the next pointer maps to prev + 1 + unzigzag(t - 1), where prev is
           the previous mapped code point (0 at the start)
Most indexes list long stretches in Unicode order (the GBK and cp949
extensions, JIS X 0212, JIS level 2, Big5 within a stroke count), so the
deltas are small and the stream is 99 KB raw, 67 KB gzipped, where the
former run/value arrays were 137 KB raw and 127 KB gzipped.

"Fresh" streams (issue 12, branch wasmsize2): the same tokens, but a delta
counts only code points the index has not mapped yet, up (delta >= 0: the
code point is the (delta+1)-th unused one above prev) or down (delta < 0: the
(-delta)-th unused one below prev). The GBK extension lists the ideographs
GB2312 does not have, cp949's the Hangul KS X 1001 does not have, in Unicode
order; counted this way most deltas become 0 once the other part is known.
A code point mapped a second time (Big5's few duplicates) is written
  0, 0, cp   (an empty unmapped run, then the code point itself).
The generator writes each index in whichever form gzips smaller and checks
that unpack() gives the table back: all but jis0208 are fresh, 4.7 KB less
of the gzipped .wasm (311,596 -> 306,880 B). Unpacking costs more on first
use (native, per process: Big5 +1.4 ms, gb18030 +0.9, euc-kr +0.5). The decoder
unpacks an index once, on first use, into a dense 16-bit table (see
encoding_cjk.cpp); code points above U+FFFF (a few of Big5-HKSCS's) are
stored minus 0x20000 there and their pointers listed on the side.

Usage: python3 gen_cjk_tables.py > cjk_tables.inc
"""
import sys


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


def varint(out, n):
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            return


def pack(table, fresh=False):
    """The byte stream described in the module docstring: plain deltas, or
    with `fresh`, deltas over the code points not mapped yet."""
    out = bytearray()
    used = bytearray(0x30000)
    prev = 0
    p = 0
    while p < len(table):
        if table[p] is None:
            q = p
            while q < len(table) and table[q] is None:
                q += 1
            varint(out, 0)
            varint(out, q - p)
            p = q
            continue
        cp = table[p]
        assert cp != 0xFFFF and cp < len(used)  # the decoder's "unmapped" mark; its bitset
        if fresh and used[cp]:
            varint(out, 0)
            varint(out, 0)
            varint(out, cp)
        else:
            if not fresh:
                delta = cp - prev - 1
            elif cp > prev:
                delta = used[prev + 1:cp].count(0)
            else:
                delta = -used[cp + 1:prev].count(0) - 1
            varint(out, ((delta << 1) ^ (delta >> 63)) + 1)  # zigzag, 0 reserved
            used[cp] = 1
        prev = cp
        p += 1
    return bytes(out)


def unpack(stream, pointers, fresh):
    """What the decoder (encoding_cjk.cpp) reads back: the check of both forms."""
    table = [None] * pointers
    used = bytearray(0x30000)
    at = 0

    def read():
        nonlocal at
        value = shift = 0
        while True:
            b = stream[at]
            at += 1
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return value

    p = 0
    prev = 0
    while at < len(stream):
        token = read()
        if token == 0:
            n = read()
            if n > 0:
                p += n
                continue
            cp = read()
        else:
            z = token - 1
            delta = (z >> 1) ^ -(z & 1)
            if not fresh:
                cp = prev + 1 + delta
            elif delta >= 0:
                cp = prev
                for _ in range(delta + 1):
                    cp += 1
                    while used[cp]:
                        cp += 1
            else:
                cp = prev
                for _ in range(-delta):
                    cp -= 1
                    while used[cp]:
                        cp -= 1
        used[cp] = 1
        table[p] = cp
        prev = cp
        p += 1
    return table


def write_index(out, name, table):
    import gzip
    plain = pack(table)
    fresh = pack(table, fresh=True)
    use_fresh = len(gzip.compress(fresh, 9, mtime=0)) < len(gzip.compress(plain, 9, mtime=0))
    stream = fresh if use_fresh else plain
    assert unpack(stream, len(table), use_fresh) == table, name
    mapped = sum(1 for v in table if v is not None)
    out.write("// %s: %d pointers, %d mapped, %d bytes packed%s.\n"
              % (name, len(table), mapped, len(stream), " (fresh)" if use_fresh else ""))
    out.write("constexpr unsigned char k%sStream[] = {\n" % name)
    for i in range(0, len(stream), 24):
        out.write("  " + ",".join("%d" % b for b in stream[i:i + 24]) + ",\n")
    out.write("};\n")
    out.write("constexpr PackedCjkIndex k%s = {k%sStream, sizeof(k%sStream), %d, %s};\n\n"
              % (name, name, name, len(table), "true" if use_fresh else "false"))
    return len(stream)


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
