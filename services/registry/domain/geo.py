"""Approximate coordinates (longitude, latitude) of the province seats the registry maps counts onto."""

PROVINCE_POINTS: dict[tuple[str, str], tuple[float, float]] = {
    ("VN", "Hà Nội"): (105.85, 21.03), ("VN", "Kiên Giang"): (105.08, 10.00), ("VN", "Khánh Hòa"): (109.19, 12.25),
    ("VN", "Lâm Đồng"): (108.44, 11.94), ("VN", "Đắk Lắk"): (108.04, 12.67), ("VN", "Thái Nguyên"): (105.85, 21.59),
    ("VN", "Hà Giang"): (104.98, 22.82), ("VN", "Bình Thuận"): (108.10, 10.93), ("VN", "Nghệ An"): (105.68, 18.68),
    ("VN", "Quảng Nam"): (108.47, 15.57), ("VN", "Hải Dương"): (106.33, 20.94), ("VN", "Sơn La"): (103.91, 21.33),
    ("VN", "Bến Tre"): (106.38, 10.24), ("VN", "An Giang"): (105.13, 10.52), ("VN", "Thừa Thiên Huế"): (107.59, 16.46),
    ("VN", "Lào Cai"): (103.97, 22.49), ("VN", "Nam Định"): (106.17, 20.42), ("VN", "Cà Mau"): (105.15, 9.18),
    ("VN", "Đồng Tháp"): (105.63, 10.46), ("VN", "Bắc Giang"): (106.19, 21.27),
    ("KH", "Kampot"): (104.18, 10.61), ("KH", "Kep"): (104.32, 10.48), ("KH", "Kampong Chhnang"): (104.67, 12.25),
    ("KH", "Siem Reap"): (103.86, 13.36), ("KH", "Battambang"): (103.20, 13.10), ("KH", "Takeo"): (104.78, 10.99),
    ("KH", "Kampong Speu"): (104.52, 11.45), ("KH", "Mondulkiri"): (107.19, 12.45), ("KH", "Ratanakiri"): (106.99, 13.74),
    ("KH", "Kampong Cham"): (105.46, 11.99), ("KH", "Pursat"): (103.92, 12.54), ("KH", "Koh Kong"): (102.98, 11.62),
    ("KH", "Prey Veng"): (105.33, 11.48), ("KH", "Kandal"): (105.13, 11.22),
    ("TH", "Chiang Mai"): (98.98, 18.79), ("TH", "Chiang Rai"): (99.83, 19.91), ("TH", "Khon Kaen"): (102.83, 16.43),
    ("TH", "Udon Thani"): (102.79, 17.41), ("TH", "Nakhon Ratchasima"): (102.10, 14.97), ("TH", "Surin"): (103.49, 14.88),
    ("TH", "Lamphun"): (99.01, 18.57), ("TH", "Sukhothai"): (99.82, 17.01), ("TH", "Phetchaburi"): (99.94, 13.11),
    ("TH", "Nan"): (100.77, 18.78), ("TH", "Ubon Ratchathani"): (104.85, 15.24), ("TH", "Ratchaburi"): (99.81, 13.54),
    ("TH", "Songkhla"): (100.60, 7.19), ("TH", "Samut Songkhram"): (100.00, 13.41),
}


def province_feature_collection(counts: dict[tuple[str, str], dict]) -> dict:
    """GeoJSON (RFC 7946) points at province seats, carrying the counts; provinces without known
    coordinates are listed under `unmapped` rather than dropped."""
    features, unmapped = [], []
    for (country, province), props in sorted(counts.items()):
        point = PROVINCE_POINTS.get((country, province))
        if point is None:
            unmapped.append({"country": country, "province": province, **props})
            continue
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": list(point)},
                         "properties": {"country": country, "province": province, **props}})
    return {"type": "FeatureCollection", "features": features, "unmapped": unmapped}
