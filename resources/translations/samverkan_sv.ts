<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
    <context>
        <name>App</name>
        <message>
            <source>Database: %1</source>
            <translation>Databas: %1</translation>
        </message>
        <message>
            <source>The database is empty. Add demo data: the groups of Göteborgsområdet, VGR and the South-east healthcare region with their mandates and invented members?</source>
            <translation>Databasen är tom. Vill du lägga in demodata: grupperna i Göteborgsområdet, VGR och Sydöstra sjukvårdsregionen med deras uppdragshandlingar och påhittade medlemmar?</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>ÅÅÅÅ-MM-DD</translation>
        </message>
    </context>
    <context>
        <name>GroupDialog</name>
        <message>
            <source>Edit group</source>
            <translation>Redigera grupp</translation>
        </message>
        <message>
            <source>New group</source>
            <translation>Ny grupp</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Kortnamn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Rapporterar till</translation>
        </message>
        <message>
            <source>(no one: top level)</source>
            <translation>(ingen: översta nivån)</translation>
        </message>
        <message>
            <source>Active from</source>
            <translation>Aktiv från</translation>
        </message>
        <message>
            <source>Active to</source>
            <translation>Aktiv till</translation>
        </message>
        <message>
            <source>Minutes published at</source>
            <translation>Anteckningar publiceras på</translation>
        </message>
        <message>
            <source>Web address or intranet page</source>
            <translation>Webbadress eller intranätsida</translation>
        </message>
    </context>
    <context>
        <name>GroupPage</name>
        <message>
            <source>Edit group…</source>
            <translation>Redigera grupp…</translation>
        </message>
        <message>
            <source>Edit mandate…</source>
            <translation>Redigera uppdragshandling…</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Översikt</translation>
        </message>
        <message>
            <source>Only current members</source>
            <translation>Bara nuvarande medlemmar</translation>
        </message>
        <message>
            <source>Add member…</source>
            <translation>Lägg till medlem…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ändra…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmar</translation>
        </message>
        <message>
            <source>Add mandate…</source>
            <translation>Lägg in uppdragshandling…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Rapporterar till</translation>
        </message>
        <message>
            <source>(top level)</source>
            <translation>(översta nivån)</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Ordförande</translation>
        </message>
        <message>
            <source>Vice chair</source>
            <translation>Vice ordförande</translation>
        </message>
        <message>
            <source>Current members</source>
            <translation>Nuvarande medlemmar</translation>
        </message>
        <message>
            <source>Minutes published at</source>
            <translation>Anteckningar publiceras på</translation>
        </message>
        <message>
            <source>Sub-groups</source>
            <translation>Undergrupper</translation>
        </message>
        <message>
            <source>Mandate</source>
            <translation>Uppdragshandling</translation>
        </message>
        <message>
            <source>No mandate recorded.</source>
            <translation>Ingen uppdragshandling registrerad.</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Uppdragsbeskrivning</translation>
        </message>
        <message>
            <source>Reporting duties</source>
            <translation>Rapportering</translation>
        </message>
        <message>
            <source>version %1 of %2</source>
            <translation>version %1 av %2</translation>
        </message>
        <message>
            <source>at least %1</source>
            <translation>minst %1</translation>
        </message>
        <message>
            <source>at most %1</source>
            <translation>högst %1</translation>
        </message>
        <message>
            <source>Registry reference</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Beslutad</translation>
        </message>
        <message>
            <source>Commissioned by</source>
            <translation>Uppdragsgivare</translation>
        </message>
        <message>
            <source>Meetings per year</source>
            <translation>Möten per år</translation>
        </message>
        <message>
            <source>Chair's term</source>
            <translation>Ordförandens mandatperiod</translation>
        </message>
        <message>
            <source>%1 months</source>
            <translation>%1 månader</translation>
        </message>
        <message>
            <source>Chair rotates between municipality and region</source>
            <translation>Ordförandeskapet roterar mellan kommun och region</translation>
        </message>
        <message>
            <source>Substitutes allowed</source>
            <translation>Ersättare tillåtna</translation>
        </message>
        <message>
            <source>Days for the chair to approve minutes</source>
            <translation>Dagar för ordförandens godkännande</translation>
        </message>
        <message>
            <source>Revised</source>
            <translation>Reviderad</translation>
        </message>
        <message>
            <source>, until %1</source>
            <translation>, till och med %1</translation>
        </message>
        <message>
            <source>Remove membership</source>
            <translation>Ta bort medlemskap</translation>
        </message>
        <message>
            <source>Remove %1 from the group? To keep the history, set an end date instead.</source>
            <translation>Ta bort %1 ur gruppen? Sätt hellre ett slutdatum om historiken ska finnas kvar.</translation>
        </message>
        <message>
            <source>Could not remove</source>
            <translation>Kunde inte ta bort</translation>
        </message>
    </context>
    <context>
        <name>GroupTreeModel</name>
        <message>
            <source>Group</source>
            <translation>Grupp</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Medlemmar</translation>
        </message>
        <message>
            <source>no chair</source>
            <translation>ingen ordförande</translation>
        </message>
        <message>
            <source>%1
