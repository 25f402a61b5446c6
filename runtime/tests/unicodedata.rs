//! `unicodedata` against CPython 3.11 (tests/data/unicodedata.txt, written by tools/gen_unicodedata.py): whole-range
//! CRC-32 digests of every property, name and normalization of single characters (and of `str.isidentifier`), samples for readable failures,
//! `lookup` of names, aliases, named sequences and misspellings, and the normalization of mixed strings.

use pyrt::modules::unicodedata as ud;
use pyrt::Obj;

fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c ^= b as u32;
        for _ in 0..8 { c = if c & 1 != 0 { (c >> 1) ^ 0xEDB8_8320 } else { c >> 1 }; }
    }
    !c
}

fn data() -> String {
    std::fs::read_to_string(format!("{}/tests/data/unicodedata.txt", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn hex_str(s: &str) -> String {
    s.split(' ').filter(|x| !x.is_empty()).map(|h| char::from_u32(u32::from_str_radix(h, 16).unwrap()).unwrap()).collect()
}

fn to_hex(s: &str) -> String { s.chars().map(|c| format!("{:X}", c as u32)).collect::<Vec<_>>().join(" ") }

fn float_repr(x: f64) -> String { pyrt::repr::repr(&Obj::Float(x)) }

fn property(p: &str, c: char) -> String {
    let num = ud::numeric_of(c);
    match p {
        "category" => ud::category(c).to_string(),
        "bidirectional" => ud::bidirectional(c).to_string(),
        "combining" => ud::combining(c).to_string(),
        "east_asian_width" => ud::east_asian_width(c).to_string(),
        "mirrored" => (ud::mirrored(c) as i32).to_string(),
        "decomposition" => ud::decomposition(c),
        "name" => ud::name(c).unwrap_or_default(),
        "decimal" => num.and_then(|n| n.0).map(|v| v.to_string()).unwrap_or_default(),
        "digit" => num.and_then(|n| n.1).map(|v| v.to_string()).unwrap_or_default(),
        "numeric" => num.map(|n| float_repr(n.2)).unwrap_or_default(),
        "isidentifier" => format!("{}{}", pyrt::methods::is_identifier(&c.to_string()) as i32, pyrt::methods::is_identifier(&format!("a{}", c)) as i32),
        form => to_hex(&ud::normalize(form, &c.to_string()).unwrap()),
    }
}

#[test]
fn unicodedata_digests_of_every_code_point_match_cpython() {
    let text = data();
    let mut fails = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| l.starts_with("D\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let mut crc = 0u32;
        for cp in 0..0x110000u32 {
            if let Some(c) = char::from_u32(cp) { crc = crc32(crc, format!("{:X} {}\n", cp, property(f[1], c)).as_bytes()); }
        }
        n += 1;
        if crc.to_string() != f[2] { fails.push(format!("{}: crc {} expected {}", f[1], crc, f[2])); }
    }
    assert_eq!(n, 15);
    assert!(fails.is_empty(), "{}", fails.join("\n"));
}

#[test]
fn unicodedata_samples_match_cpython() {
    let text = data();
    let props = ["category", "bidirectional", "combining", "east_asian_width", "mirrored", "decomposition", "name", "decimal", "digit", "numeric"];
    let mut fails = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| l.starts_with("P\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let c = char::from_u32(u32::from_str_radix(f[1], 16).unwrap()).unwrap();
        for (i, p) in props.iter().enumerate() {
            let got = property(p, c);
            if got != f[2 + i] { fails.push(format!("{}({:X}) = {:?}, expected {:?}", p, c as u32, got, f[2 + i])); }
        }
        n += 1;
    }
    assert!(n > 3000, "{} samples", n);
    assert!(fails.len() < 1, "{} failures:\n{}", fails.len(), fails.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
fn unicodedata_lookup_matches_cpython() {
    let text = data();
    let lookup = pyrt::modules::unicodedata::call;
    let mut fails = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| l.starts_with("L\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let q = hex_str(f[1]);
        let got = match lookup("lookup", &[Obj::string(q.clone())], &[]) {
            Ok(v) => to_hex(v.as_str().unwrap()),
            Err(e) => format!("KeyError {}", pyrt::repr::try_str(&e.args()[0]).unwrap()),
        };
        if got != f[2] { fails.push(format!("lookup({:?}) = {:?}, expected {:?}", q, got, f[2])); }
        n += 1;
    }
    assert!(n > 1000, "{} lookups", n);
    assert!(fails.is_empty(), "{} failures:\n{}", fails.len(), fails.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
fn unicodedata_lookup_finds_every_name() {
    let mut n = 0;
    for cp in 0..0x110000u32 {
        let c = match char::from_u32(cp) { Some(c) => c, None => continue };
        if let Some(name) = ud::name(c) {
            assert_eq!(ud::lookup(&name), Some(c.to_string()), "{}", name);
            n += 1;
        }
    }
    assert!(n > 130000);
}

#[test]
fn unicodedata_normalization_matches_cpython() {
    let text = data();
    let mut fails = Vec::new();
    let mut n = 0;
    for line in text.lines().filter(|l| l.starts_with("N\t")) {
        let f: Vec<&str> = line.split('\t').collect();
        let s = hex_str(f[1]);
        for (i, form) in ["NFC", "NFD", "NFKC", "NFKD"].iter().enumerate() {
            let got = to_hex(&ud::normalize(form, &s).unwrap());
            if got != f[2 + i] { fails.push(format!("{}({}) = {}, expected {}", form, f[1], got, f[2 + i])); }
            let isn = pyrt::modules::unicodedata::call("is_normalized", &[Obj::str(form), Obj::string(s.clone())], &[]).unwrap();
            let want = &f[6][i..i + 1] == "1";
            if !matches!(isn, Obj::Bool(b) if b == want) { fails.push(format!("is_normalized({}, {}) expected {}", form, f[1], want)); }
        }
        n += 1;
    }
    assert!(n >= 3000, "{} strings", n);
    assert!(fails.is_empty(), "{} failures:\n{}", fails.len(), fails.iter().take(40).cloned().collect::<Vec<_>>().join("\n"));
}
