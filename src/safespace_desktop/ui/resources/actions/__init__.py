"""One module per larger action of the resources page (printing, folders)."""
