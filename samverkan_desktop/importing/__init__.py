"""Readers of files brought into the app (the register from Excel or CSV): they turn a file into plain rows
of text and dates with the problems found while reading. No Qt, no database: the services validate and store."""
