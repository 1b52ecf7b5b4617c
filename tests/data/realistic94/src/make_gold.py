"""Gold annotations of realistic94, written by hand from the texts (GOLD.md)."""
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def P(name, title, country, optional=False):
    d = {"name": name, "title": title, "country": country}
    if optional:
        d["optional"] = True
    return d


def M(names, date, place, kind, optional=False):
    d = {"participants": [{"name": n} for n in names], "date": date, "place": place, "kind": kind}
    if optional:
        d["optional"] = True
    return d


def F(text, value, unit, measures, approx=None, optional=False):
    d = {"text": text, "value": value, "unit": unit, "approx": approx, "measures": measures}
    if optional:
        d["optional"] = True
    return d


def Q(speaker, text, optional=False):
    d = {"speaker": speaker, "text": text}
    if optional:
        d["optional"] = True
    return d


G = {}

G["01_xinhua_source_line_xi_lula_state_visit_great_hall_separately_yuan_fund"] = dict(
    date="2023-04-14", dateline="Beijing", reported_by="Xinhua",
    title="Xi holds talks with Brazilian president, pledging to lift ties to new heights",
    meetings=[
        M(["Xi Jinping", "Luiz Inacio Lula da Silva"], "2023-04-14", "Beijing", "talks"),
        M(["Zhao Leji", "Luiz Inacio Lula da Silva"], "2023-04-14", None, "meeting"),
        M(["Li Qiang", "Luiz Inacio Lula da Silva"], "2023-04-14", None, "meeting"),
    ],
    people=[
        P("Xi Jinping", "President", "China"),
        P("Luiz Inacio Lula da Silva", "President", "Brazil"),
        P("Wang Yi", "director of the Office of the Central Commission for Foreign Affairs", "China"),
        P("Zhao Leji", "chairman of the National People's Congress Standing Committee", "China"),
        P("Li Qiang", "Premier", "China"),
        P("huaxia", None, None, optional=True),
    ],
    countries=["China", "Brazil"], countries_optional=[],
    figures=[
        F("15", 15, "count", "cooperation documents signed"),
        F("171.5 billion U.S. dollars", 171500000000, "USD", "China-Brazil trade last year"),
        F("4.9 percent", 4.9, "percent", "growth of bilateral trade from 2021"),
        F("more than 70 percent", 70, "percent", "share of soybeans, iron ore and beef in Brazil's exports to China", approx="over"),
        F("30 billion yuan", 30000000000, "CNY", "fund for joint green industry projects"),
        F("five years", 5, "years", "period of the fund", optional=True),
    ],
    topics=["agriculture", "energy", "infrastructure", "digital economy", "aerospace", "trade", "investment",
            "scientific and technological innovation", "information and communications", "poverty reduction",
            "quarantine and inspection", "satellite remote sensing", "new energy", "green economy"],
    topics_optional=["Belt and Road Initiative", "development strategies", "one-China policy", "railways", "ports",
                     "renewable energy", "multilateralism", "peace", "clearing arrangement in yuan", "green industry",
                     "exchanges", "legislatures"],
    quotes=[
        Q("Xi Jinping", "China regards Brazil as a priority in its diplomacy, and this will not change whatever the international situation,"),
        Q("Luiz Inacio Lula da Silva", "Nobody can prevent Brazil from improving its relations with China,"),
    ],
)

