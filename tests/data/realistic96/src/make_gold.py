"""Gold annotations of realistic96, written by hand from the texts (GOLD.md)."""
import json, pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
US, JP = "United States", "Japan"


def P(name, title, country):
    return {"name": name, "title": title, "country": country}


def M(names, date, place, kind, optional=False):
    m = {"participants": [{"name": n} for n in names], "date": date, "place": place, "kind": kind}
    if optional:
        m["optional"] = True
    return m


def F(text, value, unit, measures, approx=None, optional=False):
    f = {"text": text, "value": value, "unit": unit, "approx": approx, "measures": measures}
    if optional:
        f["optional"] = True
    return f


def Q(speaker, text):
    return {"speaker": speaker, "text": text}


G = {}

G["01_white_house_readout_biden_lopez_obrador_apec_sidelines_san_francisco_no_quotes"] = dict(
    date="2023-11-17", dateline=None, reported_by=None,
    title="Readout of President Joe Biden's Meeting with President Andrés Manuel López Obrador of Mexico",
    meetings=[
        M(["Joe Biden", "Andrés Manuel López Obrador"], "2023-11-17", "San Francisco", "meeting"),
        M(["Joe Biden", "Andrés Manuel López Obrador"], None, "Mexico City", "summit", optional=True)],
    people=[P("Joe Biden", "President", US), P("Andrés Manuel López Obrador", "President", "Mexico")],
    countries=[US, "Mexico"], countries_optional=[],
    figures=[
        F("nearly $800 billion", 800000000000, "USD", "U.S.-Mexico two-way trade in goods in 2022", "nearly"),
        F("more than 20", 20, "count", "U.S. companies announcing new manufacturing investments in northern Mexico", "over"),
        F("about 35 percent", 35, "percent", "growth of Mexico's seizures of precursor chemicals over the past year", "about"),
        F("100,000", 100000, "count", "seasonal work visas the U.S. expects to issue to Mexican workers next year"),
        F("up to $1.2 billion", 1200000000, "USD", "modernization projects planned at ports of entry", "up to")],
    topics=["semiconductors", "critical minerals", "clean energy supply chains", "fentanyl", "illicit firearms",
            "irregular migration", "lawful pathways"],
    topics_optional=["trade", "synthetic drugs", "trafficking of fentanyl and other synthetic drugs", "precursor chemicals",
                     "U.S.-Mexico Bicentennial Framework for Security, Public Health, and Safe Communities",
                     "seasonal work visas", "ports of entry", "infrastructure at ports of entry", "manufacturing investments",
                     "clean energy"],
    quotes=[])

G["02_state_dept_readout_blinken_call_kamikawa_earthquake_attributable_spokesperson"] = dict(
    date="2024-01-02", dateline=None, reported_by="Spokesperson Matthew Miller",
    title="Secretary Blinken's Call with Japanese Foreign Minister Kamikawa",
    meetings=[M(["Antony J. Blinken", "Yoko Kamikawa"], "2024-01-02", None, "phone call")],
    people=[P("Matthew Miller", "Spokesperson", US), P("Antony J. Blinken", "Secretary of State", US),
            P("Yoko Kamikawa", "Foreign Minister", JP), P("Kishida", "Prime Minister", JP)],
    countries=[US, JP], countries_optional=["North Korea", "South Korea", "Ukraine"],
    figures=[
        F("$100,000", 100000, "USD", "initial USAID assistance for emergency relief after the earthquake"),
        F("more than 25", 25, "count", "ballistic missiles launched by North Korea in 2023", "over"),
        F("about $12 billion", 12000000000, "USD", "Japan's commitments to Ukraine since February 2022", "about")],
    topics=["response and recovery", "trilateral cooperation", "situation in the Middle East", "support for Ukraine",
            "maritime security"],
    topics_optional=["earthquake", "emergency relief", "airlift", "real-time sharing of missile warning data",
                     "missile warning data", "ballistic missiles", "East and South China Seas", "defense of Japan",
                     "official visit"],
    quotes=[])

