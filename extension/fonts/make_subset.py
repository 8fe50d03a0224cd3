#!/usr/bin/python3
"""Builds the dyslexia-friendly face shipped with the extension.

Source: Debian's fonts-opendyslexic (OpenDyslexic by Abelardo Gonzalez, based
on Bitstream Vera; CC-BY-3.0 and the Bitstream Vera licence, which allow
redistribution of modified copies with the notices kept: see LICENSE-OpenDyslexic.txt,
copied here from the package's copyright file).

The fonts are subset to the Latin the reader view's languages need (Basic
Latin, Latin-1, Latin Extended-A, general punctuation, euro, trademark) and
written as WOFF2. Budget: all faces together <= 150 KB (the issue's limit);
the script fails if the output is larger.

  apt-get install fonts-opendyslexic python3-fonttools python3-brotli
  /usr/bin/python3 extension/fonts/make_subset.py   (Debian's python3, where the packages install)
"""
import os
import shutil
import sys

from fontTools import subset

kSourceDir = "/usr/share/fonts/opentype/opendyslexic"
kCopyright = "/usr/share/doc/fonts-opendyslexic/copyright"
kFaces = {
    # output file: source file
    "opendyslexic-regular.woff2": "OpenDyslexic-Regular.otf",
    "opendyslexic-bold.woff2": "OpenDyslexic-Bold.otf",
}
kUnicodes = (
    "U+0020-007E,U+00A0-017F,U+0192,U+02C6,U+02DC,U+2010-2027,U+2030-203A,U+2044,"
    "U+20AC,U+2122,U+2212"
)
kBudgetBytes = 150 * 1024


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    total = 0
    for out_name, src_name in kFaces.items():
        src = os.path.join(kSourceDir, src_name)
        if not os.path.exists(src):
            sys.exit(f"make_subset: {src} is missing: apt-get install fonts-opendyslexic")
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["kern", "liga", "locl"]
        options.name_IDs = ["*"]       # keep the copyright and licence names
        options.notdef_outline = True
        font = subset.load_font(src, options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(kUnicodes))
        subsetter.subset(font)
        out = os.path.join(out_dir, out_name)
        subset.save_font(font, out, options)
        size = os.path.getsize(out)
        total += size
        print(f"{out_name}: {size} bytes")
    shutil.copyfile(kCopyright, os.path.join(out_dir, "LICENSE-OpenDyslexic.txt"))
    print(f"total: {total} bytes (budget {kBudgetBytes})")
    if total > kBudgetBytes:
        sys.exit("make_subset: over budget")


if __name__ == "__main__":
    main()
