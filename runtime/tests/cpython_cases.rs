//! Runs the CPython-generated case files (runtime/tests/data/*.jsonl).
mod common;

#[test] fn float_repr() { common::check_file("float_repr.jsonl"); }
#[test] fn int_arith() { common::check_file("int_arith.jsonl"); }
#[test] fn float_arith() { common::check_file("float_arith.jsonl"); }
#[test] fn str_methods() { common::check_file("str_methods.jsonl"); }
#[test] fn format_spec() { common::check_file("format.jsonl"); }
#[test] fn containers() { common::check_file("containers.jsonl"); }
#[test] fn math_module() { common::check_file("math.jsonl"); }
#[test] fn json_module() { common::check_file("json.jsonl"); }
#[test] fn stdlib_modules() { common::check_file("stdlib.jsonl"); }
#[test] fn re_module() { common::check_file("re.jsonl"); }
#[test] fn unicode_props() { common::check_file("unicode.jsonl"); }
#[test] fn calls_and_unpacking() { common::check_file("calls.jsonl"); }
#[test] fn bytes_and_bytearray() { common::check_file("bytes.jsonl"); }
#[test] fn range_objects() { common::check_file("range.jsonl"); }
#[test] fn module_object_scripts() { common::check_file("modules.jsonl"); }
#[test] fn re_features() { common::check_file("re_features.jsonl"); }
#[test] fn case_mappings() { common::check_file("casemap.jsonl"); }
#[test] fn late_gaps() { common::check_file("gaps.jsonl"); }
