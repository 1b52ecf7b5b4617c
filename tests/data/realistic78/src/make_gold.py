"""Gold annotations for realistic78, written by hand from the texts (GOLD.md)."""
import json, os, glob
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def P(name, title=None, country=None, optional=False):
    d = {"name": name, "title": title, "country": country}
    if optional: d["optional"] = True
    return d
def M(names, date, place, kind, optional=False):
    d = {"participants": [{"name": n} for n in names], "date": date, "place": place, "kind": kind}
    if optional: d["optional"] = True
    return d
def F(text, value, unit, measures, approx=None, optional=False):
    d = {"text": text, "value": value, "unit": unit}
    if approx: d["approx"] = approx
    d["measures"] = measures
    if optional: d["optional"] = True
    return d
def Q(speaker, text, optional=False):
    d = {"speaker": speaker, "text": text}
    if optional: d["optional"] = True
    return d

G = {}

G["01"] = dict(
 date="2024-07-11", dateline="Baku", reported_by="Trend",
 title="President Ilham Aliyev, Pakistani PM Shehbaz Sharif hold talks in Islamabad, 15 documents signed",
 meetings=[M(["Ilham Aliyev", "Shehbaz Sharif"], "2024-07-11", "Islamabad", "talks"),
           M(["Ilham Aliyev", "Asif Ali Zardari"], "2024-07-11", None, "meeting")],
 people=[P("Ilham Aliyev", "President", "Azerbaijan"),
         P("Shehbaz Sharif", "Prime Minister", "Pakistan"),
         P("Asif Ali Zardari", "President", "Pakistan")],
 countries=["Azerbaijan", "Pakistan"], countries_optional=[],
 figures=[F("about $25 million", 25000000, "USD", "trade turnover last year", "about"),
          F("$500 million", 500000000, "USD", "trade turnover (target)", "target"),
          F("three years", 3, "years", "period to reach the trade target", optional=True),
          F("up to $2 billion", 2000000000, "USD", "Azerbaijani investment in the Pakistani economy", "up to"),
          F("up to 12", 12, "count", "LNG cargoes a year SOCAR could supply", "up to"),
          F("more than 40 percent", 40, "percent", "share of Pakistan's spot LNG needs that could be covered", "over"),
          F("15", 15, "count", "documents signed"),
          F("three", 3, "count", "weekly direct flights Baku-Lahore", optional=True)],
 topics=["energy", "transport and logistics", "defense industry", "agriculture", "information technology", "education", "tourism"],
 topics_optional=["oil refining", "renewable energy", "infrastructure", "trade", "trade turnover", "investment", "LNG", "LNG cargoes",
                  "air services", "direct flights", "joint investment company", "Organization of Islamic Cooperation",
                  "Economic Cooperation Organization", "inter-parliamentary relations", "economic ties", "floods", "transport", "logistics"],
 quotes=[Q("Ilham Aliyev", "Pakistan has always stood by Azerbaijan in the most difficult days, and the Azerbaijani people will never forget this"),
         Q("Ilham Aliyev", "Today we are opening a new page, and our economic ties must reach the level of our political relations")])

G["02"] = dict(
 date="2022-05-30", dateline="Dushanbe", reported_by="Tajik president's press service",
 title="Rahmon and Raisi agree to raise Tajik-Iranian trade to $500 million a year",
 meetings=[M(["Emomali Rahmon", "Ebrahim Raisi"], "2022-05-30", "Tehran", "talks"),
           M(["Emomali Rahmon", "Mohammad Bagher Ghalibaf"], "2022-05-30", None, "meeting")],
 people=[P("Emomali Rahmon", "President", "Tajikistan"),
         P("Ebrahim Raisi", "President", "Iran"),
         P("Mohammad Bagher Ghalibaf", "Speaker of the Islamic Consultative Assembly", "Iran"),
         P("Ali Khamenei", "Supreme Leader", "Iran")],
 countries=["Tajikistan", "Iran"], countries_optional=["Afghanistan"],
 figures=[F("some $120 million", 120000000, "USD", "trade turnover last year", "about"),
          F("$500 million", 500000000, "USD", "annual trade turnover (target)", "target"),
          F("about $220 million", 220000000, "USD", "Iranian investment in the Sangtuda-2 hydropower plant", "about"),
          F("more than half", 0.5, "fraction", "cut in delivery time of Tajik goods to the Persian Gulf", "over"),
          F("17", 17, "count", "cooperation documents signed"),
          F("double", 2, "times", "increase of weekly flights Dushanbe-Tehran (agreed)", "target"),
          F("four", 4, "count", "weekly flights Dushanbe-Tehran (target)", "target"),
          F("more than 20", 20, "count", "lawmakers in each parliamentary friendship group", "over")],
 topics=["trade", "energy", "transport and communications", "industry", "agriculture", "science and education",
         "culture and tourism", "situation in Afghanistan", "fight against terrorism", "extremism", "drug trafficking"],
 topics_optional=["science", "education", "culture", "tourism", "terrorism", "Afghanistan", "electricity", "aluminum", "seaports",
                  "Sangtuda-2 hydropower plant", "mutual investment protection", "investment protection", "customs cooperation",
                  "air transport", "Persian language", "joint commission on the Persian language", "flights", "weekly flights",
                  "parliamentary friendship groups", "role of the parliaments", "diplomatic relations", "trade turnover", "transport", "communications"],
 quotes=[Q("Emomali Rahmon", "Tajikistan and Iran are bound by a common language, history and culture, and there are no issues between our nations that cannot be resolved through dialogue"),
         Q("Ebrahim Raisi", "We regard Tajikistan as a friendly and brotherly country, and the doors of Iran's economy are open to Tajik businessmen")])

