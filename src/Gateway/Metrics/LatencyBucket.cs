namespace CommuneRadio.Gateway.Metrics;

/// <summary>One bucket of a <see cref="LatencyHistogram"/>: samples at or below <see cref="UpperMs"/> and above the previous bucket's bound.</summary>
public sealed record LatencyBucket(double UpperMs, long Count);
