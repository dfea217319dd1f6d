"""The log for support: a rotating file in the data folder, scrubbed of contact details, fed by the exception
hooks; the ``samverkan`` command names it when something unexpected happens."""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
from logging.handlers import RotatingFileHandler

import pytest

from samverkan_desktop import cli
from samverkan_desktop.infra import logging_setup
from samverkan_desktop.infra.logging_setup import ScrubFilter, crash_report, current_log_file, support_log


def read_log(folder) -> str:
    return (folder / logging_setup.FILE_NAME).read_text(encoding="utf-8")


def test_the_log_is_a_rotating_utf8_file_in_the_data_folder(isolated_data_dir):
    with support_log() as path:
        assert path == isolated_data_dir / "logs" / "samverkan.log"
        assert current_log_file() == path
        [handler] = [h for h in logging.getLogger().handlers if isinstance(h, RotatingFileHandler)]
        assert (handler.maxBytes, handler.backupCount) == (1_000_000, 5)
        assert handler.encoding == "utf-8"
        assert logging.getLogger().level == logging.INFO
        logging.getLogger("samverkan_desktop.test").info("Mötet i Växjö är sparat")
    assert current_log_file() is None  # taken down again on leaving
    text = read_log(isolated_data_dir / "logs")
    assert "started" in text and "Mötet i Växjö är sparat" in text


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_new_data_folder_and_the_log_are_owner_only(tmp_path, monkeypatch):
    data = tmp_path / "ny" / "samverkan-desktop"
    monkeypatch.setenv("SAMVERKAN_DATA_DIR", str(data))
    with support_log() as path:
        pass
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_debug_gives_more_detail_but_never_sqlalchemys_statements(tmp_path):
    with support_log(debug=True, folder=tmp_path):
        assert logging.getLogger().level == logging.DEBUG
        logging.getLogger("samverkan_desktop.test").debug("detalj")
        # SQLAlchemy logs statements with their parameters (minutes text) from INFO on: held at WARNING.
        assert logging.getLogger("sqlalchemy.engine").getEffectiveLevel() == logging.WARNING
    assert "detalj" in read_log(tmp_path)


def test_the_file_rotates_at_its_size(tmp_path, monkeypatch):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2_000)
    with support_log(folder=tmp_path):
        for number in range(100):
            logging.getLogger("samverkan_desktop.test").info("rad %d %s", number, "x" * 50)
    assert (tmp_path / "samverkan.log.1").exists()
    assert (tmp_path / "samverkan.log").stat().st_size <= 2_000


def make_record(message: str, *args, exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("samverkan_desktop.test", logging.ERROR, __file__, 1, message, args, exc_info)


def test_the_scrub_filter_removes_e_mail_addresses_phone_numbers_and_personnummer():
    record = make_record("Kallelse till %s, ring %s (pnr %s)", "anna.berg@vgregion.se", "070-123 45 67",
                         "19650312-1234")
    assert ScrubFilter().filter(record)
    text = record.getMessage()
    assert "anna.berg" not in text and "123 45 67" not in text and "1234" not in text
    assert "[e-postadress borttagen]" in text and "[telefonnummer borttaget]" in text


def test_the_scrub_filter_cleans_tracebacks_and_sql_parameters():
    try:
        raise ValueError("(sqlite3.IntegrityError) NOT NULL\n[SQL: UPDATE agenda_items SET notes=?]\n"
                         "[parameters: ('Hemliga anteckningar om Bo, bo.ek@example.org', 3)]")
    except ValueError:
        record = make_record("Sparandet misslyckades", exc_info=sys.exc_info())
    ScrubFilter().filter(record)
    assert "Traceback" in record.exc_text and "[SQL: UPDATE agenda_items SET notes=?]" in record.exc_text
    assert "Hemliga anteckningar" not in record.exc_text and "bo.ek@" not in record.exc_text
    assert "[parameters: borttagna]" in record.exc_text
    assert "Hemliga" not in logging.Formatter().format(record)


def test_a_report_for_support_is_scrubbed_and_names_the_version():
    try:
        raise RuntimeError("kunde inte skicka till cilla.lund@goteborg.se eller 031-365 00 00")
    except RuntimeError as error:
        report = crash_report(type(error), error, error.__traceback__)
    assert report.startswith("Samverkan Desktop ")
    assert "Python " in report and "Traceback" in report and "RuntimeError" in report
    assert "cilla.lund" not in report and "365 00 00" not in report


def test_an_exception_in_a_thread_reaches_the_log(tmp_path):
    told = []
    with support_log(folder=tmp_path, on_error=lambda *exc: told.append(exc[1])):
        def work():
            raise LookupError("mallen saknas")

        thread = threading.Thread(target=work, name="exportör")
        thread.start()
        thread.join()
    text = read_log(tmp_path)
    assert "Unexpected error in thread exportör" in text and "LookupError: mallen saknas" in text
    assert "Traceback" in text
    assert [type(e) for e in told] == [LookupError]


def test_an_uncaught_exception_of_the_main_thread_reaches_the_log_and_hooks_are_put_back(tmp_path):
    before = (sys.excepthook, threading.excepthook)
    with support_log(folder=tmp_path):
        try:
            raise ZeroDivisionError("division med noll")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    assert (sys.excepthook, threading.excepthook) == before
    assert "ZeroDivisionError: division med noll" in read_log(tmp_path)


def test_a_log_folder_that_cannot_be_written_falls_back_to_stderr(tmp_path, capsys):
    blocker = tmp_path / "logs"
    blocker.write_text("en fil, ingen mapp")
    with support_log(folder=blocker) as path:
        assert path is None
        logging.getLogger("samverkan_desktop.test").warning("syns ändå")
    err = capsys.readouterr().err
    assert "Loggfilen kan inte skrivas" in err and "syns ändå" in err


def test_the_cli_logs_an_unexpected_error_and_names_the_log_file(tmp_path, isolated_data_dir, monkeypatch,
                                                                  capsys):
    db = tmp_path / "cli.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    capsys.readouterr()

    def broken(_args, _ctx):
        raise RuntimeError("trasig trädvy för anna@example.se")

    from samverkan_desktop.cli import meetings

    monkeypatch.setattr(meetings, "print_group_tree", broken)  # the handler is looked up as the parser is built
    assert cli.main(["--db", str(db), "groups"]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    log_file = isolated_data_dir / "logs" / "samverkan.log"
    assert line.startswith("Ett oväntat fel inträffade (RuntimeError: trasig trädvy för [e-postadress borttagen])")
    assert str(log_file) in line
    text = log_file.read_text(encoding="utf-8")
    assert "Command groups failed unexpectedly" in text and "Traceback" in text and "anna@" not in text


def test_a_domain_error_in_the_cli_is_said_as_before(tmp_path, isolated_data_dir, capsys):
    blocker = tmp_path / "fil.txt"
    blocker.write_text("en fil, ingen mapp")
    assert cli.main(["--db", str(blocker / "x.db"), "--debug", "migrate"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Fel: ") and "Traceback" not in err and "loggfilen" not in err
    assert "Command migrate refused" in (isolated_data_dir / "logs" / "samverkan.log").read_text(encoding="utf-8")


@pytest.mark.parametrize("flag", [[], ["--debug"]])
def test_both_programs_accept_debug(flag):
    from samverkan_desktop import app

    assert app.parse_args(flag).debug == bool(flag)
    assert cli.build_parser().parse_args([*flag, "groups"]).debug == bool(flag)
