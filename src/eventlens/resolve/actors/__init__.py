"""Actor resolution: the names news gives actors, mapped to ACLED and GTD names.

    from eventlens.resolve.actors import ActorDictionary
    actors = ActorDictionary.default()
    actors.resolve("ISIS cells", country="Syria")             # Actor(acled_name="Islamic State (Syria)", ...)
    actors.find("Syrian troops shelled ...", "Syria", 2018)    # [(0, 13, Actor("Military Forces of Syria (2000-)"))]
    actors.same_actor("Daesh", "Islamic State (Iraq)")         # True
    actors.gtd_name("Houthis")                                 # "Houthi extremists (Ansar Allah)"

The tables live in `eventlens/data/actors/` (format in its README.md); `ActorDictionary.load(path)` adds a
user's own files on top of them."""

from eventlens.resolve.actors.dictionary import ActorDictionary
from eventlens.resolve.actors.model import Actor, Channel, Country
from eventlens.resolve.actors.tables import TableError

__all__ = ["Actor", "ActorDictionary", "Channel", "Country", "TableError"]