G["02_china_daily_byline_updated_line_no_dateline_li_qiang_albanese_annual_meeting_xi_monday"] = dict(
    date="2023-11-08", dateline=None, reported_by="China Daily",
    title="Li, Albanese agree to keep ties on right track at annual leaders' meeting",
    meetings=[
        M(["Li Qiang", "Anthony Albanese"], "2023-11-07", "Beijing", "annual leaders' meeting"),
        M(["Xi Jinping", "Anthony Albanese"], "2023-11-06", None, "meeting"),
    ],
    people=[
        P("Li Qiang", "Premier", "China"),
        P("Anthony Albanese", "Prime Minister", "Australia"),
        P("Xi Jinping", "President", "China"),
        P("Zhou Fangyin", "professor of international relations at Guangdong University of Foreign Studies", "China"),
        P("CAO DESHENG", None, None, optional=True),
    ],
    countries=["China", "Australia"], countries_optional=[],
    figures=[
        F("up to five years", 5, "years", "validity of multiple-entry visas", approx="up to"),
        F("about 1.5 trillion yuan", 1500000000000, "CNY", "China-Australia trade in the first nine months", approx="about"),
        F("$206 billion", 206000000000, "USD", "China-Australia trade in the first nine months (dollar equivalent)"),
        F("6.3 percent", 6.3, "percent", "growth of two-way trade year-on-year"),
        F("More than 160,000", 160000, "count", "Chinese students studying in Australia", approx="over"),
        F("more than 250", 250, "count", "Australian companies exhibiting at the import expo", approx="over"),
    ],
    topics=["trade", "climate change", "clean energy", "people-to-people exchanges", "mining", "new energy vehicles",
            "green hydrogen", "health", "education"],
    topics_optional=["comprehensive strategic partners", "comprehensive strategic partnership", "high-quality Australian products",
                     "multiple-entry visas", "visas", "China-Australia Strategic Economic Dialogue", "Strategic Economic Dialogue",
                     "high-level dialogue on climate change and energy", "climate change and energy", "practical cooperation",
                     "national interest"],
    quotes=[
        Q("Li Qiang", "Only by respecting each other and seeking common ground while shelving differences can the two countries make their partnership bear fruit,"),
        Q("Anthony Albanese", "cooperate where we can, disagree where we must, and engage in our national interest"),
        Q("Zhou Fangyin", "sends a clear signal that practical cooperation has returned to the center of the relationship"),
    ],
)

G["03_mfa_wang_yi_holds_phone_talks_page_barrot_long_party_title_no_quotes_visa_free_ev_tariffs"] = dict(
    date="2025-01-16", dateline=None, reported_by=None,
    title="Wang Yi Holds Phone Talks with French Minister for Europe and Foreign Affairs Jean-Noël Barrot",
    meetings=[
        M(["Wang Yi", "Jean-Noël Barrot"], "2025-01-16", None, "phone call"),
    ],
    people=[
        P("Wang Yi", "Foreign Minister", "China"),
        P("Jean-Noël Barrot", "Minister for Europe and Foreign Affairs", "France"),
        P("Xi Jinping", "President", "China"),
    ],
    countries=["China", "France"], countries_optional=["Ukraine", "European Union"],
    figures=[
        F("30 days", 30, "days", "permitted visa-free stay for French citizens", optional=True),
        F("more than 1.3 million", 1300000, "count", "trips between the two countries in the first eleven months", approx="over"),
        F("up to 35.3 percent", 35.3, "percent", "EU tariffs on Chinese electric vehicles", approx="up to"),
        F("nearly 80 billion U.S. dollars", 80000000000, "USD", "China-France bilateral trade", approx="nearly"),
    ],
    topics=["climate change", "biodiversity", "artificial intelligence governance", "aviation", "nuclear energy",
            "agriculture and food", "cosmetics", "Ukraine crisis", "situation in the Middle East"],
    topics_optional=["comprehensive strategic partnership", "China-France comprehensive strategic partnership", "high-level exchanges",
                     "China-France High-Level Strategic Dialogue", "High-Level Economic and Financial Dialogue",
                     "High-Level People-to-People Exchange Mechanism", "visa-free policy", "unilateral visa-free policy",
                     "facilitation", "agricultural products", "trade frictions", "electric vehicles", "tariffs",
                     "AI Action Summit", "investment", "global issues", "bilateral trade", "Middle East", "Ukraine"],
    quotes=[],
)

