#!/usr/bin/env python3
"""Build data/places/gazetteer.csv from the shipped UCDP GED Pakistan file plus Afghan provinces.

Pakistani provinces and districts come from the GED `adm_1`/`adm_2` names; a district's coordinates are the
median of the coordinates of its events located at district precision or better (`where_prec` <= 3), a
province's the median of its districts. The former FATA agencies and Frontier Regions map to their
post-2018 Khyber Pakhtunkhwa districts, keeping the original name as an alias and in `former_name`.
Afghan provinces (34) are listed by hand with approximate centroids (no Afghan events ship with the project).

Run: /usr/bin/python3 tools/build_gazetteer.py  (from the repository root)
"""
import csv, statistics, collections, re

GED = "data/ucdp-ged/conflict_data_pak.csv"
OUT = "data/places/gazetteer.csv"

PROVINCES = {
    "Khyber Pakhtunkwa province": "Khyber Pakhtunkhwa",
    "Federally Administered Tribal Areas": "Khyber Pakhtunkhwa",
    "Balochistan province": "Balochistan",
    "Sindh province": "Sindh",
    "Punjab province": "Punjab",
    "Azad Jammu & Kashmir": "Azad Jammu and Kashmir",
    "Gilgit-Baltistan": "Gilgit-Baltistan",
    "Islamabad Capital territory": "Islamabad Capital Territory",
}
PROVINCE_ALIASES = {
    "Khyber Pakhtunkhwa": ["Khyber Pakhtunkwa province", "Khyber Pakhtunkhwa province", "KP", "KPK", "NWFP",
                           "North-West Frontier Province", "Khyber-Pakhtunkhwa"],
    "Balochistan": ["Balochistan province", "Baluchistan"],
    "Sindh": ["Sindh province"],
    "Punjab": ["Punjab province"],
    "Azad Jammu and Kashmir": ["Azad Jammu & Kashmir", "AJK", "Azad Kashmir"],
    "Gilgit-Baltistan": ["Gilgit Baltistan"],
    "Islamabad Capital Territory": ["Islamabad Capital territory", "Islamabad", "ICT"],
}
# FATA agencies and Frontier Regions -> post-2018 KP district (FATA merged into KP by the 25th Amendment, May 2018).
FATA = {
    "Bajaur agency": ("Bajaur", "Bajaur Agency"),
    "Khyber agency": ("Khyber", "Khyber Agency"),
    "Kurram agency": ("Kurram", "Kurram Agency"),
    "Mohmand agency": ("Mohmand", "Mohmand Agency"),
    "Orakzai agency": ("Orakzai", "Orakzai Agency"),
    "North Waziristan": ("North Waziristan", "North Waziristan Agency"),
    "South Waziristan": ("South Waziristan", "South Waziristan Agency"),
    "FR Kohat": ("Kohat", "Frontier Region Kohat"),
    "FR Peshawar": ("Peshawar", "Frontier Region Peshawar"),
    "FR Bannu - Mir Ali": ("Bannu", "Frontier Region Bannu"),
    "FR Tank - Jandola": ("Tank", "Frontier Region Tank"),
}
DISTRICT_EXTRA_ALIASES = {
    "Dera Ismail Khan": ["D.I. Khan", "DI Khan", "D I Khan", "Dera Ismail Khan district"],
    "North Waziristan": ["N. Waziristan", "N Waziristan"],
    "South Waziristan": ["S. Waziristan", "S Waziristan"],
    "Lakki Marwat": ["Lakki"],
    "Jafarabad": ["Jafarabad Distrcit", "Jaffarabad"],
    "Killa Abdullah": ["Qila Abdullah"],
    "Killa Saifullah": ["Qila Saifullah"],
    "Dera Bugti": ["Dera Bugti district"],
    "Musa Khel": ["Musakhel"],
    "Nushki": ["Noshki"],
    "Bolan": ["Kachhi"],
}
AFGHAN = [  # province, approx. centroid lat, lon, aliases
    ("Badakhshan", 36.73, 70.81, ""), ("Badghis", 35.17, 63.77, ""), ("Baghlan", 35.80, 69.29, ""),
    ("Balkh", 36.76, 66.90, ""), ("Bamyan", 34.81, 67.82, "Bamian"), ("Daykundi", 33.67, 66.05, "Daikundi"),
    ("Farah", 32.50, 62.26, ""), ("Faryab", 36.08, 64.91, ""), ("Ghazni", 33.55, 68.42, ""),
    ("Ghor", 34.10, 64.91, ""), ("Helmand", 31.36, 64.35, "Hilmand"), ("Herat", 34.35, 62.20, "Hirat"),
    ("Jowzjan", 36.90, 66.00, "Jawzjan"), ("Kabul", 34.53, 69.17, ""), ("Kandahar", 31.63, 65.71, "Qandahar"),
    ("Kapisa", 34.98, 69.62, ""), ("Khost", 33.34, 69.92, "Khowst"), ("Kunar", 34.85, 71.10, "Konar"),
    ("Kunduz", 36.73, 68.87, "Kondoz"), ("Laghman", 34.69, 70.15, ""), ("Logar", 34.01, 69.19, ""),
    ("Nangarhar", 34.17, 70.62, ""), ("Nimruz", 31.03, 62.45, "Nimroz"), ("Nuristan", 35.33, 70.91, ""),
    ("Paktia", 33.71, 69.38, "Paktya"), ("Paktika", 32.26, 68.52, ""), ("Panjshir", 35.42, 69.73, "Panjsher"),
    ("Parwan", 35.01, 69.05, ""), ("Samangan", 36.32, 67.96, ""), ("Sar-e Pol", 35.61, 66.00, "Sar-e-Pul;Sari Pul"),
    ("Takhar", 36.67, 69.48, ""), ("Uruzgan", 32.93, 66.63, "Oruzgan"), ("Wardak", 34.35, 68.23, "Maidan Wardak"),
    ("Zabul", 32.19, 67.19, ""),
]

