"""Exporters (DOCX, iCalendar, PDF). They take DTOs and write files atomically; no Qt, no database."""
