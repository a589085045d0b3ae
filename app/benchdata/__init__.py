"""`flask bench-data`: a fast generator of a city-scale benchmark database (users, posts, votes, ledger).

plan.py decides every row in memory (compact columns, one seeded random stream); text.py makes the
Indonesian text; writer.py writes it with SQLAlchemy Core in chunks; generator.py runs the phases.
"""
