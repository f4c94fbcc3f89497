using System.Globalization;
using System.Reflection;

namespace Nexus.Storage.Relational;

/// <summary>One step of a backend's schema: version N turns a store of version N-1 into one of version N.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>
    /// The scripts embedded in <paramref name="assembly"/> under <paramref name="prefix"/>, named
    /// <c>0001_initial.sql</c>, <c>0002_….sql</c>: numbered from 1 without gaps.
    /// </summary>
    public static ImmutableArray<Migration> Embedded(Assembly assembly, string prefix)
    {
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Load(assembly, n, n[prefix.Length..^4]))
            .OrderBy(m => m.Version)
            .ToImmutableArray();
        for (var i = 0; i < migrations.Length; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migration {migrations[i].Name} is numbered {migrations[i].Version} where {i + 1} was expected.");
            }
        }
        return migrations;
    }

    private static Migration Load(Assembly assembly, string resource, string name)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        var digits = name.TakeWhile(char.IsAsciiDigit).Count();
        return new Migration(int.Parse(name.AsSpan(0, digits), CultureInfo.InvariantCulture), name, reader.ReadToEnd());
    }
}
