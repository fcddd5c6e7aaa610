using CommuneRadio.Bench;

// bench/run NAME: runs one benchmark, prints its figures, ends with one JSON line of them.
// A benchmark never fails a build: errors are reported and the exit code stays 0 unless the
// name is unknown.
var name = args.FirstOrDefault();
var benchmark = Benchmarks.All.FirstOrDefault(b => b.Name == name);
if (benchmark is null)
{
    Console.Error.WriteLine($"usage: bench/run NAME{Environment.NewLine}benchmarks:");
    foreach (var b in Benchmarks.All)
    {
        Console.Error.WriteLine($"  {b.Name,-12} {b.Description}");
    }

    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var report = new BenchReport(Console.Out);
Console.WriteLine($"{benchmark.Name}: {benchmark.Description}");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
try
{
    await benchmark.RunAsync(report, cancellation.Token);
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    Console.Error.WriteLine($"benchmark {benchmark.Name} stopped early: {e}");
}

report.PrintJson();
return 0;
