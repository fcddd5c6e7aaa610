using CommuneRadio.Persistence.Migrations;

namespace CommuneRadio.Content;

/// <summary>The content library's tables (Migrations/*.sql), a migration source of its own applied by the Silo's migration runner.</summary>
public static class ContentMigrations
{
    public static MigrationSource Source { get; } = new("content", typeof(ContentMigrations).Assembly, "content/");
}
