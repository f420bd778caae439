"""How the app looks for the person in front of it: theme (light, dark, high contrast or
following the system) and zoom (100 % to 200 %), remembered per person."""
