"""Gold annotations of realistic90, written by hand from the texts (GOLD.md)."""
import json, os

D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

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

G["01_kremlin_transcript_putin_orban_moscow_speaker_heads_no_quote_marks_roubles"] = dict(
    date="2024-07-05", dateline="Moscow", reported_by=None,
    title="Talks with Prime Minister of Hungary Viktor Orban",
    meetings=[M(["Vladimir Putin", "Viktor Orban"], "2024-07-05", "Moscow", "talks")],
    people=[P("Vladimir Putin", "President", "Russia"), P("Viktor Orban", "Prime Minister", "Hungary")],
    countries=["Russia", "Hungary"], countries_optional=["Ukraine"],
    figures=[
        F("about 4.5 billion cubic metres", 4500000000, "cubic metres", "Russian gas delivered to Hungary via TurkStream last year", "about"),
        F("Two", 2, "count", "new units being built at Paks II"),
        F("more than 45 billion roubles", 45000000000, "RUB", "orders placed by Rosatom with contractors for Paks II", "over"),
        F("Around 80 percent", 80, "percent", "share of Hungary's gas consumption covered by long-term contracts with Gazprom", "about"),
    ],
    topics=["energy", "nuclear power", "gas supplies", "situation in Ukraine"],
    topics_optional=["Paks II nuclear power plant project", "energy cooperation", "energy resources", "peace",
                     "Russian-Hungarian relations", "presidency of the Council of the European Union",
                     "long-term contracts", "TurkStream", "foreign policy", "international cooperation",
                     "bilateral relations", "gas"],
    quotes=[],
)

G["02_bundesregierung_scholz_ruto_berlin_weekday_date_line_press_statement_quotes_euros"] = dict(
    date="2024-09-13", dateline=None, reported_by=None,
    title="Federal Chancellor Scholz receives Kenyan President Ruto",
    meetings=[M(["Olaf Scholz", "William Ruto"], "2024-09-13", "Berlin", "talks")],
    people=[P("Olaf Scholz", "Federal Chancellor", "Germany"), P("William Ruto", "President", "Kenya")],
    countries=["Germany", "Kenya"], countries_optional=["Sudan", "Somalia", "Haiti"],
    figures=[
        F("around 400,000", 400000, "count", "skilled workers Germany is short of a year", "about"),
        F("Around 2,000", 2000, "count", "Kenyans who came to Germany on training and work visas", "about"),
        F("more than 60 percent", 60, "percent", "share of Kenyans under 25", "over"),
        F("more than 90 percent", 90, "percent", "share of Kenya's electricity from renewable sources", "over"),
        F("EUR 112 million", 112000000, "EUR", "German support for green hydrogen production in Kenya"),
        F("EUR 775 million", 775000000, "EUR", "Germany-Kenya trade last year"),
        F("some 150", 150, "count", "German companies active in Kenya", "about"),
    ],
    topics=["migration and mobility", "skilled workers", "climate protection", "energy transition",
            "green hydrogen", "economic relations", "situation in Sudan",
            "reform of the international financial architecture"],
    topics_optional=["migration", "Somalia", "security support mission in Haiti", "multinational security support mission",
                     "renewable sources", "geothermal energy", "wind", "hydropower", "labour market", "trade",
                     "information technology", "nursing", "skilled trades", "foreign policy", "Africa",
                     "green hydrogen production", "legal paths to jobs"],
    quotes=[
        Q("Olaf Scholz", "Germany needs skilled workers, and Kenya has many young, well-trained people who want to gain experience abroad. This agreement is good for both of our countries"),
        Q("William Ruto", "Kenya is ready to be a partner that delivers: we have a young population, with more than 60 percent of Kenyans under the age of 25, and we want them to find fair and legal paths to jobs"),
    ],
)