G["04_cgtn_updated_line_xi_modi_pezeshkian_kazan_brics_sidelines_km_deficit"] = dict(
    date="2024-10-23", dateline=None, reported_by="CGTN",
    title="Xi meets Modi in Kazan, first formal talks in five years",
    meetings=[
        M(["Xi Jinping", "Narendra Modi"], "2024-10-23", "Kazan", "meeting"),
        M(["Xi Jinping", "Masoud Pezeshkian"], "2024-10-23", "Kazan", "meeting"),
    ],
    people=[
        P("Xi Jinping", "President", "China"),
        P("Narendra Modi", "Prime Minister", "India"),
        P("Masoud Pezeshkian", "President", "Iran"),
        P("Wang Yi", "director of the Office of the Central Commission for Foreign Affairs", "China"),
    ],
    countries=["China", "India", "Iran"],
    countries_optional=["Russia", "Egypt", "Ethiopia", "United Arab Emirates"],
    figures=[
        F("five years", 5, "years", "time since the leaders' last formal talks", optional=True),
        F("roughly 3,488-km", 3488, "km", "length of the Line of Actual Control", approx="about", optional=True),
        F("about 118 billion U.S. dollars", 118000000000, "USD", "China-India trade in the 2023-24 fiscal year", approx="about"),
        F("more than 85 billion U.S. dollars", 85000000000, "USD", "India's trade deficit with China", approx="over"),
        F("more than 30", 30, "count", "countries represented at the BRICS summit", approx="over"),
    ],
    topics=["border issues", "energy", "infrastructure", "people-to-people exchanges"],
    topics_optional=["peace and tranquility in the border areas", "boundary question", "special representatives on the boundary question",
                     "patrolling arrangements", "patrolling arrangements along the Line of Actual Control", "Line of Actual Control",
                     "Belt and Road Initiative", "comprehensive strategic partnership", "ports and railways", "ports", "railways",
                     "sovereignty, security and national dignity", "Global South", "trade", "trade deficit", "dialogue"],
    quotes=[
        Q("Xi Jinping", "It is in the fundamental interests of the two countries and two peoples for China and India to be partners that contribute to each other's success, a dragon-elephant tango,"),
        Q("Narendra Modi", "Mutual trust, mutual respect and mutual sensitivity should be the basis of our relations,"),
    ],
)

G["05_global_times_byline_published_line_guangdong_party_secretary_newsom_guangzhou_governor_fraction"] = dict(
    date="2023-10-24", dateline=None, reported_by="Global Times",
    title="Guangdong Party chief meets California Governor Newsom, vows closer climate, trade cooperation",
    meetings=[
        M(["Huang Kunming", "Gavin Newsom"], "2023-10-24", "Guangzhou", "meeting"),
        M(["Gavin Newsom", "Wang Weizhong"], "2023-10-24", None, "talks"),
    ],
    people=[
        P("Huang Kunming", "Secretary of the CPC Guangdong Provincial Committee", "China"),
        P("Gavin Newsom", "Governor", "United States"),
        P("Wang Weizhong", "Governor", "China"),
        P("Li Haidong", "professor at the China Foreign Affairs University", "China"),
    ],
    countries=["China", "United States"], countries_optional=[],
    figures=[
        F("more than four decades", 40, "years", "duration of Guangdong-California exchanges", approx="over", optional=True),
        F("10", 10, "count", "pilot projects to launch by 2025 (target)"),
        F("280 billion yuan", 280000000000, "CNY", "Guangdong-California trade last year"),
        F("$38.3 billion", 38300000000, "USD", "Guangdong-California trade last year (dollar equivalent)"),
        F("about a fifth", 0.2, "fraction", "Guangdong's share of China-California trade", approx="about"),
        F("more than 2,000", 2000, "count", "California-invested enterprises in Guangdong", approx="over"),
    ],
    topics=["trade", "technology", "culture", "new energy", "electric vehicles", "biomedicine", "education",
            "direct flights", "climate cooperation", "offshore wind", "low-carbon transportation", "carbon capture",
            "energy storage"],
    topics_optional=["reducing emissions", "clean transport", "decoupling", "climate crisis", "joint working group",
                     "pilot projects", "subnational exchanges", "practical cooperation", "China-US relations"],
    quotes=[
        Q("Gavin Newsom", "no interest in decoupling", optional=True),
        Q("Gavin Newsom", "We can't solve the climate crisis without China, and China can't solve it without the rest of the world,"),
        Q("Li Haidong", "stabilizer", optional=True),
        Q("Li Haidong", "When the federal level is difficult, states and provinces can keep practical cooperation going,"),
    ],
)

