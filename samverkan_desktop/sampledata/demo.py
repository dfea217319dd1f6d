# Over 400 lines: mostly data: the demo's groups, people and meetings written out as tables.
"""Demo data: the groups of the seed mandates (Göteborgsområdet, VGR, Sydöstra sjukvårdsregionen) with
their mandate facts as the documents state them, and members with invented names.

Everything is created through the ordinary service functions, so the demo obeys the same rules as a user.
Membership dates are relative to ``today``: current chairs are valid that day, earlier chairs of rotating
groups came from the other party, so no rotation warnings arise. Deterministic: no randomness.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select

from ..db.models import Group
from ..domain.enums import GroupKind, OrganisationKind, Recurrence, Role
from ..domain.errors import ConflictError
from ..services import UnitOfWork, publication
from ..services.dto import (
    GroupData,
    MandateData,
    MembershipData,
    OrganisationData,
    PersonData,
    ReportingDutyData,
)
from ..services.groups import create_group
from ..services.mandates import save_mandate
from ..services.memberships import save_membership
from ..services.organisations import create_organisation, list_organisations
from ..services.people import create_person
from ..services.publication import Render, awaiting_publication
from .demo_meetings import Step, add_demo_year, demo_year_steps

log = logging.getLogger(__name__)

NOT_EMPTY = "Databasen innehåller redan grupper; demodata läggs bara i en tom databas."


@dataclass(frozen=True)
class DemoSummary:
    organisations: int
    people: int
    groups: int
    memberships: int
    meetings: int = 0


R, K = OrganisationKind.REGION, OrganisationKind.KOMMUN
P, F = OrganisationKind.PRIVATE_PROVIDER, OrganisationKind.MUNICIPAL_ASSOCIATION

# key, name, short name, kind
ORGANISATIONS: tuple[tuple[str, str, str | None, OrganisationKind], ...] = (
    ("vgr", "Västra Götalandsregionen", "VGR", R),
    ("su", "Sahlgrenska Universitetssjukhuset", "SU", R),
    ("siv", "Sjukhusen i väster", "SiV", R),
    ("nu", "NU-sjukvården", "NU", R),
    ("skas", "Skaraborgs Sjukhus", "SkaS", R),
    ("sas", "Södra Älvsborgs Sjukhus", "SÄS", R),
    ("nh", "Närhälsan", None, R),
    ("hoh", "Habilitering och Hälsa", None, R),
    ("ftv", "Folktandvården Västra Götaland", "FTV", R),
    ("gbg", "Göteborgs Stad", None, K),
    ("mdl", "Mölndals stad", None, K),
    ("par", "Partille kommun", None, K),
    ("har", "Härryda kommun", None, K),
    ("gr", "Göteborgsregionen", "GR", F),
    ("vk", "VästKom", None, F),
    ("ps", "Västkustkliniken AB", None, P),
    ("pv", "Vårdcentralen Lyktan AB", None, P),
    ("rjl", "Region Jönköpings län", "RJL", R),
    ("rkl", "Region Kalmar län", None, R),
    ("rog", "Region Östergötland", None, R),
)

# key, invented name, title, employer
PEOPLE: tuple[tuple[str, str, str, str], ...] = (
    ("anna", "Anna Bergqvist", "Förvaltningschef", "gbg"),
    ("johan", "Johan Lindahl", "Sjukhusdirektör", "su"),
    ("eva", "Eva Nordin", "Områdeschef", "su"),
    ("mikael", "Mikael Sandberg", "Socialchef", "mdl"),
    ("sofia", "Sofia Wallin", "Områdeschef", "su"),
    ("henrik", "Henrik Dahlgren", "Sjukhusdirektör", "siv"),
    ("ulrika", "Ulrika Hedlund", "Verkställande direktör", "ps"),
    ("magnus", "Magnus Öberg", "Förvaltningschef", "hoh"),
    ("cecilia", "Cecilia Forsberg", "Områdeschef", "ftv"),
    ("lars", "Lars Engström", "Områdeschef", "nh"),
    ("helena", "Helena Strand", "Områdeschef", "nh"),
    ("jonas", "Jonas Ek", "Verksamhetschef", "pv"),
    ("ingrid", "Ingrid Malmberg", "Utvecklingsledare, koncernkontoret", "vgr"),
    ("fredrik", "Fredrik Nyström", "Förvaltningschef", "gbg"),
    ("linnea", "Linnea Sjöberg", "Förvaltningschef", "gbg"),
    ("oskar", "Oskar Hellström", "Avdelningschef", "gbg"),
    ("camilla", "Camilla Rosén", "Socialchef", "par"),
    ("birgitta", "Birgitta Lund", "Avdelningschef välfärd", "gr"),
    ("malin", "Malin Åberg", "Processledare LGS", "gbg"),
    ("elin", "Elin Sundqvist", "Verksamhetschef barn- och ungdomsmedicin", "su"),
    ("tobias", "Tobias Lindqvist", "Avdelningschef", "gbg"),
    ("sara", "Sara Blom", "Processledare", "gbg"),
    ("emma", "Emma Grahn", "Verksamhetschef BUP", "su"),
    ("niklas", "Niklas Westberg", "Verksamhetschef", "nh"),
    ("asa", "Åsa Lundgren", "Elevhälsochef", "mdl"),
    ("daniel", "Daniel Hagström", "Enhetschef", "par"),
    ("louise", "Louise Ekman", "Verksamhetschef", "nh"),
    ("jenny", "Jenny Holm", "Processledare", "vgr"),
    ("amir", "Amir Haddad", "Verksamhetschef medicin", "siv"),
    ("rebecka", "Rebecka Falk", "Sektorschef", "gbg"),
    ("gunnar", "Gunnar Wiklund", "Verksamhetschef vuxenpsykiatri", "su"),
    ("therese", "Therese Lundberg", "Avdelningschef socialpsykiatri", "gbg"),
    ("kristoffer", "Kristoffer Berg", "Processledare", "gbg"),
    ("nadia", "Nadia Karimi", "Verksamhetschef", "nh"),
    ("olof", "Per-Olof Mattsson", "Enhetschef socialpsykiatri", "har"),
    ("marie", "Marie Lindström", "Medicinskt ansvarig sjuksköterska", "mdl"),
    ("stefan", "Stefan Håkansson", "Verksamhetschef geriatrik", "su"),
    ("anneli", "Anneli Sjödin", "Processledare", "vgr"),
    ("yvonne", "Yvonne Nilsson", "Områdeschef hemtjänst", "gbg"),
    ("robert", "Robert Ahlin", "Verksamhetschef", "nh"),
    ("hanna", "Hanna Kjellberg", "Vårdcentralschef", "nh"),
    ("viktor", "Viktor Palm", "Sektorschef äldreomsorg", "gbg"),
    ("lisa", "Lisa Bengtsson", "Samordnare", "gbg"),
    ("olle", "Olle Strömberg", "Verksamhetschef", "pv"),
    ("josefin", "Josefin Myrén", "Klinikchef", "ftv"),
    ("karolina", "Karolina Dahl", "Avdelningschef", "gbg"),
    ("mats", "Mats Lindén", "Vårdcentralschef", "nh"),
    ("petra", "Petra Ståhl", "Folkhälsostrateg", "gbg"),
    ("johanna", "Johanna Vik", "Medicinskt ansvarig sjuksköterska", "gbg"),
    ("annika", "Annika Hammar", "Vårdcentralschef", "nh"),
    ("sofie", "Sofie Granqvist", "Verksamhetschef hälso- och sjukvård", "mdl"),
    ("tove", "Tove Ljung", "Samordnare", "mdl"),
    ("bjorn", "Björn Eklund", "Vårdcentralschef", "nh"),
    ("ingela", "Ingela Forsman", "Utvecklingsledare", "su"),
    ("carina", "Carina Wester", "Samordnare", "gbg"),
    ("pontus", "Pontus Lilja", "Enhetschef biståndshandläggning", "gbg"),
    ("maja", "Maja Sund", "Vårdenhetschef", "su"),
    ("ola", "Ola Björk", "Verksamhetschef barnmedicin", "su"),
    ("frida", "Frida Hultgren", "Koordinator, koncernkontoret", "vgr"),
    ("anders", "Anders Rydberg", "Verksamhetschef barn- och ungdomsmedicin", "skas"),
    ("pia", "Pia Hallberg", "Verksamhetschef barn- och ungdomsmedicin", "sas"),
    ("kerstin", "Kerstin Bodin", "Verksamhetschef", "hoh"),
    ("jessica", "Jessica Öhman", "Medicinskt ansvarig sjuksköterska", "har"),
    ("martin", "Martin Sjögren", "Verksamhetschef neonatologi", "su"),
    ("hedda", "Hedda Axelsson", "Vårdenhetschef neonatal", "nu"),
    ("jakob", "Jakob Fransson", "Verksamhetschef", "skas"),
    ("elsa", "Elsa Mörk", "Verksamhetschef", "sas"),
    ("klara", "Klara Svedberg", "Verksamhetschef kvinnosjukvård", "su"),
    ("hakan", "Håkan Ljungberg", "Utvecklingsdirektör", "rjl"),
    ("marita", "Marita Engdahl", "Chef kvalitet och utveckling", "rkl"),
    ("sven", "Sven Ohlsson", "Handläggare, regionsjukvårdsledningens stab", "rog"),
    ("tina", "Tina Bergman", "Enhetschef förbättringskunskap", "rjl"),
    ("gustav", "Gustav Norén", "Utvecklingsstrateg", "rkl"),
    ("amanda", "Amanda Lövgren", "Innovationsstrateg", "rog"),
    ("mattias", "Mattias Hedin", "Projektledare, koncernkontoret", "vgr"),
    ("sanna", "Sanna Wik", "Handläggare", "vk"),
    ("lotta", "Lotta Friberg", "Elevhälsochef", "har"),
    ("samir", "Samir Nasser", "Enhetschef individ- och familjeomsorg", "gbg"),
    ("ebba", "Ebba Thorsson", "Folkhälsostrateg", "mdl"),
)

ANNUAL, QUARTERLY = Recurrence.YEARLY, Recurrence.QUARTERLY
D_ANNUAL = ReportingDutyData("Årsrapport", ANNUAL, 2, 15, "LGS via kommunikatören, enligt årshjul")
D_INTERIM = ReportingDutyData("Delårsrapport", ANNUAL, 9, 15, "Samverkanstorg Live")
D_PLAN = ReportingDutyData("Handlingsplan", ANNUAL, 12, 15, "LGS; publiceras på webben")
D_FLAWS = ReportingDutyData("Kvartalsrapport brister i samverkan", QUARTERLY, 1, 15, "LGS")
SEO_WEB = "Regionsjukvårdsledningen; publiceras på sjukvårdsregionens webbplats"

GBG = MandateData(  # Uppdragsbeskrivning Kommun och sjukvård, Samverkan i Göteborgsområdet (seed 004)
    decided_on=date(2014, 3, 27),
    decided_by="Ledningsgruppen för samverkan (revideringar genom ordförandebeslut)",
    commissioned_by="Kommun och sjukvård, Samverkan i Göteborgsområdet",
    revision_dates=(date(2014, 12, 19), date(2016, 2, 25), date(2017, 5, 17), date(2019, 11, 14)),
    purpose="Samverkan mellan kommun och region ska utjämna skillnader i hälsa: insatserna samordnas "
            "och individanpassas så att den enskilde får vård, tandvård, stöd och omsorg av god kvalitet.",
    chair_rotates=True, substitutes_allowed=False, approval_days=14,
)
CONSENSUS = (" Beslut fattas i enighet; utan enighet återremitteras ärendet för förnyad beredning "
             "eller stryks. Ersättare utses inte.")
TEMA = replace(
    GBG, chair_term_months=18, reporting_duties=(D_PLAN, D_ANNUAL, D_INTERIM, D_FLAWS),
    assignment="Processorienterad temagrupp. Tar fram årliga handlingsplaner utifrån Samverkansplanen, "
               "har fullt mandat från LGS inom uppdragen och årsrapporterar till LGS. Ordförandeskapet "
               "innehas 1,5 år och roterar mellan kommun och region." + CONSENSUS,
)
NOSAM = replace(
    GBG, reporting_duties=(D_PLAN, D_ANNUAL, D_FLAWS),
    assignment="Operativ närområdessamverkan. Tar fram egen handlingsplan och är styrgrupp för lokalt "
               "Västbusarbete; frågor som inte går att lösa lyfts till temagrupperna. Ordförande utses "
               "inom gruppen och roterar mellan kommun och region." + CONSENSUS,
)
VGR_DIRECTOR = "Hälso- och sjukvårdsutvecklingsdirektören, VGR"
SEO_BOARD = "Regionsjukvårdsledningen, Sydöstra sjukvårdsregionen"
MANDATES: dict[str, MandateData] = {
    "lgs": replace(
        GBG, meetings_min=4, chair_term_months=24, reporting_duties=(D_ANNUAL, D_INTERIM, D_FLAWS),
        assignment="Strategisk övergripande nivå. Beslutar om temagruppernas handlingsplaner, utser "
                   "representanter till temagrupper och arbetsgrupper och hanterar frågor som lyfts av "
                   "temagrupper och NOSAM. Ordförandeskapet innehas två år och roterar mellan kommun och "
                   "region; vice ordförande kommer från den andra huvudmannen." + CONSENSUS,
    ),
    "ber": replace(
        GBG, meetings_min=6, meetings_max=8, chair_term_months=24,
        assignment="Operativ ledning för LGS: bereder ärenden från länsgemensamma grupper, temagrupper och "
                   "NOSAM till LGS och fastställer agendan till LGS möten. Består av LGS presidium och "
                   "processledare; temagruppernas ordförande bjuds in.",
    ),
    "tg": TEMA,
    "nosam": NOSAM,
    "samsa": MandateData(
        commissioned_by="LGS Beredningsgrupp",
        purpose="Bidra till utveckling av samverkan vid in- och utskrivning från sluten hälso- och sjukvård.",
        assignment="Arbetsgrupp underställd LGS Beredningsgrupp: arbetar med rutin för avvikelser med fokus "
                   "på övergripande systemfel i samverkan och är stöd/referensgrupp för temagruppernas "
                   "arbete. Egen uppdragshandling: www.vardsamverkan.se/goteborgsomradet/ugsamsa",
        approval_days=14,
    ),
    "sor": MandateData(
        reference="RS 2024-00784", decided_by=VGR_DIRECTOR, commissioned_by=VGR_DIRECTOR,
        purpose="Samverka inom ansvarsområdet för att tillgodose invånarnas behov av hälso- och sjukvård "
                "och bidra till utvecklingen av hälso- och sjukvården i VGR.",
        assignment="Samordna det koncerngemensamma arbetet inom verksamhet barn. Ordförande utses av "
                   "koncernledning hälso- och sjukvård; deltagarna är chefer utsedda av respektive "
                   "förvaltningschef. Beslut fattas inom varje deltagares mandat; saknas mandat eskaleras "
                   "frågan.",
        meetings_min=4, meetings_max=8, approval_days=14,
    ),
    "neo": MandateData(
        reference="RS 2023-04038", decided_on=date(2023, 6, 21),
        decided_by=VGR_DIRECTOR + ", efter ställningstagande i koncernledning hälso- och sjukvård",
        commissioned_by="Samordningsråd barn",
        purpose="Samordna det koncerngemensamma arbetet inom neonatalvård och vara stöd/referensgrupp "
                "till koncernledning hälso- och sjukvård.",
        assignment="Arbetsgrupp under SOR barn. Möts digitalt när så är möjligt; mötesanteckningar förs "
                   "vid alla ordinarie möten, godkänns av ordförande och publiceras på intranätet. "
                   "Undergrupper beslutas av ordförande.",
        meetings_min=4, meetings_max=8, approval_days=14,
    ),
    "seo": MandateData(
        decided_by=SEO_BOARD, commissioned_by=SEO_BOARD,
        purpose="Kunskapsbaserad, jämlik och resurseffektiv vård: stödja processledning, implementering, "
                "verksamhetsutveckling och innovation i kunskapsstyrningsarbetet.",
        assignment="Ordförandeskapet roterar i tvåårsperioder mellan Region Jönköpings län, Region Kalmar "
                   "län och Region Östergötland. Arbetsgrupper organiseras vid behov för särskilda uppdrag.",
        chair_term_months=24, approval_days=14,
        reporting_duties=(ReportingDutyData("Handlingsplan", ANNUAL, 1, 31, SEO_WEB),
                          ReportingDutyData("Årsrapport", ANNUAL, 3, 31, SEO_WEB)),
    ),
    "ref": MandateData(
        decided_on=date(2018, 4, 5),
        decided_by="Hälso- och sjukvårdsdirektören (VGR) och direktören för VästKom",
        commissioned_by="VästKom och VGR/Koncernkontoret",
        purpose="Medverka i framtagande av regional utvecklingsplan för barn och ungas hälso- och sjukvård "
                "för en jämlik vård där allas perspektiv tas tillvara.",
        assignment="Tidsbegränsad referensgrupp 2018: två träffar per termin à cirka tre timmar, uppstart "
                   "våren och summering hösten 2018. Projektledaren överenskommer om arbetsformer.",
        meetings_min=4, meetings_max=4,
    ),
}

G = GroupKind
GBG_WEB = "www.vardsamverkan.se/goteborgsomradet/"
VGR_WEB = "Intranätet (VGR)"
REF_PERIOD = (date(2018, 4, 5), date(2018, 12, 31))
# key, name, short name, kind, parent, mandate, months into the chair's term, term in months, published at
GROUPS: tuple[tuple[str, str, str | None, GroupKind, str | None, str, int, int, str | None], ...] = (
    ("lgs", "Ledningsgrupp för samverkan i Göteborgsområdet", "LGS", G.MANAGEMENT_GROUP, None, "lgs", 9, 24,
     GBG_WEB),
    ("ber", "LGS Beredningsgrupp", "Beredningsgrupp", G.PREPARATION_GROUP, "lgs", "ber", 9, 24, GBG_WEB),
    ("tg_bu", "Temagrupp Barn och unga", "TG Barn och unga", G.THEME_GROUP, "lgs", "tg", 5, 18, GBG_WEB),
    ("tg_mil", "Temagrupp Mitt i livet", "TG Mitt i livet", G.THEME_GROUP, "lgs", "tg", 11, 18, GBG_WEB),
    ("tg_psy", "Temagrupp Psykiatri", "TG Psykiatri", G.THEME_GROUP, "lgs", "tg", 3, 18, GBG_WEB),
    ("tg_aldre", "Temagrupp Äldre", "TG Äldre", G.THEME_GROUP, "lgs", "tg", 14, 18, GBG_WEB),
    ("nosam_c", "NOSAM Centrum", None, G.NOSAM, "lgs", "nosam", 7, 24, GBG_WEB + "nosam-centrum"),
    ("nosam_h", "NOSAM Hisingen", None, G.NOSAM, "lgs", "nosam", 13, 24, GBG_WEB + "nosam-hisingen"),
    ("nosam_m", "NOSAM Mölndal", None, G.NOSAM, "lgs", "nosam", 2, 24, GBG_WEB + "nosam-molndal"),
    ("samsa", "Utvecklingsgrupp SAMSA", "UG SAMSA", G.WORKING_GROUP, "ber", "samsa", 6, 24,
     GBG_WEB + "ugsamsa"),
    ("sor", "Samordningsråd barn", "SOR barn", G.COORDINATION_COUNCIL, None, "sor", 20, 36, VGR_WEB),
    ("neo", "Samordningsgrupp för neonatalvården", "SG neonatal", G.COORDINATION_GROUP, "sor", "neo", 10, 24,
     VGR_WEB),
    ("seo", "Regional samverkansgrupp stöd för utveckling", "RSG stöd för utveckling",
     G.REGIONAL_COLLABORATION_GROUP, None, "seo", 15, 24, "Sydöstra sjukvårdsregionens webbplats"),
    ("ref", "Kommunal referensgrupp för regional utvecklingsplan för barn och ungas hälso- och sjukvård",
     "Kommunal referensgrupp barn 2018", G.REFERENCE_GROUP, None, "ref", 0, 12, None),
)

# Seat tokens: the role, and when the seat is held relative to the current chair's term.
PREV_CHAIR, PREV_VICE, CHAIR, VICE = "prev_chair", "prev_vice", "chair", "vice"
MEMBER, ADJ, PL, COORD, SECR = "member", "adjunct", "process_leader", "coordinator", "secretary"
FORMER = "former"  # a previous chair or vice chair who stays on as an ordinary member
ROLES = {PREV_CHAIR: Role.CHAIR, PREV_VICE: Role.VICE_CHAIR, CHAIR: Role.CHAIR, VICE: Role.VICE_CHAIR,
         MEMBER: Role.MEMBER, FORMER: Role.MEMBER, ADJ: Role.ADJUNCT, PL: Role.PROCESS_LEADER,
         COORD: Role.COORDINATOR, SECR: Role.SECRETARY}
SUPPORT = (PL, COORD, SECR)  # support roles represent no party

LGS_PRESIDIUM = ((PREV_CHAIR, "eva"), (PREV_VICE, "mikael"), (CHAIR, "anna"), (VICE, "johan"), (PL, "malin"))
SEATS: dict[str, tuple[tuple[str, str], ...]] = {
    # The seat table of seed 004: SU 3, SiV 1, private hospitals 1, Hab. och Hälsa 1, tandvård 1,
    # Närhälsan 2, private vårdcentraler 1, koncernkontoret 1, Göteborgs Stad 4, kranskommunerna 2,
    # GR adjunct, processledare.
    "lgs": (*LGS_PRESIDIUM, *((MEMBER, p) for p in (
        "sofia", "henrik", "ulrika", "magnus", "cecilia", "lars", "helena", "jonas", "ingrid",
        "fredrik", "linnea", "oskar", "camilla",
    )), (FORMER, "eva"), (FORMER, "mikael"), (ADJ, "birgitta")),
    "ber": (*LGS_PRESIDIUM, (ADJ, "tobias"), (ADJ, "louise"), (ADJ, "therese"), (ADJ, "stefan")),
    "tg_bu": ((PREV_CHAIR, "elin"), (CHAIR, "tobias"), (PL, "sara"), (FORMER, "elin"), (MEMBER, "emma"),
              (MEMBER, "niklas"), (MEMBER, "asa")),
    "tg_mil": ((PREV_CHAIR, "daniel"), (CHAIR, "louise"), (PL, "jenny"), (FORMER, "daniel"), (MEMBER, "amir"),
               (MEMBER, "rebecka")),
    "tg_psy": ((PREV_CHAIR, "gunnar"), (CHAIR, "therese"), (PL, "kristoffer"), (FORMER, "gunnar"),
               (MEMBER, "nadia"), (MEMBER, "olof")),
    "tg_aldre": ((PREV_CHAIR, "marie"), (CHAIR, "stefan"), (PL, "anneli"), (FORMER, "marie"),
                 (MEMBER, "yvonne"), (MEMBER, "robert")),
    "nosam_c": ((PREV_CHAIR, "hanna"), (CHAIR, "viktor"), (SECR, "lisa"), (FORMER, "hanna"), (MEMBER, "olle"),
                (MEMBER, "josefin"), (MEMBER, "rebecka")),
    "nosam_h": ((PREV_CHAIR, "karolina"), (CHAIR, "mats"), (SECR, "petra"), (FORMER, "karolina"),
                (MEMBER, "josefin"), (MEMBER, "johanna")),
    "nosam_m": ((PREV_CHAIR, "annika"), (CHAIR, "sofie"), (SECR, "tove"), (FORMER, "annika"),
                (MEMBER, "bjorn"), (MEMBER, "asa")),
    "samsa": ((CHAIR, "ingela"), (COORD, "carina"), (MEMBER, "pontus"), (MEMBER, "maja"), (MEMBER, "marie"),
              (MEMBER, "anneli")),
    "sor": ((CHAIR, "ola"), (COORD, "frida"), (MEMBER, "emma"), (MEMBER, "anders"), (MEMBER, "pia"),
            (MEMBER, "kerstin"), (MEMBER, "niklas"), (ADJ, "jessica")),
    "neo": ((CHAIR, "martin"), (COORD, "frida"), (MEMBER, "hedda"), (MEMBER, "jakob"), (MEMBER, "elsa"),
            (ADJ, "klara")),
    "seo": ((PREV_CHAIR, "hakan"), (CHAIR, "marita"), (COORD, "sven"), (FORMER, "hakan"), (MEMBER, "tina"),
            (MEMBER, "gustav"), (MEMBER, "amanda")),
    "ref": ((CHAIR, "mattias"), (SECR, "sanna"), (MEMBER, "marie"), (MEMBER, "lotta"), (MEMBER, "samir"),
            (MEMBER, "ebba")),
}
FIXED_PERIODS = {"ref": REF_PERIOD}  # time-boxed groups: every seat for the group's whole active period

_ASCII = str.maketrans("åäöéüÅÄÖÉÜ", "aaoeuAAOEU")


#: progress(done, total, what): how far the demo is, and what it is doing (the GUI's progress dialog).
Progress = Callable[[int, int, str], object]


def has_register_data(uow: UnitOfWork) -> bool:
    """True if any group exists (the register is in use and demo data would mix with real data)."""
    with uow:
        return uow.session.scalar(select(Group.id).limit(1)) is not None


def create_demo_data(uow: UnitOfWork, today: date | None = None, publish: Render | None = None,
                     progress: Progress | None = None) -> DemoSummary:
    """Fill an empty register with the groups of the seed mandates. Raises ConflictError if groups exist.
    With ``publish`` (an exporter, see services/publication.py), each group's oldest approved minutes are
    published, so that minutes in every state are there to look at. ``progress(done, total, what)`` is told each
    step (the demo takes seconds: the GUI shows a progress bar); it cannot stop the demo half-way."""
    total = 1 + len(GROUPS) + demo_year_steps() + (1 if publish is not None else 0) + 1
    done = 0

    def step(what: str) -> None:
        nonlocal done
        if progress is not None:
            progress(done, total, what)
        done = min(done + 1, total)

    with uow:  # one transaction: all of the demo or none of it, and one disk sync instead of hundreds
        summary = _create(uow, today or date.today(), step)
        if publish is not None:
            step("Publicerar de äldsta godkända anteckningarna…")
            _publish_oldest(uow, publish)
        step("Sparar…")
        uow.commit()
    if progress is not None:
        progress(total, total, "Klart.")
    return summary


def _publish_oldest(uow: UnitOfWork, render: Render) -> None:
    seen: set[int] = set()
    for meeting in awaiting_publication(uow):
        if meeting.group_id not in seen:
            seen.add(meeting.group_id)
            publication.publish(uow, meeting.id, render)


def _create(uow: UnitOfWork, today: date, step: Step) -> DemoSummary:
    if has_register_data(uow):
        raise ConflictError(NOT_EMPTY)
    step("Lägger in organisationer och personer…")
    orgs = _organisations(uow)
    employers = {key: orgs[employer] for key, _, _, employer in PEOPLE}
    people = {
        key: create_person(uow, PersonData(name, title, _email(name), employer_id=orgs[employer])).id
        for key, name, title, employer in PEOPLE
    }
    groups: dict[str, int] = {}
    memberships = 0
    for key, name, short, kind, parent, mandate, elapsed, term, published in GROUPS:
        step(f"Lägger in {name} med uppdrag och medlemmar…")
        active = FIXED_PERIODS.get(key, (None, None))
        groups[key] = create_group(uow, GroupData(
            name, kind, short, groups[parent] if parent else None, active[0], active[1], published,
        )).id
        save_mandate(uow, groups[key], MANDATES[mandate], new_version=False)
        for token, person in SEATS[key]:
            valid_from, valid_to = active if key in FIXED_PERIODS else _period(token, today, elapsed, term)
            represents = None if token in SUPPORT else employers[person]
            result = save_membership(uow, MembershipData(
                people[person], groups[key], ROLES[token], represents, valid_from, valid_to,
            ))
            memberships += 1
            for warning in result.warnings:
                log.warning("Demodata, %s: %s", name, warning)
    held = add_demo_year(uow, groups, today, step)
    return DemoSummary(organisations=len(orgs), people=len(people), groups=len(groups),
                       memberships=memberships, meetings=held)


def _organisations(uow: UnitOfWork) -> dict[str, int]:
    """Create the organisations, reusing any that already exist under the same name (case-insensitive)."""
    existing = {o.name.casefold(): o.id for o in list_organisations(uow)}
    return {
        key: existing.get(name.casefold()) or create_organisation(uow, OrganisationData(name, kind, short)).id
        for key, name, short, kind in ORGANISATIONS
    }


def _period(token: str, today: date, elapsed: int, term: int) -> tuple[date, date | None]:
    """Dates of a seat: the current term began ``elapsed`` months ago; the previous one lasted ``term``
    months before it; ordinary members have sat since the previous term began."""
    current = _month_start(today, -elapsed)
    previous = _month_start(today, -elapsed - term)
    if token in (PREV_CHAIR, PREV_VICE):
        return previous, current - timedelta(days=1)
    if token in (CHAIR, VICE, FORMER):
        return current, None
    return previous, None


def _month_start(day: date, months: int) -> date:
    """The first day of the month ``months`` away from ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _email(name: str) -> str:
    return name.translate(_ASCII).lower().replace(" ", ".") + "@exempel.se"