G["03_ec_press_corner_readout_von_der_leyen_li_qiang_phone_call_statement_number_eur"] = dict(
    date="2025-04-08", dateline="Brussels", reported_by=None,
    title="Readout of the phone call between President von der Leyen and Chinese Premier Li Qiang",
    meetings=[M(["Ursula von der Leyen", "Li Qiang"], "2025-04-08", None, "phone call")],
    people=[P("Ursula von der Leyen", "President of the European Commission", None),
            P("Li Qiang", "Premier of the State Council", "China"),
            P("Olof GILL", None, None, optional=True)],
    countries=["China"], countries_optional=["United States", "Ukraine", "Russia", "European Union"],
    figures=[
        F("over 30 percent", 30, "percent", "EU and China share of global trade in goods", "over"),
        F("EUR 732 billion", 732000000000, "EUR", "EU-China trade in goods in 2024"),
        F("EUR 305 billion", 305000000000, "EUR", "EU trade deficit with China last year"),
        F("some 1,700", 1700, "count", "European firms reporting regulatory barriers in China", "about"),
    ],
    topics=["trading system", "trade deficit", "trade diversion", "market access", "agri-food", "cosmetics",
            "medical devices", "Russia's war of aggression against Ukraine"],
    topics_optional=["tariffs", "level playing field", "just and lasting peace", "EU-China summit",
                     "diplomatic relations", "trade flows", "regulatory barriers", "trade in goods",
                     "medical devices sectors", "trade", "negotiated resolution", "escalation"],
    quotes=[],
)

G["04_nato_news_secretary_general_meets_erdogan_kristersson_vilnius_summit_eve_parenthesised_date"] = dict(
    date="2023-07-10", dateline=None, reported_by=None,
    title="Secretary General hosts President Erdoğan and Prime Minister Kristersson ahead of Vilnius Summit",
    meetings=[
        M(["Jens Stoltenberg", "Recep Tayyip Erdoğan", "Ulf Kristersson"], "2023-07-10", "Vilnius", "meeting"),
        M(["Jens Stoltenberg", "Gitanas Nausėda"], "2023-07-10", None, "meeting"),
    ],
    people=[P("Jens Stoltenberg", "Secretary General", None),
            P("Recep Tayyip Erdoğan", "President", "Türkiye"),
            P("Ulf Kristersson", "Prime Minister", "Sweden"),
            P("Gitanas Nausėda", "President", "Lithuania")],
    countries=["Sweden", "Türkiye"], countries_optional=["Lithuania", "Finland", "European Union"],
    figures=[
        F("close to four hours", 4, "hours", "length of the meeting", "nearly", optional=True),
        F("2 percent", 2, "percent", "Sweden's defence spending as a share of GDP by 2026", "target"),
        F("more than 30", 30, "count", "NATO exercises Swedish armed forces take part in a year", "over"),
        F("32", 32, "count", "NATO members once Sweden joins"),
        F("over 40", 40, "count", "nations and organisations at the Vilnius Summit", "over"),
    ],
    topics=["Sweden's accession to NATO", "ratification", "Security Compact", "counter-terrorism",
            "EU accession process", "EU-Türkiye Customs Union", "visa liberalisation", "defence spending"],
    topics_optional=["Accession Protocol", "anti-terrorism law", "arms exports", "Trilateral Memorandum",
                     "enlargement", "full membership", "security", "Special Coordinator for Counter-Terrorism",
                     "NATO Summit", "modernisation of the EU-Türkiye Customs Union"],
    quotes=[
        Q("Jens Stoltenberg", "This is a historic day, because we have a clear commitment from Türkiye to submit the accession documents to the Grand National Assembly. Completing Sweden's accession to NATO is an important step that benefits the security of all NATO Allies at this critical time"),
        Q("Ulf Kristersson", "It is a good day for Sweden. We have taken a very big step towards the full membership of Sweden in NATO"),
    ],
)

