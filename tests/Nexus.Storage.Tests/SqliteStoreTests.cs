namespace Nexus.Storage.Tests;

public sealed class SqliteStoreTests(SqliteBackend backend) : StoreContractTests<SqliteBackend>(backend);
