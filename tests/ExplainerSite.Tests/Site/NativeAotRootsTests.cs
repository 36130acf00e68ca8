using System.Reflection;
using ExplainerSite.Model;

namespace ExplainerSite.Tests.Site;

/// <summary>The published (Native AOT) app can bind every list of a value type that a data record declares.</summary>
public sealed class NativeAotRootsTests
{
    [Fact]
    public void Every_value_type_list_of_a_bound_record_is_named_for_the_ahead_of_time_compiler()
    {
        // Data files and front matter bind to declared collections as lists of object (a reference type); only
        // site.yml still binds to a record through the YAML binder.
        var bound = new[] { typeof(SiteSettings) };
        var needed = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<Type>();
        void Visit(Type type)
        {
            if (!seen.Add(type) || type.Assembly != typeof(SiteSettings).Assembly && !type.IsGenericType) return;
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments()) Visit(argument);
                var definition = type.GetGenericTypeDefinition();
                if (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>) || definition == typeof(List<>))
                    if (type.GetGenericArguments()[0].IsValueType) needed.Add(type.GetGenericArguments()[0].ToString());
                return;
            }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)) Visit(property.PropertyType);
        }
        foreach (var type in bound) Visit(type);

        Assert.Equal(needed, new SortedSet<string>(NativeAotRoots.ListElementTypes.Select(t => t.ToString()), StringComparer.Ordinal));
    }
}
