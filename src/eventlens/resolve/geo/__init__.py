"""Gazetteer machinery behind `eventlens.resolve.places`: name keys (`normalize`), the on-disk
SQLite index (`index`, `sources`, `names`), its queries (`store`) and the choice among candidates
(`resolver`); plus the scripts `build_acled_names` and `measure`."""
