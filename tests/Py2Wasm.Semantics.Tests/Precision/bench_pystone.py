# Pystone (after Reinhold Weicker's Dhrystone), reduced: records, procedures, integer and string work.
IDENT_1 = 1
IDENT_2 = 2
IDENT_3 = 3


class Record:
    def __init__(self, ptr_comp, discr, enum_comp, int_comp, string_comp):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.string_comp = string_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp, self.string_comp)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1_glob = "\0"
        self.char2_glob = "\0"
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]


def func1(char1, char2):
    if char1 != char2:
        return IDENT_1
    return IDENT_2


def func2(str1, str2, state):
    int_loc = 1
    char_loc = "A"
    while int_loc <= 1:
        if func1(str1[int_loc], str2[int_loc + 1]) == IDENT_1:
            char_loc = "A"
            int_loc += 1
    if char_loc >= "W" and char_loc <= "Z":
        int_loc = 7
    if char_loc == "X":
        return True
    if str1 > str2:
        state.int_glob = int_loc + 7
        return True
    return False


def proc7(a, b):
    return a + 2 + b


def proc8(state, int1, int2):
    loc = int1 + 5
    state.array1[loc] = int2
    state.array1[loc + 1] = state.array1[loc]
    state.array1[loc + 30] = loc
    for index in range(loc, loc + 2):
        state.array2[loc][index] = loc
    state.array2[loc][loc - 1] += 1
    state.array2[loc + 20][loc] = state.array1[loc]
    state.int_glob = 5


def run(loops):
    state = State()
    glob = Record(None, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    total = 0
    for i in range(loops):
        int1 = 2
        int2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        state.bool_glob = not func2(string1, string2, state)
        while int1 < int2:
            int3 = 5 * int1 - int2
            int3 = proc7(int1, int2)
            int1 += 1
        proc8(state, int1, int3)
        rec = glob.copy()
        rec.int_comp = int1 + i
        total += rec.int_comp + state.int_glob
    return total


print(run(2000))
