#!/usr/bin/env python3
"""Regenerate the generated gazetteers in schemas/ from Debian data.

  countries.tsv  ISO 3166-1 (package iso-codes) + common names, acronyms, demonyms
  places.tsv     capitals and major cities (curated below) + first-level
                 subdivisions of large federal countries (ISO 3166-2)
  words/common.txt, words/proper.txt   from /usr/share/dict (packages wamerican and wbritish, SCOWL)

Run from the repository root: tools/make_gazetteers.py
The outputs are committed; the build does not need this script or its inputs.
"""
import json
import re
from pathlib import Path

ISO = Path("/usr/share/iso-codes/json")
OUT = Path("schemas")

# Names people write instead of ISO's formal ones.
COMMON_NAME = {
    "KR": "South Korea", "KP": "North Korea", "RU": "Russia", "IR": "Iran", "SY": "Syria",
    "VN": "Vietnam", "LA": "Laos", "VE": "Venezuela", "BO": "Bolivia", "TZ": "Tanzania",
    "MD": "Moldova", "TW": "Taiwan", "PS": "Palestine", "FM": "Micronesia",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "VA": "Vatican",
    "BN": "Brunei", "CZ": "Czech Republic", "TR": "Turkey", "CV": "Cape Verde",
    "CI": "Ivory Coast", "SZ": "Eswatini", "MK": "North Macedonia", "GB": "United Kingdom",
    "US": "United States", "FK": "Falkland Islands", "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands", "HK": "Hong Kong", "MO": "Macao",
}
# Countries the news treats as such that ISO 3166-1 leaves out (Kosovo's user-assigned code).
NOT_IN_ISO = [("XK", "Kosovo", "Republic of Kosovo", "Kosovar|Kosovan|Kosovars")]
EXTRA_ALIASES = {
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "CN": ["PRC", "P.R.C.", "People's Republic of China", "Mainland China"],
    "KR": ["ROK", "Republic of Korea", "S. Korea", "Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "RU": ["Russian Federation"], "AE": ["UAE", "U.A.E.", "Emirates"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville", "Congo Republic"],
    "TR": ["Türkiye", "Turkiye"], "CZ": ["Czechia"], "MM": ["Burma"], "CI": ["Côte d'Ivoire"],
    "CV": ["Cabo Verde"], "SZ": ["Swaziland"], "MK": ["Macedonia"], "NL": ["Holland"],
    "VA": ["Holy See", "Vatican City"], "TL": ["East Timor"], "PS": ["State of Palestine"],
    "TW": ["Republic of China"], "MO": ["Macau"], "IR": ["Islamic Republic of Iran"],
    "SA": ["KSA"], "VN": ["Viet Nam"], "LA": ["Lao PDR"],
}
# A short name the news gives another country than ISO does: "eastern Congo", "Congo's army" are the
# Democratic Republic's (AP and Reuters write "Republic of Congo" or "Congo Republic" for the other).
NEWS_SHORT_NAMES = {"Congo": "CD"}
DEMONYMS = {
    "US": ["American", "Americans"], "CN": ["Chinese", "Sino"], "JP": ["Japanese"],
    "KR": ["South Korean", "South Koreans"], "KP": ["North Korean", "North Koreans"],
    "RU": ["Russian", "Russians"], "UA": ["Ukrainian", "Ukrainians"], "GB": ["British", "Briton", "Britons"],
    "FR": ["French"], "DE": ["German", "Germans"], "IT": ["Italian", "Italians"], "ES": ["Spanish"],
    "PT": ["Portuguese"], "NL": ["Dutch"], "BE": ["Belgian"], "CH": ["Swiss"], "AT": ["Austrian"],
    "SE": ["Swedish", "Swede", "Swedes"], "NO": ["Norwegian"], "DK": ["Danish"], "FI": ["Finnish"],
    "PL": ["Polish"], "CZ": ["Czech"], "HU": ["Hungarian"], "RO": ["Romanian"], "GR": ["Greek"],
    "TR": ["Turkish"], "IE": ["Irish"], "IN": ["Indian", "Indians"], "PK": ["Pakistani", "Pakistanis"],
    "AF": ["Afghan", "Afghans"], "IR": ["Iranian", "Iranians"], "IQ": ["Iraqi", "Iraqis"],
    "SY": ["Syrian", "Syrians"], "IL": ["Israeli", "Israelis"], "PS": ["Palestinian", "Palestinians"],
    "SA": ["Saudi", "Saudis"], "EG": ["Egyptian", "Egyptians"], "JO": ["Jordanian"], "LB": ["Lebanese"],
    "QA": ["Qatari"], "AE": ["Emirati"], "YE": ["Yemeni"], "KW": ["Kuwaiti"], "OM": ["Omani"],
    "BH": ["Bahraini"], "CA": ["Canadian", "Canadians"], "MX": ["Mexican", "Mexicans"],
    "BR": ["Brazilian", "Brazilians"], "AR": ["Argentine", "Argentinian"], "CL": ["Chilean"],
    "CO": ["Colombian", "Colombians"], "PE": ["Peruvian"], "VE": ["Venezuelan", "Venezuelans"],
    "CU": ["Cuban", "Cubans"], "AU": ["Australian", "Australians"], "NZ": ["New Zealander"],
    "ID": ["Indonesian"], "MY": ["Malaysian"], "SG": ["Singaporean"], "TH": ["Thai"],
    "VN": ["Vietnamese"], "PH": ["Philippine", "Filipino", "Filipinos"], "MM": ["Burmese", "Myanmar's"],
    "KH": ["Cambodian"], "LA": ["Lao", "Laotian"], "BD": ["Bangladeshi"], "LK": ["Sri Lankan"],
    "NP": ["Nepali", "Nepalese"], "MN": ["Mongolian"], "KZ": ["Kazakh"], "UZ": ["Uzbek"],
    "NG": ["Nigerian", "Nigerians"], "KE": ["Kenyan", "Kenyans"], "ZA": ["South African"],
    "ET": ["Ethiopian"], "GH": ["Ghanaian"], "SD": ["Sudanese"], "SO": ["Somali"], "LY": ["Libyan"],
    "TN": ["Tunisian"], "DZ": ["Algerian"], "MA": ["Moroccan"], "BY": ["Belarusian"],
    "GE": ["Georgian"], "AM": ["Armenian"], "AZ": ["Azerbaijani"], "RS": ["Serbian"],
    "HR": ["Croatian"], "BG": ["Bulgarian"], "SK": ["Slovak"], "SI": ["Slovenian"],
    "LT": ["Lithuanian"], "LV": ["Latvian"], "EE": ["Estonian"], "TW": ["Taiwanese"],
    "PG": ["Papua New Guinean"], "PA": ["Panamanian"], "HT": ["Haitian"], "GT": ["Guatemalan"],
    "HN": ["Honduran"], "SV": ["Salvadoran"], "NI": ["Nicaraguan"], "EC": ["Ecuadorian"],
    "AL": ["Albanian"], "AD": ["Andorran"], "AO": ["Angolan"], "AG": ["Antiguan"], "BI": ["Burundian"],
    "BJ": ["Beninese"], "BF": ["Burkinabe", "Burkinabè"], "BS": ["Bahamian"], "BA": ["Bosnian"],
    "BZ": ["Belizean"], "BO": ["Bolivian"], "BB": ["Barbadian"], "BN": ["Bruneian"], "BT": ["Bhutanese"],
    "CF": ["Central African"], "CI": ["Ivorian"], "CM": ["Cameroonian"], "CD": ["Congolese"],
    "KM": ["Comorian"], "CV": ["Cape Verdean"], "CR": ["Costa Rican"], "CY": ["Cypriot"],
    "DJ": ["Djiboutian"], "DO": ["Dominican"], "ER": ["Eritrean"], "FJ": ["Fijian"], "FM": ["Micronesian"],
    "GA": ["Gabonese"], "GN": ["Guinean"], "GM": ["Gambian"], "GW": ["Bissau-Guinean"],
    "GQ": ["Equatorial Guinean"], "GD": ["Grenadian"], "GL": ["Greenlandic"], "GY": ["Guyanese"],
    "IS": ["Icelandic"], "JM": ["Jamaican"], "KG": ["Kyrgyz"], "LR": ["Liberian"], "LC": ["Saint Lucian"],
    "LU": ["Luxembourgish"], "MD": ["Moldovan"], "MG": ["Malagasy"], "MV": ["Maldivian"],
    "MH": ["Marshallese"], "MK": ["North Macedonian", "Macedonian"], "ML": ["Malian"], "MT": ["Maltese"],
    "ME": ["Montenegrin"], "MZ": ["Mozambican"], "MR": ["Mauritanian"], "MU": ["Mauritian"],
    "MW": ["Malawian"], "NA": ["Namibian"], "NE": ["Nigerien"], "NR": ["Nauruan"], "PW": ["Palauan"],
    "PR": ["Puerto Rican"], "PY": ["Paraguayan"], "RW": ["Rwandan"], "SN": ["Senegalese"],
    "SL": ["Sierra Leonean"], "SM": ["Sammarinese"], "SS": ["South Sudanese"], "SR": ["Surinamese"],
    "SZ": ["Swazi"], "SC": ["Seychellois"], "TD": ["Chadian"], "TG": ["Togolese"], "TJ": ["Tajik"],
    "TM": ["Turkmen"], "TL": ["Timorese"], "TO": ["Tongan"], "TT": ["Trinidadian"], "TV": ["Tuvaluan"],
    "TZ": ["Tanzanian"], "UG": ["Ugandan"], "UY": ["Uruguayan"], "WS": ["Samoan"], "ZM": ["Zambian"],
    "ZW": ["Zimbabwean"], "SB": ["Solomon Islander"], "LS": ["Basotho"], "VU": ["Ni-Vanuatu"],
}
# Capitals and other cities that news datelines name most; country code, then names.
CITIES = """
AF Kabul|AL Tirana|DZ Algiers|AO Luanda|AR Buenos Aires|AM Yerevan|AU Canberra;Sydney;Melbourne;Perth;Brisbane
AT Vienna|AZ Baku|BH Manama|BD Dhaka|BY Minsk|BE Brussels|BJ Porto-Novo|BT Thimphu|BO La Paz;Sucre
BA Sarajevo|BW Gaborone|BR Brasilia;Brasília;Rio de Janeiro;Sao Paulo;São Paulo|BN Bandar Seri Begawan
BG Sofia|BF Ouagadougou|BI Gitega|KH Phnom Penh|CM Yaounde|CA Ottawa;Toronto;Montreal;Vancouver
CF Bangui|TD N'Djamena|CL Santiago|CN Beijing;Shanghai;Guangzhou;Shenzhen;Tianjin;Chongqing;Wuhan;Nanjing;Hangzhou;Xi'an;Chengdu;Qingdao;Xiamen;Dalian;Urumqi;Lhasa
CO Bogota;Bogotá|CD Kinshasa|CG Brazzaville|CR San Jose|HR Zagreb|CU Havana|CY Nicosia|CZ Prague
DK Copenhagen|DJ Djibouti City|DO Santo Domingo|EC Quito|EG Cairo;Alexandria;Sharm el-Sheikh|SV San Salvador
ER Asmara|EE Tallinn|ET Addis Ababa|FJ Suva|FI Helsinki|FR Paris;Marseille;Lyon;Strasbourg|GA Libreville
GE Tbilisi|DE Berlin;Munich;Frankfurt;Hamburg;Bonn|GH Accra|GR Athens|GT Guatemala City|GN Conakry
HT Port-au-Prince|HN Tegucigalpa|HU Budapest|IS Reykjavik|IN New Delhi;Mumbai;Kolkata;Chennai;Bengaluru
ID Jakarta;Bali|IR Tehran|IQ Baghdad;Erbil;Mosul|IE Dublin|IL Jerusalem;Tel Aviv|IT Rome;Milan;Naples;Venice
JM Kingston|JP Tokyo;Osaka;Kyoto;Hiroshima;Yokohama|JO Amman|KZ Astana;Almaty|KE Nairobi|KW Kuwait City
KG Bishkek|LA Vientiane|LV Riga|LB Beirut|LY Tripoli|LT Vilnius|LU Luxembourg City|MG Antananarivo
MW Lilongwe|MY Kuala Lumpur|MV Male|ML Bamako|MT Valletta|MR Nouakchott|MX Mexico City;Guadalajara;Monterrey
MD Chisinau|MN Ulaanbaatar|ME Podgorica|MA Rabat;Casablanca|MZ Maputo|MM Naypyidaw;Yangon|NA Windhoek
NP Kathmandu|NL Amsterdam;The Hague;Rotterdam|NZ Wellington;Auckland|NI Managua|NE Niamey|NG Abuja;Lagos
KP Pyongyang|MK Skopje|NO Oslo|OM Muscat|PK Islamabad;Karachi;Lahore|PS Ramallah;Gaza City|PA Panama City
PG Port Moresby|PY Asuncion|PE Lima|PH Manila|PL Warsaw;Krakow|PT Lisbon|QA Doha|RO Bucharest
RU Moscow;St. Petersburg;Saint Petersburg;Vladivostok;Sochi|RW Kigali|SA Riyadh;Jeddah|SN Dakar
RS Belgrade|SG Singapore City|SK Bratislava|SI Ljubljana|SO Mogadishu|ZA Pretoria;Cape Town;Johannesburg
KR Seoul;Busan|SS Juba|ES Madrid;Barcelona|LK Colombo|SD Khartoum|SR Paramaribo|SE Stockholm
CH Bern;Geneva;Zurich;Davos|SY Damascus;Aleppo|TW Taipei|TJ Dushanbe|TZ Dodoma;Dar es Salaam|TH Bangkok
TG Lome|TT Port of Spain|TN Tunis|TR Ankara;Istanbul|TM Ashgabat|UG Kampala|UA Kyiv;Kiev;Kharkiv;Odesa;Lviv
AE Abu Dhabi;Dubai|GB London;Manchester;Edinburgh;Belfast;Glasgow|UY Montevideo|UZ Tashkent|VE Caracas
VN Hanoi=Ha Noi;Ho Chi Minh City|YE Sanaa;Aden|ZM Lusaka|ZW Harare|VA Vatican City
US Washington=Washington, D.C.=Washington D.C.=Washington DC;New York;New York City;Los Angeles;Chicago;Houston;San Francisco;Boston;Seattle;Miami;Orlando;Atlanta;Dallas;Philadelphia;Detroit;Denver;Honolulu;Anchorage;Las Vegas;Phoenix;San Diego;Woodside;Camp David;Pittsburgh;Baltimore;New Orleans;Sacramento;Austin;Nashville;Minneapolis;Cleveland;Portland;St. Louis;Kansas City;Indianapolis;Charlotte;Raleigh;Richmond;Norfolk;Annapolis;Palm Beach;Mar-a-Lago;Wilmington;Rehoboth Beach;Pearl Harbor;Guam;Long Beach;Oakland;San Jose;Fresno;Tucson;Albuquerque;El Paso;San Antonio;Fort Worth;Salt Lake City;Milwaukee;Columbus;Cincinnati;Buffalo;Tampa;Jacksonville;Memphis;Louisville;Oklahoma City;Omaha;Little Rock;Hartford;Providence;Albany;Harrisburg;Charleston;Savannah;Montgomery;Boise;Santa Fe;Topeka;Des Moines;Tallahassee;Baton Rouge;Juneau;Trenton;Atlantic City;Newark;Flint;Uvalde;Parkland;Maui;Lahaina
IN Delhi;Ahmedabad;Hyderabad;Pune;Jaipur;Lucknow;Varanasi;Goa;Srinagar|PK Rawalpindi;Peshawar;Quetta|BD Chittagong
CN Harbin;Shenyang;Kunming;Suzhou;Ningbo;Hefei;Changsha;Zhengzhou;Fuzhou;Haikou;Sanya;Boao|MO Macau|HK Kowloon
JP Nagoya;Sapporo;Fukuoka;Nagasaki;Kobe|KR Incheon;Gwangju;Panmunjom|TW Kaohsiung;Taichung|VN Da Nang;Haiphong
TH Chiang Mai;Phuket;Pattaya|KH Siem Reap|MY Penang;Johor Bahru;Putrajaya|ID Surabaya;Bandung;Medan;Yogyakarta
PH Cebu;Davao;Quezon City|MM Mandalay|LK Kandy|AF Kandahar;Herat|IR Isfahan;Mashhad;Tabriz|IQ Basra;Najaf
SA Mecca;Dammam;Neom|AE Sharjah|IL Haifa;Eilat|TR Izmir;Antalya|EG Luxor;Port Said|JO Aqaba
AU Adelaide;Hobart;Gold Coast|NZ Christchurch;Queenstown;Dunedin|FJ Nadi|WS Apia|SB Honiara|VU Port Vila
KE Mombasa;Kisumu|TZ Arusha;Zanzibar|UG Entebbe|CD Goma;Lubumbashi|LY Benghazi;Misrata|SD Port Sudan;Omdurman
MA Marrakech;Tangier|DZ Oran|TN Sfax|ZA Durban|NG Kano;Ibadan|CI Abidjan;Yamoussoukro|GH Kumasi|CM Douala
MZ Beira|ZW Bulawayo|ET Mekelle|SO Hargeisa|RW Gisenyi
DE Cologne;Stuttgart;Dusseldorf;Düsseldorf;Leipzig;Dresden;Ramstein|FR Bordeaux;Toulouse;Lille;Versailles
IT Turin;Genoa;Bologna;Palermo|ES Seville;Valencia;Bilbao|PT Porto|BE Antwerp;Ghent|NL Utrecht
SE Gothenburg;Malmo|NO Bergen|DK Aarhus|FI Tampere|AT Salzburg|CH Lausanne;Basel;Bürgenstock
PL Gdansk;Wroclaw;Rzeszow|CZ Brno|RO Cluj|GR Thessaloniki|CY Limassol|HU Debrecen|UA Dnipro;Zaporizhzhia;Kherson;Mariupol;Bakhmut
RU Kazan;Yekaterinburg;Novosibirsk;Kaliningrad;Murmansk|BY Grodno|GE Batumi|AZ Ganja|KZ Shymkent
CA Calgary;Edmonton;Winnipeg;Quebec City;Halifax|MX Tijuana;Cancun;Puebla;Monterrey|CO Medellin;Medellín;Cartagena
EC Guayaquil|PE Cusco|CL Valparaiso|BR Recife;Porto Alegre;Belo Horizonte;Manaus;Belem;Belém;Curitiba;Fortaleza
UY Punta del Este|VE Maracaibo|BS Nassau|BB Bridgetown|PR San Juan
"""
# Regions, seas and venues that must not be read as countries or persons.
REGIONS = """
- Middle East=Middle Eastern;South Atlantic;North Atlantic;Asia=Asian;Europe=European;Africa=African;Latin America=Latin American;South America=South American;North America=North American;Central America=Central American;Southeast Asia=Southeast Asian;East Asia=East Asian;South Asia=South Asian;Central Asia=Central Asian;Eastern Europe=Eastern European;Western Europe=Western European;Indo-Pacific;Asia-Pacific;Asia Pacific;Pacific;Atlantic;Arctic;Antarctica;Caribbean;Balkans;Sahel;Horn of Africa;Gulf;Persian Gulf;Red Sea;Black Sea;Baltic;Mediterranean;South China Sea;East China Sea;Taiwan Strait;Strait of Hormuz;Korean Peninsula;Western Hemisphere;Global South;Western Balkans;Central Europe=Central European;Northern Europe;Southern Europe;Scandinavia=Scandinavian;Baltics;Caucasus;South Caucasus;Eurasia;Oceania;Pacific Islands;Levant;Arabian Peninsula;North Africa=North African;West Africa=West African;East Africa=East African;Southern Africa;Central Africa;Sub-Saharan Africa;Great Lakes region;Eastern Mediterranean;Northern Triangle
GB England;Scotland=Scottish;Wales=Welsh;Northern Ireland|PS Gaza;Gaza Strip;West Bank|UA Crimea;Donbas;Donetsk;Luhansk;Kherson;Zaporizhzhia|CN Xinjiang;Tibet;Hong Kong SAR|IN Kashmir;Jammu and Kashmir
"""
# Rooms, residences and palaces where leaders meet: places, though "Office", "House" and "Palace" head agencies' names.
VENUES = """
US Oval Office;Roosevelt Room;East Room;Cabinet Room;Situation Room;Rose Garden;South Lawn;Blair House;Capitol Hill|GB Chequers;Lancaster House;Chevening House
FR Élysée Palace=Elysee Palace=Élysée=Elysee|CN Great Hall of the People;Diaoyutai State Guesthouse;Zhongnanhai|JP Kantei|IN Hyderabad House;Rashtrapati Bhavan
"""
# Surnames the dictionaries list only as ordinary words, kept at the end of words/proper.txt.
COMMON_ADDED = """# added for kg: ordinary words of the news that the dictionaries lack
antisemitism
biotech
counternarcotics
counterterrorism
crypto
cyber
cybercrime
cybersecurity
decarbonization
geospatial
interagency
islamophobia
microelectronics
nearshoring
ransomware
reshoring
stablecoin
"""