G["03_mofa_japan_us_2plus2_tokyo_four_ministers_surname_first_numbered_points_yen"] = dict(
    date="2024-07-28", dateline=None, reported_by=None,
    title='Japan-U.S. Security Consultative Committee ("2+2")',
    meetings=[
        M(["Kamikawa Yoko", "Kihara Minoru", "Antony J. Blinken", "Lloyd J. Austin III"], "2024-07-28", "Tokyo", "2+2 meeting"),
        M(["Kamikawa Yoko", "Kihara Minoru", "Antony J. Blinken", "Lloyd J. Austin III"], "2024-07-28", None,
          "Extended Deterrence Ministerial Meeting")],
    people=[P("Kamikawa Yoko", "Minister for Foreign Affairs", JP), P("Kihara Minoru", "Minister of Defense", JP),
            P("Antony J. Blinken", "Secretary of State", US), P("Lloyd J. Austin III", "Secretary of Defense", US)],
    countries=[JP, US],
    countries_optional=["North Korea", "China", "Taiwan", "Australia", "South Korea", "Philippines"],
    figures=[
        F("approximately 100 minutes", 100, "minutes", "length of the meeting", "about", optional=True),
        F("approximately JPY 43 trillion", 43000000000000, "JPY", "Japan's five-year defense build-up", "about"),
        F("five years", 5, "years", "period of the defense build-up", optional=True),
        F("2 percent", 2, "percent", "defense-related spending as a share of GDP (target)", "target"),
        F("about 240", 240, "count", "staff of the upgraded U.S. Forces, Japan headquarters", "about"),
        F("roughly double", 2, "times", "growth of missile co-production by 2026", "about")],
    topics=["alliance command and control", "defense industrial cooperation", "extended deterrence",
            "regional situation", "peace and stability across the Taiwan Strait"],
    topics_optional=["defense capabilities", "defense build-up", "joint force headquarters", "Joint Operations Command",
                     "co-production", "Advanced Medium-Range Air-to-Air Missiles", "PAC-3 MSE interceptors",
                     "North Korea", "East China Sea", "South China Sea", "security environment", "defense-related spending"],
    quotes=[Q("Kamikawa Yoko", "The security environment surrounding Japan is the most severe and complex since the end of the war, and the Japan-U.S. Alliance must keep pace with it.")])

G["04_korea_president_office_yoon_kishida_summit_seoul_date_header_shuttle_diplomacy_krw"] = dict(
    date="2023-05-07", dateline=None, reported_by="Senior Secretary for Public Relations Kim Eun-hye",
    title="President Yoon Suk Yeol Holds Summit with Japanese Prime Minister Fumio Kishida",
    meetings=[
        M(["Yoon Suk Yeol", "Fumio Kishida"], "2023-05-07", "Seoul", "summit"),
        M(["Yoon Suk Yeol", "Fumio Kishida"], None, "Tokyo", "visit", optional=True)],
    people=[P("Yoon Suk Yeol", "President", "South Korea"), P("Fumio Kishida", "Prime Minister", JP),
            P("Kim Eun-hye", "Senior Secretary for Public Relations", "South Korea")],
    countries=["South Korea", JP], countries_optional=["North Korea", US],
    figures=[
        F("52 days", 52, "days", "time since President Yoon's visit to Tokyo", optional=True),
        F("about 12 years", 12, "years", "suspension of shuttle diplomacy", "about", optional=True),
        F("about two hours", 2, "hours", "length of the summit", "about", optional=True),
        F("up to KRW 1 trillion", 1000000000000, "KRW", "joint semiconductor projects being explored", "up to"),
        F("US$85 billion", 85000000000, "USD", "Korea-Japan bilateral trade last year", "over"),
        F("about 20", 20, "count", "experts in the Korean inspection team to Fukushima", "about"),
        F("10 million", 10000000, "count", "visitors between the two countries a year (aim)", "target"),
        F("more than ten", 10, "count", "North Korean ballistic missile launches this year", "over")],
    topics=["shuttle diplomacy", "semiconductor supply chains", "bilateral trade", "finance ministers' dialogue",
            "youth exchanges", "trilateral security cooperation"],
    topics_optional=["Fukushima Daiichi nuclear power plant", "treated water", "inspection team", "sharing of missile warning data",
                     "missile warning data", "North Korea", "semiconductor"],
    quotes=[Q("Yoon Suk Yeol", "The frequent visits between the leaders of Korea and Japan will open a new future for our two nations,"),
            Q("Yoon Suk Yeol", "We must not let the past hold back cooperation that benefits both peoples.")])

