"""PySide6 user interface: model/view over the services. Never imports SQLAlchemy or the db package."""
