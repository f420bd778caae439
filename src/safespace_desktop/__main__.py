"""``python -m safespace_desktop`` starts the app."""

from safespace_desktop.app import main

raise SystemExit(main())
