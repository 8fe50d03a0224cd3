"""Held-out discipline: every dev corpus is split by domain into a tuning
part (about two thirds) and a held-out part (one third) by a fixed hash of
the host, so pages of one site never sit on both sides. Failures are studied
on the tuning part only; the held-out figure is the one that counts.
"""
import hashlib
import re
import urllib.parse

kTuning = "tuning"
kHeldOut = "heldout"
kParts = (kTuning, kHeldOut)
kHeldOutModulus = 3          # first byte of sha1(host) mod 3 == 0 -> held out

_numbered_slug = re.compile(r"-\d+$")


def host_of_url(url, fallback=""):
    """The URL's host, lower-cased, without a leading 'www.'; `fallback`
    when the URL has none."""
    try:
        host = urllib.parse.urlsplit(url or "").hostname or ""
    except ValueError:
        host = ""
    host = host.lower()
    if host.startswith("www."):
        host = host[4:]
    return host or fallback


def host_of_slug(slug):
    """Readability's test pages all share the URL http://fakehost/; their
    folder names are the site ('nytimes-3', 'wapo-1', 'lemonde-1'), so the
    slug without its number stands for the host."""
    return _numbered_slug.sub("", slug)


def part_of(host):
    digest = hashlib.sha1(host.encode("utf-8")).digest()
    return kHeldOut if digest[0] % kHeldOutModulus == 0 else kTuning
