"""Entry point of the bundled app (PyInstaller needs a script, not a console_scripts name)."""

from safespace_desktop.app import main

raise SystemExit(main())