def main():
    rows = list(csv.DictReader(open(GED, encoding="utf-8", newline="")))[1:]  # skip the HXL tag row
    coords = collections.defaultdict(list)
    source_names = collections.defaultdict(set)
    for r in rows:
        a1, a2 = r["adm_1"], r["adm_2"]
        if not a1 or not a2:
            continue
        province = PROVINCES[a1]
        if a2 in FATA:
            district, former = FATA[a2]
        else:
            district = re.sub(r"\s+(district|Distrcit)$", "", a2)
            former = ""
        key = (province, district)
        source_names[key].add(a2)
        if int(r["where_prec"]) <= 3:
            coords[key].append((float(r["latitude"]), float(r["longitude"])))
    out = []
    for (province, district), names in sorted(source_names.items()):
        pts = coords.get((province, district)) or []
        lat = round(statistics.median(p[0] for p in pts), 4) if pts else ""
        lon = round(statistics.median(p[1] for p in pts), 4) if pts else ""
        # Only a district made wholly of a former agency carries its former name (Bannu or Kohat absorbed a
        # Frontier Region but were settled districts before 2018).
        former = FATA[next(iter(names))][1] if all(n in FATA for n in names) else ""
        former_province = "Federally Administered Tribal Areas" if former else ""
        aliases = set(names) | set(DISTRICT_EXTRA_ALIASES.get(district, [])) | {FATA[n][1] for n in names if n in FATA}
        aliases = sorted(aliases - {district})
        out.append(dict(country="Pakistan", level="district", province=province, name=district,
                        aliases=";".join(aliases), latitude=lat, longitude=lon,
                        former_province=former_province, former_name=former))
    for province in sorted(set(PROVINCES.values())):
        ds = [o for o in out if o["province"] == province and o["latitude"] != ""]
        lat = round(statistics.median(o["latitude"] for o in ds), 4) if ds else ""
        lon = round(statistics.median(o["longitude"] for o in ds), 4) if ds else ""
        if province == "Islamabad Capital Territory":
            lat, lon = 33.6844, 73.0479
        out.append(dict(country="Pakistan", level="province", province=province, name=province,
                        aliases=";".join(PROVINCE_ALIASES.get(province, [])), latitude=lat, longitude=lon,
                        former_province="", former_name=""))
    out.append(dict(country="Pakistan", level="province", province="Khyber Pakhtunkhwa",
                    name="Federally Administered Tribal Areas", aliases="FATA;former FATA",
                    latitude=32.9, longitude=70.3, former_province="Federally Administered Tribal Areas",
                    former_name="Federally Administered Tribal Areas"))
    for name, lat, lon, aliases in AFGHAN:
        out.append(dict(country="Afghanistan", level="province", province=name, name=name, aliases=aliases,
                        latitude=lat, longitude=lon, former_province="", former_name=""))
    out.sort(key=lambda o: (o["country"], o["level"] != "province", o["province"], o["name"]))
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["country", "level", "province", "name", "aliases", "latitude",
                                          "longitude", "former_province", "former_name"], lineterminator="\n")
        w.writeheader()
        w.writerows(out)
    print(f"wrote {len(out)} places to {OUT}")

if __name__ == "__main__":
    main()
