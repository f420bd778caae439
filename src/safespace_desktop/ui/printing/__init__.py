"""Printing: documents laid out in memory and sent straight to the printer, never to a
file the person did not choose. ``documents`` holds the shared helpers; a feature's own
printouts (the safety plan's page and wallet card) live in its package."""
