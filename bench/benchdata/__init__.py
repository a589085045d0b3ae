"""`flask bench-data`: a fast generator of a city-scale benchmark database (users, posts, votes, ledger).

people.py, posts.py, activity.py, ledger.py and extras.py decide every row in memory (compact columns, one seeded
random stream); text.py makes the Indonesian text; writer.py writes it with SQLAlchemy Core in chunks;
generator.py runs the phases; cli.py is the command, which Flask finds through the `flask.commands` entry point in
pyproject.toml (the app itself never imports this package).
"""
