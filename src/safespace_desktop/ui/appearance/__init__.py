"""How the app looks and speaks for the person in front of it: theme (light, dark, high
contrast or following the system), zoom (100 % to 200 %) and language (the system's,
English, Spanish or French), remembered per person."""
