match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case 1 | 2 | -3 | 1+2j | "s" | None | True | False:
        pass
    case (a, *others) as whole if whole:
        pass
    case Color.RED:
        pass
    case (inner):
        pass
    case [*_]:
        pass
    case ():
        pass
    case _:
        pass
match = 1
match.x = 2
