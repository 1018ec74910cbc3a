namespace Signpost.IntegrationTests.Infrastructure;

/// <summary>Every integration test class exists twice: once on SQLite, once on PostgreSQL. The PostgreSQL classes
/// share a collection so at most one of them uses the server at a time on this 2-core machine.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection;
