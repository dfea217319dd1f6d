"""Pure-Python core: enums, errors and rules. Imports nothing but the standard library."""
