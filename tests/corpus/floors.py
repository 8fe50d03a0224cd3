"""Pinned quality floors that can only be raised.

floors.json holds {"floors": {metric: minimum}, "ceilings": {metric: maximum}}.
A floor may only go up and a ceiling only down relative to the version in
git HEAD; check_monotonic() reports any change the other way, so a floor
cannot be lowered silently (trafilatura's evaluation gate does the same).
"""
import json
import math
import subprocess

kMargin = 0.005   # --update-floors pins measured - margin: run-to-run noise is 0


def load(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    data.setdefault("floors", {})
    data.setdefault("ceilings", {})
    return data


def head_version(repo_root, rel_path):
    """floors.json as committed in git HEAD, or None (no git, no commit, new file)."""
    try:
        out = subprocess.run(["git", "-C", str(repo_root), "show", "HEAD:" + rel_path],
                             capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if out.returncode != 0:
        return None
    try:
        data = json.loads(out.stdout.decode("utf-8"))
    except ValueError:
        return None
    data.setdefault("floors", {})
    data.setdefault("ceilings", {})
    return data


def check_monotonic(current, head):
    """Messages for every floor lowered, ceiling raised or pin dropped vs HEAD."""
    problems = []
    if head is None:
        return problems
    for key, old in head["floors"].items():
        new = current["floors"].get(key)
        if new is None:
            problems.append(f"floor {key} was removed (HEAD has {old})")
        elif new < old:
            problems.append(f"floor {key} lowered from {old} to {new}")
    for key, old in head["ceilings"].items():
        new = current["ceilings"].get(key)
        if new is None:
            problems.append(f"ceiling {key} was removed (HEAD has {old})")
        elif new > old:
            problems.append(f"ceiling {key} raised from {old} to {new}")
    return problems


def check_measured(pins, measured):
    """Messages for every measured metric below its floor or above its ceiling."""
    problems = []
    for key, floor in pins["floors"].items():
        if key in measured and measured[key] < floor:
            problems.append(f"{key}={measured[key]:.4f} is below its floor {floor}")
    for key, ceiling in pins["ceilings"].items():
        if key in measured and measured[key] > ceiling:
            problems.append(f"{key}={measured[key]:.4f} is above its ceiling {ceiling}")
    return problems


def raised(pins, measured, floor_keys, ceiling_keys):
    """A copy of pins with floors raised to measured - margin and ceilings lowered
    to measured + margin, never the other way."""
    out = {"comment": pins.get("comment", ""), "floors": dict(pins["floors"]),
           "ceilings": dict(pins["ceilings"])}
    for key in floor_keys:
        if key in measured:
            value = math.floor((measured[key] - kMargin) * 1000) / 1000
            out["floors"][key] = max(out["floors"].get(key, 0.0), max(value, 0.0))
    for key in ceiling_keys:
        if key in measured:
            value = math.ceil((measured[key] + kMargin) * 1000) / 1000
            old = out["ceilings"].get(key)
            out["ceilings"][key] = value if old is None else min(old, value)
    out["floors"] = dict(sorted(out["floors"].items()))
    out["ceilings"] = dict(sorted(out["ceilings"].items()))
    return out


def save(path, pins):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pins, f, indent=2)
        f.write("\n")