G["03"] = dict(
 date="2019-12-20", dateline=None, reported_by="press secretary of the Uzbek president",
 title="Uzbekistan and Japan sign agreements worth $3.8 billion during Mirziyoyev's visit to Tokyo",
 meetings=[M(["Shavkat Mirziyoyev", "Shinzo Abe"], "2019-12-19", None, "talks"),
           M(["Shavkat Mirziyoyev", "Hiroaki Nakanishi"], "2019-12-19", "Tokyo", "meeting")],
 people=[P("Shavkat Mirziyoyev", "President", "Uzbekistan"),
         P("Shinzo Abe", "Prime Minister", "Japan"),
         P("Sherzod Asadov", "press secretary", "Uzbekistan"),
         P("Hiroaki Nakanishi", "Chairman of the Japan Business Federation", "Japan")],
 countries=["Uzbekistan", "Japan"], countries_optional=[],
 figures=[F("three-day", 3, "days", "length of the official visit", optional=True),
          F("over 1 trillion yen", 1000000000000, "JPY", "JICA-financed projects in Uzbekistan since 1993", "over"),
          F("17", 17, "count", "intergovernmental and interagency documents signed"),
          F("$3.8 billion", 3800000000, "USD", "agreements concluded by companies"),
          F("71 billion yen", 71000000000, "JPY", "loan for modernization of the Turakurgan thermal power plant"),
          F("1.6 billion yen", 1600000000, "JPY", "grant for medical equipment"),
          F("up to 3,000", 3000, "count", "young Uzbek workers a year under the specified skilled worker program", "up to"),
          F("$420 million", 420000000, "USD", "trade turnover in January-October"),
          F("1.5 times", 1.5, "times", "growth of trade turnover over two years"),
          F("more than 30", 30, "count", "other companies at the Keidanren meeting", "over"),
          F("13", 13, "count", "Japanese companies present in Uzbekistan"),
          F("at least 100", 100, "count", "Japanese companies in Uzbekistan (target)", "at least")],
 topics=["energy", "chemical industry", "mining and metallurgy", "automotive industry", "agriculture", "healthcare",
         "higher education", "training of specialists"],
 topics_optional=["transport", "water supply", "employment of Uzbek workers", "specified skilled worker", "Japanese language",
                  "direct flight", "World Trade Organization", "trade", "trade turnover", "thermal power plant", "medical equipment",
                  "technologies", "loan", "grant", "mining", "metallurgy"],
 quotes=[Q("Shavkat Mirziyoyev", "Japan was with us in the most difficult years of our independence. Today we want to bring Japanese technologies, quality and discipline to every region of Uzbekistan"),
         Q("Shavkat Mirziyoyev", "There are 13 Japanese companies with a presence in Uzbekistan today. We want to see at least 100")])

