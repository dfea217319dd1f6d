"""Messages of samverkan_desktop.export: id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "export.approval_record.godkannandeposten_ar_for_stor": (
        "Godkännandeposten är för stor.",
        "The approval record is too large."),
    "export.docx_base.mallen_saknar_formatmallen_exporten": (
        "Mallen {label} saknar formatmallen {missing}, som exporten behöver. Använd formatet en gång i mallen i Word "
        "(då sparas det i filen) och spara mallen igen.",
        "The template {label} lacks the style {missing}, which the export needs. Use the style once in the template "
        "in Word (that saves it in the file) and save the template again."),
    "export.docx_base.mallen_finns_langre_valj": (
        "Mallen {label} finns inte längre. Välj en annan mall.",
        "The template {label} no longer exists. Choose another template."),
    "export.docx_base.mallen_gar_lasa_behorighet": (
        "Mallen {label} går inte att läsa: behörighet saknas.",
        "The template {label} cannot be read: permission denied."),
    "export.docx_base.mallen_gar_lasa": (
        "Mallen {label} går inte att läsa.",
        "The template {label} cannot be read."),
    "export.eml.e_postadressen_for_ar": (
        "E-postadressen {person_email!r} för {person_name} är inte giltig. Rätta den i personregistret.",
        "The email address {person_email!r} for {person_name} is not valid. Correct it in the people register."),
    "export.ics.motet_maste_sluta_efter": (
        "Mötet måste sluta efter att det har börjat.",
        "The meeting must end after it has started."),
    "export.ics.kalenderinbjudans_versionsnummer_vara_negativt": (
        "Kalenderinbjudans versionsnummer kan inte vara negativt.",
        "The calendar invitation's version number cannot be negative."),
    "export.ics.kalenderinbjudan_saknar_id_uid": (
        "Kalenderinbjudan saknar ett id (UID).",
        "The calendar invitation has no id (UID)."),
    "export.ics.saknar_tidszon_kalenderfilen_skapas": (
        "{what} saknar tidszon; kalenderfilen kan inte skapas.",
        "{what} has no time zone; the calendar file cannot be made."),
    "export.ics.saknar_giltig_e_postadress": (
        "{who} saknar en giltig e-postadress; kalenderfilen kan inte skapas.",
        "{who} has no valid email address; the calendar file cannot be made."),
    "export.meeting_pack.innehallsforteckningens_sidnummer_gick_rakna": (
        "Innehållsförteckningens sidnummer gick inte att räkna ut; inga möteshandlingar har sparats.",
        "The page numbers of the table of contents could not be worked out; no meeting documents have been saved."),
    "export.meeting_pack.inga_sidor": (
        "{what} har inga sidor; inga möteshandlingar har sparats.",
        "{what} has no pages; no meeting documents have been saved."),
    "export.meeting_pack.ar_losenordsskyddad_tas": (
        "{what} är lösenordsskyddad och kan inte tas med; inga möteshandlingar har sparats.",
        "{what} is password-protected and cannot be included; no meeting documents have been saved."),
    "export.meeting_pack.ar_ingen_lasbar_pdf": (
        "{what} är ingen läsbar PDF; inga möteshandlingar har sparats.",
        "{what} is not a readable PDF; no meeting documents have been saved."),
    "export.meeting_pack.ar_ingen_lasbar_bild": (
        "{what} är ingen läsbar bild; inga möteshandlingar har sparats.",
        "{what} is not a readable image; no meeting documents have been saved."),
    "export.pdf_base.pdf_filen_skapades_gar": (
        "PDF-filen som skapades går inte att läsa ({exc}); ingen PDF har sparats.",
        "The PDF file that was made cannot be read ({exc}); no PDF has been saved."),
    "export.pdf_libreoffice.libreoffice_kunde_startas_ingen": (
        "LibreOffice kunde inte startas ({value}); ingen PDF har sparats.",
        "LibreOffice could not be started ({value}); no PDF has been saved."),
    "export.pdf_libreoffice.pdf_omvandlingen_tog_langre": (
        "PDF-omvandlingen tog längre tid än {timeout:g} sekunder och avbröts; ingen PDF har sparats.",
        "The PDF conversion took longer than {timeout:g} seconds and was stopped; no PDF has been saved."),
    "export.pdf_word.microsoft_word_kunde_startas": (
        "Microsoft Word kunde inte startas för att göra PDF ({exc}); ingen PDF har sparats.",
        "Microsoft Word could not be started to make a PDF ({exc}); no PDF has been saved."),
    "export.pdf.setting_not_a_program": (
        "PDF kräver LibreOffice, men inställningen {setting} pekar på {program}, som inte är ett program som går att "
        "starta.",
        "PDF needs LibreOffice, but the setting {setting} points to {program}, which is not a program that can be "
        "started."),
    "export.pdf.neither_libreoffice_nor_word": (
        "PDF kräver LibreOffice eller Microsoft Word, och inget av dem finns på den här datorn. Installera "
        "LibreOffice (gratis) för att kunna spara PDF.",
        "PDF needs LibreOffice or Microsoft Word, and neither is on this computer. Install LibreOffice (free) to be "
        "able to save PDF."),
    "export.pdf.no_libreoffice": (
        "PDF kräver LibreOffice, som inte finns på den här datorn. Installera LibreOffice (programmet soffice) för "
        "att kunna spara PDF.",
        "PDF needs LibreOffice, which is not on this computer. Install LibreOffice (the program soffice) to be able "
        "to save PDF."),
    "export.pdf.needs_libreoffice": (
        "PDF kräver LibreOffice.",
        "PDF needs LibreOffice."),
    "export.convert_batch.not_converted": (
        "{name} kunde inte göras om till PDF.",
        "{name} could not be converted to PDF."),
    "export.pdf_libreoffice.failed": (
        "LibreOffice kunde inte göra om dokumentet till PDF (felkod {code}); ingen PDF har sparats.",
        "LibreOffice could not convert the document to PDF (error code {code}); no PDF has been saved."),
    "export.pdf_libreoffice.failed_saying": (
        "LibreOffice kunde inte göra om dokumentet till PDF (felkod {code}); ingen PDF har sparats. Meddelande: "
        "{detail}",
        "LibreOffice could not convert the document to PDF (error code {code}); no PDF has been saved. Message: "
        "{detail}"),
    "export.ics.start": (
        "Mötets starttid",
        "The meeting's start time"),
    "export.ics.end": (
        "Mötets sluttid",
        "The meeting's end time"),
    "export.ics.stamp": (
        "Tidsstämpeln",
        "The time stamp"),
    "export.ics.organizer": (
        "Mötesarrangören",
        "The organiser"),
    "export.ics.attendee": (
        "En deltagare",
        "An attendee"),
    "export.pdf_base.pdf_omvandlingen_avbrots_ingen": (
        "PDF-omvandlingen avbröts; ingen PDF har sparats för det som återstod.",
        "The PDF conversion was stopped; no PDF has been saved for what remained."),
    "export.pdf_libreoffice.ar_dokument_libreoffice_gora": (
        "{source_name} är inte ett dokument som LibreOffice kan göra PDF av.",
        "{source_name} is not a document LibreOffice can make a PDF of."),
    "export.pdf_word.ar_word_dokument_microsoft": (
        "{source_name} är inte ett Word-dokument; Microsoft Word kan bara göra PDF av Word-dokument.",
        "{source_name} is not a Word document; Microsoft Word can only make PDFs of Word documents."),
    "export.pdf_word.dokumentet_kunde_lasas_sa": (
        "Dokumentet {source_name} kunde inte läsas, så det kan inte bli en PDF.",
        "The document {source_name} could not be read, so it cannot become a PDF."),
    "export.pdf_word.microsoft_word_kunde_gora": (
        "Microsoft Word kunde inte göra PDF av {source_name} ({exc}); ingen PDF har sparats.",
        "Microsoft Word could not make a PDF of {source_name} ({exc}); no PDF has been saved."),
}
