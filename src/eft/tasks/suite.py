"""The suite as a whole: its shape per domain (`eft tasks stats`), the rules no single task.yaml can check,
and the nested training subsets of the scaling ablation (`eft tasks subsets`).

Why suite rules: a family with dozens of near-copies, or a held-out problem that also appears in training,
inflates what the suite claims to measure (transfer to problems never practised) without any one task being
wrong.
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Iterable

from eft.tasks.registry import DOMAINS, MAX_FAMILY_MEMBERS, TaskSpec


def suite_problems(specs: Iterable[TaskSpec]) -> list[str]:
    """One line per broken suite rule: family size, a family in both splits, a shared data seed."""
    specs = list(specs)
    problems = []
    members: dict[str, list[TaskSpec]] = defaultdict(list)
    for spec in specs:
        members[spec.family].append(spec)
    for family, group in sorted(members.items()):
        if len(group) > MAX_FAMILY_MEMBERS:
            problems.append(f"family {family}: {len(group)} members, at most {MAX_FAMILY_MEMBERS} "
                            "(more are copies of one problem, not new problems)")
        splits = {spec.split for spec in group}
        if len(splits) > 1:
            held = sorted(spec.id for spec in group if spec.split == "heldout")
            problems.append(f"family {family}: in training and held out ({', '.join(held)}): "
                            "a held-out problem must be new to the fine-tuned model")
        domains = sorted({spec.domain for spec in group})
        if len(domains) > 1:
            problems.append(f"family {family}: members in several domains ({', '.join(domains)})")
    seeds: dict[int, list[str]] = defaultdict(list)
    for spec in specs:
        seeds[spec.data_seed].append(spec.id)
    for seed, ids in sorted(seeds.items()):
        if len(ids) > 1:
            problems.append(f"data_seed {seed} is shared by {', '.join(sorted(ids))}: each task draws its own data")
    return problems


def stats_rows(specs: Iterable[TaskSpec]) -> list[dict]:
    """Tasks, families and languages per (split, domain), in DOMAINS order, with a total per split."""
    by_key: dict[tuple[str, str], list[TaskSpec]] = defaultdict(list)
    for spec in specs:
        by_key[(spec.split, spec.domain)].append(spec)
    rows = []
    for split in ("train", "heldout"):
        keys = [(split, domain) for domain in DOMAINS if (split, domain) in by_key]
        for key in keys:
            rows.append(_row(split, key[1], by_key[key]))
        everything = [spec for key in keys for spec in by_key[key]]
        if everything:
            rows.append(_row(split, "all", everything))
    return rows


def _row(split: str, domain: str, group: list[TaskSpec]) -> dict:
    languages = Counter(spec.language for spec in group)
    return {"split": split, "domain": domain, "tasks": len(group), "families": len({s.family for s in group}),
            "python": languages.get("python", 0), "cpp": languages.get("cpp", 0),
            "gpu": sum(spec.requires_gpu for spec in group)}


def format_stats(rows: list[dict]) -> str:
    """The stats rows as an aligned text table."""
    header = ("split", "domain", "tasks", "families", "python", "cpp", "gpu")
    table = [header, *[tuple(str(row[key]) for key in header) for row in rows]]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    return "\n".join("  ".join(cell.ljust(width) if i < 2 else cell.rjust(width)
                               for i, (cell, width) in enumerate(zip(line, widths))) for line in table)


def families_markdown(specs: Iterable[TaskSpec], split: str = "train") -> str:
    """A markdown table of the split's families: domain, language, member count and the members' parameter
    names (docs/TRAINING_SUITE.md is this table)."""
    members: dict[str, list[TaskSpec]] = defaultdict(list)
    for spec in specs:
        if spec.split == split:
            members[spec.family].append(spec)
    lines = ["| domain | family | language | members | varied parameters |", "|---|---|---|---|---|"]
    order = sorted(members, key=lambda f: (DOMAINS.index(members[f][0].domain), f))
    for family in order:
        group = members[family]
        varied = sorted({key for spec in group for key in spec.params
                         if len({repr(s.params.get(key)) for s in group}) > 1})
        lines.append(f"| {group[0].domain} | `{family}` | {group[0].language} | {len(group)} | "
                     f"{', '.join(varied) or '—'} |")
    return "\n".join(lines)


def subset_order(specs: Iterable[TaskSpec], seed: int) -> list[str]:
    """Every training task in the order the nested subsets take them: any prefix is domain-stratified.

    Seats go one at a time (so a smaller subset is always a prefix of a larger one): first one to each
    domain, largest domain first, then by Sainte-Laguë priority (domain size / (2·seats + 1)), which keeps
    every prefix as close to proportional as whole tasks allow. Within a domain the tasks come family by
    family in a seeded round robin, so a small subset spans as many problems as it can.
    """
    rng = random.Random(seed)
    queues: dict[str, list[str]] = {}
    for domain in DOMAINS:
        families: dict[str, list[str]] = defaultdict(list)
        for spec in sorted((s for s in specs if s.split == "train" and s.domain == domain), key=lambda s: s.id):
            families[spec.family].append(spec.id)
        if not families:
            continue
        names = sorted(families)
        rng.shuffle(names)
        for name in names:
            rng.shuffle(families[name])
        queue = []
        while any(families[name] for name in names):
            queue += [families[name].pop(0) for name in names if families[name]]
        queues[domain] = queue
    sizes = {domain: len(queue) for domain, queue in queues.items()}
    seats = dict.fromkeys(queues, 0)
    order = []
    while len(order) < sum(sizes.values()):
        open_domains = [d for d in queues if seats[d] < sizes[d]]
        empty = [d for d in open_domains if seats[d] == 0]
        pool = empty or open_domains
        domain = max(pool, key=lambda d: (sizes[d] / (2 * seats[d] + 1), -DOMAINS.index(d)))
        order.append(queues[domain][seats[domain]])
        seats[domain] += 1
    return order


def nested_subsets(specs: Iterable[TaskSpec], sizes: Iterable[int], seed: int) -> dict[int, list[str]]:
    """Training-task subsets of the given sizes, each a prefix of `subset_order` (so 15 ⊂ 187 ⊂ all)."""
    order = subset_order(list(specs), seed)
    return {size: sorted(order[:size]) for size in sorted(sizes)}
