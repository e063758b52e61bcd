"""The pure rule parser: text -> `ParsedRequest` (see `rules`). Standard library only: no Halo
calls, no database, no settings; names are resolved later by the planner."""