G["05_gov_pl_chancellery_polish_german_consultations_warsaw_joint_declaration_dotted_date_tusk_scholz"] = dict(
    date="2024-07-02", dateline=None, reported_by="Chancellery of the Prime Minister",
    title="Polish-German intergovernmental consultations in Warsaw",
    meetings=[M(["Donald Tusk", "Olaf Scholz"], "2024-07-02", "Warsaw", "talks")],
    people=[P("Donald Tusk", "Prime Minister", "Poland"), P("Olaf Scholz", "Chancellor", "Germany")],
    countries=["Poland", "Germany"], countries_optional=["Ukraine", "European Union"],
    figures=[
        F("six years", 6, "years", "since the previous Polish-German intergovernmental consultations", optional=True),
        F("more than 10", 10, "count", "ministers from each government at the plenary session", "over"),
        F("125", 125, "count", "projects in the action plan"),
        F("about EUR 170 billion", 170000000000, "EUR", "Poland-Germany trade last year", "about"),
        F("almost 400,000", 400000, "count", "people employed by German companies in Poland", "nearly"),
        F("under four hours", 4, "hours", "target journey time Berlin-Warsaw by rail", "up to", optional=True),
        F("up to EUR 1 billion", 1000000000, "EUR", "joint investment in modernising border crossings", "up to"),
    ],
    topics=["security and defence", "protection of the eastern border", "support for Ukraine", "energy security",
            "cross-border infrastructure", "railway connections", "protection of the Oder river",
            "reconstruction of Ukraine", "youth exchanges", "teaching of the Polish language"],
    topics_optional=["surviving victims of the German occupation", "documentation centre", "trade",
                     "border crossings", "security", "railway link", "intergovernmental consultations",
                     "Polish language", "eastern border", "action plan", "joint declaration"],
    quotes=[
        Q("Donald Tusk", "Germany and Poland are bound together not only by a common border, but also by common security. Our eastern border is the border of the whole European Union, and we must protect it together"),
        Q("Olaf Scholz", "We are aware of the guilt that Germany bears for the immeasurable suffering it inflicted on Poland"),
    ],
)

G["06_government_se_press_release_trade_minister_to_visit_chile_planned_only_recalled_stockholm_sek_phone"] = dict(
    date="2026-11-24", dateline=None, reported_by="Ministry for Foreign Affairs",
    title="Minister for Foreign Trade Karin Lindqvist to visit Chile",
    meetings=[M(["Karin Lindqvist", "Paula Aravena"], None, "Stockholm", "meeting", optional=True)],
    people=[P("Karin Lindqvist", "Minister for International Development Cooperation and Foreign Trade", "Sweden"),
            P("Tomás Echeverría", "Minister of Foreign Affairs", "Chile"),
            P("Paula Aravena", "Minister of Mining", "Chile"),
            P("Anna Ekholm", "Press Secretary", "Sweden")],
    countries=["Sweden", "Chile"], countries_optional=["European Union"],
    figures=[
        F("some 25", 25, "count", "Swedish companies in the business delegation", "about"),
        F("more than a hundred years", 100, "years", "Swedish companies' presence in Chile", "over", optional=True),
        F("around 40 per cent", 40, "percent", "Chile's share of the world's known lithium reserves", "about"),
        F("About 60", 60, "count", "Swedish companies established in Chile", "about"),
        F("approximately 9,000", 9000, "count", "people employed by Swedish companies in Chile", "about"),
        F("SEK 4.8 billion", 4800000000, "SEK", "Swedish exports to Chile last year"),
        F("12 per cent", 12, "percent", "increase of Swedish exports to Chile"),
        F("99.9 per cent", 99.9, "percent", "share of EU exports to Chile freed of tariffs"),
        F("up to EUR 300 million", 300000000, "EUR", "green financing under the SEK-CORFO letter of intent", "up to"),
    ],
    topics=["green transition", "mining", "critical raw materials", "sustainable mining", "green financing"],
    topics_optional=["lithium", "copper", "innovation", "technology", "mining industry",
                     "EU-Chile Advanced Framework Agreement", "tariffs", "climate footprint", "exports",
                     "trade", "lithium reserves", "mining and innovation"],
    quotes=[
        Q("Karin Lindqvist", "Chile is one of Sweden's most important partners in Latin America. Swedish companies have been in Chile for more than a hundred years, and we can contribute the technology for a mining industry that is safer, more electrified and has a smaller climate footprint"),
    ],
)

