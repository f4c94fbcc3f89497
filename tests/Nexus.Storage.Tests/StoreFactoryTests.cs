using Nexus.Storage.Postgres;
using Nexus.Storage.Sqlite;

namespace Nexus.Storage.Tests;

public sealed class StoreFactoryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nexus-factory-").FullName;

    [Theory]
    [InlineData("postgres://nexus@db.example:5433/nexus", true)]
    [InlineData("postgresql://nexus:secret@localhost/nexus?sslmode=require", true)]
    [InlineData("Host=localhost;Username=nexus;Database=nexus", true)]
    [InlineData("server = db; database = nexus", true)]
    [InlineData("nexus.db", false)]
    [InlineData("/data/stores/team=blue/nexus.db", false)]
    [InlineData("C:\\stores\\nexus.db", false)]
    public void StoreValueNamesAServerOrAFile(string store, bool postgres) => Assert.Equal(postgres, PostgresLocation.IsPostgres(store));

    [Fact]
    public void UriBecomesNpgsqlSettings()
    {
        var settings = PostgresLocation.Parse("postgresql://ana%40team:p%3Ass@db.example:5433/nexus%20main?sslmode=verify-full&application_name=nexus-cli&search_path=analysis");

        Assert.Equal("ana@team", settings.Username);
        Assert.Equal("p:ss", settings.Password);
        Assert.Equal("db.example", settings.Host);
        Assert.Equal(5433, settings.Port);
        Assert.Equal("nexus main", settings.Database);
        Assert.Equal(Npgsql.SslMode.VerifyFull, settings.SslMode);
        Assert.Equal("nexus-cli", settings.ApplicationName);
        Assert.Equal("analysis", settings.SearchPath);
    }

    [Fact]
    public void DescriptionNeverShowsThePassword()
    {
        Assert.Equal("postgres://ana@db.example:5432/nexus", StoreFactory.Describe("postgres://ana:hunter2@db.example/nexus"));
        Assert.DoesNotContain("hunter2", StoreFactory.Describe("Host=db;Username=ana;Password=hunter2;Database=nexus"), StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableUriIsOneClearSentence()
    {
        var error = Assert.Throws<StoreException>(() => PostgresLocation.Parse("postgres://ana:hunter2@db/nexus?no_such_setting=1"));

        Assert.Contains("not a PostgreSQL URI or connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilePathOpensASqliteStore()
    {
        var path = Path.Combine(folder, "team.db");

        await using var store = await StoreFactory.OpenAsync(path, FixedTime.Default);

        Assert.IsType<SqliteStore>(store);
        Assert.True(File.Exists(path));
        Assert.Equal(path, StoreFactory.Describe(path));
    }

    [Fact]
    public async Task FileThatIsNotAStoreIsRefusedWithItsPath()
    {
        var path = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(path, "These are an analyst's notes, not a database. ".PadRight(4096, '.'));

        var error = await Assert.ThrowsAsync<StoreException>(() => StoreFactory.OpenAsync(path, FixedTime.Default));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("could not be opened as a Nexus store", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreInAMissingFolderIsRefusedWithItsPath()
    {
        var path = Path.Combine(folder, "missing", "nexus.db");

        var error = await Assert.ThrowsAsync<StoreException>(() => StoreFactory.OpenAsync(path, FixedTime.Default));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
