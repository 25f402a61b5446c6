rows = [r for r in (seen := [1, 2])]
