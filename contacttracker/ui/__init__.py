"""The window: Qt widgets over the store.

What the first window needs from the layers below is loaded here, before any PySide6 import:
once PySide6 is loaded, its import hook reads the source of every module imported after it
(looking for `from __feature__`), a cost paid at every start for the store's modules.
"""

import contacttracker.store.attention
import contacttracker.store.settings  # noqa: F401 (loaded for its side: see above)
