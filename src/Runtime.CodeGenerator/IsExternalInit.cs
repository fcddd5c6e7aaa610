namespace System.Runtime.CompilerServices;

// Lets records compile on netstandard2.0, which Roslyn components must target.
internal static class IsExternalInit
{
}
