"""Reading other programs' files into plain data: no Qt, no SQLAlchemy, no database (pyproject's contracts).

The services take what these modules return and save it in one unit of work.
"""
