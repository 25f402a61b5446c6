def resource(name, log):
    log.append("open " + name)
    try:
        for i in range(3):
            try:
                x = yield i
            except ValueError as e:
                log.append("handled " + str(e))
                continue
            if x == "stop":
                return "stopped"
    finally:
        log.append("close " + name)


def managed(cm):
    with cm as value:
        total = yield value
    return total