G["04"] = dict(
 date="2019-06-13", dateline="Bishkek", reported_by="presidential press service",
 title="Sooronbay Jeenbekov and Xi Jinping hold talks in narrow and expanded formats",
 meetings=[M(["Sooronbay Jeenbekov", "Xi Jinping"], "2019-06-13", None, "talks"),
           M(["Xi Jinping", "Dastanbek Dzhumabekov"], "2019-06-13", None, "meeting")],
 people=[P("Sooronbay Jeenbekov", "President", "Kyrgyzstan"),
         P("Xi Jinping", "President", "China"),
         P("Dastanbek Dzhumabekov", "Speaker of the Jogorku Kenesh", "Kyrgyzstan")],
 countries=["Kyrgyzstan", "China"], countries_optional=["Uzbekistan"],
 figures=[F("$5.6 billion", 5600000000, "USD", "trade turnover last year"),
          F("$4.5 billion", 4500000000, "USD", "accumulated Chinese investments", "over"),
          F("threefold", 3, "times", "growth of Kyrgyz agricultural exports (expected)", "target"),
          F("three years", 3, "years", "period for agricultural export growth", optional=True),
          F("11", 11, "count", "documents signed"),
          F("600 million yuan", 600000000, "CNY", "Chinese grant for roads and social facilities"),
          F("96-kilometer", 96, "km", "bypass road around Bishkek"),
          F("about 13 billion soms", 13000000000, "KGS", "logistics center in the Naryn region", "about"),
          F("about 4,000", 4000, "count", "Kyrgyz students at Chinese universities", "about")],
 topics=["transport and communications", "energy", "agriculture", "mining", "digital economy", "education", "public health"],
 topics_optional=["trade", "trade turnover", "investments", "infrastructure projects", "agricultural products", "imbalance in trade",
                  "China-Kyrgyzstan-Uzbekistan railway project", "security cooperation", "Shanghai Cooperation Organization",
                  "roads", "social facilities", "logistics center", "government scholarships", "jobs", "honey", "comprehensive strategic partnership"],
 quotes=[Q("Sooronbay Jeenbekov", "We highly appreciate the support of the Chinese side in implementing infrastructure projects that have become a real driving force for the development of our regions"),
         Q("Xi Jinping", "China is ready to import more high-quality goods from Kyrgyzstan and to encourage Chinese companies to create jobs here")])

G["05"] = dict(
 date="2024-06-12", dateline="Astana", reported_by="Akorda press service",
 title="Kazakhstan, South Korea Agree to Expand Cooperation in Critical Minerals During Yoon's State Visit",
 meetings=[M(["Kassym-Jomart Tokayev", "Yoon Suk Yeol"], "2024-06-12", None, "talks"),
           M(["Yoon Suk Yeol", "Maulen Ashimbayev"], "2024-06-12", None, "meeting"),
           M(["Kassym-Jomart Tokayev", "Yoon Suk Yeol"], None, "New York", "meeting", optional=True)],
 people=[P("Kassym-Jomart Tokayev", "President", "Kazakhstan"),
         P("Yoon Suk Yeol", "President", "South Korea"),
         P("Maulen Ashimbayev", "Senate Chairman", "Kazakhstan"),
         P("Shavkat Mirziyoyev", "President", "Uzbekistan"),
         P("Zhanna Mukhanova", None, None, optional=True)],
 countries=["Kazakhstan", "South Korea"], countries_optional=["Uzbekistan", "European Union"],
 figures=[F("three-day", 3, "days", "length of the state visit", optional=True),
          F("$6.4 billion", 6400000000, "USD", "bilateral trade last year"),
          F("1.5 times", 1.5, "times", "growth of bilateral trade over 2022"),
          F("more than $9 billion", 9000000000, "USD", "Korean investment in Kazakhstan since independence", "over"),
          F("about 700", 700, "count", "joint ventures operating in Kazakhstan", "about"),
          F("19", 19, "count", "EU-listed critical minerals Kazakhstan has"),
          F("34", 34, "count", "minerals the EU considers critical", optional=True),
          F("more than 100,000", 100000, "count", "ethnic Koreans living in Kazakhstan", "over"),
          F("up to $2 billion", 2000000000, "USD", "Korean ODA and export financing for Central Asia until 2030", "up to"),
          F("11", 11, "count", "documents exchanged"),
          F("2.7 trillion tenge", 2700000000000, "KZT", "contracts signed by Korean companies"),
          F("US$6 billion", 6000000000, "USD", "contracts signed by Korean companies (dollar equivalent)"),
          F("KRW 1.5 trillion", 1500000000000, "KRW", "Balkhash thermal power plant deal"),
          F("$10 billion", 10000000000, "USD", "bilateral trade by 2030 (target)", "target"),
          F("up to 28", 28, "count", "weekly direct flights Almaty-Seoul (target)", "up to")],
 topics=["critical minerals", "energy", "infrastructure", "healthcare", "automotive industry", "shipbuilding", "digitalization",
         "space exploration", "training of medical personnel"],
 topics_optional=["critical raw materials", "critical minerals supply chains", "supply chain partnership", "trade", "bilateral trade",
                  "official development assistance", "export financing", "highway", "Shymkent-Tashkent highway section",
                  "thermal power plant", "direct flights", "political reforms", "Koryo saram", "ethnic Koreans",
                  "parliamentary friendship group", "Korea-Central Asia Critical Minerals Dialogue"],
 quotes=[Q("Kassym-Jomart Tokayev", "Kazakhstan is ready to become a reliable supplier of critical raw materials for the Korean industry. We have 19 of the 34 minerals that the European Union considers critical"),
         Q("Yoon Suk Yeol", "The partnership between our countries will grow into a supply chain partnership that supports the industries of the future")])

