"""Word lists and sentence templates for services.generate: Swedish names, places, agenda titles, notes and
decisions in the language of collaboration between kommun and region, so that text search has realistic hits.

Everything is picked with the generator's own ``random.Random``: the same seed gives the same words.
"""

from __future__ import annotations

from random import Random

from ..domain.enums import GroupKind

FIRST_NAMES = (
    "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Emma", "Kerstin", "Ingrid", "Malin", "Linnea", "Johanna",
    "Elin", "Sofia", "Hanna", "Ida", "Camilla", "Helena", "Therese", "Annika", "Åsa", "Ulrika", "Cecilia", "Marie",
    "Josefin", "Frida", "Petra", "Louise", "Jenny", "Nadia", "Amira", "Yasmin", "Birgitta", "Margareta", "Lotta",
    "Erik", "Lars", "Karl", "Anders", "Johan", "Per", "Mikael", "Jonas", "Henrik", "Fredrik", "Daniel", "Magnus",
    "Mattias", "Niklas", "Stefan", "Oskar", "Gustav", "Tobias", "Martin", "Björn", "Håkan", "Göran", "Ola",
    "Viktor", "Emil", "Jakob", "Ali", "Omar", "Samir", "Amir", "Kristoffer", "Robert", "Sven", "Mats", "Olof",
)
LAST_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
    "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson",
    "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg",
    "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg",
    "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson",
    "Holm", "Wikström", "Samuelsson", "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson",
    "Löfgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viklund",
    "Björklund", "Eliasson", "Pålsson", "Berggren", "Sandström", "Lund", "Nordin", "Ström", "Åberg", "Hermansson",
    "Ekström", "Holmgren", "Sundberg", "Hedlund", "Dahlberg", "Hellström", "Sjögren", "Abrahamsson", "Falk",
    "Öberg", "Haddad", "Karimi", "Nasser", "Ali", "Hussein", "Mohammed", "Yilmaz", "Kowalski", "Virtanen",
)
MEMBER_TITLES = (
    "Verksamhetschef", "Enhetschef", "Områdeschef", "Avdelningschef", "Socialchef", "Vårdcentralschef",
    "Medicinskt ansvarig sjuksköterska", "Utvecklingsledare", "Sektorschef", "Förvaltningschef", "Överläkare",
)
SUPPORT_TITLES = ("Processledare", "Samordnare", "Utvecklingsstrateg", "Koordinator", "Nämndsekreterare")

REGION_NAMES = (
    "Älvdalen", "Västkusten", "Mellanskogen", "Norrslätten", "Sjöbygden", "Fjällbygden", "Österkusten",
    "Skogslanda", "Dalbygden", "Söderslätt", "Kustlanda", "Bergslagsbygden",
)
AREA_PREFIXES = (
    "Björk", "Ek", "Sjö", "Ulv", "Tall", "Hög", "Lind", "Berg", "Väster", "Öster", "Norr", "Söder", "Mal", "Gran",
    "Asp", "Al", "Hassel", "Rönn", "Sten", "Sand", "Ås", "Bäck", "Strand", "Mjö",
)
AREA_SUFFIXES = (
    "vik", "by", "torp", "dal", "berga", "sund", "hamn", "köping", "näs", "fors", "holm", "stad", "tuna", "lunda",
    "ryd", "måla", "hult", "bo",
)

#: Leaf groups of an area: name, kind, topic lists it talks about most.
THEMES: tuple[tuple[str, GroupKind, tuple[str, ...]], ...] = (
    ("NOSAM", GroupKind.NOSAM, ("general", "aldre", "vardplanering")),
    ("Temagrupp Barn och unga", GroupKind.THEME_GROUP, ("barn",)),
    ("Temagrupp Psykiatri", GroupKind.THEME_GROUP, ("psykiatri",)),
    ("Temagrupp Äldre", GroupKind.THEME_GROUP, ("aldre",)),
    ("Temagrupp Mitt i livet", GroupKind.THEME_GROUP, ("mitt",)),
    ("Arbetsgrupp SIP", GroupKind.WORKING_GROUP, ("sip",)),
    ("Arbetsgrupp Läkemedel", GroupKind.WORKING_GROUP, ("lakemedel",)),
    ("Arbetsgrupp Hemsjukvård", GroupKind.WORKING_GROUP, ("hemsjukvard",)),
    ("Arbetsgrupp Vårdplanering", GroupKind.WORKING_GROUP, ("vardplanering",)),
    ("Beredningsgrupp", GroupKind.PREPARATION_GROUP, ("general", "budget")),
    ("Arbetsgrupp Missbruk och beroende", GroupKind.WORKING_GROUP, ("psykiatri",)),
    ("Referensgrupp Brukarmedverkan", GroupKind.REFERENCE_GROUP, ("general", "mitt")),
)
MANAGEMENT_TOPICS = ("general", "budget")

