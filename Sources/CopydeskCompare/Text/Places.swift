import CopydeskText

/// A gazetteer small enough to read: the world's countries, some regions and capitals, so that a
/// name standing alone ("China", "Tehran") is known for a place without a named-entity model.
/// Keys are ``Places/key(_:)`` forms, so "Nur-Sultan" and "Nur Sultan" are one entry.
enum Places {
    static func key(_ name: String) -> String {
        // Accents folded: "Calderón" and "Calderon", "Bogotá" and "Bogota" are one name.
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic }.map { accentless[$0] ?? $0 }))
    }

    /// Latin letters with diacritics and their bare letters, for keys only.
    static let accentless: [Unicode.Scalar: Unicode.Scalar] = {
        let pairs: [(String, Unicode.Scalar)] = [
            ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
            ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
            ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"),
            ("źżž", "z"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (accented, plain) in pairs {
            for scalar in accented.unicodeScalars { table[scalar] = plain }
        }
        return table
    }()

    static func isKnown(_ name: String) -> Bool { known.contains(key(name)) }

    /// The key a place fact is merged by: ``key(_:)`` with the short forms of a few countries
    /// folded into their names ("U.S.", "US", "USA" → United States).
    static func factKey(_ name: String) -> String {
        let k = key(name)
        return aliases[k] ?? k
    }

    static let aliases: [String: String] = [
        "us": "unitedstates", "usa": "unitedstates", "unitedstatesofamerica": "unitedstates",
        "uk": "unitedkingdom", "greatbritain": "unitedkingdom", "nyc": "newyork", "newyorkcity": "newyork",
        "dc": "washington", "washingtondc": "washington", "uae": "unitedarabemirates",
    ]

    /// Capitals as their countries, for alignment only ("Beijing firmly supports" ≈ "China
    /// supports"): never used to merge place facts.
    static let metonyms: [String: String] = [
        "beijing": "china", "moscow": "russia", "washington": "unitedstates", "london": "unitedkingdom",
        "paris": "france", "berlin": "germany", "tokyo": "japan", "tehran": "iran", "kyiv": "ukraine",
        "kiev": "ukraine", "ankara": "turkey", "delhi": "india", "newdelhi": "india", "islamabad": "pakistan",
        "tashkent": "uzbekistan", "astana": "kazakhstan", "nursultan": "kazakhstan", "brussels": "europeanunion",
        "seoul": "southkorea", "pyongyang": "northkorea", "riyadh": "saudiarabia", "cairo": "egypt",
    ]

    static let known: Set<String> = Set(names.map(key)).union(aliases.keys)

    private static let names: [String] = [
        // Countries
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
        "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria",
        "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China", "Colombia",
        "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark",
        "Djibouti", "Dominica", "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Eswatini",
        "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
        "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
        "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan",
        "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon",
        "Lesotho", "Liberia", "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi",
        "Malaysia", "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco",
        "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal",
        "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
        "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
        "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa", "San Marino",
        "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia",
        "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan",
        "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand",
        "Togo", "Tonga", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine",
        "United Arab Emirates", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu",
        "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe", "Britain", "England", "Scotland", "Wales",
        "America", "Korea", "Soviet Union", "Hong Kong", "Macau", "Tibet", "Xinjiang", "Crimea", "Donbas",
        "Gaza", "West Bank", "Kashmir",
        // Regions
        "Central Asia", "Asia", "Europe", "Africa", "Middle East", "Latin America", "South America",
        "North America", "Caucasus", "Balkans", "Baltic", "Arctic", "Antarctica", "Pacific", "Atlantic",
        "Indian Ocean", "Mediterranean", "Gulf", "Sahel", "Scandinavia", "Siberia",
        // Capitals and large cities
        "Beijing", "Shanghai", "Moscow", "Washington", "London", "Paris", "Berlin", "Tokyo", "Tehran", "Kyiv",
        "Kiev", "Ankara", "Istanbul", "Delhi", "New Delhi", "Mumbai", "Islamabad", "Karachi", "Lahore",
        "Dhaka", "Kabul", "Tashkent", "Samarkand", "Astana", "Nur-Sultan", "Almaty", "Bishkek", "Dushanbe",
        "Ashgabat", "Baku", "Tbilisi", "Yerevan", "Minsk", "Warsaw", "Prague", "Vienna", "Budapest", "Rome",
        "Madrid", "Lisbon", "Brussels", "Amsterdam", "Geneva", "Stockholm", "Oslo", "Helsinki", "Copenhagen",
        "Athens", "Cairo", "Riyadh", "Doha", "Dubai", "Abu Dhabi", "Baghdad", "Damascus", "Beirut",
        "Jerusalem", "Tel Aviv", "Amman", "Nairobi", "Lagos", "Abuja", "Johannesburg", "Pretoria",
        "Addis Ababa", "Khartoum", "Seoul", "Pyongyang", "Taipei", "Hanoi", "Bangkok", "Jakarta", "Manila",
        "Kuala Lumpur", "Yangon", "Naypyidaw", "Colombo", "Kathmandu", "Ottawa", "Mexico City", "Havana",
        "Caracas", "Bogota", "Lima", "Santiago", "Buenos Aires", "Brasilia", "Sao Paulo", "Rio de Janeiro",
        "Canberra", "Sydney", "Wellington", "New York", "Los Angeles", "Chicago", "Hong Kong", "Wuhan",
        "Chittagong", "Sylhet", "Kolkata", "Chennai", "Odesa", "Kharkiv", "Mariupol", "St Petersburg",
        "Vladivostok", "Strasbourg", "Davos", "The Hague", "Brussels", "Frankfurt", "Munich", "Milan",
        // The United States: states, the capital's forms, large cities (American copy names them
        // alone, "in Ohio", as it names countries).
        "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
        "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana",
        "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
        "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
        "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin",
        "Wyoming", "Puerto Rico", "Guam", "New York City", "Washington, D.C.", "Boston", "Philadelphia",
        "Baltimore", "Atlanta", "Miami", "Houston", "Dallas", "Austin", "San Antonio", "Denver", "Phoenix",
        "Las Vegas", "San Francisco", "San Diego", "Seattle", "Portland", "Detroit", "Cleveland",
        "Pittsburgh", "Minneapolis", "St. Louis", "New Orleans", "Charlotte", "Nashville", "Orlando",
        "Tampa", "Sacramento", "Honolulu", "Anchorage", "Newark", "Brooklyn", "Manhattan", "Queens",
        "Bronx", "Staten Island", "Silicon Valley", "Guantanamo Bay", "Benghazi", "Aleppo", "Mosul", "Raqqa",
        "Fallujah", "Kandahar", "Helmand", "Ferguson", "Charleston", "Charlottesville", "Sandy Hook",
        "Newtown", "Aurora", "Orlando", "Parkland", "Puerto Rico",
    ]
}