G["06"] = dict(
 date="2022-06-10", dateline=None, reported_by=None,
 title="Serdar Berdimuhamedov and Vladimir Putin sign Declaration on deepening strategic partnership",
 meetings=[M(["Serdar Berdimuhamedov", "Vladimir Putin"], "2022-06-10", "Moscow", "talks"),
           M(["Serdar Berdimuhamedov", "Mikhail Mishustin"], "2022-06-10", None, "meeting")],
 people=[P("Serdar Berdimuhamedov", "President", "Turkmenistan"),
         P("Vladimir Putin", "President", "Russia"),
         P("Gurbanguly Berdimuhamedov", "Chairman of the Halk Maslahaty", "Turkmenistan"),
         P("Mikhail Mishustin", "Chairman of the Government", "Russia")],
 countries=["Turkmenistan", "Russia"], countries_optional=[],
 figures=[F("38 percent", 38, "percent", "growth of trade turnover last year"),
          F("$1.4 billion", 1400000000, "USD", "trade turnover last year", "over"),
          F("About 200", 200, "count", "companies with Russian capital in Turkmenistan", "about"),
          F("more than 40 billion rubles", 40000000000, "RUB", "projects of Russian construction companies", "over"),
          F("up to 10 billion cubic meters", 10000000000, "cubic metres", "annual Gazprom purchases of Turkmen gas (possible)", "up to"),
          F("12", 12, "count", "documents signed"),
          F("up to 1,500", 1500, "count", "KAMAZ trucks Turkmenistan may buy", "up to"),
          F("about 30,000", 30000, "count", "Turkmen students in Russian universities", "about")],
 topics=["energy", "transport", "agriculture", "culture", "education", "healthcare", "information security"],
 topics_optional=["humanitarian sphere", "energy sector", "trade", "trade turnover", "natural gas", "gas",
                  "International North–South Transport Corridor", "Caspian Sea", "grain", "textiles", "fruit and vegetable products",
                  "KAMAZ trucks", "students", "strategic partnership", "Intergovernmental Turkmen-Russian Commission on Economic Cooperation",
                  "construction"],
 quotes=[Q("Serdar Berdimuhamedov", "Russia has always been and remains for Turkmenistan a strategic partner and a reliable friend. We intend to fill this partnership with new content in all directions"),
         Q("Vladimir Putin", "Turkmenistan is our long-standing and reliable partner in Central Asia, and we see good prospects in the energy sector, in transport and in the humanitarian sphere"),
         Q("Vladimir Putin", "whose contribution to Russian-Turkmen relations is well known", optional=True)])

