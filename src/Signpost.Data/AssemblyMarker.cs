namespace Signpost.Data;
internal static class AssemblyMarker;
