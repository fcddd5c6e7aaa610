namespace CommuneRadio.Persistence.Migrations;

/// <summary>One versioned SQL script of one migration source.</summary>
public sealed record Migration(string Source, int Version, string Name, string Sql, string Checksum);
