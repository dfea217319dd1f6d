"""SQLAlchemy models, the engine with its SQLite pragmas, the unit of work and the migration runner."""
