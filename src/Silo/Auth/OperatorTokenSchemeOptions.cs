using CommuneRadio.Grains.Operators;
using Microsoft.AspNetCore.Authentication;

namespace CommuneRadio.Silo.Auth;

/// <summary>Where an <see cref="OperatorTokenHandler"/> finds its token: the session cookie or the Authorization header.</summary>
public sealed class OperatorTokenSchemeOptions : AuthenticationSchemeOptions
{
    /// <summary>Session: the cookie; Api: <c>Authorization: Bearer</c>.</summary>
    public OperatorTokenKind Kind { get; set; }
}
