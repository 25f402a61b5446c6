def area(w, w):
    return w * w
