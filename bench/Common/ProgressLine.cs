namespace CommuneRadio.Bench.Common;

/// <summary>Progress of a benchmark on stderr, one stamped line each: <c>[name] HH:mm:ss message</c>.</summary>
internal sealed class ProgressLine(string benchmark)
{
    public void Write(string message) => Console.Error.WriteLine($"[{benchmark}] {DateTime.Now:HH:mm:ss} {message}");
}