G["07"] = dict(
 date="2023-05-22", dateline=None, reported_by="Office of the President of Mongolia",
 title="Mongolia and France elevate ties to strategic partnership during Macron's visit",
 meetings=[M(["U.Khurelsukh", "Emmanuel Macron"], "2023-05-21", "Ulaanbaatar", "talks")],
 people=[P("U.Khurelsukh", "President", "Mongolia"),
         P("Emmanuel Macron", "President", "France"),
         P("B.Battsetseg", "Minister of Foreign Affairs", "Mongolia"),
         P("B.Dulguun", None, None, optional=True)],
 countries=["Mongolia", "France"], countries_optional=["Japan", "European Union"],
 figures=[F("seven", 7, "count", "documents signed"),
          F("about 1.6 billion euros", 1600000000, "EUR", "expected investment in the Zuuvch-Ovoo uranium project", "about"),
          F("140 million euros", 140000000, "EUR", "trade turnover last year"),
          F("up to 60 million euros", 60000000, "EUR", "AFD loan for climate adaptation projects", "up to"),
          F("100", 100, "count", "Mongolian engineers trained in France a year"),
          F("more than MNT 35 billion", 35000000000, "MNT", "state budget allocation to the One Billion Trees movement", "over"),
          F("One Billion", 1000000000, "count", "trees (name of the national movement)", optional=True),
          F("around 50", 50, "count", "French companies expected at the business forum in Paris", "about"),
          F("54 km", 54, "km", "distance of the Chinggis Khaan statue from the capital", optional=True)],
 topics=["energy", "critical minerals", "culture", "education", "French language", "renewable energy", "agriculture",
         "cashmere processing", "tourism", "archaeology", "fight against desertification"],
 topics_optional=["rare earth elements", "uranium", "Zuuvch-Ovoo uranium project", "green transition", "climate adaptation",
                  "climate adaptation projects", "training of 100 Mongolian engineers", "strategic partnership", "trade", "trade turnover",
                  "investment", "desertification", "One Billion Trees", "nuclear fuel", "business forum"],
 quotes=[Q("U.Khurelsukh", "Mongolia sees France as a reliable 'third neighbor' and a partner that respects our sovereignty and our choices"),
         Q("Emmanuel Macron", "France does not come here to take your resources. It comes to build with you, to process here, to train here and to create jobs here")])

G["08"] = dict(
 date="2024-08-19", dateline=None, reported_by=None,
 title="Ilham Aliyev, Vladimir Putin hold talks in narrow and expanded formats in Baku",
 meetings=[M(["Ilham Aliyev", "Vladimir Putin"], "2024-08-18", None, "informal meeting"),
           M(["Ilham Aliyev", "Vladimir Putin"], "2024-08-19", None, "talks")],
 people=[P("Ilham Aliyev", "President", "Azerbaijan"),
         P("Vladimir Putin", "President", "Russia"),
         P("Heydar Aliyev", "national leader", "Azerbaijan"),
         P("Ramil Hasanov", None, None, optional=True)],
 countries=["Azerbaijan", "Russia"], countries_optional=["Armenia", "Iran"],
 figures=[F("$4.3 billion", 4300000000, "USD", "trade turnover last year"),
          F("8 percent", 8, "percent", "growth of trade turnover in the first six months"),
          F("more than 1,000", 1000, "count", "companies with Russian capital in Azerbaijan", "over"),
          F("$6.6 billion", 6600000000, "USD", "Russian investments in Azerbaijan", "over"),
          F("about $1.5 billion", 1500000000, "USD", "Azerbaijani investments in Russia", "about"),
          F("1.5 times", 1.5, "times", "growth of cargo along the western route of the North-South corridor last year"),
          F("up to 15 million tonnes", 15000000, "tonnes", "annual capacity of the route by 2028 (target)", "up to"),
          F("Two", 2, "count", "branches of Russian universities in Baku", optional=True),
          F("about 5,000", 5000, "count", "Azerbaijani students in Russia on state quotas", "about"),
          F("six", 6, "count", "documents signed"),
          F("about AZN 170 million", 170000000, "AZN", "new automobile bridge over the Samur River", "about")],
 topics=["energy", "industry", "agriculture", "transport and logistics", "humanitarian sphere", "education"],
 topics_optional=["natural gas", "supply of Russian natural gas", "International North-South Transport Corridor", "North-South corridor",
                  "regional issues", "peace process between Azerbaijan and Armenia", "peace process", "trade", "trade turnover",
                  "investments", "cargo transportation", "railway", "interregional cooperation", "automobile bridge", "BRICS",
                  "allied interaction", "transport", "logistics"],
 quotes=[Q("Ilham Aliyev", "Russia is one of our main trading partners, and last year our trade turnover amounted to $4.3 billion. This year, in the first six months, it has grown by another 8 percent"),
         Q("Vladimir Putin", "The North-South corridor is a project of strategic importance not only for our two countries but for the entire Eurasian space")])

if __name__ == "__main__":
    for key, g in G.items():
        [txt] = glob.glob(os.path.join(HERE, key + "_*.txt"))
        name = os.path.basename(txt)[:-4]
        out = {"id": name, "source_file": name + ".txt"}
        out.update(g)
        with open(os.path.join(HERE, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", name)