PROPER_ADDED = """# added for kg: surnames of people in the news that the dictionaries list only as ordinary words
Fudge
Ma
Truss
Wen
Xi
"""
SUBDIVISION_COUNTRIES = {"US", "CA", "AU", "IN", "MX", "BR", "DE"}


def clean(name):
    return re.sub(r"\s*\[.*?\]", "", name).strip()


def written_variants(name):
    """How news writes a formal name: "Trinidad & Tobago", "St. Kitts and Nevis", "St. Lucia",
    "Democratic Republic of Congo"."""
    forms = {name}
    if name.startswith("Saint "):
        forms.add("St. " + name[len("Saint "):])
    if " of the " in name:  # "Democratic Republic of Congo"
        forms.add(name.replace(" of the ", " of "))
    forms |= {f.replace(" and ", " & ") for f in forms if " and " in f}
    return forms - {name}


def countries():
    rows = []
    for c in json.load(open(ISO / "iso_3166-1.json"))["3166-1"]:
        code = c["alpha_2"]
        canonical = COMMON_NAME.get(code, c.get("common_name", c["name"]))
        aliases = {c["name"], c.get("official_name", ""), c.get("common_name", "")}
        aliases |= set(EXTRA_ALIASES.get(code, []))
        aliases |= {v for a in aliases | {canonical} for v in written_variants(a)}
        aliases = {a for a in aliases if NEWS_SHORT_NAMES.get(a, code) == code}
        aliases |= {short for short, owner in NEWS_SHORT_NAMES.items() if owner == code}
        aliases = sorted(a for a in aliases if a and a != canonical and "," not in a and "(" not in a)
        rows.append((code, canonical, "|".join(aliases), "|".join(DEMONYMS.get(code, []))))
    rows += NOT_IN_ISO
    return with_republic_forms(rows)