G["06_peoples_daily_online_xinhua_reprint_no_year_vice_president_chilean_senate_she_web_editor"] = dict(
    date=None, dateline="Beijing", reported_by="Xinhua",
    title="Chinese vice president meets Chilean Senate delegation",
    meetings=[
        M(["Lu Weiguo", "María José Ortúzar"], None, None, "meeting"),
        M(["Wen Jiahe", "María José Ortúzar"], None, None, "talks"),
    ],
    people=[
        P("Lu Weiguo", "Vice President", "China"),
        P("María José Ortúzar", "Senate President", "Chile"),
        P("Wen Jiahe", "vice chairman of the NPC Standing Committee", "China"),
        P("Tian Yi", None, None, optional=True),
        P("Liang Jun", None, None, optional=True),
    ],
    countries=["China", "Chile"], countries_optional=[],
    figures=[
        F("15 years", 15, "years", "China as Chile's largest trading partner in a row", optional=True),
        F("about 90 percent", 90, "percent", "Chilean share of China's cherry imports last season", approx="about"),
        F("61.5 billion U.S. dollars", 61500000000, "USD", "China-Chile trade last year"),
        F("more than 70", 70, "count", "Chinese companies operating in Chile", approx="over"),
        F("nearly 18 billion U.S. dollars", 18000000000, "USD", "Chinese investment in Chile's energy and mining sectors", approx="nearly"),
        F("five", 5, "count", "senators in the delegation", optional=True),
    ],
    topics=["copper", "lithium", "agriculture", "renewable energy", "astronomy", "digital economy", "Antarctic research"],
    topics_optional=["free trade agreement", "upgraded free trade agreement", "one-China policy", "cherries", "Chilean cherries",
                     "exchanges with the National People's Congress", "cooperation between the two legislatures",
                     "manufacturing and innovation", "raw materials", "energy and mining", "legislative bodies",
                     "public support for bilateral ties"],
    quotes=[
        Q("María José Ortúzar", "a symbol of our friendship on the dining tables of Chinese families", optional=True),
        Q("María José Ortúzar", "Chile wants to be not only a supplier of raw materials, but a partner in manufacturing and innovation,"),
    ],
)

