using System.Diagnostics.CodeAnalysis;

namespace Nexus.Storage.Tests.Support;

/// <summary>
/// What the contract tests need from a backend: fresh empty stores and a way to reach behind the
/// contract (to plant a future schema version). One instance serves one test class.
/// </summary>
public interface IStoreBackend
{
    /// <summary>The schema version the backend's code creates.</summary>
    int SchemaVersion { get; }

    /// <summary>Where a new, empty store can be opened: a file path or a connection string.</summary>
    Task<string> NewLocationAsync();

    Task<INexusStore> OpenAsync(string location, TimeProvider time);

    /// <summary>Runs SQL straight against the store's database.</summary>
    Task ExecuteAsync(string location, [ConstantExpected] string sql);
}
