class POP3:
    def top(self, which, howmuch):
        return self._longcmd('TOP %s %s' % (which, howmuch))

def top(a):
    global b
    b = a
