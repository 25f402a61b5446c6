namespace Py2Wasm.Mapping.Stdlib;

/// <summary>
/// Byte-level modules written in the runtime: <c>hashlib</c> (runtime/src/modules/hashlib.rs), <c>base64</c>,
/// <c>binascii</c> and the checksums of <c>zlib</c> (runtime/src/modules/base64.rs; <c>zlib.decompress</c> in inflate.rs), <c>struct</c> (runtime/src/modules/pystruct.rs),
/// <c>unicodedata</c> (runtime/src/modules/unicodedata.rs, Unicode 14.0.0; <c>ucd_3_2_0</c> and the <c>UCD</c> class are not mapped).
/// </summary>
public sealed partial class StdlibMappingProvider
{
    private static IEnumerable<ModuleAdapter> CodecModules()
    {
        yield return Hashlib();
        yield return Functions("base64", Modules + "::base64::base64_call", "b64encode", "b64decode", "standard_b64encode", "standard_b64decode",
            "urlsafe_b64encode", "urlsafe_b64decode", "b32encode", "b32decode", "b16encode", "b16decode", "encodebytes", "decodebytes").Build();
        yield return Binascii();
        yield return Zlib();
        yield return Struct();
        yield return Unicodedata();
    }

    private static ModuleAdapter Struct()
    {
        var b = Functions("struct", Modules + "::pystruct::call", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "calcsize");
        b.Class("error", ModuleClass("struct", "error"));
        b.Class("Struct", ModuleClass("struct", "Struct"), m => m.Methods("pack", "pack_into", "unpack", "unpack_from", "iter_unpack").Attribute("format").Attribute("size"));
        return b.Build();
    }

    private static ModuleAdapter Unicodedata()
    {
        var b = Functions("unicodedata", Modules + "::unicodedata::call", "lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional",
            "combining", "east_asian_width", "mirrored", "decomposition", "normalize", "is_normalized");
        b.Constant("unidata_version", RustBinding.FromTemplate("pyrt::obj::Obj::str(pyrt::modules::unicodedata::UNIDATA_VERSION)"));
        return b.Build();
    }

    private static ModuleAdapter Hashlib()
    {
        var b = Functions("hashlib", Modules + "::hashlib::call", "new", "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b");
        b.Constant("algorithms_guaranteed", ModuleValue("hashlib", "algorithms_guaranteed"));
        b.Constant("algorithms_available", ModuleValue("hashlib", "algorithms_available"));
        return b.Build();
    }

    /// <summary><c>zlib</c>: the checksums and <c>decompress</c> (runtime/src/modules/inflate.rs). <c>compress</c> and the
    /// streaming objects are not mapped (PY4005): compressed bytes must be exactly zlib's, which the runtime does not reproduce.</summary>
    private static ModuleAdapter Zlib()
    {
        var b = Functions("zlib", Modules + "::base64::zlib_call", "crc32", "adler32", "decompress");
        b.Class("error", ModuleClass("zlib", "error"));
        b.Constant("MAX_WBITS", ModuleValue("zlib", "MAX_WBITS"));
        b.Constant("DEF_BUF_SIZE", ModuleValue("zlib", "DEF_BUF_SIZE"));
        return b.Build();
    }

    private static ModuleAdapter Binascii()
    {
        var b = Functions("binascii", Modules + "::base64::binascii_call", "hexlify", "b2a_hex", "unhexlify", "a2b_hex", "b2a_base64", "a2b_base64", "crc32");
        b.Class("Error", ModuleClass("binascii", "Error"));
        b.Class("Incomplete", ModuleClass("binascii", "Incomplete"));
        return b.Build();
    }
}
