match x:
    case 1+1: pass
    case C(a=1, b): pass
