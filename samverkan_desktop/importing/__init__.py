"""Readers of files brought into the app: the register from Excel or CSV (table_file, register_source) and old
minutes from Word (word_minutes). They turn a file into plain rows or data classes with the problems found while
reading. No Qt, no SQLAlchemy, no database (pyproject's contracts): the services validate what these modules
return and save it in one unit of work.
"""
