namespace CommuneRadio.Silo.Auth;

/// <summary>
/// <c>Auth:BootstrapAdmin</c>: the first province admin, created at start only while no operator
/// exists (the run command generates the password into .data/secrets). Changing these later does
/// nothing to an existing operator.
/// </summary>
public sealed class BootstrapAdminOptions
{
    public string? Username { get; set; }

    public string? Password { get; set; }

    public string DisplayName { get; set; } = "Quản trị viên tỉnh";
}
