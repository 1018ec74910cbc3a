namespace Signpost.Migrations.Sqlite;
internal static class AssemblyMarker;