TOPICS: dict[str, tuple[str, ...]] = {
    "general": ("samverkansplanen", "överenskommelsen om samverkan mellan kommun och region",
                "gemensamma riktlinjer", "avvikelser i samverkan", "kompetensförsörjning", "nära vård",
                "den gemensamma handlingsplanen", "brukarmedverkan", "digitala vårdmöten",
                "informationsöverföring mellan huvudmännen", "årsrapporten"),
    "budget": ("budget för samverkansmedel", "fördelning av statsbidrag", "kostnadsfördelning mellan huvudmännen",
               "budget och verksamhetsplan"),
    "barn": ("barn och unga med psykisk ohälsa", "elevhälsans samverkan med BUP", "första linjen för barn och unga",
             "SIP för barn och unga", "barn som placeras utanför hemmet", "föräldraskapsstöd",
             "barnhälsovården"),
    "psykiatri": ("psykiatri och socialpsykiatri", "suicidprevention", "missbruk och beroende",
                  "samsjuklighet inom psykiatri och missbruk", "mobila psykiatriska team", "personligt ombud",
                  "heldygnsvård inom psykiatrin"),
    "aldre": ("äldre multisjuka", "fallprevention", "demensvård", "palliativ vård", "korttidsboende",
              "trygg hemgång för äldre", "äldres läkemedelsanvändning"),
    "mitt": ("våld i nära relationer", "rehabilitering", "hjälpmedel", "personer med funktionsnedsättning",
             "habilitering för vuxna"),
    "sip": ("samordnad individuell plan (SIP)", "SIP-utbildning för medarbetare", "uppföljning av SIP",
            "digital SIP", "SIP-koordinatorernas uppdrag"),
    "lakemedel": ("läkemedelsgenomgångar", "läkemedelshantering i hemsjukvården", "dosdispensering",
                  "läkemedel på korttidsboende", "överlämnande av läkemedelslistan"),
    "hemsjukvard": ("hemsjukvård", "överenskommelsen om hemsjukvård", "läkarmedverkan i hemsjukvården",
                    "hemsjukvårdens bemanning kvällar och helger", "delegering inom hemsjukvården"),
    "vardplanering": ("samordnad vårdplanering", "vårdplanering vid utskrivning", "trygg och effektiv utskrivning",
                      "utskrivningsklara patienter", "digital vårdplanering"),
}
ALL_TOPICS = tuple(t for topics in TOPICS.values() for t in topics)

TITLES = (
    "Uppföljning av {t}", "Handlingsplan {y}: {t}", "Lägesrapport: {t}", "Revidering av rutin för {t}",
    "Rapport från arbetsgruppen om {t}", "Förslag till gemensam rutin för {t}", "Avvikelser rörande {t}",
    "Utvärdering av {t}", "Information om {t}", "Dialog om {t}", "Budget {y} för {t}",
)
PRESENTERS = (
    "Ordförande", "Processledare", "Verksamhetschef", "MAS", "Enhetschef", "Samordnare", "Utvecklingsledare",
    "Områdeschef", "Förvaltningschef", "Kvalitetsstrateg",
)
SPEAKERS = ("Ordföranden", "Processledaren", "Verksamhetschefen", "MAS", "Enhetschefen", "Samordnaren",
            "Utvecklingsledaren", "Områdeschefen", "Förvaltningschefen")
MEASURES = ("avvikelser", "utskrivningsklara vårddagar", "upprättade SIP", "genomförda läkemedelsgenomgångar",
            "återinskrivningar inom 30 dagar", "ärenden till första linjen", "hembesök", "fallskador")
TRENDS = ("ökat", "minskat", "legat kvar på samma nivå", "ökat något", "minskat tydligt")
INSIGHTS = ("tidig kontakt mellan huvudmännen förkortar vårdtiden",
            "rutinerna behöver bli kända hos fler medarbetare",
            "informationsöverföringen fungerar bättre med digital vårdplanering",
            "ansvarsfördelningen mellan kommun och region behöver förtydligas",
            "äldre med omfattande behov behöver en fast vårdkontakt",
            "barn och unga inte ska hamna mellan huvudmännen")
WHEN = ("efter sex månader", "inför nästa årsrapport", "vid nästa möte", "under hösten", "under våren",
        "vid årets sista möte")
