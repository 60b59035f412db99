namespace ServiceDeskBot.Web.Tests.Auth;

/// <summary>Fresh passwords per run, so no usable password is ever committed.</summary>
internal static class TestPasswords
{
    public static string New() => $"pw{Guid.NewGuid():N}7";
}
