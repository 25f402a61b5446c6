# A Dhrystone/pystone-style integer and record benchmark: procedures manipulating records, arrays,
# enumerations and strings in a fixed loop; prints the final state as a checksum.
LOOPS = 400000

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = 1, 2, 3, 4, 5


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, str_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp, self.str_comp)


class State:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1 = "\0"
        self.char2 = "\0"
        self.array1 = [0] * 51
        self.array2 = [[0] * 51 for _ in range(51)]
        self.ptr_glb = None
        self.ptr_glb_next = None


def func1(c1, c2):
    return IDENT_1 if c1 != c2 else IDENT_2


def func2(s1, s2, st):
    int_loc = 1
    char_loc = "\0"
    while int_loc <= 1:
        if func1(s1[int_loc], s2[int_loc + 1]) == IDENT_1:
            char_loc = "A"
            int_loc += 1
    if "W" <= char_loc <= "Z":
        int_loc = 7
    if char_loc == "X":
        return True
    if s1 > s2:
        st.int_glob = int_loc + 7
        return True
    return False


def func3(enum_par):
    return enum_par == IDENT_3


def proc3(ptr, st):
    if st.ptr_glb is not None:
        ptr = st.ptr_glb.ptr_comp
    else:
        st.int_glob = 100
    st.ptr_glb.int_comp = proc7(10, st.int_glob)
    return ptr


def proc6(enum_par):
    enum_loc = enum_par
    if not func3(enum_par):
        enum_loc = IDENT_4
    if enum_par == IDENT_1:
        enum_loc = IDENT_1
    elif enum_par == IDENT_2:
        enum_loc = IDENT_1
    elif enum_par == IDENT_3:
        enum_loc = IDENT_2
    elif enum_par == IDENT_5:
        enum_loc = IDENT_3
    return enum_loc


def proc7(a, b):
    return b + a + 2


def proc8(arr1, arr2, p1, p2, st):
    loc = p1 + 5
    arr1[loc] = p2
    arr1[loc + 1] = arr1[loc]
    arr1[loc + 30] = loc
    for idx in range(loc, loc + 2):
        arr2[loc][idx] = loc
    arr2[loc][loc - 1] += 1
    arr2[loc + 20][loc] = arr1[loc]
    st.int_glob = 5


def proc1(ptr, st):
    nxt = ptr.ptr_comp = st.ptr_glb.copy()
    ptr.int_comp = 5
    nxt.int_comp = ptr.int_comp
    nxt.ptr_comp = ptr.ptr_comp
    nxt.ptr_comp = proc3(nxt.ptr_comp, st)
    if nxt.discr == IDENT_1:
        nxt.int_comp = 6
        nxt.enum_comp = proc6(ptr.enum_comp)
        nxt.ptr_comp = st.ptr_glb.ptr_comp
        nxt.int_comp = proc7(nxt.int_comp, 10)
    else:
        ptr = nxt.copy()
    nxt.ptr_comp = None
    return ptr


def proc2(int_par, st):
    int_loc = int_par + 10
    while True:
        if st.char1 == "A":
            int_loc -= 1
            int_par = int_loc - st.int_glob
            return int_par


def proc4(st):
    bool_loc = st.char1 == "A"
    st.bool_glob = bool_loc or st.bool_glob
    st.char2 = "B"


def proc5(st):
    st.char1 = "A"
    st.bool_glob = False


def run(loops):
    st = State()
    st.ptr_glb_next = Record()
    st.ptr_glb = Record(st.ptr_glb_next, IDENT_1, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
    string1 = "DHRYSTONE PROGRAM, 1'ST STRING"
    st.array2[8][7] = 10
    checksum = 0
    for i in range(loops):
        proc5(st)
        proc4(st)
        int_loc1 = 2
        int_loc2 = 3
        string2 = "DHRYSTONE PROGRAM, 2'ND STRING"
        enum_loc = IDENT_2
        st.bool_glob = not func2(string1, string2, st)
        while int_loc1 < int_loc2:
            int_loc3 = 5 * int_loc1 - int_loc2
            int_loc3 = proc7(int_loc1, int_loc2)
            int_loc1 += 1
        proc8(st.array1, st.array2, int_loc1, int_loc3, st)
        st.ptr_glb = proc1(st.ptr_glb, st)
        char_index = "A"
        while char_index <= st.char2:
            if enum_loc == func1(char_index, "C"):
                enum_loc = proc6(IDENT_1)
            char_index = chr(ord(char_index) + 1)
        int_loc3 = int_loc2 * int_loc1
        int_loc2 = int_loc3 // int_loc1
        int_loc2 = 7 * (int_loc3 - int_loc2) - int_loc1
        int_loc1 = proc2(int_loc1, st)
        checksum = (checksum * 7 + int_loc1 + int_loc2 + int_loc3 + enum_loc + st.int_glob) % 1000000007
    return st, checksum


st, checksum = run(LOOPS)
print("int_glob", st.int_glob, "bool_glob", st.bool_glob, "char1", st.char1, "char2", st.char2)
print("array1[8]", st.array1[8], "array2[8][7]", st.array2[8][7], "ptr int_comp", st.ptr_glb.int_comp)
print("checksum", checksum)
