#!/usr/bin/env python3
"""Draws the toolbar icons (icon-16/32/48/128.png): a rounded page with a
title bar and text lines, anti-aliased by 4x4 supersampling. Standard library
only. Run from this folder: python3 make_icons.py"""
import struct
import zlib

SIZES = (16, 32, 48, 128)
SUPERSAMPLE = 4  # 4x4 samples per pixel for smooth edges

PAGE = (0xB8, 0x57, 0x2E)   # the reader view's accent colour
INK = (0xFB, 0xFA, 0xF7)    # the reader view's paper colour


def inside_rounded_rect(x, y, x0, y0, x1, y1, r):
    if x < x0 or x > x1 or y < y0 or y > y1:
        return False
    cx = min(max(x, x0 + r), x1 - r)
    cy = min(max(y, y0 + r), y1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def shape(u, v):
    """Colour and coverage at unit coordinates (u, v) in [0, 1)."""
    if not inside_rounded_rect(u, v, 0.06, 0.06, 0.94, 0.94, 0.18):
        return None
    # Text lines: a bold title line, then body lines of varying length.
    lines = ((0.22, 0.34, 0.20, 0.80), (0.46, 0.53, 0.20, 0.80),
             (0.61, 0.68, 0.20, 0.80), (0.76, 0.83, 0.20, 0.62))
    for y0, y1, x0, x1 in lines:
        if inside_rounded_rect(u, v, x0, y0, x1, y1, (y1 - y0) / 2):
            return INK
    return PAGE


def render(size):
    rows = []
    n = SUPERSAMPLE
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(n):
                for sx in range(n):
                    c = shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
                    if c:
                        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 1
            if acc[3]:
                row += bytes((acc[0] // acc[3], acc[1] // acc[3], acc[2] // acc[3], 255 * acc[3] // (n * n)))
            else:
                row += b"\0\0\0\0"
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, pixels):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(pixels, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    for s in SIZES:
        with open(f"icon-{s}.png", "wb") as f:
            f.write(png(s, render(s)))
