"""Table models of the register: memberships of a group, organisations, people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.dto import MembershipDTO, OrganisationDTO, PersonDTO
from ..i18n import format_date
from ..labels import organisation_kind_labels, role_labels
from .table_model import Column, DtoTableModel


def membership_model(parent=None) -> DtoTableModel[MembershipDTO]:
    roles = role_labels()
    return DtoTableModel([
        Column(QCoreApplication.translate("RegisterModels", "Name"), lambda m: m.person_name,
               lambda m: m.person_title or ""),
        Column(QCoreApplication.translate("RegisterModels", "Role"), lambda m: roles[m.role]),
        Column(QCoreApplication.translate("RegisterModels", "Represents"), lambda m: m.represents_name or ""),
        Column(QCoreApplication.translate("RegisterModels", "From"), lambda m: format_date(m.valid_from)),
        Column(QCoreApplication.translate("RegisterModels", "To"), lambda m: format_date(m.valid_to)),
    ], parent)


def organisation_model(parent=None) -> DtoTableModel[OrganisationDTO]:
    kinds = organisation_kind_labels()
    return DtoTableModel([
        Column(QCoreApplication.translate("RegisterModels", "Name"), lambda o: o.name),
        Column(QCoreApplication.translate("RegisterModels", "Short name"), lambda o: o.short_name or ""),
        Column(QCoreApplication.translate("RegisterModels", "Kind"), lambda o: kinds[o.kind]),
    ], parent)


def person_model(parent=None) -> DtoTableModel[PersonDTO]:
    return DtoTableModel([
        Column(QCoreApplication.translate("RegisterModels", "Name"), lambda p: p.name),
        Column(QCoreApplication.translate("RegisterModels", "Title"), lambda p: p.title or ""),
        Column(QCoreApplication.translate("RegisterModels", "Employer"), lambda p: p.employer_name or ""),
        Column(QCoreApplication.translate("RegisterModels", "E-mail"), lambda p: p.email or ""),
    ], parent)
