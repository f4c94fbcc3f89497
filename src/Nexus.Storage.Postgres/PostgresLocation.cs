using Npgsql;

namespace Nexus.Storage.Postgres;

/// <summary>
/// Reads where a PostgreSQL store is: a <c>postgres://user:password@host:port/database?sslmode=require</c>
/// URI (as libpq and most tools write it) or an Npgsql connection string (<c>Host=…;Database=…</c>).
/// </summary>
public static class PostgresLocation
{
    /// <summary>True when <paramref name="store"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsPostgres(string store)
    {
        var text = store.Trim();
        return text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || text.Split(';').Any(part => part.Split('=', 2) is [var key, _]
                && (key.Trim().Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Trim().Equals("Server", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The Npgsql connection settings; throws <see cref="StoreException"/> with the reason when they cannot be read.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string store)
    {
        var text = store.Trim();
        try
        {
            return text.Contains("://", StringComparison.Ordinal) ? FromUri(new Uri(text)) : new NpgsqlConnectionStringBuilder(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new StoreException($"'{Describe(text)}' is not a PostgreSQL URI or connection string Nexus can read: {e.Message}", e);
        }
    }

    /// <summary>The server and database, for messages: never the password.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder settings) =>
        $"postgres://{settings.Username}@{settings.Host}:{settings.Port}/{settings.Database}"
        + (string.IsNullOrEmpty(settings.SearchPath) ? "" : $" (schema {settings.SearchPath})");

    private static string Describe(string text) =>
        text.Contains("://", StringComparison.Ordinal) && text.IndexOf('@', StringComparison.Ordinal) is var at and > 0
            ? text[..(text.IndexOf("://", StringComparison.Ordinal) + 3)] + "…" + text[at..]
            : text.Contains("password", StringComparison.OrdinalIgnoreCase) ? "(a connection string with a password)" : text;

    private static NpgsqlConnectionStringBuilder FromUri(Uri uri)
    {
        if (!uri.Scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !uri.Scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"the scheme '{uri.Scheme}' is neither postgres nor postgresql.");
        }
        var settings = new NpgsqlConnectionStringBuilder { Host = uri.Host.Length > 0 ? uri.Host : "localhost" };
        if (uri.Port > 0)
        {
            settings.Port = uri.Port;
        }
        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            settings.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                settings.Password = Uri.UnescapeDataString(user[1]);
            }
        }
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            settings.Database = database;
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (Uri.UnescapeDataString(k), Uri.UnescapeDataString(v)) : (pair, "");
            switch (key)
            {
                case "sslmode":
                    settings.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
                    break;
                case "host":
                    settings.Host = value;
                    break;
                case "application_name":
                    settings.ApplicationName = value;
                    break;
                case "connect_timeout":
                    settings.Timeout = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    break;
                case "search_path":
                    settings.SearchPath = value;
                    break;
                default:
                    settings[key] = value;
                    break;
            }
        }
        return settings;
    }
}
