"""Entry point of the bundled admin tool (PyInstaller needs a script, not a console_scripts name)."""

from safespace_desktop.admin import main

raise SystemExit(main())
