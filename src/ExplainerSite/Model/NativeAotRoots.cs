namespace ExplainerSite.Model;

/// <summary>
/// The published app is compiled ahead of time (Native AOT, docs/performance.md), which compiles only the generic
/// instantiations the program names. The YAML binder fills a record's <c>IReadOnlyList&lt;T&gt;</c> with a
/// <c>List&lt;T&gt;</c> it makes at run time; for a value type <c>T</c> that list must be named here, or binding the file
/// fails in the published app alone. <c>NativeAotRootsTests</c> fails when a record gains such a list that is not listed.
/// </summary>
internal static class NativeAotRoots
{
    private static readonly object[] Lists = [];

    /// <summary>The element types named here.</summary>
    internal static IEnumerable<Type> ListElementTypes => Lists.Select(l => l.GetType().GetGenericArguments()[0]);

    /// <summary>Called where the engine is made, so the compiler keeps the lists above.</summary>
    internal static void Keep() => GC.KeepAlive(Lists);
}
