"""Pure rules and catalogues: no Qt, no database."""
