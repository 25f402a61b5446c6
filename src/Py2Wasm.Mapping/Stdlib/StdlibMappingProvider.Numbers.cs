namespace Py2Wasm.Mapping.Stdlib;

/// <summary>Adapters of the runtime's value-class modules: <c>fractions</c> (and, alongside, <c>datetime</c>).</summary>
public sealed partial class StdlibMappingProvider
{
    /// <summary><c>fractions</c>: the <c>Fraction</c> class object of <c>pyrt::modules::fractions</c>.</summary>
    private static ModuleAdapter Fractions() =>
        ModuleAdapter.Create("fractions")
            .WithStub(Stub("fractions"))
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("fractions")))
            .WithDescription("runtime: pyrt::modules::fractions (exact rationals over arbitrary-precision ints)")
            .Class("Fraction", RustBinding.Dispatch(Modules + "::fractions::call", "Fraction"), m => m
                .Methods("from_float", "limit_denominator", "as_integer_ratio")
                .Attribute("numerator").Attribute("denominator"))
            .Build();

    /// <summary><c>datetime</c>: the naive <c>date</c>/<c>time</c>/<c>datetime</c>/<c>timedelta</c> classes of <c>pyrt::modules::datetime</c>.</summary>
    private static ModuleAdapter Datetime()
    {
        const string dispatcher = Modules + "::datetime::call";
        var b = ModuleAdapter.Create("datetime")
            .WithStub(Stub("datetime"))
            .WithModuleObject(RustBinding.FromTemplate(ImportTemplate("datetime")))
            .WithDescription("runtime: pyrt::modules::datetime (naive date, time, datetime and timedelta; no time zones)")
            .WithCompatibility(WasmCompatibility.NeedsWasi("date.today() and datetime.now() read the system clock (WASI clock_time_get); everything else is pure computation"));
        static void Constants(ClassBindingBuilder m) => m.Attribute("min").Attribute("max").Attribute("resolution");
        b.Class("timedelta", RustBinding.Dispatch(dispatcher, "timedelta"), m =>
        {
            m.Methods("total_seconds").Attribute("days").Attribute("seconds").Attribute("microseconds");
            Constants(m);
        });
        const string dateMethods = "ctime strftime timetuple isoformat replace toordinal weekday isoweekday isocalendar today fromordinal fromisoformat";
        b.Class("date", RustBinding.Dispatch(dispatcher, "date"), m =>
        {
            m.Methods(dateMethods.Split(' ')).Attribute("year").Attribute("month").Attribute("day");
            Constants(m);
        });
        b.Class("time", RustBinding.Dispatch(dispatcher, "time"), m =>
        {
            m.Methods("isoformat", "strftime", "replace", "fromisoformat");
            foreach (var a in new[] { "hour", "minute", "second", "microsecond", "tzinfo", "fold" }) m.Attribute(a);
            Constants(m);
        });
        b.Class("datetime", RustBinding.Dispatch(dispatcher, "datetime"), m =>
        {
            m.Methods("now", "combine", "strptime", "date", "time", "isoformat", "replace");
            foreach (var a in new[] { "hour", "minute", "second", "microsecond", "tzinfo", "fold" }) m.Attribute(a);
            Constants(m);
        });
        b.Constant("MINYEAR", RustBinding.FromTemplate("pyrt::obj::Obj::Int(1)"));
        b.Constant("MAXYEAR", RustBinding.FromTemplate("pyrt::obj::Obj::Int(9999)"));
        return b.Build();
    }
}
