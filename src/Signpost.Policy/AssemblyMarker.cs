namespace Signpost.Policy;
internal static class AssemblyMarker;
