namespace CommuneRadio.Bench.Common;

/// <summary>One bucket of the gateway's heartbeat-age histogram.</summary>
internal sealed record AgeBucket(double UpperMs, long Count);
