namespace CommuneRadio.Bench.Common;

/// <summary>A bench client's broker account: user, password and the ACLs (type, topic) of its own role.</summary>
internal sealed record BenchAccount(string User, string Password, IReadOnlyList<(string Type, string Topic)> Acls);
