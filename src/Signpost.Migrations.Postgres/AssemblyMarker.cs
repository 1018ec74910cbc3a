namespace Signpost.Migrations.Postgres;
internal static class AssemblyMarker;
