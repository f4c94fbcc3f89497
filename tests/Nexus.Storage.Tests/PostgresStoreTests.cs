namespace Nexus.Storage.Tests;

public sealed class PostgresStoreTests(PostgresBackend backend) : StoreContractTests<PostgresBackend>(backend);
