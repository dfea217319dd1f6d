"""A group's page: "Översikt" (mandate and key facts) and "Medlemmar"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...application.publishing import export_annual_report
from ...export.publisher import safe_file_stem
from ...services import UnitOfWork, access, groups, memberships
from ...services.dto import GroupOverview, MandateDTO, MembershipDTO
from ..background import ProgressRunner
from ..dialogs.end_membership_dialog import EndMembershipDialog
from ..dialogs.group_dialog import GroupDialog
from ..dialogs.mandate_dialog import MandateDialog
from ..dialogs.mandate_history_dialog import MandateHistoryDialog
from ..dialogs.membership_dialog import MembershipDialog
from ..folders import documents_folder
from ..i18n import format_date
from ..labels import group_kind_labels, organisation_kind_labels, recurrence_labels, yes_no
from ..models.register_models import membership_model
from ..operations import Changes, notify, perform, show_in_status_bar, subscribe
from ..widgets.banner import Banner, BannerKind
from ..widgets.disabled_reason import explain
from ..widgets.flow_layout import FlowLayout
from ..widgets.template_picker import TemplatePicker
from .cases_tab import CasesTab
from .meeting_editor import MeetingEditor
from .meetings_tab import MeetingsTab


class GroupPage(QWidget):
    """Shows one group. Emits ``changed`` after an edit so the tree can refresh."""

    changed = Signal(int)

    def __init__(self, uow: UnitOfWork, parent: QWidget | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.uow = uow
        self.today = today
        self.group_id: int | None = None
        self.overview: GroupOverview | None = None

        self.title = QLabel(self)
        self.title.setObjectName("pageTitle")
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title.setWordWrap(True)  # a long group name wraps instead of widening the page past a small screen
        self.tabs = QTabWidget(self)

        overview_tab = QWidget(self)
        self.facts = QTextBrowser(overview_tab)
        self.facts.setOpenLinks(False)
        self.edit_group_button = QPushButton(self.tr("Edit group…"), overview_tab)
        self.edit_mandate_button = QPushButton(self.tr("Edit mandate…"), overview_tab)
        self.edit_group_button.clicked.connect(self.edit_group)
        self.edit_mandate_button.clicked.connect(self.edit_mandate)
        self.annual_report_button = QPushButton(self.tr("Basis for annual report…"), overview_tab)
        self.annual_report_button.clicked.connect(self.export_annual_report)
        overview_buttons = self.overview_buttons = FlowLayout()  # wraps on a narrow window (150 % scaling)
        overview_buttons.addWidget(self.edit_group_button)
        overview_buttons.addWidget(self.edit_mandate_button)
        self.mandate_history_button = QPushButton(self.tr("Mandate history…"), overview_tab)
        self.mandate_history_button.clicked.connect(self.show_mandate_history)
        overview_buttons.addWidget(self.mandate_history_button)
        overview_buttons.addWidget(self.annual_report_button)
        overview_layout = QVBoxLayout(overview_tab)
        overview_layout.addLayout(overview_buttons)
        overview_layout.addWidget(self.facts)
        self.template_picker = TemplatePicker(uow, overview_tab)
        overview_layout.addWidget(self.template_picker)
        self.tabs.addTab(overview_tab, self.tr("Overview"))

        members_tab = QWidget(self)
        self.member_model = membership_model(self)
        self.member_view = QTableView(members_tab)
        self.member_view.setModel(self.member_model)
        self.member_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.member_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.member_view.horizontalHeader().setStretchLastSection(True)
        self.member_view.verticalHeader().hide()
        self.member_view.doubleClicked.connect(lambda _index: self.edit_membership())
        self.current_only = QCheckBox(self.tr("Only current members"), members_tab)
        self.current_only.setChecked(True)
        self.current_only.toggled.connect(lambda _checked: self.reload_members())
        self.add_member_button = QPushButton(self.tr("Add member…"), members_tab)
        self.edit_member_button = QPushButton(self.tr("Change…"), members_tab)
        self.remove_member_button = QPushButton(self.tr("Remove"), members_tab)
        self.end_member_button = QPushButton(self.tr("End…"), members_tab)
        self.end_member_button.setToolTip(self.tr("End the membership on a day; it stays in the group's history"))
        self.end_member_button.clicked.connect(self.end_membership)
        self.add_member_button.clicked.connect(self.add_membership)
        self.edit_member_button.clicked.connect(self.edit_membership)
        self.remove_member_button.clicked.connect(self.remove_membership)
        member_buttons = self.member_buttons = FlowLayout()  # wraps on a narrow window (150 % scaling)
        for widget in (self.add_member_button, self.edit_member_button, self.end_member_button,
                       self.remove_member_button, self.current_only):
            member_buttons.addWidget(widget)
        members_layout = QVBoxLayout(members_tab)
        members_layout.addLayout(member_buttons)
        members_layout.addWidget(self.member_view)
        self.tabs.addTab(members_tab, self.tr("Members"))

        self.meetings_tab = MeetingsTab(uow, self, today=today)
        self.meetings_tab.open_requested.connect(self.open_meeting)
        self.meetings_tab.changed.connect(self._meetings_added)
        self.tabs.addTab(self.meetings_tab, self.tr("Meetings"))
        self.cases_tab = CasesTab(uow, self)
        self.tabs.addTab(self.cases_tab, self.tr("Cases"))
        self.editors: dict[int, MeetingEditor] = {}
        subscribe(self, self._changed)

        # On a shared PostgreSQL database: why this login may not change the group (services/access).
        self.access_banner = Banner("", BannerKind.INFO, closable=False, parent=self)
        self.access_banner.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.access_banner)
        layout.addWidget(self.tabs)

    # -- loading ---------------------------------------------------------------------------------
    def show_group(self, group_id: int) -> None:
        self.group_id = group_id
        self.reload()

    def reload(self) -> None:
        if self.group_id is None:
            return
        self.overview = groups.group_overview(self.uow, self.group_id, self.today())
        self.title.setText(self.overview.group.name)
        self.facts.setHtml(self._facts_html(self.overview))
        self.edit_mandate_button.setText(
            self.tr("Edit mandate…") if self.overview.mandate else self.tr("Add mandate…")
        )
        reason = access.read_only_reason(self.uow, self.group_id)
        self.access_banner.label.setText(reason or "")
        self.access_banner.setVisible(reason is not None)
        registrar = access.can(self.uow, access.REGISTER)
        for button in (self.edit_group_button, self.edit_mandate_button, self.add_member_button,
                       self.edit_member_button, self.end_member_button, self.remove_member_button):
            explain(button, registrar, access.reason(access.REGISTER))
        explain(self.mandate_history_button, self.overview.mandate is not None,
                self.tr("The group has no mandate yet: add one first (“Add mandate…”)."))
        explain(self.template_picker, reason is None, reason or "")
        self.template_picker.show_group(self.group_id)
        self.reload_members()
        self.meetings_tab.show_group(self.group_id)
        self.cases_tab.show_group(self.group_id)
        tab = self.meetings_tab  # new meetings and the group's standard items are the secretary's
        for button in (tab.new_button, tab.series_button, tab.template_button):
            explain(button, reason is None, reason or "")
        if reason is not None:
            explain(self.cases_tab.plan_button, False, reason)

    def export_annual_report(self) -> None:
        """Underlag för årsrapport: the year asked for, the file written off the GUI thread."""
        year, chosen = QInputDialog.getInt(self, self.tr("Basis for annual report"), self.tr("Year"),
                                           self.today().year, 1990, 2100)
        if not chosen:
            return
        overview, group_id = self.overview, self.group_id
        if overview is None or group_id is None:  # the action is enabled only with a group shown
            return
        name = f"{safe_file_stem(overview.group.name, date(year, 12, 31), 'underlag_arsrapport')}.docx"
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Basis for annual report"),
                                                      str(documents_folder() / name),
                                                      self.tr("Word document (*.docx)"))
        if not target:
            return
        worker_uow = self.uow.for_another_thread()
        self.runner = ProgressRunner(
            self, self.tr("Exporting…"),
            lambda _progress: export_annual_report(worker_uow, group_id, year, Path(target)),
            lambda result: QMessageBox.information(self, self.tr("Exported"), "\n\n".join(
                [self.tr("Saved to %1.").replace("%1", str(result.path)), *result.removed])),
            failure_title=self.tr("Could not be exported"))

    def open_meeting(self, meeting_id: int) -> MeetingEditor:
        """Open (or raise) the meeting's editor window."""
        editor = self.editors.get(meeting_id)
        if editor is None or not editor.isVisible():
            editor = MeetingEditor(self.uow, meeting_id, self.window())
            editor.setWindowFlag(Qt.WindowType.Window, True)
            editor.closed.connect(self._forget_editor)
            self.editors[meeting_id] = editor
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _forget_editor(self, meeting_id: int) -> None:
        """A closed editor deletes itself: only open ones are kept here."""
        self.editors.pop(meeting_id, None)

    def _changed(self, changes: Changes) -> None:
        """A meeting of this group changed (in its editor, the approval bar, …): its list shows it (the cases tab
        follows the hub itself)."""
        if changes.touches_group(self.group_id) and (changes.meetings or changes.cases):
            self.meetings_tab.reload()

    def _meetings_added(self) -> None:
        """Meetings made on the meetings tab: announced, for the cases, the follow-up and this page's list."""
        if self.group_id is not None:
            notify(Changes(groups=frozenset({self.group_id}), cases=True, follow_up=True, initiator=self))

    def reload_members(self) -> None:
        if self.group_id is None:
            return
        on = self.today() if self.current_only.isChecked() else None
        self.member_model.set_rows(memberships.list_memberships(self.uow, self.group_id, on))
        self.member_view.resizeColumnsToContents()

    def _facts_html(self, o: GroupOverview) -> str:
        g = o.group
        rows: list[tuple[str, str]] = [
            (self.tr("Kind"), group_kind_labels()[g.kind]),
            (self.tr("Reports to"), g.parent_name or self.tr("(top level)")),
            (self.tr("Active"), self._period(g.active_from, g.active_to)),
            (self.tr("Chair"), self._seat(o.chair)),
            (self.tr("Vice chair"), self._seat(o.vice_chair)),
            (self.tr("Current members"), str(o.member_count)),
            (self.tr("Minutes published at"), g.minutes_published_at or "—"),
            (self.tr("Signatures on the minutes"),
             self.tr("Chair and checker (justering)") if g.justering_lines else self.tr("None")),
        ]
        if o.sub_groups:
            rows.append((self.tr("Sub-groups"), ", ".join(o.sub_groups)))
        html = [self._table(rows)]
        m = o.mandate
        mandate_heading = escape(self.tr("Mandate"))
        if m is None:
            no_mandate = escape(self.tr("No mandate recorded."))
            html.append(f"<h3>{mandate_heading}</h3><p>{no_mandate}</p>")
        else:
            html.append(f"<h3>{mandate_heading} ({escape(self._version_text(m, o.mandate_versions))})</h3>")
            html.append(self._table(self._mandate_rows(m)))
            for heading, text in ((self.tr("Purpose"), m.purpose), (self.tr("Assignment"), m.assignment)):
                if text:
                    body = escape(text).replace("\n", "<br>")
                    html.append(f"<h4>{escape(heading)}</h4><p>{body}</p>")
        if o.reporting_duties:
            recurrences = recurrence_labels()
            items = "".join(
                f"<li>{escape(d.name)}: {escape(recurrences[d.recurrence])}, "
                f"{d.due_day}/{d.due_month}{escape(' → ' + d.recipient) if d.recipient else ''}</li>"
                for d in o.reporting_duties
            )
            duties_heading = escape(self.tr("Reporting duties"))
            html.append(f"<h4>{duties_heading}</h4><ul>{items}</ul>")
        return "".join(html)

    @staticmethod
    def _period(start: date | None, end: date | None) -> str:
        if start is None and end is None:
            return "—"
        return f"{format_date(start) or '…'} – {format_date(end) or '…'}"

    def _version_text(self, m: MandateDTO, versions: int) -> str:
        return self.tr("version %1 of %2").replace("%1", str(m.version)).replace("%2", str(versions))

    def _mandate_rows(self, m: MandateDTO) -> list[tuple[str, str]]:
        def count(low: int | None, high: int | None) -> str:
            if low is None and high is None:
                return "—"
            if high is None:
                return self.tr("at least %1").replace("%1", str(low))
            if low is None:
                return self.tr("at most %1").replace("%1", str(high))
            return f"{low}–{high}"

        return [
            (self.tr("Registry reference"), m.reference or "—"),
            (self.tr("Decided"), " ".join(x for x in (format_date(m.decided_on), m.decided_by or "") if x) or "—"),
            (self.tr("Commissioned by"), m.commissioned_by or "—"),
            (self.tr("Meetings per year"), count(m.meetings_min, m.meetings_max)),
            (self.tr("Chair's term"), self.tr("%1 months").replace("%1", str(m.chair_term_months))
             if m.chair_term_months else "—"),
            (self.tr("Chair rotates between municipality and region"), yes_no(m.chair_rotates)),
            (self.tr("Substitutes allowed"), yes_no(m.substitutes_allowed)),
            (self.tr("Days for the chair to approve minutes"),
             str(m.approval_days) if m.approval_days is not None else "—"),
            (self.tr("Revised"), ", ".join(format_date(d) for d in m.revision_dates) or "—"),
        ]

    def _seat(self, seat: MembershipDTO | None) -> str:
        if seat is None:
            return "—"
        party = ""
        if seat.represents_name:
            kind = organisation_kind_labels()[seat.represents_kind] if seat.represents_kind else ""
            party = f" ({seat.represents_name}{', ' + kind.lower() if kind else ''})"
        until = self.tr(", until %1").replace("%1", format_date(seat.valid_to)) if seat.valid_to else ""
        return f"{seat.person_name}{party}{until}"

    @staticmethod
    def _table(rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='padding:2px 12px 2px 0; color:#555'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
        )
        return f"<table>{cells}</table>"

    # -- actions ---------------------------------------------------------------------------------
    def _selected_membership(self) -> MembershipDTO | None:
        rows = self.member_view.selectionModel().selectedRows()
        return self.member_model.row_at(rows[0].row()) if rows else None

    def _after_edit(self) -> None:
        self.reload()
        if self.group_id is not None:
            self.changed.emit(self.group_id)
            notify(Changes.group(self.group_id, tree=True, initiator=self))

    def edit_group(self) -> None:
        if self.overview and GroupDialog(self.uow, self.overview.group, self).exec():
            self._after_edit()

    def edit_mandate(self) -> None:
        if self.group_id is not None and MandateDialog(self.uow, self.group_id, self).exec():
            self._after_edit()

    def add_membership(self) -> None:
        if self.group_id is not None and MembershipDialog(self.uow, self.group_id, None, self).exec():
            self._after_edit()

    def edit_membership(self) -> None:
        selected = self._selected_membership()
        if selected is None:
            show_in_status_bar(self, self.tr("Choose a member in the list first."))
        elif self.group_id is not None and selected and MembershipDialog(
            self.uow, self.group_id, selected, self
        ).exec():
            self._after_edit()

    def show_mandate_history(self) -> None:
        if self.overview is not None:
            MandateHistoryDialog(self.uow, self.overview.group.id, self.overview.group.name, self).exec()

    def end_membership(self) -> None:
        selected = self._selected_membership()
        if selected is None:
            show_in_status_bar(self, self.tr("Choose a member in the list first."))
        elif EndMembershipDialog(self.uow, selected, self.today(), self).exec():
            self._after_edit()

    def remove_membership(self) -> None:
        selected = self._selected_membership()
        if selected is None:
            show_in_status_bar(self, self.tr("Choose a member in the list first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Remove membership"),
            self.tr("Remove %1 from the group? To keep the history, set an end date instead.")
            .replace("%1", selected.person_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if perform(self, lambda: memberships.delete_membership(self.uow, selected.id),
                   title=self.tr("Could not remove")):
            self._after_edit()


