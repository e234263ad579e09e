"""pahole's view of structs, flattened as memlayout flattens anonymous members.

read_structs(binary, names) runs `pahole -C a,b,... binary` and returns, per struct:
  size:    its size
  leaves:  ("leaf", name, offset, size, bit_offset, bit_width) per member, in order; the
           members of anonymous unions and structs in place of them; a named member of an
           unnamed type is one leaf (pahole expands its type, memlayout shows it whole)
  groups:  (offset, size, leaves) per anonymous member, in document order
  aligned: {(name, offset): N} for each member pahole shows with __attribute__((__aligned__(N)))
           (DWARF's DW_AT_alignment: an alignas on the member)
"""
import re
import subprocess

MEMBER = re.compile(r"^(?P<indent>\t+)(?P<decl>[^\t/}].*?);\s*/\*\s*(?P<offset>\d+)(?::\s*(?P<bit>\d+))?\s+(?P<size>\d+)\s*\*/")
OPEN = re.compile(r"^(?P<indent>\t+)(?:union|struct|enum)[^{;/]*\{\s*$")
BARE_CLOSE = re.compile(r"^\t+\}\s*;\s*$")  # an enum declared inside, not a member
CLOSE = re.compile(r"^(?P<indent>\t+)\}\s*(?P<name>[^;]*?)\s*;\s*/\*\s*(?P<offset>\d+)\s+(?P<size>\d+)\s*\*/")
SIZE = re.compile(r"/\* size: (\d+),")
ALIGNED = re.compile(r"__aligned__\((\d+)\)")


def member_name(decl):
    pointer_to_function = re.search(r"\(\s*\*\s*(\w+)\s*\)", decl)
    if pointer_to_function:
        return pointer_to_function.group(1)
    decl = re.sub(r"__attribute__\(\(.*?\)\)", "", decl)
    decl = re.sub(r":\s*\d+\s*$", "", decl)
    return re.findall(r"\w+", re.sub(r"\[\d*\]", "", decl))[-1]


def bit_width(decl):
    m = re.search(r":\s*(\d+)\s*$", decl)
    return int(m.group(1)) if m else 0


def parse(text):
    size = int(SIZE.findall(text)[-1])  # the struct's own: the last; an expanded member's come before
    # A stack of groups under construction: [leaves, groups]
    stack = [[[], []]]
    aligned = {}
    for line in text.splitlines()[1:]:
        if OPEN.match(line):
            stack.append([[], []])
            continue
        if BARE_CLOSE.match(line):
            stack.pop()
            continue
        m = CLOSE.match(line)
        if m:
            leaves, groups = stack.pop()
            offset, gsize = int(m["offset"]), int(m["size"])
            # `} __attribute__((__aligned__(8)));` closes an anonymous member, not a named one.
            name = re.sub(r"__attribute__\(\(.*\)\)", "", m["name"]).strip()
            if name:
                name = re.findall(r"\w+", re.sub(r"\[\d*\]", "", name))[-1]
                # An empty struct member (`struct { } __empty_x;`, the kernel's __DECLARE_FLEX_ARRAY)
                # takes a byte in C++; pahole 1.24 prints its size as 0.
                if gsize == 0 and not leaves and not groups:
                    gsize = 1
                stack[-1][0].append(("leaf", name, offset, gsize, 0, 0))
                if ALIGNED.search(m["name"]):
                    aligned[(name, offset)] = int(ALIGNED.search(m["name"]).group(1))
            else:
                stack[-1][1].append((offset, gsize, len(leaves)))
                stack[-1][1].extend(groups)
                stack[-1][0].extend(leaves)
            continue
        m = MEMBER.match(line)
        if m:
            width = bit_width(m["decl"])
            offset, msize = int(m["offset"]), int(m["size"])
            bit = offset * 8 + int(m["bit"] or 0) if width else 0
            stack[-1][0].append(("leaf", member_name(m["decl"]), offset, msize, bit, width))
            if ALIGNED.search(m["decl"]):
                aligned[(member_name(m["decl"]), offset)] = int(ALIGNED.search(m["decl"]).group(1))
    leaves, groups = stack[0]
    return {"size": size, "leaves": leaves, "groups": groups, "aligned": aligned}


def read_structs(binary, names):
    """Every struct pahole prints for the binary (-C NAME would print a typedef of that name
    instead, where there is one), those of `names` kept."""
    wanted = set(names)
    structs = {}
    out = subprocess.run(["pahole", str(binary)], capture_output=True, text=True, errors="replace").stdout
    # A class with a constructor or private members is printed as `class NAME {`.
    for m in re.finditer(r"^(?:struct|class) (?P<name>\w+) \{\n(?P<body>.*?)^\}[^\n]*$", out, re.M | re.S):
        if m["name"] in wanted and m["name"] not in structs:
            structs[m["name"]] = parse(m.group(0))
    missing = [n for n in names if n not in structs]
    if missing:
        raise RuntimeError(f"pahole shows no struct {missing[:5]} in {binary}")
    return structs


def group_at(groups, offset):
    """The first unclaimed anonymous member at offset, as (offset, size, leaves); claimed."""
    for i, g in enumerate(groups):
        if g is not None and g[0] == offset:
            groups[i] = None
            return g
    return None
