using CommuneRadio.Content.Approval;
using CommuneRadio.Content.Library;
using CommuneRadio.Content.Media;
using CommuneRadio.Content.Speech;
using CommuneRadio.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CommuneRadio.Content;

public static class ContentServiceCollectionExtensions
{
    /// <summary>
    /// The content library: <see cref="ContentOptions"/> from section <c>Content</c> (validated at
    /// start), the stores, media folder and links, text-to-speech, the airing check, and the
    /// library's migrations. Expects the <c>NpgsqlDataSource</c> (<c>AddPostgres</c>).
    /// </summary>
    public static IServiceCollection AddContentLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ContentOptions>()
            .Bind(configuration.GetSection(ContentOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Voices.IsKnown(o.DefaultVoice), $"Content:DefaultVoice {Voices.Problem}")
            .ValidateOnStart();
        services.AddMigrations(ContentMigrations.Source);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IContentStore, PostgresContentStore>();
        services.TryAddSingleton<IVoiceSettings, PostgresVoiceSettings>();
        services.TryAddSingleton<IContentAiring, ContentAiring>();
        services.TryAddSingleton<MediaStore>();
        services.TryAddSingleton<MediaLinkKey>();
        services.TryAddSingleton<MediaLinks>();
        services.TryAddSingleton<ExternalTool>();
        services.TryAddSingleton<TextToSpeech>();
        return services;
    }
}
