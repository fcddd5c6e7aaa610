namespace CommuneRadio.Silo.Auth;

/// <summary>Outcome of checking a password: wrong, right, or right with a hash to upgrade.</summary>
public enum PasswordCheck
{
    Wrong = 0,
    Right = 1,
    RightButRehash = 2,
}
