namespace CommuneRadio.Bench.Heartbeat;

/// <summary>Passwords made for one run: the gateway's account, the bare subscriber's and the feeder's.</summary>
internal sealed record BenchSecrets(string Gateway, string Raw, string Feeder);
