"""Messages of samverkan_desktop.importing: id -> (Swedish, English)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "importing.register_source.innehaller_inget_kanns_igen": (
        "{path_name} innehåller inget som känns igen som organisationer, personer, grupper eller medlemskap; använd "
        "mallen (samverkan export register-template).",
        "{path_name} contains nothing recognisable as organisations, people, groups or memberships; use the template "
        "(samverkan export register-template)."),
    "importing.register_source.saknar_kolumnen_rubrikerna_filen": (
        "{source} ({value}) saknar kolumnen {names}. Rubrikerna i filen är: {found}.",
        "{source} ({value}) lacks the column {names}. The headings in the file are: {found}."),
    "importing.table_file.filen_ar_for_stor": (
        "Filen {path_name} är för stor ({value} MB; högst {value2} MB). Dela upp den.",
        "The file {path_name} is too large ({value} MB; at most {value2} MB). Split it up."),
    "importing.table_file.ar_excels_gamla_format": (
        "{path_name} är i Excels gamla format (.xls) eller ett annat Office-format; spara den som Excel-arbetsbok "
        "(.xlsx) eller CSV och försök igen.",
        "{path_name} is in Excel's old format (.xls) or another Office format; save it as an Excel workbook (.xlsx) "
        "or CSV and try again."),
    "importing.table_file.heter_men_ar_ingen": (
        "{path_name} heter {suffix} men är ingen Excel-arbetsbok; välj rätt fil, eller byt filändelse till .csv om "
        "det är en textfil med kolumner.",
        "{path_name} is named {suffix} but is not an Excel workbook; choose the right file, or change the extension "
        "to .csv if it is a text file with columns."),
    "importing.table_file.ar_varken_excel_arbetsbok": (
        "{path_name} är varken en Excel-arbetsbok eller en textfil med kolumner (CSV).",
        "{path_name} is neither an Excel workbook nor a text file with columns (CSV)."),
    "importing.table_file.filen_lasas": (
        "Filen {path_name} kan inte läsas ({value}).",
        "The file {path_name} cannot be read ({value})."),
    "importing.table_file.heter_men_ar_zip": (
        "{path_name} heter {suffix} men är ett ZIP-arkiv (kanske en Excel-arbetsbok); byt filändelse till .xlsx "
        "eller spara den som CSV igen.",
        "{path_name} is named {suffix} but is a ZIP archive (perhaps an Excel workbook); change the extension to "
        ".xlsx or save it as CSV again."),
    "importing.table_file.teckenkodning_kanns_igen_spara": (
        "{path_name} har en teckenkodning som inte känns igen; spara den som CSV i UTF-8.",
        "{path_name} has a character encoding that is not recognised; save it as CSV in UTF-8."),
    "importing.table_file.lasas_csv": (
        "{path_name} kan inte läsas som CSV ({error}).",
        "{path_name} cannot be read as CSV ({error})."),
    "importing.table_file.ar_zip_arkiv_men": (
        "{path_name} är ett ZIP-arkiv men ingen Excel-arbetsbok som kan läsas ({kind}); kanske ett Word-dokument?",
        "{path_name} is a ZIP archive but not an Excel workbook that can be read ({kind}); perhaps a Word document?"),
    "importing.word_minutes.filen_ar_storre_an": (
        "Filen {path_name} är större än {value} MB och läses inte. Inget har importerats.",
        "The file {path_name} is larger than {value} MB and is not read. Nothing has been imported."),
    "importing.word_minutes.filen_finns": (
        "Filen {path_name} finns inte.",
        "The file {path_name} does not exist."),
    "importing.word_minutes.filen_lasas_inget_importerats": (
        "Filen {path_name} kan inte läsas. Inget har importerats.",
        "The file {path_name} cannot be read. Nothing has been imported."),
    "importing.word_minutes.filen_lasas_word_dokument": (
        "Filen {file_name} kan inte läsas som Word-dokument; den kan vara skadad. Öppna den i Word och spara den "
        "igen. Inget har importerats.",
        "The file {file_name} cannot be read as a Word document; it may be damaged. Open it in Word and save it "
        "again. Nothing has been imported."),
    "importing.word_minutes.filen_ingen_struktur_lasas": (
        "Filen {file_name} har ingen struktur som kan läsas som minnesanteckningar: {what} inga punkter (som "
        'rubriker, stycken "§ 12 …" eller "1. …", eller en tabell med kolumnerna Ärende och Anteckningar/Beslut). '
        "Inget har importerats.",
        "The file {file_name} has no structure that can be read as minutes: {what} no items (as headings, paragraphs "
        '"§ 12 …" or "1. …", or a table with the columns Ärende and Anteckningar/Beslut). Nothing has been imported.'),
    "importing.word_package_check.filen_inget_importerats": (
        "Filen {name} {why} Inget har importerats.",
        "The file {name} {why} Nothing has been imported."),
    "importing.table_file.too_many_rows": (
        "{name} har fler än {rows} rader; dela upp den i flera filer.",
        "{name} has more than {rows} rows; split it into several files."),
    "importing.word_package_check.a_pdf": (
        "en PDF-fil",
        "a PDF file"),
    "importing.word_package_check.an_old_doc": (
        "ett Word-dokument i det äldre formatet (.doc)",
        "a Word document in the older format (.doc)"),
    "importing.word_package_check.an_rtf": (
        "en RTF-fil",
        "an RTF file"),
    "importing.word_package_check.an_image": (
        "en bild",
        "an image"),
    "importing.word_package_check.a_text_file": (
        "en textfil",
        "a text file"),
    "importing.word_package_check.not_a_word_document": (
        "inte ett Word-dokument",
        "not a Word document"),
    "importing.word_package_check.too_large": (
        "är större än {megabytes} MB och läses inte.",
        "is larger than {megabytes} MB and is not read."),
    "importing.word_package_check.empty": (
        "är tom.",
        "is empty."),
    "importing.word_package_check.not_docx_despite_suffix": (
        "är inte ett Word-dokument (.docx) trots sin filändelse: den är {what}. Öppna den i Word och spara den som "
        "Word-dokument (.docx).",
        "is not a Word document (.docx) despite its extension: it is {what}. Open it in Word and save it as a Word "
        "document (.docx)."),
    "importing.word_package_check.broken_zip": (
        "är en skadad eller ofullständig zip-fil, inte ett läsbart Word-dokument. Öppna den i Word och spara den som "
        "Word-dokument (.docx).",
        "is a damaged or incomplete zip file, not a readable Word document. Open it in Word and save it as a Word "
        "document (.docx)."),
    "importing.word_package_check.too_large_unpacked": (
        "är för stor uppackad för att vara ett Word-dokument med anteckningar.",
        "is too large unpacked to be a Word document with minutes."),
    "importing.word_package_check.zip_not_docx": (
        "är en zip-fil men inte ett Word-dokument (.docx). Öppna den i Word och spara den som Word-dokument (.docx).",
        "is a zip file but not a Word document (.docx). Open it in Word and save it as a Word document (.docx)."),
    "importing.word_package_check.damaged_part": (
        "är skadad (en del av filen kan inte packas upp). Öppna den i Word och spara den som Word-dokument (.docx).",
        "is damaged (a part of the file cannot be unpacked). Open it in Word and save it as a Word document (.docx)."),
    "importing.word_package_check.doctype": (
        "innehåller en dokumenttypsdeklaration (DOCTYPE), som Word aldrig skriver; den läses inte. Öppna den i Word "
        "och spara den som Word-dokument (.docx).",
        "contains a document type declaration (DOCTYPE), which Word never writes; it is not read. Open it in Word "
        "and save it as a Word document (.docx)."),
    "importing.word_package_check.macros": (
        "innehåller makron (.docm) och läses inte. Spara den som .docx utan makron.",
        "contains macros (.docm) and is not read. Save it as .docx without macros."),
    "importing.word_package_check.not_docx": (
        "är inte ett Word-dokument (.docx). Öppna den i Word och spara den som Word-dokument (.docx).",
        "is not a Word document (.docx). Open it in Word and save it as a Word document (.docx)."),
    "importing.word_minutes.motets_datum_hittades_dokumentet": (
        "Mötets datum hittades inte i dokumentet; ange det vid importen.",
        "The meeting's date was not found in the document; give it when importing."),
    "importing.word_minutes.motets_tid_hittades_motet": (
        "Mötets tid hittades inte; mötet läggs in kl. 09.00–12.00 om ingen tid anges.",
        "The meeting's time was not found; the meeting is entered at 09.00–12.00 if no time is given."),
    "importing.word_minutes.bara_nagra_punkter_nummer": (
        "Bara några punkter har §-nummer; alla punkter numreras enligt gruppens numrering.",
        "Only some items have § numbers; all items are numbered by the group's numbering."),
    "importing.word_minutes.samma_nummer_forekommer_flera": (
        "Samma §-nummer förekommer flera gånger i dokumentet.",
        "The same § number occurs more than once in the document."),
    "importing.register_source.kanns_igen_hoppas_over": (
        "{source} känns inte igen och hoppas över (döp bladet till {names} eller välj vad det innehåller).",
        "{source} is not recognised and is skipped (name the sheet {names} or choose what it contains)."),
    "importing.structure.headings": ("rubriker", "headings"),
    "importing.structure.paragraphs": ("§-stycken", "§ paragraphs"),
    "importing.structure.numbered": ("numrerade stycken", "numbered paragraphs"),
    "importing.structure.table": ("tabell", "a table"),
    "importing.structure.and": (" och ", " and "),
    "importing.structure.found_but": ("datum och närvarolista hittades, men", "a date and an attendance list were "
                                      "found, but"),
    "importing.structure.neither": ("varken datum,", "no date,"),
    "importing.cell_error_value": ("cellen har Excels felvärde {text}", "the cell has Excel's error value {text}"),
    "importing.formula_without_value": (
        "cellen {cell} har en formel utan sparat värde; öppna filen i Excel och spara den igen",
        "the cell {cell} has a formula without a saved value; open the file in Excel and save it again"),
    "importing.merged_cells": ("Sammanfogade celler {ref} på bladet {sheet}: värdet i den första cellen gäller för "
                               "alla.",
                               "Merged cells {ref} on the sheet {sheet}: the value of the first cell counts for all."),
    "importing.no_headers_at_all": ("inga rubriker alls", "no headings at all"),
}
