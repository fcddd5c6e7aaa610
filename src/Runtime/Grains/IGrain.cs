namespace CommuneRadio.Runtime;

/// <summary>
/// Marker for grain interfaces. Every method of a grain interface returns <see cref="Task"/> or
/// <see cref="Task{TResult}"/> and takes immutable arguments: callers and the grain share them
/// without copying.
/// </summary>
public interface IGrain
{
}