G["07_gov_ie_department_of_taoiseach_meets_uk_pm_dublin_split_quote_pounds_euros_planned_belfast"] = dict(
    date="2026-11-25", dateline=None, reported_by="Department of the Taoiseach",
    title="Taoiseach meets Prime Minister Ashworth at Government Buildings",
    meetings=[M(["Ciarán Mulcahy", "Helen Ashworth"], "2026-11-25", "Dublin", "meeting")],
    people=[P("Ciarán Mulcahy", "Taoiseach", "Ireland"),
            P("Helen Ashworth", "Prime Minister", "United Kingdom"),
            P("Declan Fitzgerald", "Tánaiste and Minister for Foreign Affairs", "Ireland"),
            P("Owen Pritchard", "Secretary of State for Northern Ireland", "United Kingdom")],
    countries=["Ireland", "United Kingdom"], countries_optional=["European Union"],
    figures=[
        F("more than €1.1 billion", 1100000000, "EUR", "value of the PEACE PLUS programme", "over"),
        F("£730 million", 730000000, "GBP", "UK Government contribution to PEACE PLUS"),
        F("€250 million", 250000000, "EUR", "further Irish funding under the Shared Island initiative"),
        F("700 megawatts", 700, "MW", "capacity of the second Ireland-Great Britain interconnector"),
        F("about €100 billion", 100000000000, "EUR", "Ireland-UK trade a year", "about"),
        F("some 400,000", 400000, "count", "jobs depending on Ireland-UK trade", "about"),
    ],
    topics=["Good Friday Agreement", "Windsor Framework", "economy of Northern Ireland", "energy security",
            "relationship between the UK and the European Union", "cross-border projects",
            "electricity interconnector", "offshore wind"],
    topics_optional=["PEACE PLUS programme", "Shared Island initiative", "Narrow Water Bridge", "A5 road",
                     "jobs", "energy", "security", "Irish Sea", "trade", "international relations",
                     "annual summit", "institutions"],
    quotes=[
        Q("Ciarán Mulcahy", "The relationship between Ireland and Britain is unique. We are neighbours, we are friends, and we share responsibility as co-guarantors of the Good Friday Agreement"),
        Q("Ciarán Mulcahy", "Today we agreed to put that partnership to work on the things that matter to people on both islands: jobs, energy and security"),
        Q("Helen Ashworth", "a reset", optional=True),
        Q("Helen Ashworth", "Our two countries have more that unites us than divides us, and this visit is the start of a closer partnership"),
    ],
)

G["08_council_eu_press_release_eu_moldova_association_council_joint_press_statement_brussels_ordinal_eur"] = dict(
    date="2026-11-26", dateline=None, reported_by="Council of the EU",
    title="EU-Moldova Association Council: joint press statement",
    meetings=[M(["Matteo Ricciardi", "Ion Ciobanu", "Katrin Vahter"], "2026-11-26", "Brussels", "meeting")],
    people=[P("Matteo Ricciardi", "High Representative of the Union for Foreign Affairs and Security Policy", None),
            P("Ion Ciobanu", "Prime Minister", "Moldova"),
            P("Katrin Vahter", "European Commissioner for Enlargement", None)],
    countries=["Moldova"], countries_optional=["Russia", "European Union"],
    figures=[
        F("three", 3, "count", "negotiating clusters opened in 2026", optional=True),
        F("EUR 1.9 billion", 1900000000, "EUR", "envelope of the Reform and Growth Facility for 2025-2027"),
        F("EUR 520 million", 520000000, "EUR", "Reform and Growth Facility funds disbursed so far"),
        F("about 65 %", 65, "percent", "EU share of Moldova's exports", "about"),
        F("more than EUR 400 million", 400000000, "EUR", "EU energy grants and loans to Moldova since 2022", "over"),
        F("40", 40, "count", "additional experts for the EU Partnership Mission in Moldova"),
        F("100 %", 100, "percent", "Moldova's alignment with the CFSP"),
    ],
    topics=["accession negotiations", "reform agenda", "energy security", "hybrid threats", "disinformation",
            "illegal financing of political parties", "Transnistrian settlement process",
            "justice and home affairs", "Common Foreign and Security Policy"],
    topics_optional=["electricity market", "EU Partnership Mission in Moldova", "Reform and Growth Facility",
                     "enlargement", "foreign affairs", "security of Europe", "negotiating clusters",
                     "exports"],
    quotes=[
        Q("Matteo Ricciardi", "Moldova has made remarkable progress under very difficult circumstances. The EU stands firmly by Moldova's side, and its future is in the European Union"),
        Q("Ion Ciobanu", "Every euro invested in Moldova is an investment in the security of Europe"),
    ],
)

ORDER = ["id", "source_file", "date", "dateline", "reported_by", "title", "meetings", "people", "countries",
         "countries_optional", "figures", "topics", "topics_optional", "quotes"]

for name, g in G.items():
    g["id"] = name
    g["source_file"] = name + ".txt"
    out = {k: g[k] for k in ORDER}
    with open(os.path.join(D, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(G), "gold files written")
