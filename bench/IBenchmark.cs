namespace CommuneRadio.Bench;

/// <summary>One named benchmark: <c>bench/run NAME</c>.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    /// <summary>Measures, adding figures to <paramref name="report"/> as it goes. Progress goes to stderr.</summary>
    Task RunAsync(BenchReport report, CancellationToken cancellationToken);
}
