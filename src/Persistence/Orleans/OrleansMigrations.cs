using CommuneRadio.Persistence.Migrations;

// Not "CommuneRadio.Persistence.Orleans": a namespace ending in Orleans would hide the Orleans
// namespace from every file under CommuneRadio.Persistence.
namespace CommuneRadio.Persistence.OrleansAdoNet;

/// <summary>
/// The schema of Orleans' ADO.NET providers (Migrations/*.sql): the query table, grain state,
/// reminders and membership, each with the named queries its provider reads.
/// </summary>
public static class OrleansMigrations
{
    public static MigrationSource Source { get; } = new("orleans", typeof(OrleansMigrations).Assembly, "orleans/");
}
