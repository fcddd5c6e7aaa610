using Microsoft.AspNetCore.Authorization;

namespace CommuneRadio.Silo.Auth;

public static class WriteAuthorization
{
    /// <summary>
    /// Requires <paramref name="policy"/> on the endpoints of this builder (a group) that change
    /// something — every HTTP method except GET and HEAD — leaving reads to the enclosing policy.
    /// </summary>
    public static TBuilder RequireAuthorizationForWrites<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
            if (methods.Count == 0 || methods.Any(m => !HttpMethods.IsGet(m) && !HttpMethods.IsHead(m)))
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(policy));
            }
        });
        return builder;
    }
}