G["05_pm_canada_news_release_trudeau_biden_virtual_bilateral_roadmap_quote_block_cad"] = dict(
    date="2021-02-23", dateline="Ottawa", reported_by=None,
    title="Prime Minister Trudeau and President Biden hold first bilateral meeting",
    meetings=[M(["Justin Trudeau", "Joe Biden"], "2021-02-23", None, "virtual meeting")],
    people=[P("Justin Trudeau", "Prime Minister", "Canada"), P("Joe Biden", "President", US),
            P("Michael Kovrig", None, "Canada"), P("Michael Spavor", None, "Canada")],
    countries=["Canada", US], countries_optional=["China"],
    figures=[
        F("nearly C$2.4 billion", 2400000000, "CAD", "goods and services crossing the Canada-U.S. border every day", "nearly"),
        F("close to 400,000", 400000, "count", "people crossing the border daily before the pandemic", "nearly"),
        F("six", 6, "count", "priority areas of the Roadmap"),
        F("more than 800 days", 800, "days", "detention of the two Canadians in China", "over", optional=True),
        F("32", 32, "count", "U.S. states for which Canada is the top export market"),
        F("C$725 billion", 725000000000, "CAD", "Canada-U.S. two-way trade in goods and services in 2019")],
    topics=["combatting COVID-19", "building back better", "accelerating ambitious climate action",
            "advancing diversity and inclusion", "bolstering security and defence", "building global alliances",
            "net-zero emissions"],
    topics_optional=["climate action", "North American Aerospace Defense Command", "NORAD", "arbitrary detention",
                     "Roadmap for a Renewed U.S.-Canada Partnership", "trade", "pandemic", "security and defence",
                     "diversity and inclusion"],
    quotes=[Q("Justin Trudeau", "Canada and the United States share the world's longest undefended border, and our partnership has never been more important. Together, we will beat this pandemic and build a cleaner, more prosperous future for our people.")])

G["06_australia_fm_media_release_joint_statement_png_no_meeting_quotes_attributable_aud_kina"] = dict(
    date="2026-11-25", dateline=None, reported_by=None,
    title="Joint Statement: Australia and Papua New Guinea strengthen economic and security partnership",
    meetings=[],
    people=[P("Claire Hadfield", "Minister for Foreign Affairs", "Australia"),
            P("Peter Malaibe", "Minister for Foreign Affairs", "Papua New Guinea")],
    countries=["Australia", "Papua New Guinea"], countries_optional=[],
    figures=[
        F("A$620 million", 620000000, "AUD", "Australian development assistance to Papua New Guinea in 2026-27"),
        F("6 per cent", 6, "percent", "increase of development assistance on the previous year"),
        F("A$95 million", 95000000, "AUD", "Australian funding for the Resilient Roads Program"),
        F("four years", 4, "years", "length of the Resilient Roads Program funding"),
        F("more than 1,000 kilometres", 1000, "km", "national highways to be upgraded", "over"),
        F("A$7.1 billion", 7100000000, "AUD", "two-way trade last financial year"),
        F("about a quarter", 0.25, "fraction", "growth of Papua New Guinea's exports of LNG, coffee and cocoa to Australia", "about"),
        F("K45 million", 45000000, "PGK", "Papua New Guinea's contribution to the Labour Mobility Fund"),
        F("8,000", 8000, "count", "Papua New Guinean workers under the PALM scheme by 2028 (target)", "target"),
        F("around 3,500", 3500, "count", "Papua New Guinean workers under the PALM scheme today", "about"),
        F("up to 300", 300, "count", "additional constabulary officers trained each year with Australian support", "up to")],
    topics=["development assistance", "two-way trade", "policing", "border security", "cyber security",
            "Labour Mobility Fund", "Bilateral Security Agreement"],
    topics_optional=["Comprehensive Strategic and Economic Partnership", "Resilient Roads Program", "roads",
                     "national highways", "liquefied natural gas", "coffee", "cocoa", "labour mobility",
                     "Pacific Australia Labour Mobility scheme", "training", "jobs", "Ministerial Forum"],
    quotes=[Q("Claire Hadfield", "Papua New Guinea is our closest neighbour, and our future is shared. This investment in roads, jobs and policing is an investment in the security and prosperity of our whole region."),
            Q("Peter Malaibe", "Australia has stood with Papua New Guinea since our independence in 1975. We welcome this partnership, which puts the needs of our people first.")])