def with_republic_forms(rows):
    """Governments write "the Republic of Rwanda" where ISO has "Rwandese Republic": the form with
    the short name, unless another country goes by it ("Republic of China", "Republic of Congo")."""
    taken = {name for code, canonical, aliases, _ in rows for name in [canonical] + aliases.split("|")}
    out = []
    for code, canonical, aliases, demonyms in rows:
        form = "Republic of " + canonical
        if "Republic" not in canonical and " " not in canonical and form not in taken:
            aliases = "|".join(sorted(filter(None, aliases.split("|") + [form])))
        out.append((code, canonical, aliases, demonyms))
    return out


def curated(block, kind):
    """Rows of a curated list: "CODE name=alias;name|CODE name", one or more groups a line."""
    rows = []
    for line in block.strip().splitlines():
        for group in line.split("|"):
            code, names = group.strip().split(" ", 1)
            for name in names.split(";"):
                name, *aliases = name.split("=")
                rows.append((name, code, kind, "|".join(aliases)))
    return rows


def places():
    rows = curated(CITIES, "city") + curated(REGIONS, "region") + curated(VENUES, "venue")
    for s in json.load(open(ISO / "iso_3166-2.json"))["3166-2"]:
        code = s["code"][:2]
        if code == "CN" and s["type"] in ("Province", "Autonomous region"):
            rows.append((clean(s["name"]).split(" ")[0], code, "region", ""))
        elif code in SUBDIVISION_COUNTRIES and s["type"] in ("State", "Province", "Land", "District", "Territory"):
            rows.append((clean(s["name"]), code, "region", ""))
    seen, out = set(), []
    for r in rows:
        if r[0].lower() not in seen:
            seen.add(r[0].lower())
            out.append(r)
    return out


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    write(OUT / "countries.tsv",
          "# generated by tools/make_gazetteers.py from iso-codes (ISO 3166-1)\n"
          "# code\tcanonical name\taliases (|)\tdemonyms and adjectives (|)\n", countries())
    write(OUT / "places.tsv",
          "# generated by tools/make_gazetteers.py: curated cities and regions, ISO 3166-2 subdivisions\n"
          "# name\tcountry code (- for none)\tkind\taliases (|)\n", places())
    # American and British spellings both: "Defence Secretary" and "Labour" are words, not names
    words = [w for name in ("american-english", "british-english")
             for w in (Path("/usr/share/dict") / name).read_text(encoding="utf-8").split("\n")]
    common = sorted({w for w in words if re.fullmatch(r"[a-z]+", w)})
    proper = sorted({w for w in words if re.fullmatch(r"[A-Z][a-z]+", w)})
    note = ("# from /usr/share/dict/american-english and british-english (wamerican, wbritish: SCOWL;"
            " Copyright Kevin Atkinson, free to redistribute)\n")
    (OUT / "words" / "common.txt").write_text(note + "\n".join(common) + "\n" + COMMON_ADDED, encoding="utf-8")
    (OUT / "words" / "proper.txt").write_text(note + "\n".join(proper) + "\n" + PROPER_ADDED, encoding="utf-8")


if __name__ == "__main__":
    main()