G["07_xinhua_silk_road_date_title_header_nanning_forum_speech_no_meeting_asean_yuan_rmb_teu"] = dict(
    date="2025-09-18", dateline="Nanning", reported_by="Xinhua Silk Road",
    title="Xinhua Silk Road: China-ASEAN business summit in Nanning eyes deeper digital, green cooperation",
    meetings=[],
    people=[
        P("Gao Shuwen", "Vice Minister of Commerce", "China"),
        P("Liang Xinyu", "Vice Chairman of the Guangxi Zhuang Autonomous Region", "China"),
        P("Kamarul Hisham", "deputy secretary-general of ASEAN for the ASEAN Economic Community", None),
    ],
    countries=["China"], countries_optional=[],
    figures=[
        F("exceed 1 trillion U.S. dollars", 1000000000000, "USD", "China-ASEAN trade expected this year (target)", approx="over"),
        F("more than 2,000", 2000, "count", "officials and business representatives at the summit", approx="over"),
        F("10", 10, "count", "ASEAN member states", optional=True),
        F("16 consecutive years", 16, "years", "China as ASEAN's largest trading partner", optional=True),
        F("five years", 5, "years", "ASEAN as China's largest trading partner", optional=True),
        F("4.91 trillion yuan", 4910000000000, "CNY", "China-ASEAN trade in the first eight months"),
        F("9.7 percent", 9.7, "percent", "growth of China-ASEAN trade year on year"),
        F("16.7 percent", 16.7, "percent", "ASEAN's share of China's total foreign trade"),
        F("a third", 0.333, "fraction", "decline in customs clearance times at border ports by 2027 (target)"),
        F("1.2 million", 1200000, "TEU", "sea-rail intermodal containers handled by Guangxi in the first half"),
        F("18 percent", 18, "percent", "growth of sea-rail intermodal freight"),
        F("RMB 30 billion", 30000000000, "CNY", "Guangxi investment in port and logistics infrastructure"),
        F("next three years", 3, "years", "period of Guangxi's investment", optional=True),
        F("168", 168, "count", "investment projects signed at the summit"),
        F("156.3 billion yuan", 156300000000, "CNY", "total value of investment projects signed"),
    ],
    topics=["digital economy", "green economy", "supply chain connectivity", "e-commerce", "cross-border payments",
            "new energy vehicles", "new energy", "electronic information", "agriculture and food processing",
            "cultural tourism"],
    topics_optional=["trade", "investment", "China-ASEAN Free Trade Area 3.0 upgrade protocol", "China-ASEAN Free Trade Area",
                     "customs clearance", "customs clearance times at border ports", "border ports",
                     "sea-rail intermodal freight", "New International Land-Sea Trade Corridor", "port and logistics infrastructure",
                     "production network", "Belt and Road cooperation", "investment projects"],
    quotes=[
        Q("Gao Shuwen", "The China-ASEAN Free Trade Area 3.0 upgrade protocol will open new space for cooperation in the digital economy, green economy and supply chain connectivity,"),
        Q("Kamarul Hisham", "ASEAN and China are not just neighbours in geography, but partners in the same production network,"),
    ],
)

G["08_chinese_embassy_namibia_news_page_slash_date_ambassador_courtesy_call_windhoek_nad_rmb_tonnes"] = dict(
    date="2024-05-21", dateline=None, reported_by=None,
    title="Ambassador Xu Lianfang Pays Courtesy Call on Minister of International Relations and Trade Hon. Tjekero Haufiku",
    meetings=[
        M(["Xu Lianfang", "Tjekero Haufiku"], "2024-05-20", "Windhoek", "courtesy call"),
    ],
    people=[
        P("Xu Lianfang", "Ambassador", "China"),
        P("Tjekero Haufiku", "Minister of International Relations and Trade", "Namibia"),
        P("Petrus Nangolo", "Deputy Executive Director", "Namibia"),
        P("Ren Jiayi", "Counsellor", "China"),
    ],
    countries=["China", "Namibia"], countries_optional=[],
    figures=[
        F("34 years", 34, "years", "time since the establishment of diplomatic relations", optional=True),
        F("more than 40", 40, "count", "Chinese enterprises operating in Namibia", approx="over"),
        F("over 8,000", 8000, "count", "local staff employed by Chinese enterprises", approx="over"),
        F("N$ 25 million", 25000000, "NAD", "Chinese emergency food assistance"),
        F("RMB 50 million", 50000000, "CNY", "Chinese grant for a vocational training centre"),
        F("some 3,200 tonnes", 3200, "tonnes", "Namibian beef exports to China last year", approx="about"),
    ],
    topics=["mining", "infrastructure", "agriculture", "health", "human resources development", "green hydrogen",
            "value addition to minerals", "tourism"],
    topics_optional=["emergency food assistance", "drought", "vocational training centre", "one-China principle",
                     "Forum on China-Africa Cooperation", "FOCAC", "practical cooperation", "beef", "grapes",
                     "beef and grapes", "Chinese investment", "international and regional issues of common concern",
                     "international and regional issues", "core interests", "national liberation"],
    quotes=[
        Q("Tjekero Haufiku", "China has been an all-weather friend of Namibia, in good times and in difficult times,"),
    ],
)

for stem, g in G.items():
    out = {"id": stem, "source_file": stem + ".txt"}
    out.update(g)
    with open(os.path.join(HERE, stem + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
print(len(G), "gold files written")