G["07_beehive_release_nz_trade_minister_to_visit_vietnam_philippines_next_week_no_date_nzd"] = dict(
    date=None, dateline=None, reported_by=None,
    title="Trade Minister to lead business delegation to Viet Nam and the Philippines",
    meetings=[],
    people=[P("Mere Tautahi", "Trade and Investment Minister", "New Zealand"),
            P("Nguyen Van Thanh", "Minister of Industry and Trade", "Vietnam"),
            P("Ramon Villanueva", "Secretary of Trade and Industry", "Philippines")],
    countries=["New Zealand", "Vietnam", "Philippines"], countries_optional=[],
    figures=[
        F("more than 30", 30, "count", "New Zealand businesses in the delegation", "over"),
        F("doubling", 2, "times", "value of New Zealand exports (goal)", "target"),
        F("ten years", 10, "years", "period to double the value of exports", optional=True),
        F("NZ$2.3 billion", 2300000000, "NZD", "New Zealand-Viet Nam two-way trade"),
        F("around 50", 50, "count", "new scholarships for Filipino students", "about")],
    topics=["exports", "dairy", "horticulture", "education", "agritech", "mutual recognition of organic products",
            "Regional Comprehensive Economic Partnership", "CPTPP", "regional supply chain resilience"],
    topics_optional=["trade", "scholarships", "Joint Trade and Economic Cooperation Committee", "business forum",
                     "supply chain resilience", "organic products"],
    quotes=[Q("Mere Tautahi", "Southeast Asia is one of the fastest-growing regions in the world and a priority for this Government's goal of doubling the value of exports in ten years,"),
            Q("Mere Tautahi", "Viet Nam is already our 15th largest trading partner, with two-way trade of NZ$2.3 billion, and we want to see that grow strongly in sectors like dairy, horticulture, education and agritech."),
            Q("Mere Tautahi", "Our exporters tell me that relationships matter in this region. Ministers turning up in person opens doors for them,")])

G["08_taiwan_mofa_news_release_minister_receives_guatemalan_ambassador_courtesy_call_release_number_usd"] = dict(
    date="2026-11-26", dateline=None, reported_by="Department of Latin American and Caribbean Affairs",
    title="Minister Chen receives courtesy call from new Guatemalan Ambassador Ramírez",
    meetings=[M(["Chen Wei-lun", "Luis Fernando Ramírez Solís"], "2026-11-26", None, "courtesy call")],
    people=[P("Chen Wei-lun", "Minister of Foreign Affairs", "Taiwan"),
            P("Luis Fernando Ramírez Solís", "Ambassador", "Guatemala")],
    countries=["Taiwan", "Guatemala"], countries_optional=[],
    figures=[
        F("more than 90 years", 90, "years", "diplomatic relations between Taiwan and Guatemala", "over", optional=True),
        F("US$15 million", 15000000, "USD", "Taiwanese grant for rural road construction in Guatemala"),
        F("more than 600", 600, "count", "Guatemalan students who have received Taiwan scholarships", "over"),
        F("some 2,400", 2400, "count", "farming households helped by Taiwan's technical mission", "about"),
        F("18 percent", 18, "percent", "growth of bilateral trade last year")],
    topics=["agriculture", "public health", "education", "infrastructure", "rural road construction",
            "hospital information system", "trade"],
    topics_optional=["scholarships", "technical mission", "Taiwan-Guatemala Free Trade Agreement",
                     "international organizations", "World Health Assembly", "International Civil Aviation Organization",
                     "development priorities", "meaningful participation in international organizations"],
    quotes=[Q("Luis Fernando Ramírez Solís", "Guatemala is a firm friend of Taiwan, and I will work to take our cooperation to a new level,")])

KEYS = ["id", "source_file", "date", "dateline", "reported_by", "title", "meetings", "people", "countries",
        "countries_optional", "figures", "topics", "topics_optional", "quotes"]
for fid, g in G.items():
    g["id"] = fid
    g["source_file"] = fid + ".txt"
    out = {k: g[k] for k in KEYS}
    (HERE / (fid + ".gold.json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(G), "gold files written")
