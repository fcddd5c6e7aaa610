using System.Globalization;
using System.Text.Json;

namespace CommuneRadio.Bench;

/// <summary>
/// Collects a benchmark's figures. Each figure is printed in readable form as it is added; at the
/// end <see cref="PrintJson"/> writes one line holding a JSON object of every figure, keyed by names
/// that carry their unit (<c>calls_per_s</c>, <c>p99_ms</c>, <c>ratio_vs_baseline</c>).
/// </summary>
public sealed class BenchReport
{
    private readonly Dictionary<string, double> _figures = [];
    private readonly TextWriter _out;

    public BenchReport(TextWriter output) => _out = output;

    public IReadOnlyDictionary<string, double> Figures => _figures;

    /// <summary>Adds a measured figure. <paramref name="key"/> carries the unit; <paramref name="label"/> is for people.</summary>
    public void Add(string key, double value, string label, string? target = null)
    {
        _figures[key] = Math.Round(value, 3);
        var shown = Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
        _out.WriteLine($"  {label,-58} {shown,16}{(target is null ? "" : $"   (target {target})")}");
    }

    /// <summary>Adds <paramref name="ours"/> / <paramref name="baseline"/> as a ratio figure.</summary>
    public void AddRatio(string key, double ours, double baseline, string label, string? target = null) =>
        Add(key, baseline == 0 ? 0 : ours / baseline, label, target);

    public void Section(string title) => _out.WriteLine($"{Environment.NewLine}{title}");

    public void PrintJson() => _out.WriteLine(JsonSerializer.Serialize(_figures));
}