Chair: %2</source>
            <translation>%1
Ordförande: %2</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <source>Private care provider</source>
            <translation>Privat vårdgivare</translation>
        </message>
        <message>
            <source>Association of municipalities</source>
            <translation>Kommunalförbund</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Annan</translation>
        </message>
        <message>
            <source>Coordination council</source>
            <translation>Samordningsråd</translation>
        </message>
        <message>
            <source>Coordination group</source>
            <translation>Samordningsgrupp</translation>
        </message>
        <message>
            <source>Regional collaboration group</source>
            <translation>Regional samverkansgrupp</translation>
        </message>
        <message>
            <source>Management group</source>
            <translation>Ledningsgrupp</translation>
        </message>
        <message>
            <source>Preparation group</source>
            <translation>Beredningsgrupp</translation>
        </message>
        <message>
            <source>Theme group</source>
            <translation>Temagrupp</translation>
        </message>
        <message>
            <source>Local area collaboration (NOSAM)</source>
            <translation>Närområdessamverkan (NOSAM)</translation>
        </message>
        <message>
            <source>Reference group</source>
            <translation>Referensgrupp</translation>
        </message>
        <message>
            <source>Working group</source>
            <translation>Arbetsgrupp</translation>
        </message>
        <message>
            <source>Other group</source>
            <translation>Annan grupp</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Ordförande</translation>
        </message>
        <message>
            <source>Vice chair</source>
            <translation>Vice ordförande</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Ledamot</translation>
        </message>
        <message>
            <source>Co-opted member</source>
            <translation>Adjungerad</translation>
        </message>
        <message>
            <source>Process leader</source>
            <translation>Processledare</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>Koordinator</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Sekreterare</translation>
        </message>
        <message>
            <source>Yearly</source>
            <translation>Årligen</translation>
        </message>
        <message>
            <source>Quarterly</source>
            <translation>Kvartalsvis</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nej</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter groups…</source>
            <translation>Filtrera grupper…</translation>
        </message>
        <message>
            <source>Choose a group in the list, or create one with “New group”.</source>
            <translation>Välj en grupp i listan, eller skapa en med ”Ny grupp”.</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisationer</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>New group…</source>
            <translation>Ny grupp…</translation>
        </message>
        <message>
            <source>New sub-group…</source>
            <translation>Ny undergrupp…</translation>
        </message>
        <message>
            <source>New organisation…</source>
            <translation>Ny organisation…</translation>
        </message>
        <message>
            <source>New person…</source>
            <translation>Ny person…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Inställningar…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Avsluta</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>Om %1</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Register</source>
            <translation>&amp;Register</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>Meetings, minutes and decisions of coordination groups in health care.</source>
            <translation>Möten, minnesanteckningar och beslut i samverkansgrupper inom hälso- och sjukvården.</translation>
        </message>
    </context>
    <context>
        <name>MandateDialog</name>
        <message>
            <source>Mandate</source>
            <translation>Uppdragshandling</translation>
        </message>
        <message>
            <source>Registry reference</source>
            <translation>Diarienummer</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Beslutad den</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Beslutad av</translation>
        </message>
        <message>
            <source>Commissioned by</source>
            <translation>Uppdragsgivare</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Syfte</translation>
        </message>
        <message>
            <source>Assignment</source>
            <translation>Uppdragsbeskrivning</translation>
        </message>
        <message>
            <source>Meetings per year, at least</source>
            <translation>Möten per år, minst</translation>
        </message>
        <message>
            <source>Meetings per year, at most</source>
            <translation>Möten per år, högst</translation>
        </message>
        <message>
            <source>Chair's term (months)</source>
            <translation>Ordförandens mandatperiod (månader)</translation>
        </message>
        <message>
            <source>Chair rotates between municipality and region</source>
            <translation>Ordförandeskapet roterar mellan kommun och region</translation>
        </message>
        <message>
            <source>Substitutes allowed</source>
            <translation>Ersättare tillåtna</translation>
        </message>
        <message>
            <source>Days for the chair to approve minutes</source>
            <translation>Dagar för ordförandens godkännande</translation>
        </message>
        <message>
            <source>Revised on</source>
            <translation>Reviderad den</translation>
        </message>
        <message>
            <source>Dates separated by commas, e.g. 2016-02-25, 2019-11-14</source>
            <translation>Datum åtskilda med kommatecken, t.ex. 2016-02-25, 2019-11-14</translation>
        </message>
        <message>
            <source>Add report</source>
            <translation>Lägg till rapport</translation>
        </message>
        <message>
            <source>Remove report</source>
            <translation>Ta bort rapport</translation>
        </message>
        <message>
            <source>Reporting duties</source>
            <translation>Rapportering</translation>
        </message>
        <message>
            <source>Save as a new version (the mandate was revised)</source>
            <translation>Spara som ny version (uppdragshandlingen har reviderats)</translation>
        </message>
        <message>
            <source>Mandate, version %1</source>
            <translation>Uppdragshandling, version %1</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Årsrapport</translation>
        </message>
    </context>
    <context>
        <name>MembershipDialog</name>
        <message>
            <source>Edit membership</source>
            <translation>Ändra medlemskap</translation>
        </message>
        <message>
            <source>New membership</source>
            <translation>Nytt medlemskap</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(välj)</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Represents</source>
            <translation>Företräder</translation>
        </message>
        <message>
            <source>(no party)</source>
            <translation>(ingen part)</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Check before saving</source>
            <translation>Kontrollera innan du sparar</translation>
        </message>
        <message>
            <source>Save anyway?</source>
            <translation>Spara ändå?</translation>
        </message>
    </context>
    <context>
        <name>OrganisationDialog</name>
        <message>
            <source>Edit organisation</source>
            <translation>Redigera organisation</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Ny organisation</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Kortnamn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>Edit person</source>
            <translation>Redigera person</translation>
        </message>
        <message>
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ingen)</translation>
        </message>
        <message>
            <source>Personal data: used for invitations, never published.</source>
            <translation>Personuppgift: används för inbjudningar, publiceras aldrig.</translation>
        </message>
    </context>
    <context>
        <name>RegisterModels</name>
        <message>
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Roll</translation>
        </message>
        <message>
            <source>Represents</source>
            <translation>Företräder</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Från</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Kortnamn</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Arbetsgivare</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-post</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Filter…</source>
            <translation>Filtrera…</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Ny…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Ändra…</translation>
        </message>
    </context>
    <context>
        <name>ReportingDutyTableModel</name>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>Recurs</source>
            <translation>Återkommer</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Månad</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Mottagare</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ditt namn</translation>
        </message>
        <message>
            <source>A new language is used from the next start.</source>
            <translation>Nytt språk används från nästa start.</translation>
        </message>
    </context>
</TS>
