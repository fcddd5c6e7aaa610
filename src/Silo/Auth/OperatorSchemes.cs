namespace CommuneRadio.Silo.Auth;

/// <summary>
/// The authentication schemes: <see cref="Operator"/> (the default) picks <see cref="Bearer"/>
/// when the request has an Authorization header and <see cref="Cookie"/> otherwise.
/// </summary>
public static class OperatorSchemes
{
    public const string Operator = "Operator";

    public const string Cookie = "OperatorCookie";

    public const string Bearer = "OperatorBearer";
}
