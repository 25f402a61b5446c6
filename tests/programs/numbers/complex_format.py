# format() of complex numbers: every spec form (types, precision, sign, fill/align, grouping, '#', 'z') and the errors.
vals = [3 + 4j, complex(1, -2), 1.5j, complex(0.5, -0.0), complex(-0.0, 1), complex(0.0, -0.0), complex(-0.0, -0.0), 1e16 + 2.5e-7j,
        complex(float("inf"), float("nan")), complex(1234567.891, -9876.5), -1 - 1j, 0j, complex(2, 0)]
specs = ["", ".2f", ".1f", "g", ".3", "e", "E", ".2e", "20", "<30", "^30.2f", "*>25g", "+", "+.2f", " .1f", "-", ",.2f", "_g",
         "#g", "#.0f", "n", "F", "G", ".0", "10.3", "z.1f", "0", "010", "=10", "%", "d", "x<12"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), "|".join(row))
print(f"{3+4j:.2f}", f"{1j}", str(complex(0.5, -0.0)))
