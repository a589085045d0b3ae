"""Administration: users' roles and the agency list."""
