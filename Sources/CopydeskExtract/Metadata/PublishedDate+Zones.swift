extension PublishedDate {
    /// Offsets in minutes of the zone names news pages print. Names that mean two zones in
    /// different newsrooms (BST is British Summer Time and Bangladesh Standard Time; IST is
    /// India, Ireland and Israel; CST is US Central and China) are left out on purpose: a time
    /// with such a zone is read as a date only.
    static let zoneOffsets: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "wet": 0,
        "west": 60, "cet": 60, "wat": 60,
        "cest": 120, "eet": 120, "sast": 120, "cat": 120,
        "eest": 180, "msk": 180, "eat": 180,
        "pkt": 300, "npt": 345, "ict": 420, "wib": 420,
        "hkt": 480, "sgt": 480, "pht": 480, "awst": 480,
        "jst": 540, "kst": 540, "acst": 570,
        "aest": 600, "aedt": 660, "nzst": 720, "nzdt": 780,
        "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "akst": -540, "akdt": -480, "hst": -600,
    ]
}
