#!/usr/bin/env python3
"""Writes dong-thap.json: the sample province shipped for ./run, demos and tests.

One province (Đồng Tháp after the 1 July 2025 merger, code 82) with 100 communes and wards, one
commune radio station each, and 10-30 speaker clusters per station. Place names follow the
province's real communes and hamlets; codes are official-looking but this is NOT the official
administrative register. Deterministic: the same script writes the same file, so regenerate with

    python3 samples/province/generate.py

and commit both. The JSON keeps one area or device per line so a diff stays readable.
"""

import json
import random
from pathlib import Path

SEED = 2025_07_01
PROVINCE = {"code": "82", "name": "Tỉnh Đồng Tháp", "kind": "tỉnh"}

# (former province's code range, wards, communes). Codes run three apart, as official codes do.
FORMER_PROVINCES = [
    ("Tiền Giang", 28249, [
        "Mỹ Tho", "Đạo Thạnh", "Mỹ Phong", "Thới Sơn", "Trung An", "Gò Công", "Long Thuận", "Sơn Qui",
        "Bình Xuân", "Mỹ Phước Tây", "Thanh Hòa", "Cai Lậy", "Nhị Quý",
    ], [
        "Tân Phước 1", "Tân Phước 2", "Tân Phước 3", "Hưng Thạnh", "Tân Hương", "Châu Thành", "Long Hưng",
        "Long Định", "Vĩnh Kim", "Kim Sơn", "Bình Trưng", "Mỹ Tịnh An", "Lương Hòa Lạc", "Tân Thuận Bình",
        "Chợ Gạo", "An Thạnh Thủy", "Bình Ninh", "Vĩnh Bình", "Đồng Sơn", "Phú Thành", "Vĩnh Hựu",
        "Long Bình", "Tân Thới", "Tân Phú Đông", "Tân Điền", "Gia Thuận", "Tân Đông", "Tân Hòa",
        "Gò Công Đông", "Mỹ Thành", "Thạnh Phú", "Bình Phú", "Hiệp Đức", "Ngũ Hiệp", "Long Tiên",
        "Mỹ Lợi", "Mỹ Thiện", "Cái Bè", "Hậu Mỹ", "Hội Cư", "Thanh Hưng", "An Hữu", "Mỹ Đức Tây",
        "Đông Hòa Hiệp",
    ]),
    ("Đồng Tháp", 29224, [
        "Sa Đéc", "Cao Lãnh", "Mỹ Ngãi", "Mỹ Trà", "An Bình", "Hồng Ngự", "Thường Lạc",
    ], [
        "Tân Hồng", "Tân Thành", "Tân Hộ Cơ", "An Phước", "Thường Phước", "Long Khánh", "Long Phú Thuận",
        "An Long", "Phú Thọ", "Tam Nông", "Phú Cường", "An Hòa", "Tràm Chim", "Phú Thành A", "Thanh Bình",
        "Tân Long", "Bình Thành", "Tân Thạnh", "Phương Thịnh", "Ba Sao", "Mỹ Thọ", "Mỹ Hiệp", "Mỹ Quí",
        "Tháp Mười", "Đốc Binh Kiều", "Trường Xuân", "Thanh Mỹ", "Phú Hựu", "Tân Nhuận Đông",
        "Tân Phú Trung", "Lai Vung", "Hòa Long", "Phong Hòa", "Tân Khánh Trung", "Lấp Vò", "Mỹ An Hưng",
    ]),
]

HAMLET_FIRST = ["Mỹ", "Tân", "Phú", "An", "Long", "Bình", "Hòa", "Thạnh", "Vĩnh", "Hưng", "Phước", "Thới", "Đông", "Tây", "Trung"]
HAMLET_SECOND = ["Thới", "Hòa", "Thạnh", "Lợi", "Phú", "An", "Hưng", "Long", "Bình", "Thuận", "Đông", "Tây", "Khánh", "Quới", "Xuân", "Hiệp"]
LANDMARKS = ["chợ {place}", "trụ sở UBND", "trạm y tế", "trường THCS {place}", "bến đò {place}", "nhà văn hóa"]

# Viettel, VinaPhone and MobiFone prefixes.
SIM_PREFIXES = ["086", "096", "097", "098", "032", "033", "034", "035", "091", "094", "088", "090", "093", "089"]


def device_names(rng, place, is_ward, count):
    """Landmarks first, then hamlets (ấp) in communes or quarters (khu phố) in wards."""
    names = [f"Cụm loa {landmark.format(place=place)}" for landmark in rng.sample(LANDMARKS, 3)]
    if is_ward or rng.random() < 0.3:
        unit = "khu phố" if is_ward else "ấp"
        names += [f"Cụm loa {unit} {n}" for n in range(1, count - len(names) + 1)]
    else:
        pairs = [f"{a} {b}" for a in HAMLET_FIRST for b in HAMLET_SECOND if a != b]
        names += [f"Cụm loa ấp {hamlet}" for hamlet in rng.sample(pairs, count - len(names))]
    return names[:count]


def build():
    rng = random.Random(SEED)
    units = [
        (str(first_code + 3 * i), place, kind)
        for _, first_code, wards, communes in FORMER_PROVINCES
        for i, (place, kind) in enumerate([(w, "phường") for w in wards] + [(c, "xã") for c in communes])
    ]
    areas = [PROVINCE]
    stations = []
    sims = set()
    serial = 0
    for code, place, kind in units:
        areas.append({"code": code, "name": f"{kind.capitalize()} {place}", "kind": kind, "parentCode": PROVINCE["code"]})
        centre = (rng.uniform(10.25, 10.85), rng.uniform(105.45, 106.15))
        devices = []
        for number, name in enumerate(device_names(rng, place, kind == "phường", rng.randint(10, 30)), start=1):
            sim = None
            while sim is None or sim in sims:
                sim = rng.choice(SIM_PREFIXES) + f"{rng.randrange(10**7):07d}"
            sims.add(sim)
            serial += 1
            devices.append({
                "id": f"d-{number:02d}",
                "name": name,
                "gps": {"lat": round(centre[0] + rng.uniform(-0.03, 0.03), 6), "lon": round(centre[1] + rng.uniform(-0.03, 0.03), 6)},
                "sim": sim,
                "serial": f"CR4G-25-{serial:06d}",
                "firmware": "2.4.1",
            })
        stations.append({"id": f"s-{code}", "name": f"Đài truyền thanh {kind} {place}", "areaCode": code, "devices": devices})
    return areas, stations


def line(value):
    return json.dumps(value, ensure_ascii=False)


def write(path, areas, stations):
    out = ['{', '  "areas": [']
    out += [f"    {line(a)}{',' if i < len(areas) - 1 else ''}" for i, a in enumerate(areas)]
    out += ['  ],', '  "stations": [']
    for i, s in enumerate(stations):
        head = {k: v for k, v in s.items() if k != "devices"}
        out.append(f"    {line(head)[:-1]},")
        out.append('      "devices": [')
        out += [f"        {line(d)}{',' if j < len(s['devices']) - 1 else ''}" for j, d in enumerate(s["devices"])]
        out.append('      ]')
        out.append(f"    }}{',' if i < len(stations) - 1 else ''}")
    out += ['  ]', '}', '']
    path.write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    areas, stations = build()
    target = Path(__file__).with_name("dong-thap.json")
    write(target, areas, stations)
    devices = sum(len(s["devices"]) for s in stations)
    print(f"{target}: {len(areas)} areas, {len(stations)} stations, {devices} devices")