POINTS = ("Äldre med omfattande behov prioriteras", "Rutinen för SIP sprids till alla enheter",
          "Budgeten för året ligger inom ramen", "Läkemedelslistan ska vara uppdaterad vid utskrivning",
          "Hemsjukvården informeras senast dagen före hemgång", "Psykiatrin deltar i fler SIP-möten",
          "Överenskommelsen följs upp av båda huvudmännen", "Vårdplanering sker digitalt när det är möjligt",
          "Brukarrepresentanter bjuds in till nästa möte", "Statistiken redovisas per kommun")
DECIDED_WHAT = ("handlingsplanen för {t}", "den gemensamma rutinen för {t}", "förslaget om {t}",
                "budgeten för {t} {y}", "den reviderade överenskommelsen om {t}")
WHO = ("processledaren", "arbetsgruppen", "ordföranden", "respektive huvudman", "beredningsgruppen")
TASKS = ("följa upp {t}", "ta fram en kommunikationsplan för {t}", "återrapportera arbetet med {t}",
         "förankra beslutet i den egna organisationen", "sprida rutinen för {t} till verksamheterna")
REFERRAL_REASONS = ("Förtydliga ansvarsfördelningen mellan kommun och region",
                    "Komplettera underlaget med en kostnadsberäkning",
                    "Inhämta synpunkter från brukarrepresentanter",
                    "Beskriv konsekvenserna för hemsjukvården")
ESCALATION_REASONS = ("Frågan kräver beslut på övergripande nivå", "Frågan berör flera närområden",
                      "Gruppen saknar mandat att besluta om finansieringen")
DEFERRAL_REASONS = ("Tiden räckte inte", "Underlaget kom för sent", None)
STRUCK_REASONS = ("Frågan hanteras inom ordinarie linjeorganisation", "Frågan har lösts på annat sätt")
ACTIONS = ("Sprida rutinen för {t} till verksamheterna", "Återrapportera {t} vid nästa möte",
           "Ta fram underlag om {t}", "Boka dialogmöte om {t}", "Uppdatera lathunden om {t}")
CANCEL_REASONS = ("För få anmälda ärenden", "Krockar med regionens budgetdag",
                  "Ordföranden är sjuk och ingen annan kan leda mötet")
ROOMS = ("Ekan", "Linden", "Stora salen", "Rum 3", "Vänern", "Tallen", "Sal 2")


def person_name(rng: Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def area_name(index: int) -> str:
    """A made-up place name; unique for the first len(prefixes) * len(suffixes) indexes."""
    size = len(AREA_PREFIXES) * len(AREA_SUFFIXES)
    prefix = AREA_PREFIXES[index % len(AREA_PREFIXES)]
    suffix = AREA_SUFFIXES[(index // len(AREA_PREFIXES) + index) % len(AREA_SUFFIXES)]
    name = prefix + suffix
    return name if index < size else f"{name} {index // size + 1}"


def topic(rng: Random, keys: tuple[str, ...]) -> str:
    """Mostly the group's own subjects, sometimes anything (groups also discuss what others do)."""
    if rng.random() < 0.3:
        return rng.choice(ALL_TOPICS)
    return rng.choice(TOPICS[rng.choice(keys)])


def title(rng: Random, subject: str, year: int) -> str:
    text = rng.choice(TITLES).format(t=subject, y=year)
    return text[0].upper() + text[1:]


def notes(rng: Random, subject: str, area: str) -> str:
    sentences = [f"{rng.choice(SPEAKERS)} redogjorde för {subject}."]
    if rng.random() < 0.6:
        sentences.append(f"Antalet {rng.choice(MEASURES)} har {rng.choice(TRENDS)} jämfört med föregående år.")
    if rng.random() < 0.5:
        sentences.append(f"Erfarenheterna från {area} visar att {rng.choice(INSIGHTS)}.")
    sentences.append(f"Gruppen diskuterade hur arbetet med {subject} kan samordnas mellan kommun och region.")
    if rng.random() < 0.4:
        sentences.append(f"Arbetet följs upp {rng.choice(WHEN)}.")
    text = " ".join(sentences)
    if rng.random() < 0.5:
        text += "\n" + "\n".join(f"- {point}" for point in rng.sample(POINTS, rng.randint(1, 3)))
    return text


def decision(rng: Random, subject: str, year: int) -> str:
    lines = [f"att anta {rng.choice(DECIDED_WHAT).format(t=subject, y=year)}"]
    if rng.random() < 0.6:
        task = rng.choice(TASKS).format(t=subject)
        lines.append(f"att uppdra åt {rng.choice(WHO)} att {task} {rng.choice(WHEN)}")
    return "\n".join(lines)


def action(rng: Random, subject: str) -> str:
    return rng.choice(ACTIONS).format(t=subject)
