using CommuneRadio.Persistence.Migrations;

namespace CommuneRadio.Grains;

/// <summary>The domain's tables (Migrations/*.sql), applied after the runtime's.</summary>
public static class GrainsMigrations
{
    public static MigrationSource Source { get; } = new("grains", typeof(GrainsMigrations).Assembly, "grains/");
}
