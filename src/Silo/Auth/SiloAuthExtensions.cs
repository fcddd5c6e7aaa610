using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Authorization;

namespace CommuneRadio.Silo.Auth;

public static class SiloAuthExtensions
{
    /// <summary>
    /// Operators and who may do what: the stores (<c>AddOperators</c>), the <c>Operator</c>
    /// authentication scheme (bearer token when an Authorization header is present, else the
    /// session cookie), the role policies with Viewer as fallback, the per-request
    /// <see cref="CurrentOperator"/>, <see cref="OperatorAccess"/> and <see cref="OperatorAudit"/>,
    /// and the bootstrap admin. Settings from the <c>Auth</c> section.
    /// </summary>
    public static WebApplicationBuilder AddSiloAuth(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOperators();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName)
            .Validate(o => o.IsValid(), "Auth: CookieName must be set, lifetimes positive, MaxTokenLifetime at least TokenLifetime")
            .ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton<OperatorPasswords>();
        services.AddSingleton<OperatorTokens>();
        services.AddSingleton<AuthMetrics>();
        services.AddScoped<CurrentOperator>();
        services.AddScoped<AreaLineage>();
        services.AddScoped<OperatorAudit>();
        services.AddScoped<OperatorAccess>();
        services.AddScoped<OperatorSignIn>();
        services.AddScoped<OperatorEditor>();
        services.AddScoped<StationScopeFilter>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, OperatorAuthorizationResults>();
        services.AddHostedService<OperatorBootstrap>();

        services.AddAuthentication(OperatorSchemes.Operator)
            .AddPolicyScheme(OperatorSchemes.Operator, "Bearer token or session cookie", o =>
                o.ForwardDefaultSelector = context => context.Request.Headers.Authorization.Count > 0 ? OperatorSchemes.Bearer : OperatorSchemes.Cookie)
            .AddScheme<OperatorTokenSchemeOptions, OperatorTokenHandler>(OperatorSchemes.Cookie, o => o.Kind = OperatorTokenKind.Session)
            .AddScheme<OperatorTokenSchemeOptions, OperatorTokenHandler>(OperatorSchemes.Bearer, o => o.Kind = OperatorTokenKind.Api);
        services.AddAuthorization(OperatorPolicies.Add);
        return builder;
    }

    /// <summary>Authentication, then authorization (policies per endpoint, Viewer where none is named).</summary>
    public static WebApplication UseSiloAuth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
