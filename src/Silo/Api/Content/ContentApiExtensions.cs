using CommuneRadio.Content;
using CommuneRadio.Silo.Auth;

namespace CommuneRadio.Silo.Api.Content;

public static class ContentApiExtensions
{
    /// <summary>The content library (<see cref="ContentServiceCollectionExtensions.AddContentLibrary"/>) and its request handlers.</summary>
    public static WebApplicationBuilder AddContentApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddContentLibrary(builder.Configuration);
        builder.Services.AddScoped<ContentAuditTrail>();
        builder.Services.AddScoped<ContentTargets>();
        builder.Services.AddScoped<ContentDrafts>();
        builder.Services.AddScoped<ContentUploads>();
        builder.Services.AddScoped<ContentSteps>();
        return builder;
    }

    /// <summary>
    /// <c>/api/content</c> for signed-in operators (changes need CommuneOperator or above somewhere;
    /// each handler checks the areas), and <c>/api/media/{id}</c> open to anyone with a signed link.
    /// </summary>
    public static WebApplication MapContentApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGroup("").RequireAuthorization(OperatorPolicies.Viewer).RequireAuthorizationForWrites(OperatorPolicies.CommuneOperator).MapContentLibraryApi();
        app.MapMediaApi();
        return app;
    }
}
